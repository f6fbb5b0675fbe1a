//! UI tests of a design's options through the real window at 1280×720:
//! the strip of tabs above the chart (new option from the one shown,
//! switching by tab and by Ctrl+PageDown / Ctrl+PageUp, renaming with a
//! refused name said in place, deleting after a question, undo bringing
//! back the option a step changed), presenting flipping between options,
//! a template and an imported spreadsheet added as options, and the saved
//! file holding every option.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::RemitApp;
use remit::app::option_tabs::{DELETE, MENU, NAME_FIELD, NEW, RENAME};
use remit::templates::TEMPLATES;

const SECURITY: &str = "Information security";
const VENDORS: &str = "Vendor management";

fn current(h: &Harness<'_, RemitApp>) -> String {
    h.state().document().current_option_name().to_owned()
}

fn names(h: &Harness<'_, RemitApp>) -> Vec<String> {
    let options = h.state().document().options();
    options.iter().map(|o| o.name.clone()).collect()
}

fn owner_of(h: &Harness<'_, RemitApp>, card: &str) -> Option<String> {
    let design = h.state().document().design();
    let item = design.responsibilities.iter().find(|r| r.name == card)?;
    item.owner.as_ref().map(|o| o.0.clone())
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// The tab of option `name`: a button, marked selected (egui tells a
/// screen reader "toggled on") while it is shown.
fn tab_selected(h: &Harness<'_, RemitApp>, name: &str) -> bool {
    let tab = h.get_by_role_and_label(Role::Button, name);
    tab.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

/// "+ New option" (or, with one option, Options → New option from this
/// one), then the name typed over the one offered, and Enter.
fn new_option(h: &mut Harness<'_, RemitApp>, name: &str) {
    if h.query_by_label(NEW).is_some() {
        click(h, NEW);
    } else {
        // One option: no strip yet; the Options menu makes the first copy.
        click(h, "Options");
        h.run();
        click(h, "New option from this one");
    }
    h.run();
    let field = h.get_by_label(NAME_FIELD);
    // All of the offered name is selected: typing replaces it.
    field.type_text(name);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog().is_none(), "the rename dialog closed");
    assert_eq!(current(h), name);
}

fn ctrl(h: &mut Harness<'_, RemitApp>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// "As is", "Option A" and "Option B", security moved to the tray in A
/// and vendor management in B; B shown.
fn two_options(h: &mut Harness<'_, RemitApp>) {
    new_option(h, "Option A");
    common::send_to_tray(h, SECURITY);
    click(h, "As is");
    new_option(h, "Option B");
    common::send_to_tray(h, VENDORS);
    assert_eq!(names(h), ["As is", "Option B", "Option A"]);
}

#[test]
fn with_one_option_the_chart_has_the_height_and_the_menu_makes_the_first_copy() {
    let mut h = common::started(None);
    assert!(h.query_by_label(NEW).is_none(), "no strip for one option");
    assert!(!h.state().window_title().contains("As is"));
    new_option(&mut h, "Option A");
    assert!(tab_selected(&h, "Option A"));
    assert!(!tab_selected(&h, "As is"));
    h.get_by_label(MENU);
    assert!(h.get_by_label(NEW).rect().right() <= 1280.0);
}

#[test]
fn options_made_from_as_is_keep_their_own_moves_and_the_tabs_switch() {
    let mut h = common::started(None);
    two_options(&mut h);
    assert!(tab_selected(&h, "Option B"));
    assert!(!tab_selected(&h, "As is"));
    assert!(h.state().window_title().contains("Option B"));
    assert_eq!(owner_of(&h, VENDORS), None);
    assert!(owner_of(&h, SECURITY).is_some());

    click(&mut h, "Option A");
    assert!(tab_selected(&h, "Option A"));
    assert_eq!(owner_of(&h, SECURITY), None);
    assert!(owner_of(&h, VENDORS).is_some());

    click(&mut h, "As is");
    assert!(owner_of(&h, SECURITY).is_some() && owner_of(&h, VENDORS).is_some());
    // Switching is not an edit: the undo step is still Option B's move.
    assert!(h.state().document().can_undo());
}

#[test]
fn ctrl_page_down_and_up_go_through_the_options_and_wrap() {
    let mut h = common::started(None);
    two_options(&mut h);
    click(&mut h, "As is");
    ctrl(&mut h, Key::PageDown);
    assert_eq!(current(&h), "Option B");
    ctrl(&mut h, Key::PageDown);
    assert_eq!(current(&h), "Option A");
    ctrl(&mut h, Key::PageDown);
    assert_eq!(current(&h), "As is", "after the last, the first");
    ctrl(&mut h, Key::PageUp);
    assert_eq!(current(&h), "Option A", "before the first, the last");
    assert!(tab_selected(&h, "Option A"));
}

#[test]
fn the_selection_stays_when_the_card_is_in_the_option_shown() {
    let mut h = common::started(None);
    new_option(&mut h, "Option A");
    click(&mut h, SECURITY);
    ctrl(&mut h, Key::PageUp);
    assert_eq!(current(&h), "As is");
    assert!(matches!(
        h.state().selection(),
        remit::app::Selection::Responsibility(id) if id.0 == "security"
    ));
}

#[test]
fn a_duplicate_name_is_refused_with_the_reason_in_the_dialog() {
    let mut h = common::started(None);
    new_option(&mut h, "Option A");
    click(&mut h, MENU);
    click(&mut h, "Rename option…");
    let field = h.get_by_label(NAME_FIELD);
    field.type_text("as is");
    h.run();
    click(&mut h, RENAME);
    h.get_by_label_contains("each option needs a name of its own");
    assert_eq!(current(&h), "Option A");
    // Another name goes through.
    h.get_by_label(NAME_FIELD).focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(NAME_FIELD).type_text("Lean IT");
    h.run();
    click(&mut h, RENAME);
    assert!(h.state().dialog().is_none());
    assert_eq!(names(&h), ["As is", "Lean IT"]);
    h.get_by_role_and_label(Role::Button, "Lean IT");
}

#[test]
fn deleting_asks_naming_the_option_and_undo_brings_it_back() {
    let mut h = common::started(None);
    two_options(&mut h);
    click(&mut h, "Option A");
    click(&mut h, MENU);
    click(&mut h, "Delete option…");
    h.get_by_label("Delete the option “Option A”?");
    assert_eq!(names(&h).len(), 3, "nothing deleted before the answer");
    click(&mut h, DELETE);
    assert_eq!(names(&h), ["As is", "Option B"]);
    assert!(h.query_by_label("Option A").is_none());

    ctrl(&mut h, Key::Z);
    assert_eq!(names(&h), ["As is", "Option B", "Option A"]);
    assert_eq!(current(&h), "Option A");
    assert_eq!(owner_of(&h, SECURITY), None, "with its move");
}

#[test]
fn the_last_option_cannot_be_deleted() {
    let mut h = common::started(None);
    // With one option, in the Options menu.
    click(&mut h, "Options");
    let delete = h.get_by_label("Delete option…");
    assert!(delete.accesskit_node().is_disabled());
}

#[test]
fn undoing_a_move_in_b_while_a_is_shown_shows_b() {
    let mut h = common::started(None);
    two_options(&mut h);
    click(&mut h, "Option A");
    assert!(owner_of(&h, VENDORS).is_some());
    ctrl(&mut h, Key::Z);
    assert_eq!(current(&h), "Option B");
    assert!(tab_selected(&h, "Option B"));
    assert!(owner_of(&h, VENDORS).is_some(), "B's move taken back");
}

#[test]
fn the_tab_menu_moves_an_option() {
    let mut h = common::started(None);
    two_options(&mut h);
    h.get_by_role_and_label(Role::Button, "Option A")
        .click_secondary();
    h.run();
    click(&mut h, "Move option left");
    assert_eq!(names(&h), ["As is", "Option A", "Option B"]);
}

#[test]
fn presenting_flips_between_options_with_ctrl_page_down() {
    let mut h = common::started(None);
    two_options(&mut h);
    click(&mut h, "As is");
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    h.get_by_label("As is (1 of 3)");
    ctrl(&mut h, Key::PageDown);
    assert_eq!(current(&h), "Option B");
    h.get_by_label("Option B (2 of 3)");
    click(&mut h, "Next option");
    h.get_by_label("Option A (3 of 3)");
}

#[test]
fn five_long_names_keep_the_strip_s_buttons_on_screen() {
    let mut h = common::started(None);
    for i in 0..5 {
        new_option(
            &mut h,
            &format!("A rather long option name number {i} for the workshop"),
        );
    }
    let new = h.get_by_label(NEW).rect();
    let menu = h.get_by_label(MENU).rect();
    for rect in [new, menu] {
        assert!(rect.left() >= 0.0 && rect.right() <= 1280.0, "{rect:?}");
    }
}

#[test]
fn a_template_is_added_as_an_option_in_one_undo_step() {
    let mut h = common::started(None);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    h.get_by_label(TEMPLATES[1].title).click();
    h.run();
    click(&mut h, remit::app::gallery::ADD_AS_OPTION);
    assert!(h.state().dialog().is_none());
    let title = TEMPLATES[1].title;
    assert_eq!(names(&h), ["As is", title]);
    assert_eq!(current(&h), title);
    h.get_by_role_and_label(Role::Button, title);
    ctrl(&mut h, Key::Z);
    assert_eq!(names(&h), ["As is"]);
}

#[test]
fn an_import_becomes_a_new_option_and_the_saved_file_has_every_option() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = common::on_saved_default(dir.path());
    let csv = dir.path().join("workshop.csv");
    std::fs::write(&csv, "Responsibility,Owner\nQuantum readiness,CTO\n").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("File path (.csv, .xlsx, .ods, .txt)")
        .type_text(&csv.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    click(&mut h, "Add as a new option");
    assert_eq!(names(&h), ["As is", "workshop"]);
    assert_eq!(current(&h), "workshop");
    let has = |h: &Harness<'_, RemitApp>, i: usize| {
        let options = h.state().document().options();
        options
            .design(i)
            .responsibilities
            .iter()
            .any(|r| r.name == "Quantum readiness")
    };
    assert!(
        has(&h, 1) && !has(&h, 0),
        "only the new option has the import"
    );

    ctrl(&mut h, Key::S);
    let saved = remit::file::load_options(&path).unwrap();
    let saved_names: Vec<&str> = saved.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(saved_names, ["As is", "workshop"]);
    assert_eq!(saved.design(1), h.state().document().options().design(1));
}
