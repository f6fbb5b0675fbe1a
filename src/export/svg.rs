//! The chart as SVG, drawn from the same pure geometry as the canvas
//! ([`ChartGeometry`]): the CEO box, each executive's box (its colour, titles,
//! orientation and manager, figures and balance bar), the cards in it (facing
//! mark, name, size, role chips, a folded corner for notes), reporting lines
//! (one `<polyline class="reports-to">` each) and dotted lines
//! (`class="dotted-line"`), and the unassigned tray below the chart. Text is
//! `<text>`, so it can be searched and selected; each card also carries its
//! full name as a `<title>` where the drawing has to shorten it.
//!
//! The figures are the balance panel's: [`DesignBalance`] percentages,
//! rounded the same way.

use std::fmt::Write as _;

use super::draw::{LINE, TEXT, WEAK, grouped, grouped_count, hex, rect, svg_open, text};
pub use super::draw::{escape, fit, lines, num, thousands};

use crate::chart::geometry::{
    BOX_PADDING, BoxGeometry, CARD_GAP, CARD_WIDTH, Connector, EMPTY_ROOM, HEADER_HEIGHT, LineKind,
    card_height, card_lines,
};
use crate::chart::{ChartGeometry, Rect, estimated_measure, look};
use crate::model::format::box_figures;
use crate::model::reporting::manager_words;
use crate::model::{Design, DesignBalance, Index};

/// Space around the drawing.
pub const MARGIN: f32 = 24.0;
/// Height of the coloured band along the top of an executive's box.
pub const ACCENT_BAND: f32 = 6.0;
/// Room between the chart and the tray.
const TRAY_GAP: f32 = 48.0;
/// Most columns of cards in the tray.
const TRAY_COLUMNS: usize = 4;

/// Everything needed to draw a design's chart, worked out once; parts of it
/// can then be drawn (a page of a PDF) without working it out again.
pub struct Drawing<'a> {
    pub(super) design: &'a Design,
    pub(super) index: Index,
    geometry: ChartGeometry,
    balance: DesignBalance,
    /// The tray's cards (positions in the design) and where each goes.
    tray: Vec<(usize, Rect)>,
    /// Where the tray's heading goes, if there is a tray.
    tray_heading: Option<Rect>,
    /// How many cards the tray holds (drawn or not).
    tray_count: usize,
    /// An overview: each box says how many cards it holds instead of
    /// showing them (for print, when the whole chart would take too many
    /// pages).
    overview: bool,
    /// The whole drawing, margin included.
    pub extent: Rect,
    /// A title block above the chart and a legend below it, each where it
    /// goes and drawn there (see [`super::legend::frame`]).
    pub(super) frame: Vec<(Rect, String)>,
}

impl<'a> Drawing<'a> {
    /// Lays out `design` as the canvas does, with the tray below.
    pub fn new(design: &'a Design) -> Self {
        let index = Index::of(design);
        let balance = DesignBalance::of_indexed(design, &index);
        let tray_count = index.cards(None).len();
        Self::build(design, index, balance, tray_count, false)
    }

    /// The chart of `design` drawn where `layout` places it: `layout` is
    /// `design` with its boxes moved (for print), and for an overview
    /// without its cards, each box then saying how many it holds. The
    /// figures are `design`'s.
    pub fn print(design: &Design, layout: &'a Design, overview: bool) -> Self {
        let index = Index::of(design);
        let balance = DesignBalance::of_indexed(design, &index);
        let tray_count = index.cards(None).len();
        Self::build(layout, Index::of(layout), balance, tray_count, overview)
    }

