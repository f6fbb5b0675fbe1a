//! The size and place of everything on the chart: each executive's box and
//! the cards in it, the CEO box, and the connectors between boxes, in chart
//! points (at zoom 1). Worked out once per change of the design, in time
//! linear in its size; a frame then only compares rectangles.

use super::connectors::connectors;
pub use super::connectors::{Connector, LineKind};
pub use super::measure::{Measure, estimated_measure};
pub use super::rect::Rect;
use crate::model::{Design, Executive, Index, Responsibility};

/// Width of an executive box with one column of cards.
pub const BOX_WIDTH: f32 = 300.0;
/// Space inside a box's border.
pub const BOX_PADDING: f32 = 10.0;
/// Height of a box's header: titles, orientation and manager, figures and
/// the balance bar.
pub const HEADER_HEIGHT: f32 = 122.0;
/// Room below the last card.
pub const BOX_BOTTOM: f32 = 12.0;
/// Room in a box with no cards, for the "drop here" hint.
pub const EMPTY_ROOM: f32 = 40.0;
/// Text size of a card's name.
pub const CARD_NAME_SIZE: f32 = 14.0;
/// Height of a card whose name fits on one line.
pub const CARD_ONE_LINE: f32 = 30.0;
/// The height each line after the first adds to a card (a line of its
/// name, or the row of role chips under it).
pub const CARD_LINE: f32 = 16.0;
/// Height of a card of two lines.
pub const CARD_TWO_LINES: f32 = card_height(2);
/// The most lines a card's name takes: a longer name is cut with "…" on
/// the last, and is whole in its tooltip, to a screen reader and in the
/// handout's tables.
pub const MOST_NAME_LINES: u8 = 4;
/// The tallest a card gets: a name on the most lines, role chips under it.
pub const CARD_TALLEST: f32 = card_height(MOST_NAME_LINES + 1);
/// Space between cards, down and across.
pub const CARD_GAP: f32 = 6.0;
/// Width of a card in a box.
pub const CARD_WIDTH: f32 = BOX_WIDTH - 2.0 * BOX_PADDING;
/// Size of the CEO box.
pub const CEO_WIDTH: f32 = 240.0;
/// Height of the CEO box.
pub const CEO_HEIGHT: f32 = 64.0;

/// The width of a box with `columns` columns of cards.
pub fn box_width(columns: u8) -> f32 {
    let columns = f32::from(columns.max(1));
    columns * CARD_WIDTH + (columns - 1.0) * CARD_GAP + 2.0 * BOX_PADDING
}

/// One executive's box and the cards in it: a grid of cards, filled row by
/// row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoxGeometry {
    /// The whole box.
    pub rect: Rect,
    /// Columns of cards.
    pub columns: u8,
    /// The cards it holds, as positions in `design.responsibilities`, in
    /// document order.
    pub cards: Vec<usize>,
    /// Each card's top, from the box's top (the top of its row).
    pub card_tops: Vec<f32>,
    /// How many lines each card takes: its name's, and one for its role
    /// chips when it has any ([`card_lines`]).
    pub lines: Vec<u8>,
}

impl BoxGeometry {
    /// The rectangle of the `k`-th card in the box.
    pub fn card_rect(&self, k: usize) -> Rect {
        let column = k % usize::from(self.columns.max(1));
        Rect {
            x: self.rect.x + BOX_PADDING + column as f32 * (CARD_WIDTH + CARD_GAP),
            y: self.rect.y + self.card_tops[k],
            w: CARD_WIDTH,
            h: card_height(self.lines[k]),
        }
    }

    /// The cards (by their place in the box) that lie between `top` and
    /// `bottom`, in chart points: found by bisection, so a box of ten
    /// thousand cards costs no more to cull than a box of ten.
    pub fn cards_between(&self, top: f32, bottom: f32) -> std::ops::Range<usize> {
        let from = self.rect.y;
        let first = self
            .card_tops
            .partition_point(|&t| from + t + CARD_TALLEST < top);
        let last = self.card_tops.partition_point(|&t| from + t <= bottom);
        first..last.max(first)
    }

    /// The card (by its place in the box) at a point, if any.
    pub fn card_at(&self, x: f32, y: f32) -> Option<usize> {
        self.cards_between(y, y).find(|&k| {
            let r = self.card_rect(k);
            (r.x..=r.right()).contains(&x) && (r.y..=r.bottom()).contains(&y)
        })
    }

    /// The place in this box that the card at `i` in the design's list
    /// takes (or would take, if it were given to this executive): the
    /// number of the box's cards before it in the list. A box lists its
    /// cards in the design's order, so this is where a moved card stands.
    pub fn slot_of(&self, i: usize) -> usize {
        self.cards.partition_point(|&c| c < i)
    }

