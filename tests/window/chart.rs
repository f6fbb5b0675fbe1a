//! The org chart through the real window: adding an executive under
//! another, drawing a reporting line by dragging, a loop refused with its
//! name, Fit, Tidy, a card carried to a box out of view, and the inspector's
//! chart fields (reports to, orientation, roles, the CEO box).

use crate::common;

use egui::{Key, Modifiers, Rect, pos2, vec2};
use egui_kittest::{Harness, kittest::NodeT as _, kittest::Queryable};
use remit::app::{AppOptions, FileDialogs, RemitApp, Selection};
use remit::chart::tidy::overlaps;
use remit::model::{Design, ExecutiveId, Orientation, ReportsTo, ResponsibilityId, Role};
use remit::templates::default_design;

fn harness() -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.run();
    h
}

fn design(h: &Harness<'_, RemitApp>) -> Design {
    h.state().document().design().clone()
}

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.to_owned())
}

fn rect(h: &Harness<'_, RemitApp>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn click(h: &mut Harness<'_, RemitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

use common::drag;

fn reports_to(h: &Harness<'_, RemitApp>, id: &str) -> ReportsTo {
    design(h).executive(&eid(id)).unwrap().reports_to.clone()
}

fn chart_rect(r: remit::chart::Rect) -> Rect {
    Rect::from_min_size(pos2(r.x, r.y), vec2(r.w, r.h))
}

#[test]
fn ctrl_e_with_an_executive_selected_adds_one_under_it_in_free_space() {
    let mut h = harness();
    click(&mut h, "CIO box");
    press(&mut h, Modifiers::COMMAND, Key::E);
    let d = design(&h);
    assert_eq!(d.executives.len(), 3);
    let added = &d.executives[2];
    assert_eq!(added.reports_to, ReportsTo::Executive(eid("cio")));
    assert_eq!(
        h.state().selection(),
        &Selection::Executive(added.id.clone())
    );
    let chart = &h.state().controller().derived().chart;
    assert_eq!(overlaps(chart), None, "never on top of another box");
    assert!(
        chart.boxes[2].rect.y > chart.boxes[0].rect.bottom(),
        "under its manager"
    );
    // A connector joins it to the CIO.
    assert!(
        chart
            .connectors
            .iter()
            .any(|c| c.from == 2 && c.to == Some(0))
    );
    // The new box has a colour no other box has.
    assert!(d.executives[..2].iter().all(|e| e.colour != added.colour));
    // One undo takes it away.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), default_design());
}

#[test]
fn dragging_a_boxs_handle_onto_another_box_draws_a_reporting_line() {
    let mut h = harness();
    assert_eq!(reports_to(&h, "cto"), ReportsTo::Ceo);
    let handle = rect(&h, "Draw CTO's reporting line").center();
    let cio = rect(&h, "CIO box").center();
    drag(&mut h, handle, cio);
    assert_eq!(reports_to(&h, "cto"), ReportsTo::Executive(eid("cio")));
    assert!(h.state().document().is_dirty());

    // The other way round would make a loop: refused, and the message
    // names it; nothing changes.
    let before = design(&h);
    let handle = rect(&h, "Draw CIO's reporting line").center();
    let cto = rect(&h, "CTO box").center();
    drag(&mut h, handle, cto);
    assert_eq!(design(&h), before, "a loop is refused");
    let status = h.state().status_text().unwrap_or_default().to_owned();
    assert!(
        status.contains("CIO reports to CTO, which reports to CIO"),
        "{status}"
    );

    // Onto the CEO box: back under the CEO.
    let handle = rect(&h, "Draw CTO's reporting line").center();
    let ceo = rect(&h, "CEO box").center();
    drag(&mut h, handle, ceo);
    assert_eq!(reports_to(&h, "cto"), ReportsTo::Ceo);
    // Let go over empty space: nothing changes.
    let before = design(&h);
    let handle = rect(&h, "Draw CTO's reporting line").center();
    drag(&mut h, handle, handle + vec2(0.0, -30.0));
    assert_eq!(design(&h), before);
}

#[test]
fn fit_shows_the_whole_chart_after_zooming() {
    let mut h = harness();
    let fitted = h.state().chart_zoom().expect("shown");
    let bounds = chart_rect(h.state().controller().derived().chart.bounds);
    assert!(h.state().chart_view().unwrap().contains_rect(bounds));
    // Zoom in with the pointer on the chart: the chart grows, the panels do not.
    let text_zoom = h.ctx.zoom_factor();
    let on_chart = rect(&h, "CIO box").center();
    for _ in 0..3 {
        h.hover_at(on_chart);
        press(&mut h, Modifiers::COMMAND, Key::Plus);
    }
    let zoomed = h.state().chart_zoom().unwrap();
    assert!(zoomed > fitted * 1.5, "{fitted} → {zoomed}");
    assert_eq!(h.ctx.zoom_factor(), text_zoom, "the UI zoom stays separate");
    assert!(!h.state().chart_view().unwrap().contains_rect(bounds));
    // Home fits it again.
    press(&mut h, Modifiers::NONE, Key::Home);
    assert!((h.state().chart_zoom().unwrap() - fitted).abs() < 1e-3);
    assert!(h.state().chart_view().unwrap().contains_rect(bounds));
    // Zooming only the chart is also in the View menu.
    click(&mut h, "View");
    h.get_by_label_contains("Zoom chart out").click();
    h.run();
    assert!(h.state().chart_zoom().unwrap() < fitted);
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}

#[test]
fn tidy_lays_the_chart_out_as_a_tree_in_one_undo_step() {
    let mut h = harness();
    // Put the CTO box on top of the CIO box.
    let cto = rect(&h, "CTO box").center();
    let cio = rect(&h, "CIO box").center();
    drag(&mut h, cto, cio);
    let messy = design(&h);
    // The chart followed the box without being worked out afresh, and is
    // what working it out afresh gives.
    assert_eq!(
        h.state().controller().derived().chart,
        remit::chart::ChartGeometry::of(
            &messy,
            &remit::model::Index::of(&messy),
            &remit::chart::estimated_measure
        )
    );
    assert!(overlaps(&h.state().controller().derived().chart).is_some());
    press(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::L);
    let chart = h.state().controller().derived().chart.clone();
    assert_eq!(overlaps(&chart), None);
    let ceo = chart.ceo.expect("a CEO box");
    assert!(chart.boxes.iter().all(|b| b.rect.y > ceo.bottom()));
    assert_eq!(design(&h), default_design(), "the templates are tidy");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), messy, "one undo puts the boxes back");
}

