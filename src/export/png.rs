//! The chart as a PNG: the SVG of [`super::svg`] rasterised on the CPU by
//! resvg (tiny-skia) at a whole scale, 1× for a document, 2× or 3× for sharp
//! slides, with the shipped font only.

use resvg::tiny_skia;

use super::{ExportError, MAX_SCALE, font, svg};
use crate::model::Design;

/// The most pixels a picture may have (about 400 MB of memory while it is
/// drawn); a larger chart is better exported as SVG or PDF.
pub const MAX_PIXELS: u64 = 100_000_000;

fn pixels(w: f32, h: f32, scale: u8) -> (u64, u64) {
    let s = f64::from(scale);
    let px = |v: f32| (f64::from(v) * s).ceil().max(1.0) as u64;
    (px(w), px(h))
}

/// The PNG bytes of `design`'s chart at `scale` pixels per point.
pub fn render(design: &Design, scale: u8) -> Result<Vec<u8>, ExportError> {
    if !(1..=MAX_SCALE).contains(&scale) {
        return Err(ExportError::Scale(scale));
    }
    let drawing = svg::Drawing::new(design);
    let (width, height) = pixels(drawing.extent.w, drawing.extent.h, scale);
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(ExportError::TooLarge { width, height });
    }
    let tree = font::parse(&drawing.svg())?;
    let too_large = || ExportError::TooLarge { width, height };
    let mut pixmap = tiny_skia::Pixmap::new(
        u32::try_from(width).map_err(|_| too_large())?,
        u32::try_from(height).map_err(|_| too_large())?,
    )
    .ok_or_else(too_large)?;
    let s = f32::from(scale);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(s, s),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}
