//! UI tests: the designer window driven the way a user drives it, with the
//! mouse and the keyboard through `egui_kittest`, asserting what is on screen
//! (accessible labels and where widgets are) and what ends up on disk.
//!
//! Expected balance figures are computed with [`DesignBalance`] from an
//! independently edited copy of the default design, so the tests check the
//! panel against the model rather than against numbers copied from a run.

use crate::common;

use common::{is_cancel_close, is_close, key_collecting, request_close, viewport_commands};

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Rect, ViewportCommand, pos2, vec2};
use egui_kittest::{Harness, kittest::NodeT as _, kittest::Queryable};
use remit::app::{
    AppOptions, Command, Dialog, FileDialogs, PathPurpose, Pending, RemitApp, Selection, keys,
};
use remit::file;
use remit::model::format::size as format_size;
use remit::model::{Balance, Design, DesignBalance, ExecutiveId, ResponsibilityId};
use remit::templates::default_design;

const SECURITY: &str = "Information security";
const SECURITY_ID: &str = "security";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The app on the default design, with in-app file dialogs, settled.
fn harness() -> Harness<'static, RemitApp> {
    harness_with(None)
}

/// The app started on `path` (as `remit PATH` does), settled.
fn harness_on(path: &Path) -> Harness<'static, RemitApp> {
    harness_with(Some(path.to_owned()))
}

fn harness_with(path: Option<PathBuf>) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        path,
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.run();
    h
}

/// The design on screen, without its decision log (whose times are the
/// clock's; the tests that are about the log read it themselves).
fn design(h: &Harness<'_, RemitApp>) -> Design {
    without_log(h.state().document().design().clone())
}

fn without_log(mut design: Design) -> Design {
    design.decisions.clear();
    design
}

/// The decision log on screen, one line per entry.
fn log(h: &Harness<'_, RemitApp>) -> Vec<String> {
    let design = h.state().document().design();
    design
        .decisions
        .iter()
        .map(|d| design.decision_line(d))
        .collect()
}

fn rid(id: &str) -> ResponsibilityId {
    ResponsibilityId(id.to_owned())
}

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.to_owned())
}

/// The owner id of a responsibility in the app's design.
fn owner(h: &Harness<'_, RemitApp>, id: &str) -> Option<String> {
    h.state()
        .document()
        .design()
        .responsibility(&rid(id))
        .unwrap_or_else(|| panic!("no responsibility {id:?}"))
        .owner
        .clone()
        .map(|o| o.0)
}

/// `design` with one responsibility moved, edited by hand: a moved card
/// goes after the last card its new owner has (the bottom of its new box),
/// or to the end of the list if the new owner has none.
fn with_owner(mut design: Design, id: &str, to: Option<&str>) -> Design {
    let card = design
        .responsibilities
        .iter_mut()
        .find(|r| r.id.0 == id)
        .map(|r| &mut **r)
        .unwrap_or_else(|| panic!("no responsibility {id:?}"));
    // A move keeps the card's place in the list: the file changes on its
    // line only.
    card.owner = to.map(eid);
    // The new owner is accountable, and holds no other role on the card.
    if let Some(owner) = &card.owner {
        card.roles.remove(owner);
    }
    design
}

/// The default design with one responsibility moved, edited by hand.
fn default_with_owner(id: &str, to: Option<&str>) -> Design {
    with_owner(default_design(), id, to)
}