#[test]
fn a_card_carried_to_the_edge_pans_to_a_box_out_of_view_and_drops_there() {
    let mut h = harness();
    // Zoom in on a CIO card until the CTO box is out of view.
    for _ in 0..12 {
        if h.query_by_label("CTO box").is_none() {
            break;
        }
        let card = rect(&h, "PMO").center();
        h.hover_at(card);
        press(&mut h, Modifiers::COMMAND, Key::Plus);
        // Off the card, so that its tooltip goes.
        h.hover_at(pos2(5.0, 5.0));
        h.run();
    }
    assert!(h.query_by_label("CTO box").is_none(), "out of view");
    let card = rect(&h, "PMO").center();
    h.drag_at(card);
    h.run();
    h.hover_at(card + vec2(12.0, 0.0));
    h.run();
    // Rest near the right edge of the chart until the CTO box shows.
    let edge = pos2(930.0, card.y);
    let mut steps = 0;
    while h
        .query_by_label("CTO box")
        .is_none_or(|b| b.rect().center().x > 700.0)
    {
        steps += 1;
        assert!(steps < 400, "the view never reached the CTO box");
        h.hover_at(edge);
        h.step();
    }
    // Drop it inside the CTO box.
    // The CTO box is taller than the view at this zoom: drop in its middle
    // column, at the card's height.
    let header = rect(&h, "CTO box");
    let target = pos2(header.center().x, card.y);
    h.hover_at(target);
    h.run_steps(2);
    h.drop_at(target);
    h.run();
    let pmo = design(&h)
        .responsibility(&ResponsibilityId("pmo".into()))
        .and_then(|r| r.owner.clone());
    assert_eq!(pmo, Some(eid("cto")));
}