    /// The place a point in the box points at, for a card being put in
    /// between the box's cards: 0 before the first card, `cards.len()`
    /// after the last. A point over a card's first half (its upper half in
    /// one column, its left half in several) means before that card.
    pub fn slot_at(&self, x: f32, y: f32) -> usize {
        let n = self.cards.len();
        let columns = usize::from(self.columns.max(1));
        // The cards whose row starts above the point.
        let above = self.card_tops.partition_point(|&t| self.rect.y + t <= y);
        if above == 0 {
            return 0;
        }
        let row_start = (above - 1) - (above - 1) % columns;
        let column = ((x - self.rect.x - BOX_PADDING) / (CARD_WIDTH + CARD_GAP)).floor();
        let column = (column.max(0.0) as usize).min(columns - 1);
        let k = row_start + column;
        if k >= n {
            return n;
        }
        let card = self.card_rect(k);
        if y > card.bottom() {
            // Below the row (in the gap after it): after the whole row.
            return (row_start + columns).min(n);
        }
        let after = if columns == 1 {
            y > card.center_y()
        } else {
            x > card.center_x()
        };
        k + usize::from(after)
    }

    /// Where the marker for a card put at `slot` goes: a thin bar in the
    /// gap before the card now at `slot`, or, past the last card, the
    /// place after it (see [`Self::landing_rect`]).
    pub fn slot_marker(&self, slot: usize) -> Rect {
        if slot >= self.cards.len() {
            return self.landing_rect();
        }
        let card = self.card_rect(slot);
        Rect {
            x: card.x,
            y: card.y - CARD_GAP / 2.0 - 1.5,
            w: card.w,
            h: 3.0,
        }
    }

    /// Where a card carried into this box will land: the next place after
    /// the last card.
    pub fn landing_rect(&self) -> Rect {
        let n = self.cards.len();
        let columns = usize::from(self.columns.max(1));
        let top = match self.card_tops.last() {
            None => HEADER_HEIGHT,
            Some(&t) if !n.is_multiple_of(columns) => t,
            Some(&t) => t + row_height(&self.lines, n - 1, columns) + CARD_GAP,
        };
        let column = n % columns;
        Rect {
            x: self.rect.x + BOX_PADDING + column as f32 * (CARD_WIDTH + CARD_GAP),
            y: self.rect.y + top,
            w: CARD_WIDTH,
            h: CARD_ONE_LINE,
        }
    }
}

/// The height of a card of `lines` lines (at least one).
pub const fn card_height(lines: u8) -> f32 {
    let lines = lines.saturating_sub(1);
    CARD_ONE_LINE + lines as f32 * CARD_LINE
}

/// How many lines a card `height` tall has room for: the inverse of
/// [`card_height`], for a drawing that has only the card's rectangle.
pub fn lines_in(height: f32) -> u8 {
    let more = ((height - CARD_ONE_LINE) / CARD_LINE).round();
    // At most a few dozen: the cast cannot lose anything that matters.
    1 + more.clamp(0.0, f32::from(u8::MAX - 1)) as u8
}

/// How wide a card's name may be on one line in a box's card, beside the
/// facing mark and its size figure with the design's size `unit` ("29
/// FTE").
pub fn name_room(size: f64, unit: &str, measure: &dyn Measure) -> f32 {
    let figure = crate::model::format::size_in(size, unit);
    super::look::name_width(
        CARD_WIDTH,
        measure.text_width(&figure, super::look::SIZE_TEXT),
    )
}

/// How many lines `name` takes on a card at `width` (at most
/// [`MOST_NAME_LINES`]), broken as [`super::wrap`] says.
pub fn name_lines(name: &str, width: f32, measure: &dyn Measure) -> u8 {
    let most = usize::from(MOST_NAME_LINES);
    let advance = &mut super::wrap::advance_of(measure, CARD_NAME_SIZE);
    let lines = super::wrap::line_count(name, width, most, advance);
    u8::try_from(lines).unwrap_or(MOST_NAME_LINES)
}

/// How many lines a card takes: as many as its name takes beside its size
/// in `unit`, and one more for its role chips when it has any.
pub fn card_lines(item: &Responsibility, unit: &str, measure: &dyn Measure) -> u8 {
    let room = name_room(item.size, unit, measure);
    let chips = u8::from(!item.roles.is_empty());
    name_lines(&item.name, room, measure) + chips
}

/// The height of the row holding card `k`: its tallest card.
fn row_height(lines: &[u8], k: usize, columns: usize) -> f32 {
    let start = k - k % columns;
    let end = (start + columns).min(lines.len());
    card_height(lines[start..end].iter().copied().max().unwrap_or(1))
}

