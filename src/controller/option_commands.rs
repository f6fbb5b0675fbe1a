//! The commands about a design's options (*Options* menu, the strip of
//! tabs above the chart, Ctrl+PageDown / Ctrl+PageUp): each one's label,
//! help, shortcut and when it can be used, read by [`super::Command`]
//! through its one `Options` variant so that the command list stays short.
//!
//! They act on the option shown; the tabs' own menu acts on the tab it was
//! opened on, through [`super::OptionAction`].

use super::command::CommandState;
use super::shortcut::{Key, Mods, Shortcut, keys};

/// A command about the options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptionCommand {
    /// Show the next option (after the last: the first).
    Next,
    /// Show the previous option (before the first: the last).
    Previous,
    /// A copy of the option shown, as a new option beside it.
    New,
    /// Rename the option shown.
    Rename,
    /// Delete the option shown (asks first).
    Delete,
    /// Move the option shown one place left.
    MoveLeft,
    /// Move the option shown one place right.
    MoveRight,
}

impl OptionCommand {
    /// Every option command, in menu order.
    pub const ALL: [Self; 7] = [
        Self::Next,
        Self::Previous,
        Self::New,
        Self::Rename,
        Self::Delete,
        Self::MoveLeft,
        Self::MoveRight,
    ];

    /// Its place in [`Self::ALL`].
    pub const fn place(self) -> usize {
        match self {
            Self::Next => 0,
            Self::Previous => 1,
            Self::New => 2,
            Self::Rename => 3,
            Self::Delete => 4,
            Self::MoveLeft => 5,
            Self::MoveRight => 6,
        }
    }

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Next => "Next option",
            Self::Previous => "Previous option",
            Self::New => "New option from this one",
            Self::Rename => "Rename option…",
            Self::Delete => "Delete option…",
            Self::MoveLeft => "Move option left",
            Self::MoveRight => "Move option right",
        }
    }

    /// What it does.
    pub fn help(self) -> &'static str {
        match self {
            Self::Next => "Show the next option (after the last, the first); also while presenting",
            Self::Previous => {
                "Show the previous option (before the first, the last); also while presenting"
            }
            Self::New => "Copy the option shown as a new option beside it, and name it",
            Self::Rename => "Give the option shown another name",
            Self::Delete => "Delete the option shown, after asking (Ctrl+Z brings it back)",
            Self::MoveLeft => "Move the option shown one place left among the tabs",
            Self::MoveRight => "Move the option shown one place right among the tabs",
        }
    }

    /// Its keyboard shortcut, if any.
    pub fn shortcut(self) -> Option<Shortcut> {
        match self {
            Self::Next => Some(keys(Mods::COMMAND, Key::PageDown)),
            Self::Previous => Some(keys(Mods::COMMAND, Key::PageUp)),
            Self::New | Self::Rename | Self::Delete | Self::MoveLeft | Self::MoveRight => None,
        }
    }

    /// Whether it can be used now.
    pub fn enabled(self, state: &CommandState) -> bool {
        let several = state.options > 1;
        match self {
            Self::Next | Self::Previous | Self::Delete => several,
            Self::New => state.options < crate::model::options::MAX_OPTIONS,
            Self::Rename => true,
            Self::MoveLeft => several && state.current_option > 0,
            Self::MoveRight => several && state.current_option + 1 < state.options,
        }
    }

    /// Why it cannot be used now, for a greyed-out item's hover text.
    pub fn why_disabled(self, state: &CommandState) -> &'static str {
        match self {
            Self::Next | Self::Previous => "There is only one option",
            Self::Delete => "The last option cannot be deleted: a design keeps at least one",
            Self::New => "A design holds at most 100 options",
            Self::Rename => "",
            Self::MoveLeft if state.options > 1 => "It is the first option already",
            Self::MoveRight if state.options > 1 => "It is the last option already",
            Self::MoveLeft | Self::MoveRight => "There is only one option",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_option_command_at_its_place() {
        for (i, command) in OptionCommand::ALL.iter().enumerate() {
            assert_eq!(command.place(), i, "{command:?}");
        }
    }

    #[test]
    fn with_one_option_only_new_and_rename_can_be_used() {
        let state = CommandState {
            options: 1,
            ..CommandState::default()
        };
        let usable: Vec<_> = OptionCommand::ALL
            .into_iter()
            .filter(|c| c.enabled(&state))
            .collect();
        assert_eq!(usable, [OptionCommand::New, OptionCommand::Rename]);
    }
}
