//! The PDF handout: the chart first, laid out for print by
//! [`super::print`] (long empty stretches closed up, empty parts left out,
//! at most [`print::MAX_CHART_PAGES`] pages, an overview when the whole
//! chart would need more), each page saying which part it is; then the
//! summary pages of [`super::pages`]. Every page carries the handout's
//! page number. Every page is drawn as SVG with the shipped font and
//! turned into PDF by svg2pdf, so text is real text (it can be searched
//! and copied); pdf-writer puts the pages together. The document
//! information, written first, names Remit as the producer (the mark of
//! [`super::mark`]). Nothing in the file depends on the time or the
//! machine.

use std::collections::HashMap;
use std::fmt::Write as _;

use pdf_writer::{Content, Finish as _, Name, Pdf, Rect as PdfRect, Ref, TextStr};

use super::draw::{TEXT, WEAK, labelled, svg_open};
use super::print::{self, Axis, Break, MARGIN, NOTE_LINE, NOTE_SIZE, Printed, TITLE, note_lines};
pub use super::print::{ChartPlan, MAX_CHART_SCALE, MIN_CHART_SCALE, plan};
use super::svg::{Drawing, escape, fit, num, thousands};
use super::{ExportError, font, mark, pages};
use crate::chart::Rect;
use crate::model::Design;

/// Colour of the dashed line marking a stretch closed up.
const BREAK_LINE: &str = "#9aa1ab";

/// The dashed lines marking the stretches closed up, each with how much
/// was left out, drawn across the chart's boxes (`bounds`), in chart
/// points.
fn break_marks(breaks: &[Break], bounds: Rect) -> String {
    let mut out = String::new();
    for b in breaks {
        let words = format!("{} points left out", thousands(b.removed.max(0.0) as usize));
        let (x1, y1, x2, y2, label) = match b.axis {
            Axis::Across => {
                // Turned to run down beside the line (its letters' tops
                // toward it), no longer than the line.
                let words = fit(&words, 12.0, bounds.h - 12.0);
                let (x, y) = (b.at + 14.0, bounds.y + 6.0);
                let label = format!(
                    r#"<text x="{x}" y="{y}" font-size="12" fill="{WEAK}" transform="rotate(90 {x} {y})">{}</text>"#,
                    escape(&words),
                    x = num(x),
                    y = num(y),
                );
                (b.at, bounds.y, b.at, bounds.bottom(), label)
            }
            Axis::Down => {
                let label = format!(
                    r#"<text x="{}" y="{}" font-size="12" fill="{WEAK}">{}</text>"#,
                    num(bounds.x + 6.0),
                    num(b.at - 5.0),
                    escape(&words),
                );
                (bounds.x, b.at, bounds.right(), b.at, label)
            }
        };
        let _ = writeln!(
            out,
            r#"<line class="closed-up" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{BREAK_LINE}" stroke-width="1.5" stroke-dasharray="12 8"/>"#,
            num(x1),
            num(y1),
            num(x2),
            num(y2)
        );
        out.push_str(&label);
        out.push('\n');
    }
    out
}

/// The chart's pages of `design` as SVG documents, as [`print::printed`]
/// lays them out, numbered from 1 of `total` pages in the handout.
pub fn chart_svgs(design: &Design, printed: &Printed, total: usize) -> Vec<String> {
    let drawing = Drawing::print(design, &printed.layout, printed.overview_of.is_some());
    let plan = &printed.plan;
    let (page_w, page_h) = plan.page;
    let width = page_w - 2.0 * MARGIN;
    let count = plan.parts.len();
    let note = note_lines(printed.note.as_deref());
    let top = MARGIN + TITLE + note.len() as f32 * NOTE_LINE;
    let marks = break_marks(&printed.breaks, drawing.chart_bounds());
    let mut note_svg = String::new();
    for (k, line) in note.iter().enumerate() {
        let _ = writeln!(
            note_svg,
            r#"<text x="{}" y="{}" font-size="{}" fill="{WEAK}">{}</text>"#,
            num(MARGIN),
            num(MARGIN + TITLE + k as f32 * NOTE_LINE),
            num(NOTE_SIZE),
            escape(line)
        );
    }
    let chart = if printed.overview_of.is_some() {
        "the chart, as an overview"
    } else {
        "the chart"
    };
    plan.parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let what = if count == 1 {
                chart.to_owned()
            } else {
                format!(
                    "{chart}, part {} of {count} (row {}, column {})",
                    i + 1,
                    part.row + 1,
                    part.column + 1
                )
            };
            let title = labelled(&design.name, &what, 13.0, width);
            let footer = labelled(&design.name, &format!("page {} of {total}", i + 1), 8.0, width);
            let view = part.view;
            let (w, h) = (view.w * plan.scale, view.h * plan.scale);
            format!(
                concat!(
                    "{open}\n",
                    r##"<rect x="0" y="0" width="{pw}" height="{ph}" fill="#ffffff"/>"##,
                    "\n",
                    r#"<text x="{m}" y="{ty}" font-size="13" fill="{fill}">{title}</text>"#,
                    "\n{note}",
                    r#"<svg x="{m}" y="{top}" width="{w}" height="{h}" viewBox="{vx} {vy} {vw} {vh}">"#,
                    "\n{body}{marks}</svg>\n",
                    r#"<text x="{cx}" y="{fy}" font-size="8" fill="{weak}" text-anchor="middle">{footer}</text>"#,
                    "\n</svg>\n"
                ),
                open = svg_open(0.0, 0.0, page_w, page_h),
                fill = TEXT,
                weak = WEAK,
                pw = num(page_w),
                ph = num(page_h),
                m = num(MARGIN),
                ty = num(MARGIN + 14.0),
                title = escape(&title),
                note = note_svg,
                top = num(top),
                w = num(w),
                h = num(h),
                vx = num(view.x),
                vy = num(view.y),
                vw = num(view.w),
                vh = num(view.h),
                body = drawing.body(view),
                marks = marks,
                cx = num(page_w / 2.0),
                fy = num(page_h - MARGIN / 2.0),
                footer = escape(&footer),
            )
        })
        .collect()
}

