//! The modal windows: "save changes?", "replace the file?", "the file
//! changed on disk", the in-app path prompt (drawn by
//! [`path_prompt`](super::path_prompt)), adding a responsibility (drawn
//! by [`catalog_picker`](super::catalog_picker)), the gallery of reference
//! models (drawn by [`gallery`](super::gallery)), the keyboard shortcuts,
//! the guide and About (drawn by [`help`](super::help)), what the design
//! says about its company (drawn by [`company`](super::company)), autosave
//! recovery, and error messages. Each answers with an [`Action`]; none
//! changes anything itself. A dialog takes the keyboard when it appears, so
//! it can be answered without the mouse, and closes any popup left open
//! (a clarity score's sum), which would otherwise lie over it.

use egui::{Context, Key, RichText, Ui};

use super::keys;
use super::modal::{modal, scrolling_modal};
use crate::controller::command::{HelpKeys, help_rows};
use crate::controller::{Action, Answer, Command, Conflict, Controller, Dialog, Pending};

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
        // A popup still open (a clarity score's sum) would lie over the
        // dialog, which has the keyboard now.
        egui::Popup::close_all(ctx);
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
            let start = document.path();
            super::path_prompt::show(ctx, fresh, purpose, text, start, actions);
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
        Some(Dialog::NewBlank { picked }) => super::blank::show(ctx, fresh, picked, actions),
        Some(Dialog::Shortcuts) => shortcuts(ctx, fresh, actions),
        Some(Dialog::Guide) => super::help::guide(ctx, fresh, actions),
        Some(Dialog::About) => super::help::about(ctx, fresh, actions),
        Some(Dialog::Recovery) => recovery(ctx, fresh, parts.orphans, actions),
        Some(Dialog::Export) => {
            let options = document.options().len();
            super::handouts::export(ctx, fresh, handouts, options, actions)
        }
        Some(Dialog::ImportPreview(import)) => {
            super::import_preview::show(ctx, fresh, document.design(), import, handouts, actions)
        }
        Some(Dialog::Company(form)) => super::company::show(ctx, fresh, form, actions),
        Some(Dialog::RenameOption { index, text, error }) => {
            let error = error.as_deref();
            super::option_tabs::rename(ctx, fresh, document, *index, text, error, actions);
        }
        Some(Dialog::DeleteOption { index }) => {
            super::option_tabs::delete(ctx, fresh, document, *index, actions);
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
        Pending::New(_) | Pending::NewBlank(_) => "starting a new design",
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
    // What the list's buttons answer (the footer answers too).
    let mut chosen = Vec::new();
    let closed = scrolling_modal(
        ctx,
        "recovery",
        "Recover unsaved work?",
        |ui| {
            ui.label(if orphans.len() == 1 {
                "Remit stopped before this design was saved. Its unsaved changes were kept:"
            } else {
                "Remit stopped before these designs were saved. Their unsaved changes were kept:"
            });
            ui.add_space(6.0);
            for (index, orphan) in orphans.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    match &orphan.record {
                        Ok(record) => {
                            ui.label(RichText::new(&record.options.first().name).strong());
                            ui.label(match &record.file {
                                Some(file) => format!("File: {}", file.display()),
                                None => "Never saved to a file".to_owned(),
                            });
                            ui.weak(format!(
                                "Autosaved {} · {} responsibilities",
                                crate::controller::describe_time(record.saved_at()),
                                record.options.first().responsibilities.len()
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
                            chosen.push(Action::Recover(index));
                        }
                        if fresh && index == 0 {
                            recover.request_focus();
                        }
                        if ui
                            .button("Discard")
                            .on_hover_text("Delete this autosave for good")
                            .clicked()
                        {
                            chosen.push(Action::DiscardAutosave(index));
                        }
                    });
                });
            }
        },
        |ui| {
            if ui
                .button("Decide later")
                .on_hover_text("Keep the autosaves; Remit offers them again next time it starts")
                .clicked()
            {
                actions.push(Action::CloseDialog);
            }
        },
    );
    actions.extend(chosen);
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// The width of the keys column of the keyboard shortcuts.
const KEYS_WIDTH: f32 = 190.0;

/// One row of the keyboard shortcuts: the keys, then what they do
/// (wrapped to the room left).
fn shortcut_row(ui: &mut Ui, keys: &str, help: &str) {
    ui.horizontal_top(|ui| {
        let width = KEYS_WIDTH.min(ui.available_width() * 0.45);
        ui.allocate_ui_with_layout(
            egui::vec2(width, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(width);
                ui.add(egui::Label::new(RichText::new(keys).monospace()).wrap());
            },
        );
        ui.add(egui::Label::new(help).wrap());
    });
}

/// The keyboard shortcuts (F1): every command with keys, and the keys that
/// are not commands; the list scrolls, its heading and buttons stay.
fn shortcuts(ctx: &Context, fresh: bool, actions: &mut Vec<Action>) {
    let closed = scrolling_modal(
        ctx,
        "shortcuts",
        "Keyboard shortcuts",
        |ui| {
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
                shortcut_row(ui, &text, help);
            }
            let ctrl = egui::ModifierNames::NAMES;
            let wheel = if ui.ctx().os() == egui::os::OperatingSystem::Mac {
                "⌘ + wheel, pinch".to_owned()
            } else {
                format!("{} + wheel, pinch", ctrl.ctrl)
            };
            shortcut_row(
                ui,
                &wheel,
                "With the pointer on the chart: zoom only the chart (text and panels keep their size)",
            );
            shortcut_row(
                ui,
                "Tab / Shift+Tab",
                "Move the keyboard focus between cards, boxes and fields (focusing a card selects it)",
            );
            shortcut_row(
                ui,
                "Right-click a card",
                "Move to… any executive or the tray, or delete it",
            );
        },
        |ui| {
            ui.horizontal_wrapped(|ui| {
                let close = ui.button("Close");
                if fresh {
                    close.request_focus();
                }
                if close.clicked() {
                    actions.push(Action::CloseDialog);
                }
                for command in [Command::ShowGuide, Command::ShowAbout] {
                    let label = format!("{}…", command.label());
                    if ui.button(label).on_hover_text(command.help()).clicked() {
                        actions.push(Action::Command(command));
                    }
                }
            });
        },
    );
    if closed {
        actions.push(Action::CloseDialog);
    }
}

fn error_message(ctx: &Context, fresh: bool, message: &str, actions: &mut Vec<Action>) {
    let closed = scrolling_modal(
        ctx,
        "error",
        "Something went wrong",
        |ui| {
            ui.label(message);
        },
        |ui| {
            let ok = ui.button("OK");
            if fresh {
                ok.request_focus();
            }
            if ok.clicked() || (!fresh && ui.input(|i| i.key_pressed(Key::Enter))) {
                actions.push(Action::DismissError);
            }
        },
    );
    if closed {
        actions.push(Action::DismissError);
    }
}
