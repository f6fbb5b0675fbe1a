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
/// Height of a card whose name wraps to two lines.
pub const CARD_TWO_LINES: f32 = 46.0;
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
    /// Whether each card's name takes two lines.
    pub two_lines: Vec<bool>,
}

impl BoxGeometry {
    /// The rectangle of the `k`-th card in the box.
    pub fn card_rect(&self, k: usize) -> Rect {
        let column = k % usize::from(self.columns.max(1));
        Rect {
            x: self.rect.x + BOX_PADDING + column as f32 * (CARD_WIDTH + CARD_GAP),
            y: self.rect.y + self.card_tops[k],
            w: CARD_WIDTH,
            h: card_height(self.two_lines[k]),
        }
    }

    /// The cards (by their place in the box) that lie between `top` and
    /// `bottom`, in chart points: found by bisection, so a box of ten
    /// thousand cards costs no more to cull than a box of ten.
    pub fn cards_between(&self, top: f32, bottom: f32) -> std::ops::Range<usize> {
        let from = self.rect.y;
        let first = self
            .card_tops
            .partition_point(|&t| from + t + CARD_TWO_LINES < top);
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
            Some(&t) => t + row_height(&self.two_lines, n - 1, columns) + CARD_GAP,
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

/// The height of a card.
pub fn card_height(two_lines: bool) -> f32 {
    if two_lines {
        CARD_TWO_LINES
    } else {
        CARD_ONE_LINE
    }
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

/// Whether a card takes two lines: its name does not fit on one beside its
/// size in `unit`, or it has role chips to show under the name.
pub fn needs_two_lines(item: &Responsibility, unit: &str, measure: &dyn Measure) -> bool {
    !item.roles.is_empty()
        || measure.text_width(&item.name, CARD_NAME_SIZE) > name_room(item.size, unit, measure)
}

/// The height of the row holding card `k`: its tallest card.
fn row_height(two_lines: &[bool], k: usize, columns: usize) -> f32 {
    let start = k - k % columns;
    let end = (start + columns).min(two_lines.len());
    if two_lines[start..end].iter().any(|&two| two) {
        CARD_TWO_LINES
    } else {
        CARD_ONE_LINE
    }
}

/// The height of a box holding cards of these heights in `columns`
/// columns, and each card's top.
fn stack(two_lines: &[bool], columns: u8) -> (f32, Vec<f32>) {
    let columns = usize::from(columns.max(1));
    let mut tops = Vec::with_capacity(two_lines.len());
    let mut y = HEADER_HEIGHT;
    for (k, _) in two_lines.iter().enumerate() {
        tops.push(y);
        if k % columns == columns - 1 || k + 1 == two_lines.len() {
            y += row_height(two_lines, k, columns) + CARD_GAP;
        }
    }
    let height = if two_lines.is_empty() {
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
            two_lines: Vec::new(),
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
                let two_lines: Vec<bool> = cards
                    .iter()
                    .map(|&c| {
                        needs_two_lines(&design.responsibilities[c], &design.size_unit, measure)
                    })
                    .collect();
                let columns = columns.get(i).copied().unwrap_or(1).max(1);
                let (height, card_tops) = stack(&two_lines, columns);
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
                    two_lines,
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
mod tests {
    use super::*;
    use crate::model::{DottedLine, ReportsTo};
    use crate::templates::default_design;

    #[test]
    fn boxes_grow_with_their_cards_and_long_names_take_two_lines() {
        let mut design = default_design();
        design.executives[0].columns = 1;
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let cio = &geometry.boxes[0];
        assert_eq!(cio.cards.len(), cio.card_tops.len());
        let last = cio.card_rect(cio.cards.len() - 1);
        assert!(last.bottom() < cio.rect.bottom(), "cards inside the box");
        for k in 1..cio.cards.len() {
            assert!(
                cio.card_rect(k - 1).bottom() < cio.card_rect(k).y,
                "no overlap"
            );
        }
        let short = geometry.boxes[0].rect.h;
        design.responsibilities[0].name = "A responsibility with a very long name indeed".into();
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        assert!(geometry.boxes[0].two_lines[0]);
        assert_eq!(
            geometry.boxes[0].rect.h,
            short + CARD_TWO_LINES - CARD_ONE_LINE
        );
    }

    #[test]
    fn a_point_over_a_cards_first_half_means_before_it() {
        for columns in [1, 2, 3] {
            let mut design = default_design();
            design.executives[0].columns = columns;
            let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
            let b = &geometry.boxes[0];
            let n = b.cards.len();
            for k in 0..n {
                let card = b.card_rect(k);
                let (early, late) = if columns == 1 {
                    (
                        (card.center_x(), card.y + 2.0),
                        (card.center_x(), card.bottom() - 2.0),
                    )
                } else {
                    (
                        (card.x + 2.0, card.center_y()),
                        (card.right() - 2.0, card.center_y()),
                    )
                };
                assert_eq!(
                    b.slot_at(early.0, early.1),
                    k,
                    "{columns} columns, card {k}"
                );
                assert_eq!(
                    b.slot_at(late.0, late.1),
                    k + 1,
                    "{columns} columns, card {k}"
                );
            }
            // Over the header: first; below the last card: last.
            assert_eq!(b.slot_at(b.rect.center_x(), b.rect.y + 5.0), 0);
            assert_eq!(b.slot_at(b.rect.x + 12.0, b.rect.bottom() - 1.0), n);
            // A card's slot is the number of the box's cards before it in
            // the list; the marker of a slot sits just above that card.
            for (k, &i) in b.cards.iter().enumerate() {
                assert_eq!(b.slot_of(i), k);
                let marker = b.slot_marker(k);
                assert!(marker.bottom() <= b.card_rect(k).y);
            }
            assert_eq!(b.slot_of(usize::MAX), n);
            assert_eq!(b.slot_marker(n), b.landing_rect());
        }
    }

    #[test]
    fn cards_fill_a_wide_box_row_by_row_without_overlapping() {
        let mut design = default_design();
        design.executives[0].columns = 3;
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let b = &geometry.boxes[0];
        assert_eq!(b.rect.w, box_width(3));
        let rects: Vec<Rect> = (0..b.cards.len()).map(|k| b.card_rect(k)).collect();
        for (i, r) in rects.iter().enumerate() {
            assert!(r.x >= b.rect.x && r.right() <= b.rect.right(), "inside");
            assert!(r.bottom() < b.rect.bottom());
            for other in &rects[i + 1..] {
                assert!(!r.intersects(other), "{r:?} and {other:?}");
            }
        }
        // Row by row: the 2nd card is beside the 1st, the 4th below it.
        assert_eq!(rects[1].y, rects[0].y);
        assert!(rects[1].x > rects[0].x);
        assert!(rects[3].y > rects[0].y);
        assert_eq!(rects[3].x, rects[0].x);
        // The landing slot is the next free place.
        let landing = b.landing_rect();
        assert!(rects.iter().all(|r| !r.intersects(&landing)));
        assert!(landing.bottom() <= b.rect.bottom());
    }

    #[test]
    fn moving_boxes_gives_the_geometry_worked_out_afresh() {
        let mut design = default_design();
        let index = Index::of(&design);
        let mut geometry = ChartGeometry::of(&design, &index, &estimated_measure);
        design.executives[1].position.x += 500.0;
        design.executives[0].position.y += 300.0;
        if let Some(ceo) = design.ceo.as_mut() {
            ceo.position.x -= 40.0;
        }
        geometry.moved(&design, &index);
        assert_eq!(
            geometry,
            ChartGeometry::of(&design, &index, &estimated_measure)
        );
    }

    #[test]
    fn culling_finds_every_card_in_a_band_and_little_else() {
        let design = default_design();
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let b = &geometry.boxes[0];
        for (from, to) in [(0.0, 130.0), (200.0, 320.0), (150.0, 160.0), (400.0, 900.0)] {
            let (top, bottom) = (b.rect.y + from, b.rect.y + to);
            let range = b.cards_between(top, bottom);
            for k in 0..b.cards.len() {
                let r = b.card_rect(k);
                let visible = r.bottom() >= top && r.y <= bottom;
                if visible {
                    assert!(range.contains(&k), "card {k} is in the band");
                } else if range.contains(&k) {
                    // At most a row's height away, never more.
                    assert!(r.bottom() + CARD_TWO_LINES >= top, "card {k}");
                }
            }
        }
    }

    #[test]
    fn connectors_join_the_boxes_they_name() {
        let mut design = default_design();
        design.ceo = Some(crate::model::Ceo::default());
        design.executives[0].reports_to = ReportsTo::Ceo;
        design.executives[1].reports_to = ReportsTo::Executive(design.executives[0].id.clone());
        design.dotted_lines.push(DottedLine {
            from: design.executives[1].id.clone(),
            to: design.executives[0].id.clone(),
        });
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        assert_eq!(geometry.connectors.len(), 3);
        let kinds: Vec<LineKind> = geometry.connectors.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [LineKind::Reporting, LineKind::Reporting, LineKind::Dotted]
        );
        assert_eq!(geometry.connectors[0].to, None, "to the CEO box");
        assert_eq!(geometry.connectors[1].to, Some(0));
    }

    #[test]
    fn an_empty_box_added_is_what_the_whole_geometry_gives() {
        let mut design = default_design();
        let index = Index::of(&design);
        let mut geometry = ChartGeometry::of(&design, &index, &estimated_measure);
        let executive = Executive {
            id: crate::model::ExecutiveId("new".into()),
            short_title: "New".into(),
            columns: 2,
            position: crate::model::Position {
                x: 2000.0,
                y: -40.0,
            },
            ..Default::default()
        };
        geometry.add_empty_box(&executive);
        design.executives.push(executive);
        let index = Index::of(&design);
        assert_eq!(
            geometry,
            ChartGeometry::of(&design, &index, &estimated_measure)
        );
    }
}
