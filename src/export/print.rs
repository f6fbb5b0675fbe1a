//! The chart laid out for the printed handout: on one page (A4, lying
//! down or standing up) whenever it can be read there, down to card names
//! at [`NAME_PRINT_MIN`] points; otherwise split over as few pages as it
//! takes at a readable size, in even parts none narrower or shorter than a
//! third of a page ([`super::cuts`]). Each page keeps room for its title
//! block, note and legend ([`Frame`]).
//!
//! No design, however its boxes are placed, makes a PDF of thousands of
//! pages. A chart is split over pages as a grid over the rectangle holding
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
//!    between boxes where they can be, else between cards, so that no
//!    page holds only the edge of a box.
//! 3. **The page count is bounded**: a chart that would still take more
//!    than [`MAX_CHART_PAGES`] pages at a readable size is printed as an
//!    overview (each box with its figures and how many responsibilities it
//!    holds, the lines between them; every responsibility is in the
//!    handout's table), at a readable size if that fits the bound, or
//!    smaller (down to one page). The handout says so and points to the
//!    SVG export, which has the whole chart.

use super::cuts::{cuts, gaps, reached};
use super::legend;
use super::pages::{PAGE_HEIGHT, PAGE_WIDTH, wrap};
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
fn split(
    extent: Rect,
    shapes: &Shapes,
    page: (f32, f32),
    room: (f32, f32),
    shrink: f32,
) -> Option<ChartPlan> {
    let across = (extent.w * MIN_CHART_SCALE / room.0).ceil().max(1.0);
    let down = (extent.h * MIN_CHART_SCALE / room.1).ceil().max(1.0);
    let filled = (FILL * across * room.0 / extent.w.max(1.0))
        .min(FILL * down * room.1 / extent.h.max(1.0))
        .min(MAX_CHART_SCALE);
    let scale = filled.max(MIN_CHART_SCALE) * shrink;
    // Never below a readable size.
    if shrink < 1.0 && scale < MIN_CHART_SCALE {
        return None;
    }
    let mut plan = plan_at(extent, shapes, page, room, scale);
    // The parts cut, each drawn as large as the largest lets them all fit
    // their pages (a part more, to keep boxes whole, leaves room for it).
    let widest = plan.parts.iter().map(|p| p.view.w).fold(1.0, f32::max);
    let tallest = plan.parts.iter().map(|p| p.view.h).fold(1.0, f32::max);
    let larger = (room.0 / widest).min(room.1 / tallest).min(MAX_CHART_SCALE);
    plan.scale = plan.scale.max(larger);
    Some(plan)
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
    // Either way up, at the fullest scale and a little smaller: the plan
    // that cuts the fewest boxes at a page's edge (a box cut in two is
    // hard to read, a little smaller type is not), then the fewest pages,
    // then the largest type.
    let mut best: Option<(usize, ChartPlan)> = None;
    for (page, room, _) in fits {
        for k in 0..SHRINK_STEPS {
            #[allow(clippy::cast_precision_loss, reason = "a small step count")]
            let shrink = 1.0 - SHRINK_STEP * k as f32;
            let Some(plan) = split(extent, shapes, page, room, shrink) else {
                break;
            };
            let cut = boxes_cut(&plan, shapes);
            let better = best.as_ref().is_none_or(|(best_cut, b)| {
                (cut, plan.parts.len()) < (*best_cut, b.parts.len())
                    || ((cut, plan.parts.len()) == (*best_cut, b.parts.len())
                        && plan.scale > b.scale)
            });
            if better {
                best = Some((cut, plan));
            }
            if cut == 0 {
                break;
            }
        }
    }
    match best {
        Some((_, plan)) => plan,
        None => one_page(extent, PAGES[0], room_of(PAGES[0]), MIN_CHART_SCALE),
    }
}

/// How many smaller scales [`plan`] tries, and by how much each is
/// smaller than the one before (a share of the fullest).
const SHRINK_STEPS: usize = 6;
const SHRINK_STEP: f32 = 0.05;

/// How many boxes `plan` cuts at a page's edge: those no one part holds
/// whole.
fn boxes_cut(plan: &ChartPlan, shapes: &Shapes) -> usize {
    const SLACK: f32 = 0.5;
    shapes
        .boxes
        .iter()
        .filter(|b| {
            !plan.parts.iter().any(|p| {
                let v = p.view;
                b.x >= v.x - SLACK
                    && b.right() <= v.right() + SLACK
                    && b.y >= v.y - SLACK
                    && b.bottom() <= v.bottom() + SLACK
            })
        })
        .count()
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
