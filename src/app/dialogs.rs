//! The modal windows: "save changes?", "replace the file?", "the file
//! changed on disk", the in-app path prompt, adding a responsibility (drawn
//! by [`catalog_picker`](super::catalog_picker)), the gallery of reference
//! models (drawn by [`gallery`](super::gallery)), the keyboard shortcuts,
//! autosave recovery, and error messages. Each answers with an [`Action`];
//! none changes anything itself. A dialog takes the keyboard when it
//! appears, so it can be answered without the mouse.

use egui::{Context, Key, RichText, Ui};

use super::keys;
use super::modal::modal;
use crate::controller::command::{HelpKeys, help_rows};
use crate::controller::{Action, Answer, Conflict, Controller, Dialog, PathPurpose, Pending};

/// Shows the open dialog and the error message, if any.
///
/// `fresh` is true on the first frame a dialog is shown, `error_fresh` on
/// the first frame of an error message: it then takes the keyboard focus.
pub fn show(
    ctx: &Context,
    fresh: bool,
    error_fresh: bool,
    controller: &mut Controller,
    handouts: &mut super::handouts::HandoutsMemory,
    actions: &mut Vec<Action>,
) {
    if fresh || error_fresh {
        // A modal is centred from its size in the previous pass; run the
        // first frames again so it is shown where it settles, not where it
        // was first guessed.
        ctx.request_discard("a dialog appeared");
        ctx.request_repaint();
    }
    let parts = controller.dialog_parts();
    let document = parts.document;
    match parts.dialog {
        Some(Dialog::Unsaved { then }) => {
            unsaved(ctx, fresh, then, &document.display_name(), actions)
        }
        Some(Dialog::Overwrite { path, conflict, .. }) => {
            overwrite(ctx, fresh, path, *conflict, actions);
        }
        Some(Dialog::ChangedOnDisk) => {
            changed_on_disk(ctx, fresh, &document.display_name(), actions)
        }
        Some(Dialog::PathPrompt { purpose, text }) => {
            path_prompt(ctx, fresh, purpose, text, actions);
        }
        Some(Dialog::AddResponsibility { owner }) => {
            super::catalog_picker::show(
                ctx,
                fresh,
                owner,
                document.design(),
                parts.derived,
                actions,
            );
        }
        Some(Dialog::Gallery { selected, closest }) => {
            super::gallery::show(ctx, fresh, selected, *closest, actions);
        }
        Some(Dialog::Shortcuts) => shortcuts(ctx, actions),
        Some(Dialog::Recovery) => recovery(ctx, fresh, parts.orphans, actions),
        Some(Dialog::Export) => super::handouts::export(ctx, fresh, handouts, actions),
        Some(Dialog::ImportPreview(import)) => {
            super::import_preview::show(ctx, fresh, document.design(), import, handouts, actions)
        }
        None => {}
    }
    if let Some(message) = parts.error {
        error_message(ctx, error_fresh, message, actions);
    }
}

/// A row of answer buttons; the first takes the focus when the dialog
/// appears (Enter or Space then chooses it).
fn answers(ui: &mut Ui, fresh: bool, buttons: &[(&str, &str, Answer)], actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for (i, (label, hover, answer)) in buttons.iter().enumerate() {
            let mut response = ui.button(*label);
            if !hover.is_empty() {
                response = response.on_hover_text(*hover);
            }
            if response.clicked() {
                actions.push(Action::Answer(*answer));
            }
            if fresh && i == 0 {
                response.request_focus();
            }
        }
    });
}

fn unsaved(ctx: &Context, fresh: bool, then: &Pending, name: &str, actions: &mut Vec<Action>) {
    let doing = match then {
        Pending::New(_) => "starting a new design",
        Pending::Open(_) => "opening another design",
        Pending::Close => "closing",
        Pending::Recover(_) => "recovering the autosaved design",
    };
    let closed = modal(ctx, "unsaved", |ui| {
        ui.heading("Save changes?");
        ui.label(format!(
            "“{name}” has unsaved changes. Save them before {doing}?"
        ));
        ui.add_space(8.0);
        answers(
            ui,
            fresh,
            &[
                ("Save", "", Answer::Save),
                ("Discard", "Lose the unsaved changes", Answer::Discard),
                ("Cancel", "", Answer::Cancel),
            ],
            actions,
        );
    });
    if closed {
        actions.push(Action::Answer(Answer::Cancel));
    }
}

