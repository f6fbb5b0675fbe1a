//! UI tests: the window itself says when there are unsaved changes (the
//! menu bar, and the presentation bar, where the title bar is hidden), and
//! only then: looking, selecting, zooming, opening windows and presenting
//! are not changes.

use crate::common;

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::RemitApp;
use remit::file;
use remit::templates::default_design;

const MARKER: &str = "Unsaved changes";

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn marked(h: &Harness<'_, RemitApp>) -> bool {
    h.query_by_label(MARKER).is_some()
}

#[test]
fn looking_shows_no_marker_and_a_change_shows_it_in_the_window_and_presenting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.ron");
    file::save(&default_design(), &path).unwrap();
    let mut h = common::started(Some(path));
    assert!(!marked(&h));
    // Looking around: select a card and a box, open the findings and the
    // decisions, zoom the chart and the panels, open a menu, present.
    h.get_by_label("PMO").click();
    h.run();
    h.get_by_label("CTO box").click();
    h.run();
    h.get_by_label_contains("Findings:").click();
    h.run();
    h.get_by_label_contains("Decisions:").click();
    h.run();
    let chart = h.get_by_label("CIO box").rect().center();
    h.hover_at(chart);
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    h.hover_at(Pos2::new(1270.0, 710.0));
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    h.get_by_label("View").click();
    h.run();
    press(&mut h, Modifiers::NONE, Key::Escape);
    press(&mut h, Modifiers::NONE, Key::F5);
    assert!(h.state().is_presenting());
    assert!(!marked(&h), "presenting is not a change");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!h.state().is_presenting());
    assert!(!marked(&h), "looking is not a change");
    assert!(!h.state().document().is_dirty());

    // A change: the marker, in the menu bar and while presenting.
    h.get_by_label("PMO").click();
    h.run();
    press(&mut h, Modifiers::ALT, Key::Num2);
    assert!(h.state().document().is_dirty());
    assert!(marked(&h));
    press(&mut h, Modifiers::NONE, Key::F5);
    assert!(h.state().is_presenting());
    assert!(marked(&h), "the title bar is hidden: the window says it");
    press(&mut h, Modifiers::NONE, Key::Escape);
    // Undone back to the file: no marker.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!h.state().document().is_dirty());
    assert!(!marked(&h));
    // Saved: none either.
    press(&mut h, Modifiers::ALT, Key::Num2);
    assert!(marked(&h));
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().document().is_dirty());
    assert!(!marked(&h));
}
