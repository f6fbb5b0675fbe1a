//! The chart laid out for the printed handout, so that no design, however
//! its boxes are placed, makes a PDF of thousands of pages.
//!
//! A chart is split over pages as a grid over the rectangle holding
//! everything; boxes far apart (positions may be 100,000 points from the
//! origin either way) made that rectangle, and so the grid, huge and
//! nearly empty: two boxes at opposite corners gave 25,000 pages, a box
//! 3,000 cards tall far from the CEO box 38,208. Three things bound it:
//!
//! 1. **Long empty stretches are closed up** ([`close_up`], in
//!    [`super::stretches`]): the boxes beyond a long empty stretch move
//!    together, every line still joining the boxes it joined, and each
//!    closed stretch is marked on the page ([`Break`]).
//! 2. **Empty parts are left out**: a page whose part of the chart holds
//!    no box, card or line is not printed ([`plan_at`]); and pages are cut
//!    between cards and boxes where they can be ([`cuts`]), so that no
//!    page holds only the edge of a box.
//! 3. **The page count is bounded**: a chart that would still take more
//!    than [`MAX_CHART_PAGES`] pages at a readable size is printed as an
//!    overview (each box with its figures and how many responsibilities it
//!    holds, the lines between them; every responsibility is in the
//!    handout's table), at a readable size if that fits the bound, or
//!    smaller (down to one page). The handout says so and points to the
//!    SVG export, which has the whole chart.

use super::legend;
use super::pages::{PAGE_HEIGHT, PAGE_WIDTH, wrap};
use super::stretches::merged;
pub use super::stretches::{Axis, Break, CLOSE_FROM, CLOSED_TO, Closed, close_up};
use super::svg::{Drawing, thousands};
use crate::chart::Rect;
use crate::chart::geometry::CARD_NAME_SIZE;
use crate::model::{Design, DesignBalance};

/// The most pages the chart takes in a handout.
pub const MAX_CHART_PAGES: usize = 40;
/// The smallest size a card's name is printed at, in points. Six points is
/// the usual floor for small print that is still read rather than
/// deciphered (the size of a map's small labels, and the least that
/// labelling rules such as the US nutrition facts panel allow); a card
/// name is a few words on one line, in a clean sans-serif, which reads at
/// that size where a paragraph would not.
pub const NAME_PRINT_MIN: f32 = 6.0;
/// The smallest scale a chart is printed at in full: card names (14
/// points on the chart) at [`NAME_PRINT_MIN`]. A chart that would need
/// less to fit one page is split over several.
pub const MIN_CHART_SCALE: f32 = NAME_PRINT_MIN / CARD_NAME_SIZE;
/// The largest: a small chart is not blown up past this.
pub const MAX_CHART_SCALE: f32 = 1.25;
/// When a chart is split, how much of each page its parts are planned to
/// fill along each way it is cut: a little under all of it, so that each
/// cut can move to the nearest gap between boxes.
const FILL: f32 = 0.92;

/// Space around a chart page's content.
pub const MARGIN: f32 = 30.0;
/// Room for each line of a note under the title.
pub const NOTE_LINE: f32 = 12.0;
/// Room between the title block (and note) and the chart.
pub const ABOVE_CHART: f32 = 6.0;
/// Room between the chart and the legend.
pub const BELOW_CHART: f32 = 10.0;

/// What a drawing has where, for planning its pages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shapes {
    /// Everything drawn (boxes, cards, lines, the tray): a part of the
    /// chart that none reaches is not printed.
    pub ink: Vec<Rect>,
    /// What is best not cut at a page's edge: each box whole, the CEO
    /// box, the tray's heading and cards.
    pub boxes: Vec<Rect>,
    /// What should not be cut at a page's edge: box headers, cards, the
    /// CEO box, the tray's heading and cards.
    pub pieces: Vec<Rect>,
}

/// What `drawing` has where.
pub fn shapes(drawing: &Drawing<'_>) -> Shapes {
    let (boxes, pieces) = drawing.solids();
    Shapes {
        ink: drawing.ink(),
        boxes,
        pieces,
    }
}

