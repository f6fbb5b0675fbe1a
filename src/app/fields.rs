//! Labelled text fields that edit the design: one line for a name or a
//! title, several for a description or notes. Each sends an edit only when
//! the user changed the text, and ends the undo step when it is left.

use egui::{TextEdit, Ui};

use crate::controller::Action;
use crate::model::Edit;
use crate::model::rules::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// How much text a field takes.
#[derive(Clone, Copy)]
pub enum Lines {
    /// A name or title: one line, up to [`MAX_NAME_CHARS`].
    One,
    /// A description or notes: several lines, up to [`MAX_TEXT_CHARS`].
    Several,
}

/// A labelled one-line text field (see [`text_field`]).
pub fn line_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) {
    text_field(ui, label, value, Lines::One, actions, make);
}

/// A labelled text field that sends `make(new_text)` on change and seals
/// the undo step when left; returns the field's response.
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    lines: Lines,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) -> egui::Response {
    let label = ui.label(label);
    let mut text = value.to_owned();
    let edit = match lines {
        Lines::One => TextEdit::singleline(&mut text).char_limit(MAX_NAME_CHARS),
        Lines::Several => TextEdit::multiline(&mut text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_rows(3),
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if response.changed() && text != value {
        actions.push(Action::Edit(make(text)));
    }
    if response.lost_focus() {
        actions.push(Action::SealHistory);
    }
    response
}

/// Puts the keyboard in the text field `response`, with its whole text
/// selected, so that what is typed next replaces it.
pub fn take_keyboard_selecting_all(ui: &Ui, response: &egui::Response, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
    state
        .cursor
        .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
            text,
        )));
    state.store(ui.ctx(), response.id);
    response.request_focus();
}
