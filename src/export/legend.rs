//! The title block and the legend that let a chart stand alone (a page of
//! the handout, a picture on a slide): the design's name and the date,
//! then what the marks mean (INT, MIX and EXT with their colours and
//! letters, the balance bar, reporting and dotted lines) and each
//! executive's balance, with its units.
//!
//! Both are drawn as SVG at any size: `k` is how many drawing units a
//! printed point takes (1 on a PDF page, where the title is 14 points and
//! the legend 7.5; [`CHART_K`] on the chart, so that they read like its
//! boxes). Each function draws at (`x`, `y`) within `width` and says how
//! tall it is; drawn into a scratch string, it measures.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::draw::{LINE, TEXT, WEAK, facing_mark, fit, hex, num, rect, text};
use super::pages::wrap;
use super::svg::{Drawing, MARGIN};
use super::table;
use crate::chart::{Rect, estimated_measure, look};
use crate::model::format::{count, size as format_size};
use crate::model::{Balance, Design, DesignBalance, Facing};

/// Drawing units per printed point on the chart itself (PNG and SVG).
pub const CHART_K: f32 = 1.75;
/// The title's size, in printed points.
const TITLE: f32 = 14.0;
/// The line under the title.
const DETAIL: f32 = 9.0;
/// The legend's text.
const SMALL: f32 = 7.5;
/// The distance from one line of the legend to the next.
const LEADING: f32 = 10.5;
/// Room between items on a line of the legend.
const GAP: f32 = 14.0;
/// The most executives whose balance a chart page of the handout lists
/// (the balance table after the ownership table lists all).
pub const MOST_ON_PAGE: usize = 8;

/// How a date is written on a title block: "27 November 2026".
pub fn date_words(date: Date) -> String {
    date.strftime("%-d %B %Y").to_string()
}

/// The title block: the design's name (on at most two lines) with the date
/// at the right, and `detail` under it. Its height.
#[allow(clippy::too_many_arguments, reason = "a place, a size and what to say")]
pub fn title_block(
    out: &mut String,
    name: &str,
    date: Option<Date>,
    detail: &str,
    x: f32,
    y: f32,
    width: f32,
    k: f32,
) -> f32 {
    let size = TITLE * k;
    let mut room = width;
    if let Some(date) = date {
        let words = date_words(date);
        let end = r#" text-anchor="end""#;
        text(out, x + width, y + size, DETAIL * k, WEAK, end, &words);
        room -= estimated_measure(&words, DETAIL * k) + GAP * k;
    }
    let name = if name.trim().is_empty() {
        "Untitled design"
    } else {
        name
    };
    let mut lines = wrap(name, size, room.max(size * 4.0));
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit(&rest, size, room.max(size * 4.0)));
    }
    let mut baseline = y + size;
    for line in &lines {
        text(out, x, baseline, size, TEXT, r#" class="heading""#, line);
        baseline += size * 1.25;
    }
    let detail_lines = wrap(detail, DETAIL * k, width);
    baseline += DETAIL * k * 0.2 - size * 0.25;
    for line in &detail_lines {
        text(out, x, baseline, DETAIL * k, WEAK, "", line);
        baseline += DETAIL * k * 1.3;
    }
    baseline - y + DETAIL * k * 0.2
}

/// The small drawing of a key.
#[derive(Clone, Copy)]
enum Key {
    /// A facing mark as the cards show it.
    Facing(Facing),
    /// A short line as the chart draws reporting lines, or dotted lines.
    Line { dashed: bool },
    /// The balance bar as the boxes draw it.
    Bar,
}

/// How wide a key's drawing is, in printed points.
const KEY_WIDTH: f32 = 22.0;

