//! `remit export FILE --format svg|png|pdf|csv|md [--scale N] [--table
//! ownership|matrix] [-o OUT]`: the library's exports run from a script.
//! Output goes beside the design unless `-o` says where (`-o -` is standard
//! output, for text formats only); files are written atomically, so a
//! failure never leaves a half-written or overwritten file.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::terminal::{clean, shown};
use crate::export::{self, CsvTable, Format, Options};
use crate::file;

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
