//! Where a carried card lands, worked out once per frame (issue 18, items
//! 14 to 16): the topmost of two overlapping boxes is the one that lights
//! up, that the inspector names and that gets the card, and the cards of
//! the box beneath show no tooltip through it; a card moved to another box
//! stands where its line in the file puts it, and the landing mark shows
//! that place; a card dropped at another place of its own box (or moved
//! with Alt+Up / Alt+Down) is reordered, one undo step, with no decision
//! logged and no reason asked for; a drop carries its origin, so only a
//! drop puts the keyboard in the reason field. Screen readers hear each
//! card's facing, size and owner, and find the cards grouped under their
//! executive.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::{AppOptions, RemitApp, Selection};
use remit::file;
use remit::model::{Design, ExecutiveId, Position, ResponsibilityId};
use remit::templates::default_design;

const SECURITY: &str = "Information security";

fn design<'h>(h: &'h Harness<'_, RemitApp>) -> &'h Design {
    h.state().document().design()
}

fn owner(h: &Harness<'_, RemitApp>, id: &str) -> Option<String> {
    design(h)
        .responsibility(&ResponsibilityId(id.into()))
        .and_then(|r| r.owner.clone())
        .map(|o| o.0)
}

/// The ids of an executive's cards, in the order its box shows them.
fn box_order(h: &Harness<'_, RemitApp>, executive: &str) -> Vec<String> {
    let id = ExecutiveId(executive.into());
    design(h)
        .owned_by(Some(&id))
        .map(|r| r.id.0.clone())
        .collect()
}

fn centre(h: &Harness<'_, RemitApp>, label: &str) -> Pos2 {
    h.get_by_label(label).rect().center()
}

/// The default design with the CTO's box moved to lie over the CIO's, a
/// little lower and to the right, so that the CTO box covers the lower
/// part of the CIO's cards.
fn overlapping(dir: &std::path::Path) -> std::path::PathBuf {
    let mut d = default_design();
    let cio = d.executives[0].position;
    d.executives[1].position = Position {
        x: cio.x + 120.0,
        y: cio.y + 200.0,
    };
    let path = dir.join("overlap.ron");
    file::save(&d, &path).unwrap();
    path
}

#[test]
fn the_box_on_top_is_the_one_that_lights_up_is_named_and_gets_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::started(Some(overlapping(dir.path())));
    // The default design places every card: send one the CTO box does not
    // cover to the tray first.
    common::send_to_tray(&mut h, "PMO");
    // Carry a tray card over a point where the CTO box lies over the CIO's.
    let cto_header = h.get_by_label("CTO box").rect();
    let over_both = pos2(cto_header.center().x, cto_header.bottom() + 30.0);
    let chart_point = over_both;
    let from = centre(&h, "PMO");
    common::carry(&mut h, from, chart_point);
    // Both boxes contain the point; only the CTO's is the target.
    let chart = &h.state().controller().derived().chart;
    let at = h.state().screen_to_chart(chart_point).unwrap();
    assert!(chart.boxes[0].rect.contains(at.x, at.y), "over the CIO box");
    assert!(chart.boxes[1].rect.contains(at.x, at.y), "over the CTO box");
    h.get_by_label_contains("From the tray to CTO");
    assert!(h.query_by_label_contains("to CIO").is_none());
    h.drop_at(chart_point);
    h.run();
    assert_eq!(owner(&h, "pmo").as_deref(), Some("cto"));
}

/// A point (in chart points) over a CIO card that the CTO box lies over,
/// away from every widget of the CTO box's own (its header and its cards):
/// only the box's plain surface covers the card there.
fn under_the_cto_box(h: &Harness<'_, RemitApp>) -> (Pos2, String) {
    let chart = &h.state().controller().derived().chart;
    let d = design(h);
    let (cio, cto) = (&chart.boxes[0], &chart.boxes[1]);
    let cto_widgets: Vec<_> = (0..cto.cards.len())
        .map(|k| cto.card_rect(k).expand(4.0))
        .collect();
    for (k, &i) in cio.cards.iter().enumerate() {
        let card = cio.card_rect(k);
        for step in 1..20 {
            for across in 1..10 {
                let x = card.x + card.w * across as f32 / 10.0;
                let y = card.y + card.h * step as f32 / 20.0;
                let clear = cto.rect.contains(x, y)
                    && y > cto.rect.y + 110.0
                    && !cto_widgets.iter().any(|r| r.contains(x, y));
                if clear {
                    return (pos2(x, y), d.responsibilities[i].name.clone());
                }
            }
        }
    }
    panic!("no CIO card lies under the CTO box's surface");
}

