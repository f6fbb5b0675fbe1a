//! The kind of work in a card's details: "What kind of work is this?" lists
//! every kind by its words (what each covers on hover); choosing one
//! changes the card's kind, which the saved file keeps (`kind: Security`),
//! in one step that Ctrl+Z undoes; the list is reached and used with the
//! keyboard alone.

use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{RemitApp, Selection};
use remit::model::{ResponsibilityId, WorkKind};

use crate::common;

const KIND: &str = "What kind of work is this?";
const VENDORS: &str = "Vendor management";

fn kind_of(h: &Harness<'_, RemitApp>, id: &str) -> WorkKind {
    h.state()
        .document()
        .design()
        .responsibility(&ResponsibilityId(id.into()))
        .unwrap()
        .kind
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// The saved file's line for the card `id`.
fn saved_line(path: &Path, id: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let wanted = format!("(id: \"{id}\"");
    text.lines()
        .find(|l| l.trim_start().starts_with(&wanted))
        .unwrap_or_else(|| panic!("no line for {id} in\n{text}"))
        .to_owned()
}

#[test]
fn inspector_kind_chosen_is_saved_and_undone_by_ctrl_z() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = common::on_saved_default(dir.path());
    h.get_by_label(VENDORS).click();
    h.run();
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("vendor-management".into()))
    );
    assert_eq!(kind_of(&h, "vendor-management"), WorkKind::Management);
    assert_eq!(
        h.get_by_label(KIND).value().as_deref(),
        Some("Technology management")
    );
    h.get_by_label(KIND).click();
    h.run();
    // Every kind is listed, in the list that opened.
    let list = h.get_by_role(Role::ListBox);
    for kind in WorkKind::ALL {
        list.get_by_role_and_label(Role::Button, kind.label());
    }
    // Each says what it covers on hover.
    list.get_by_role_and_label(Role::Button, "Security").hover();
    h.run();
    h.get_by_label_contains(WorkKind::Security.hint());
    let list = h.get_by_role(Role::ListBox);
    list.get_by_role_and_label(Role::Button, "Security").click();
    h.run();
    assert_eq!(kind_of(&h, "vendor-management"), WorkKind::Security);
    assert_eq!(h.get_by_label(KIND).value().as_deref(), Some("Security"));
    assert!(h.state().document().is_dirty());

    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().document().is_dirty());
    let line = saved_line(&path, "vendor-management");
    assert!(line.contains("kind: Security"), "{line}");

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(kind_of(&h, "vendor-management"), WorkKind::Management);
    assert_eq!(
        h.get_by_label(KIND).value().as_deref(),
        Some("Technology management")
    );
    press(&mut h, Modifiers::COMMAND, Key::S);
    let line = saved_line(&path, "vendor-management");
    assert!(line.contains("kind: Management"), "{line}");
}

#[test]
fn inspector_kind_is_chosen_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = common::on_saved_default(dir.path());
    h.get_by_label(VENDORS).click();
    h.run();
    let focused = |h: &Harness<'_, RemitApp>| h.get_by_label(KIND).is_focused();
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 40, focused),
        "Tab reaches the kind of work"
    );
    // Space opens the list, the arrows walk it from the top, Enter chooses.
    press(&mut h, Modifiers::NONE, Key::Space);
    h.get_by_role(Role::ListBox);
    for _ in 0..3 {
        press(&mut h, Modifiers::NONE, Key::ArrowDown);
    }
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(kind_of(&h, "vendor-management"), WorkKind::ALL[2]);
    assert!(h.query_by_role(Role::ListBox).is_none(), "the list closed");
    assert_eq!(
        h.get_by_label(KIND).value().as_deref(),
        Some(WorkKind::ALL[2].label())
    );
}
