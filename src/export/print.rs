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

use super::pages::{PAGE_HEIGHT, PAGE_WIDTH, wrap};
use super::stretches::merged;
pub use super::stretches::{Axis, Break, CLOSE_FROM, CLOSED_TO, Closed, close_up};
use super::svg::{Drawing, thousands};
use crate::chart::Rect;
use crate::model::Design;

/// The most pages the chart takes in a handout.
pub const MAX_CHART_PAGES: usize = 40;
/// The smallest scale a chart is printed at in full: card names (14
/// points on the chart) stay at 7 points, small print but readable. A
/// chart that would need less to fit one page is split over several.
pub const MIN_CHART_SCALE: f32 = 0.5;
/// The largest: a small chart is not blown up past this.
pub const MAX_CHART_SCALE: f32 = 1.25;

/// Space around a chart page's content.
pub const MARGIN: f32 = 30.0;
/// Room for a chart page's title.
pub const TITLE: f32 = 26.0;
/// Room for each line of a note under the title.
pub const NOTE_LINE: f32 = 12.0;

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
    /// PDF points per chart point.
    pub scale: f32,
    /// The parts printed (those with something on them), row by row.
    pub parts: Vec<Part>,
    /// How many pages across and down the grid is.
    pub across: usize,
    /// How many pages down.
    pub down: usize,
}

/// The page for a drawing of `extent`: A4, turned to suit it.
fn page_for(extent: Rect) -> (f32, f32) {
    if extent.w >= extent.h {
        (PAGE_HEIGHT, PAGE_WIDTH)
    } else {
        (PAGE_WIDTH, PAGE_HEIGHT)
    }
}

/// The room for the chart on `page` with `note_lines` lines of note.
pub fn room(page: (f32, f32), note_lines: usize) -> (f32, f32) {
    (
        page.0 - 2.0 * MARGIN,
        page.1 - 2.0 * MARGIN - TITLE - note_lines as f32 * NOTE_LINE,
    )
}

/// The scale that fits the whole of `extent` on one page.
fn fit_scale(extent: Rect, room: (f32, f32)) -> f32 {
    (room.0 / extent.w.max(1.0)).min(room.1 / extent.h.max(1.0))
}

/// Where a cut may go along one axis: the gaps between `solids` (their
/// spans along the axis), each from the end of one solid stretch to the
/// start of the next, in order.
fn gaps(solids: impl Iterator<Item = (f32, f32)>) -> Vec<(f32, f32)> {
    merged(solids)
        .windows(2)
        .map(|w| (w[0].1, w[1].0))
        .collect()
}

/// The latest place in `gaps` between `earliest` and `latest`.
fn latest_in(gaps: &[(f32, f32)], earliest: f32, latest: f32) -> Option<f32> {
    let k = gaps.partition_point(|g| g.0 <= latest);
    k.checked_sub(1)
        .map(|k| gaps[k].1.min(latest))
        .filter(|&cut| cut >= earliest)
}

/// Where to cut `from..to` into parts at most `size` long. Each cut goes
/// as late as the part allows in a gap between whole boxes (`boxes`),
/// else between cards or under a box's header (`pieces`), in the part's
/// second half; only where there is neither (a card or box taller than
/// half a page) is it cut at the part's full length. The boundaries,
/// `from` first and `to` last.
fn cuts(from: f32, to: f32, size: f32, boxes: &[(f32, f32)], pieces: &[(f32, f32)]) -> Vec<f32> {
    let mut bounds = vec![from];
    let mut start = from;
    while to - start > size {
        let (earliest, latest) = (start + size / 2.0, start + size);
        let cut = latest_in(boxes, earliest, latest)
            .or_else(|| latest_in(pieces, earliest, latest))
            .unwrap_or(latest);
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
        scale,
        parts,
        across: columns.len() - 1,
        down: rows.len() - 1,
    }
}

/// The chart of `extent` at a readable size: on one page when it fits at
/// [`MIN_CHART_SCALE`] or more, otherwise split at that scale, leaving out
/// parts with nothing on them.
pub fn plan(extent: Rect, shapes: &Shapes, note_lines: usize) -> ChartPlan {
    let page = page_for(extent);
    let room = room(page, note_lines);
    let fit = fit_scale(extent, room);
    if fit >= MIN_CHART_SCALE {
        return one_page(extent, page, fit.min(MAX_CHART_SCALE));
    }
    plan_at(extent, shapes, page, room, MIN_CHART_SCALE)
}