#[test]
fn cards_beneath_a_box_show_no_tooltip_and_cannot_be_grabbed_through_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::started(Some(overlapping(dir.path())));
    let tooltip = "Drag it to another box";
    // Where a CIO card is not covered, it explains itself.
    let open = centre(&h, "PMO");
    h.hover_at(open);
    h.run_steps(60);
    assert!(
        h.query_by_label_contains(tooltip).is_some(),
        "the tooltip shows"
    );
    h.hover_at(pos2(5.0, 400.0));
    h.run_steps(60);
    // Where the CTO box lies over it, nothing about it shows through.
    let (point, name) = under_the_cto_box(&h);
    let screen = h.state().chart_to_screen(point).unwrap();
    h.hover_at(screen);
    h.run_steps(60);
    assert!(
        h.query_by_label_contains(tooltip).is_none(),
        "no tooltip of {name} through the CTO box"
    );
    // Pressing there and dragging does not carry the card beneath.
    let id = design(&h)
        .responsibilities
        .iter()
        .find(|r| r.name == name)
        .unwrap()
        .id
        .clone();
    let tray = centre(&h, "Unassigned");
    common::drag(&mut h, screen, tray);
    assert_eq!(
        design(&h).responsibility(&id).unwrap().owner,
        Some(ExecutiveId("cio".into()))
    );
}

#[test]
fn a_moved_card_stands_where_its_line_in_the_file_puts_it_and_the_mark_shows_it() {
    let mut h = common::started(None);
    // Security comes before every CTO card in the file: it lands first in
    // the CTO box, and the mark says so before it is let go.
    let first_cto = h.get_by_label("R&D").rect();
    let cto_header = h.get_by_label("CTO box").rect();
    let target = pos2(cto_header.center().x, first_cto.bottom() + 60.0);
    let from = centre(&h, SECURITY);
    common::carry(&mut h, from, target);
    let mark = h.get_by_label("“Information security” lands here").rect();
    assert!(
        mark.center().y < first_cto.top() + 4.0,
        "the mark is above the CTO's first card: {mark:?} vs {first_cto:?}"
    );
    h.drop_at(target);
    h.run();
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    assert_eq!(box_order(&h, "cto")[0], "security");
    let card = h.get_by_label(SECURITY).rect();
    assert!(card.bottom() <= h.get_by_label("R&D").rect().top());
    // The move went into the log; one Ctrl+Z takes it back.
    assert_eq!(design(&h).decisions.len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(design(&h), &default_design());
}

#[test]
fn a_card_dropped_at_another_place_of_its_own_box_is_reordered_without_a_decision() {
    let mut h = common::started(None);
    let before = box_order(&h, "cio");
    let first = design(&h)
        .responsibility(&ResponsibilityId(before[0].clone()))
        .unwrap()
        .name
        .clone();
    // Let go over the lower half of the CIO's fourth card: after it.
    let fourth = design(&h)
        .responsibility(&ResponsibilityId(before[3].clone()))
        .unwrap()
        .name
        .clone();
    let at = h.get_by_label(&fourth).rect();
    let target = pos2(at.right() - 10.0, at.center().y);
    let from = centre(&h, &first);
    common::carry(&mut h, from, target);
    h.get_by_label(&format!("“{first}” goes here"));
    h.get_by_label_contains(&format!("Within CIO: to place 4 of {}", before.len()));
    h.drop_at(target);
    h.run();
    let after = box_order(&h, "cio");
    assert_eq!(after[3], before[0], "now after the fourth: {after:?}");
    assert_eq!(after.len(), before.len());
    assert!(design(&h).decisions.is_empty(), "a reorder is no decision");
    assert!(
        !h.query_all_by_role(Role::TextInput)
            .chain(h.query_all_by_role(Role::MultilineTextInput))
            .any(|n| n.is_focused()),
        "no reason asked for"
    );
    // One undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(box_order(&h, "cio"), before);
    h.get_by_label_contains("Undone: move “");
}

#[test]
fn dropping_a_card_where_it_stands_changes_nothing() {
    let mut h = common::started(None);
    let at = centre(&h, SECURITY);
    common::drag(&mut h, at, at + egui::vec2(0.0, 2.0));
    assert_eq!(design(&h), &default_design());
    assert!(!h.state().document().can_undo());
    assert!(!h.state().window_title().ends_with(" *"));
}

#[test]
fn alt_up_and_alt_down_move_the_selected_card_within_its_box() {
    let mut h = common::started(None);
    let before = box_order(&h, "cio");
    let at = before.iter().position(|id| id == "security").unwrap();
    h.get_by_label(SECURITY).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run();
    let up = box_order(&h, "cio");
    assert_eq!(up.iter().position(|id| id == "security"), Some(at - 1));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    let down = box_order(&h, "cio");
    assert_eq!(down.iter().position(|id| id == "security"), Some(at + 1));
    assert!(design(&h).decisions.is_empty());
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("security".into()))
    );
    // Saved, the file changed by the order of lines only.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("order.ron");
    file::save(design(&h), &path).unwrap();
    assert_eq!(
        file::load(&path)
            .unwrap()
            .owned_by(Some(&ExecutiveId("cio".into())))
            .count(),
        before.len()
    );
    // At the top, Alt+Up does nothing.
    for _ in 0..before.len() + 2 {
        h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
        h.run();
    }
    assert_eq!(box_order(&h, "cio")[0], "security");
}

