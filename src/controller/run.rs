//! Carrying out a [`Command`]: what each menu item, button and shortcut does.

use super::{Command, Controller, Dialog, Pending, Selection};
use crate::chart::tidy::{place_new, tidy};
use crate::model::palette::next_colour;
use crate::model::{Edit, Executive, ReportsTo};

impl Controller {
    /// Runs a command as if chosen from the menu. The chart's view (its
    /// zoom, Fit, the matrix, presenting) is the window's business, and
    /// does nothing here; the size of text and panels is a preference.
    pub fn run(&mut self, command: Command) {
        if !command.enabled(&self.command_state()) {
            return;
        }
        match command {
            Command::New => self.request(Pending::New(0)),
            Command::NewBlank => {
                self.dialog = Some(Dialog::NewBlank {
                    picked: crate::templates::blank::usual_picks(),
                });
            }
            Command::TemplateGallery => self.show_gallery(),
            Command::NewFromTemplate(index) => {
                // Chosen in the gallery: it closes; a question about unsaved
                // changes may take its place.
                if matches!(self.dialog, Some(Dialog::Gallery { .. })) {
                    self.dialog = None;
                }
                self.request(Pending::New(index));
            }
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
            Command::Export => self.dialog = Some(Dialog::Export),
            Command::ImportCsv => self.import_csv(),
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
                    Selection::None | Selection::Ceo => None,
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
            Command::MoveSelectedUp | Command::MoveSelectedDown => {
                if let Selection::Responsibility(id) = &self.selection {
                    let design = self.document.design();
                    let owner = design.responsibility(id).map(|r| r.owner.clone());
                    let now = design
                        .responsibilities
                        .iter()
                        .take_while(|r| r.id != *id)
                        .filter(|r| Some(&r.owner) == owner.as_ref())
                        .count();
                    let slot = if command == Command::MoveSelectedUp {
                        now.checked_sub(1)
                    } else {
                        Some(now + 1)
                    };
                    if let Some(slot) = slot {
                        self.edit(Edit::Reorder {
                            responsibility: id.clone(),
                            slot,
                        });
                    }
                }
            }
            Command::ClearSelection => self.select(Selection::None),
            Command::DescribeCompany => self.describe_company(),
            Command::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::ShowGuide => self.dialog = Some(Dialog::Guide),
            Command::ShowAbout => self.dialog = Some(Dialog::About),
            // The window makes text and panels the size kept here.
            Command::ZoomIn => self.preferences.panels_larger(),
            Command::ZoomOut => self.preferences.panels_smaller(),
            Command::ZoomReset => self.preferences.panels_normal(),
            Command::ChartZoomIn
            | Command::ChartZoomOut
            | Command::FitChart
            | Command::ToggleMatrix
            | Command::Present => {}
            Command::CompareOptions => self.comparing.toggle(&self.document),
            Command::ToggleLightTheme => {
                self.preferences.light_theme = !self.preferences.light_theme;
            }
            Command::Options(c) => self.run_option(c),
            Command::TidyChart => {
                let design = self.document.design();
                let edit = tidy(
                    design,
                    &self.derived.index,
                    &crate::chart::estimated_measure,
                )
                .into_edit(design);
                self.edit(edit);
                self.note(
                    "Tidied the chart: managers above their reports. Ctrl+Z puts the boxes back.",
                );
            }
        }
    }

    /// After undo or redo the selected item may no longer exist.
    fn keep_selection_valid(&mut self) {
        if !self.selection.exists_in(self.document.design()) {
            self.selection = Selection::None;
        }
    }

    fn add_executive(&mut self) {
        let design = self.document.design();
        let n = design.executives.len();
        // Under the selected executive; otherwise under the CEO, if the
        // chart shows one.
        let manager = match &self.selection {
            Selection::Executive(id) => design.executive(id),
            _ => None,
        };
        let reports_to = match manager {
            Some(m) => ReportsTo::Executive(m.id.clone()),
            None if design.ceo.is_some() => ReportsTo::Ceo,
            None => ReportsTo::NotSet,
        };
        let under = manager.map(|m| m.short_title.clone());
        let executive = Executive {
            id: design.fresh_executive_id("new executive"),
            short_title: format!("Executive {}", n + 1),
            full_title: "New executive".to_owned(),
            colour: next_colour(design),
            position: place_new(design, &self.derived.chart, &reports_to),
            reports_to,
            ..Default::default()
        };
        let id = executive.id.clone();
        self.edit(Edit::AddExecutive(executive));
        self.select(Selection::Executive(id));
        self.note(match under {
            Some(title) => {
                format!("Added an executive under {title}: name it in the inspector on the right.")
            }
            None => "Added an executive: name it in the inspector on the right.".to_owned(),
        });
    }
}
