//! The `remit` binary: parses the command line and either runs a command
//! (`report`, `check`) or opens the designer. Everything else lives in the
//! library.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;
use remit::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Report { file }) => match remit::cli::run_report(&file) {
            Ok(text) => print_out(&text),
            Err(message) => {
                eprintln!("remit: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Command::Check { findings, files }) => {
            let (text, all_ok) = remit::cli::run_check(&files, findings);
            let printed = print_out(&text);
            if all_ok { printed } else { ExitCode::FAILURE }
        }
        None => match remit::run_designer(cli.path) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("remit: {message}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Prints to standard output; a closed pipe (`remit check … | head`) is not
/// an error worth a panic.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("remit: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}
