//! The chart arranged for a room: every executive's box in columns that
//! fill the screen, each card one line (or a few, for a long name) of text large
//! enough to read from the back of the room, in the largest type that lets
//! everything fit. Presenting shows this when the design's own layout would
//! make card names too small to read; the design's positions are not
//! touched (looking is not editing).
//!
//! Pure: sizes are in screen points, and text is measured through the
//! caller's function, so the window and the tests agree on what fits.

use super::rect::Rect;

/// The smallest type a card's name is written in, in screen points.
pub const MIN_NAME_SIZE: f32 = 14.0;
/// The largest: beyond it, more type only spreads the chart out.
pub const MAX_NAME_SIZE: f32 = 24.0;
/// Room between boxes and around them.
pub const GAP: f32 = 8.0;
/// Room inside a box's border.
pub const PADDING: f32 = 5.0;
/// Room between two cards in a box.
pub const CARD_GAP: f32 = 2.0;
/// Room inside a card, above and below its text.
pub const CARD_PAD: f32 = 2.0;
/// The most cards shown in columns: beyond it the chart (which draws
/// only what is in view) serves a room better than pages of lines.
pub const MOST_CARDS: usize = 600;
/// How many lines a card's name may take before it is cut with "…".
pub const MAX_LINES: u32 = 3;

/// The sizes of everything, for type of one size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// A card's name.
    pub name: f32,
    /// A line of a name (the type's size and the room between lines).
    pub line: f32,
    /// The short title, and the person beside it.
    pub title: f32,
    /// Small words in the header (the Alt+number hint).
    pub figures: f32,
    /// The facing mark's letters ("INT").
    pub mark: f32,
    /// The facing mark's width, in front of each name.
    pub mark_width: f32,
    /// The header's height.
    pub header: f32,
    /// The balance bar's height, under the title.
    pub bar: f32,
}

impl Sizes {
    /// The sizes that go with names in type `name` points high.
    pub fn for_name(name: f32) -> Self {
        let title = name * 1.3;
        let figures = name * 0.8;
        let bar = (name * 0.3).round().max(4.0);
        Self {
            name,
            line: name * 1.15,
            title,
            figures,
            mark: name * 0.65,
            mark_width: (name * 1.9).ceil(),
            // The title's line, then the balance bar under it (the
            // figures are in the balance panel beside the columns).
            header: (title * 1.25 + bar + 3.0 * PADDING).ceil(),
            bar,
        }
    }

    /// The height of a card whose name takes `lines` lines.
    pub fn card_height(&self, lines: u32) -> f32 {
        lines as f32 * self.line + 2.0 * CARD_PAD
    }

    /// How wide a name may be in a box `width` wide.
    pub fn name_width(&self, width: f32) -> f32 {
        width - 2.0 * PADDING - 2.0 * CARD_PAD - self.mark_width - self.name * 0.4
    }
}

/// One box, arranged.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomBox {
    /// The whole box, in screen points from the arrangement's top-left.
    pub rect: Rect,
    /// Its cards, as positions in `design.responsibilities`, in order.
    pub cards: Vec<usize>,
    /// Each card's rectangle.
    pub card_rects: Vec<Rect>,
    /// How many lines each card's name takes.
    pub lines: Vec<u32>,
}

impl RoomBox {
    /// The place among the box's cards that a point at height `y` points
    /// at: before the first card whose middle is below it.
    pub fn slot_at(&self, y: f32) -> usize {
        self.card_rects.partition_point(|r| r.center_y() < y)
    }

    /// The place the card at `i` in the design's list takes in this box
    /// (the number of its cards before it in the list).
    pub fn slot_of(&self, i: usize) -> usize {
        self.cards.partition_point(|&c| c < i)
    }
}

/// The chart arranged for a room.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    /// The sizes chosen.
    pub sizes: Option<Sizes>,
    /// Columns of boxes.
    pub columns: usize,
    /// One per executive, in the design's order.
    pub boxes: Vec<RoomBox>,
    /// The whole arrangement's size.
    pub width: f32,
    /// Its height: more than the room's when even the smallest type does
    /// not fit (the view then scrolls).
    pub height: f32,
}

impl Room {
    /// Whether everything fits in `height` without scrolling.
    pub fn fits(&self, height: f32) -> bool {
        self.height <= height + 0.5
    }
}

