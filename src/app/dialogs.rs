//! The modal windows: "save changes?", the in-app path prompt, adding a
//! responsibility, the keyboard shortcuts, and error messages. Each answers
//! with an [`Action`]; none changes anything itself.

use egui::{Context, Id, Key, Modal, RichText, Ui};

use super::{Action, Command, Dialog, PathPurpose, Pending, UnsavedChoice, command};
use crate::autosave::Orphan;
use crate::document::Document;
use crate::model::catalog::CATALOG;
use crate::model::{Edit, Responsibility};

/// Shows the open dialog and the error message, if any.
///
/// `fresh` is true on the first frame a dialog is shown: it then takes the
/// keyboard focus so it can be answered from the keyboard straight away.
pub fn show(
    ctx: &Context,
    fresh: bool,
    dialog: &mut Option<Dialog>,
    error: Option<&str>,
    document: &Document,
    orphans: &[Orphan],
    actions: &mut Vec<Action>,
) {
    if fresh {
        // A modal is centred from its size in the previous pass; run the
        // first frames again so it is shown where it settles, not where it
        // was first guessed.
        ctx.request_discard("a dialog appeared");
        ctx.request_repaint();
    }
    match dialog {
        Some(Dialog::Unsaved { then }) => unsaved(ctx, fresh, then, document, actions),
        Some(Dialog::PathPrompt { purpose, text }) => {
            path_prompt(ctx, fresh, purpose, text, actions);
        }
        Some(Dialog::AddResponsibility { owner }) => {
            add_responsibility(ctx, owner, document, actions)
        }
        Some(Dialog::Shortcuts) => shortcuts(ctx, actions),
        Some(Dialog::Recovery) => recovery(ctx, fresh, orphans, actions),
        None => {}
    }
    if let Some(message) = error {
        error_message(ctx, message, actions);
    }
}

fn modal(ctx: &Context, name: &str, content: impl FnOnce(&mut Ui)) -> bool {
    let response = Modal::new(Id::unique(("remit-modal", name))).show(ctx, |ui| {
        ui.set_max_width(560.0);
        content(ui);
    });
    response.should_close()
}

fn unsaved(
    ctx: &Context,
    fresh: bool,
    then: &Pending,
    document: &Document,
    actions: &mut Vec<Action>,
) {
    let doing = match then {
        Pending::New(_) => "starting a new design",
        Pending::Open(_) => "opening another design",
        Pending::Close => "closing",
        Pending::Recover(_) => "recovering the autosaved design",
    };
    let closed = modal(ctx, "unsaved", |ui| {
        ui.heading("Save changes?");
        ui.label(format!(
            "“{}” has unsaved changes. Save them before {doing}?",
            document.display_name()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let save = ui.button("Save");
            if save.clicked() {
                actions.push(Action::Unsaved(UnsavedChoice::Save));
            }
            if ui
                .button("Discard")
                .on_hover_text("Lose the unsaved changes")
                .clicked()
            {
                actions.push(Action::Unsaved(UnsavedChoice::Discard));
            }
            if ui.button("Cancel").clicked() {
                actions.push(Action::Unsaved(UnsavedChoice::Cancel));
            }
            if fresh {
                save.request_focus();
            }
        });
    });
    if closed {
        actions.push(Action::Unsaved(UnsavedChoice::Cancel));
    }
}

fn recovery(ctx: &Context, fresh: bool, orphans: &[Orphan], actions: &mut Vec<Action>) {
    let closed = modal(ctx, "recovery", |ui| {
        ui.heading("Recover unsaved work?");
        ui.label(if orphans.len() == 1 {
            "Remit stopped before this design was saved. Its unsaved changes were kept:"
        } else {
            "Remit stopped before these designs were saved. Their unsaved changes were kept:"
        });
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.5)
            .show(ui, |ui| {
                for (index, orphan) in orphans.iter().enumerate() {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        match &orphan.record {
                            Ok(record) => {
                                ui.label(RichText::new(&record.design.name).strong());
                                ui.label(match &record.file {
                                    Some(file) => format!("File: {}", file.display()),
                                    None => "Never saved to a file".to_owned(),
                                });
                                ui.weak(format!(
                                    "Autosaved {} · {} responsibilities",
                                    super::describe_time(record.saved_at()),
                                    record.design.responsibilities.len()
                                ));
                            }
                            Err(why) => {
                                ui.label(RichText::new("An autosave that cannot be read").strong());
                                ui.weak(format!("{}: {why}", orphan.path().display()));
                            }
                        }
                        ui.horizontal(|ui| {
                            let recover =
                                ui.add_enabled(orphan.record.is_ok(), egui::Button::new("Recover"));
                            if recover.clicked() {
                                actions.push(Action::Recover(index));
                            }
                            if fresh && index == 0 {
                                recover.request_focus();
                            }
                            if ui
                                .button("Discard")
                                .on_hover_text("Delete this autosave for good")
                                .clicked()
                            {
                                actions.push(Action::DiscardAutosave(index));
                            }
                        });
                    });
                }
            });
        ui.add_space(6.0);
        if ui
            .button("Decide later")
            .on_hover_text("Keep the autosaves; Remit offers them again next time it starts")
            .clicked()
        {
            actions.push(Action::CloseDialog);
        }
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

