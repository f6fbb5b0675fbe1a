//! UI tests: the Help menu's guide to the ideas and About, from the menu
//! and from the keyboard alone.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{Dialog, RemitApp};

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Whether the widget labelled `label` has the keyboard.
fn focused(h: &Harness<'_, RemitApp>, label: &str) -> bool {
    h.query_by_label(label).is_some_and(|n| n.is_focused())
}

#[test]
fn the_help_menu_opens_the_guide_the_shortcuts_and_about() {
    let mut h = common::started(None);
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("Guide to the ideas").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Guide)));
    for (heading, _) in remit::app::HELP_GUIDE {
        h.get_by_label(heading);
    }
    h.get_by_label_contains("INT when under a third of it faces outward");
    h.get_by_label_contains("Accountable (A)");
    h.get_by_label_contains("A score from 0 to 100");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().dialog().is_none());

    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("About Remit").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::About)));
    h.get_by_label(&format!("Remit, version {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label_contains("MIT licence or the Apache licence");
    h.get_by_label_contains("Ubuntu Font Licence, version 1.0 (full text)");
    h.get_by_label_contains("SIL Open Font Licence, version 1.1 (full text)");
    h.get_by_label("Noto Sans CJK JP, Noto Sans Arabic, Noto Sans Hebrew and Noto Emoji");
    assert!(!h.state().document().is_dirty(), "reading is not editing");
}

#[test]
fn the_guide_and_about_are_reached_from_the_keyboard() {
    let mut h = common::started(None);
    press(&mut h, Modifiers::SHIFT, Key::F1);
    assert!(matches!(h.state().dialog(), Some(Dialog::Guide)));
    assert!(focused(&h, "Close"), "the guide takes the keyboard");
    // Tab goes on to the other help windows.
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 10, |h| focused(
            h,
            "About Remit…"
        )),
        "Tab never reached About"
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(matches!(h.state().dialog(), Some(Dialog::About)));
    // From the keyboard shortcuts (F1) too.
    press(&mut h, Modifiers::NONE, Key::Escape);
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(matches!(h.state().dialog(), Some(Dialog::Shortcuts)));
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 10, |h| focused(
            h,
            "Guide to the ideas…"
        )),
        "Tab never reached the guide"
    );
    press(&mut h, Modifiers::NONE, Key::Space);
    assert!(matches!(h.state().dialog(), Some(Dialog::Guide)));
}
