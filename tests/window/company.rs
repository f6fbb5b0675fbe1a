//! What the design says about its company: Edit > Company… opens "About
//! the company" (people, size, sector, goal); OK keeps it in one step that
//! Ctrl+Z undoes, the file keeps it (`company: (...)`), and the findings
//! say it on their first line ("Company: 150 people, …", or that the
//! design does not say, with a button that opens the dialog). A number of
//! people that cannot be read changes nothing; the keyboard alone reaches
//! and fills the dialog.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::NodeT as _, kittest::Queryable};
use remit::app::{Dialog, RemitApp};
use remit::model::Company;
use remit::model::company::{Goal, Sector, SizeBand};

use crate::common;

const TITLE: &str = "About the company";
const PEOPLE: &str = "People in the company";
const SIZE: &str = "Size, roughly";
const SECTOR: &str = "Sector";
const GOAL: &str = "Main goal for technology";
const UNSAID: &str = "The design does not describe the company; the advice assumes what it must.";

fn company(h: &Harness<'_, RemitApp>) -> Company {
    h.state().document().design().company
}

fn dialog_open(h: &Harness<'_, RemitApp>) -> bool {
    matches!(h.state().dialog(), Some(Dialog::Company(_)))
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Edit > Company…, with the mouse.
fn open_from_the_menu(h: &mut Harness<'_, RemitApp>) {
    click(h, "Edit");
    click(h, "Company…");
    assert!(dialog_open(h));
    h.get_by_label(TITLE);
}

/// Chooses `value` in the list labelled `list`.
fn choose(h: &mut Harness<'_, RemitApp>, list: &str, value: &str) {
    click(h, list);
    h.get_by_role(Role::ListBox)
        .get_by_role_and_label(Role::Button, value)
        .click();
    h.run();
}

/// Shows the findings window (the toolbar's "Findings: …" button).
fn show_findings(h: &mut Harness<'_, RemitApp>) {
    let button = h
        .get_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Findings: "))
        })
        .expect("the findings button");
    button.click();
    h.run();
}

/// Presses Tab (or Shift+Tab) until the widget labelled `label` has the
/// keyboard.
fn tab_to(h: &mut Harness<'_, RemitApp>, label: &str) -> bool {
    let there = |h: &Harness<'_, RemitApp>| h.query_by_label(label).is_some_and(|n| n.is_focused());
    [Modifiers::NONE, Modifiers::SHIFT]
        .into_iter()
        .any(|modifiers| common::press_until(h, modifiers, Key::Tab, 40, there))
}

fn software_for_growth(people: u32) -> Company {
    Company {
        people: Some(people),
        band: SizeBand::NotSaid,
        sector: Sector::Software,
        goal: Goal::Product,
    }
}

#[test]
fn the_company_described_is_saved_shown_with_the_findings_and_undone_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = common::on_saved_default(dir.path());
    show_findings(&mut h);
    h.get_by_label(UNSAID);

    open_from_the_menu(&mut h);
    let field = h.get_by_label(PEOPLE);
    assert!(
        field.is_focused(),
        "the number of people takes the keyboard"
    );
    field.type_text("150");
    h.run();
    // A number says the size: the size list is not used then.
    assert!(h.get_by_label(SIZE).accesskit_node().is_disabled());
    choose(&mut h, SECTOR, "Software & internet");
    choose(&mut h, GOAL, "Growth through the product");
    assert_eq!(company(&h), Company::default(), "nothing changes before OK");
    click(&mut h, "OK");
    assert!(!dialog_open(&h));
    assert_eq!(company(&h), software_for_growth(150));

    let said = "Company: 150 people, software & internet, goal: growth through the product.";
    let line = h.get_by_label(said);
    // One line, at 1280×720, with its button beside it.
    let change = h.get_by_label("Change…");
    assert!(
        line.rect().height() < 1.6 * change.rect().height(),
        "{:?}",
        line.rect()
    );
    assert!(change.rect().center().y > line.rect().top());
    assert!(change.rect().center().y < line.rect().bottom());
    assert!(h.query_by_label(UNSAID).is_none());

    press(&mut h, Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("    company: (people: 150, sector: Software, goal: Product),\n"),
        "{text}"
    );
    assert_eq!(
        remit::file::load(&path).unwrap().company,
        software_for_growth(150)
    );

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(company(&h), Company::default(), "one step undoes it all");
    h.get_by_label(UNSAID);
}

