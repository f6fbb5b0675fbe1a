//! The `remit` binary: parses the command line and either runs a command
//! (`report`, `check`, `diff`, `compare`, `export`, `import`, `manual`,
//! `completions`) or opens the designer, one window per file. Everything
//! else lives in the library.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;
use remit::cli::{Cli, Command};

#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Report { file, option }) => {
            match remit::cli::run_report_option(&file, option.as_deref()) {
                Ok(text) => print_out(&text),
                Err(message) => {
                    say(&message);
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Check {
            findings,
            explain,
            format,
            files,
        }) => {
            let options = remit::cli::CheckOptions {
                findings,
                explain,
                format,
            };
            let (text, all_ok) = remit::cli::run_check(&files, &options);
            let printed = print_out(&text);
            if all_ok { printed } else { ExitCode::FAILURE }
        }
        Some(Command::Diff {
            old,
            new,
            option,
            format,
        }) => differences(remit::cli::run_diff(&old, &new, option.as_deref(), format)),
        Some(Command::Compare {
            file,
            from,
            to,
            format,
        }) => differences(remit::cli::run_compare(
            &file,
            from.as_deref(),
            to.as_deref(),
            format,
        )),
        Some(Command::Export {
            file,
            option,
            format,
            scale,
            width,
            legend,
            text_as_paths,
            date,
            table,
            output,
        }) => {
            let options =
                remit::cli::export::options(scale, width, legend, text_as_paths, date, table);
            match remit::cli::run_export(
                &file,
                option.as_deref(),
                format,
                &options,
                output.as_deref(),
            ) {
                Ok((written, note)) => {
                    if let Some(note) = note {
                        let note = remit::cli::terminal::clean(&note).into_owned();
                        say(&note);
                    }
                    match written {
                        remit::cli::Output::Stdout(bytes) => print_bytes(&bytes),
                        remit::cli::Output::File(path) => {
                            let shown = remit::cli::terminal::clean(&path.display().to_string())
                                .into_owned();
                            print_out(&format!("wrote {shown}\n"))
                        }
                    }
                }
                Err(message) => fail(&message),
            }
        }
        Some(Command::Import(args)) => match remit::cli::run_import(&args) {
            Ok(imported) => print_out(&remit::cli::describe_import(&imported)),
            Err(message) => fail(&message),
        },
        Some(Command::Manual { output }) => {
            let written = match output {
                Some(dir) => remit::cli::unix::write_manual(&dir).map(|_| ()),
                None => remit::cli::unix::manual_page()
                    .and_then(|roff| remit::cli::unix::write_out(&roff, None).map(|_| ())),
            };
            written.map_or_else(|message| fail(&message), |()| ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell, output }) => {
            let script = remit::cli::unix::completions(shell);
            match remit::cli::unix::write_out(&script, output.as_deref()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(message) => fail(&message),
            }
        }
        None => {
            let (first, problems) =
                remit::cli::open::open_each(cli.paths, remit::cli::open::start_designer);
            for problem in problems {
                say(&problem);
            }
            match remit::run_designer(first) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => fail(&message),
            }
        }
    }
}

/// Prints what `diff` or `compare` found; the exit status is 0 when
/// nothing differs, 1 when something does, 2 on trouble (the problem on
/// standard error), as `diff`'s is.
fn differences(found: Result<remit::cli::Diffed, String>) -> ExitCode {
    match found {
        Ok(diffed) => {
            let printed = print_out(&diffed.text);
            if printed != ExitCode::SUCCESS {
                ExitCode::from(2)
            } else if diffed.differ {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(message) => {
            for line in message.lines() {
                say(line);
            }
            ExitCode::from(2)
        }
    }
}

/// Says what went wrong on standard error; the exit status is 1.
fn fail(message: &str) -> ExitCode {
    for line in message.lines() {
        say(line);
    }
    ExitCode::FAILURE
}

/// Prints to standard output; a closed pipe (`remit check … | head`) is not
/// an error worth a panic.
fn print_out(text: &str) -> ExitCode {
    print_bytes(text.as_bytes())
}

/// Writes bytes to standard output, as [`print_out`] does text.
fn print_bytes(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("cannot write the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Writes `remit: LINE` to standard error in one write, so that the lines
/// of designers started together (`remit A B C`) never run into each other.
fn say(line: &str) {
    let _ = std::io::stderr().write_all(format!("remit: {line}\n").as_bytes());
}
