//! The chart zoomed out, where cards are too small to read at their own
//! size: each box's header becomes a band with its title and balance in
//! type that stays readable on screen, and each card a bar coloured by
//! facing with its name on one line while there is room for it.

use egui::{CornerRadius, FontId, Pos2, Rect, Ui, Vec2};

use super::super::pen::Pen;
use super::super::theme;
use super::context::Context;
use super::to_egui;
use crate::chart::geometry::{BoxGeometry, CARD_GAP, CARD_ONE_LINE, HEADER_HEIGHT};
use crate::model::Facing;

/// The smallest type a card's name is written in, zoomed out, in screen
/// points; with less room than that, a card is a bar.
const OVERVIEW_NAME_MIN: f32 = 7.5;
/// The largest, when there is room for more.
const OVERVIEW_NAME_MAX: f32 = 12.0;

/// Cards zoomed out: bars coloured by facing (colour is not the only cue:
/// the names say what each is, and the header's figures the balance) with
/// each card's name on one line, in the largest type a one-line card's
/// height on screen allows, when that is large enough to read.
pub fn cards(
    ui: &Ui,
    pen: &Pen,
    context: &Context<'_>,
    geometry: &BoxGeometry,
    range: std::ops::Range<usize>,
) {
    let design = context.design;
    let zoom = context.zoom.max(0.01);
    let text = ui.visuals().strong_text_color();
    // One size for every name, from the room a one-line card has with the
    // gap under it.
    let size = ((CARD_ONE_LINE + CARD_GAP) * zoom * 0.8).min(OVERVIEW_NAME_MAX);
    let names = size >= OVERVIEW_NAME_MIN;
    for k in range {
        let item = &design.responsibilities[geometry.cards[k]];
        let (colour, _) = theme::facing_marker(Facing::of_share(item.external_share));
        let card = to_egui(geometry.card_rect(k));
        pen.shapes
            .rect_filled(card, CornerRadius::same(5), colour.gamma_multiply(0.6));
        if !names {
            continue;
        }
        let margin = 3.0 / zoom;
        let mut job = egui::text::LayoutJob::simple_singleline(
            item.name.clone(),
            FontId::proportional(size / zoom),
            text,
        );
        job.wrap.max_width = card.width() - 2.0 * margin;
        job.wrap.max_rows = 1;
        job.wrap.break_anywhere = true;
        job.wrap.overflow_character = Some('…');
        let name = pen.layout_job(job);
        let top = card.center().y - name.size().y / 2.0;
        pen.galley(Pos2::new(card.left() + margin, top), name, text);
    }
}

/// A box's title and balance, written at a size that stays readable on
/// screen (like the names on a map) over a band in the executive's colour;
/// when the header has too little room on screen for that, one line each,
/// as large as fits. Returns the band.
pub fn header(ui: &Ui, pen: &Pen, context: &Context<'_>, index: usize, rect: Rect) -> Rect {
    let executive = &context.design.executives[index];
    let own = context.derived.balance.executive_at(index);
    let accent = theme::colour(executive.colour);
    let pen = pen.with_clip_rect(rect);
    let scale = 1.0 / context.zoom.max(0.01);
    let text = ui.visuals().strong_text_color();
    let margin = 4.0 * scale;
    let width = rect.width() - 2.0 * margin;
    let wrapped = |words: String, size: f32, rows: usize| {
        let mut job =
            egui::text::LayoutJob::simple(words, FontId::proportional(size * scale), text, width);
        job.wrap.max_rows = rows;
        job.wrap.overflow_character = Some('…');
        pen.layout_job(job)
    };
    let figures_text = match (own.internal_percent(), own.external_percent()) {
        (Some(i), Some(e)) => format!("int {i}%\u{a0}· ext\u{a0}{e}%"),
        _ => "nothing yet".to_owned(),
    };
    let header = HEADER_HEIGHT * context.zoom;
    let (mut title, mut figures) = (
        wrapped(executive.short_title.clone(), 16.0, 2),
        wrapped(figures_text.clone(), 13.0, 2),
    );
    if (title.size().y + figures.size().y) / scale + 3.0 * 4.0 > header {
        // Not enough room above the cards: one line each, as large as
        // fits (the cards stay in view below).
        let size = ((header - 3.0 * 4.0) / 2.4).clamp(7.0, 16.0);
        title = wrapped(executive.short_title.clone(), size * 1.15, 1);
        figures = wrapped(figures_text, size * 0.9, 1);
    }
    let band = Rect::from_min_size(
        rect.min,
        Vec2::new(
            rect.width(),
            title.size().y + figures.size().y + 3.0 * margin,
        ),
    );
    let fill = ui.visuals().extreme_bg_color.lerp_to_gamma(accent, 0.35);
    pen.shapes.rect_filled(band, CornerRadius::same(8), fill);
    let title_height = title.size().y;
    pen.galley(band.min + Vec2::splat(margin), title, text);
    pen.galley(
        band.min + Vec2::new(margin, 2.0 * margin + title_height),
        figures,
        text,
    );
    band
}
