//! The responsibility matrix through the real window: Ctrl+M, the View menu
//! and the toolbar switch to it and back; a cell edited from the keyboard
//! (arrows, a letter, Delete) and undone; "A" in another executive's column
//! moves the card, from the keyboard and from a cell's menu; the owner's
//! "A" cannot be cleared; sorting by facing reorders the rows; a large
//! design lays out only the cells in view; and the balance panel's
//! involvement line follows the roles.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, FileDialogs, RemitApp, Selection};
use remit::model::{Design, ExecutiveId, ResponsibilityId, Role};
use remit::templates::default_design;

fn harness() -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.run();
    h
}

fn matrix() -> Harness<'static, RemitApp> {
    let mut h = harness();
    press(&mut h, Modifiers::COMMAND, Key::M);
    assert!(h.state().is_matrix_shown());
    h
}

fn design(h: &Harness<'_, RemitApp>) -> Design {
    h.state().document().design().clone()
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn key(h: &mut Harness<'_, RemitApp>, key: Key) {
    h.key_press(key);
    h.run();
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn focus(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).focus();
    h.run();
    assert!(
        h.get_by_label(label).is_focused(),
        "{label} has the keyboard"
    );
}

fn owner(h: &Harness<'_, RemitApp>, id: &str) -> Option<String> {
    let d = design(h);
    let item = d.responsibility(&ResponsibilityId(id.to_owned())).unwrap();
    item.owner.as_ref().map(|o| o.0.clone())
}

fn role(h: &Harness<'_, RemitApp>, id: &str, executive: &str) -> Option<Role> {
    let d = design(h);
    let item = d.responsibility(&ResponsibilityId(id.to_owned())).unwrap();
    item.roles.get(&ExecutiveId(executive.to_owned())).copied()
}

#[test]
fn ctrl_m_the_view_menu_and_the_toolbar_switch_between_chart_and_matrix() {
    let mut h = harness();
    assert!(!h.state().is_matrix_shown());
    assert!(h.query_by_label("PMO, CIO: Accountable (owner)").is_none());

    press(&mut h, Modifiers::COMMAND, Key::M);
    assert!(h.state().is_matrix_shown());
    h.get_by_label("PMO, CIO: Accountable (owner)");
    h.get_by_label("Information security, CTO: Responsible");
    // The tray's column (the default design has nothing in the tray).
    h.get_by_label("Vendor management, Unassigned: no");
    assert!(h.query_by_label("CIO box").is_none(), "the chart is gone");

    press(&mut h, Modifiers::COMMAND, Key::M);
    assert!(!h.state().is_matrix_shown());
    h.get_by_label("CIO box");

    click(&mut h, "View");
    click(&mut h, "Matrix view");
    assert!(h.state().is_matrix_shown());
    h.get_by_label("PMO, CTO: no role");

    // The toolbar's button says where it goes.
    click(&mut h, "Chart");
    assert!(!h.state().is_matrix_shown());
    click(&mut h, "Matrix");
    assert!(h.state().is_matrix_shown());
    assert!(
        !h.state().document().is_dirty(),
        "switching views changes nothing"
    );
}

#[test]
fn a_cell_is_edited_from_the_keyboard_and_undone() {
    let mut h = matrix();
    focus(&mut h, "PMO, CIO: Accountable (owner)");
    // The row's card is the selected one (the inspector shows it).
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("pmo".into()))
    );
    key(&mut h, Key::ArrowRight);
    assert!(h.get_by_label("PMO, CTO: no role").is_focused());

    key(&mut h, Key::C);
    assert_eq!(role(&h, "pmo", "cto"), Some(Role::Consulted));
    assert!(h.get_by_label("PMO, CTO: Consulted").is_focused());

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(role(&h, "pmo", "cto"), None);
    assert_eq!(design(&h), default_design());
    h.get_by_label("PMO, CTO: no role");

    // Down a row: IT operations, where the CTO is Informed; Delete takes
    // the role away and never deletes the card.
    focus(&mut h, "PMO, CTO: no role");
    key(&mut h, Key::ArrowDown);
    assert!(h.get_by_label("IT operations, CTO: Informed").is_focused());
    key(&mut h, Key::Delete);
    assert_eq!(role(&h, "it-operations", "cto"), None);
    assert_eq!(
        design(&h).responsibilities.len(),
        default_design().responsibilities.len(),
        "Delete in a cell keeps the card"
    );
    key(&mut h, Key::R);
    assert_eq!(role(&h, "it-operations", "cto"), Some(Role::Responsible));
    key(&mut h, Key::Backspace);
    assert_eq!(role(&h, "it-operations", "cto"), None);

    // Left and up reach the owner's cell of PMO again; Tab moves on too.
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::ArrowLeft);
    assert!(h.get_by_label("PMO, CIO: Accountable (owner)").is_focused());
    key(&mut h, Key::Tab);
    assert!(h.get_by_label("PMO, CTO: no role").is_focused());
    key(&mut h, Key::I);
    assert_eq!(role(&h, "pmo", "cto"), Some(Role::Informed));
    key(&mut h, Key::Num0);
    assert_eq!(role(&h, "pmo", "cto"), None);
}

#[test]
fn the_owners_a_cannot_be_cleared() {
    let mut h = matrix();
    focus(&mut h, "PMO, CIO: Accountable (owner)");
    for k in [Key::Delete, Key::Backspace, Key::C] {
        key(&mut h, k);
    }
    assert_eq!(design(&h), default_design(), "nothing changed");
    assert!(!h.state().document().is_dirty());
    assert!(
        h.query_by_label_contains("CIO owns “PMO”").is_some(),
        "the matrix says why"
    );
}

