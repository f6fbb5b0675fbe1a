//! Colours, sizes and text styles shared by the panels, tuned to stay legible
//! on a 1280×720 projector as well as on a laptop screen.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::chart::look;
use crate::model::{Facing, Rgb};

/// Width of a card in the unassigned tray.
pub const TRAY_CARD_WIDTH: f32 = 240.0;

/// Colour for the internal-facing part of bars and markers.
pub const INTERNAL: Color32 = colour(look::INTERNAL);
/// Colour for the external-facing part of bars and markers.
pub const EXTERNAL: Color32 = colour(look::EXTERNAL);

/// The model's colour as an egui colour.
pub const fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// The marker colour and short text for a facing (see [`look::facing_mark`]).
pub fn facing_marker(facing: Facing) -> (Color32, &'static str) {
    let (rgb, letters) = look::facing_mark(facing);
    (colour(rgb), letters)
}

/// The size of body text.
pub const BODY_SIZE: f32 = 15.0;

/// Size of a facing marker ("INT", "MIX", "EXT").
pub const MARKER_SIZE: egui::Vec2 = egui::vec2(look::MARK_WIDTH, look::MARK_HEIGHT);

/// Paints the facing marker of a card: its colour and, so that colour is
/// not the only cue, its three letters; `top_left` is where it goes.
/// Returns the rectangle it took.
pub fn paint_facing_marker(
    pen: &super::pen::Pen,
    top_left: egui::Pos2,
    facing: Facing,
) -> egui::Rect {
    let (colour, text) = facing_marker(facing);
    let marker = egui::Rect::from_min_size(top_left, MARKER_SIZE);
    pen.shapes
        .rect_filled(marker, egui::CornerRadius::same(4), colour);
    pen.text(
        marker.center(),
        egui::Align2::CENTER_CENTER,
        text,
        FontId::proportional(look::MARK_TEXT_SIZE),
        Color32::WHITE,
    );
    marker
}

/// What a facing means, for the legend's hover text.
fn facing_meaning(facing: Facing) -> &'static str {
    match facing {
        Facing::Internal => "Internal-facing: under a third of it faces customers and the market",
        Facing::Mixed => "Mixed: a third to two thirds of it faces customers and the market",
        Facing::External => {
            "External-facing: two thirds or more of it faces customers and the market"
        }
    }
}

/// One entry of the facing legend: the mark a card of that facing has (its
/// colour and letters) and the word for it.
pub fn facing_legend_entry(ui: &mut egui::Ui, facing: Facing) {
    let (colour, letters) = facing_marker(facing);
    let (rect, response) = ui.allocate_exact_size(MARKER_SIZE, egui::Sense::hover());
    let meaning = facing_meaning(facing);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{letters}: {meaning}"))
    });
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, egui::CornerRadius::same(4), colour);
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            letters,
            FontId::proportional(look::MARK_TEXT_SIZE),
            Color32::WHITE,
        );
    }
    let word = ui.small(facing.word());
    response.union(word).on_hover_text(meaning);
}

/// The legend of the facing marks and the bars' colours: INT, MIX and EXT
/// with their colours and words (wrapping when the room is narrow).
pub fn facing_legend(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for facing in [Facing::Internal, Facing::Mixed, Facing::External] {
            facing_legend_entry(ui, facing);
        }
    });
}

/// Slightly larger text than egui's defaults, for projectors.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// A bar split internal | external; grey when there is nothing to weigh.
pub fn split_bar(painter: &egui::Painter, rect: egui::Rect, external: Option<f64>, empty: Color32) {
    let radius = egui::CornerRadius::same((rect.height() / 2.0) as u8);
    match external {
        Some(fraction) => {
            painter.rect_filled(rect, radius, EXTERNAL);
            let split = rect.left() + rect.width() * (1.0 - fraction as f32);
            let internal = egui::Rect::from_min_max(rect.min, egui::pos2(split, rect.max.y));
            painter.rect_filled(internal, radius, INTERNAL);
        }
        None => {
            painter.rect_filled(rect, radius, empty);
        }
    }
}

/// Tells assistive technology where a widget is on screen. egui gives a
/// widget the bounds it has in its own layer; on the zoomed and panned
/// chart, that is not where it shows.
pub fn screen_bounds(ui: &egui::Ui, response: &egui::Response) {
    let Some(to_global) = ui.ctx().layer_transform_to_global(ui.layer_id()) else {
        return;
    };
    let rect = to_global * response.rect;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_bounds(egui::accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}
