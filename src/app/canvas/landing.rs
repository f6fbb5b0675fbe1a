//! The landing mark: where a carried card will stand in a box if it is let
//! go now, with its name.

use egui::{
    Align2, CornerRadius, FontId, Id, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::super::pen::Pen;
use super::context::Context;
use super::to_egui;
use crate::chart::geometry::BoxGeometry;
use crate::model::Responsibility;

/// Where a carried card will land if let go: an outlined place after the
/// last card, or a bar between two cards, with the card's name. In another
/// executive's box that is where the card's line in the file puts it (a
/// move changes its owner, not its place); in its own box, where the
/// pointer is, and nothing when that is where it already stands.
pub fn mark(
    ui: &mut Ui,
    pen: &Pen,
    context: &Context<'_>,
    geometry: &BoxGeometry,
    item: &Responsibility,
    before: usize,
) {
    let own = context
        .derived
        .index
        .responsibility(&item.id)
        .and_then(|i| geometry.cards.iter().position(|&c| c == i));
    if own.is_some_and(|k| before == k || before == k + 1) {
        return;
    }
    let colour = ui.visuals().selection.stroke.color;
    let marker = to_egui(geometry.slot_marker(before));
    let label = if own.is_some() {
        format!("“{}” goes here", item.name)
    } else {
        format!("“{}” lands here", item.name)
    };
    // Said to a screen reader too (and found by tests), as a label.
    let said = ui.interact(marker, Id::unique("remit-landing-mark"), Sense::hover());
    said.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &label));
    if before >= geometry.cards.len() {
        pen.shapes.rect_stroke(
            marker,
            CornerRadius::same(5),
            Stroke::new(1.5, colour),
            StrokeKind::Inside,
        );
        pen.text(
            marker.left_center() + Vec2::new(10.0, 0.0),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
        return;
    }
    pen.shapes
        .rect_filled(marker, CornerRadius::same(2), colour);
    // The name on a tag at the bar's right end, over the cards' edges
    // (the carried card, under the pointer, is usually to its left).
    let galley = pen.layout_no_wrap(
        label,
        FontId::proportional(12.0),
        ui.visuals().strong_text_color(),
    );
    let size = galley.size() + Vec2::new(10.0, 4.0);
    let tag = Rect::from_min_size(
        Pos2::new(
            (marker.right() - 8.0 - size.x).max(marker.left()),
            marker.center().y - size.y / 2.0,
        ),
        size,
    );
    pen.shapes.rect(
        tag,
        CornerRadius::same(4),
        ui.visuals().extreme_bg_color,
        Stroke::new(1.0, colour),
        StrokeKind::Inside,
    );
    pen.galley(
        tag.min + Vec2::new(5.0, 2.0),
        galley,
        ui.visuals().strong_text_color(),
    );
}
