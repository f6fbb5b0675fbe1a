//! Inside a box's header and inside a card: where each piece of text, the
//! balance bar, the facing mark and the role chips go, at what size, in
//! chart points from the box's or the card's top-left corner; and the
//! colours and letters that say which way a card faces. The one definition
//! the canvas and the exported chart both draw from, so a handout looks
//! like the screen.
//!
//! Text positions are given twice where the two drawings need them
//! differently: as the top of the text (the canvas lays text out from its
//! top) and as its baseline (SVG writes text on its baseline).

use crate::model::{Facing, Rgb};

/// Where the header's text starts below the box's top.
pub const HEADER_TOP: f32 = 8.0;
/// The short title's size.
pub const TITLE_SIZE: f32 = 21.0;
/// The short title's baseline, from the box's top.
pub const TITLE_BASELINE: f32 = 30.0;
/// The size of the person's name, written after the short title.
pub const PERSON_SIZE: f32 = 15.0;
/// Room between the short title and the person's name.
pub const PERSON_GAP: f32 = 8.0;
/// Room kept at the right of the title for the Alt+number hint.
pub const TITLE_HINT_ROOM: f32 = 50.0;
/// The Alt+number hint's size, and its top from the box's top.
pub const HINT_SIZE: f32 = 12.0;
/// The hint's top, from the box's top.
pub const HINT_TOP: f32 = HEADER_TOP + 4.0;
/// The full title's size.
pub const FULL_TITLE_SIZE: f32 = 14.0;
/// The full title's top, from the box's top.
pub const FULL_TITLE_TOP: f32 = HEADER_TOP + 30.0;
/// The full title's baseline, from the box's top.
pub const FULL_TITLE_BASELINE: f32 = HEADER_TOP + 43.0;
/// The size of the lines under the full title (orientation and manager,
/// then the figures).
pub const LINE_SIZE: f32 = 12.5;
/// The distance from one of those lines to the next.
pub const LINE_HEIGHT: f32 = 16.0;
/// The first of those lines' baseline, from the box's top.
pub const FIRST_LINE_BASELINE: f32 = HEADER_TOP + 60.0;
/// The balance bar's height, and how far its top is above the header's
/// bottom.
pub const BAR_HEIGHT: f32 = 8.0;
/// How far the balance bar's top is above the bottom of the header.
pub const BAR_ABOVE_HEADER_END: f32 = 14.0;

/// The facing mark's place in a card: its inset from the top-left corner.
pub const MARK_INSET: f32 = 6.0;
/// The facing mark's width.
pub const MARK_WIDTH: f32 = 34.0;
/// The facing mark's height.
pub const MARK_HEIGHT: f32 = 18.0;
/// The size of the mark's letters.
pub const MARK_TEXT_SIZE: f32 = 11.0;
/// The mark's letters' baseline, from the mark's top.
pub const MARK_BASELINE: f32 = 13.0;
/// Room between the mark and the card's name.
pub const NAME_GAP: f32 = 8.0;
/// The name's top, from the card's top.
pub const NAME_TOP: f32 = 6.0;
/// The name's first baseline, from the card's top.
pub const NAME_BASELINE: f32 = 20.0;
/// From one line of a long name to the next (each line adds as much to
/// the card's height, [`super::geometry::CARD_LINE`]).
pub const NAME_LINE_STEP: f32 = super::geometry::CARD_LINE;
/// The size figure's size, its inset from the card's right and its top.
pub const SIZE_TEXT: f32 = 13.0;
/// The size figure's inset from the card's right edge.
pub const SIZE_INSET: f32 = 10.0;
/// The size figure's top, from the card's top.
pub const SIZE_TOP: f32 = 7.0;
/// The size figure's baseline, from the card's top.
pub const SIZE_BASELINE: f32 = 20.0;
/// The role chips' text size.
pub const CHIP_TEXT: f32 = 11.5;
/// A chip's height.
pub const CHIP_HEIGHT: f32 = 15.0;
/// How far the chips' top is above the card's bottom.
pub const CHIP_ABOVE_BOTTOM: f32 = 19.0;
/// Room inside a chip on each side of its text.
pub const CHIP_PAD: f32 = 5.0;
/// Room between two chips.
pub const CHIP_GAP: f32 = 4.0;
/// The chips stop this far from the card's right edge.
pub const CHIP_END_INSET: f32 = 6.0;
/// The folded corner of a card with notes.
pub const FOLD: f32 = 9.0;

/// The colour of internal-facing work (bars, marks).
pub const INTERNAL: Rgb = Rgb(0x3b, 0x82, 0xc4);
/// The colour of external-facing work.
pub const EXTERNAL: Rgb = Rgb(0xe0, 0x8a, 0x2c);
/// The colour of mixed-facing work.
pub const MIXED: Rgb = Rgb(0x8e, 0x6c, 0xbf);

/// The colour and the three letters of a facing mark (colour is never the
/// only cue).
pub fn facing_mark(facing: Facing) -> (Rgb, &'static str) {
    match facing {
        Facing::Internal => (INTERNAL, "INT"),
        Facing::Mixed => (MIXED, "MIX"),
        Facing::External => (EXTERNAL, "EXT"),
    }
}

/// Where a card's name starts, from the card's left edge.
pub const NAME_LEFT: f32 = MARK_INSET + MARK_WIDTH + NAME_GAP;

/// How wide a card's name may be in a card `card_width` wide whose size
/// figure is `size_width` wide.
pub fn name_width(card_width: f32, size_width: f32) -> f32 {
    (card_width - SIZE_INSET - size_width - NAME_GAP - NAME_LEFT).max(10.0)
}
