//! Carrying out a [`Command`]: what each menu item, button and shortcut does.

use super::{Command, Controller, Dialog, Pending, Selection};
use crate::model::{Edit, Executive, Position, Rgb};

/// Colours for new executives: distinct from the CIO blue and CTO orange
/// and from each other.
const PALETTE: [Rgb; 5] = [
    Rgb(0x3a, 0x8f, 0x5c),
    Rgb(0x9b, 0x4d, 0xca),
    Rgb(0xc0, 0x39, 0x5a),
    Rgb(0x1f, 0x8a, 0x9e),
    Rgb(0x7a, 0x6a, 0x3a),
];

/// Room left for a box when placing a new one to the right of the others.
const NEW_BOX_SPACING: f32 = crate::model::templates::COLUMN_SPACING;

impl Controller {
    /// Runs a command as if chosen from the menu. Commands about the
    /// window's own look (zoom) are the window's, and do nothing here.
    pub fn run(&mut self, command: Command) {
        if !command.enabled(&self.command_state()) {
            return;
        }
        match command {
            Command::New => self.request(Pending::New(0)),
            Command::NewFromTemplate(index) => self.request(Pending::New(index)),
            Command::Open => self.request(Pending::Open(None)),
            Command::OpenRecent(index) => {
                if let Some(path) = self.preferences.recent.get(index).cloned() {
                    self.request(Pending::Open(Some(path)));
                }
            }
            Command::ClearRecent => self.preferences.clear_recent(),
            Command::RecoverAutosaves => self.show_recovery(),
            Command::Save => self.save(None),
            Command::SaveAs => self.save_as(None),
            Command::ToggleReopenLast => {
                self.preferences.reopen_last = !self.preferences.reopen_last;
            }
            Command::Quit => self.effects.push(super::Effect::CloseWindow),
            Command::Undo => {
                self.seal();
                if let Some(what) = self.document.undo() {
                    self.keep_selection_valid();
                    self.note(format!("Undone: {what}."));
                }
            }
            Command::Redo => {
                self.seal();
                if let Some(what) = self.document.redo() {
                    self.keep_selection_valid();
                    self.note(format!("Redone: {what}."));
                }
            }
            Command::AddResponsibility => {
                let owner = match &self.selection {
                    Selection::Executive(id) => Some(id.clone()),
                    Selection::Responsibility(id) => self
                        .document
                        .design()
                        .responsibility(id)
                        .and_then(|r| r.owner.clone()),
                    Selection::None => None,
                };
                self.dialog = Some(Dialog::AddResponsibility { owner });
            }
            Command::AddExecutive => self.add_executive(),
            Command::DeleteSelected => {
                if let Selection::Responsibility(id) = self.selection.clone() {
                    let name = self
                        .document
                        .design()
                        .responsibility(&id)
                        .map(|r| r.name.clone())
                        .unwrap_or_default();
                    self.edit(Edit::Delete(id));
                    self.selection = Selection::None;
                    self.note(format!("Deleted “{name}” (Ctrl+Z brings it back)."));
                }
            }
            Command::MoveSelectedTo(slot) => {
                if let Selection::Responsibility(id) = &self.selection {
                    let to = match slot {
                        0 => Some(None),
                        n => self
                            .document
                            .design()
                            .executives
                            .get(usize::from(n) - 1)
                            .map(|e| Some(e.id.clone())),
                    };
                    if let Some(to) = to {
                        let edit = Edit::Move {
                            responsibility: id.clone(),
                            to,
                        };
                        self.edit(edit);
                    }
                }
            }
            Command::ClearSelection => self.select(Selection::None),
            Command::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {}
        }
    }

    /// After undo or redo the selected item may no longer exist.
    fn keep_selection_valid(&mut self) {
        let design = self.document.design();
        let exists = match &self.selection {
            Selection::None => true,
            Selection::Responsibility(id) => design.responsibility(id).is_some(),
            Selection::Executive(id) => design.executive(id).is_some(),
        };
        if !exists {
            self.selection = Selection::None;
        }
    }

    fn add_executive(&mut self) {
        let design = self.document.design();
        let n = design.executives.len();
        let right = design
            .executives
            .iter()
            .map(|e| e.position.x + NEW_BOX_SPACING)
            .fold(0.0_f32, f32::max);
        let executive = Executive {
            id: design.fresh_executive_id("new executive"),
            short_title: format!("Executive {}", n + 1),
            full_title: "New executive".to_owned(),
            colour: PALETTE[n % PALETTE.len()],
            position: Position {
                x: right.max(24.0),
                y: 24.0,
            },
        };
        let id = executive.id.clone();
        self.edit(Edit::AddExecutive(executive));
        self.select(Selection::Executive(id));
        self.note("Added an executive: name it in the inspector on the right.");
    }
}
