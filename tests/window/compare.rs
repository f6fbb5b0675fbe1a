//! UI tests: View → Compare options. A design saved with "As is" and
//! "Option A", where two cards moved from the CIO to the CTO with reasons,
//! opened as a user opens it; the comparison read, swapped, narrowed to
//! one option, a change chosen (the chart shows Option A with the card
//! selected and marked), and the window closed, with the mouse and with
//! the keyboard. Expected figures come from the model
//! ([`Comparison::of`]) for the same options.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::{RemitApp, Selection};
use remit::model::compare::Comparison;
use remit::model::compare::summary::signed;
use remit::model::{Design, Edit, ExecutiveId, OptionEdit, Options, ResponsibilityId};
use remit::templates::default_design;

const TITLE: &str = "Compare options";
const SECURITY_WHY: &str = "Security is part of what we sell";
const INFRA_WHY: &str = "One platform team for products and staff";

/// Moves card `id` to the CTO in `design`, with `reason`.
fn move_to_cto(design: &mut Design, id: &str, reason: &str) {
    design
        .apply(Edit::Move {
            responsibility: ResponsibilityId(id.into()),
            to: Some(ExecutiveId("cto".into())),
        })
        .expect("move");
    let id = ResponsibilityId(id.into());
    design.log_move(&id, Some(ExecutiveId("cio".into())), jiff::Timestamp::now());
    let entry = design.decisions.len() - 1;
    design
        .apply(Edit::SetReason(entry, reason.into()))
        .expect("reason");
}

/// "As is" (the default design) and "Option A": security and
/// infrastructure moved from the CIO to the CTO, each with a reason.
fn options() -> Options {
    let mut options = Options::one(default_design());
    options
        .apply(OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        })
        .expect("copy");
    let b = options.design_mut(1);
    move_to_cto(b, "security", SECURITY_WHY);
    move_to_cto(b, "infrastructure", INFRA_WHY);
    options
}

/// The designer on a file holding [`options`], showing "As is".
fn opened() -> (tempfile::TempDir, Harness<'static, RemitApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("options.ron");
    remit::file::save_options(&options(), &path, "").expect("save");
    let h = common::started(Some(path));
    assert_eq!(h.state().document().options().len(), 2);
    assert_eq!(h.state().document().current_option(), 0);
    (dir, h)
}

fn is_open(h: &Harness<'_, RemitApp>) -> bool {
    h.query_by_role_and_label(Role::Window, TITLE).is_some()
}

fn open_from_menu(h: &mut Harness<'_, RemitApp>) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("Compare options…").click();
    h.run();
    assert!(is_open(h), "the compare window is open");
}

fn press(h: &mut Harness<'_, RemitApp>, key: Key) {
    h.key_press_modifiers(Modifiers::NONE, key);
    h.run();
}

fn security_row() -> String {
    format!("Moved: Information security, from the CIO to the CTO. Reason: {SECURITY_WHY}")
}

/// A figure in both options and the difference, as the table shows it.
fn both(before: Option<u32>, after: Option<u32>, delta: Option<i64>) -> String {
    let side = |v: Option<u32>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
    format!("{} to {} ({})", side(before), side(after), signed(delta))
}