fn path_prompt(
    ctx: &Context,
    fresh: bool,
    purpose: &PathPurpose,
    text: &mut String,
    actions: &mut Vec<Action>,
) {
    let (title, button) = match purpose {
        PathPurpose::Open => ("Open design", "Open"),
        PathPurpose::SaveAs { .. } => ("Save design as", "Save"),
    };
    let closed =
        modal(ctx, "path", |ui| {
            ui.heading(title);
            let label = ui.label("File path (.ron)");
            let edit = ui
                .add(egui::TextEdit::singleline(text).desired_width(520.0))
                .labelled_by(label.id);
            // Enter must be read before focus is requested again, or the field
            // never reports that it lost focus to the Enter key.
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if fresh {
                // Select the suggested path so typing replaces it.
                let mut state =
                    egui::text_edit::TextEditState::load(ui.ctx(), edit.id).unwrap_or_default();
                state.cursor.set_char_range(Some(
                    egui::text_selection::CCursorRange::select_all_str(text),
                ));
                state.store(ui.ctx(), edit.id);
                edit.request_focus();
            }
            ui.weak("Type the full path of the file. “.ron” is added if there is no extension.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ok = ui
                    .add_enabled(!text.trim().is_empty(), egui::Button::new(button))
                    .clicked();
                if (ok || entered) && !text.trim().is_empty() {
                    let path = std::path::PathBuf::from(expand_home(text.trim()));
                    actions.push(match purpose {
                        PathPurpose::Open => Action::OpenPath(path),
                        PathPurpose::SaveAs { .. } => Action::SaveAsPath(path),
                    });
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::CloseDialog);
                }
            });
        });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => path.to_owned(),
    }
}

fn add_responsibility(
    ctx: &Context,
    owner: &mut Option<crate::model::ExecutiveId>,
    document: &Document,
    actions: &mut Vec<Action>,
) {
    let design = document.design();
    let closed = modal(ctx, "add", |ui| {
        ui.heading("Add responsibility");
        ui.horizontal(|ui| {
            let label = ui.label("Add to");
            let current = owner
                .as_ref()
                .and_then(|o| design.executive(o))
                .map_or_else(|| "Unassigned tray".to_owned(), |e| e.short_title.clone());
            egui::ComboBox::from_id_salt("add_to")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for executive in &design.executives {
                        ui.selectable_value(
                            owner,
                            Some(executive.id.clone()),
                            &executive.short_title,
                        );
                    }
                    ui.selectable_value(owner, None, "Unassigned tray");
                })
                .response
                .labelled_by(label.id);
        });
        ui.add_space(4.0);
        let mut add = |item: Responsibility| {
            let id = item.id.clone();
            actions.push(Action::Edit(Edit::Add(item)));
            actions.push(Action::Select(super::Selection::Responsibility(id)));
            actions.push(Action::CloseDialog);
        };
        if ui.button("Blank responsibility").clicked() {
            add(Responsibility {
                id: design.fresh_responsibility_id("New responsibility"),
                name: "New responsibility".into(),
                description: String::new(),
                external_share: 0.5,
                size: 1.0,
                owner: owner.clone(),
                notes: String::new(),
            });
        }
        ui.separator();
        ui.label(RichText::new("From the catalog").strong());
        let list_height = (ui.ctx().content_rect().height() - 300.0).clamp(120.0, 360.0);
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .min_scrolled_height(list_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for entry in CATALOG {
                    let present = design
                        .responsibilities
                        .iter()
                        .filter(|r| r.name == entry.name)
                        .count();
                    let label = if present > 0 {
                        format!("{} (already in the design)", entry.name)
                    } else {
                        entry.name.to_owned()
                    };
                    if ui.button(label).on_hover_text(entry.description).clicked() {
                        let mut item = entry.to_responsibility(owner.clone());
                        item.id = design.fresh_responsibility_id(entry.id);
                        add(item);
                    }
                }
            });
        ui.add_space(4.0);
        if ui.button("Cancel").clicked() {
            actions.push(Action::CloseDialog);
        }
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

fn shortcuts(ctx: &Context, actions: &mut Vec<Action>) {
    let closed = modal(ctx, "shortcuts", |ui| {
        ui.heading("Keyboard shortcuts");
        egui::Grid::new("shortcut_grid").striped(true).show(ui, |ui| {
            for command in Command::ALL {
                let mut keys: Vec<String> = command
                    .shortcut()
                    .into_iter()
                    .chain(command.alternative_shortcuts().iter().copied())
                    .map(|s| ui.ctx().format_shortcut(&s))
                    .collect();
                if command == Command::DeleteSelected
                    && let Some(last) = keys.last_mut()
                {
                    last.push_str(" (when not typing)");
                }
                ui.label(RichText::new(keys.join(", ")).monospace());
                ui.label(command.help());
                ui.end_row();
            }
            let first = command::move_shortcut(1).map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
            let last = command::move_shortcut(9).map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
            let tray = command::move_shortcut(0).map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
            ui.label(RichText::new(format!("{first} … {last}")).monospace());
            ui.label("Move the selected card to the 1st … 9th executive");
            ui.end_row();
            ui.label(RichText::new(tray).monospace());
            ui.label("Move the selected card to the unassigned tray");
            ui.end_row();
            ui.label(RichText::new("Tab / Shift+Tab").monospace());
            ui.label("Move the keyboard focus between cards, boxes and fields (focusing a card selects it)");
            ui.end_row();
            ui.label(RichText::new("Escape").monospace());
            ui.label("Cancel a drag in progress, or clear the selection");
            ui.end_row();
            ui.label(RichText::new("Right-click a card").monospace());
            ui.label("Move to… any executive or the tray, or delete it");
            ui.end_row();
        });
        ui.add_space(6.0);
        if ui.button("Close").clicked() {
            actions.push(Action::CloseDialog);
        }
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

fn error_message(ctx: &Context, message: &str, actions: &mut Vec<Action>) {
    let closed = modal(ctx, "error", |ui| {
        ui.heading("Something went wrong");
        ui.label(message);
        ui.add_space(8.0);
        if ui.button("OK").clicked() {
            actions.push(Action::DismissError);
        }
    });
    if closed {
        actions.push(Action::DismissError);
    }
}
