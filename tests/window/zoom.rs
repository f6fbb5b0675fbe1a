//! UI tests: two zooms, each with its own keys. *View → Larger / Smaller
//! text and panels* (and Ctrl+plus/minus with the pointer on a panel, a
//! window or the menu bar) size the text, panels, menus and windows, and
//! the size is kept in the preferences; the chart has its own zoom
//! (Ctrl+plus/minus or Ctrl+wheel with the pointer on it, *Zoom chart
//! in/out*), which leaves the panels alone.

use crate::common;

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{AppOptions, RemitApp};

/// The designer with its preferences kept in `file`.
fn with_preferences(file: &std::path::Path) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        preferences_file: Some(file.to_owned()),
        ..AppOptions::default()
    });
    h.run();
    h
}

/// Whether the whole chart is in view (it was fit, and stays fit).
fn shows_all(h: &Harness<'_, RemitApp>) -> bool {
    let b = h.state().controller().derived().chart.bounds;
    let bounds = egui::Rect::from_min_size(Pos2::new(b.x, b.y), egui::vec2(b.w, b.h));
    h.state().chart_view().unwrap().contains_rect(bounds)
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// A point on the inspector, where no widget is (below its last line).
fn on_the_side_panel(h: &Harness<'_, RemitApp>) -> Pos2 {
    let field = h.get_by_label("Size unit").rect();
    Pos2::new(field.center().x, 700.0)
}

#[test]
fn ctrl_plus_over_a_panel_sizes_the_panels_and_the_size_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("preferences.ron");
    let mut h = with_preferences(&file);
    let chart_zoom = h.state().chart_zoom().unwrap();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    // The pointer on the side panel, nothing with the keyboard.
    h.hover_at(on_the_side_panel(&h));
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    assert!(
        (h.ctx.zoom_factor() - 1.2).abs() < 1e-4,
        "{}",
        h.ctx.zoom_factor()
    );
    // The chart is not zoomed in: it stays fit to the (now smaller) room.
    assert!(
        h.state().chart_zoom().unwrap() <= chart_zoom + 1e-4,
        "not the chart"
    );
    assert!(shows_all(&h));
    assert_eq!(h.state().preferences().panel_zoom_percent, 120);
    // Everything is drawn 1.2 times larger: the screen holds fewer points.
    let points = h.ctx.content_rect().width();
    assert!((points - 1280.0 / 1.2).abs() < 1.0, "{points}");
    assert!(!h.state().document().is_dirty(), "looking is not editing");

    // On the menu bar, the same.
    let menu = h.get_by_label("File").rect();
    h.hover_at(Pos2::new(menu.right() + 4.0, menu.center().y));
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Minus);
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-4);
    assert!(shows_all(&h));

    // Kept: the next start has text and panels at the same size.
    drop(h);
    let stored = remit::preferences::read(&file).expect("written");
    assert_eq!(stored.panel_zoom_percent, 110);
    let h = with_preferences(&file);
    assert!(
        (h.ctx.zoom_factor() - 1.1).abs() < 1e-4,
        "{}",
        h.ctx.zoom_factor()
    );
}

#[test]
fn ctrl_plus_over_the_chart_zooms_only_the_chart() {
    let mut h = common::started(None);
    let fitted = h.state().chart_zoom().unwrap();
    let on_chart = h.get_by_label("CIO box").rect().center();
    h.hover_at(on_chart);
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    assert!(h.state().chart_zoom().unwrap() > fitted);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4, "the panels stay");
    assert_eq!(h.state().preferences().panel_zoom_percent, 100);
    // Ctrl+wheel on the chart too.
    let zoomed = h.state().chart_zoom().unwrap();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, -3.0),
        modifiers: Modifiers::COMMAND,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // (A tooltip fades in over the box: run a fixed number of frames.)
    h.run_steps(10);
    assert!(h.state().chart_zoom().unwrap() < zoomed);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
}

#[test]
fn the_view_menu_says_which_zoom_is_which_and_its_items_do_it() {
    let mut h = common::started(None);
    let fitted = h.state().chart_zoom().unwrap();
    h.get_by_label("View").click();
    h.run();
    // Each zoom is named for what it sizes, with its keys.
    h.get_by_label_contains("Zoom chart in Ctrl+Plus over the chart");
    h.get_by_label_contains("Text, panels, menus and windows: 100% of normal size");
    // The menu lies over the chart: its item still sizes the panels.
    h.get_by_label_contains("Larger text and panels").click();
    h.run();
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-4);
    assert!(
        h.state().chart_zoom().unwrap() <= fitted + 1e-4,
        "not the chart"
    );
    assert!(shows_all(&h));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("110% of normal size");
    h.get_by_label_contains("Normal text and panels").click();
    h.run();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    assert!((h.state().chart_zoom().unwrap() - fitted).abs() < 1e-3);
    // The chart's own items zoom the chart only.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("Zoom chart in").click();
    h.run();
    assert!(h.state().chart_zoom().unwrap() > fitted);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}

#[test]
fn with_the_pointer_away_a_focused_card_zooms_the_chart_from_the_keyboard() {
    let mut h = common::started(None);
    let fitted = h.state().chart_zoom().unwrap();
    h.get_by_label("PMO").focus();
    h.run();
    h.remove_cursor();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    assert!(h.state().chart_zoom().unwrap() > fitted);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    // With a text field focused, it is the text and panels that grow.
    h.get_by_label("Name").focus();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-4);
}

#[test]
fn the_shortcut_list_says_which_keys_zoom_what() {
    let mut h = common::started(None);
    press(&mut h, Modifiers::NONE, Key::F1);
    h.get_by_label_contains("Make text, panels, menus and windows larger");
    h.get_by_label_contains("with the pointer on the chart, zoom the chart in instead");
    h.get_by_label_contains("zoom only the chart (text and panels keep their size)");
}