/// The chart's pages of `design` as SVG documents, numbered as if they
/// were the whole handout.
pub fn chart_pages(design: &Design) -> Vec<String> {
    let printed = print::printed(design);
    let count = printed.plan.parts.len();
    chart_svgs(design, &printed, count)
}

/// Every page of the handout as an SVG document: the chart's, then the
/// summary's.
pub fn page_svgs(design: &Design) -> Vec<String> {
    let printed = print::printed(design);
    let chart_count = printed.plan.parts.len();
    let summary = pages::pages(design, chart_count + 1);
    let mut svgs = chart_svgs(design, &printed, chart_count + summary.len());
    svgs.extend(summary);
    svgs
}

fn render_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(e.to_string())
}

/// The PDF handout of `design`.
pub fn render(design: &Design) -> Result<Vec<u8>, ExportError> {
    let svgs = page_svgs(design);

    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let info_id = alloc.bump();
    let mut pdf = Pdf::new();
    // First, so that the mark is near the start of the file.
    pdf.document_info(info_id)
        .producer(TextStr(mark::SOFTWARE))
        .creator(TextStr(mark::SOFTWARE))
        .title(TextStr(&design.name));
    let mut page_ids = Vec::with_capacity(svgs.len());
    let options = svg2pdf::ConversionOptions::default();
    for svg in &svgs {
        let tree = font::parse(svg)?;
        let (w, h) = (tree.size().width(), tree.size().height());
        let (chunk, drawing) = svg2pdf::to_chunk(&tree, options).map_err(render_error)?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let drawing = renumbered
            .get(&drawing)
            .copied()
            .ok_or_else(|| render_error("the page's drawing went missing"))?;
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        page_ids.push(page_id);
        let mut page = pdf.page(page_id);
        page.media_box(PdfRect::new(0.0, 0.0, w, h));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(Name(b"P"), drawing);
        page.finish();
        let mut content = Content::new();
        content.transform([w, 0.0, 0.0, h, 0.0, 0.0]);
        content.x_object(Name(b"P"));
        pdf.stream(content_id, &content.finish());
        pdf.extend(&chunk);
    }
    pdf.catalog(catalog_id).pages(tree_id);
    let count = i32::try_from(page_ids.len()).map_err(render_error)?;
    pdf.pages(tree_id).kids(page_ids).count(count);
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_chart_fits_one_page_and_a_huge_one_is_split_readably() {
        let small = Rect {
            x: 0.0,
            y: 0.0,
            w: 700.0,
            h: 400.0,
        };
        let one = |r: Rect| print::Shapes {
            ink: vec![r],
            boxes: vec![r],
            pieces: vec![r],
        };
        let small = plan(small, &one(small), 0);
        assert_eq!(small.parts.len(), 1);
        assert!(small.scale >= MIN_CHART_SCALE);
        let huge = Rect {
            x: 10.0,
            y: 0.0,
            w: 4000.0,
            h: 9000.0,
        };
        let plan = plan(huge, &one(huge), 0);
        assert!(plan.parts.len() > 1);
        assert_eq!(plan.scale, MIN_CHART_SCALE);
        // The parts cover the whole chart.
        let covered = plan
            .parts
            .iter()
            .map(|p| p.view)
            .reduce(|a, b| a.union(&b))
            .unwrap_or_default();
        assert!(covered.x <= huge.x && covered.right() >= huge.right());
        assert!(covered.y <= huge.y && covered.bottom() >= huge.bottom());
    }
}