/// One page of the chart: the part of the chart it shows, and where that
/// part is in the grid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    /// The part of the chart, in chart points.
    pub view: Rect,
    /// Its row in the grid, from 0.
    pub row: usize,
    /// Its column in the grid, from 0.
    pub column: usize,
}

/// How the chart is put on pages.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPlan {
    /// Page width and height in PDF points (A4, turned to suit the chart).
    pub page: (f32, f32),
    /// The room for the chart on each page, in PDF points.
    pub room: (f32, f32),
    /// PDF points per chart point.
    pub scale: f32,
    /// The parts printed (those with something on them), row by row.
    pub parts: Vec<Part>,
    /// How many pages across and down the grid is.
    pub across: usize,
    /// How many pages down.
    pub down: usize,
}

/// A4 lying down (landscape) and standing up (portrait).
pub const PAGES: [(f32, f32); 2] = [(PAGE_HEIGHT, PAGE_WIDTH), (PAGE_WIDTH, PAGE_HEIGHT)];

/// The room for the chart on a page, given the page.
pub type RoomOf<'a> = &'a dyn Fn((f32, f32)) -> (f32, f32);

/// The room a bare page leaves for a chart inside its margins (no title
/// block, legend or note), for planning without them.
pub fn bare_room(page: (f32, f32)) -> (f32, f32) {
    (page.0 - 2.0 * MARGIN, page.1 - 2.0 * MARGIN)
}

/// The scale that fits the whole of `extent` in `room`.
fn fit_scale(extent: Rect, room: (f32, f32)) -> f32 {
    (room.0 / extent.w.max(1.0)).min(room.1 / extent.h.max(1.0))
}

/// Where a cut may go along one axis without cutting any of `solids`
/// (their spans along the axis): before the first, between two, after the
/// last, in order.
fn gaps(solids: impl Iterator<Item = (f32, f32)>) -> Vec<(f32, f32)> {
    let spans = merged(solids);
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return vec![(f32::MIN, f32::MAX)];
    };
    std::iter::once((f32::MIN, first.0))
        .chain(spans.windows(2).map(|w| (w[0].1, w[1].0)))
        .chain(std::iter::once((last.1, f32::MAX)))
        .collect()
}

/// Whether `at` is in one of `gaps`.
fn in_gap(gaps: &[(f32, f32)], at: f32) -> bool {
    let k = gaps.partition_point(|g| g.0 <= at);
    k.checked_sub(1)
        .and_then(|k| gaps.get(k))
        .is_some_and(|g| at <= g.1)
}

/// The place in `gaps` between `low` and `high` nearest `ideal`, if any.
fn nearest_in(gaps: &[(f32, f32)], low: f32, high: f32, ideal: f32) -> Option<f32> {
    let k = gaps.partition_point(|g| g.0 <= ideal);
    [k.checked_sub(1), Some(k)]
        .into_iter()
        .flatten()
        .filter_map(|i| gaps.get(i))
        .filter_map(|&(start, end)| {
            let (a, b) = (start.max(low), end.min(high));
            (a <= b).then(|| ideal.clamp(a, b))
        })
        .min_by(|a, b| (a - ideal).abs().total_cmp(&(b - ideal).abs()))
}

/// Where to cut `from..to` into parts at most `size` long: as few parts as
/// that takes, as even as the drawing allows, none shorter than a third of
/// `size` (no sliver of a box on a page of its own). Each cut goes as near
/// its even place as it can in a gap between whole boxes (`boxes`), else
/// between cards or under a box's header (`pieces`), else at its even
/// place. Where that would cut a box and one part more would cut none, it
/// takes one part more. The boundaries, `from` first and `to` last.
fn cuts(from: f32, to: f32, size: f32, boxes: &[(f32, f32)], pieces: &[(f32, f32)]) -> Vec<f32> {
    let length = to - from;
    if length <= size || size <= 0.0 {
        return vec![from, to];
    }
    let n = (length / size).ceil() as usize;
    let even = cuts_into(n, from, to, size, boxes, pieces);
    let whole = |bounds: &[f32]| {
        bounds[1..bounds.len() - 1]
            .iter()
            .all(|&at| in_gap(boxes, at))
    };
    if !whole(&even) {
        let more = cuts_into(n + 1, from, to, size, boxes, pieces);
        if whole(&more) {
            return more;
        }
    }
    even
}