/// The whole chart on one page at `scale`.
fn one_page(extent: Rect, page: (f32, f32), scale: f32) -> ChartPlan {
    let view = extent;
    let parts = vec![Part {
        view,
        row: 0,
        column: 0,
    }];
    ChartPlan {
        page,
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
    note_lines: usize,
    max_pages: usize,
) -> ChartPlan {
    let readable = plan(extent, shapes, note_lines);
    if readable.parts.len() <= max_pages {
        return readable;
    }
    let page = page_for(extent);
    let room = room(page, note_lines);
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
    best.unwrap_or_else(|| one_page(extent, page, fit))
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
    /// The pages.
    pub plan: ChartPlan,
}

/// How `design`'s chart is printed: in full at a readable size when that
/// takes at most [`MAX_CHART_PAGES`] pages once empty stretches are closed
/// up and empty parts left out, otherwise as an overview within that many.
pub fn printed(design: &Design) -> Printed {
    let closed = close_up(design);
    let text = note(!closed.breaks.is_empty(), None);
    let full = {
        let drawing = Drawing::print(design, &closed.design, false);
        let lines = note_lines(text.as_deref()).len();
        plan(drawing.extent, &shapes(&drawing), lines)
    };
    if full.parts.len() <= MAX_CHART_PAGES {
        return Printed {
            layout: closed.design,
            breaks: closed.breaks,
            overview_of: None,
            note: text,
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
    let lines = note_lines(text.as_deref()).len();
    let plan = plan_within(drawing.extent, &shapes(&drawing), lines, MAX_CHART_PAGES);
    Printed {
        layout: closed.design,
        breaks: closed.breaks,
        overview_of,
        note: text,
        plan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let page = page_for(extent);
        let plan = plan_at(extent, &shapes, page, room(page, 0), MIN_CHART_SCALE);
        assert!(plan.across > 2);
        let columns: Vec<usize> = plan.parts.iter().map(|p| p.column).collect();
        assert_eq!(columns, [0, plan.across - 1]);
    }

    #[test]
    fn pages_are_cut_between_boxes_else_between_cards() {
        // Cards 30 high with gaps of 6, from 0 to 3,600, in two boxes.
        let cards: Vec<(f32, f32)> = (0..100)
            .map(|k| (k as f32 * 36.0, k as f32 * 36.0 + 30.0))
            .collect();
        let boxes = gaps([(0.0, 1_290.0), (1_296.0, 3_600.0)].into_iter());
        let pieces = gaps(cards.iter().copied());
        let bounds = cuts(0.0, 3_600.0, 1_000.0, &boxes, &pieces);
        assert_eq!(bounds.first(), Some(&0.0));
        assert_eq!(bounds.last(), Some(&3_600.0));
        for pair in bounds.windows(2) {
            let length = pair[1] - pair[0];
            assert!(length <= 1_000.0, "{bounds:?}");
            assert!(length >= 500.0 || pair[1] == 3_600.0, "{bounds:?}");
        }
        for &cut in &bounds[1..bounds.len() - 1] {
            assert!(
                cards.iter().all(|&(a, b)| cut <= a || cut >= b),
                "{cut} cuts a card"
            );
        }
        // Between the boxes rather than at a later gap between cards.
        let bounds = cuts(0.0, 3_600.0, 1_400.0, &boxes, &pieces);
        assert_eq!(bounds[1], 1_296.0, "{bounds:?}");
        // One piece longer than a part is cut at the part's length.
        let long = gaps([(0.0, 2_500.0)].into_iter());
        let bounds = cuts(0.0, 2_500.0, 1_000.0, &long, &long);
        assert_eq!(bounds, [0.0, 1_000.0, 2_000.0, 2_500.0]);
    }

    #[test]
    fn a_plan_within_a_bound_keeps_to_it() {
        let extent = rect(0.0, 0.0, 400.0, 200_000.0);
        let shapes = Shapes {
            ink: vec![extent],
            boxes: vec![extent],
            pieces: vec![extent],
        };
        let readable = plan(extent, &shapes, 0);
        assert!(readable.parts.len() > 10);
        let within = plan_within(extent, &shapes, 0, 10);
        assert!(within.parts.len() <= 10, "{}", within.parts.len());
        assert!(within.scale < MIN_CHART_SCALE);
        let one = plan_within(extent, &shapes, 0, 1);
        assert_eq!(one.parts.len(), 1);
    }
}