/// Where the widget labelled `label` is on screen.
fn rect(h: &Harness<'_, RemitApp>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

/// The header of an executive's box (its accessible label is "<short title> box").
fn box_header(h: &Harness<'_, RemitApp>, short_title: &str) -> Rect {
    rect(h, &format!("{short_title} box"))
}

/// A point inside an executive's drop zone, just below its header.
fn inside_box(h: &Harness<'_, RemitApp>, short_title: &str) -> Pos2 {
    let header = box_header(h, short_title);
    pos2(header.center().x, header.bottom() + 20.0)
}

/// The tray's hint text, which sits inside the tray's drop zone.
fn tray_hint(h: &Harness<'_, RemitApp>) -> Rect {
    h.get_by_label_contains("drop a card here").rect()
}

/// Whether the card labelled `card` is drawn inside the box of `short_title`
/// (horizontally within its header, and below it).
fn card_in_box(h: &Harness<'_, RemitApp>, card: &str, short_title: &str) -> bool {
    let header = box_header(h, short_title);
    let c = rect(h, card).center();
    header.x_range().contains(c.x) && c.y > header.bottom()
}

/// Presses the mouse on `from` and carries the card a little, then over `to`
/// (not released).
fn start_drag(h: &mut Harness<'_, RemitApp>, from: Pos2, to: Pos2) {
    h.drag_at(from);
    h.run();
    h.hover_at(from + vec2(30.0, 0.0));
    h.run();
    h.hover_at(to);
    h.run();
}

/// A whole mouse drag and drop from `from` to `to`.
fn drag(h: &mut Harness<'_, RemitApp>, from: Pos2, to: Pos2) {
    start_drag(h, from, to);
    h.drop_at(to);
    h.run();
}

/// Drags the card labelled `card` into the box of `short_title`.
fn drag_card_to_box(h: &mut Harness<'_, RemitApp>, card: &str, short_title: &str) {
    let from = rect(h, card).center();
    let to = inside_box(h, short_title);
    drag(h, from, to);
}

/// Zooms the chart to the box of `short_title` as a user does from the
/// keyboard: focus its header, press Enter.
fn zoom_to_box(h: &mut Harness<'_, RemitApp>, short_title: &str) {
    h.get_by_label(&format!("{short_title} box")).focus();
    h.run();
    press(h, Modifiers::NONE, Key::Enter);
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn ctrl_shift() -> Modifiers {
    Modifiers::COMMAND.plus(Modifiers::SHIFT)
}

/// The figures row of the balance panel, as `balance_panel::figures_label`
/// formats it.
fn figures(title: &str, b: &Balance) -> String {
    match (b.internal_percent(), b.external_percent()) {
        (Some(i), Some(e)) => format!("{title}: internal {i}% · external {e}%"),
        _ => format!("{title}: nothing assigned"),
    }
}

/// The "Unassigned: …" line of the balance panel (the designs here count
/// points).
fn unassigned_line(b: &Balance) -> String {
    format!(
        "Unassigned: {} item{}{}",
        b.count,
        if b.count == 1 { "" } else { "s" },
        if b.count > 0 {
            format!(" (size {} points)", format_size(b.size))
        } else {
            String::new()
        }
    )
}

/// Every line the balance panel should show for `expected`.
fn balance_lines(expected: &Design) -> Vec<String> {
    let balance = DesignBalance::of(expected);
    let mut lines: Vec<String> = expected
        .executives
        .iter()
        .map(|e| figures(&e.short_title, &balance.executive(&e.id)))
        .collect();
    lines.push(figures("Organisation", &balance.organisation));
    lines.push(unassigned_line(&balance.unassigned));
    lines
}

/// Asserts that the balance panel shows the figures of `expected`.
#[track_caller]
fn assert_balance_shows(h: &Harness<'_, RemitApp>, expected: &Design) {
    for line in balance_lines(expected) {
        assert!(
            h.query_by_label(&line).is_some(),
            "the balance panel should show {line:?}"
        );
    }
}

/// The label of a menu item: the command's label and its shortcut.
fn menu_item_label(h: &Harness<'_, RemitApp>, command: Command) -> String {
    menu_item_labelled(h, command, &command.label())
}

/// The label of a menu item for `command` that shows `text` (Undo and Redo
/// say what they undo or redo) followed by the command's shortcut.
fn menu_item_labelled(h: &Harness<'_, RemitApp>, command: Command, text: &str) -> String {
    match command.shortcut() {
        Some(s) => format!("{text} {}", h.ctx.format_shortcut(&keys::to_egui(s))),
        None => text.to_owned(),
    }
}

/// Clicks `label` and steps through the frames that follow, collecting the
/// viewport commands sent. (`step` runs one frame per queued event but keeps
/// only the last frame's output; a click happens on that last frame, the
/// button release.)
fn click_collecting(h: &mut Harness<'_, RemitApp>, label: &str) -> Vec<ViewportCommand> {
    h.get_by_label(label).click();
    let mut all = Vec::new();
    for _ in 0..4 {
        h.step();
        all.extend(viewport_commands(h));
    }
    h.run();
    all
}

fn is_unsaved_dialog(h: &Harness<'_, RemitApp>) -> bool {
    matches!(h.state().dialog(), Some(Dialog::Unsaved { .. }))
}

/// Types `path` into the in-app path prompt (replacing the suggestion).
fn type_into_path_prompt(h: &mut Harness<'_, RemitApp>, path: &Path) {
    let field = h.get_by_label("File path (.ron)");
    assert!(
        field.is_focused(),
        "the path prompt's field should have the keyboard focus when it appears"
    );
    field.type_text(&path.display().to_string());
    h.run();
    assert_eq!(
        h.get_by_label("File path (.ron)").value().as_deref(),
        Some(path.display().to_string().as_str()),
        "typing should replace the suggested path, which starts selected"
    );
}

/// The accessible label of the inspector's external-share slider, which
/// names the card's facing ("External share: mixed").
fn slider_label(h: &Harness<'_, RemitApp>) -> String {
    h.get_by_role(Role::Slider)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

/// The numeric value shown by a drag-value field.
fn number(h: &Harness<'_, RemitApp>, label: &str) -> f64 {
    let text = h.get_by_label(label).value().unwrap_or_default();
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("{label} shows {text:?}, not a number"))
}

/// Runs a few frames more than `run` does: some windows keep moving for a
/// frame or two after egui stops asking for repaints.
fn settle(h: &mut Harness<'_, RemitApp>) {
    h.run_steps(5);
    h.run();
}

// ---------------------------------------------------------------------------
// The canvas: dragging cards with the mouse
// ---------------------------------------------------------------------------

#[test]
fn default_design_shows_its_balance_and_boxes() {
    let h = harness();
    assert_balance_shows(&h, &default_design());
    // By hand from the catalog: the CIO's 12 cards weigh 31 points, 6.1
    // of them external (20%); the CTO's 7 weigh 19, 15.7 external (83%).
    h.get_by_label("CIO: internal 80% · external 20%");
    h.get_by_label("CTO: internal 17% · external 83%");
    h.get_by_label("Unassigned: 0 items");
    h.get_by_label_contains("0 items · drop a card here");
    assert!(card_in_box(&h, SECURITY, "CIO"));
    assert!(card_in_box(&h, "R&D", "CTO"));
    // The two items the sources argue about are placed, on purpose.
    assert!(card_in_box(&h, "Vendor management", "CIO"));
    assert!(card_in_box(&h, "Technology architecture", "CTO"));
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().window_title().ends_with(" *"));
}

#[test]
fn drag_a_card_from_the_cio_box_to_the_cto_box() {
    let mut h = harness();
    assert!(card_in_box(&h, SECURITY, "CIO"));

    drag_card_to_box(&mut h, SECURITY, "CTO");

    assert!(
        card_in_box(&h, SECURITY, "CTO"),
        "the card should now be drawn inside the CTO box: card {:?}, CTO header {:?}",
        rect(&h, SECURITY),
        box_header(&h, "CTO")
    );
    assert!(!card_in_box(&h, SECURITY, "CIO"));
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    // It stands where its line in the file puts it: before the CTO's
    // own cards, which come after it in the file. (The CTO's box has two
    // columns of cards, read row by row.)
    let moved = rect(&h, SECURITY);
    for own in ["Technology architecture", "R&D"] {
        let card = rect(&h, own);
        let same_row = (moved.top() - card.top()).abs() < 1.0;
        assert!(
            moved.bottom() <= card.top() || (same_row && moved.right() <= card.left()),
            "a moved card stands where its place in the file puts it: before {own}"
        );
    }

    let expected = default_with_owner(SECURITY_ID, Some("cto"));
    assert_eq!(design(&h), expected);
    assert_eq!(log(&h), ["Information security: from CIO to CTO"]);
    assert_balance_shows(&h, &expected);
    // The CIO keeps 28 points, 4.9 external (17.5%, shown 18%); the CTO
    // has 22, 16.9 external (77%).
    h.get_by_label("CIO: internal 82% · external 18%");
    h.get_by_label("CTO: internal 23% · external 77%");
    assert!(
        h.query_by_label("CIO: internal 80% · external 20%")
            .is_none()
    );

    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(rid(SECURITY_ID)),
        "the dropped card is selected"
    );
    assert!(h.state().document().is_dirty());
    assert!(h.state().window_title().ends_with(" *"));
    assert!(h.state().document().can_undo());
}

