//! Remit's own file prompt, used where no native file dialog can be shown:
//! a path field that starts in the design's folder (or the home folder),
//! the folder's list below it (its folders, then the files of the kind
//! asked for, narrowed to what is typed), and Tab to complete the typed
//! name, as a shell does. Everything works from the keyboard: type, Tab
//! to complete, the arrow keys or Tab to reach the list, Enter on a folder
//! to go in (or on a file to take it), Enter in the field to answer, Esc
//! to cancel. What the files hold is read by
//! [`folder`](crate::controller::file_dialog::folder), with no egui.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Context, Id, Key, Modifiers, RichText, Ui};

use super::modal::{body_height, scroll_area, titled_modal};
use crate::controller::file_dialog::{self, folder};
use crate::controller::{Action, PathPurpose};

/// At most this many entries of the list are shown (type to narrow it).
const MAX_SHOWN: usize = 200;
/// The list's height, in entries, when the screen has room.
const LIST_ROWS: f32 = 8.0;

/// What the prompt keeps between frames (in egui's memory, under the
/// dialog's id): where relative paths start and the folder last listed.
#[derive(Clone)]
struct Memory {
    /// The folder the prompt started in.
    base: PathBuf,
    /// The folder listed, as read.
    listing: Arc<folder::Listing>,
}

/// The field's id.
fn field_id() -> Id {
    Id::unique("remit-path-prompt-field")
}

/// The title, the button, the field's label and the hint for `purpose`.
fn words(purpose: &PathPurpose) -> (&'static str, &'static str, String, String) {
    let design_hint = "Type a path, or choose from the list. Tab completes a name; \
                       “.ron” is added if there is no extension.";
    match purpose {
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
                    "Type a path, or choose from the list. Tab completes a name; “.{ext}” \
                     is added if there is no extension; a file of that name is replaced."
                ),
            )
        }
        PathPurpose::ImportCsv => (
            "Import responsibilities from a spreadsheet",
            "Preview",
            "File path (.csv, .xlsx, .ods, .txt)".to_owned(),
            "Type a path, or choose from the list of spreadsheets. Tab completes a \
             name. Nothing is added until you accept the preview."
                .to_owned(),
        ),
    }
}

/// Puts the keyboard in the field with the cursor at the end of `text`.
fn focus_field_at_end(ctx: &Context, text: &str) {
    let id = field_id();
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    let end = egui::text::CCursor::new(text.chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text_selection::CCursorRange::one(end)));
    state.store(ctx, id);
    ctx.memory_mut(|m| m.request_focus(id));
}

/// The prompt's memory, with the folder of `text` listed (read again only
/// when the folder changes, or when the prompt has just appeared).
fn memory(
    ctx: &Context,
    fresh: bool,
    text: &str,
    design: Option<&Path>,
    extensions: &[&str],
) -> Memory {
    let key = field_id().with("memory");
    let kept = ctx.data(|d| d.get_temp::<Memory>(key)).filter(|_| !fresh);
    let base = kept.as_ref().map_or_else(
        || {
            folder::start_folder(design)
                .unwrap_or_else(|| PathBuf::from(std::path::MAIN_SEPARATOR_STR))
        },
        |m| m.base.clone(),
    );
    let wanted = folder::folder_of(text, &base);
    let memory = match kept {
        Some(m) if m.listing.folder == wanted => m,
        _ => Memory {
            listing: Arc::new(folder::list(&wanted, extensions)),
            base,
        },
    };
    ctx.data_mut(|d| d.insert_temp(key, memory.clone()));
    memory
}