/// Arranges `boxes` (each a list of card positions in the design) in an
/// area `width` × `height`: the largest name size from [`MIN_NAME_SIZE`] to
/// [`MAX_NAME_SIZE`], in whole points, and the number of columns, for
/// which every box fits; at the smallest size, when nothing fits, the
/// number of columns that needs the least height. `lines(card,
/// size, width)` says how many lines the card's name takes in type `size`
/// points high wrapped at `width` (at most [`MAX_LINES`] are used).
///
/// Work: at most five sizes (the smallest, then a bisection) × the numbers
/// of columns that leave names room, each a pass over the cards.
pub fn arrange(
    boxes: &[Vec<usize>],
    width: f32,
    height: f32,
    lines: &dyn Fn(usize, f32, f32) -> u32,
) -> Room {
    if boxes.is_empty() {
        return Room::default();
    }
    let most_columns = boxes.len();
    // Of the numbers of columns that leave a name its room, the one that
    // needs the least height (side by side, like a chart, when the boxes
    // fit that way).
    let best_at = |size: f32| -> Option<Room> {
        let sizes = Sizes::for_name(size);
        let mut best: Option<Room> = None;
        for columns in 1..=most_columns {
            let box_width = (width - GAP * (columns as f32 + 1.0)) / columns as f32;
            // A name needs room for a word or two of its own.
            if sizes.name_width(box_width) < size * 6.0 {
                break;
            }
            let room = place(boxes, &sizes, columns, box_width, lines);
            if best.as_ref().is_none_or(|b| room.height < b.height) {
                best = Some(room);
            }
        }
        best
    };
    let Some(smallest) = best_at(MIN_NAME_SIZE) else {
        // Not even one box in a row leaves a name its room: one column, as
        // wide as the area.
        let sizes = Sizes::for_name(MIN_NAME_SIZE);
        return place(boxes, &sizes, 1, (width - 2.0 * GAP).max(1.0), lines);
    };
    if !smallest.fits(height) {
        return smallest;
    }
    // Larger type needs more room, so the largest size that fits is found
    // by bisection over whole points.
    let (mut low, mut high) = (MIN_NAME_SIZE as u32, MAX_NAME_SIZE as u32);
    let mut found = smallest;
    while low < high {
        let middle = (low + high).div_ceil(2);
        match best_at(middle as f32).filter(|room| room.fits(height)) {
            Some(room) => {
                found = room;
                low = middle;
            }
            None => high = middle - 1,
        }
    }
    found
}

/// The boxes in `columns` columns, each `box_width` wide, taken in order
/// (the first boxes down the first column, then the next), split where
/// the tallest column is least tall; every card one under the other.
fn place(
    boxes: &[Vec<usize>],
    sizes: &Sizes,
    columns: usize,
    box_width: f32,
    lines: &dyn Fn(usize, f32, f32) -> u32,
) -> Room {
    let name_width = sizes.name_width(box_width);
    // Each box on its own, at the top-left corner.
    let mut placed: Vec<RoomBox> = boxes
        .iter()
        .map(|cards| {
            let mut y = sizes.header;
            let mut card_rects = Vec::with_capacity(cards.len());
            let mut card_lines = Vec::with_capacity(cards.len());
            for &card in cards {
                let n = lines(card, sizes.name, name_width).clamp(1, MAX_LINES);
                let h = sizes.card_height(n);
                card_rects.push(Rect {
                    x: PADDING,
                    y,
                    w: box_width - 2.0 * PADDING,
                    h,
                });
                card_lines.push(n);
                y += h + CARD_GAP;
            }
            // An empty box keeps a card's room, to drop onto.
            let bottom = if cards.is_empty() {
                y + sizes.card_height(1) + PADDING
            } else {
                y - CARD_GAP + PADDING
            };
            RoomBox {
                rect: Rect {
                    x: 0.0,
                    y: 0.0,
                    w: box_width,
                    h: bottom,
                },
                cards: cards.clone(),
                card_rects,
                lines: card_lines,
            }
        })
        .collect();
    let heights: Vec<f32> = placed.iter().map(|b| b.rect.h).collect();
    let starts = split(&heights, columns);
    let mut tallest: f32 = 0.0;
    for (column, range) in starts.iter().enumerate() {
        let x = GAP + column as f32 * (box_width + GAP);
        let mut y = GAP;
        for b in &mut placed[range.clone()] {
            b.rect.x = x;
            b.rect.y = y;
            for card in &mut b.card_rects {
                card.x += x;
                card.y += y;
            }
            y += b.rect.h + GAP;
        }
        tallest = tallest.max(y);
    }
    Room {
        sizes: Some(*sizes),
        columns: starts.len(),
        width: GAP + starts.len() as f32 * (box_width + GAP),
        height: tallest,
        boxes: placed,
    }
}