#[test]
fn the_inspector_edits_reporting_orientation_and_roles() {
    let mut h = harness();
    click(&mut h, "CTO box");
    // Reports to: the CIO.
    h.get_by_label("Reports to").click();
    h.run();
    h.get_by_label("CIO").click();
    h.run();
    assert_eq!(reports_to(&h, "cto"), ReportsTo::Executive(eid("cio")));
    // Orientation: mixed.
    h.get_by_label("Orientation").click();
    h.run();
    h.get_by_label("Mixed on purpose").click();
    h.run();
    assert_eq!(
        design(&h).executive(&eid("cto")).unwrap().orientation,
        Orientation::Mixed
    );
    // The CIO cannot now report to the CTO: the choice is there, disabled.
    click(&mut h, "CIO box");
    h.get_by_label("Reports to").click();
    h.run();
    assert!(h.get_by_label("CTO").accesskit_node().is_disabled());
    h.key_press(Key::Escape);
    h.run();

    // A role on a card: the CTO consulted on PMO (the inspector scrolled
    // to it: a card's details are taller than a projector's screen).
    click(&mut h, "PMO");
    h.get_by_label("Give a role to").scroll_to_me();
    h.run();
    h.get_by_label("Give a role to").click();
    h.run();
    h.get_by_label("CTO: Consulted").click();
    h.run();
    let pmo = design(&h)
        .responsibility(&ResponsibilityId("pmo".into()))
        .unwrap()
        .clone();
    assert_eq!(pmo.roles.get(&eid("cto")), Some(&Role::Consulted));
    // The card shows it, and the inspector lists the CTO's role, which can
    // be changed and taken away.
    h.get_by_label("CTO").click();
    h.run();
    h.get_by_label("Informed").click();
    h.run();
    let roles = |h: &Harness<'_, RemitApp>| {
        design(h)
            .responsibility(&ResponsibilityId("pmo".into()))
            .unwrap()
            .roles
            .clone()
    };
    assert_eq!(roles(&h).get(&eid("cto")), Some(&Role::Informed));
    h.get_by_label("CTO").click();
    h.run();
    h.get_by_label("No role").click();
    h.run();
    assert!(roles(&h).is_empty());
    // Five changes, five undo steps.
    for _ in 0..5 {
        press(&mut h, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(design(&h), default_design());
}

#[test]
fn the_ceo_box_can_be_renamed_hidden_and_shown() {
    let mut h = harness();
    click(&mut h, "CEO box");
    assert_eq!(h.state().selection(), &Selection::Ceo);
    h.get_by_label("Name").click();
    h.run();
    h.get_by_label("Name").type_text("Ada");
    h.run();
    assert_eq!(design(&h).ceo.unwrap().name, "Ada");
    click(&mut h, "Remove CEO box");
    assert!(design(&h).ceo.is_none());
    assert!(h.query_by_label("CEO box").is_none());
    // The executives still report to the CEO.
    assert_eq!(reports_to(&h, "cio"), ReportsTo::Ceo);
    click(&mut h, "Show a CEO box on top of the chart");
    assert!(h.query_by_label("CEO box").is_some());
    let chart = &h.state().controller().derived().chart;
    assert_eq!(overlaps(chart), None);
}

#[test]
fn enter_on_a_box_zooms_to_it_and_tab_brings_each_card_into_view() {
    // The 12-executive example is shown as an overview when fit: too small
    // to read a card, so cards are not laid out.
    let mut h = harness();
    for _ in 0..10 {
        press(&mut h, Modifiers::COMMAND, Key::E);
    }
    press(&mut h, Modifiers::NONE, Key::Escape);
    press(&mut h, Modifiers::NONE, Key::Home);
    let overview = h.state().chart_zoom().unwrap();
    assert!(overview < 0.55, "{overview}");
    assert!(h.query_by_label("PMO").is_none(), "cards are bars");
    // Keyboard only: focus the CIO box and press Enter.
    h.get_by_label("CIO box").focus();
    h.run();
    press(&mut h, Modifiers::NONE, Key::Enter);
    let zoom = h.state().chart_zoom().unwrap();
    assert!(zoom >= 0.55, "{zoom}");
    assert!(
        h.query_by_label("PMO").is_some(),
        "the CIO's cards are laid out"
    );
    // Closer still, so that the box runs off the bottom of the view.
    let header = rect(&h, "CIO box").center();
    for _ in 0..3 {
        h.hover_at(header);
        press(&mut h, Modifiers::COMMAND, Key::Plus);
    }
    h.get_by_label("CIO box").focus();
    h.run();
    // Tab walks down the box's cards; each is brought into view.
    let view = h.state().chart_view().unwrap();
    for _ in 0..12 {
        press(&mut h, Modifiers::NONE, Key::Tab);
        if let Selection::Responsibility(id) = h.state().selection().clone() {
            let chart = &h.state().controller().derived().chart;
            let index = h.state().controller().derived().index.clone();
            let i = index.responsibility(&id).unwrap();
            let b = &chart.boxes[0];
            if let Some(k) = b.cards.iter().position(|&c| c == i) {
                let r = chart_rect(b.card_rect(k));
                assert!(
                    h.state().chart_view().unwrap().contains_rect(r),
                    "the focused card is in view"
                );
            }
        }
    }
    assert_ne!(
        h.state().chart_view().unwrap(),
        view,
        "the view followed the focus down the box"
    );
}

#[test]
fn card_columns_are_set_in_the_inspector_and_widen_the_box() {
    let mut h = harness();
    let before = design(&h).executive(&eid("cio")).unwrap().columns;
    assert_eq!(before, 2, "tidied wide for its eleven cards");
    click(&mut h, "CIO box");
    let wide = h.state().controller().derived().chart.boxes[0].rect.w;
    h.get_by_label("Card columns").set_value_accesskit(1.0);
    h.run();
    assert_eq!(design(&h).executive(&eid("cio")).unwrap().columns, 1);
    let narrow = h.state().controller().derived().chart.boxes[0].rect.w;
    assert!(narrow < wide, "{wide} → {narrow}");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(design(&h), default_design());
}

#[test]
fn a_new_executive_is_brought_into_view_even_when_zoomed_in() {
    let mut h = harness();
    // Zoomed in on the CTO box (the view no longer fits the chart).
    for _ in 0..4 {
        let cto = rect(&h, "CTO box").center();
        h.hover_at(cto);
        press(&mut h, Modifiers::COMMAND, Key::Plus);
    }
    click(&mut h, "CIO box");
    press(&mut h, Modifiers::COMMAND, Key::E);
    let added = design(&h).executives[2].clone();
    let title = format!("{} box", added.short_title);
    assert!(h.query_by_label(&title).is_some(), "the new box is in view");
    let chart = &h.state().controller().derived().chart;
    assert!(
        h.state()
            .chart_view()
            .unwrap()
            .contains_rect(chart_rect(chart.boxes[2].rect).shrink(1.0))
    );
}