/// `from..to` cut into `n` parts (see [`cuts`]), each from a third of
/// `size` to `size` long; `n` must allow it.
fn cuts_into(
    n: usize,
    from: f32,
    to: f32,
    size: f32,
    boxes: &[(f32, f32)],
    pieces: &[(f32, f32)],
) -> Vec<f32> {
    let third = size / 3.0;
    let mut bounds = Vec::with_capacity(n + 1);
    bounds.push(from);
    let mut start = from;
    for k in 1..n {
        // The parts after this cut must each be a third to a whole of
        // `size`, so the cut keeps within what leaves room for them.
        let after = (n - k) as f32;
        let low = (start + third).max(to - after * size);
        let high = (start + size).min(to - after * third);
        let ideal = (start + (to - start) / (after + 1.0)).clamp(low, high.max(low));
        let cut = nearest_in(boxes, low, high, ideal)
            .or_else(|| nearest_in(pieces, low, high, ideal))
            .unwrap_or(ideal);
        bounds.push(cut);
        start = cut;
    }
    bounds.push(to);
    bounds
}

/// The part of `bounds` (a list of boundaries) that `from..to` reaches.
fn reached(bounds: &[f32], from: f32, to: f32) -> std::ops::RangeInclusive<usize> {
    let last = bounds.len().saturating_sub(2);
    let first = bounds
        .partition_point(|&b| b <= from)
        .saturating_sub(1)
        .min(last);
    let end = bounds
        .partition_point(|&b| b < to)
        .saturating_sub(1)
        .min(last);
    first..=end.max(first)
}

/// The chart of `extent` split at `scale` over pages of `room`, cut
/// between the `solids` (see [`cuts`]), keeping only the parts that some
/// rectangle of `ink` reaches.
pub fn plan_at(
    extent: Rect,
    shapes: &Shapes,
    page: (f32, f32),
    room: (f32, f32),
    scale: f32,
) -> ChartPlan {
    let (part_w, part_h) = (room.0 / scale, room.1 / scale);
    let across = |r: &Rect| (r.x, r.right());
    let down = |r: &Rect| (r.y, r.bottom());
    let columns = cuts(
        extent.x,
        extent.right(),
        part_w,
        &gaps(shapes.boxes.iter().map(across)),
        &gaps(shapes.pieces.iter().map(across)),
    );
    let rows = cuts(
        extent.y,
        extent.bottom(),
        part_h,
        &gaps(shapes.boxes.iter().map(down)),
        &gaps(shapes.pieces.iter().map(down)),
    );
    let mut cells = std::collections::BTreeSet::new();
    for r in &shapes.ink {
        for row in reached(&rows, r.y, r.bottom()) {
            for column in reached(&columns, r.x, r.right()) {
                cells.insert((row, column));
            }
        }
    }
    if cells.is_empty() {
        cells.insert((0, 0));
    }
    let parts = cells
        .into_iter()
        .map(|(row, column)| Part {
            view: Rect {
                x: columns[column],
                y: rows[row],
                w: columns[column + 1] - columns[column],
                h: rows[row + 1] - rows[row],
            },
            row,
            column,
        })
        .collect();
    ChartPlan {
        page,
        room,
        scale,
        parts,
        across: columns.len() - 1,
        down: rows.len() - 1,
    }
}

