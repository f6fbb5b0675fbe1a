//! A list that chooses one value of a fixed set: the kind of work in a
//! card's details, and the size, sector and goal in "About the company".
//! Each value is shown by its words, with a line saying what it covers on
//! hover where it has one. It is egui's own list: reached with Tab, opened
//! with Space or Enter, walked with the arrow keys, chosen with Enter. It
//! returns the value chosen, when another than the current one; it sends
//! nothing itself.

use egui::{ComboBox, Id, Key, Response, Ui};

/// A fixed set of values and how each is shown.
pub struct Choices<T: 'static> {
    /// Every value, in the order listed.
    pub all: &'static [T],
    /// The words of a value.
    pub words: fn(T) -> &'static str,
    /// A line saying what a value covers, where values have one.
    pub hint: Option<fn(T) -> &'static str>,
}

/// The list showing `current`, `width` wide, named for a screen reader by
/// the label `label`; its button's response, and the value chosen if it
/// is another than `current`.
pub fn combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id_salt: &str,
    label: Id,
    current: T,
    choices: &Choices<T>,
    width: f32,
) -> (Response, Option<T>) {
    let mut chosen = None;
    let mut picked = false;
    let mut response = ComboBox::from_id_salt(id_salt)
        .selected_text((choices.words)(current))
        .width(width)
        .show_ui(ui, |ui| {
            for &value in choices.all {
                let here = value == current;
                let mut option = ui.selectable_label(here, (choices.words)(value));
                if let Some(hint) = choices.hint {
                    option = option.on_hover_text(hint(value));
                }
                if option.clicked() {
                    if !here {
                        chosen = Some(value);
                    }
                    picked = true;
                    // Chosen with Enter too, not only with a click.
                    ui.close();
                }
            }
        })
        .response
        .labelled_by(label);
    // Chosen from the keyboard, the keyboard goes back to the list's
    // button, so that Tab goes on from there.
    let keys = ui.input(|i| i.key_pressed(Key::Enter) || i.key_pressed(Key::Space));
    if picked && keys {
        response.request_focus();
    }
    if let Some(hint) = choices.hint {
        response = response.on_hover_text(hint(current));
    }
    (response, chosen)
}
