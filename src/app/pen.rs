//! What the chart is drawn with: shapes on the layer of the `Ui` at hand
//! (inside the chart's [`egui::Scene`], in chart points, moved and scaled
//! by the Scene), and text laid out at the size it is seen on screen.
//!
//! egui scales a Scene's text by copying every galley and stretching its
//! glyphs, every frame: blurred letters when zoomed in, and the most costly
//! part of drawing the chart after tessellation. A [`Pen`] made
//! [`Pen::on_screen`] lays each text out again at its size on screen (the
//! layout cache keeps it from one frame to the next) and paints it, unscaled,
//! on a layer just above the chart's, clipped to the same part of it.
//! A [`Pen::plain`] paints both on one painter, as egui would (the tray, the
//! matrix, a box lying over another, whose text must stay under the box on
//! top).

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::text::LayoutJob;
use egui::{Align2, Color32, FontId, Galley, LayerId, Painter, Pos2, Rect, Ui, Vec2};

use super::bidi;

/// How finely text sizes follow the zoom: this many steps per doubling.
/// Text is laid out at a size a little under (never over) the exact one, so
/// that a zoom gesture does not lay out and rasterise every text at a new
/// size on every frame, and a text never outgrows the room it was given.
const STEPS_PER_DOUBLING: f32 = 32.0;

/// A text laid out by a [`Pen`], ready to paint with it.
pub struct Lettered {
    galley: Arc<Galley>,
    /// Its size on screen for each point of the caller's coordinates.
    scale: f32,
}

impl Lettered {
    /// Its size, in the caller's coordinates.
    pub fn size(&self) -> Vec2 {
        self.galley.size() / self.scale
    }
}

/// Shapes and text for one part of the chart (see the module doc).
#[derive(Clone)]
pub struct Pen {
    /// Paints the shapes (in the caller's coordinates).
    pub shapes: Painter,
    /// Paints the text, in `to_text` of the caller's coordinates.
    text: Painter,
    to_text: TSTransform,
    /// The scale text is laid out at.
    scale: f32,
}

impl Pen {
    /// Text and shapes both on `painter`, unscaled.
    pub fn plain(painter: Painter) -> Self {
        Self {
            text: painter.clone(),
            shapes: painter,
            to_text: TSTransform::IDENTITY,
            scale: 1.0,
        }
    }

    /// For a `Ui` inside the chart's Scene: shapes on its layer, text on
    /// `layer` (in screen points, drawn just above the Scene's), clipped to
    /// what the `Ui` shows. Outside a Scene, the same as [`Pen::plain`].
    pub fn on_screen(ui: &Ui, layer: LayerId) -> Self {
        let Some(to_screen) = ui.ctx().layer_transform_to_global(ui.layer_id()) else {
            return Self::plain(ui.painter().clone());
        };
        let text = Painter::new(ui.ctx().clone(), layer, to_screen * ui.clip_rect());
        Self {
            shapes: ui.painter().clone(),
            text,
            to_text: to_screen,
            scale: quantised(to_screen.scaling),
        }
    }

    /// The same pen, drawing inside `clip` only (in the caller's
    /// coordinates) as well as where it drew before.
    pub fn with_clip_rect(&self, clip: Rect) -> Self {
        let shapes = self
            .shapes
            .with_clip_rect(clip.intersect(self.shapes.clip_rect()));
        let text = self
            .text
            .with_clip_rect((self.to_text * clip).intersect(self.text.clip_rect()));
        Self {
            shapes,
            text,
            ..self.clone()
        }
    }

    /// Lays `job` out (sizes in the caller's points) at the size it is seen,
    /// right-to-left text in the order it is read ([`bidi::visual`]).
    pub fn layout_job(&self, job: LayoutJob) -> Lettered {
        let job = bidi::visual(scaled(job, self.scale), &|line| {
            self.text.layout_job(line).size().x
        });
        Lettered {
            galley: self.text.layout_job(job),
            scale: self.scale,
        }
    }

    /// Lays `text` out on one line.
    pub fn layout_no_wrap(&self, text: String, font: FontId, colour: Color32) -> Lettered {
        self.layout_job(LayoutJob::simple_singleline(text, font, colour))
    }

    /// Paints `text` with its top left corner at `pos`.
    pub fn galley(&self, pos: Pos2, text: Lettered, fallback: Color32) {
        self.text.galley(self.to_text * pos, text.galley, fallback);
    }

    /// Lays out and paints `text` on one line, `anchor`ed at `pos`; returns
    /// the rectangle it took on the painter it went to.
    pub fn text(
        &self,
        pos: Pos2,
        anchor: Align2,
        text: impl ToString,
        font: FontId,
        colour: Color32,
    ) -> Rect {
        let font = FontId::new(font.size * self.scale, font.family);
        let text = text.to_string();
        if bidi::has_rtl(&text) {
            let job = LayoutJob::simple_singleline(text, font, colour);
            let galley = self.text.layout_job(bidi::visual(job, &|line| {
                self.text.layout_job(line).size().x
            }));
            let rect = anchor.anchor_size(self.to_text * pos, galley.size());
            self.text.galley(rect.min, galley, colour);
            return rect;
        }
        self.text
            .text(self.to_text * pos, anchor, text, font, colour)
    }
}

/// `zoom` rounded down to a step of [`STEPS_PER_DOUBLING`].
fn quantised(zoom: f32) -> f32 {
    if !(zoom.is_finite() && zoom > 0.0) {
        return 1.0;
    }
    let steps = (zoom.log2() * STEPS_PER_DOUBLING + 1e-3).floor();
    (steps / STEPS_PER_DOUBLING).exp2()
}

/// `job` with every size in it multiplied by `scale`.
fn scaled(mut job: LayoutJob, scale: f32) -> LayoutJob {
    if scale == 1.0 {
        return job;
    }
    for section in &mut job.sections {
        section.leading_space *= scale;
        let format = &mut section.format;
        format.font_id.size *= scale;
        format.extra_letter_spacing *= scale;
        format.line_height = format.line_height.map(|h| h * scale);
        format.expand_bg *= scale;
        format.underline.width *= scale;
        format.strikethrough.width *= scale;
    }
    job.wrap.max_width *= scale;
    job.first_row_min_height *= scale;
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sizes_never_exceed_the_zoom_and_stay_close_to_it() {
        for zoom in [0.05_f32, 0.26, 0.55, 0.9, 1.0, 1.04, 1.5, 2.0, 3.7, 4.0] {
            let q = quantised(zoom);
            assert!(q <= zoom * 1.0001, "{zoom} gave {q}");
            assert!(q >= zoom * 0.978, "{zoom} gave {q}");
        }
        assert_eq!(quantised(1.0), 1.0);
        assert_eq!(quantised(2.0), 2.0);
        assert_eq!(quantised(f32::NAN), 1.0);
        assert_eq!(quantised(0.0), 1.0);
    }

    #[test]
    fn a_scaled_job_scales_its_fonts_wrap_and_line_heights() {
        let mut job = LayoutJob::simple(
            "Vendor management".to_owned(),
            FontId::proportional(14.0),
            Color32::WHITE,
            200.0,
        );
        job.sections[0].format.line_height = Some(16.0);
        let job = scaled(job, 2.0);
        assert_eq!(job.sections[0].format.font_id.size, 28.0);
        assert_eq!(job.sections[0].format.line_height, Some(32.0));
        assert_eq!(job.wrap.max_width, 400.0);
    }
}