/// The chart of `extent` split over pages at a readable size: as many
/// parts as it takes at [`MIN_CHART_SCALE`] (or one more, to keep boxes
/// whole), each then drawn as large as they all fit their pages (up to
/// [`MAX_CHART_SCALE`]).
fn split(extent: Rect, shapes: &Shapes, page: (f32, f32), room: (f32, f32)) -> ChartPlan {
    let across = (extent.w * MIN_CHART_SCALE / room.0).ceil().max(1.0);
    let down = (extent.h * MIN_CHART_SCALE / room.1).ceil().max(1.0);
    let filled = (FILL * across * room.0 / extent.w.max(1.0))
        .min(FILL * down * room.1 / extent.h.max(1.0))
        .min(MAX_CHART_SCALE);
    let mut plan = plan_at(extent, shapes, page, room, filled.max(MIN_CHART_SCALE));
    // The parts cut, each drawn as large as the largest lets them all fit
    // their pages (a part more, to keep boxes whole, leaves room for it).
    let widest = plan.parts.iter().map(|p| p.view.w).fold(1.0, f32::max);
    let tallest = plan.parts.iter().map(|p| p.view.h).fold(1.0, f32::max);
    let larger = (room.0 / widest).min(room.1 / tallest).min(MAX_CHART_SCALE);
    plan.scale = plan.scale.max(larger);
    plan
}

/// The chart of `extent` at a readable size: on one page (lying down or
/// standing up, whichever shows it larger) when it fits at
/// [`MIN_CHART_SCALE`] or more, otherwise split at a readable scale over
/// the fewest pages (either way up), leaving out parts with nothing on
/// them.
pub fn plan(extent: Rect, shapes: &Shapes, room_of: RoomOf<'_>) -> ChartPlan {
    let fits = PAGES.map(|page| (page, room_of(page), fit_scale(extent, room_of(page))));
    let best = if fits[1].2 > fits[0].2 {
        fits[1]
    } else {
        fits[0]
    };
    let (page, room, fit) = best;
    if fit >= MIN_CHART_SCALE {
        return one_page(extent, page, room, fit.min(MAX_CHART_SCALE));
    }
    let [lying, standing] = fits.map(|(page, room, _)| split(extent, shapes, page, room));
    if standing.parts.len() < lying.parts.len() {
        standing
    } else {
        lying
    }
}

/// The whole chart on one page at `scale`.
fn one_page(extent: Rect, page: (f32, f32), room: (f32, f32), scale: f32) -> ChartPlan {
    let parts = vec![Part {
        view: extent,
        row: 0,
        column: 0,
    }];
    ChartPlan {
        page,
        room,
        scale,
        parts,
        across: 1,
        down: 1,
    }
}

/// Like [`plan`], but on at most `max_pages` pages: the largest scale up
/// to [`MIN_CHART_SCALE`] that needs no more (found by bisection), and at
/// worst the whole chart on one page.
pub fn plan_within(
    extent: Rect,
    shapes: &Shapes,
    room_of: RoomOf<'_>,
    max_pages: usize,
) -> ChartPlan {
    let readable = plan(extent, shapes, room_of);
    if readable.parts.len() <= max_pages {
        return readable;
    }
    let page = readable.page;
    let room = room_of(page);
    let fit = fit_scale(extent, room);
    let (mut low, mut high) = (fit, MIN_CHART_SCALE);
    let mut best = None;
    for _ in 0..24 {
        let middle = (low + high) / 2.0;
        let plan = plan_at(extent, shapes, page, room, middle);
        if plan.parts.len() <= max_pages {
            low = middle;
            best = Some(plan);
        } else {
            high = middle;
        }
    }
    best.unwrap_or_else(|| one_page(extent, page, room, fit))
}

/// Text size of a chart page's note.
pub const NOTE_SIZE: f32 = 9.0;
/// How wide a note may be: as on a page upright, the narrower way.
pub const NOTE_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// What the chart's pages say under their titles, if anything: that empty
/// stretches were closed up, and for an overview, why and where the whole
/// chart is.
fn note(breaks: bool, overview_of: Option<usize>) -> Option<String> {
    let closed = "Long empty stretches of the chart are closed up for print, \
                  each marked by a dashed line saying how much was left out.";
    match (overview_of, breaks) {
        (None, false) => None,
        (None, true) => Some(closed.to_owned()),
        (Some(pages), breaks) => Some(format!(
            "At a readable size the whole chart would take {} pages, so this is an \
             overview: each box with its figures and how many responsibilities it \
             holds; every one of them is listed under \u{201c}Who owns what\u{201d}. \
             The SVG export has the whole chart (in Remit, Export\u{2026} in the File \
             menu; on the command line, remit export with -f svg).{}",
            thousands(pages),
            if breaks {
                format!(" {closed}")
            } else {
                String::new()
            }
        )),
    }
}