impl Key {
    /// Draws the key with its left end at `x` on the baseline `y`.
    fn draw(self, out: &mut String, x: f32, y: f32, k: f32) {
        match self {
            Self::Facing(facing) => {
                let (colour, letters) = facing_mark(facing);
                let r = Rect {
                    x,
                    y: y - 8.0 * k,
                    w: KEY_WIDTH * k,
                    h: 10.5 * k,
                };
                rect(out, r, 2.5 * k, &format!(r#"fill="{colour}""#));
                let middle = r##" text-anchor="middle""##;
                text(out, r.center_x(), y, 7.0 * k, "#ffffff", middle, letters);
            }
            Self::Line { dashed } => {
                let dash = if dashed {
                    format!(r#" stroke-dasharray="{} {}""#, num(3.0 * k), num(2.5 * k))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{LINE}" stroke-width="{}"{dash}/>"#,
                    num(x),
                    num(x + KEY_WIDTH * k),
                    num(1.2 * k),
                    y = num(y - 3.0 * k),
                );
            }
            Self::Bar => {
                let whole = Rect {
                    x,
                    y: y - 6.5 * k,
                    w: KEY_WIDTH * k,
                    h: 5.0 * k,
                };
                let external = format!(r#"fill="{}""#, hex(look::EXTERNAL));
                rect(out, whole, 2.0 * k, &external);
                let internal = Rect {
                    w: 13.0 * k,
                    ..whole
                };
                let internal_fill = format!(r#"fill="{}""#, hex(look::INTERNAL));
                rect(out, internal, 2.0 * k, &internal_fill);
            }
        }
    }
}

/// The keys, in order, each with its words.
fn keys() -> [(Key, &'static str); 6] {
    [
        (
            Key::Facing(Facing::Internal),
            "internal-facing: under a third external",
        ),
        (
            Key::Facing(Facing::Mixed),
            "mixed: a third to two thirds external",
        ),
        (
            Key::Facing(Facing::External),
            "external-facing: over two thirds external",
        ),
        (Key::Line { dashed: false }, "reports to"),
        (
            Key::Line { dashed: true },
            "dotted line (answers to a second manager)",
        ),
        (
            Key::Bar,
            "bar in each box: internal share (blue, left), external share (orange)",
        ),
    ]
}

/// An executive's balance in words, with its units.
fn balance_words(title: &str, b: &Balance, unit: &str) -> String {
    match (b.internal_percent(), b.external_percent()) {
        (Some(int), Some(ext)) => format!(
            "{title}: internal {int}% · external {ext}% · size {} {unit} · {}",
            format_size(b.size),
            count(b.count, "item", "items")
        ),
        _ => format!("{title}: no responsibilities"),
    }
}

/// The legend: the keys, then each executive's balance (at most `most`;
/// past that, a line saying where they all are). Its height.
#[allow(clippy::too_many_arguments, reason = "a place, a size and what to say")]
pub fn legend(
    out: &mut String,
    design: &Design,
    balance: &DesignBalance,
    most: Option<usize>,
    x: f32,
    y: f32,
    width: f32,
    k: f32,
) -> f32 {
    let size = SMALL * k;
    let leading = LEADING * k;
    let mut baseline = y + size;
    // The keys, flowed along lines.
    let mut left = x;
    let room = (KEY_WIDTH + 4.0) * k;
    for (key, words) in keys() {
        let w = room + estimated_measure(words, size);
        if left > x && left + w > x + width {
            left = x;
            baseline += leading;
        }
        key.draw(out, left, baseline, k);
        let words = fit(words, size, width - room);
        text(out, left + room, baseline, size, TEXT, "", &words);
        left += w + GAP * k;
    }
    baseline += leading * 1.35;
    // Each executive's balance, in columns.
    let unit = design.size_unit.trim();
    let unit = if unit.is_empty() { "points" } else { unit };
    let heading =
        format!("Balance of each portfolio: internal and external shares of its size, in {unit}");
    text(
        out,
        x,
        baseline,
        size,
        WEAK,
        "",
        &fit(&heading, size, width),
    );
    baseline += leading;
    let mut entries: Vec<String> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| balance_words(table::title(e), &balance.executive_at(i), unit))
        .collect();
    let cut = most.is_some_and(|m| entries.len() > m);
    if cut {
        entries.truncate(most.unwrap_or(0));
    }
    entries.push(balance_words("Organisation", &balance.organisation, unit));
    let widest = entries
        .iter()
        .map(|e| estimated_measure(e, size))
        .fold(0.0f32, f32::max);
    let column = (widest + GAP * k).min(width).max(1.0);
    let columns = ((width + GAP * k) / column).floor().max(1.0) as usize;
    let rows = entries.len().div_ceil(columns);
    for (n, entry) in entries.iter().enumerate() {
        let (row, col) = (n % rows, n / rows);
        let words = fit(entry, size, column - GAP * k);
        let at = baseline + row as f32 * leading;
        text(
            out,
            x + col as f32 * column,
            at,
            size,
            TEXT,
            r#" class="balance""#,
            &words,
        );
    }
    baseline += rows as f32 * leading;
    if cut {
        let more = format!(
            "The balance of all {} executives is under \u{201c}Balance and clarity\u{201d}, after the table.",
            design.executives.len()
        );
        text(out, x, baseline, size, WEAK, "", &fit(&more, size, width));
        baseline += leading;
    }
    baseline - y - leading + size * 0.4
}

/// How tall the title block and the legend are at `width`: (title, legend).
pub fn heights(
    design: &Design,
    balance: &DesignBalance,
    date: Option<Date>,
    detail: &str,
    most: Option<usize>,
    width: f32,
    k: f32,
) -> (f32, f32) {
    let mut scratch = String::new();
    let title = title_block(&mut scratch, &design.name, date, detail, 0.0, 0.0, width, k);
    scratch.clear();
    let legend = legend(&mut scratch, design, balance, most, 0.0, 0.0, width, k);
    (title, legend)
}

/// The narrowest a framed chart's title block and legend are, in printed
/// points: room for the keys on two lines.
const FRAME_WIDTH: f32 = 560.0;

/// `drawing` with a title block above the chart and a legend below it, at
/// the chart's own scale ([`CHART_K`]), so that a picture of it can stand
/// alone on a slide: the drawing's extent grows to hold them.
pub fn frame(drawing: &mut Drawing<'_>, design: &Design, date: Option<Date>) {
    let k = CHART_K;
    let inner = drawing.extent.expand(-MARGIN);
    let width = inner.w.max(FRAME_WIDTH * k);
    let balance = DesignBalance::of(design);
    let unit = design.size_unit.trim();
    let detail = format!(
        "The chart: {}, {}; sizes in {}",
        count(design.executives.len(), "executive", "executives"),
        count(
            design.responsibilities.len(),
            "responsibility",
            "responsibilities"
        ),
        if unit.is_empty() { "points" } else { unit },
    );
    let gap = 16.0 * k;
    let (title_h, legend_h) = heights(design, &balance, date, &detail, None, width, k);
    let head = Rect {
        x: inner.x,
        y: inner.y - gap - title_h,
        w: width,
        h: title_h,
    };
    let foot = Rect {
        x: inner.x,
        y: inner.bottom() + gap,
        w: width,
        h: legend_h,
    };
    let mut above = String::new();
    title_block(
        &mut above,
        &design.name,
        date,
        &detail,
        head.x,
        head.y,
        width,
        k,
    );
    let mut below = String::new();
    legend(&mut below, design, &balance, None, foot.x, foot.y, width, k);
    drawing.frame = vec![(head.expand(4.0 * k), above), (foot.expand(4.0 * k), below)];
    drawing.extent = inner.union(&head).union(&foot).expand(MARGIN);
}

/// Today's date for a title block: the day of `SOURCE_DATE_EPOCH` (in
/// UTC) when it is set to a number of seconds, as reproducible builds ask;
/// otherwise today where the machine is. (The exports themselves take the
/// date as an option, so that they stay functions of what they are given.)
pub fn today() -> Date {
    let reproducible = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok());
    match reproducible {
        Some(at) => at.to_zoned(jiff::tz::TimeZone::UTC).date(),
        None => jiff::Zoned::now().date(),
    }
}
