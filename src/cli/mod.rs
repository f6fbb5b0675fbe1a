//! The command line, parsed with clap: `remit [PATH]` opens the designer,
//! `remit report FILE` prints a design's balance, and `remit check FILE...`
//! checks designs for a script (as text or JSON), `remit diff OLD NEW` lists
//! what a second design changes, `remit compare DESIGN` two of its options,
//! `remit export` and `remit import` write
//! handouts and read spreadsheets, and `remit manual` and
//! `remit completions` write the manual pages and shell completions.
//! Several files (`remit A B`) open in a window each ([`open`]). Everything printed that came from a file
//! goes through [`terminal::clean`], so a hostile design cannot drive the
//! terminal.

pub mod check;
pub mod check_json;
pub mod compare;
pub mod compared;
pub mod diff;
pub mod export;
pub mod import;
pub mod open;
pub mod option;
pub mod report;
pub mod terminal;
pub mod unix;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use jiff::civil::Date;

use crate::export::Scale;

pub use check::{CheckFormat, CheckOptions, run_check};
pub use compare::run_compare;
pub use diff::{DiffFormat, Diffed, run_diff};
pub use export::{FormatArg, Output, TableArg, run_export, today};
pub use import::{ImportArgs, describe_import, run_import};
pub use report::{report, run_report, run_report_option};