#[test]
fn drag_a_card_to_the_tray() {
    let mut h = harness();
    h.get_by_label_contains("0 items · drop a card here");

    let from = rect(&h, SECURITY).center();
    let to = tray_hint(&h).center();
    drag(&mut h, from, to);

    assert_eq!(owner(&h, SECURITY_ID), None);
    let expected = default_with_owner(SECURITY_ID, None);
    assert_eq!(design(&h), expected);
    assert_eq!(log(&h), ["Information security: from CIO to the tray"]);
    assert_balance_shows(&h, &expected);
    h.get_by_label("Unassigned: 1 item (size 3 points)");
    h.get_by_label_contains("1 item · drop a card here");
    assert!(
        rect(&h, SECURITY).center().y > tray_hint(&h).top(),
        "the card is drawn in the tray"
    );
    assert!(h.state().window_title().ends_with(" *"));
}

#[test]
fn drag_a_card_from_the_tray_into_a_box() {
    let mut h = harness();
    // The default design places every card: send the two contested ones to
    // the tray first, as a user would.
    common::send_to_tray(&mut h, "Vendor management");
    common::send_to_tray(&mut h, "Technology architecture");
    h.get_by_label("Unassigned: 2 items (size 4 points)");
    assert!(rect(&h, "Vendor management").center().y > tray_hint(&h).top());
    drag_card_to_box(&mut h, "Vendor management", "CTO");
    assert_eq!(owner(&h, "vendor-management").as_deref(), Some("cto"));
    assert!(card_in_box(&h, "Vendor management", "CTO"));
    let expected = with_owner(
        default_with_owner("architecture", None),
        "vendor-management",
        Some("cto"),
    );
    assert_balance_shows(&h, &expected);
    h.get_by_label("Unassigned: 1 item (size 2 points)");
}

#[test]
fn escape_cancels_a_drag() {
    let mut h = harness();
    let from = rect(&h, SECURITY).center();
    let to = inside_box(&h, "CTO");
    start_drag(&mut h, from, to);
    h.key_press(Key::Escape);
    h.run();
    h.drop_at(to);
    h.run();

    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cio"));
    assert_eq!(design(&h), default_design());
    assert!(!h.state().document().can_undo(), "no undo step");
    assert!(!h.state().document().is_dirty());
    assert!(card_in_box(&h, SECURITY, "CIO"));
    assert_balance_shows(&h, &default_design());
    h.get_by_label("CIO: internal 80% · external 20%");
}

#[test]
fn dropping_outside_every_box_moves_nothing() {
    let mut h = harness();
    // Below the CTO box, on the chart: where its header is on screen and
    // the zoom say where its bottom is.
    let cto = h.state().controller().derived().chart.boxes[1].rect;
    let zoom = h.state().chart_zoom().unwrap();
    let header = box_header(&h, "CTO");
    let target = pos2(header.center().x, header.top() + (cto.h + 12.0) * zoom);
    assert!(target.y < tray_hint(&h).top() - 10.0, "and above the tray");

    let from = rect(&h, SECURITY).center();
    drag(&mut h, from, target);

    assert_eq!(design(&h), default_design());
    assert!(!h.state().document().can_undo());
    assert!(card_in_box(&h, SECURITY, "CIO"));
    assert_balance_shows(&h, &default_design());
}

#[test]
fn dropping_a_card_back_where_it_stands_changes_nothing() {
    let mut h = harness();
    let at = rect(&h, SECURITY).center();
    drag(&mut h, at, at + vec2(3.0, 1.0));
    assert_eq!(design(&h), default_design());
    assert!(!h.state().document().can_undo());
    assert!(!h.state().window_title().ends_with(" *"));
}

#[test]
fn dragging_a_box_header_moves_the_box_as_one_undo_step() {
    let mut h = harness();
    let before = box_header(&h, "CTO");
    let from = before.center();
    let to = from + vec2(40.0, 60.0);
    h.drag_at(from);
    h.run();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 4.0));
        h.run();
    }
    h.drop_at(to);
    h.run();

    // The header follows the mouse. (Selecting a box thickens its outline
    // from 1.5 to 3 points, which nudges its contents by 1.5 points.)
    let after = box_header(&h, "CTO");
    let moved = after.min - before.min;
    assert!(
        (moved - vec2(40.0, 60.0)).length() < 3.0,
        "the CTO box followed the mouse: {before:?} → {after:?}"
    );
    assert_eq!(h.state().selection(), &Selection::Executive(eid("cto")));
    assert!(card_in_box(&h, "R&D", "CTO"), "its cards moved with it");
    let position = h
        .state()
        .document()
        .design()
        .executive(&eid("cto"))
        .unwrap()
        .position;
    let start = default_design().executive(&eid("cto")).unwrap().position;
    // The box follows the pointer on the zoomed chart.
    let zoom = h.state().chart_zoom().expect("the chart is shown");
    assert!((position.x - start.x - 40.0 / zoom).abs() < 2.0);
    assert!((position.y - start.y - 60.0 / zoom).abs() < 2.0);

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        design(&h),
        default_design(),
        "one Ctrl+Z undoes the whole drag"
    );
    assert!(!h.state().document().can_undo());
}

// ---------------------------------------------------------------------------
// The keyboard
// ---------------------------------------------------------------------------

#[test]
fn alt_number_moves_the_selected_card() {
    let mut h = harness();
    click(&mut h, SECURITY);
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(rid(SECURITY_ID))
    );
    // The inspector shows the card.
    assert_eq!(
        h.get_by_label("Name").value().as_deref(),
        Some(SECURITY),
        "the inspector shows the selected card"
    );

    press(&mut h, Modifiers::ALT, Key::Num2);
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    assert!(card_in_box(&h, SECURITY, "CTO"));
    assert_balance_shows(&h, &default_with_owner(SECURITY_ID, Some("cto")));

    press(&mut h, Modifiers::ALT, Key::Num0);
    assert_eq!(owner(&h, SECURITY_ID), None);
    assert!(rect(&h, SECURITY).center().y > tray_hint(&h).top());
    assert_balance_shows(&h, &default_with_owner(SECURITY_ID, None));

    press(&mut h, Modifiers::ALT, Key::Num1);
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cio"));
    assert!(card_in_box(&h, SECURITY, "CIO"));
    // Back with the CIO, where it was in its box.
    let back = with_owner(
        default_with_owner(SECURITY_ID, Some("cto")),
        SECURITY_ID,
        Some("cio"),
    );
    assert_eq!(design(&h), back);
    assert_balance_shows(&h, &default_design());

    // Alt+9: there is no 9th executive, so nothing happens.
    press(&mut h, Modifiers::ALT, Key::Num9);
    assert_eq!(design(&h), back);
}

