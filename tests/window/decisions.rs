//! UI tests: the why of each move. A card dropped on another box is logged;
//! what is typed straight after the drop is its reason, shown in the
//! Decisions window and saved in the file; undo takes the move and its
//! entry away together; a move from the keyboard leaves the keyboard alone.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::RemitApp;
use remit::file;
use remit::model::Design;

const SECURITY: &str = "Information security";
const REASON_FIELD: &str = "Why did “Information security” move?";

/// A point inside an executive's box, just below its header.
fn inside_box(h: &Harness<'_, RemitApp>, short_title: &str) -> Pos2 {
    let header = h.get_by_label(&format!("{short_title} box")).rect();
    pos2(header.center().x, header.bottom() + 20.0)
}

fn design<'h>(h: &'h Harness<'_, RemitApp>) -> &'h Design {
    h.state().document().design()
}

/// Types into whatever has the keyboard.
fn type_text(h: &mut Harness<'_, RemitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

fn drop_security_on_the_cto(h: &mut Harness<'_, RemitApp>) {
    let from = h.get_by_label(SECURITY).rect().center();
    let to = inside_box(h, "CTO");
    common::drag(h, from, to);
}

#[test]
fn a_reason_typed_after_a_drop_is_in_the_decisions_window_and_the_file() {
    let mut h = common::started(None);
    h.get_by_label("Decisions: none yet");
    drop_security_on_the_cto(&mut h);

    // The move is logged, and the keyboard is in its reason field.
    assert_eq!(design(&h).decisions.len(), 1);
    let entry = &design(&h).decisions[0];
    assert_eq!(
        design(&h).decision_line(entry),
        "Information security: from CIO to CTO"
    );
    assert!(entry.reason.is_empty());
    assert!(
        h.get_by_role_and_label(Role::MultilineTextInput, REASON_FIELD)
            .is_focused(),
        "the reason field has the keyboard after the drop"
    );
    h.get_by_label_contains("Moved from CIO to CTO");

    type_text(&mut h, "Security is part of what we sell");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        design(&h).decisions[0].reason,
        "Security is part of what we sell"
    );

    // The Decisions window lists it, with its reason.
    h.get_by_label("Decisions: 1 move").click();
    h.run();
    h.get_by_label("1 move, with its reason");
    h.get_by_label("Information security: from CIO to CTO");
    let listed = h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Information security: from CIO to CTO",
    );
    assert_eq!(
        listed.value().as_deref(),
        Some("Security is part of what we sell"),
        "the window shows the reason in the entry's field"
    );

    // Saved, the reason is in the file and reads back.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("with-reason.ron");
    file::save(design(&h), &path).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("reason: \"Security is part of what we sell\""),
        "{text}"
    );
    assert_eq!(&file::load(&path).expect("load"), design(&h));
}

#[test]
fn undo_takes_the_reason_then_the_move_and_its_entry_together() {
    let mut h = common::started(None);
    drop_security_on_the_cto(&mut h);
    type_text(&mut h, "Product security");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(design(&h).decisions[0].reason, "Product security");

    // First the reason (a step of its own), then the move with its entry.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(design(&h).decisions.len(), 1);
    assert_eq!(design(&h).decisions[0].reason, "");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(design(&h).decisions.is_empty());
    assert!(!h.state().document().is_dirty());
    h.get_by_label("Decisions: none yet");
    // Redo brings the move back with its entry.
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    h.run();
    assert_eq!(design(&h).decisions.len(), 1);
}

#[test]
fn a_move_from_the_keyboard_is_logged_and_leaves_the_keyboard_alone() {
    let mut h = common::started(None);
    h.get_by_label(SECURITY).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::Num2);
    h.run();
    assert_eq!(design(&h).decisions.len(), 1);
    let field = h.get_by_role_and_label(Role::MultilineTextInput, REASON_FIELD);
    assert!(!field.is_focused());
    // Alt+1 straight away moves it back: the keyboard still moves cards.
    h.key_press_modifiers(Modifiers::ALT, Key::Num1);
    h.run();
    let lines: Vec<String> = design(&h)
        .decisions
        .iter()
        .map(|d| design(&h).decision_line(d))
        .collect();
    assert_eq!(
        lines,
        [
            "Information security: from CIO to CTO",
            "Information security: from CTO to CIO"
        ]
    );
}

#[test]
fn the_deliberate_mark_and_executive_notes_are_edited_in_the_inspector() {
    let mut h = common::started(None);
    let deliberate = |h: &Harness<'_, RemitApp>| {
        design(h)
            .responsibilities
            .iter()
            .find(|r| r.name == "Vendor management")
            .expect("the card")
            .deliberate
    };
    // The default design places vendor management with the CIO on purpose.
    assert!(deliberate(&h));
    h.get_by_label("Vendor management").click();
    h.run();
    h.get_by_label("Placed here on purpose").scroll_to_me();
    h.run();
    h.get_by_label("Placed here on purpose").click();
    h.run();
    assert!(!deliberate(&h), "the mark is taken off");
    h.get_by_label("Placed here on purpose").click();
    h.run();
    assert!(deliberate(&h), "and put back");
    h.get_by_label("CTO box").click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .scroll_to_me();
    h.run();
    let notes = h.get_by_role_and_label(Role::MultilineTextInput, "Notes");
    notes.focus();
    notes.type_text("Reports to the CEO.");
    h.run();
    let cto = &design(&h).executives[1];
    assert_eq!(cto.notes, "Reports to the CEO.");
}