#[test]
fn people_that_cannot_be_read_change_nothing_and_say_why() {
    let mut h = common::started(None);
    open_from_the_menu(&mut h);
    h.get_by_label(PEOPLE).type_text("about 150");
    h.run();
    h.get_by_label_contains("is not a number of people");
    choose(&mut h, GOAL, "Efficiency of the business");
    click(&mut h, "OK");
    assert!(dialog_open(&h), "the dialog stays, saying why");
    assert_eq!(company(&h), Company::default());
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(dialog_open(&h));
    assert_eq!(company(&h), Company::default());
    assert!(!h.state().document().is_dirty());
    // Escape leaves it, changing nothing.
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!dialog_open(&h));
    assert_eq!(company(&h), Company::default());
    assert!(!h.state().document().is_dirty());
}

#[test]
fn without_a_number_the_size_band_is_kept_and_cancel_keeps_what_was() {
    let mut h = common::started(None);
    show_findings(&mut h);
    click(&mut h, "Describe it…");
    assert!(dialog_open(&h));
    choose(&mut h, SIZE, "Mid-sized (200 to 2,000 people)");
    click(&mut h, "OK");
    let mid = Company {
        band: SizeBand::Midsize,
        ..Company::default()
    };
    assert_eq!(company(&h), mid);
    h.get_by_label("Company: Mid-sized (200 to 2,000 people).");
    // Change… opens it on what the design says; Cancel keeps that.
    click(&mut h, "Change…");
    assert_eq!(
        h.get_by_label(SIZE).value().as_deref(),
        Some("Mid-sized (200 to 2,000 people)")
    );
    choose(&mut h, SECTOR, "Retail & consumer");
    click(&mut h, "Cancel");
    assert!(!dialog_open(&h));
    assert_eq!(company(&h), mid);
    // Enter on Cancel cancels too.
    click(&mut h, "Change…");
    choose(&mut h, GOAL, "Both efficiency and growth");
    assert!(tab_to(&mut h, "Cancel"));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(!dialog_open(&h));
    assert_eq!(company(&h), mid);
}

#[test]
fn the_keyboard_alone_opens_and_fills_the_dialog() {
    let mut h = common::started(None);
    assert!(tab_to(&mut h, "Edit"), "Tab reaches the Edit menu");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(tab_to(&mut h, "Company…"), "Tab reaches Company…");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(dialog_open(&h));
    assert!(h.get_by_label(PEOPLE).is_focused());
    h.event(egui::Event::Text("12,500".into()));
    h.run();
    // Tab goes past the size (a number is given) to the sector.
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert!(h.get_by_label(SECTOR).is_focused());
    press(&mut h, Modifiers::NONE, Key::Space);
    let finance = Sector::ALL
        .iter()
        .position(|s| *s == Sector::Finance)
        .unwrap();
    for _ in 0..=finance {
        press(&mut h, Modifiers::NONE, Key::ArrowDown);
    }
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(
        h.get_by_label(SECTOR).value().as_deref(),
        Some("Financial services")
    );
    // The keyboard is back on the sector's list: Tab goes on to the goal.
    assert!(h.get_by_label(SECTOR).is_focused());
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert!(h.get_by_label(GOAL).is_focused());
    press(&mut h, Modifiers::NONE, Key::Space);
    h.get_by_role(Role::ListBox);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(dialog_open(&h), "Enter chose in the list, and is not OK");
    assert!(h.get_by_label(GOAL).is_focused());
    // Enter on anything else is OK.
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(!dialog_open(&h));
    assert_eq!(
        company(&h),
        Company {
            people: Some(12_500),
            band: SizeBand::NotSaid,
            sector: Sector::Finance,
            goal: Goal::Efficiency,
        }
    );
}
