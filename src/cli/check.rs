//! `remit check FILE...`: one line per file, `FILE: ok` or the problem as
//! `FILE:LINE:COLUMN: what is wrong`, for a script to read. With
//! `--findings`, each valid file's findings follow its line, indented:
//! `  warning: Only CIO works on “Information security”`.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::terminal::clean;
use crate::file;
use crate::model::{DesignBalance, Index, Severity, findings};

/// Checks every file; returns the lines to print and whether all were
/// valid (and, with `with_findings`, none had a finding of the highest
/// severity).
pub fn run_check(files: &[PathBuf], with_findings: bool) -> (String, bool) {
    let mut out = String::new();
    let mut all_ok = true;
    for path in files {
        match file::load(path) {
            Ok(design) => {
                let _ = writeln!(out, "{}: ok", clean(&path.display().to_string()));
                if with_findings {
                    let index = Index::of(&design);
                    let balance = DesignBalance::of_indexed(&design, &index);
                    for finding in findings(&design, &index, &balance) {
                        all_ok &= finding.severity < Severity::HIGHEST;
                        let _ = writeln!(
                            out,
                            "  {}: {}",
                            finding.severity.word(),
                            clean(&finding.message)
                        );
                    }
                }
            }
            Err(e) => {
                all_ok = false;
                let _ = writeln!(out, "{}", clean(&e.to_string()));
            }
        }
    }
    (out, all_ok)
}
