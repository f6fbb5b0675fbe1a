//! `remit export FILE --format svg|png|pdf|csv|md [--scale N] [--table
//! ownership|matrix] [-o OUT]` and `remit import FILE.csv [-o OUT.ron]
//! [--into BASE.ron] [--create-executives]`: the library's exports and CSV
//! import run from a script. Output goes beside the input unless `-o`
//! says where (`-o -` is standard output, for text formats only); files are
//! written atomically, so a failure never leaves a half-written or
//! overwritten file.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::terminal::clean;
use crate::export::{self, CsvTable, Format, Options};
use crate::file;
use crate::import::{self, ImportOptions};
use crate::model::Design;

/// The formats `--format` takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The chart as SVG (text as text).
    Svg,
    /// The chart as a PNG picture (see --scale).
    Png,
    /// A PDF handout: the chart, the ownership table, balance, clarity and findings.
    Pdf,
    /// The ownership table (or, with --table matrix, the R/A/C/I matrix) as CSV.
    Csv,
    /// The summary as Markdown.
    Md,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Self {
        match arg {
            FormatArg::Svg => Format::Svg,
            FormatArg::Png => Format::Png,
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Csv => Format::Csv,
            FormatArg::Md => Format::Markdown,
        }
    }
}

/// The tables `--table` takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// One row per responsibility: owner, R/C/I, facing, size, notes.
    Ownership,
    /// One column per executive: A, R, C or I.
    Matrix,
}

/// Where an export went.
#[derive(Debug, PartialEq, Eq)]
pub enum Output {
    /// Written to this file.
    File(PathBuf),
    /// To print on standard output.
    Stdout(Vec<u8>),
}

/// Whether `-o` means standard output.
fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// Runs `remit export`: the file written (or the bytes for standard
/// output), or a message naming the file and what is wrong.
pub fn run_export(
    path: &Path,
    format: FormatArg,
    scale: u8,
    table: TableArg,
    output: Option<&Path>,
) -> Result<Output, String> {
    let format = Format::from(format);
    if output.is_some_and(is_stdout) && !format.is_text() {
        return Err(format!(
            "{} is a binary format and is not written to standard output; \
             give a file name with -o (or leave -o out to write beside the design)",
            format.extension().to_uppercase()
        ));
    }
    let design = file::load(path).map_err(|e| clean(&e.to_string()).into_owned())?;
    let options = Options {
        scale,
        csv_table: match table {
            TableArg::Ownership => CsvTable::Ownership,
            TableArg::Matrix => CsvTable::Matrix,
        },
    };
    // Where it goes (`None`: standard output), refused before any work
    // when that is the design itself.
    let target = match output {
        Some(out) if is_stdout(out) => None,
        Some(out) => Some(out.to_owned()),
        None => Some(path.with_extension(format.extension())),
    };
    if target.as_deref().is_some_and(|t| file::same_file(t, path)) {
        return Err(format!(
            "{}: the export would replace the design itself; choose another file with -o",
            shown(path)
        ));
    }
    let bytes = export::render(&design, format, &options)
        .map_err(|e| format!("{}: cannot export: {e}", shown(path)))?;
    match target {
        None => Ok(Output::Stdout(bytes)),
        Some(target) => {
            write(&target, &bytes)?;
            Ok(Output::File(target))
        }
    }
}

fn write(target: &Path, bytes: &[u8]) -> Result<(), String> {
    file::write_atomically(target, bytes)
        .map(|_| ())
        .map_err(|e| format!("cannot write {}: {}", shown(target), file::describe_io(&e)))
}

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