/// Splits boxes of `heights` (in order) into at most `columns` runs, one
/// per column, so that the tallest column (boxes and the gaps between
/// them) is as short as it can be: the least height at which filling
/// columns in order needs no more than `columns`, found by bisection.
fn split(heights: &[f32], columns: usize) -> Vec<std::ops::Range<usize>> {
    let runs = |limit: f32| {
        let mut out = Vec::new();
        let mut start = 0;
        let mut used = 0.0;
        for (i, &h) in heights.iter().enumerate() {
            let more = if i == start { h } else { used + GAP + h };
            if i > start && more > limit {
                out.push(start..i);
                start = i;
                used = h;
            } else {
                used = more;
            }
        }
        if start < heights.len() {
            out.push(start..heights.len());
        }
        out
    };
    let mut low = heights.iter().copied().fold(0.0, f32::max);
    let mut high = heights.iter().sum::<f32>() + GAP * heights.len() as f32;
    for _ in 0..40 {
        if high - low < 0.5 {
            break;
        }
        let middle = (low + high) / 2.0;
        if runs(middle).len() <= columns {
            high = middle;
        } else {
            low = middle;
        }
    }
    runs(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines as if each name were `chars` characters of half the type's
    /// size each.
    fn by_length(chars: &[usize]) -> impl Fn(usize, f32, f32) -> u32 + '_ {
        move |card, size, width| {
            let wide = chars[card] as f32 * size * 0.5;
            (wide / width).ceil().max(1.0) as u32
        }
    }

    fn spread(executives: usize, cards: usize) -> Vec<Vec<usize>> {
        (0..executives)
            .map(|e| (e * cards..(e + 1) * cards).collect())
            .collect()
    }

    #[test]
    fn eight_executives_of_ten_cards_fit_a_projector_in_readable_type() {
        // 1280 × 720 less the presentation's bar, balance panel and tray;
        // names of 22 characters on average.
        let boxes = spread(8, 10);
        let chars = vec![22; 80];
        let room = arrange(&boxes, 930.0, 590.0, &by_length(&chars));
        let sizes = room.sizes.unwrap();
        assert!(sizes.name >= MIN_NAME_SIZE, "{sizes:?}");
        assert!(room.fits(590.0), "{} high", room.height);
        assert!(room.width <= 930.0 + 0.5);
        // No two boxes overlap, and every card is inside its box.
        for (i, a) in room.boxes.iter().enumerate() {
            for b in &room.boxes[i + 1..] {
                assert!(!a.rect.intersects(&b.rect));
            }
            for card in &a.card_rects {
                assert!(card.y >= a.rect.y && card.bottom() <= a.rect.bottom());
                assert!(card.x >= a.rect.x && card.right() <= a.rect.right());
            }
        }
    }

    #[test]
    fn a_small_chart_gets_large_type() {
        let boxes = spread(3, 4);
        let chars = vec![20; 12];
        let room = arrange(&boxes, 880.0, 560.0, &by_length(&chars));
        assert_eq!(room.sizes.unwrap().name, MAX_NAME_SIZE);
        assert_eq!(room.columns, 3, "side by side when there is room");
        // Taken in order, down each column.
        assert!(room.boxes[0].rect.x < room.boxes[1].rect.x);
    }

    #[test]
    fn what_cannot_fit_keeps_readable_type_and_scrolls() {
        let boxes = spread(8, 60);
        let chars = vec![30; 480];
        let room = arrange(&boxes, 880.0, 560.0, &by_length(&chars));
        assert_eq!(room.sizes.unwrap().name, MIN_NAME_SIZE);
        assert!(!room.fits(560.0));
        // The arrangement that needs the least height.
        assert!(room.columns >= 3, "{}", room.columns);
    }

    #[test]
    fn long_names_take_more_lines_never_more_than_the_most() {
        let boxes = vec![vec![0, 1]];
        let chars = vec![10, 400];
        let room = arrange(&boxes, 400.0, 560.0, &by_length(&chars));
        assert_eq!(room.boxes[0].lines[0], 1);
        assert_eq!(room.boxes[0].lines[1], MAX_LINES);
    }

    #[test]
    fn columns_are_split_where_the_tallest_is_least_tall() {
        let runs = split(&[100.0, 100.0, 100.0, 300.0], 2);
        assert_eq!(runs, vec![0..3, 3..4]);
        let runs = split(&[50.0; 8], 3);
        assert_eq!(runs.len(), 3);
        assert!(runs.iter().all(|r| r.len() <= 3));
        assert_eq!(split(&[10.0], 4), vec![0..1]);
    }

    #[test]
    fn slots_follow_the_pointer_and_the_list() {
        let boxes = vec![vec![2, 5, 9], vec![]];
        let chars = vec![10; 10];
        let room = arrange(&boxes, 880.0, 560.0, &by_length(&chars));
        let own = &room.boxes[0];
        assert_eq!(own.slot_at(own.card_rects[0].y - 1.0), 0);
        assert_eq!(own.slot_at(own.card_rects[1].bottom() - 1.0), 2);
        assert_eq!(own.slot_at(own.rect.bottom()), 3);
        assert_eq!(own.slot_of(6), 2);
        assert_eq!(room.boxes[1].slot_of(6), 0);
        assert!(room.boxes[1].rect.h > 0.0, "an empty box has room to drop");
    }

    #[test]
    fn nothing_to_arrange_is_empty() {
        assert_eq!(arrange(&[], 800.0, 600.0, &|_, _, _| 1), Room::default());
    }
}
