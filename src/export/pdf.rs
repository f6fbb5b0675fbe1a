//! The PDF handout: the chart first, laid out for print by
//! [`super::print`] (long empty stretches closed up, empty parts left out,
//! at most [`print::MAX_CHART_PAGES`] pages, an overview when the whole
//! chart would need more), each page saying which part it is; then the
//! summary pages of [`super::pages`]. Every chart page has a title block
//! (the design's name, the date, which part, at what size) and a legend
//! ([`super::legend`]); every page carries the handout's page number.
//!
//! The chart's pages are drawn as SVG (the same drawing as the SVG
//! export) and put on PDF pages by [`super::pdf_svg`]; the summary pages
//! are drawn straight from their text blocks. Either way the text is real
//! text in the shipped fonts, embedded once for the whole handout
//! ([`super::pdf_fonts`]), so it can be searched and copied; pdf-writer
//! writes the file. The document information, written first, names Remit
//! as the producer (the mark of [`super::mark`]). Nothing in the file
//! depends on the machine, and the time only through the date asked for.

use std::fmt::Write as _;

use jiff::civil::Date;
use pdf_writer::writers::Resources;
use pdf_writer::{Filter, Finish as _, Name, Pdf, Rect as PdfRect, Ref, TextStr};

use super::blocks::{Block, Section};
use super::draw::{WEAK, labelled, svg_open};
use super::pages::{Mark, PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH};
use super::pdf_draw::{Paint, Painter};
use super::pdf_fonts::{FontSet, deflate};
use super::print::{self, Axis, Break, MARGIN, NOTE_LINE, NOTE_SIZE, Printed, note_lines};
pub use super::print::{ChartPlan, MAX_CHART_SCALE, MIN_CHART_SCALE, plan};
use super::progress::Progress;
use super::svg::{Drawing, escape, fit, num, thousands};
use super::{ExportError, Options, legend, mark, pages, pdf_svg};
use crate::chart::Rect;
use crate::model::{Design, DesignBalance, Rgb};

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

/// The chart's pages of a design, drawn as SVG one at a time: the title
/// block (the design's name, the date, which part and at what size), the
/// note, the part of the chart, the legend and the page number.
pub struct ChartPages<'a> {
    design: &'a Design,
    printed: &'a Printed,
    drawing: Drawing<'a>,
    balance: DesignBalance,
    date: Option<Date>,
    marks: String,
    note: String,
}

impl<'a> ChartPages<'a> {
    /// The chart's pages of `design` as `printed` lays them out, dated
    /// `date` (none: no date on the title block).
    pub fn new(design: &'a Design, printed: &'a Printed, date: Option<Date>) -> Self {
        let drawing = Drawing::print(design, &printed.layout, printed.overview_of.is_some());
        let marks = break_marks(&printed.breaks, drawing.chart_bounds());
        let mut note = String::new();
        let top = MARGIN + printed.frame.title;
        for (k, line) in note_lines(printed.note.as_deref()).iter().enumerate() {
            let _ = writeln!(
                note,
                r#"<text x="{}" y="{}" font-size="{}" fill="{WEAK}">{}</text>"#,
                num(MARGIN),
                num(top + NOTE_SIZE + k as f32 * NOTE_LINE),
                num(NOTE_SIZE),
                escape(line)
            );
        }
        Self {
            design,
            printed,
            drawing,
            balance: DesignBalance::of(design),
            date,
            marks,
            note,
        }
    }

    /// How many pages the chart takes.
    pub fn count(&self) -> usize {
        self.printed.plan.parts.len()
    }

    /// What page `i`'s title block says under the design's name.
    fn detail(&self, i: usize) -> String {
        let plan = &self.printed.plan;
        let chart = if self.printed.overview_of.is_some() {
            "The chart as an overview"
        } else {
            "The chart"
        };
        let size = format!("at {}% of its size in Remit", (plan.scale * 100.0).round());
        match plan.parts.get(i) {
            Some(part) if plan.parts.len() > 1 => format!(
                "{chart}, part {} of {} (row {}, column {}), {size}",
                i + 1,
                plan.parts.len(),
                part.row + 1,
                part.column + 1
            ),
            _ => format!("{chart}, {size}"),
        }
    }

