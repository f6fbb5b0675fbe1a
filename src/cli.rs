//! The command line: which form was asked for, the help text, and the
//! `report` form that prints a design's balance without opening a window.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::model::{Design, DesignBalance, file_format};

/// What the command line asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invocation {
    /// Open the designer, on a file or on the default design.
    Designer {
        /// The design to open, if any.
        path: Option<PathBuf>,
    },
    /// Print the balance report of a design and exit.
    Report {
        /// The design to report on.
        path: PathBuf,
    },
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
}

/// The help text for `remit --help`.
pub const HELP: &str = "\
Remit: decide which technology executive owns which responsibilities.

Usage:
  remit                  open the designer: on the design open last time, or
                         on the built-in default design
  remit PATH.ron         open the designer on a saved design
                         (Ctrl+S then saves back to PATH.ron)
  remit report PATH.ron  print each executive's internal/external balance,
                         the organisation and the unassigned count, then exit
  remit --help           show this text
  remit --version        show the version

A bad file makes `report` print what is wrong (file:line:column: problem)
on standard error and exit with status 1.
";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Invocation, String> {
    let args: Vec<String> = args.into_iter().collect();
    match args.as_slice() {
        [] => Ok(Invocation::Designer { path: None }),
        [flag] if flag == "--help" || flag == "-h" || flag == "help" => Ok(Invocation::Help),
        [flag] if flag == "--version" || flag == "-V" => Ok(Invocation::Version),
        [command] if command == "report" => {
            Err("`remit report` needs the design to report on: remit report PATH.ron".into())
        }
        [command, path] if command == "report" => Ok(Invocation::Report {
            path: PathBuf::from(path),
        }),
        [flag, ..] if flag.starts_with('-') && flag != "-" => {
            Err(format!("unknown option `{flag}`; see `remit --help`"))
        }
        [path] => Ok(Invocation::Designer {
            path: Some(PathBuf::from(path)),
        }),
        _ => Err("too many arguments; see `remit --help`".into()),
    }
}

/// Formats a percentage that may not exist (an empty portfolio).
fn percent(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v}%"))
}

/// Formats a size without a useless `.0`.
pub fn format_size(size: f64) -> String {
    if (size - size.round()).abs() < 1e-9 && size.abs() < 1e15 {
        format!("{}", size.round() as i64)
    } else {
        format!("{size:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    }
}

/// The report for `remit report`: one line per executive, the organisation,
/// then the unassigned count.
pub fn report(design: &Design) -> String {
    let balance = DesignBalance::of(design);
    let mut rows: Vec<(String, crate::model::Balance)> = design
        .executives
        .iter()
        .map(|e| (e.short_title.clone(), balance.executive(&e.id)))
        .collect();
    rows.push(("Organisation".to_owned(), balance.organisation));
    let width = rows
        .iter()
        .map(|(t, _)| t.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(out, "{} (size in {})", design.name, design.size_unit);
    for (title, b) in &rows {
        let _ = writeln!(
            out,
            "{title:<width$}  internal {:>4}  external {:>4}  size {:>6}  items {:>3}",
            percent(b.internal_percent()),
            percent(b.external_percent()),
            format_size(b.size),
            b.count,
        );
    }
    let _ = writeln!(
        out,
        "Unassigned: {} item{} (size {})",
        balance.unassigned.count,
        if balance.unassigned.count == 1 {
            ""
        } else {
            "s"
        },
        format_size(balance.unassigned.size)
    );
    out
}

/// Runs `remit report PATH`: the report text, or the load error's message.
pub fn run_report(path: &std::path::Path) -> Result<String, String> {
    file_format::load(path)
        .map(|design| report(&design))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(parse(args(&[])), Ok(Invocation::Designer { path: None }));
        assert_eq!(
            parse(args(&["a.ron"])),
            Ok(Invocation::Designer {
                path: Some("a.ron".into())
            })
        );
        assert_eq!(
            parse(args(&["report", "a.ron"])),
            Ok(Invocation::Report {
                path: "a.ron".into()
            })
        );
        assert_eq!(parse(args(&["--help"])), Ok(Invocation::Help));
        assert!(parse(args(&["report"])).is_err());
        assert!(parse(args(&["--frobnicate"])).is_err());
        assert!(parse(args(&["a", "b"])).is_err());
    }

    #[test]
    fn sizes_print_plainly() {
        assert_eq!(format_size(5.0), "5");
        assert_eq!(format_size(2.5), "2.5");
        assert_eq!(format_size(0.126), "0.13");
    }
}
