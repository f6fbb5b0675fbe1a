//! The "Add responsibility" dialog's catalog through the real window: the
//! search field has the focus when it opens; typing filters by name and
//! description (a word found only in a description finds the entry),
//! shows the count and only the groups with matches; entries already in
//! the design are marked; Enter adds the only match to the selected card's
//! box; ↓ and the arrows reach an entry and Enter adds it to the tray;
//! hovering an argued-about entry, or reaching it with the keyboard, shows
//! both views; Esc closes and a new
//! opening starts with an empty search.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{Dialog, RemitApp, Selection};
use remit::model::catalog::{CATALOG, Group};
use remit::model::{Design, ExecutiveId, Responsibility};
use remit::templates::default_design;

fn design(h: &Harness<'_, RemitApp>) -> Design {
    h.state().document().design().clone()
}

fn settle(h: &mut Harness<'_, RemitApp>) {
    h.run_steps(5);
    h.run();
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn press(h: &mut Harness<'_, RemitApp>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Opens the dialog with Ctrl+R (the app's shortcut), as a user would.
fn open(h: &mut Harness<'_, RemitApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    settle(h);
    assert!(
        matches!(h.state().dialog(), Some(Dialog::AddResponsibility { .. })),
        "Ctrl+R opens Add responsibility"
    );
}

/// Types into whatever has the keyboard focus (the search field, if the
/// dialog gave it the focus as it should).
fn type_text(h: &mut Harness<'_, RemitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

fn search_field_is_focused(h: &Harness<'_, RemitApp>) -> bool {
    h.get_by_role_and_label(Role::TextInput, "Search")
        .is_focused()
}

fn count_line(n: usize) -> String {
    format!("{n} of {} match", CATALOG.len())
}

fn last_added(h: &Harness<'_, RemitApp>) -> Responsibility {
    design(h)
        .responsibilities
        .last()
        .map(|r| (**r).clone())
        .expect("a responsibility")
}

fn rect(h: &Harness<'_, RemitApp>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

/// Whether the card labelled `card` is drawn inside the box of
/// `short_title` (within its header's width, below it).
fn card_in_box(h: &Harness<'_, RemitApp>, card: &str, short_title: &str) -> bool {
    let header = rect(h, &format!("{short_title} box"));
    let c = rect(h, card).center();
    header.x_range().contains(c.x) && c.y > header.bottom()
}

#[test]
fn the_search_field_has_the_focus_and_everything_is_listed_under_groups() {
    let mut h = common::started(None);
    open(&mut h);
    assert!(search_field_is_focused(&h), "typing goes to the search");
    h.get_by_label(&format!("{} in the catalog", CATALOG.len()));
    for group in Group::ALL {
        h.get_by_label(group.name());
    }
    // In the default design, and not.
    h.get_by_label("Vendor management (already in the design)");
    h.get_by_label("Cloud platform & cost management");
    assert!(
        h.query_by_label("Cloud platform & cost management (already in the design)")
            .is_none()
    );
}

#[test]
fn a_word_only_in_descriptions_finds_entries_and_hides_the_rest() {
    let mut h = common::started(None);
    open(&mut h);
    // "laptops" is in two descriptions and in no name.
    type_text(&mut h, "Laptops");
    h.get_by_label(&count_line(2));
    h.get_by_label("End-user computing");
    h.get_by_label("Service delivery & IT support (already in the design)");
    h.get_by_label(Group::InfrastructureOperations.name());
    assert!(h.query_by_label(Group::DataAi.name()).is_none());
    assert!(h.query_by_label(Group::CustomerDigital.name()).is_none());
    assert!(
        h.query_by_label("Cloud platform & cost management")
            .is_none()
    );
    assert!(
        h.query_by_label("Vendor management (already in the design)")
            .is_none()
    );
}

#[test]
fn every_word_typed_must_match_and_no_match_says_so() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "cloud bill");
    h.get_by_label(&count_line(1));
    h.get_by_label("Cloud platform & cost management");
    h.get_by_label("Enter adds it.");
    type_text(&mut h, " zebra");
    h.get_by_label(&count_line(0));
    h.get_by_label_contains("Nothing in the catalog matches");
    // Enter with no match adds nothing and keeps the dialog and the focus.
    press(&mut h, Key::Enter);
    assert_eq!(design(&h), default_design());
    assert!(h.state().dialog().is_some());
    assert!(search_field_is_focused(&h));
}

#[test]
fn enter_adds_the_only_match_to_the_selected_cards_box() {
    let mut h = common::started(None);
    click(&mut h, "R&D");
    click(&mut h, "+ Responsibility");
    settle(&mut h);
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::AddResponsibility {
            owner: Some(ExecutiveId("cto".into()))
        })
    );
    type_text(&mut h, "finops");
    h.get_by_label(&count_line(1));
    press(&mut h, Key::Enter);
    settle(&mut h);
    assert!(h.state().dialog().is_none(), "adding closes the dialog");
    let added = last_added(&h);
    assert_eq!(added.id.0, "cloud-platform");
    assert_eq!(added.name, "Cloud platform & cost management");
    assert_eq!(added.owner, Some(ExecutiveId("cto".into())));
    assert_eq!(
        added.notes,
        "It hosts internal IT and the product alike, so both executives spend from it."
    );
    assert_eq!(h.state().selection(), &Selection::Responsibility(added.id));
    assert!(card_in_box(&h, "Cloud platform & cost management", "CTO"));
    assert_eq!(
        design(&h).responsibilities.len(),
        default_design().responsibilities.len() + 1
    );
}