    /// Page `i` of the chart as an SVG document, numbered from 1 of
    /// `total` pages in the handout.
    pub fn svg(&self, i: usize, total: usize) -> String {
        let plan = &self.printed.plan;
        let frame = &self.printed.frame;
        let (page_w, page_h) = plan.page;
        let width = page_w - 2.0 * MARGIN;
        let mut head = String::new();
        legend::title_block(
            &mut head,
            &self.design.name,
            self.date,
            &self.detail(i),
            MARGIN,
            MARGIN,
            width,
            1.0,
        );
        let mut foot = String::new();
        legend::legend(
            &mut foot,
            self.design,
            &self.balance,
            Some(legend::MOST_ON_PAGE),
            MARGIN,
            page_h - MARGIN - frame.legend,
            width,
            1.0,
        );
        let footer = labelled(
            &self.design.name,
            &format!("page {} of {total}", i + 1),
            8.0,
            width,
        );
        let Some(part) = plan.parts.get(i) else {
            return String::new();
        };
        let view = part.view;
        let (w, h) = (view.w * plan.scale, view.h * plan.scale);
        // A chart on one page stands in the middle of its room.
        let left = if plan.parts.len() == 1 {
            MARGIN + ((plan.room.0 - w) / 2.0).max(0.0)
        } else {
            MARGIN
        };
        format!(
            concat!(
                "{open}\n",
                r##"<rect x="0" y="0" width="{pw}" height="{ph}" fill="#ffffff"/>"##,
                "\n{head}{note}",
                r#"<svg x="{x}" y="{top}" width="{w}" height="{h}" viewBox="{vx} {vy} {vw} {vh}">"#,
                "\n{body}{marks}</svg>\n{foot}",
                r#"<text x="{cx}" y="{fy}" font-size="8" fill="{weak}" text-anchor="middle">{footer}</text>"#,
                "\n</svg>\n"
            ),
            open = svg_open(0.0, 0.0, page_w, page_h),
            weak = WEAK,
            pw = num(page_w),
            ph = num(page_h),
            head = head,
            note = self.note,
            x = num(left),
            top = num(frame.chart_top()),
            w = num(w),
            h = num(h),
            vx = num(view.x),
            vy = num(view.y),
            vw = num(view.w),
            vh = num(view.h),
            body = self.drawing.body(view),
            marks = self.marks,
            foot = foot,
            cx = num(page_w / 2.0),
            fy = num(page_h - MARGIN / 2.0),
            footer = escape(&footer),
        )
    }
}

/// The chart's pages of `design` as SVG documents, numbered as if they
/// were the whole handout, undated.
pub fn chart_pages(design: &Design) -> Vec<String> {
    let printed = print::printed(design);
    let pages = ChartPages::new(design, &printed, None);
    let count = pages.count();
    (0..count).map(|i| pages.svg(i, count)).collect()
}

/// Every page of the handout as an SVG document, undated: the chart's,
/// then the summary's.
pub fn page_svgs(design: &Design) -> Vec<String> {
    let printed = print::printed(design);
    let chart = ChartPages::new(design, &printed, None);
    let count = chart.count();
    let summary = pages::pages(design, count + 1);
    let total = count + summary.len();
    let mut svgs: Vec<String> = (0..count).map(|i| chart.svg(i, total)).collect();
    svgs.extend(summary);
    svgs
}

/// Writes one page with its content stream (compressed) into the tree.
fn write_page(
    pdf: &mut Pdf,
    alloc: &mut Ref,
    tree: Ref,
    resources: Ref,
    size: (f32, f32),
    content: &[u8],
) -> Ref {
    let page_id = alloc.bump();
    let content_id = alloc.bump();
    let mut page = pdf.page(page_id);
    page.media_box(PdfRect::new(0.0, 0.0, size.0, size.1));
    page.parent(tree);
    page.contents(content_id);
    page.pair(Name(b"Resources"), resources);
    page.finish();
    let compressed = deflate(content);
    pdf.stream(content_id, &compressed)
        .filter(Filter::FlateDecode);
    page_id
}