#[test]
fn alt_number_without_a_selected_card_does_nothing() {
    let mut h = harness();
    press(&mut h, Modifiers::ALT, Key::Num2);
    assert_eq!(design(&h), default_design());
    assert!(!h.state().document().can_undo());
}

/// Presses Tab until a card has the keyboard focus (which selects it).
fn tab_to_a_card(h: &mut Harness<'_, RemitApp>) {
    for _ in 0..40 {
        h.key_press(Key::Tab);
        h.run();
        if matches!(h.state().selection(), Selection::Responsibility(_)) {
            return;
        }
    }
    panic!("40 presses of Tab never reached a card");
}

#[test]
fn tab_focus_selects_a_card_and_alt_number_moves_it() {
    let mut h = harness();
    tab_to_a_card(&mut h);
    let Selection::Responsibility(id) = h.state().selection().clone() else {
        unreachable!()
    };
    let name = design(&h).responsibility(&id).unwrap().name.clone();
    assert!(
        h.get_by_label(&name).is_focused(),
        "the selected card {name:?} is the focused widget"
    );
    assert_eq!(
        h.get_by_label("Name").value().as_deref(),
        Some(name.as_str())
    );

    press(&mut h, Modifiers::ALT, Key::Num2);
    assert_eq!(owner(&h, id.as_str()).as_deref(), Some("cto"));
    assert!(card_in_box(&h, &name, "CTO"));
}

#[test]
fn node_focus_selects_a_card() {
    let mut h = harness();
    h.get_by_label("R&D").focus();
    h.run();
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(rid("rnd"))
    );
    assert!(h.get_by_label("R&D").is_focused());
    press(&mut h, Modifiers::ALT, Key::Num1);
    assert_eq!(owner(&h, "rnd").as_deref(), Some("cio"));
}

#[test]
fn delete_key_deletes_a_card_selected_with_the_mouse() {
    let mut h = harness();
    click(&mut h, SECURITY);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.query_by_label(SECURITY).is_none(), "the card is gone");
    assert!(design(&h).responsibility(&rid(SECURITY_ID)).is_none());
    assert_eq!(h.state().selection(), &Selection::None);
    let mut expected = default_design();
    expected.responsibilities.retain(|r| r.id.0 != SECURITY_ID);
    assert_balance_shows(&h, &expected);
}

#[test]
fn delete_key_deletes_a_card_focused_with_tab() {
    // A keyboard-only user: Tab to a card (which selects it), press Delete.
    let mut h = harness();
    tab_to_a_card(&mut h);
    let Selection::Responsibility(id) = h.state().selection().clone() else {
        unreachable!()
    };
    h.key_press(Key::Delete);
    h.run();
    assert!(
        design(&h).responsibility(&id).is_none(),
        "Delete on the focused, selected card {id:?} should delete it (Edit menu: \
         “Delete responsibility  Del”); the card is not a text field"
    );
}

#[test]
fn escape_clears_the_selection() {
    let mut h = harness();
    click(&mut h, SECURITY);
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selection(), &Selection::None);
    h.get_by_label("Design name");
}

#[test]
fn delete_key_in_a_text_field_edits_text_not_the_card() {
    let mut h = harness();
    click(&mut h, SECURITY);
    h.get_by_label("Name").focus();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(
        design(&h).responsibility(&rid(SECURITY_ID)).is_some(),
        "Delete while typing must not delete the card"
    );
}

#[test]
fn escape_in_a_text_field_leaves_the_field_but_keeps_the_selection() {
    let mut h = harness();
    click(&mut h, SECURITY);
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("!");
    h.run();
    assert!(h.get_by_label("Name").is_focused());
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(rid(SECURITY_ID)),
        "the Escape that leaves the text field should not also clear the selection \
         (the inspector the user was typing in disappears)"
    );
    assert!(
        !h.get_by_label("Name").is_focused(),
        "Escape leaves the field"
    );
}

#[test]
fn escape_closes_an_open_menu_even_with_a_card_selected() {
    let mut h = harness();
    click(&mut h, SECURITY);
    click(&mut h, "Edit");
    let add = menu_item_label(&h, Command::AddResponsibility);
    h.get_by_label(&add);
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label(&add).is_none(),
        "Escape should close the open Edit menu"
    );
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(rid(SECURITY_ID)),
        "the Escape that closes the menu should not also clear the selection"
    );
}

// ---------------------------------------------------------------------------
// Context menu
// ---------------------------------------------------------------------------

#[test]
fn context_menu_move_to_cto() {
    let mut h = harness();
    h.get_by_label(SECURITY).click_secondary();
    h.run();
    click(&mut h, "Move to…");
    let here = h.get_by_label_contains("CIO — Chief Information Officer");
    assert!(
        here.accesskit_node().is_disabled(),
        "the card's own box is greyed out"
    );
    h.get_by_label_contains("CTO — Chief Technology Officer")
        .click();
    h.run();

    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    assert!(h.query_by_label("Move to…").is_none(), "the menu closed");
    assert!(card_in_box(&h, SECURITY, "CTO"));
    assert_balance_shows(&h, &default_with_owner(SECURITY_ID, Some("cto")));
    h.get_by_label("CTO: internal 23% · external 77%");
}

#[test]
fn context_menu_moves_to_the_tray_and_deletes() {
    let mut h = harness();
    h.get_by_label("PMO").click_secondary();
    h.run();
    click(&mut h, "Move to…");
    h.get_by_label_contains("Unassigned tray").click();
    h.run();
    assert_eq!(owner(&h, "pmo"), None);

    h.get_by_label("PMO").click_secondary();
    h.run();
    click(&mut h, "Delete");
    assert!(design(&h).responsibility(&rid("pmo")).is_none());
    assert!(h.query_by_label("PMO").is_none());
}