/// What the command line asked for.
#[derive(Debug, Parser)]
#[command(
    name = "remit",
    version,
    about = "Remit: decide which technology executive owns which responsibilities.",
    long_about = "Remit: decide which technology executive owns which responsibilities.\n\n\
        With no command, opens the designer: on PATH if given, else on the design \
        open last time, or on the built-in default design. Each further PATH opens \
        in a designer window of its own.",
    args_conflicts_with_subcommands = true,
    after_help = "A file named like a command (`report`) opens with `remit ./report`.\n\
        Bad files make `report` and `check` print file:line:column: problem and exit with status 1\n\
        (`diff` and `compare` with status 2: their status 1 means the designs differ)."
)]
pub struct Cli {
    /// The design to open in the designer (Ctrl+S saves back to it; it is
    /// created on the first save if it does not exist yet). Each further
    /// one opens in a designer window of its own.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A command instead of the designer.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands that run without a window.
#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Print each executive's internal/external balance, the organisation
    /// and the unassigned count, then exit.
    Report {
        /// The design to report on.
        file: PathBuf,
        /// Of a design with several options, the one to report on (by
        /// name, ignoring case); by default the first.
        #[arg(long, value_name = "NAME")]
        option: Option<String>,
    },
    /// Check designs: one line per file, `ok` or the problem with its
    /// file:line:column (a broken option is named with its line). Every
    /// option of a design is checked; with several, each option's findings
    /// are listed under its name. Exits with status 0 only if every file
    /// is valid.
    Check {
        /// Also list each valid design's findings, one indented line each
        /// (`  warning: …`); exit with status 1 if any design has a
        /// warning, the highest severity.
        #[arg(long)]
        findings: bool,
        /// With --findings: under each finding, why it matters and, where
        /// one change settles it, that change, indented and wrapped.
        #[arg(long, requires = "findings")]
        explain: bool,
        /// `text`: the lines above. `json`: one JSON document for a script,
        /// an array with, per file, its problem (line, column, message) or
        /// its balance and its findings (always included, each with its why
        /// and fix); the exit status is the same as for text.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The designs to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List what NEW changes from OLD: executives, cards (moves with their
    /// reason from NEW's decision log), roles, reporting and dotted lines,
    /// then each executive's balance and clarity in both, with the
    /// difference. Exit status 0: no differences; 1: differences; 2: a file
    /// cannot be read or is not a valid design (the problem on standard
    /// error, with its file and line). Works as a git difftool:
    /// `git difftool -x 'remit diff' -- design.ron`.
    Diff {
        /// The design before.
        old: PathBuf,
        /// The design after.
        new: PathBuf,
        /// Of designs with several options, the one to compare in both
        /// files (by name, ignoring case); by default the first.
        #[arg(long, value_name = "NAME")]
        option: Option<String>,
        /// `text`: one sentence per change, then the balance and clarity.
        /// `csv`: a header `kind,item,from,to,reason` and one quoted row per
        /// change. `json`: one document with the changes (those fields and
        /// a `message`), the executives and the organisation.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Compare two options of one design: what the second changes
    /// (executives, cards with the reasons for moves, roles, reporting and
    /// dotted lines), each executive's and the organisation's balance and
    /// clarity in both with the difference, then the findings the second
    /// settles and adds. Exit status 0: no differences (an option against
    /// itself); 1: differences; 2: the file cannot be read or is not a
    /// valid design, an option name is unknown (the names are listed), or
    /// the design has one option and nothing to compare it with.
    Compare {
        /// The design whose options to compare.
        file: PathBuf,
        /// The option before (by name, ignoring case); by default the first.
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
        /// The option after; by default the second (the first when --from
        /// names the second).
        #[arg(long, value_name = "NAME")]
        to: Option<String>,
        /// `text`: one sentence per change, the balance and clarity, the
        /// findings settled and added. `csv`: a header
        /// `kind,item,from,to,reason` and one quoted row per change.
        /// `json`: one document with the `changes`, the `executives`, the
        /// `organisation` and the `findings` (`settled`, `added`).
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Export a design: the chart (SVG, PNG), a PDF handout, the ownership
    /// table or R/A/C/I matrix (CSV), or the summary (Markdown). Written
    /// beside the design with the format's extension unless -o says where.
    Export {
        /// The design to export.
        file: PathBuf,
        /// Of a design with several options, the one to export (by name,
        /// ignoring case); by default the first. Its name is added to the
        /// title ("Acme 2027 — Option A"); the PDF handout and the Markdown
        /// summary also compare each option with the first.
        #[arg(long, value_name = "NAME")]
        option: Option<String>,
        /// What to write.
        #[arg(long, short = 'f', value_enum)]
        format: FormatArg,
        /// For PNG: pixels per point of the chart, from 0.1 to 4 (2 is sharp
        /// on slides, 0.25 makes a thumbnail). A picture wider than --width
        /// or over 100 million pixels is drawn at the largest scale that
        /// fits, and the output says which.
        #[arg(long, value_parser = Scale::parse, default_value = "2")]
        scale: Scale,
        /// For PNG: the most pixels the picture may be wide.
        #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(16..=1_000_000))]
        width: Option<u32>,
        /// For PNG and SVG: a title block (the design's name and the date)
        /// above the chart and a legend below it (what the marks and lines
        /// mean, each executive's balance), so the picture can stand alone.
        #[arg(long)]
        legend: bool,
        /// For SVG: draw every letter as its outline, so the drawing looks
        /// the same in any viewer, with or without the fonts (its text can
        /// no longer be searched or edited).
        #[arg(long)]
        text_as_paths: bool,
        /// The date on the title block (the PDF's chart pages, the PNG or
        /// SVG with --legend), as YYYY-MM-DD; by default today (or the day
        /// of SOURCE_DATE_EPOCH, when set, for reproducible builds).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<Date>,
        /// For CSV: which table (`changes`: what the option exported, or
        /// the second when that is the first, changes to the first).
        #[arg(long, value_enum, default_value_t = TableArg::Ownership)]
        table: TableArg,
        /// Where to write; `-` for standard output (text formats only).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
    },
    /// Import responsibilities from a spreadsheet: a CSV or text file
    /// (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252)
    /// or a sheet of a workbook (.xlsx, .xls, .ods), with a header row; the
    /// columns are guessed from its words (Responsibility, Owner,
    /// Headcount, FTE, Budget, Customer facing, Notes…, in English or
    /// German) unless --column says. Into a new design written beside it,
    /// or into a copy of the design given with --into (rows about cards it
    /// has update them). Bad rows are listed with their line and nothing is
    /// written.
    Import(import::ImportArgs),
    /// Write the manual page: `remit.1` to standard output
    /// (`remit manual | man -l -`), or with -o, `remit.1` and one page per
    /// command (`remit-report.1`, …) into a folder.
    Manual {
        /// The folder to write the pages into (created if needed).
        #[arg(long, short = 'o', value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Write the completion script for a shell, to standard output or to
    /// a file (`remit completions bash -o /etc/bash_completion.d/remit`).
    Completions {
        /// The shell the script is for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        /// The file to write; `-` or none for standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("remit").chain(args.iter().copied()))
    }

    #[test]
    fn parses_every_form() {
        let cli = parse(&[]).expect("no arguments");
        assert_eq!((cli.paths, cli.command), (Vec::new(), None));
        let cli = parse(&["a.ron"]).expect("a path");
        assert_eq!(cli.paths, [PathBuf::from("a.ron")]);
        let cli = parse(&["a.ron", "b.ron"]).expect("two paths");
        assert_eq!(cli.paths, [PathBuf::from("a.ron"), PathBuf::from("b.ron")]);
        let cli = parse(&["--", "report"]).expect("a file named report, after --");
        assert_eq!(
            (cli.paths, cli.command),
            (vec![PathBuf::from("report")], None)
        );
        let cli = parse(&["manual", "-o", "man"]).expect("manual");
        assert_eq!(
            cli.command,
            Some(Command::Manual {
                output: Some("man".into())
            })
        );
        let cli = parse(&["completions", "zsh"]).expect("completions");
        assert_eq!(
            cli.command,
            Some(Command::Completions {
                shell: clap_complete::Shell::Zsh,
                output: None
            })
        );
        assert!(parse(&["completions", "tcsh"]).is_err());
        let cli = parse(&["report", "a.ron"]).expect("report");
        assert_eq!(
            cli.command,
            Some(Command::Report {
                file: "a.ron".into(),
                option: None,
            })
        );
        let cli = parse(&["check", "a.ron", "b.ron"]).expect("check");
        assert_eq!(
            cli.command,
            Some(Command::Check {
                findings: false,
                explain: false,
                format: CheckFormat::Text,
                files: vec!["a.ron".into(), "b.ron".into()]
            })
        );
        let cli = parse(&[
            "check",
            "--findings",
            "--explain",
            "--format",
            "json",
            "a.ron",
        ])
        .expect("check with options");
        assert!(matches!(
            cli.command,
            Some(Command::Check {
                findings: true,
                explain: true,
                format: CheckFormat::Json,
                ..
            })
        ));
        assert!(
            parse(&["check", "--explain", "a.ron"]).is_err(),
            "--explain needs --findings"
        );
        assert!(parse(&["check", "--format", "xml", "a.ron"]).is_err());
        let cli = parse(&["diff", "a.ron", "b.ron", "--format", "csv"]).expect("diff");
        assert_eq!(
            cli.command,
            Some(Command::Diff {
                old: "a.ron".into(),
                new: "b.ron".into(),
                option: None,
                format: DiffFormat::Csv,
            })
        );
        let cli = parse(&["compare", "a.ron", "--from", "As is", "--to", "B"]).expect("compare");
        assert_eq!(
            cli.command,
            Some(Command::Compare {
                file: "a.ron".into(),
                from: Some("As is".into()),
                to: Some("B".into()),
                format: DiffFormat::Text,
            })
        );
        let cli = parse(&["report", "a.ron", "--option", "B"]).expect("report --option");
        assert!(matches!(cli.command, Some(Command::Report { option: Some(o), .. }) if o == "B"));
        assert!(parse(&["diff", "a.ron"]).is_err(), "two files");
        let cli = parse(&[
            "export", "a.ron", "--format", "png", "--scale", "0.25", "--width", "1920", "--legend",
            "-o", "-",
        ])
        .expect("export");
        assert_eq!(
            cli.command,
            Some(Command::Export {
                file: "a.ron".into(),
                option: None,
                format: FormatArg::Png,
                scale: Scale::parse("0.25").expect("a scale"),
                width: Some(1920),
                legend: true,
                text_as_paths: false,
                date: None,
                table: TableArg::Ownership,
                output: Some("-".into()),
            })
        );
        let cli = parse(&["export", "a.ron", "-f", "pdf", "--date", "2027-01-31"]).expect("a date");
        assert!(matches!(
            cli.command,
            Some(Command::Export { date: Some(d), .. }) if d == jiff::civil::date(2027, 1, 31)
        ));
        assert!(parse(&["export", "a.ron", "-f", "pdf", "--date", "31/01/2027"]).is_err());
        let cli = parse(&["import", "l.csv", "--create-executives"]).expect("import");
        assert_eq!(
            cli.command,
            Some(Command::Import(ImportArgs {
                file: "l.csv".into(),
                create_executives: true,
                ..ImportArgs::default()
            }))
        );
        let cli = parse(&[
            "import",
            "l.xlsx",
            "--column",
            "size=Headcount",
            "--column",
            "notes=",
            "--sheet",
            "Data",
        ])
        .expect("import with columns");
        let Some(Command::Import(args)) = cli.command else {
            panic!("an import");
        };
        assert_eq!(args.columns.len(), 2);
        assert_eq!(args.sheet.as_deref(), Some("Data"));
        assert!(parse(&["import", "l.csv", "--column", "height=x"]).is_err());
        assert!(
            parse(&["export", "a.ron"]).is_err(),
            "the format is required"
        );
        assert!(parse(&["export", "a.ron", "-f", "gif"]).is_err());
        assert!(parse(&["export", "a.ron", "-f", "png", "--scale", "0"]).is_err());
        assert!(parse(&["export", "a.ron", "-f", "png", "--scale", "0.05"]).is_err());
        assert!(parse(&["export", "a.ron", "-f", "png", "--width", "0"]).is_err());
        let cli = parse(&["./report"]).expect("a file named report");
        assert_eq!(cli.paths, [PathBuf::from("./report")]);
        assert!(parse(&["report"]).is_err());
        assert!(parse(&["check"]).is_err());
        assert!(parse(&["--frobnicate"]).is_err());
    }

    #[test]
    fn the_definition_is_consistent() {
        use clap::CommandFactory as _;
        Cli::command().debug_assert();
    }
}
