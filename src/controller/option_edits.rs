//! Carrying out what is asked about a design's options: switching the
//! option shown (not an edit), a new option copied from one, from a
//! template or from an imported spreadsheet, renaming (a dialog that shows
//! the model's refusal and stays open), deleting (after asking) and moving.
//! Every change to the options is one undo step of the document; the
//! selection stays when what is selected is in the option shown.

use super::command::OptionCommand;
use super::{Controller, Dialog, Selection};
use crate::model::options::MAX_OPTION_NAME_CHARS;
use crate::model::{Design, OptionEdit};

/// What the tabs, the dialogs, the gallery and the import preview ask
/// about the options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionAction {
    /// Show option `index`.
    Switch(usize),
    /// A copy of option `index` as a new option beside it, then the
    /// dialog that names it.
    CopyOf(usize),
    /// Open the dialog that renames option `index`.
    AskRename(usize),
    /// OK in the rename dialog: the option gets the name typed (or the
    /// dialog says why not and stays open).
    Rename,
    /// Open the question whether to delete option `index`.
    AskDelete(usize),
    /// Yes in that question: the option is deleted.
    Delete,
    /// Option `from` moved to place `to`.
    Move {
        /// Where it is.
        from: usize,
        /// Where it goes (counted after taking it out).
        to: usize,
    },
    /// The template at this index in
    /// [`TEMPLATES`](crate::templates::TEMPLATES) added as a new option of
    /// the open design.
    AddTemplate(usize),
    /// What the import preview shows, added to a copy of the option shown
    /// as a new option (the option shown stays as it was).
    AcceptImport {
        /// Create an executive for each owner not on the chart.
        create_executives: bool,
    },
}

/// An option's name made from other text (a template's title, a file's
/// name): one line, short enough to be made unique, never empty.
pub fn name_from(text: &str, fallback: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_OPTION_NAME_CHARS - 5)
        .collect();
    let name = name.trim();
    if name.is_empty() {
        fallback.to_owned()
    } else {
        name.to_owned()
    }
}

impl Controller {
    /// Runs one of the commands about the options, on the option shown.
    pub(super) fn run_option(&mut self, command: OptionCommand) {
        let options = self.document.options().len();
        let current = self.document.current_option();
        match command {
            OptionCommand::Next => {
                self.option_action(OptionAction::Switch((current + 1) % options))
            }
            OptionCommand::Previous => {
                self.option_action(OptionAction::Switch((current + options - 1) % options));
            }
            OptionCommand::New => self.option_action(OptionAction::CopyOf(current)),
            OptionCommand::Rename => self.option_action(OptionAction::AskRename(current)),
            OptionCommand::Delete => self.option_action(OptionAction::AskDelete(current)),
            OptionCommand::MoveLeft if current > 0 => {
                self.option_action(OptionAction::Move {
                    from: current,
                    to: current - 1,
                });
            }
            OptionCommand::MoveRight => self.option_action(OptionAction::Move {
                from: current,
                to: current + 1,
            }),
            OptionCommand::MoveLeft => {}
        }
    }

    /// Carries out what was asked about the options.
    pub(super) fn option_action(&mut self, action: OptionAction) {
        match action {
            OptionAction::Switch(index) => self.switch_option(index),
            OptionAction::CopyOf(from) => {
                let name = self.document.options().fresh_name();
                if self.change_options(OptionEdit::Copy { from, name }) {
                    let index = self.document.current_option();
                    self.ask_rename(index);
                }
            }
            OptionAction::AskRename(index) => self.ask_rename(index),
            OptionAction::Rename => self.rename_option(),
            OptionAction::AskDelete(index) => {
                if index < self.document.options().len() {
                    self.dialog = Some(Dialog::DeleteOption { index });
                }
            }
            OptionAction::Delete => {
                if let Some(Dialog::DeleteOption { index }) = self.dialog.take() {
                    let name = self.document.options().name(index).to_owned();
                    if self.change_options(OptionEdit::Delete { index }) {
                        self.note(format!(
                            "Deleted the option “{name}” (Ctrl+Z brings it back)."
                        ));
                    }
                }
            }
            OptionAction::Move { from, to } => {
                self.change_options(OptionEdit::Move { from, to });
            }
            OptionAction::AddTemplate(index) => {
                let Some(template) = crate::templates::TEMPLATES.get(index) else {
                    return;
                };
                if matches!(self.dialog, Some(Dialog::Gallery { .. })) {
                    self.dialog = None;
                }
                self.add_option(template.title, (template.build)());
            }
            OptionAction::AcceptImport { create_executives } => {
                self.accept_import_as_option(create_executives);
            }
        }
    }

