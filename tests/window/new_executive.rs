//! UI tests: after *Add an executive under this one* (or Ctrl+E), the new
//! box's title field has the keyboard with its text selected, so what is
//! typed next names the new executive.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{RemitApp, Selection};
use remit::model::ReportsTo;

/// Types `text` as a keyboard does, then lets the window settle.
fn type_text(h: &mut Harness<'_, RemitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn typing_after_adding_an_executive_under_another_names_it() {
    let mut h = common::started(None);
    h.get_by_label("CIO box").click();
    h.run();
    // Below the fold of the inspector on a projector: scrolled to first.
    h.get_by_label("Add an executive under this one")
        .scroll_to_me();
    h.run();
    h.get_by_label("Add an executive under this one").click();
    h.run();
    let design = h.state().document().design().clone();
    assert_eq!(design.executives.len(), 3);
    let added = design.executives[2].clone();
    assert_eq!(
        added.reports_to,
        ReportsTo::Executive(design.executives[0].id.clone())
    );
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Short title")
            .is_focused(),
        "the title field has the keyboard"
    );
    type_text(&mut h, "CISO");
    press(&mut h, Modifiers::NONE, Key::Enter);
    let named = h.state().document().design().executives[2].clone();
    assert_eq!(named.short_title, "CISO", "typed over the suggested title");
    // Named on the chart too, and one undo step takes the name back.
    h.get_by_label("CISO box");
    assert!(matches!(h.state().selection(), Selection::Executive(_)));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().document().design().executives[2].short_title,
        added.short_title
    );
}

#[test]
fn typing_after_ctrl_e_names_the_new_executive_and_nothing_else_moves_the_keyboard() {
    let mut h = common::started(None);
    press(&mut h, Modifiers::COMMAND, Key::E);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Short title")
            .is_focused()
    );
    type_text(&mut h, "CPO");
    assert_eq!(
        h.state().document().design().executives[2].short_title,
        "CPO"
    );
    // Selecting an executive that was already there leaves the keyboard
    // where it was: only a new one asks for its name.
    press(&mut h, Modifiers::NONE, Key::Escape);
    h.get_by_label("CTO box").click();
    h.run();
    assert!(
        !h.get_by_role_and_label(Role::TextInput, "Short title")
            .is_focused()
    );
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}