    fn build(
        design: &'a Design,
        index: Index,
        balance: DesignBalance,
        tray_count: usize,
        overview: bool,
    ) -> Self {
        let geometry = ChartGeometry::of(design, &index, &estimated_measure);
        let chart = if geometry.boxes.is_empty() && geometry.ceo.is_none() {
            Rect {
                x: 0.0,
                y: 0.0,
                w: CARD_WIDTH,
                h: 0.0,
            }
        } else {
            geometry.bounds
        };
        let unassigned = index.cards(None);
        let mut tray = Vec::with_capacity(unassigned.len());
        let mut tray_heading = None;
        let mut extent = chart;
        if tray_count > 0 {
            let columns = ((chart.w + CARD_GAP) / (CARD_WIDTH + CARD_GAP)).floor() as usize;
            let columns = columns.clamp(1, TRAY_COLUMNS);
            let top = chart.bottom() + if chart.h > 0.0 { TRAY_GAP } else { 0.0 };
            let heading = Rect {
                x: chart.x,
                y: top,
                w: CARD_WIDTH,
                h: 28.0,
            };
            tray_heading = Some(heading);
            extent = extent.union(&heading);
            // Row by row, each card as tall as its name needs (as in a
            // box), each row as tall as its tallest card.
            let mut top = heading.bottom();
            for row in unassigned.chunks(columns) {
                let lines: Vec<u8> = row
                    .iter()
                    .map(|&card| {
                        let item = &design.responsibilities[card];
                        card_lines(item, &design.size_unit, &estimated_measure)
                    })
                    .collect();
                let height = lines.iter().map(|&n| card_height(n)).fold(0.0, f32::max);
                for (column, (&card, &lines)) in row.iter().zip(&lines).enumerate() {
                    let r = Rect {
                        x: chart.x + column as f32 * (CARD_WIDTH + CARD_GAP),
                        y: top,
                        w: CARD_WIDTH,
                        h: card_height(lines),
                    };
                    extent = extent.union(&r);
                    tray.push((card, r));
                }
                top += height + CARD_GAP;
            }
        }
        Self {
            design,
            index,
            geometry,
            balance,
            tray,
            tray_heading,
            tray_count,
            overview,
            extent: extent.expand(MARGIN),
            frame: Vec::new(),
        }
    }

    /// The rectangle holding the boxes (the CEO's too), without the tray.
    pub fn chart_bounds(&self) -> Rect {
        self.geometry.bounds
    }

    /// What is best not cut at a page's edge: first the whole boxes (the
    /// CEO's too) and the tray's heading and cards; then, where a cut
    /// must go through a box, its pieces: each box's header (the whole box
    /// when it has no cards) and each card, with the CEO box and the tray.
    pub fn solids(&self) -> (Vec<Rect>, Vec<Rect>) {
        let mut whole: Vec<Rect> = self.geometry.boxes.iter().map(|b| b.rect).collect();
        let mut pieces: Vec<Rect> = Vec::new();
        for b in &self.geometry.boxes {
            if b.cards.is_empty() {
                pieces.push(b.rect);
            } else {
                pieces.push(Rect {
                    h: HEADER_HEIGHT,
                    ..b.rect
                });
                pieces.extend((0..b.cards.len()).map(|k| b.card_rect(k)));
            }
        }
        let others = self
            .geometry
            .ceo
            .into_iter()
            .chain(self.tray_heading)
            .chain(self.tray.iter().map(|&(_, r)| r));
        for r in others {
            whole.push(r);
            pieces.push(r);
        }
        (whole, pieces)
    }

    /// Where the drawing has something to show: each box, the tray's
    /// heading and cards, and each stretch of every line.
    pub fn ink(&self) -> Vec<Rect> {
        let mut ink: Vec<Rect> = self.geometry.boxes.iter().map(|b| b.rect).collect();
        ink.extend(self.geometry.ceo);
        ink.extend(self.tray_heading);
        ink.extend(self.tray.iter().map(|&(_, r)| r));
        for connector in &self.geometry.connectors {
            for pair in connector.points.windows(2) {
                let [[x0, y0], [x1, y1]] = [pair[0], pair[1]];
                let r = Rect {
                    x: x0.min(x1),
                    y: y0.min(y1),
                    w: (x1 - x0).abs(),
                    h: (y1 - y0).abs(),
                };
                ink.push(r.expand(2.0));
            }
        }
        ink
    }

    /// The whole chart as an SVG document.
    pub fn svg(&self) -> String {
        self.svg_of(self.extent)
    }

    /// The part of the chart inside `view` (chart points) as an SVG
    /// document of that size.
    pub fn svg_of(&self, view: Rect) -> String {
        let mut out = String::with_capacity(4096 + 600 * self.design.responsibilities.len());
        let _ = writeln!(out, "{}", svg_open(view.x, view.y, view.w, view.h));
        let _ = writeln!(out, "{}", super::mark::COMMENT);
        let _ = writeln!(out, "<title>{}</title>", escape(&self.design.name));
        out.push_str(&self.body(view));
        out.push_str("</svg>\n");
        out
    }

