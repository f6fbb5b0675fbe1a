//! `remit import FILE.csv [-o OUT.ron] [--into BASE.ron]
//! [--create-executives]`: the spreadsheet import run from a script. The
//! new design goes beside the spreadsheet unless `-o` says where, and is
//! written atomically; any bad row stops it before anything is written.

use std::path::{Path, PathBuf};

use super::terminal::{clean, shown};
use crate::file;
use crate::import::{self, ImportOptions};
use crate::model::Design;

/// What `remit import` did, to tell the user.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    /// The design written.
    pub file: PathBuf,
    /// Responsibilities added.
    pub added: usize,
    /// Executives created for unknown owners.
    pub created: Vec<String>,
    /// Unknown owners whose cards went to the tray.
    pub unknown: Vec<String>,
    /// Columns the import left out.
    pub ignored_columns: Vec<String>,
}

/// Runs `remit import`: reads the CSV, adds its rows to the base design
/// (or an empty one named after the file) and saves the result. Any bad
/// row stops it before anything is written, with every bad row listed as
/// `FILE:LINE: why`.
pub fn run_import(
    path: &Path,
    output: Option<&Path>,
    into: Option<&Path>,
    create_executives: bool,
) -> Result<Imported, String> {
    let read_error = |e: file::LoadError| clean(&e.in_file(path).to_string()).into_owned();
    let bytes = file::read_regular(path, file::MAX_READ_BYTES).map_err(read_error)?;
    let text = file::decode(&bytes).map_err(read_error)?;
    let base = match into {
        Some(base) => file::load(base).map_err(|e| clean(&e.to_string()).into_owned())?,
        None => {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Imported".to_owned());
            Design::empty(name)
        }
    };
    let preview = import::preview(&text, &base);
    if !preview.errors.is_empty() {
        let lines: Vec<String> = preview
            .errors
            .iter()
            .map(|e| format!("{}:{}: {}", shown(path), e.line, clean(&e.why)))
            .collect();
        return Err(format!(
            "{}\nnothing was imported ({} bad row{})",
            lines.join("\n"),
            preview.errors.len(),
            if preview.errors.len() == 1 { "" } else { "s" }
        ));
    }
    let options = ImportOptions { create_executives };
    let design = import::apply(&base, &preview, &options)
        .map_err(|e| format!("{}: {}", shown(path), clean(&e.to_string())))?;
    let target = match output {
        Some(out) => out.to_owned(),
        None => {
            let beside = path.with_extension("ron");
            if beside.exists() {
                return Err(format!(
                    "{} already exists; nothing was written (choose the file with -o, \
                     the same name to replace it)",
                    shown(&beside)
                ));
            }
            beside
        }
    };
    file::save(&design, &target).map_err(|e| clean(&e.to_string()).into_owned())?;
    let (created, unknown) = if create_executives {
        (preview.unknown_owners.clone(), Vec::new())
    } else {
        (Vec::new(), preview.unknown_owners.clone())
    };
    Ok(Imported {
        file: target,
        added: preview.rows.len(),
        created,
        unknown,
        ignored_columns: preview.ignored_columns,
    })
}

/// The lines `remit import` prints when it succeeds.
pub fn describe_import(imported: &Imported) -> String {
    let mut out = format!(
        "imported {} responsibilit{} into {}\n",
        imported.added,
        if imported.added == 1 { "y" } else { "ies" },
        shown(&imported.file)
    );
    if !imported.created.is_empty() {
        out.push_str(&format!(
            "new executives: {}\n",
            clean(&imported.created.join(", "))
        ));
    }
    if !imported.unknown.is_empty() {
        out.push_str(&format!(
            "not on the chart, so their cards are in the tray: {} \
             (--create-executives creates them)\n",
            clean(&imported.unknown.join(", "))
        ));
    }
    if !imported.ignored_columns.is_empty() {
        out.push_str(&format!(
            "columns left out: {}\n",
            clean(&imported.ignored_columns.join(", "))
        ));
    }
    out
}