/// `note` broken into the lines a page shows.
pub fn note_lines(note: Option<&str>) -> Vec<String> {
    note.map(|n| wrap(n, NOTE_SIZE, NOTE_WIDTH))
        .unwrap_or_default()
}

/// What a chart page has around the chart, in PDF points: the title block
/// and the note above it, the legend below.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frame {
    /// The title block's height.
    pub title: f32,
    /// The note's height (its lines).
    pub note: f32,
    /// The legend's height.
    pub legend: f32,
}

impl Frame {
    /// The room it leaves for the chart on `page`.
    pub fn room(&self, page: (f32, f32)) -> (f32, f32) {
        let (w, h) = bare_room(page);
        (
            w,
            (h - self.title - self.note - ABOVE_CHART - BELOW_CHART - self.legend).max(40.0),
        )
    }

    /// Where the chart's room starts, from the page's top.
    pub fn chart_top(&self) -> f32 {
        MARGIN + self.title + self.note + ABOVE_CHART
    }
}

/// The longest "which part" a chart page's title block may say, for
/// planning its height before the parts are known.
const LONGEST_DETAIL: &str = "The chart, part 40 of 40 (row 40, column 40), at 100% of its size";

/// The frame of a chart page of `design` on `page` with `note_lines`
/// lines of note. A date is always allowed for, so the plan does not
/// depend on it.
pub fn frame(design: &Design, note_lines: usize, page: (f32, f32)) -> Frame {
    let balance = DesignBalance::of(design);
    let date = jiff::civil::date(2026, 9, 30);
    let (title, legend) = legend::heights(
        design,
        &balance,
        Some(date),
        LONGEST_DETAIL,
        Some(legend::MOST_ON_PAGE),
        bare_room(page).0,
        1.0,
    );
    Frame {
        title,
        note: note_lines as f32 * NOTE_LINE,
        legend,
    }
}

/// How the chart of a design is printed.
#[derive(Clone, Debug)]
pub struct Printed {
    /// The design laid out for print (boxes moved together; for an
    /// overview, without its cards).
    pub layout: Design,
    /// The empty stretches closed up.
    pub breaks: Vec<Break>,
    /// Whether the chart is shown as an overview: then how many pages it
    /// would have taken in full at a readable size.
    pub overview_of: Option<usize>,
    /// What each page says under its title.
    pub note: Option<String>,
    /// What each page has around the chart.
    pub frame: Frame,
    /// The pages.
    pub plan: ChartPlan,
}

/// The chart of `drawing` planned on pages framed for `design` with
/// `text` as the note, within `max_pages` if given.
fn planned(
    design: &Design,
    drawing: &Drawing<'_>,
    text: Option<&str>,
    max_pages: Option<usize>,
) -> (ChartPlan, Frame) {
    let lines = note_lines(text).len();
    let frames = PAGES.map(|page| (page, frame(design, lines, page)));
    let room_of = |page: (f32, f32)| {
        frames
            .iter()
            .find(|(p, _)| *p == page)
            .map_or_else(|| bare_room(page), |(_, f)| f.room(page))
    };
    let shapes = shapes(drawing);
    let plan = match max_pages {
        None => plan(drawing.extent, &shapes, &room_of),
        Some(most) => plan_within(drawing.extent, &shapes, &room_of, most),
    };
    let frame = frames
        .iter()
        .find(|(p, _)| *p == plan.page)
        .map(|(_, f)| *f)
        .unwrap_or_default();
    (plan, frame)
}