#[test]
fn a_in_another_executives_column_moves_the_card() {
    let mut h = matrix();
    focus(&mut h, "PMO, CTO: no role");
    key(&mut h, Key::A);
    assert_eq!(owner(&h, "pmo").as_deref(), Some("cto"));
    h.get_by_label("PMO, CTO: Accountable (owner)");
    h.get_by_label("PMO, CIO: no role");
    assert!(
        h.get_by_label("PMO, CTO: Accountable (owner)").is_focused(),
        "the keyboard stays on the card's cell after it moved"
    );

    // From a cell's menu: the CTO becomes the owner of security, and its
    // role there goes.
    click(&mut h, "Information security, CTO: Responsible");
    click(&mut h, "A — Accountable (owner)");
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    assert_eq!(role(&h, "security", "cto"), None);
    h.get_by_label("Information security, CTO: Accountable (owner)");

    // The menu gives a role, too.
    click(&mut h, "Enterprise applications, CTO: no role");
    click(&mut h, "C — Consulted");
    assert_eq!(role(&h, "enterprise-apps", "cto"), Some(Role::Consulted));

    // And the tray's column sends a card to the tray.
    click(&mut h, "Enterprise applications, Unassigned: no");
    click(&mut h, "Move to the unassigned tray");
    assert_eq!(owner(&h, "enterprise-apps"), None);
    h.get_by_label("Enterprise applications, Unassigned: yes");

    // Each change is one undo step.
    for _ in 0..4 {
        press(&mut h, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(design(&h), default_design());
}

#[test]
fn sorting_by_facing_puts_the_most_internal_first() {
    let mut h = matrix();
    // A card in the tray, sent there from the tray's column.
    click(&mut h, "Vendor management, Unassigned: no");
    click(&mut h, "Move to the unassigned tray");
    let moved = design(&h);
    let top = |h: &Harness<'_, RemitApp>, label: &str| h.get_by_label(label).rect().top();
    let infrastructure = "Infrastructure, CIO: Accountable (owner)"; // 15 % external
    let service = "Service delivery & IT support, CIO: Accountable (owner)"; // 5 %
    let partnerships = "Tech partnerships & client engagement, CTO: Accountable (owner)"; // 95 %
    let vendors = "Vendor management, Unassigned: yes";
    assert!(top(&h, infrastructure) < top(&h, service), "design order");

    click(&mut h, "facing");
    assert!(top(&h, service) < top(&h, infrastructure));
    assert!(top(&h, infrastructure) < top(&h, partnerships));

    click(&mut h, "owner");
    assert!(
        top(&h, partnerships) < top(&h, vendors),
        "the tray comes last"
    );
    assert!(
        top(&h, infrastructure) < top(&h, partnerships),
        "CIO before CTO"
    );

    click(&mut h, "design order");
    assert!(top(&h, infrastructure) < top(&h, service));
    assert_eq!(design(&h), moved, "sorting changes nothing");
    // Nor is it a step to undo: one undo takes the move back.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!h.state().document().is_dirty());
    assert_eq!(design(&h), default_design());
}

#[test]
fn a_large_design_lays_out_only_the_cells_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.ron");
    let design = common::spread_design(40, 10_000);
    remit::file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::M);

    let first = &design.responsibilities[0];
    let owner_title = "E0";
    h.get_by_label(&format!(
        "{}, {owner_title}: Accountable (owner)",
        first.name
    ));
    let cells = h.query_all_by_label_contains(", E").count();
    assert!(cells > 20, "the cells in view are laid out ({cells})");
    assert!(
        cells < 1_500,
        "only the cells in view are laid out, not 400,000 ({cells})"
    );
    let last = &design.responsibilities[design.responsibilities.len() - 1];
    assert!(
        h.query_by_label_contains(&format!("{}, ", last.name))
            .is_none(),
        "the last row is out of view"
    );

    // The arrow keys scroll the table to follow the keyboard.
    focus(
        &mut h,
        &format!("{}, {owner_title}: Accountable (owner)", first.name),
    );
    for _ in 0..41 {
        key(&mut h, Key::ArrowDown);
    }
    // Row 41 belongs to E1.
    let row_41 = &design.responsibilities[41];
    let label = format!("{}, E0: no role", row_41.name);
    assert!(h.get_by_label(&label).is_focused(), "{label}");
    for _ in 0..39 {
        key(&mut h, Key::ArrowRight);
    }
    let label = format!("{}, E39: no role", row_41.name);
    assert!(h.get_by_label(&label).is_focused(), "{label}");
}

#[test]
fn the_balance_panel_counts_roles_on_others_items() {
    let mut h = matrix();
    // The CTO is R on security, C on data & analytics and infrastructure,
    // and I on IT operations and continuity (all the CIO's); the CIO is C
    // on architecture and product development (the CTO's).
    h.get_by_label("roles on others' items: responsible 1 · consulted 2 · informed 2");
    h.get_by_label("roles on others' items: consulted 2");

    focus(&mut h, "PMO, CTO: no role");
    key(&mut h, Key::C);
    h.get_by_label("roles on others' items: responsible 1 · consulted 3 · informed 2");

    // A role on a card in the tray is on nobody's item (the default design
    // has none there: send one).
    click(&mut h, "Vendor management, Unassigned: no");
    click(&mut h, "Move to the unassigned tray");
    assert_eq!(owner(&h, "vendor-management"), None);
    focus(&mut h, "Vendor management, CTO: no role");
    key(&mut h, Key::R);
    assert_eq!(
        role(&h, "vendor-management", "cto"),
        Some(Role::Responsible)
    );
    h.get_by_label("roles on others' items: responsible 1 · consulted 3 · informed 2");
}
