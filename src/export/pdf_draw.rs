//! Drawing on one page of the PDF handout with pdf-writer: rectangles
//! (with rounded corners), lines, polylines, polygons and text in the
//! shipped fonts, in the page's own points with y growing downwards (as in
//! SVG, so that the chart and the summary pages use one set of
//! coordinates). Text is real text: glyphs of the fonts of
//! [`super::pdf_fonts`], each run one string where it can be.

use pdf_writer::{Content, Ref, Str};

use super::glyphs;
use super::pdf_fonts::FontSet;
use crate::chart::Rect;
use crate::model::Rgb;

/// How far the control points of a quarter circle's Bézier curve are from
/// its ends, as a share of its radius.
const KAPPA: f32 = 0.552_284_8;

/// Where a text's `x` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Its start.
    Start,
    /// Its middle.
    Middle,
    /// Its end.
    End,
}

/// How a shape is painted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Paint {
    /// Its fill, if any.
    pub fill: Option<Rgb>,
    /// Its outline's colour and width, if any.
    pub stroke: Option<(Rgb, f32)>,
    /// The outline's dashes (on, off), if dashed.
    pub dash: Option<(f32, f32)>,
}

fn channel(v: u8) -> f32 {
    f32::from(v) / 255.0
}

/// One page being drawn.
pub struct Painter<'a> {
    content: Content,
    fonts: &'a mut FontSet,
    alloc: &'a mut Ref,
    glyphs: Vec<u8>,
}

impl<'a> Painter<'a> {
    /// A page `height` points tall, drawn top down.
    pub fn new(height: f32, fonts: &'a mut FontSet, alloc: &'a mut Ref) -> Self {
        let mut content = Content::new();
        content.transform([1.0, 0.0, 0.0, -1.0, 0.0, height]);
        Self {
            content,
            fonts,
            alloc,
            glyphs: Vec::new(),
        }
    }

    /// The page's content stream (not compressed).
    pub fn finish(self) -> Vec<u8> {
        self.content.finish()
    }

    /// Keeps the state (transform, clip, colours) to go back to.
    pub fn save(&mut self) {
        self.content.save_state();
    }

    /// Goes back to the state last kept.
    pub fn restore(&mut self) {
        self.content.restore_state();
    }

    /// What follows is drawn moved and scaled by `matrix`.
    pub fn transform(&mut self, matrix: [f32; 6]) {
        self.content.transform(matrix);
    }

    /// What follows is drawn only inside `r`.
    pub fn clip(&mut self, r: Rect) {
        self.content
            .rect(r.x, r.y, r.w, r.h)
            .clip_nonzero()
            .end_path();
    }

    fn set_paint(&mut self, paint: &Paint) {
        if let Some(Rgb(r, g, b)) = paint.fill {
            self.content
                .set_fill_rgb(channel(r), channel(g), channel(b));
        }
        if let Some((Rgb(r, g, b), width)) = paint.stroke {
            self.content
                .set_stroke_rgb(channel(r), channel(g), channel(b))
                .set_line_width(width);
            match paint.dash {
                Some((on, off)) => self.content.set_dash_pattern([on, off], 0.0),
                None => self.content.set_dash_pattern([], 0.0),
            };
        }
    }

    fn paint_path(&mut self, paint: &Paint) {
        match (paint.fill.is_some(), paint.stroke.is_some()) {
            (true, true) => self.content.fill_nonzero_and_stroke(),
            (true, false) => self.content.fill_nonzero(),
            (false, true) => self.content.stroke(),
            (false, false) => self.content.end_path(),
        };
    }

    /// A rectangle with corners rounded by `radius`.
    pub fn rect(&mut self, r: Rect, radius: f32, paint: &Paint) {
        self.set_paint(paint);
        let radius = radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0);
        if radius <= 0.0 {
            self.content.rect(r.x, r.y, r.w, r.h);
        } else {
            let k = radius * (1.0 - KAPPA);
            let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
            let c = &mut self.content;
            c.move_to(x0 + radius, y0);
            c.line_to(x1 - radius, y0);
            c.cubic_to(x1 - k, y0, x1, y0 + k, x1, y0 + radius);
            c.line_to(x1, y1 - radius);
            c.cubic_to(x1, y1 - k, x1 - k, y1, x1 - radius, y1);
            c.line_to(x0 + radius, y1);
            c.cubic_to(x0 + k, y1, x0, y1 - k, x0, y1 - radius);
            c.line_to(x0, y0 + radius);
            c.cubic_to(x0, y0 + k, x0 + k, y0, x0 + radius, y0);
            c.close_path();
        }
        self.paint_path(paint);
    }

    /// Straight lines through `points`, closed into a polygon if `closed`.
    pub fn path(&mut self, points: &[[f32; 2]], closed: bool, paint: &Paint) {
        let Some((first, rest)) = points.split_first() else {
            return;
        };
        self.set_paint(paint);
        self.content.move_to(first[0], first[1]);
        for p in rest {
            self.content.line_to(p[0], p[1]);
        }
        if closed {
            self.content.close_path();
        }
        self.paint_path(paint);
    }

    /// `text` at `size` points, its baseline at `y`, placed by `anchor`
    /// at `x`, turned by `degrees` (clockwise) about (`x`, `y`).
    #[allow(clippy::too_many_arguments, reason = "what SVG's <text> says")]
    pub fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        colour: Rgb,
        anchor: Anchor,
        degrees: f32,
        text: &str,
    ) {
        if text.is_empty() {
            return;
        }
        let shaped = glyphs::shape(text);
        let width = shaped.advance * size;
        let start = match anchor {
            Anchor::Start => 0.0,
            Anchor::Middle => -width / 2.0,
            Anchor::End => -width,
        };
        let (sin, cos) = degrees.to_radians().sin_cos();
        // Along the baseline, and up from it (y grows downwards).
        let place = |along: f32, up: f32| [x + along * cos + up * sin, y + along * sin - up * cos];
        let Rgb(r, g, b) = colour;
        self.content
            .set_fill_rgb(channel(r), channel(g), channel(b));
        self.content.begin_text();
        let mut pen = start;
        for run in &shaped.runs {
            self.content.set_font(FontSet::name(run.font), size);
            if run.plain {
                self.glyphs.clear();
                for glyph in &run.glyphs {
                    let cid = self.fonts.cid(run.font, glyph, text, self.alloc);
                    self.glyphs.extend_from_slice(&cid.to_be_bytes());
                }
                let [px, py] = place(pen, 0.0);
                self.content.set_text_matrix([cos, sin, sin, -cos, px, py]);
                self.content.show(Str(&self.glyphs));
                pen += run.glyphs.iter().map(|g| g.advance).sum::<f32>() * size;
            } else {
                for glyph in &run.glyphs {
                    let cid = self.fonts.cid(run.font, glyph, text, self.alloc);
                    let [px, py] = place(pen + glyph.dx * size, glyph.dy * size);
                    self.content.set_text_matrix([cos, sin, sin, -cos, px, py]);
                    self.content.show(Str(&cid.to_be_bytes()));
                    pen += glyph.advance * size;
                }
            }
        }
        self.content.end_text();
    }
}