// ---------------------------------------------------------------------------
// Undo and redo
// ---------------------------------------------------------------------------

#[test]
fn undo_and_redo_step_through_every_kind_of_change() {
    let mut h = harness();
    let mut states = vec![design(&h)];

    // 1. Move a card with the mouse.
    drag_card_to_box(&mut h, SECURITY, "CTO");
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    states.push(design(&h));

    // 2. Rename it in the inspector (the dropped card is selected).
    let name = h.get_by_label("Name");
    name.focus();
    h.run();
    h.get_by_label("Name").type_text(" team");
    h.run();
    assert_eq!(
        design(&h).responsibility(&rid(SECURITY_ID)).unwrap().name,
        "Information security team"
    );
    h.get_by_label("Information security team");
    // Click the card to leave the field.
    click(&mut h, "Information security team");
    states.push(design(&h));

    // 3. Delete it with the Delete key.
    h.key_press(Key::Delete);
    h.run();
    assert!(design(&h).responsibility(&rid(SECURITY_ID)).is_none());
    states.push(design(&h));

    // 4. Add a blank responsibility from the Edit menu.
    click(&mut h, "Edit");
    let add = menu_item_label(&h, Command::AddResponsibility);
    h.get_by_label(&add).click();
    settle(&mut h);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::AddResponsibility { .. })
    ));
    click(&mut h, "Blank responsibility");
    assert!(h.state().dialog().is_none());
    h.get_by_label("New responsibility");
    assert_eq!(
        design(&h).responsibilities.len(),
        default_design().responsibilities.len()
    );
    states.push(design(&h));

    // 5. Rename the CIO.
    click(&mut h, "CIO box");
    assert_eq!(h.state().selection(), &Selection::Executive(eid("cio")));
    h.get_by_label("Short title").focus();
    h.run();
    h.get_by_label("Short title").type_text(" (group)");
    h.run();
    click(&mut h, "CIO (group) box");
    assert_eq!(
        design(&h).executive(&eid("cio")).unwrap().short_title,
        "CIO (group)"
    );
    h.get_by_label_contains("CIO (group): internal");
    states.push(design(&h));

    assert_eq!(states.len(), 6);
    for pair in states.windows(2) {
        assert_ne!(pair[0], pair[1], "every step changed the design");
    }

    // Back through every state with Ctrl+Z.
    for (step, expected) in states.iter().enumerate().rev().skip(1) {
        press(&mut h, Modifiers::COMMAND, Key::Z);
        assert_eq!(&design(&h), expected, "after undoing back to state {step}");
        assert_balance_shows(&h, expected);
    }
    assert!(!h.state().document().can_undo());
    assert!(!h.state().document().is_dirty(), "back to the saved state");
    assert!(!h.state().window_title().ends_with(" *"));
    assert!(card_in_box(&h, SECURITY, "CIO"));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), states[0], "nothing more to undo");

    // The Edit menu's Undo item is disabled; Redo is enabled, and says
    // what it redoes.
    click(&mut h, "Edit");
    let undo = menu_item_label(&h, Command::Undo);
    let redo = menu_item_labelled(&h, Command::Redo, "Redo move “Information security” to CTO");
    assert!(h.get_by_label(&undo).accesskit_node().is_disabled());
    assert!(!h.get_by_label(&redo).accesskit_node().is_disabled());
    click(&mut h, "Edit");
    assert!(h.query_by_label(&undo).is_none(), "the menu closed");
    // So is the toolbar button.
    assert!(h.get_by_label("Undo").accesskit_node().is_disabled());

    // Forward again, alternating Ctrl+Shift+Z and Ctrl+Y.
    for (step, expected) in states.iter().enumerate().skip(1) {
        if step % 2 == 1 {
            press(&mut h, ctrl_shift(), Key::Z);
        } else {
            press(&mut h, Modifiers::COMMAND, Key::Y);
        }
        assert_eq!(&design(&h), expected, "after redoing to state {step}");
        assert_balance_shows(&h, expected);
    }
    assert!(!h.state().document().can_redo());
    assert!(h.get_by_label("Redo").accesskit_node().is_disabled());
    h.get_by_label("CIO (group) box");
    h.get_by_label("New responsibility");
    assert!(h.query_by_label(SECURITY).is_none());
}

#[test]
fn the_undo_menu_item_undoes() {
    let mut h = harness();
    click(&mut h, "Edit");
    let undo = menu_item_label(&h, Command::Undo);
    assert!(h.get_by_label(&undo).accesskit_node().is_disabled());
    h.key_press(Key::Escape);
    h.run();

    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    click(&mut h, "Edit");
    // The item says what it undoes.
    let undo_move =
        menu_item_labelled(&h, Command::Undo, "Undo move “Information security” to CTO");
    assert!(h.query_by_label(&undo).is_none());
    assert!(!h.get_by_label(&undo_move).accesskit_node().is_disabled());
    click(&mut h, &undo_move);
    assert_eq!(design(&h), default_design());
    assert!(h.query_by_label(&undo_move).is_none(), "the menu closed");
    // And the status line says what was undone.
    let undone = "Undone: move “Information security” to CTO.";
    assert_eq!(h.state().status_text(), Some(undone));
    h.get_by_label(undone);
}

// ---------------------------------------------------------------------------
// Unsaved changes
// ---------------------------------------------------------------------------

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    assert!(h.state().document().is_dirty());

    let commands = request_close(&mut h);
    assert!(
        commands.iter().any(is_cancel_close),
        "the close is held back: {commands:?}"
    );
    assert!(is_unsaved_dialog(&h));
    h.get_by_label("Save changes?");
    assert!(
        h.get_by_label("Save").is_focused(),
        "the first answer has the keyboard"
    );
    h.get_by_label("Discard");
    h.get_by_label("Cancel");

    // Cancel: the window stays, with the change.
    let commands = click_collecting(&mut h, "Cancel");
    assert!(!commands.iter().any(is_close), "{commands:?}");
    assert!(h.state().dialog().is_none());
    assert!(h.query_by_label("Save changes?").is_none());
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    assert!(h.state().document().is_dirty());

    // Ask again; Discard closes.
    let commands = request_close(&mut h);
    assert!(commands.iter().any(is_cancel_close), "{commands:?}");
    assert!(is_unsaved_dialog(&h));
    let commands = click_collecting(&mut h, "Discard");
    assert!(
        commands.iter().any(is_close),
        "Discard should close the window: {commands:?}"
    );

    // The close that follows goes through.
    let commands = request_close(&mut h);
    assert!(!commands.iter().any(is_cancel_close), "{commands:?}");
}