/// The height of a box holding cards of these numbers of lines in
/// `columns` columns, and each card's top.
fn stack(lines: &[u8], columns: u8) -> (f32, Vec<f32>) {
    let columns = usize::from(columns.max(1));
    let mut tops = Vec::with_capacity(lines.len());
    let mut y = HEADER_HEIGHT;
    for k in 0..lines.len() {
        tops.push(y);
        if k % columns == columns - 1 || k + 1 == lines.len() {
            y += row_height(lines, k, columns) + CARD_GAP;
        }
    }
    let height = if lines.is_empty() {
        HEADER_HEIGHT + EMPTY_ROOM + BOX_BOTTOM
    } else {
        // Room for the landing slot of a carried card, below the last row.
        y + CARD_ONE_LINE + BOX_BOTTOM
    };
    (height, tops)
}

/// The height of an executive box with no cards.
pub fn empty_box_height() -> f32 {
    stack(&[], 1).0
}

/// Everything on the chart, for one version of the design.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartGeometry {
    /// One box per executive, in the design's order.
    pub boxes: Vec<BoxGeometry>,
    /// The CEO box, if the design has one.
    pub ceo: Option<Rect>,
    /// Reporting and dotted lines.
    pub connectors: Vec<Connector>,
    /// The smallest rectangle holding every box (an empty rectangle at the
    /// origin when there is none).
    pub bounds: Rect,
}

impl ChartGeometry {
    /// The geometry of `design`, with cards grouped by `index`, text
    /// measured by `measure`.
    pub fn of(design: &Design, index: &Index, measure: &dyn Measure) -> Self {
        let columns: Vec<u8> = design.executives.iter().map(|e| e.columns).collect();
        Self::with_columns(design, index, measure, &columns)
    }

    /// Brings the geometry up to date after boxes moved and nothing else
    /// changed: each box (with its cards) follows its executive, and the
    /// lines and bounds are worked out again; no card is measured.
    pub fn moved(&mut self, design: &Design, index: &Index) {
        for (b, e) in self.boxes.iter_mut().zip(&design.executives) {
            b.rect.x = e.position.x;
            b.rect.y = e.position.y;
        }
        if let (Some(rect), Some(ceo)) = (self.ceo.as_mut(), design.ceo.as_ref()) {
            rect.x = ceo.position.x;
            rect.y = ceo.position.y;
        }
        self.connectors = connectors(design, index, &self.boxes, self.ceo);
        self.bounds = bounds(&self.boxes, self.ceo);
    }

    /// Brings the geometry up to date after `executive`, owning nothing and
    /// reporting to no one on the chart, was added after the design's other
    /// executives: one empty box more, as [`ChartGeometry::of`] would give it;
    /// no card is measured.
    pub fn add_empty_box(&mut self, executive: &Executive) {
        let columns = executive.columns.max(1);
        let (height, card_tops) = stack(&[], columns);
        self.boxes.push(BoxGeometry {
            rect: Rect {
                x: executive.position.x,
                y: executive.position.y,
                w: box_width(columns),
                h: height,
            },
            columns,
            cards: Vec::new(),
            card_tops,
            lines: Vec::new(),
        });
        self.bounds = bounds(&self.boxes, self.ceo);
    }

    /// The geometry as it would be with these numbers of card columns (one
    /// per executive), to compare layouts before choosing one.
    pub fn with_columns(
        design: &Design,
        index: &Index,
        measure: &dyn Measure,
        columns: &[u8],
    ) -> Self {
        let boxes: Vec<BoxGeometry> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let cards = index.cards(Some(i)).to_vec();
                let lines: Vec<u8> = cards
                    .iter()
                    .map(|&c| card_lines(&design.responsibilities[c], &design.size_unit, measure))
                    .collect();
                let columns = columns.get(i).copied().unwrap_or(1).max(1);
                let (height, card_tops) = stack(&lines, columns);
                BoxGeometry {
                    rect: Rect {
                        x: e.position.x,
                        y: e.position.y,
                        w: box_width(columns),
                        h: height,
                    },
                    columns,
                    cards,
                    card_tops,
                    lines,
                }
            })
            .collect();
        let ceo = design.ceo.as_ref().map(|c| Rect {
            x: c.position.x,
            y: c.position.y,
            w: CEO_WIDTH,
            h: CEO_HEIGHT,
        });
        let connectors = connectors(design, index, &boxes, ceo);
        let bounds = bounds(&boxes, ceo);
        Self {
            boxes,
            ceo,
            connectors,
            bounds,
        }
    }
}

/// The smallest rectangle holding every box.
fn bounds(boxes: &[BoxGeometry], ceo: Option<Rect>) -> Rect {
    boxes
        .iter()
        .map(|b| b.rect)
        .chain(ceo)
        .reduce(|a, b| a.union(&b))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