/// Every text painted in the last frame.
fn painted(h: &Harness<'_, RemitApp>) -> Vec<String> {
    fn walk(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn the_menu_opens_the_changes_with_their_reasons_and_the_balance_in_both() {
    let (_dir, mut h) = opened();
    open_from_menu(&mut h);
    h.get_by_label("2 changes");
    h.get_by_label(&security_row());
    h.get_by_label(&format!(
        "Moved: Infrastructure, from the CIO to the CTO. Reason: {INFRA_WHY}"
    ));
    // The table: each figure in both options and the difference.
    h.get_by_label("External-facing, % of size");
    h.get_by_label("Clarity, 0–100");
    let options = options();
    let expected = Comparison::of(options.design(0), options.design(1));
    for label in ["Organisation", "CIO", "CTO"] {
        let row = expected
            .rows
            .iter()
            .find(|r| r.label == label)
            .expect("a row");
        h.get_by_label(label);
        let external = both(
            row.external_before,
            row.external_after,
            row.external_delta(),
        );
        assert!(
            h.query_by_label(&external).is_some(),
            "{label}: external {external}"
        );
        let clarity = both(row.clarity_before, row.clarity_after, row.clarity_delta());
        assert!(
            h.query_by_label(&clarity).is_some(),
            "{label}: clarity {clarity}"
        );
    }
    let cio = expected
        .rows
        .iter()
        .find(|r| r.label == "CIO")
        .expect("CIO");
    assert_ne!(cio.external_delta(), Some(0), "the CIO's share moves");
    h.get_by_label_contains("Settled by Option A");
    h.get_by_label_contains("New in Option A");
    // Choosing the move shows Option A with the card selected, marked.
    h.get_by_label(&security_row()).click();
    h.run();
    let state = h.state();
    assert_eq!(state.document().current_option(), 1);
    assert_eq!(
        state.selection(),
        &Selection::Responsibility(ResponsibilityId("security".into()))
    );
    h.get_by_label("Information security, moved from CIO");
    h.get_by_label("Infrastructure, moved from CIO");
    assert!(
        painted(&h).iter().filter(|t| *t == "from CIO").count() >= 2,
        "both moved cards carry the words on the chart"
    );
    assert!(is_open(&h), "the window stays open");
    // The window's close button, like the menu again, closes it.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("Compare options…").click();
    h.run();
    assert!(!is_open(&h));
    assert!(
        h.query_by_label("Information security, moved from CIO")
            .is_none(),
        "no marks once closed"
    );
    h.get_by_label("Information security");
}

#[test]
fn the_keyboard_opens_it_chooses_a_change_and_escape_closes_it() {
    let (_dir, mut h) = opened();
    press(&mut h, Key::F6);
    assert!(is_open(&h), "F6 opens it");
    // The keyboard is in its first picker: Tab goes on to the rows.
    let on_row = |h: &Harness<'_, RemitApp>| {
        h.query_by_label(&security_row())
            .is_some_and(|n| n.is_focused())
    };
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 6, on_row),
        "Tab reaches the first change"
    );
    press(&mut h, Key::Enter);
    assert_eq!(h.state().document().current_option(), 1);
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("security".into()))
    );
    // Escape, with the keyboard in the window, closes it (the card stays
    // selected).
    press(&mut h, Key::Escape);
    assert!(!is_open(&h), "Escape closes it");
    assert_ne!(h.state().selection(), &Selection::None);
    // F6 opens it again with the keyboard in it; Escape closes it again.
    press(&mut h, Key::F6);
    assert!(is_open(&h));
    press(&mut h, Key::Escape);
    assert!(!is_open(&h));
}

#[test]
fn swap_turns_the_moves_round_and_one_option_against_itself_differs_in_nothing() {
    let (_dir, mut h) = opened();
    open_from_menu(&mut h);
    h.get_by_label("Swap").click();
    h.run();
    // As is's own log says nothing of a move back.
    h.get_by_label("Moved: Information security, from the CTO to the CIO. No reason given.");
    h.get_by_label_contains("Settled by As is");
    // Swapped back, then "As is" picked as the second too.
    h.get_by_label("Swap").click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "with").click();
    h.run();
    // The picker's list is drawn last (the tab strip shows "As is" too).
    let as_is = h
        .query_all_by_label("As is")
        .rfind(|n| n.accesskit_node().role() != Role::ComboBox)
        .expect("As is in the picker's list");
    as_is.click();
    h.run();
    h.get_by_label("These are the same option: nothing differs.");
    assert!(h.query_by_label(&security_row()).is_none());
}

#[test]
fn it_fits_beside_the_balance_and_needs_two_options() {
    let (_dir, mut h) = opened();
    open_from_menu(&mut h);
    let window = h.get_by_role_and_label(Role::Window, TITLE);
    let screen = h.ctx.content_rect().expand(0.5);
    assert!(
        screen.contains_rect(window.rect()),
        "{:?} inside {screen:?}",
        window.rect()
    );
    let balance_left = h
        .query_all_by_label_contains(" clarity ")
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .map(|n| n.rect().left())
        .fold(f32::INFINITY, f32::min);
    assert!(
        window.rect().right() <= balance_left + 1.0,
        "not over the balance"
    );
    for node in window.children_recursive() {
        let a = node.accesskit_node();
        if a.role() == Role::Splitter || a.bounding_box().is_none() {
            continue;
        }
        let r = node.rect();
        if !r.is_finite() || r.area() <= 0.0 {
            continue;
        }
        assert!(
            r.left() >= window.rect().left() - 1.0 && r.right() <= window.rect().right() + 1.0,
            "{:?} at {r:?} is cut by the window's side",
            node.accesskit_node().label()
        );
    }
    // A design of one option: greyed out, and F6 does nothing.
    let mut one = common::started(None);
    press(&mut one, Key::F6);
    assert!(!is_open(&one));
    one.get_by_label("View").click();
    one.run();
    assert!(
        one.get_by_label_contains("Compare options…")
            .accesskit_node()
            .is_disabled()
    );
}