#[test]
fn closing_without_changes_does_not_ask() {
    let mut h = harness();
    let commands = request_close(&mut h);
    assert!(!commands.iter().any(is_cancel_close), "{commands:?}");
    assert!(h.state().dialog().is_none());
    assert!(h.query_by_label("Save changes?").is_none());
}

#[test]
fn quit_with_unsaved_changes_asks_first() {
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    // Ctrl+Q asks the window to close; the platform then reports the close request.
    let sent = key_collecting(&mut h, Modifiers::COMMAND, Key::Q);
    assert!(sent.iter().any(is_close), "Ctrl+Q asks to close: {sent:?}");
    let commands = request_close(&mut h);
    assert!(commands.iter().any(is_cancel_close), "{commands:?}");
    assert!(is_unsaved_dialog(&h));
}

#[test]
fn new_with_unsaved_changes_asks_and_discard_gives_the_default_design() {
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::New(0)
        })
    );
    h.get_by_label("Save changes?");
    assert_eq!(
        owner(&h, SECURITY_ID).as_deref(),
        Some("cto"),
        "nothing replaced yet"
    );

    click(&mut h, "Discard");
    assert!(h.state().dialog().is_none());
    assert_eq!(design(&h), default_design());
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().document().can_undo());
    assert!(!h.state().window_title().ends_with(" *"));
    assert!(card_in_box(&h, SECURITY, "CIO"));
    assert_balance_shows(&h, &default_design());
}

#[test]
fn new_without_changes_does_not_ask() {
    let mut h = harness();
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().dialog().is_none());
    assert_eq!(design(&h), default_design());
}

#[test]
fn save_from_the_close_prompt_asks_for_a_path_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("before-closing.ron");
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    request_close(&mut h);
    assert!(is_unsaved_dialog(&h));
    click(&mut h, "Save");
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt {
            purpose: PathPurpose::SaveAs {
                then: Some(Pending::Close)
            },
            ..
        })
    ));
    type_into_path_prompt(&mut h, &path);
    let commands = click_collecting(&mut h, "Save");
    assert!(path.exists(), "saved before closing");
    assert!(commands.iter().any(is_close), "then closes: {commands:?}");
    assert_eq!(&file::load(&path).unwrap(), h.state().document().design());
}

#[test]
fn open_with_unsaved_changes_asks_then_prompts_for_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    let mut saved = default_design();
    saved.name = "Other design".into();
    saved.responsibility_mut(&rid("rnd")).unwrap().owner = None;
    file::save(&saved, &other).unwrap();

    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::Open(None)
        })
    );
    click(&mut h, "Discard");
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt {
            purpose: PathPurpose::Open,
            ..
        })
    ));
    type_into_path_prompt(&mut h, &other);
    click(&mut h, "Open");
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    assert_eq!(
        h.state().dialog(),
        None,
        "the user already chose Discard: the file should open without asking again"
    );
    assert!(h.query_by_label("Save changes?").is_none());
    assert_eq!(design(&h), saved);
    assert_eq!(h.state().document().path(), Some(other.as_path()));
    assert!(!h.state().document().can_undo(), "a fresh history");
    assert!(rect(&h, "R&D").center().y > tray_hint(&h).top());
    assert_balance_shows(&h, &saved);
    h.get_by_label("Design name");
    assert_eq!(
        h.get_by_label("Design name").value().as_deref(),
        Some("Other design")
    );
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

#[test]
fn drag_save_close_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("split.ron");

    let mut h = harness();
    drag_card_to_box(&mut h, SECURITY, "CTO");
    assert!(h.state().window_title().ends_with(" *"));

    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::PathPrompt {
                purpose: PathPurpose::SaveAs { then: None },
                ..
            })
        ),
        "an untitled design asks where to save: {:?}",
        h.state().dialog()
    );
    h.get_by_label("Save design as");
    type_into_path_prompt(&mut h, &path);
    click(&mut h, "Save");

    assert!(h.state().dialog().is_none());
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    assert!(path.exists());
    let saved = file::load(&path).unwrap();
    assert_eq!(&saved, h.state().document().design());
    assert_eq!(
        without_log(saved.clone()),
        default_with_owner(SECURITY_ID, Some("cto"))
    );
    assert_eq!(h.state().document().path(), Some(path.as_path()));
    let title = h.state().window_title();
    assert!(!title.ends_with(" *"), "{title}");
    assert!(title.contains("split.ron"), "{title}");
    h.get_by_label_contains("Saved");

    // Close (no prompt: nothing unsaved), then start again on the file.
    let commands = request_close(&mut h);
    assert!(!commands.iter().any(is_cancel_close));
    drop(h);

    let mut h = harness_on(&path);
    assert!(h.state().error().is_none());
    assert_eq!(h.state().document().design(), &saved);
    assert!(card_in_box(&h, SECURITY, "CTO"));
    h.get_by_label("CTO: internal 23% · external 77%");
    assert!(h.state().window_title().contains("split.ron"));
    assert!(!h.state().window_title().ends_with(" *"));

    // Ctrl+S on an opened file saves straight away.
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num1);
    assert!(h.state().window_title().ends_with(" *"));
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(
        h.state().dialog().is_none(),
        "no dialog for a file that has a path"
    );
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().window_title().ends_with(" *"));
    assert_eq!(
        without_log(file::load(&path).unwrap()),
        without_log(with_owner(saved, SECURITY_ID, Some("cio")))
    );
    assert_eq!(
        log(&h),
        [
            "Information security: from CIO to CTO",
            "Information security: from CTO to CIO"
        ]
    );
    assert_eq!(&file::load(&path).unwrap(), h.state().document().design());
}

#[test]
fn save_as_prompt_can_be_cancelled() {
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    press(&mut h, ctrl_shift(), Key::S);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt { .. })
    ));
    click(&mut h, "Cancel");
    assert!(h.state().dialog().is_none());
    assert!(h.state().document().path().is_none());
    assert!(h.state().document().is_dirty());
}

