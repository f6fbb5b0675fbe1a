//! `remit check FILE...`: one line per file, `FILE: ok` or the problem as
//! `FILE:LINE:COLUMN: what is wrong`, for a script to read.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::terminal::clean;
use crate::file;

/// Checks every file; returns the lines to print and whether all were valid.
pub fn run_check(files: &[PathBuf]) -> (String, bool) {
    let mut out = String::new();
    let mut all_ok = true;
    for path in files {
        match file::load(path) {
            Ok(_) => {
                let _ = writeln!(out, "{}: ok", clean(&path.display().to_string()));
            }
            Err(e) => {
                all_ok = false;
                let _ = writeln!(out, "{}", clean(&e.to_string()));
            }
        }
    }
    (out, all_ok)
}