#[test]
fn arrows_reach_an_entry_and_enter_adds_it_to_the_tray() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "laptops");
    press(&mut h, Key::ArrowDown);
    assert!(
        h.get_by_label("Service delivery & IT support (already in the design)")
            .is_focused(),
        "↓ from the search goes to the first match"
    );
    press(&mut h, Key::ArrowDown);
    assert!(h.get_by_label("End-user computing").is_focused());
    press(&mut h, Key::Enter);
    settle(&mut h);
    assert!(h.state().dialog().is_none());
    let added = last_added(&h);
    assert_eq!(added.id.0, "end-user-computing");
    assert_eq!(added.owner, None, "nothing was selected: the tray");
    h.get_by_label("End-user computing");
}

#[test]
fn adding_an_entry_already_there_makes_a_second_card() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "vendor");
    click(&mut h, "Vendor management (already in the design)");
    settle(&mut h);
    let added = last_added(&h);
    assert_eq!(added.id.0, "vendor-management-2");
    assert_eq!(h.get_all_by_label("Vendor management").count(), 2);
}

#[test]
fn hovering_a_contested_entry_shows_both_views() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "data platform");
    let centre = rect(&h, "Data platform").center();
    h.hover_at(centre);
    h.run_steps(60);
    h.get_by_label_contains("pipelines that carry data");
    h.get_by_label_contains("Contested");
    h.get_by_label_contains("With the CIO when:");
    h.get_by_label_contains("With the CTO when:");
}

#[test]
fn escape_closes_and_the_next_opening_starts_afresh() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "cloud");
    press(&mut h, Key::Escape);
    settle(&mut h);
    assert!(h.state().dialog().is_none(), "Esc closes the dialog");
    assert_eq!(design(&h), default_design(), "and adds nothing");
    open(&mut h);
    h.get_by_label(&format!("{} in the catalog", CATALOG.len()));
    assert!(search_field_is_focused(&h));
}

#[test]
fn an_entry_reached_with_the_keyboard_explains_itself() {
    let mut h = common::started(None);
    open(&mut h);
    type_text(&mut h, "privacy");
    h.get_by_label(&count_line(2));
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    assert!(h.get_by_label("Privacy engineering").is_focused());
    h.get_by_label_contains("consent, data minimisation");
    h.get_by_label_contains("With the CIO when:");
    h.get_by_label_contains("With the CTO when:");
    h.get_by_label_contains("Our own starting point");
}