#[test]
fn save_prompt_adds_the_ron_extension_and_enter_submits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num0);
    press(&mut h, Modifiers::COMMAND, Key::S);
    type_into_path_prompt(&mut h, &dir.path().join("no-extension"));
    h.key_press(Key::Enter);
    h.run();
    let path = dir.path().join("no-extension.ron");
    assert!(path.exists());
    assert_eq!(&file::load(&path).unwrap(), h.state().document().design());
    assert_eq!(h.state().document().path(), Some(path.as_path()));
}

#[test]
fn opening_a_bad_file_shows_where_and_keeps_the_design() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken-design.ron");
    std::fs::write(&bad, "not ron {").unwrap();

    let mut h = harness();
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num2);
    press(&mut h, Modifiers::COMMAND, Key::S);
    let good = dir.path().join("good.ron");
    type_into_path_prompt(&mut h, &good);
    click(&mut h, "Save");
    let before = design(&h);

    press(&mut h, Modifiers::COMMAND, Key::O);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt {
            purpose: PathPurpose::Open,
            ..
        })
    ));
    h.get_by_label("Open design");
    type_into_path_prompt(&mut h, &bad);
    click(&mut h, "Open");

    h.get_by_label("Something went wrong");
    let message = h.state().error().expect("an error is shown").to_owned();
    assert!(message.contains("broken-design.ron"), "{message}");
    assert!(message.contains(":1:"), "names the line: {message}");
    h.get_by_label_contains("broken-design.ron:1:");
    assert_eq!(design(&h), before, "the design on screen is unchanged");
    assert_eq!(h.state().document().path(), Some(good.as_path()));
    assert!(card_in_box(&h, SECURITY, "CTO"));

    click(&mut h, "OK");
    assert!(h.state().error().is_none());
    assert!(h.query_by_label("Something went wrong").is_none());
    assert_eq!(design(&h), before);
}

#[test]
fn starting_on_a_bad_file_shows_the_error_and_the_default_design() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "not ron {").unwrap();

    let mut h = harness_on(&bad);
    h.get_by_label("Something went wrong");
    let message = h.state().error().expect("an error is shown").to_owned();
    assert!(message.contains("broken.ron"), "{message}");
    assert!(message.contains(":1:"), "{message}");
    h.get_by_label_contains("broken.ron:1:");
    assert_eq!(design(&h), default_design());
    assert_eq!(
        h.state().document().path(),
        None,
        "Save must not overwrite the bad file"
    );
    assert_balance_shows(&h, &default_design());

    click(&mut h, "OK");
    assert!(h.state().error().is_none());
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), "not ron {");
}

#[test]
fn the_error_message_closes_with_enter() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "not ron {").unwrap();

    let mut h = harness_on(&bad);
    h.get_by_label("Something went wrong");
    assert!(h.get_by_label("OK").is_focused());
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.state().error().is_none());
    assert!(h.query_by_label("Something went wrong").is_none());
    assert_eq!(design(&h), default_design());
}

#[test]
fn starting_on_a_missing_file_creates_it_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new-plan.ron");
    let mut h = harness_on(&path);
    assert!(h.state().error().is_none());
    assert_eq!(design(&h), default_design());
    assert!(h.state().window_title().contains("new-plan.ron"));
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.state().dialog().is_none());
    assert_eq!(file::load(&path).unwrap(), default_design());
}

// ---------------------------------------------------------------------------
// Inspector
// ---------------------------------------------------------------------------

#[test]
fn inspector_share_slider_changes_facing_and_balance() {
    let mut h = harness();
    click(&mut h, SECURITY);
    let slider = h.get_by_role(Role::Slider);
    assert_eq!(slider_label(&h).trim(), "External share: mixed");
    assert_eq!(slider.accesskit_node().numeric_value(), Some(0.4));

    // Keyboard: focus the slider and press → five times.
    slider.focus();
    h.run();
    for _ in 0..5 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    let share = design(&h)
        .responsibility(&rid(SECURITY_ID))
        .unwrap()
        .external_share;
    assert!((share - 0.45).abs() < 1e-9, "share after 5×→: {share}");
    let mut expected = default_design();
    expected
        .responsibility_mut(&rid(SECURITY_ID))
        .unwrap()
        .external_share = share;
    assert_balance_shows(&h, &expected);

    // Assistive technology: set it to 90%.
    h.get_by_role(Role::Slider).set_value_accesskit(0.9);
    h.run();
    let share = design(&h)
        .responsibility(&rid(SECURITY_ID))
        .unwrap()
        .external_share;
    assert!((share - 0.9).abs() < 1e-9, "share: {share}");
    assert_eq!(slider_label(&h).trim(), "External share: external");
    assert_eq!(
        h.get_by_role(Role::Slider).accesskit_node().numeric_value(),
        Some(0.9)
    );
    expected
        .responsibility_mut(&rid(SECURITY_ID))
        .unwrap()
        .external_share = 0.9;
    assert_balance_shows(&h, &expected);
    // 7.6 of the CIO's 31 points now face outward (24.5%, shown 25%).
    h.get_by_label("CIO: internal 75% · external 25%");

    // The card says so when hovered.
    h.get_by_label(SECURITY).hover();
    h.run();
    h.get_by_label_contains("external-facing (90% external)");

    // One undo step for the keyboard run, one for the set value.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), default_design());
}

#[test]
fn inspector_size_changes_balance() {
    let mut h = harness();
    click(&mut h, SECURITY);
    assert_eq!(number(&h, "Size"), 3.0);
    h.get_by_label("Size").set_value_accesskit(10.0);
    h.run();
    let mut expected = default_design();
    expected.responsibility_mut(&rid(SECURITY_ID)).unwrap().size = 10.0;
    assert_eq!(design(&h), expected);
    assert_balance_shows(&h, &expected);
    assert_eq!(number(&h, "Size"), 10.0);
}

#[test]
fn inspector_owner_combo_moves_the_card() {
    let mut h = harness();
    click(&mut h, SECURITY);
    click(&mut h, "Owner");
    h.get_by_role_and_label(Role::Button, "CTO").click();
    h.run();
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some("cto"));
    assert!(card_in_box(&h, SECURITY, "CTO"));
}