#[test]
fn only_a_drop_puts_the_keyboard_in_the_reason_field() {
    let mut h = common::started(None);
    h.get_by_label(SECURITY).click();
    h.step();
    // Alt+2 on the very next frame after a click (the pointer has just
    // been let go, as at the end of a drop): a move from the keyboard, so
    // the keyboard stays where it was.
    h.key_press_modifiers(Modifiers::ALT, Key::Num2);
    h.step();
    h.step();
    h.run();
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    assert!(
        !h.query_all_by_role(Role::TextInput)
            .chain(h.query_all_by_role(Role::MultilineTextInput))
            .any(|n| n.is_focused()),
        "no field took the keyboard"
    );
    // A drop does.
    let from = centre(&h, "PMO");
    let header = h.get_by_label("CTO box").rect();
    common::drag(
        &mut h,
        from,
        pos2(header.center().x, header.bottom() + 20.0),
    );
    assert_eq!(owner(&h, "pmo").as_deref(), Some("cto"));
    assert!(
        h.get_by_role_and_label(Role::MultilineTextInput, "Why did “PMO” move?")
            .is_focused()
    );
}

#[test]
fn screen_readers_hear_a_cards_facing_size_and_owner_grouped_under_its_executive() {
    let h = common::window(AppOptions::default());
    let mut h = h;
    h.run();
    let card = h.get_by_label(SECURITY);
    let description = card
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_owned();
    assert!(description.contains("mixed-facing"), "{description}");
    assert!(description.contains("40% external"), "{description}");
    assert!(description.contains("size 3 points"), "{description}");
    assert!(description.contains("owned by CIO"), "{description}");
    assert!(description.contains("CTO responsible"), "{description}");
    // The card sits in its executive's group.
    let name = group_of(&h, "cio");
    let group = h.get_by_role_and_label(Role::Group, &name);
    assert!(
        group.query_by_label(SECURITY).is_some(),
        "the security card is in the CIO's group"
    );
    assert!(group.query_by_label("R&D").is_none());
    // A card placed on purpose says so.
    let vendor = h.get_by_label("Vendor management");
    let description = vendor.accesskit_node().description().unwrap_or_default();
    assert!(description.contains("owned by CIO"), "{description}");
    assert!(
        description.contains("placed here on purpose"),
        "{description}"
    );
    // A card in the tray (the default design has none: send one there).
    common::send_to_tray(&mut h, "Vendor management");
    let tray_card = h.get_by_label("Vendor management");
    let description = tray_card
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_owned();
    assert!(description.contains("unassigned tray"), "{description}");
}

/// What a box's group is called: the executive's titles and its cards.
fn group_of(h: &Harness<'_, RemitApp>, id: &str) -> String {
    let d = design(h);
    let e = d.executive(&ExecutiveId(id.into())).unwrap();
    let n = d.owned_by(Some(&e.id)).count();
    format!("{} ({}): {n} cards", e.full_title, e.short_title)
}

#[test]
fn dragging_a_boxs_surface_pans_the_chart_and_changes_nothing() {
    let mut h = common::started(None);
    let before = h.state().chart_view().unwrap();
    let header = h.get_by_label("CIO box").rect();
    // Between the header and the first card, on the box itself.
    let from = pos2(header.left() + 4.0, header.bottom() + 8.0);
    common::drag(&mut h, from, from + egui::vec2(-150.0, -60.0));
    let after = h.state().chart_view().unwrap();
    assert!(
        after.min.x > before.min.x + 50.0 && after.min.y > before.min.y + 20.0,
        "the chart panned with the pointer: {before:?} -> {after:?}"
    );
    assert_eq!(design(&h), &default_design());
    assert!(!h.state().document().can_undo());
}