    /// `design` as a new last option named after `base` (made unique),
    /// shown; one undo step.
    pub(super) fn add_option(&mut self, base: &str, design: Design) -> bool {
        let name = self
            .document
            .options()
            .unique_name(&name_from(base, "New option"));
        let added = self.change_options(OptionEdit::Add {
            name: name.clone(),
            design: Box::new(design),
        });
        if added {
            self.note(format!(
                "Added the option “{name}”: Ctrl+PageUp and Ctrl+PageDown switch between options (Ctrl+Z takes it out again)."
            ));
        }
        added
    }

    fn switch_option(&mut self, index: usize) {
        self.seal();
        if self.document.switch_option(index) {
            self.keep_selection_if_there();
        }
    }

    /// The selection stays when what is selected is in the option shown.
    fn keep_selection_if_there(&mut self) {
        if !self.selection.exists_in(self.document.design()) {
            self.selection = Selection::None;
        }
    }

    /// Applies `edit` to the options as one undo step; a refusal is said on
    /// the status line. Returns whether it was done.
    fn change_options(&mut self, edit: OptionEdit) -> bool {
        self.seal();
        match self.document.apply_option(edit) {
            Ok(()) => {
                self.keep_selection_if_there();
                true
            }
            Err(e) => {
                self.warn(format!("Not changed: {e}."));
                false
            }
        }
    }

    fn ask_rename(&mut self, index: usize) {
        let Some(option) = self.document.options().get(index) else {
            return;
        };
        self.dialog = Some(Dialog::RenameOption {
            index,
            text: option.name.clone(),
            error: None,
        });
    }

    fn rename_option(&mut self) {
        let Some(Dialog::RenameOption { index, text, .. }) = self.dialog.take() else {
            return;
        };
        let before = self.document.options().name(index).to_owned();
        let edit = OptionEdit::Rename {
            index,
            name: text.clone(),
        };
        self.seal();
        match self.document.apply_option(edit) {
            Ok(()) => {
                let after = self.document.options().name(index);
                if after != before {
                    self.note(format!("Renamed the option “{before}” to “{after}”."));
                }
            }
            Err(e) => {
                // The dialog stays, saying why, with what was typed.
                let mut message = e.to_string();
                if let Some(first) = message.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                self.dialog = Some(Dialog::RenameOption {
                    index,
                    text,
                    error: Some(format!("{message}.")),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::controller::{Action, Command, StartOptions};

    fn controller() -> Controller {
        Controller::new(StartOptions::default(), None)
    }

    fn act(c: &mut Controller, action: OptionAction) {
        c.apply(vec![Action::Option(action)]);
    }

    #[test]
    fn a_new_option_is_shown_and_offered_for_naming() {
        let mut c = controller();
        c.apply(vec![Action::Command(Command::Options(OptionCommand::New))]);
        assert_eq!(c.document().options().len(), 2);
        assert_eq!(c.document().current_option_name(), "Option A");
        assert!(matches!(
            c.dialog(),
            Some(Dialog::RenameOption { index: 1, .. })
        ));
    }

    #[test]
    fn a_clashing_name_is_refused_in_the_dialog() {
        let mut c = controller();
        act(&mut c, OptionAction::CopyOf(0));
        if let Some(Dialog::RenameOption { text, .. }) = c.dialog.as_mut() {
            "as IS".clone_into(text);
        }
        act(&mut c, OptionAction::Rename);
        let Some(Dialog::RenameOption { error: Some(e), .. }) = c.dialog() else {
            panic!("the dialog stays with the reason");
        };
        assert!(e.contains("each option needs a name of its own"), "{e}");
        assert_eq!(c.document().current_option_name(), "Option A");
    }

    #[test]
    fn next_and_previous_wrap_around() {
        let mut c = controller();
        act(&mut c, OptionAction::CopyOf(0));
        c.apply(vec![Action::CloseDialog]);
        c.apply(vec![Action::Command(Command::Options(OptionCommand::Next))]);
        assert_eq!(c.document().current_option(), 0);
        c.apply(vec![Action::Command(Command::Options(
            OptionCommand::Previous,
        ))]);
        assert_eq!(c.document().current_option(), 1);
    }

    #[test]
    fn names_from_files_are_one_short_line() {
        assert_eq!(name_from("a\nb", "x"), "a b");
        assert_eq!(name_from("  ", "x"), "x");
        assert_eq!(name_from(&"y".repeat(90), "x").chars().count(), 55);
    }
}
