//! The rows of the keyboard help, read from the command list: every
//! command with a shortcut, its keys and what it does, the numbered moves
//! (Alt+1 … Alt+9) as one row. The F1 window shows them, and a test checks
//! that the README's shortcut table is the same.

use super::command::{Command, Shortcut};

/// The keys of one row of the keyboard help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpKeys {
    /// These shortcuts (the main one first).
    Each(Vec<Shortcut>),
    /// A run of shortcuts, first … last.
    Range(Shortcut, Shortcut),
}

/// The rows of the keyboard help (the F1 window and the README's table):
/// every command with a shortcut, the numbered moves as one row.
pub fn help_rows() -> Vec<(HelpKeys, &'static str)> {
    let mut rows = Vec::new();
    for command in Command::ALL {
        let Some(main) = command.shortcut() else {
            continue;
        };
        let keys = match command {
            Command::MoveSelectedTo(1) => match Command::MoveSelectedTo(9).shortcut() {
                Some(last) => HelpKeys::Range(main, last),
                None => continue,
            },
            Command::MoveSelectedTo(2..=9) => continue,
            _ => HelpKeys::Each(
                std::iter::once(main)
                    .chain(command.alternative_shortcuts().iter().copied())
                    .collect(),
            ),
        };
        rows.push((keys, command.help()));
    }
    rows
}
