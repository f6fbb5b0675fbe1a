//! The window's fonts: egui's own (Ubuntu Light first, then its icons),
//! and after them, as fallbacks for the characters they lack, the fonts
//! the exports ship ([`crate::export::font::FALLBACKS`]): Noto Sans CJK for
//! Japanese, Chinese and Korean, Noto Sans Arabic, Noto Sans Hebrew and
//! Noto Emoji. All are compiled in, so every machine shows the same
//! glyphs, and none is looked for on the system.
//!
//! egui installs Noto Emoji itself only behind a feature (and eframe's
//! system fonts only behind another) that Remit does not turn on: without
//! this set-up an emoji, like a Japanese or Arabic name, is drawn as an
//! empty box.

use egui::{FontData, FontFamily, FontInsert, FontPriority, FontTweak, InsertFontFamily};

use crate::export::font::{EMOJI, FALLBACKS};

/// How much smaller than the text around it an emoji is drawn (egui's own
/// setting for the same font).
const EMOJI_SCALE: f32 = 0.81;

/// Adds the shipped fallback fonts after egui's fonts, in both families.
pub fn install(ctx: &egui::Context) {
    for fallback in &FALLBACKS {
        let mut data = FontData::from_static(fallback.data);
        if std::ptr::eq(fallback.data, EMOJI) {
            data = data.tweak(FontTweak {
                scale: EMOJI_SCALE,
                ..FontTweak::default()
            });
        }
        let families = [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .collect();
        ctx.add_font(FontInsert::new(fallback.name, data, families));
    }
}
