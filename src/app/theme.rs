//! Colours, sizes and text styles shared by the panels, tuned to stay legible
//! on a 1280×720 projector as well as on a laptop screen.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::model::{Facing, Rgb};

/// Width of an executive box, in points. The templates place boxes
/// [`COLUMN_SPACING`](crate::model::templates::COLUMN_SPACING) apart, which
/// leaves room for it (checked when Remit is compiled).
pub const BOX_WIDTH: f32 = 300.0;
/// Height of one card.
pub const CARD_HEIGHT: f32 = 30.0;
/// Width of a card in the unassigned tray.
pub const TRAY_CARD_WIDTH: f32 = 240.0;

/// Colour for the internal-facing part of bars and markers.
pub const INTERNAL: Color32 = Color32::from_rgb(0x3b, 0x82, 0xc4);
/// Colour for the external-facing part of bars and markers.
pub const EXTERNAL: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x2c);
/// Colour for mixed-facing markers.
pub const MIXED: Color32 = Color32::from_rgb(0x8e, 0x6c, 0xbf);

/// The model's colour as an egui colour.
pub fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// The marker colour and short text for a facing.
pub fn facing_marker(facing: Facing) -> (Color32, &'static str) {
    match facing {
        Facing::Internal => (INTERNAL, "INT"),
        Facing::Mixed => (MIXED, "MIX"),
        Facing::External => (EXTERNAL, "EXT"),
    }
}

/// Slightly larger text than egui's defaults, for projectors.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
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

// The templates' boxes must not overlap on the canvas.
const _: () = assert!(BOX_WIDTH + 16.0 <= crate::model::templates::COLUMN_SPACING);