/// Shows the prompt for `purpose`, with `text` typed so far; `design` is
/// the design's file, whose folder the prompt starts in.
pub fn show(
    ctx: &Context,
    fresh: bool,
    purpose: &PathPurpose,
    text: &mut String,
    design: Option<&Path>,
    actions: &mut Vec<Action>,
) {
    let extensions = file_dialog::extensions(purpose);
    let memory = memory(ctx, fresh, text, design, &extensions);
    let (title, button, field, hint) = words(purpose);
    let closed =
        titled_modal(ctx, "path", Some(title), |ui| {
            ui.heading(title);
            let label = ui.label(field);
            let keys = |tab| egui::EventFilter {
                // Tab completes while there is something to complete, and
                // moves on to the list otherwise; the up and down arrows
                // move to the list too.
                tab,
                horizontal_arrows: true,
                vertical_arrows: false,
                escape: false,
            };
            let completion = folder::complete(text, &memory.listing.entries);
            let edit = ui
                .add(
                    egui::TextEdit::singleline(text)
                        .id(field_id())
                        .event_filter(keys(completion.is_some()))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // Whether the next Tab completes depends on the text as it is
            // now, after this frame's typing.
            let completion = folder::complete(text, &memory.listing.entries);
            ui.memory_mut(|m| m.set_focus_lock_filter(edit.id, keys(completion.is_some())));
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
            if edit.has_focus()
                && let Some(completed) = completion
                && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Tab))
            {
                *text = completed;
                focus_field_at_end(ui.ctx(), text);
            }
            ui.weak(hint);
            ui.add_space(4.0);
            listing(ui, text, &memory);
            ui.add_space(8.0);
            let answer = answer(ui, button, text, actions);
            if (answer || entered) && !text.trim().is_empty() {
                let path = folder::resolve(text.trim(), &memory.base);
                // A folder is gone into rather than opened, unless a file of
                // the kind asked for is to be written there by that name (then
                // the answer says why it cannot be).
                let names_a_file =
                    matches!(purpose, PathPurpose::SaveAs { .. } | PathPurpose::Export(_))
                        && folder::has_extension(text.trim(), &extensions);
                if path.is_dir() && !names_a_file {
                    // A folder: go into it rather than try to open or write it.
                    *text = folder::as_typed(&path);
                    focus_field_at_end(ui.ctx(), text);
                } else {
                    actions.push(Action::PathTyped {
                        path,
                        purpose: purpose.clone(),
                    });
                }
            }
        });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// The answer button and Cancel; true when the answer button was pressed.
fn answer(ui: &mut Ui, button: &str, text: &str, actions: &mut Vec<Action>) -> bool {
    ui.horizontal(|ui| {
        let ok = ui
            .add_enabled(!text.trim().is_empty(), egui::Button::new(button))
            .clicked();
        if ui.button("Cancel").clicked() {
            actions.push(Action::CloseDialog);
        }
        ok
    })
    .inner
}

/// The list of the typed path's folder: the folder above, then the
/// folders and files whose names start with what is typed. A click (or
/// Enter) on a folder goes into it, on a file takes its name; either way
/// the keyboard goes back to the field.
fn listing(ui: &mut Ui, text: &mut String, memory: &Memory) {
    let listing = &memory.listing;
    ui.label(RichText::new(format!("In {}", folder::as_typed(&listing.folder))).small());
    if let Some(error) = &listing.error {
        ui.label(RichText::new(error).color(ui.visuals().warn_fg_color));
    }
    let row = ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y;
    let pitch = row + ui.spacing().item_spacing.y;
    let height = (pitch * LIST_ROWS).min(body_height(ui.ctx()) * 0.6);
    let typed = folder::split(text).1.to_owned();
    let mut chosen: Option<String> = None;
    scroll_area(ui, "path-listing", height, |ui| {
        if let Some(up) = folder::up(text, &memory.base)
            && ui
                .button(format!("Up to {up}"))
                .on_hover_text("Go to the folder above")
                .clicked()
        {
            chosen = Some(up);
        }
        let mut shown = 0;
        let mut more = 0;
        for entry in folder::matching(&listing.entries, &typed) {
            if shown == MAX_SHOWN {
                more += 1;
                continue;
            }
            shown += 1;
            let (label, hover) = if entry.folder {
                (
                    format!("{}{}", entry.name, std::path::MAIN_SEPARATOR),
                    "Go into this folder",
                )
            } else {
                (entry.name.clone(), "Take this file's name")
            };
            let response = ui.add(
                egui::Button::new(label)
                    .frame(false)
                    .min_size(egui::vec2(ui.available_width(), 0.0)),
            );
            if response.on_hover_text(hover).clicked() {
                chosen = Some(folder::choose(text, entry));
            }
        }
        if shown == 0 && listing.error.is_none() {
            ui.weak(if typed.is_empty() {
                "Nothing here to choose."
            } else {
                "No name here starts with what is typed."
            });
        }
        if more > 0 || listing.cut_short {
            ui.weak(format!(
                "{more} more not shown{}: type the start of a name to narrow the list.",
                if listing.cut_short {
                    ", and the folder holds more than the list reads"
                } else {
                    ""
                }
            ));
        }
    });
    if let Some(chosen) = chosen {
        *text = chosen;
        focus_field_at_end(ui.ctx(), text);
    }
}
