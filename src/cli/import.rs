//! `remit import FILE.csv [-o OUT.ron] [--into BASE.ron]
//! [--create-executives]`: the spreadsheet import run from a script. The
//! new design goes beside the spreadsheet (`FILE.ron`) unless `-o` says
//! where, and is written atomically; any bad row stops it before anything
//! is written. `--into BASE.ron` starts from BASE's executives and cards
//! but never changes BASE unless `-o BASE.ron` names it. Nothing is written
//! over the spreadsheet itself, nor over an existing file that `-o` does not
//! name.

use std::path::{Path, PathBuf};

use super::terminal::{clean, shown};
use crate::file::{self, LoadErrorKind};
use crate::import::text::{clip, count, design_name};
use crate::import::{self, ImportOptions, table};
use crate::model::Design;

/// How many titles a line of the summary names before it counts the rest.
const TITLES_SHOWN: usize = 20;

/// What `remit import` did, to tell the user.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    /// The design written.
    pub file: PathBuf,
    /// The design the rows were added to (a copy of it was written), if
    /// one was given.
    pub base: Option<PathBuf>,
    /// Responsibilities added.
    pub added: usize,
    /// Executives created for unknown owners.
    pub created: Vec<String>,
    /// Unknown owners whose cards went to the tray.
    pub unknown: Vec<String>,
    /// What happened to the cards and roles of those unknown owners, with
    /// lines.
    pub left_behind: Option<String>,
    /// Columns the import left out.
    pub ignored_columns: Vec<String>,
    /// The separator the file was read with.
    pub separator: u8,
}

/// Where the design goes: `-o`, or beside the spreadsheet; never over the
/// spreadsheet, and never over an existing file `-o` does not name.
fn target(path: &Path, output: Option<&Path>) -> Result<PathBuf, String> {
    let target = output.map_or_else(|| path.with_extension("ron"), Path::to_owned);
    if file::same_file(&target, path) {
        return Err(format!(
            "{} is the spreadsheet being imported; nothing was written (choose another file \
             with -o)",
            shown(&target)
        ));
    }
    if output.is_none() && std::fs::symlink_metadata(&target).is_ok() {
        return Err(format!(
            "{} already exists; nothing was written (choose the file with -o, the same name to \
             replace it)",
            shown(&target)
        ));
    }
    Ok(target)
}

/// The text of the spreadsheet, or why it cannot be read (naming the file).
fn read_text(path: &Path) -> Result<String, String> {
    let failed = |e: file::LoadError| {
        let hint = match e.kind {
            LoadErrorKind::NotText => {
                "; Remit reads spreadsheets saved as \"CSV UTF-8\" (other encodings, such as \
                 Windows-1252, are not read yet)"
            }
            _ => "",
        };
        format!("{}{hint}", clean(&e.in_file(path).to_string()))
    };
    let bytes = file::read_regular(path, file::MAX_READ_BYTES).map_err(failed)?;
    let text = file::decode(&bytes).map_err(failed)?;
    Ok(text.into_owned())
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
    let target = target(path, output)?;
    let text = read_text(path)?;
    let base = match into {
        Some(base) => file::load(base).map_err(|e| clean(&e.to_string()).into_owned())?,
        None => Design::empty(design_name(
            &path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )),
    };
    let preview = import::preview(&text, &base);
    if preview.bad_rows() > 0 {
        let mut lines: Vec<String> = preview
            .errors
            .iter()
            .map(|e| format!("{}:{}: {}", shown(path), e.line, clean(&e.why)))
            .collect();
        if preview.errors_not_listed > 0 {
            lines.push(format!(
                "{}: and {} not listed",
                shown(path),
                count(preview.errors_not_listed, "bad row", "bad rows")
            ));
        }
        let what = if preview.rows.is_empty() && preview.bad_rows() == 1 {
            "1 problem".to_owned()
        } else {
            count(preview.bad_rows(), "bad row", "bad rows")
        };
        return Err(format!(
            "{}\nnothing was imported ({what})",
            lines.join("\n")
        ));
    }
    let options = ImportOptions { create_executives };
    let design = import::apply(&base, &preview, &options).map_err(|e| match e.line {
        Some(line) => format!("{}:{line}: {}", shown(path), clean(&e.why)),
        None => format!("{}: {}", shown(path), clean(&e.why)),
    })?;
    file::save(&design, &target).map_err(|e| clean(&e.to_string()).into_owned())?;
    let titles: Vec<String> = preview
        .unknown_owners
        .iter()
        .map(|u| u.title.clone())
        .collect();
    let (created, unknown, left_behind) = if create_executives {
        (titles, Vec::new(), None)
    } else {
        (Vec::new(), titles, preview.without_executives())
    };
    Ok(Imported {
        file: target,
        base: into.map(Path::to_owned),
        added: preview.rows.len(),
        created,
        unknown,
        left_behind,
        ignored_columns: preview.ignored_columns,
        separator: preview.separator,
    })
}

/// Titles for a line of the summary: the first few, each clipped, then how
/// many more.
fn listed(titles: &[String]) -> String {
    let mut shown: Vec<String> = titles
        .iter()
        .take(TITLES_SHOWN)
        .map(|t| clean(&clip(t, 40)).into_owned())
        .collect();
    if titles.len() > TITLES_SHOWN {
        shown.push(format!(
            "and {} more",
            count(titles.len() - TITLES_SHOWN, "", "").trim()
        ));
    }
    shown.join(", ")
}

/// The lines `remit import` prints when it succeeds.
pub fn describe_import(imported: &Imported) -> String {
    let mut out = format!(
        "imported {} into {}",
        count(imported.added, "responsibility", "responsibilities"),
        shown(&imported.file)
    );
    if imported.separator != b',' {
        out.push_str(&format!(
            " (read as {}-separated)",
            table::separator_name(imported.separator)
        ));
    }
    out.push('\n');
    if let Some(base) = &imported.base
        && !file::same_file(base, &imported.file)
    {
        out.push_str(&format!(
            "started from {}, which is unchanged\n",
            shown(base)
        ));
    }
    if !imported.created.is_empty() {
        out.push_str(&format!(
            "new executives ({}): {}\n",
            imported.created.len(),
            listed(&imported.created)
        ));
    }
    if !imported.unknown.is_empty() {
        out.push_str(&format!(
            "not on the chart ({}): {} (--create-executives creates them)\n",
            imported.unknown.len(),
            listed(&imported.unknown)
        ));
        if let Some(what) = &imported.left_behind {
            out.push_str(&format!("so {what}\n"));
        }
    }
    if !imported.ignored_columns.is_empty() {
        out.push_str(&format!(
            "columns left out: {}\n",
            listed(&imported.ignored_columns)
        ));
    }
    out
}