#[test]
fn inspector_design_name_changes_the_title() {
    let mut h = harness();
    h.get_by_label("Design name")
        .set_text_value_accesskit("Acme 2027");
    h.run();
    assert_eq!(design(&h).name, "Acme 2027");
    let title = h.state().window_title();
    assert!(title.contains("Acme 2027"), "{title}");
    assert!(title.ends_with(" *"), "{title}");
}

// ---------------------------------------------------------------------------
// Executives
// ---------------------------------------------------------------------------

#[test]
fn add_executive_then_alt_3_moves_a_card_into_it() {
    let mut h = harness();
    press(&mut h, Modifiers::COMMAND, Key::E);
    assert_eq!(design(&h).executives.len(), 3);
    let id = design(&h).executives[2].id.clone();
    assert_eq!(h.state().selection(), &Selection::Executive(id.clone()));
    h.get_by_label("Executive 3 box");
    h.get_by_label("Executive 3: nothing assigned");
    assert_eq!(
        h.get_by_label("Short title").value().as_deref(),
        Some("Executive 3"),
        "the inspector shows the new executive"
    );
    let cto = box_header(&h, "CTO");
    let third = box_header(&h, "Executive 3");
    assert!(third.left() > cto.right(), "the new box is to the right");

    // Three boxes side by side fit a projector's window only zoomed out,
    // where cards are bars: zoom to the CIO's box (Enter on its header) to
    // pick the card, as a user would, and to the new box to see it there.
    zoom_to_box(&mut h, "CIO");
    click(&mut h, SECURITY);
    press(&mut h, Modifiers::ALT, Key::Num3);
    assert_eq!(owner(&h, SECURITY_ID).as_deref(), Some(id.as_str()));
    press(&mut h, Modifiers::NONE, Key::Home);
    zoom_to_box(&mut h, "Executive 3");
    assert!(card_in_box(&h, SECURITY, "Executive 3"));
    let mut expected = design(&h);
    expected
        .responsibility_mut(&rid(SECURITY_ID))
        .unwrap()
        .owner = Some(id);
    assert_balance_shows(&h, &expected);
    h.get_by_label("Executive 3: internal 60% · external 40%");
    h.get_by_label("CIO: internal 82% · external 18%");
}

#[test]
fn rename_an_executive_in_the_inspector() {
    let mut h = harness();
    click(&mut h, "CTO box");
    assert_eq!(h.state().selection(), &Selection::Executive(eid("cto")));
    h.get_by_label("Short title")
        .set_text_value_accesskit("CPTO");
    h.run();
    h.get_by_label("CPTO box");
    h.get_by_label("CPTO: internal 17% · external 83%");
    assert!(h.query_by_label("CTO box").is_none());
}

#[test]
fn remove_an_executive_sends_its_cards_to_the_tray() {
    let mut h = harness();
    click(&mut h, "CTO box");
    // At the foot of the inspector: scroll it into view, as a user would.
    h.get_by_label("Remove executive").scroll_to_me();
    h.run();
    click(&mut h, "Remove executive");
    assert!(h.query_by_label("CTO box").is_none());
    assert_eq!(h.state().selection(), &Selection::None);
    let mut expected = default_design();
    expected.executives.retain(|e| e.id.0 != "cto");
    for r in &mut expected.responsibilities {
        if r.owner == Some(eid("cto")) {
            r.owner = None;
        }
        r.roles.remove(&eid("cto"));
    }
    assert_eq!(design(&h), expected);
    assert_balance_shows(&h, &expected);
    assert!(h.query_by_label_contains("CTO:").is_none());
    assert!(rect(&h, "R&D").center().y > tray_hint(&h).top());

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), default_design());
    assert!(card_in_box(&h, "R&D", "CTO"));
}

// ---------------------------------------------------------------------------
// Adding responsibilities
// ---------------------------------------------------------------------------

#[test]
fn add_responsibility_dialog_is_where_it_is_drawn() {
    // Open the dialog, let egui settle (until it asks for no more repaints),
    // then click its first button: the click must land.
    let mut h = harness();
    click(&mut h, "Edit");
    let add = menu_item_label(&h, Command::AddResponsibility);
    click(&mut h, &add);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::AddResponsibility { owner: None })
    ));
    let drawn = rect(&h, "Blank responsibility");
    h.run_steps(5);
    let later = rect(&h, "Blank responsibility");
    assert_eq!(
        drawn, later,
        "the Add responsibility window keeps moving after egui stopped repainting \
         (it is drawn at one place and then jumps when the mouse moves)"
    );
}

#[test]
fn add_a_catalog_responsibility_to_the_selected_cards_box() {
    let mut h = harness();
    click(&mut h, "R&D");
    click(&mut h, "+ Responsibility");
    settle(&mut h);
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::AddResponsibility {
            owner: Some(eid("cto"))
        }),
        "new cards go where the selected card is"
    );
    // The catalog is longer than the dialog: scroll to it, as a user would.
    h.get_by_label("Vendor management (already in the design)")
        .scroll_to_me();
    h.run();
    click(&mut h, "Vendor management (already in the design)");
    assert!(h.state().dialog().is_none());
    let added = design(&h)
        .responsibilities
        .last()
        .map(|r| (**r).clone())
        .expect("a responsibility");
    assert_eq!(added.name, "Vendor management");
    assert_eq!(added.id.0, "vendor-management-2");
    assert_eq!(added.owner, Some(eid("cto")));
    assert_eq!(h.state().selection(), &Selection::Responsibility(added.id));
    let cards = h.get_all_by_label("Vendor management").count();
    assert_eq!(cards, 2, "one in the tray, one in the CTO box");
    assert_balance_shows(&h, &design(&h));
}

#[test]
fn a_card_behind_a_dialog_shows_no_tooltip_over_it() {
    let mut h = harness();
    let card = h.get_by_label("R&D").rect().center();
    let tooltip = "Drag it to another box";
    // Without a dialog, resting on a card explains it.
    h.hover_at(card);
    h.run_steps(60);
    assert!(
        h.query_by_label_contains(tooltip).is_some(),
        "the tooltip shows"
    );
    // A dialog opens while the pointer rests there: the card is no longer
    // what the pointer is on.
    h.key_press(Key::F1);
    h.run();
    assert!(h.state().dialog().is_some());
    h.hover_at(card);
    h.run_steps(60);
    assert!(
        h.query_by_label_contains(tooltip).is_none(),
        "no tooltip shows through the dialog"
    );
}
