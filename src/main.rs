//! The `remit` binary: parses the command line and either prints a report
//! or opens the designer. Everything else lives in the library.

use std::process::ExitCode;

use remit::cli::{self, Invocation};

fn main() -> ExitCode {
    match cli::parse(std::env::args().skip(1)) {
        Ok(Invocation::Help) => {
            print!("{}", cli::HELP);
            ExitCode::SUCCESS
        }
        Ok(Invocation::Version) => {
            println!("remit {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Ok(Invocation::Report { path }) => match cli::run_report(&path) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("remit: {message}");
                ExitCode::FAILURE
            }
        },
        Ok(Invocation::Designer { path }) => match remit::run_designer(path) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("remit: {message}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("remit: {message}");
            ExitCode::from(2)
        }
    }
}
