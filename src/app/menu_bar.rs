//! The menu bar (File, Edit, Help), built from the command list, and the
//! status line that says what just happened.

use egui::{Button, Ui};

use super::{Action, Command, PathPurpose, Selection, Status};
use crate::document::Document;
use crate::model::templates::TEMPLATES;

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

/// Draws the menu bar and status line.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    selection: &Selection,
    status: &Status,
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
                ui.separator();
                item(ui, Command::Save, true, actions);
                item(ui, Command::SaveAs, true, actions);
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