    /// The elements of the chart inside `view` (chart points), on a white
    /// background: what lies wholly outside is left out.
    pub fn body(&self, view: Rect) -> String {
        let mut out = String::with_capacity(4096);
        rect(&mut out, view, 0.0, r##"fill="#ffffff""##);
        for connector in &self.geometry.connectors {
            if connector_bounds(connector).is_some_and(|b| b.expand(2.0).intersects(&view)) {
                self.connector(&mut out, connector);
            }
        }
        if let (Some(ceo), Some(r)) = (&self.design.ceo, self.geometry.ceo)
            && r.intersects(&view)
        {
            let _ = writeln!(out, r#"<g class="ceo">"#);
            rect(
                &mut out,
                r,
                8.0,
                &format!(r##"fill="#f3f4f6" stroke="{TEXT}" stroke-width="1.5""##),
            );
            let middle = r##" text-anchor="middle""##;
            let title = fit(&ceo.title, 20.0, r.w - 16.0);
            text(
                &mut out,
                r.center_x(),
                r.y + 27.0,
                20.0,
                TEXT,
                middle,
                &title,
            );
            let name = if ceo.name.is_empty() {
                "Chief executive"
            } else {
                &ceo.name
            };
            let name = fit(name, 14.0, r.w - 16.0);
            text(
                &mut out,
                r.center_x(),
                r.y + 50.0,
                14.0,
                WEAK,
                middle,
                &name,
            );
            out.push_str("</g>\n");
        }
        for (i, b) in self.geometry.boxes.iter().enumerate() {
            if b.rect.intersects(&view) {
                self.executive(&mut out, i, b, view);
            }
        }
        self.tray(&mut out, view);
        for (r, drawn) in &self.frame {
            if r.intersects(&view) {
                out.push_str(drawn);
            }
        }
        out
    }

    fn connector(&self, out: &mut String, connector: &Connector) {
        let points: Vec<String> = connector
            .points
            .iter()
            .map(|[x, y]| format!("{},{}", num(*x), num(*y)))
            .collect();
        let (class, dash) = match connector.kind {
            LineKind::Reporting => ("reports-to", ""),
            LineKind::Dotted => ("dotted-line", r#" stroke-dasharray="6 5""#),
        };
        let from = &self.design.executives[connector.from].id;
        let _ = writeln!(
            out,
            r#"<polyline class="{class}" data-from="{}" points="{}" fill="none" stroke="{LINE}" stroke-width="2"{dash}/>"#,
            escape(from.as_str()),
            points.join(" ")
        );
    }

    fn executive(&self, out: &mut String, i: usize, b: &BoxGeometry, view: Rect) {
        let design = self.design;
        let e = &design.executives[i];
        let r = b.rect;
        let colour = hex(e.colour);
        let _ = writeln!(
            out,
            r#"<g class="executive" data-id="{}">"#,
            escape(e.id.as_str())
        );
        rect(
            out,
            r,
            8.0,
            &format!(r##"fill="#ffffff" stroke="{colour}" stroke-width="1.5""##),
        );
        let band = Rect {
            x: r.x + 1.0,
            y: r.y + 1.0,
            w: r.w - 2.0,
            h: ACCENT_BAND,
        };
        rect(
            out,
            band,
            3.0,
            &format!(r#"class="accent" fill="{colour}""#),
        );
        let left = r.x + BOX_PADDING;
        let width = r.w - 2.0 * BOX_PADDING;
        let title = fit(&e.short_title, look::TITLE_SIZE, width);
        text(
            out,
            left,
            r.y + look::TITLE_BASELINE,
            look::TITLE_SIZE,
            &colour,
            r#" class="title""#,
            &title,
        );
        // The person in the role, beside the short title in smaller type,
        // as on the screen.
        let after = super::glyphs::width(&title, look::TITLE_SIZE) + look::PERSON_GAP;
        if !e.person.is_empty() && width - after > look::PERSON_SIZE * 2.0 {
            let person = fit(&e.person, look::PERSON_SIZE, width - after);
            text(
                out,
                left + after,
                r.y + look::TITLE_BASELINE,
                look::PERSON_SIZE,
                TEXT,
                r#" class="person""#,
                &person,
            );
        }
        let full = fit(&e.full_title, look::FULL_TITLE_SIZE, width);
        let baseline = r.y + look::FULL_TITLE_BASELINE;
        text(out, left, baseline, look::FULL_TITLE_SIZE, WEAK, "", &full);
        // The lines under the full title, one after another.
        let line_at = |n: f32| r.y + look::FIRST_LINE_BASELINE + n * look::LINE_HEIGHT;
        let manager = match manager_words(design, i) {
            Some(m) => format!("reports to {m}"),
            None => "reporting line not set".to_owned(),
        };
        let line = fit(
            &format!("{} · {manager}", e.orientation.label()),
            look::LINE_SIZE,
            width,
        );
        text(out, left, line_at(0.0), look::LINE_SIZE, TEXT, "", &line);
        let own = self.balance.executive_at(i);
        let organisation = &self.balance.organisation;
        match box_figures(&own, organisation, &self.design.size_unit) {
            Some((figures, split)) => {
                text(
                    out,
                    left,
                    line_at(1.0),
                    look::LINE_SIZE,
                    TEXT,
                    "",
                    &fit(&figures, look::LINE_SIZE, width),
                );
                text(
                    out,
                    left,
                    line_at(2.0),
                    look::LINE_SIZE,
                    TEXT,
                    r#" class="balance""#,
                    &split,
                );
            }
            None => text(
                out,
                left,
                line_at(1.0),
                look::LINE_SIZE,
                TEXT,
                "",
                "No responsibilities yet",
            ),
        }
        let bar = Rect {
            x: left,
            y: r.y + HEADER_HEIGHT - look::BAR_ABOVE_HEADER_END,
            w: width,
            h: look::BAR_HEIGHT,
        };
        match own.external_fraction() {
            Some(fraction) => {
                let external = hex(look::EXTERNAL);
                rect(out, bar, 4.0, &format!(r#"fill="{external}""#));
                let internal = Rect {
                    w: bar.w * (1.0 - fraction as f32),
                    ..bar
                };
                if internal.w > 0.0 {
                    let colour = hex(look::INTERNAL);
                    rect(out, internal, 4.0, &format!(r#"fill="{colour}""#));
                }
            }
            None => rect(out, bar, 4.0, r##"fill="#e5e7eb""##),
        }
        if b.cards.is_empty() {
            let y = r.y + HEADER_HEIGHT + EMPTY_ROOM / 2.0 + 5.0;
            let middle = r##" text-anchor="middle""##;
            let words = match own.count {
                n if self.overview && n > 0 => {
                    fit(&format!("{}: see the table", grouped_count(n)), 13.0, width)
                }
                _ => "No responsibilities".to_owned(),
            };
            text(out, r.center_x(), y, 13.0, WEAK, middle, &words);
        }
        let range = b.cards_between(view.y, view.bottom());
        for k in range {
            let card = b.card_rect(k);
            if card.intersects(&view) {
                self.card(out, &design.responsibilities[b.cards[k]], card);
            }
        }
        out.push_str("</g>\n");
    }

    fn tray(&self, out: &mut String, view: Rect) {
        let Some(heading) = self.tray_heading else {
            return;
        };
        out.push_str("<g class=\"tray\">\n");
        if heading.intersects(&view) {
            let n = self.tray_count;
            let words = if self.overview {
                format!(
                    "Unassigned: {}, listed in the table",
                    grouped(n, "item", "items")
                )
            } else {
                format!("Unassigned: {}", grouped(n, "item", "items"))
            };
            text(out, heading.x, heading.y + 18.0, 16.0, TEXT, "", &words);
        }
        for &(card, r) in &self.tray {
            if r.intersects(&view) {
                self.card(out, &self.design.responsibilities[card], r);
            }
        }
        out.push_str("</g>\n");
    }
}

/// The smallest rectangle holding a connector.
fn connector_bounds(connector: &Connector) -> Option<Rect> {
    connector
        .points
        .iter()
        .map(|&[x, y]| Rect {
            x,
            y,
            w: 0.0,
            h: 0.0,
        })
        .reduce(|a, b| a.union(&b))
}

/// The whole chart of `design` as an SVG document.
pub fn chart(design: &Design) -> String {
    Drawing::new(design).svg()
}

/// The SVG export of `design`: the chart, with the title block and legend
/// if `options` ask, its text as text or as outlines.
pub fn export(design: &Design, options: &super::Options) -> Result<String, super::ExportError> {
    let mut drawing = Drawing::new(design);
    if options.legend {
        super::legend::frame(&mut drawing, design, options.date);
    }
    let svg = drawing.svg();
    if options.text_as_paths {
        super::font::outlined(&svg)
    } else {
        Ok(svg)
    }
}
