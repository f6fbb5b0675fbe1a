//! The menu bar (File, Edit, Help), built from the command list, and the
//! status line that says what just happened.

use egui::{Button, Ui};

use super::{Action, Command, PathPurpose, Selection, Status};
use crate::document::Document;
use crate::model::templates::TEMPLATES;
use crate::preferences::Preferences;

fn item(ui: &mut Ui, command: Command, enabled: bool, actions: &mut Vec<Action>) {
    let shortcut = command
        .shortcut()
        .map(|s| ui.ctx().format_shortcut(&s))
        .unwrap_or_default();
    let button = Button::new(command.label()).shortcut_text(shortcut);
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.help())
        .clicked()
    {
        actions.push(Action::Command(command));
        ui.close();
    }
}

/// The Open Recent submenu: the last ten designs, those no longer on disk
/// greyed out with a note.
fn open_recent(ui: &mut Ui, preferences: &Preferences, actions: &mut Vec<Action>) {
    if preferences.recent.is_empty() {
        ui.add_enabled(false, Button::new("No recent designs"));
        return;
    }
    for path in &preferences.recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let exists = path.is_file();
        let label = if exists {
            name
        } else {
            format!("{name} (missing)")
        };
        let response = ui
            .add_enabled(exists, Button::new(label).shortcut_text(folder))
            .on_disabled_hover_text(format!(
                "{} is no longer there (moved, renamed or deleted)",
                path.display()
            ));
        if response.clicked() {
            actions.push(Action::OpenPath(path.clone()));
            ui.close();
        }
    }
    ui.separator();
    if ui.button("Clear Recent").clicked() {
        actions.push(Action::ClearRecent);
        ui.close();
    }
}

/// Draws the menu bar and status line.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    selection: &Selection,
    status: &Status,
    preferences: &Preferences,
    autosave_on: bool,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, Command::New, true, actions);
                ui.menu_button("New from template", |ui| {
                    for (index, template) in TEMPLATES.iter().enumerate() {
                        if ui.button(template.title).clicked() {
                            actions.push(Action::NewFromTemplate(index));
                            ui.close();
                        }
                    }
                });
                item(ui, Command::Open, true, actions);
                ui.menu_button("Open Recent", |ui| {
                    open_recent(ui, preferences, actions);
                });
                if autosave_on
                    && ui
                        .button("Recover Autosaved Designs…")
                        .on_hover_text("Designs whose unsaved changes were kept when Remit stopped")
                        .clicked()
                {
                    actions.push(Action::ShowRecovery);
                    ui.close();
                }
                ui.separator();
                item(ui, Command::Save, true, actions);
                item(ui, Command::SaveAs, true, actions);
                ui.separator();
                let mut reopen = preferences.reopen_last;
                if ui
                    .checkbox(&mut reopen, "Reopen last design on start")
                    .changed()
                {
                    actions.push(Action::SetReopenLast(reopen));
                }
                ui.separator();
                item(ui, Command::Quit, true, actions);
            });
            ui.menu_button("Edit", |ui| {
                item(ui, Command::Undo, document.can_undo(), actions);
                item(ui, Command::Redo, document.can_redo(), actions);
                ui.separator();
                item(ui, Command::AddResponsibility, true, actions);
                item(ui, Command::AddExecutive, true, actions);
                let card_selected = matches!(selection, Selection::Responsibility(_));
                item(ui, Command::DeleteSelected, card_selected, actions);
            });
            ui.menu_button("Help", |ui| {
                item(ui, Command::ShowShortcuts, true, actions);
            });
            ui.separator();
            ui.add_enabled_ui(document.can_undo(), |ui| {
                if ui.button("Undo").on_hover_text("Undo (Ctrl+Z)").clicked() {
                    actions.push(Action::Command(Command::Undo));
                }
            });
            ui.add_enabled_ui(document.can_redo(), |ui| {
                if ui
                    .button("Redo")
                    .on_hover_text("Redo (Ctrl+Shift+Z)")
                    .clicked()
                {
                    actions.push(Action::Command(Command::Redo));
                }
            });
            if ui
                .button("+ Responsibility")
                .on_hover_text(Command::AddResponsibility.help())
                .clicked()
            {
                actions.push(Action::Command(Command::AddResponsibility));
            }
            if !status.text.is_empty() {
                ui.separator();
                ui.label(&status.text);
                if let Some(purpose) = &status.offer_path {
                    let label = match purpose {
                        PathPurpose::Open => "Type a path to open…",
                        PathPurpose::SaveAs { .. } => "Type a path to save to…",
                    };
                    if ui.button(label).clicked() {
                        actions.push(Action::TypePath(purpose.clone()));
                    }
                }
            }
        });
    });
}
