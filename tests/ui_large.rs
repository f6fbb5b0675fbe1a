//! A design with 10,000 responsibilities loads and shows fine: the boxes
//! scroll instead of growing without end, the balance panel shows the right
//! figures, and a card can still be dragged from one box to another.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::large_design;
use egui_kittest::kittest::Queryable;
use remit::app::AppOptions;
use remit::file;
use remit::model::{DesignBalance, ExecutiveId};

const N: usize = 10_000;

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

    // Each box says how many cards it holds and scrolls through them.
    let balance = DesignBalance::of(&design);
    for executive in &design.executives {
        let count = balance.executive(&executive.id).count;
        assert!(count > 40);
        let same = design
            .executives
            .iter()
            .filter(|x| balance.executive(&x.id).count == count)
            .count();
        assert_eq!(
            h.get_all_by_label(&format!("{count} cards: scroll to see them all"))
                .count(),
            same
        );
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

    // The boxes stay on screen-sized heights: the first card is shown, the
    // last is not laid out at all.
    let cio = ExecutiveId("cio".into());
    let first_cio = design.owned_by(Some(&cio)).next().unwrap();
    let last_cio = design.owned_by(Some(&cio)).last().unwrap();
    let card = h.get_by_label(&first_cio.name).rect();
    assert!(card.bottom() < 720.0);
    assert!(h.query_by_label(&last_cio.name).is_none());

    // Drag the first CIO card into the CTO box.
    let cto = h.get_by_label("CTO box").rect();
    let target = egui::pos2(cto.center().x, cto.bottom() + 200.0);
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
    let cio_count = balance.executive(&cio).count - 1;
    assert_eq!(
        h.get_all_by_label(&format!("{cio_count} cards: scroll to see them all"))
            .count(),
        1
    );
}

#[test]
fn boxes_out_of_view_are_not_laid_out_until_scrolled_to() {
    // 100 executives in a 10 × 10 grid: only the first few are in view.
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
    assert!(h.query_by_label("E0 box").is_some(), "in view");
    assert!(h.query_by_label("E1 box").is_some(), "in view");
    assert!(h.query_by_label("E99 box").is_none(), "far out of view");
    assert!(
        h.query_by_label("E5 box").is_none(),
        "to the right, out of view"
    );
    // Scrolling to it brings it in.
    let canvas = h.get_by_label("E0 box").rect().center();
    for _ in 0..40 {
        if h.query_by_label("E5 box").is_some() {
            break;
        }
        h.hover_at(canvas);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-200.0, 0.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.run_steps(10);
    }
    assert!(h.query_by_label("E5 box").is_some(), "scrolled into view");
    assert!(h.query_by_label("E0 box").is_none(), "scrolled out of view");
}
