//! `remit export FILE --format svg|png|pdf|csv|md [--option NAME] [--scale
//! N] [--width PX] [--legend] [--text-as-paths] [--date YYYY-MM-DD]
//! [--table ownership|matrix|changes] [-o OUT]`: the library's exports run
//! from a script, of one option of the design (the first unless --option
//! names another).
//! Output goes beside the design unless `-o` says where (`-o -` is standard
//! output, for text formats only); files are written atomically, so a
//! failure never leaves a half-written or overwritten file.
//!
//! Nothing is written over the design itself (the same file by any name:
//! a hard or symbolic link included). Beside the design, an existing file
//! is replaced only when it carries Remit's mark (an earlier export, see
//! [`crate::export::mark`]); anything else there, such as the spreadsheet
//! the design was imported from, is left alone with a message saying to
//! name it with `-o` to replace it.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::terminal::{clean, shown};
use crate::export::{self, CsvTable, Format, Options, Progress, Scale, mark};
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
    /// One row per change an option makes to the first: kind, item, from,
    /// to, reason.
    Changes,
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

pub use crate::export::legend::today;

/// Runs `remit export` with `options` (the date on them is used as
/// given): the file written (or the bytes for standard output) and
/// anything to tell the user (a picture drawn at a smaller scale than
/// asked), or a message naming the file and what is wrong.
pub fn run_export(
    path: &Path,
    option: Option<&str>,
    format: FormatArg,
    options: &Options,
    output: Option<&Path>,
) -> Result<(Output, Option<String>), String> {
    let format = Format::from(format);
    if output.is_some_and(is_stdout) && !format.is_text() {
        return Err(format!(
            "{} is a binary format and is not written to standard output; \
             give a file name with -o (or leave -o out to write beside the design)",
            format.extension().to_uppercase()
        ));
    }
    let all = super::option::load_all(path)?;
    let index = super::option::index(&all, option, path)?;
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
    if output.is_none()
        && let Some(target) = &target
        && let Some(why) = not_remits(target)
    {
        return Err(format!(
            "{}: {why}; nothing was written. To replace it, name it with -o {0}; \
             or choose another file with -o",
            shown(target)
        ));
    }
    let rendered = export::render_option(&all, index, format, options, &mut Progress::none())
        .map_err(|e| format!("{}: cannot export: {e}", shown(path)))?;
    match target {
        None => Ok((Output::Stdout(rendered.bytes), rendered.note)),
        Some(target) => {
            write(&target, &rendered.bytes)?;
            Ok((Output::File(target), rendered.note))
        }
    }
}

/// The export options the command line's flags ask for.
#[allow(clippy::too_many_arguments, reason = "one per flag")]
pub fn options(
    scale: Scale,
    width: Option<u32>,
    legend: bool,
    text_as_paths: bool,
    date: Option<jiff::civil::Date>,
    table: TableArg,
) -> Options {
    Options {
        scale,
        max_width: width,
        legend,
        text_as_paths,
        csv_table: match table {
            TableArg::Ownership => CsvTable::Ownership,
            TableArg::Matrix => CsvTable::Matrix,
            TableArg::Changes => CsvTable::Changes,
        },
        date: Some(date.unwrap_or_else(today)),
    }
}

fn write(target: &Path, bytes: &[u8]) -> Result<(), String> {
    file::write_atomically(target, bytes)
        .map(|_| ())
        .map_err(|e| {
            format!(
                "cannot write {}: {}",
                shown(target),
                clean(&file::describe_io(&e))
            )
        })
}

/// Why the file at `target`, written beside the design without `-o`, may
/// not be replaced: it exists and does not carry Remit's mark (or cannot be
/// read to tell). `None` when it may be written: nothing is there, it is an
/// earlier export, or it is not a regular file (which the write refuses on
/// its own, saying why).
fn not_remits(target: &Path) -> Option<String> {
    match mark::file_written_by_remit(target) {
        Ok(None | Some(true)) => None,
        Ok(Some(false)) => Some(
            "this file already exists and Remit did not write it (it may be your own, \
             such as the spreadsheet the design came from)"
                .to_owned(),
        ),
        Err(e) => Some(format!(
            "this file already exists and cannot be read to tell whether Remit wrote it ({})",
            clean(&file::describe_io(&e))
        )),
    }
}