/// How `design`'s chart is printed: in full at a readable size when that
/// takes at most [`MAX_CHART_PAGES`] pages once empty stretches are closed
/// up and empty parts left out, otherwise as an overview within that many.
pub fn printed(design: &Design) -> Printed {
    let closed = close_up(design);
    let text = note(!closed.breaks.is_empty(), None);
    let (full, frame) = {
        let drawing = Drawing::print(design, &closed.design, false);
        planned(design, &drawing, text.as_deref(), None)
    };
    if full.parts.len() <= MAX_CHART_PAGES {
        return Printed {
            layout: closed.design,
            breaks: closed.breaks,
            overview_of: None,
            note: text,
            frame,
            plan: full,
        };
    }
    let mut bare = design.clone();
    bare.responsibilities.clear();
    bare.decisions.clear();
    let closed = close_up(&bare);
    let overview_of = Some(full.parts.len());
    let text = note(!closed.breaks.is_empty(), overview_of);
    let drawing = Drawing::print(design, &closed.design, true);
    let (plan, frame) = planned(design, &drawing, text.as_deref(), Some(MAX_CHART_PAGES));
    Printed {
        layout: closed.design,
        breaks: closed.breaks,
        overview_of,
        note: text,
        frame,
        plan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn empty_parts_are_left_out() {
        let extent = rect(0.0, 0.0, 10_000.0, 300.0);
        let ink = vec![
            rect(10.0, 10.0, 300.0, 200.0),
            rect(9_600.0, 10.0, 300.0, 200.0),
        ];
        let shapes = Shapes {
            boxes: ink.clone(),
            pieces: ink.clone(),
            ink,
        };
        let page = PAGES[0];
        let plan = plan_at(extent, &shapes, page, bare_room(page), MIN_CHART_SCALE);
        assert!(plan.across > 2);
        let columns: Vec<usize> = plan.parts.iter().map(|p| p.column).collect();
        assert_eq!(columns, [0, plan.across - 1]);
    }

    #[test]
    fn pages_are_cut_evenly_between_boxes_else_between_cards() {
        // Cards 30 high with gaps of 6, from 0 to 3,600, in two boxes.
        let cards: Vec<(f32, f32)> = (0..100)
            .map(|k| (k as f32 * 36.0, k as f32 * 36.0 + 30.0))
            .collect();
        let boxes = gaps([(0.0, 1_290.0), (1_296.0, 3_600.0)].into_iter());
        let pieces = gaps(cards.iter().copied());
        let bounds = cuts(0.0, 3_600.0, 1_000.0, &boxes, &pieces);
        assert_eq!(bounds.first(), Some(&0.0));
        assert_eq!(bounds.last(), Some(&3_600.0));
        assert_eq!(bounds.len(), 5, "four parts: {bounds:?}");
        for pair in bounds.windows(2) {
            let length = pair[1] - pair[0];
            assert!(length <= 1_000.0, "{bounds:?}");
            // Even: each about a quarter, give or take a card.
            assert!((length - 900.0).abs() <= 100.0, "{bounds:?}");
        }
        for &cut in &bounds[1..bounds.len() - 1] {
            assert!(
                cards.iter().all(|&(a, b)| cut <= a || cut >= b),
                "{cut} cuts a card"
            );
        }
        // Between the boxes rather than at a gap between cards nearer the
        // even place.
        let bounds = cuts(0.0, 3_600.0, 1_400.0, &boxes, &pieces);
        assert!((1_290.0..=1_296.0).contains(&bounds[1]), "{bounds:?}");
        // One piece longer than a part is cut into even parts.
        let long = gaps([(0.0, 2_500.0)].into_iter());
        let bounds = cuts(0.0, 2_500.0, 1_000.0, &long, &long);
        assert_eq!(bounds.len(), 4);
        for pair in bounds.windows(2) {
            assert!(
                (pair[1] - pair[0] - 2_500.0 / 3.0).abs() < 0.5,
                "{bounds:?}"
            );
        }
    }

    /// The case: a row just too long for one page at the old
    /// smallest scale gave a second page holding a 40-point sliver.
    #[test]
    fn no_part_is_a_sliver() {
        // Five boxes of 300 with gaps of 32, 24 of margin.
        let boxes: Vec<(f32, f32)> = (0..5)
            .map(|k| (24.0 + k as f32 * 332.0, 24.0 + k as f32 * 332.0 + 300.0))
            .collect();
        let box_gaps = gaps(boxes.iter().copied());
        // Just over one part long: two parts, neither a sliver.
        let bounds = cuts(0.0, 1_700.0, 1_650.0, &box_gaps, &box_gaps);
        assert_eq!(bounds.len(), 3);
        for pair in bounds.windows(2) {
            assert!(pair[1] - pair[0] >= 1_650.0 / 3.0, "{bounds:?}");
        }
    }

    #[test]
    fn a_part_more_rather_than_a_box_cut() {
        // Three boxes: 0..700, 760..1300, 1360..2000; parts of at most
        // 1,000. Two parts would cut the middle box; three cut none.
        let boxes = gaps([(0.0, 700.0), (760.0, 1_300.0), (1_360.0, 2_000.0)].into_iter());
        let bounds = cuts(0.0, 2_000.0, 1_000.0, &boxes, &boxes);
        assert_eq!(bounds.len(), 4, "{bounds:?}");
        assert!((700.0..=760.0).contains(&bounds[1]), "{bounds:?}");
        assert!((1_300.0..=1_360.0).contains(&bounds[2]), "{bounds:?}");
    }

    proptest! {
        /// However the solids lie, the parts are as few as the length
        /// needs, none longer than `size` and none shorter than a third of
        /// it.
        #[test]
        fn cuts_are_few_even_and_never_slivers(
            length in 1.0f32..20_000.0,
            size in 50.0f32..2_000.0,
            solids in proptest::collection::vec((0.0f32..20_000.0, 1.0f32..900.0), 0..40),
        ) {
            let spans: Vec<(f32, f32)> = solids.iter().map(|&(a, w)| (a, a + w)).collect();
            let g = gaps(spans.iter().copied());
            let bounds = cuts(0.0, length, size, &g, &g);
            let n = if length <= size { 1 } else { (length / size).ceil() as usize };
            prop_assert!(bounds.len() == n + 1 || bounds.len() == n + 2, "{:?}", bounds);
            for pair in bounds.windows(2) {
                let part = pair[1] - pair[0];
                prop_assert!(part <= size + 0.01, "{:?}", bounds);
                if n > 1 {
                    prop_assert!(part >= size / 3.0 - 0.01, "{:?}", bounds);
                }
            }
        }
    }

    #[test]
    fn a_plan_within_a_bound_keeps_to_it() {
        let extent = rect(0.0, 0.0, 400.0, 200_000.0);
        let shapes = Shapes {
            ink: vec![extent],
            boxes: vec![extent],
            pieces: vec![extent],
        };
        let readable = plan(extent, &shapes, &bare_room);
        assert!(readable.parts.len() > 10);
        let within = plan_within(extent, &shapes, &bare_room, 10);
        assert!(within.parts.len() <= 10, "{}", within.parts.len());
        assert!(within.scale < MIN_CHART_SCALE);
        let one = plan_within(extent, &shapes, &bare_room, 1);
        assert_eq!(one.parts.len(), 1);
    }

    #[test]
    fn a_chart_that_reads_on_one_page_is_on_one_page_either_way_up() {
        // Wide and short: lying down.
        let wide = rect(0.0, 0.0, 1_700.0, 700.0);
        let one = |r: Rect| Shapes {
            ink: vec![r],
            boxes: vec![r],
            pieces: vec![r],
        };
        let plan_wide = plan(wide, &one(wide), &bare_room);
        assert_eq!(plan_wide.parts.len(), 1);
        assert_eq!(plan_wide.page, PAGES[0]);
        assert!(plan_wide.scale >= MIN_CHART_SCALE);
        // Tall and narrow: standing up.
        let tall = rect(0.0, 0.0, 700.0, 1_700.0);
        let plan_tall = plan(tall, &one(tall), &bare_room);
        assert_eq!(plan_tall.parts.len(), 1);
        assert_eq!(plan_tall.page, PAGES[1]);
    }
}