fn overwrite(
    ctx: &Context,
    fresh: bool,
    path: &std::path::Path,
    conflict: Conflict,
    actions: &mut Vec<Action>,
) {
    let name = crate::file::name_of(path);
    let closed = modal(ctx, "overwrite", |ui| {
        let (heading, text, replace) = match conflict {
            Conflict::ChangedOnDisk => (
                "The file changed on disk",
                format!(
                    "“{name}” was changed by another program (or another Remit window) since you opened it. Saving now replaces those changes with yours."
                ),
                "Overwrite",
            ),
            Conflict::Deleted => (
                "The file is gone",
                format!("“{name}” was moved or deleted since you opened it. Save it there again?"),
                "Save there",
            ),
            Conflict::Exists => (
                "Replace the file?",
                format!(
                    "“{name}” already exists in {}. Replacing it loses what it holds.",
                    path.parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ),
                "Replace",
            ),
            Conflict::LosesComments => (
                "Comments in the file",
                format!(
                    "“{name}” has comments inside the design, written by hand. Remit keeps the comments at the top of a file, but not those: saving here loses them."
                ),
                "Save without them",
            ),
        };
        ui.heading(heading);
        ui.label(text);
        ui.add_space(8.0);
        // The safe answer first, so Enter does not overwrite by accident.
        answers(
            ui,
            fresh,
            &[
                (
                    "Save As…",
                    "Save to another file and leave this one as it is",
                    Answer::SaveAs,
                ),
                (
                    replace,
                    "Write your design over the file",
                    Answer::Overwrite,
                ),
                ("Cancel", "Do not save", Answer::Cancel),
            ],
            actions,
        );
    });
    if closed {
        actions.push(Action::Answer(Answer::Cancel));
    }
}

fn changed_on_disk(ctx: &Context, fresh: bool, name: &str, actions: &mut Vec<Action>) {
    let closed = modal(ctx, "changed", |ui| {
        ui.heading("The file changed on disk");
        ui.label(format!(
            "“{name}” was changed by another program (or another Remit window), and you have unsaved changes here."
        ));
        ui.label("Keep your version (saving will ask before replacing the file), or load the file as it is now and lose your changes.");
        ui.add_space(8.0);
        answers(
            ui,
            fresh,
            &[
                ("Keep my version", "", Answer::Keep),
                (
                    "Reload from disk",
                    "Lose the unsaved changes on screen",
                    Answer::Reload,
                ),
            ],
            actions,
        );
    });
    if closed {
        actions.push(Action::Answer(Answer::Keep));
    }
}

fn recovery(
    ctx: &Context,
    fresh: bool,
    orphans: &[crate::autosave::Orphan],
    actions: &mut Vec<Action>,
) {
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
                                    crate::controller::describe_time(record.saved_at()),
                                    record.design.responsibilities.len()
                                ));
                            }
                            Err(why) => {
                                ui.label(RichText::new("An autosave that cannot be read").strong());
                                ui.weak(why);
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
    let design_hint = "Type the full path of the file. “.ron” is added if there is no extension.";
    let (title, button, field, hint) = match purpose {
        PathPurpose::Open => (
            "Open design",
            "Open",
            "File path (.ron)".to_owned(),
            design_hint.to_owned(),
        ),
        PathPurpose::SaveAs { .. } => (
            "Save design as",
            "Save",
            "File path (.ron)".to_owned(),
            design_hint.to_owned(),
        ),
        PathPurpose::Export(choice) => {
            let ext = choice.format.extension();
            (
                "Export to",
                "Export",
                format!("File path (.{ext})"),
                format!(
                    "Type the full path of the file. “.{ext}” is added if there is no \
                     extension; a file of that name is replaced."
                ),
            )
        }
        PathPurpose::ImportCsv => (
            "Import responsibilities from CSV",
            "Preview",
            "File path (.csv)".to_owned(),
            "Type the full path of the spreadsheet. Nothing is added until you accept \
             the preview."
                .to_owned(),
        ),
    };
    let closed =
        modal(ctx, "path", |ui| {
            ui.heading(title);
            let label = ui.label(field);
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
            ui.weak(hint);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ok = ui
                    .add_enabled(!text.trim().is_empty(), egui::Button::new(button))
                    .clicked();
                if (ok || entered) && !text.trim().is_empty() {
                    actions.push(Action::PathTyped {
                        path: std::path::PathBuf::from(expand_home(text.trim())),
                        purpose: purpose.clone(),
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

fn shortcuts(ctx: &Context, actions: &mut Vec<Action>) {
    let closed = modal(ctx, "shortcuts", |ui| {
        ui.heading("Keyboard shortcuts");
        egui::Grid::new("shortcut_grid").striped(true).show(ui, |ui| {
            for (keys, help) in help_rows() {
                let text = match keys {
                    HelpKeys::Each(list) => list
                        .into_iter()
                        .map(|s| keys::describe(ui.ctx(), s))
                        .collect::<Vec<_>>()
                        .join(", "),
                    HelpKeys::Range(first, last) => format!(
                        "{} … {}",
                        keys::describe(ui.ctx(), first),
                        keys::describe(ui.ctx(), last)
                    ),
                };
                ui.label(RichText::new(text).monospace());
                ui.label(help);
                ui.end_row();
            }
            ui.label(RichText::new("Tab / Shift+Tab").monospace());
            ui.label("Move the keyboard focus between cards, boxes and fields (focusing a card selects it)");
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

fn error_message(ctx: &Context, fresh: bool, message: &str, actions: &mut Vec<Action>) {
    let closed = modal(ctx, "error", |ui| {
        ui.heading("Something went wrong");
        ui.label(message);
        ui.add_space(8.0);
        let ok = ui.button("OK");
        if fresh {
            ok.request_focus();
        }
        if ok.clicked() || (!fresh && ui.input(|i| i.key_pressed(Key::Enter))) {
            actions.push(Action::DismissError);
        }
    });
    if closed {
        actions.push(Action::DismissError);
    }
}
