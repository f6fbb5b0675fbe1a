//! A blank design, as a consultant starts before importing the client's
//! list: File → New blank design… (or the gallery's Blank design…), tick
//! the executives, Create. No cards; the boxes report to the CEO, laid out
//! as a tree; an unsaved design is asked about first.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use remit::controller::Dialog;
use remit::model::ReportsTo;

use crate::common::{first_start, started};

#[test]
fn new_blank_design_starts_with_the_ticked_executives_and_no_cards() {
    let mut h = started(None);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("New blank design").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::NewBlank { .. })));
    // The CIO and the CTO are ticked; add the CISO and the CFO.
    h.get_by_label("CISO — Chief Information Security Officer")
        .click();
    h.get_by_label("CFO — Chief Financial Officer").click();
    h.run();
    h.get_by_label("4 executives, each reporting to the CEO.");
    h.get_by_label("Create").click();
    h.run();
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    let design = h.state().document().design().clone();
    assert!(design.responsibilities.is_empty());
    let titles: Vec<&str> = design
        .executives
        .iter()
        .map(|e| e.short_title.as_str())
        .collect();
    assert_eq!(titles, ["CIO", "CTO", "CISO", "CFO"]);
    assert!(
        design
            .executives
            .iter()
            .all(|e| e.reports_to == ReportsTo::Ceo)
    );
    // Every box is on the chart, ready for cards.
    for title in titles {
        h.get_by_label(&format!("{title} box"));
    }
}

#[test]
fn the_gallery_offers_a_blank_design_and_the_keys_open_it_too() {
    let mut h = first_start();
    assert!(matches!(h.state().dialog(), Some(Dialog::Gallery { .. })));
    h.get_by_label("Blank design…").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::NewBlank { .. })));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().dialog().is_none());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::N);
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::NewBlank { .. })));
}

#[test]
fn unsaved_changes_are_asked_about_before_the_blank_design_replaces_them() {
    let mut h = started(None);
    h.get_by_label("CIO box").click();
    h.run();
    h.get_by_label("Short title").focus();
    h.run();
    h.get_by_label("Short title").type_text(" (group)");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::N);
    h.run();
    h.get_by_label("Create").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Unsaved { .. })));
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().document().design().executives[0].short_title,
        "CIO (group)"
    );
}

/// Found on a walk: with the keyboard on the first tick, Enter did
/// nothing a user could see (it toggled the tick, or nothing), so a
/// keyboard user could not create the design without tabbing to Create.
/// Space ticks, Enter creates; Enter on Cancel cancels.
#[test]
fn space_ticks_and_enter_creates_from_the_keyboard() {
    let mut h = started(None);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::N);
    h.run();
    // The keyboard is on the CIO's tick: Space takes it off.
    h.key_press(Key::Space);
    h.run();
    h.get_by_label("1 executive, reporting to the CEO.");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    let titles: Vec<String> = h
        .state()
        .document()
        .design()
        .executives
        .iter()
        .map(|e| e.short_title.clone())
        .collect();
    assert_eq!(titles, ["CTO"]);
    // Enter with the keyboard on Cancel cancels.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::N);
    h.run();
    h.get_by_label("Cancel").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().document().design().executives.len(), 1);
}
