//! Which part of the chart is in view: fit to show it all, zoomed to one
//! box, moved just enough to show something, and panned toward a card
//! carried near an edge.

use egui::{Pos2, Rect, Ui, Vec2};

use super::super::card::CardDrag;
use super::context::DETAIL_ZOOM;
use super::{EDGE, EDGE_SPEED, FIT_MARGIN, ZOOM_RANGE, reporting};

/// The view that shows `bounds` whole in a canvas of `size` (never zoomed
/// beyond `max_zoom`), centred. A chart too tall to show whole even at the
/// smallest zoom (thousands of cards in a box) would only be coloured
/// tiles: it is shown as wide as the canvas allows instead, from its top,
/// to be scrolled down.
pub(super) fn fitted(bounds: Rect, size: Vec2, max_zoom: f32) -> Rect {
    let room = (size - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
    let bounds = if bounds.is_positive() {
        bounds
    } else {
        Rect::from_min_size(Pos2::ZERO, Vec2::splat(1.0))
    };
    let whole = (room.x / bounds.width()).min(room.y / bounds.height());
    let zoom = if whole < *ZOOM_RANGE.start() {
        room.x / bounds.width()
    } else {
        whole
    }
    .clamp(*ZOOM_RANGE.start(), max_zoom);
    let view = Rect::from_center_size(bounds.center(), size / zoom);
    if view.height() < bounds.height() {
        view.translate(Vec2::new(
            0.0,
            bounds.top() - FIT_MARGIN / zoom - view.top(),
        ))
    } else {
        view
    }
}

/// The view that shows `target` (a box) large enough to read: fit to the
/// canvas, at natural size at most, and never so small that its cards turn
/// into bars; a box taller than that shows its top.
pub(super) fn zoomed_to(target: Rect, size: Vec2) -> Rect {
    let room = (size - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
    let zoom = (room.x / target.width())
        .min(room.y / target.height())
        .clamp(DETAIL_ZOOM, 1.0);
    let view = Rect::from_center_size(target.center(), size / zoom);
    if view.height() < target.height() {
        view.translate(Vec2::new(
            0.0,
            target.top() - FIT_MARGIN / zoom - view.top(),
        ))
    } else {
        view
    }
}

/// The view moved as little as it takes to show `target` whole (or its
/// top-left part, if it is larger than the view).
pub(super) fn revealed(view: Rect, target: Rect) -> Rect {
    let shift = |low: f32, high: f32, t_low: f32, t_high: f32| {
        if t_low < low || t_high - t_low > high - low {
            t_low - low
        } else if t_high > high {
            t_high - high
        } else {
            0.0
        }
    };
    view.translate(Vec2::new(
        shift(view.left(), view.right(), target.left(), target.right()),
        shift(view.top(), view.bottom(), target.top(), target.bottom()),
    ))
}

/// While a card or a reporting line is carried near an edge of the view,
/// the view pans toward it, as long as there is more of the chart that way.
pub(super) fn edge_pan(ui: &Ui, outer: Rect, view: Rect, bounds: Rect) -> Rect {
    let carrying = egui::DragAndDrop::has_payload_of_type::<CardDrag>(ui.ctx())
        || reporting::drawing_line(ui.ctx());
    let Some(pointer) = ui.ctx().pointer_latest_pos().filter(|_| carrying) else {
        return view;
    };
    if !outer.contains(pointer) {
        return view;
    }
    let push = |low: f32, high: f32, at: f32| {
        if at < low + EDGE {
            -(low + EDGE - at).min(EDGE) / EDGE
        } else if at > high - EDGE {
            (at - (high - EDGE)).min(EDGE) / EDGE
        } else {
            0.0
        }
    };
    let more = |push: f32, before: bool, after: bool| {
        if (push < 0.0 && before) || (push > 0.0 && after) {
            push
        } else {
            0.0
        }
    };
    let direction = Vec2::new(
        more(
            push(outer.left(), outer.right(), pointer.x),
            bounds.left() < view.left(),
            bounds.right() > view.right(),
        ),
        more(
            push(outer.top(), outer.bottom(), pointer.y),
            bounds.top() < view.top(),
            bounds.bottom() > view.bottom(),
        ),
    );
    if direction == Vec2::ZERO {
        return view;
    }
    let dt = ui.input(|i| i.stable_dt).min(0.1);
    let zoom = outer.width() / view.width();
    ui.ctx().request_repaint();
    view.translate(direction * EDGE_SPEED * dt / zoom)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zoom_of(view: Rect, size: Vec2) -> f32 {
        (size.x / view.width()).min(size.y / view.height())
    }

    #[test]
    fn fit_shows_a_chart_whole_and_centred() {
        let size = Vec2::new(1280.0, 720.0);
        let bounds = Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(4000.0, 1500.0));
        let view = fitted(bounds, size, 1.0);
        assert!(view.contains_rect(bounds), "{view:?}");
        assert!((view.center() - bounds.center()).length() < 0.01);
    }

    #[test]
    fn a_small_chart_is_not_enlarged_past_the_limit() {
        let size = Vec2::new(1920.0, 1080.0);
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(300.0, 200.0));
        assert!((zoom_of(fitted(bounds, size, 1.0), size) - 1.0).abs() < 1e-4);
    }

    #[test]
    fn a_chart_too_tall_to_fit_shows_its_top_as_wide_as_it_goes() {
        let size = Vec2::new(1920.0, 1080.0);
        // Two boxes of 10,000 cards each, side by side.
        let bounds = Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(2400.0, 500_000.0));
        let view = fitted(bounds, size, 1.0);
        let zoom = zoom_of(view, size);
        assert!(
            (zoom - (size.x - 2.0 * FIT_MARGIN) / 2400.0).abs() < 1e-3,
            "{zoom}"
        );
        assert!(view.left() <= bounds.left() && view.right() >= bounds.right());
        assert!(view.top() < bounds.top() && view.top() > bounds.top() - 100.0);
    }
}
