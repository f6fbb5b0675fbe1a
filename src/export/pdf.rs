//! The PDF handout: the chart first, on one page when it stays readable
//! there, otherwise split over as many pages as it takes at a readable
//! size (each page says which part it is); then the summary pages of
//! [`super::pages`]. Every page is drawn as SVG with the shipped font and
//! turned into PDF by svg2pdf, so text is real text (it can be searched and
//! copied); pdf-writer puts the pages together. Nothing in the file
//! depends on the time or the machine. The document information, written
//! first, names Remit as the producer (the mark of [`super::mark`]).

use std::collections::HashMap;

use pdf_writer::{Content, Finish as _, Name, Pdf, Rect as PdfRect, Ref, TextStr};

use super::draw::{TEXT, svg_open};
use super::pages::{self, PAGE_HEIGHT, PAGE_WIDTH};
use super::svg::{Drawing, escape, fit, num};
use super::{ExportError, font, mark};
use crate::chart::Rect;
use crate::model::Design;

/// The smallest scale a chart is printed at: card names (14 points on the
/// chart) stay at 7 points, small print but readable. A chart that would
/// need less to fit one page is split over several.
pub const MIN_CHART_SCALE: f32 = 0.5;
/// The largest: a small chart is not blown up past this.
pub const MAX_CHART_SCALE: f32 = 1.25;
/// Space around a chart page's content.
const MARGIN: f32 = 30.0;
/// Room for a chart page's title.
const TITLE: f32 = 26.0;

/// How the chart is put on pages.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPlan {
    /// Page width and height in PDF points (A4, turned to suit the chart).
    pub page: (f32, f32),
    /// PDF points per chart point.
    pub scale: f32,
    /// The part of the chart (in chart points) each page shows, row by row.
    pub parts: Vec<Rect>,
    /// How many pages across.
    pub across: usize,
}

/// Plans the chart's pages for a drawing of `extent` chart points.
pub fn plan(extent: Rect) -> ChartPlan {
    let page = if extent.w >= extent.h {
        (PAGE_HEIGHT, PAGE_WIDTH)
    } else {
        (PAGE_WIDTH, PAGE_HEIGHT)
    };
    let room = (page.0 - 2.0 * MARGIN, page.1 - 2.0 * MARGIN - TITLE);
    let fit = (room.0 / extent.w.max(1.0)).min(room.1 / extent.h.max(1.0));
    if fit >= MIN_CHART_SCALE {
        return ChartPlan {
            page,
            scale: fit.min(MAX_CHART_SCALE),
            parts: vec![extent],
            across: 1,
        };
    }
    let scale = MIN_CHART_SCALE;
    let (part_w, part_h) = (room.0 / scale, room.1 / scale);
    let across = (extent.w / part_w).ceil().max(1.0) as usize;
    let down = (extent.h / part_h).ceil().max(1.0) as usize;
    let parts = (0..down)
        .flat_map(|row| {
            (0..across).map(move |column| Rect {
                x: extent.x + column as f32 * part_w,
                y: extent.y + row as f32 * part_h,
                w: part_w,
                h: part_h,
            })
        })
        .collect();
    ChartPlan {
        page,
        scale,
        parts,
        across,
    }
}

/// The chart's pages as SVG documents.
pub fn chart_pages(design: &Design) -> Vec<String> {
    let drawing = Drawing::new(design);
    let plan = plan(drawing.extent);
    let (page_w, page_h) = plan.page;
    let count = plan.parts.len();
    plan.parts
        .iter()
        .enumerate()
        .map(|(i, &part)| {
            let title = if count == 1 {
                format!("{} · the chart", design.name)
            } else {
                format!(
                    "{} · the chart, part {} of {count} (row {}, column {})",
                    design.name,
                    i + 1,
                    i / plan.across + 1,
                    i % plan.across + 1
                )
            };
            let (w, h) = (part.w * plan.scale, part.h * plan.scale);
            format!(
                concat!(
                    "{open}\n",
                    r##"<rect x="0" y="0" width="{pw}" height="{ph}" fill="#ffffff"/>"##,
                    "\n",
                    r#"<text x="{m}" y="{ty}" font-size="13" fill="{fill}">{title}</text>"#,
                    "\n",
                    r#"<svg x="{m}" y="{top}" width="{w}" height="{h}" viewBox="{vx} {vy} {vw} {vh}">"#,
                    "\n{body}</svg>\n</svg>\n"
                ),
                open = svg_open(0.0, 0.0, page_w, page_h),
                fill = TEXT,
                pw = num(page_w),
                ph = num(page_h),
                m = num(MARGIN),
                ty = num(MARGIN + 14.0),
                title = escape(&fit(&title, 13.0, page_w - 2.0 * MARGIN)),
                top = num(MARGIN + TITLE),
                w = num(w),
                h = num(h),
                vx = num(part.x),
                vy = num(part.y),
                vw = num(part.w),
                vh = num(part.h),
                body = drawing.body(part),
            )
        })
        .collect()
}

fn render_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(e.to_string())
}

/// The PDF handout of `design`.
pub fn render(design: &Design) -> Result<Vec<u8>, ExportError> {
    let mut svgs = chart_pages(design);
    let summary = pages::pages(design, svgs.len() + 1);
    svgs.extend(summary);

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
        let small = plan(Rect {
            x: 0.0,
            y: 0.0,
            w: 700.0,
            h: 400.0,
        });
        assert_eq!(small.parts.len(), 1);
        assert!(small.scale >= MIN_CHART_SCALE);
        let huge = Rect {
            x: 10.0,
            y: 0.0,
            w: 4000.0,
            h: 9000.0,
        };
        let plan = plan(huge);
        assert!(plan.parts.len() > 1);
        assert_eq!(plan.scale, MIN_CHART_SCALE);
        // The parts cover the whole chart.
        let covered = plan
            .parts
            .iter()
            .copied()
            .reduce(|a, b| a.union(&b))
            .unwrap_or_default();
        assert!(covered.x <= huge.x && covered.right() >= huge.right());
        assert!(covered.y <= huge.y && covered.bottom() >= huge.bottom());
    }
}
