//! The pieces that make `remit` a Unix tool: its manual pages
//! (`remit manual`) and shell completions (`remit completions SHELL`),
//! both written from the clap definitions the command line itself parses
//! with, so they always list the commands and options it has.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::CommandFactory as _;
use clap_complete::Shell;

use super::Cli;

/// The command line's definition, named `remit` whatever the executable is
/// called, as the manual and completions should name it.
fn definition() -> clap::Command {
    Cli::command().name("remit").bin_name("remit")
}

/// The manual page `remit.1` as roff, for standard output
/// (`remit manual | man -l -`).
pub fn manual_page() -> Result<Vec<u8>, String> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(definition())
        .render(&mut roff)
        .map_err(|e| format!("cannot write the manual page: {e}"))?;
    Ok(roff)
}

/// Writes `remit.1` and one page per command (`remit-report.1`, …) into
/// `dir`, creating it if needed; returns the files written.
pub fn write_manual(dir: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut command = definition();
    // Subcommands learn their full names (`remit report`) from building.
    command.build();
    let mut written = Vec::new();
    write_page(&command, dir, &mut written)?;
    Ok(written)
}

/// Writes `command`'s page and, below it, its subcommands' pages.
fn write_page(
    command: &clap::Command,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<(), String> {
    let man = clap_mangen::Man::new(command.clone());
    let path = dir.join(man.get_filename());
    let mut roff = Vec::new();
    man.render(&mut roff)
        .map_err(|e| format!("cannot write the manual page: {e}"))?;
    std::fs::write(&path, roff).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    written.push(path);
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_page(sub, dir, written)?;
    }
    Ok(())
}

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut definition(), "remit", &mut script);
    script
}

/// Writes `bytes` to `output`, or to standard output when it is `None` or
/// `-`; returns the file written, if any.
pub fn write_out(bytes: &[u8], output: Option<&Path>) -> Result<Option<PathBuf>, String> {
    match output {
        Some(path) if path != Path::new("-") => {
            std::fs::write(path, bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Ok(Some(path.to_owned()))
        }
        _ => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(None),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
                Err(e) => Err(format!("cannot write the output: {e}")),
            }
        }
    }
}