fn colour(hex: &str) -> Rgb {
    Rgb::from_hex(hex).unwrap_or(Rgb(0, 0, 0))
}

/// Draws a summary page's marks.
fn draw_summary(
    painter: &mut Painter<'_>,
    design: &Design,
    blocks: &[(f32, Block)],
    number: usize,
    total: usize,
) {
    pages::marks(design, blocks, number, total, |mark| match mark {
        Mark::Text {
            x,
            y,
            size,
            fill,
            anchor,
            content,
        } => painter.text(x, y, size, colour(fill), anchor, 0.0, content),
        Mark::Rule { y } => {
            let paint = Paint {
                stroke: Some((colour(pages::RULE), 0.6)),
                ..Paint::default()
            };
            painter.path(
                &[[PAGE_MARGIN, y], [PAGE_WIDTH - PAGE_MARGIN, y]],
                false,
                &paint,
            );
        }
    });
}

/// The PDF handout of `design`, with `more` summary sections after its own
/// (the options compared), dated `options.date`; `progress` hears of
/// each page and may stop the export between pages.
pub fn render(
    design: &Design,
    more: Vec<Section>,
    options: &Options,
    progress: &mut Progress<'_>,
) -> Result<Vec<u8>, ExportError> {
    let printed = print::printed(design);
    let summary = pages::layout_with(design, more);
    let chart = ChartPages::new(design, &printed, options.date);
    let count = chart.count();
    let total = count + summary.len();

    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let info_id = alloc.bump();
    let resources_id = alloc.bump();
    let mut pdf = Pdf::new();
    // First, so that the mark is near the start of the file.
    pdf.document_info(info_id)
        .producer(TextStr(mark::SOFTWARE))
        .creator(TextStr(mark::SOFTWARE))
        .title(TextStr(&design.name));
    let mut fonts = FontSet::new();
    let mut page_ids = Vec::with_capacity(total);
    for i in 0..count {
        progress.report(i, total)?;
        let svg = chart.svg(i, total);
        let size = printed.plan.page;
        let mut painter = Painter::new(size.1, &mut fonts, &mut alloc);
        pdf_svg::draw(&svg, &mut painter)?;
        let content = painter.finish();
        page_ids.push(write_page(
            &mut pdf,
            &mut alloc,
            tree_id,
            resources_id,
            size,
            &content,
        ));
    }
    for (k, blocks) in summary.iter().enumerate() {
        progress.report(count + k, total)?;
        let mut painter = Painter::new(PAGE_HEIGHT, &mut fonts, &mut alloc);
        draw_summary(&mut painter, design, blocks, count + k + 1, total);
        let content = painter.finish();
        let size = (PAGE_WIDTH, PAGE_HEIGHT);
        page_ids.push(write_page(
            &mut pdf,
            &mut alloc,
            tree_id,
            resources_id,
            size,
            &content,
        ));
    }
    progress.report(total, total)?;
    {
        let mut resources = pdf.indirect(resources_id).start::<Resources>();
        fonts.resources(resources.fonts());
    }
    fonts.write(&mut pdf, &mut alloc)?;
    pdf.catalog(catalog_id).pages(tree_id);
    let count = i32::try_from(page_ids.len()).map_err(render_error)?;
    pdf.pages(tree_id).kids(page_ids).count(count);
    Ok(pdf.finish())
}

fn render_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(e.to_string())
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
        let small = plan(small, &one(small), &print::bare_room);
        assert_eq!(small.parts.len(), 1);
        assert!(small.scale >= MIN_CHART_SCALE);
        let huge = Rect {
            x: 10.0,
            y: 0.0,
            w: 4000.0,
            h: 9000.0,
        };
        let plan = plan(huge, &one(huge), &print::bare_room);
        assert!(plan.parts.len() > 1);
        assert!(plan.scale >= MIN_CHART_SCALE);
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
