//! Large designs on the chart: 10,000 responsibilities load, show the right
//! figures, and a card can still be dragged from one box to another; with
//! 100 executives, only the boxes in view are laid out, and panning brings
//! others in.

use crate::common;

use common::large_design;
use egui_kittest::kittest::Queryable;
use remit::app::AppOptions;
use remit::app::RemitApp;
use remit::file;
use remit::model::{DesignBalance, ExecutiveId};

use egui::{Key, Modifiers};
use egui_kittest::Harness;

const N: usize = 10_000;

/// Zooms the chart in with Ctrl+plus (the pointer on the chart) until it
/// is at least `zoom`.
fn zoom_chart_to(h: &mut Harness<'_, RemitApp>, at: egui::Pos2, zoom: f32) {
    for _ in 0..40 {
        if h.state().chart_zoom().is_some_and(|z| z >= zoom) {
            return;
        }
        h.hover_at(at);
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    panic!(
        "the chart did not zoom to {zoom}: {:?}",
        h.state().chart_zoom()
    );
}

/// Every box whose rectangle crosses the view is laid out (its header is in
/// the accessibility tree), and no other.
fn only_boxes_in_view_are_laid_out(h: &Harness<'_, RemitApp>) {
    let view = h.state().chart_view().expect("the chart is shown");
    let chart = &h.state().controller().derived().chart;
    let design = h.state().document().design();
    let mut shown = 0;
    for (e, b) in design.executives.iter().zip(&chart.boxes) {
        let rect = egui::Rect::from_min_size(
            egui::pos2(b.rect.x, b.rect.y),
            egui::vec2(b.rect.w, b.rect.h),
        );
        let label = format!("{} box", e.short_title);
        let laid_out = h.query_by_label(&label).is_some();
        if !view.expand(20.0).intersects(rect) {
            assert!(!laid_out, "{label} is out of view, yet laid out");
        }
        if view.shrink(20.0).intersects(rect) {
            assert!(laid_out, "{label} is in view, yet not laid out");
            shown += 1;
        }
    }
    assert!(shown > 0, "something is in view");
    assert!(shown < design.executives.len(), "not everything is in view");
}

#[test]
fn ten_thousand_responsibilities_load_show_and_move() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    let design = large_design(N);
    file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    assert_eq!(h.state().document().design(), &design);

    // The balance panel has every executive's figures.
    let balance = DesignBalance::of(&design);
    for executive in &design.executives {
        let own = balance.executive(&executive.id);
        let (i, e) = (
            own.internal_percent().unwrap(),
            own.external_percent().unwrap(),
        );
        h.get_by_label(&format!(
            "{}: internal {i}% · external {e}%",
            executive.short_title
        ));
    }

    // Zoomed in enough to read, the first CIO card is laid out and the
    // last (thousands of points further down) is not.
    let cio = ExecutiveId("cio".into());
    let first_cio = design.owned_by(Some(&cio)).next().unwrap();
    let last_cio = design.owned_by(Some(&cio)).last().unwrap();
    // Fit, ten thousand cards are tiles too small to grab: zoom in on the
    // top left of the chart, where the CIO's box starts.
    let chart = h.state().controller().derived().chart.boxes[0].rect;
    let corner = h
        .state()
        .chart_to_screen(egui::pos2(chart.x + 40.0, chart.y + 60.0))
        .unwrap();
    zoom_chart_to(&mut h, corner, 0.15);
    let header = h.get_by_label("CIO box").rect();
    zoom_chart_to(&mut h, header.center(), 0.5);
    let card = h.get_by_label(&first_cio.name).rect();
    assert!(card.bottom() < 720.0);
    assert!(h.query_by_label(&last_cio.name).is_none());

    // Drag the first CIO card into the CTO box.
    let cto = h.get_by_label("CTO box").rect();
    let target = egui::pos2(cto.center().x, cto.bottom() + 40.0);
    h.drag_at(card.center());
    h.run();
    h.hover_at(card.center() + egui::vec2(10.0, 10.0));
    h.run();
    h.hover_at(target);
    h.run();
    h.drop_at(target);
    h.run();
    let moved = h
        .state()
        .document()
        .design()
        .responsibility(&first_cio.id)
        .and_then(|r| r.owner.clone());
    assert_eq!(moved, Some(ExecutiveId("cto".into())));
    let after = DesignBalance::of(h.state().document().design());
    assert_eq!(
        after.executive(&cio).count,
        balance.executive(&cio).count - 1
    );
}

#[test]
fn boxes_out_of_view_are_not_laid_out_until_panned_to() {
    // 100 executives in a 10 × 10 grid.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.ron");
    let mut design = common::spread_design(100, 1_000);
    for (i, e) in design.executives.iter_mut().enumerate() {
        e.position.x = 24.0 + (i % 10) as f32 * 324.0;
        e.position.y = 24.0 + (i / 10) as f32 * 700.0;
    }
    file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    // Fit on opening: every box is in view.
    assert!(h.query_by_label("E0 box").is_some());
    assert!(h.query_by_label("E99 box").is_some());
    // Zoomed in, only the boxes in view are laid out.
    let middle = h.get_by_label("E44 box").rect().center();
    zoom_chart_to(&mut h, middle, 0.9);
    only_boxes_in_view_are_laid_out(&h);
    // Scrolling pans the chart, and the boxes in view follow.
    let before = h.state().chart_view().unwrap();
    for _ in 0..5 {
        h.hover_at(middle);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-300.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.run_steps(10);
    }
    let after = h.state().chart_view().unwrap();
    assert!(
        after.left() > before.left() + 100.0,
        "{before:?} → {after:?}"
    );
    assert!(after.top() > before.top() + 100.0, "{before:?} → {after:?}");
    only_boxes_in_view_are_laid_out(&h);
}
