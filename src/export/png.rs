//! The chart as a PNG: the SVG of [`super::svg`] rasterised on the CPU by
//! resvg (tiny-skia) at a whole scale, 1× for a document, 2× or 3× for sharp
//! slides, with the shipped font only.
//!
//! The picture is drawn in horizontal bands, each into one small pixmap of
//! at most [`BAND_BYTES`], and each band's rows are streamed to the PNG
//! encoder (the `png` crate, the one tiny-skia itself encodes with), so the
//! memory used does not grow with the picture's height: a band holds only
//! the part of the chart inside it. The encoder's settings are fixed and
//! nothing depends on the time or the machine, so the bytes are the same on
//! every run. The file carries Remit's mark (see [`super::mark`]).

use resvg::tiny_skia;

use super::draw::svg_open;
use super::{ExportError, MAX_SCALE, font, mark, svg};
use crate::chart::Rect;
use crate::model::Design;

/// The most pixels a picture may have; a larger chart is better exported
/// as SVG or PDF.
pub const MAX_PIXELS: u64 = 100_000_000;

/// The most memory one band of pixels takes (four bytes a pixel).
pub const BAND_BYTES: u64 = 8 * 1024 * 1024;

/// Chart points drawn beyond a band's edges, so that a border or a line
/// whose shape lies just outside the band still colours its pixels.
const OVERDRAW: f32 = 8.0;

/// Chart points drawn above and below each band and then dropped.
const PAD: u32 = 4;

fn pixels(w: f32, h: f32, scale: u8) -> (u64, u64) {
    let s = f64::from(scale);
    let px = |v: f32| (f64::from(v) * s).ceil().max(1.0) as u64;
    (px(w), px(h))
}

fn encoding(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(e.to_string())
}

/// How many rows of pixels of a picture `width` pixels wide go in a band
/// of at most `band_bytes` at `scale`: a whole number of chart points (so
/// that each band starts on a whole point, as the drawing's coordinates
/// are written), within `band_bytes` where one point's rows fit.
pub fn band_rows(width: u64, scale: u8, band_bytes: u64) -> u64 {
    let scale = u64::from(scale.max(1));
    let rows = band_bytes / (4 * width.max(1));
    (rows / scale).max(1) * scale
}

/// The PNG bytes of `design`'s chart at `scale` pixels per point.
pub fn render(design: &Design, scale: u8) -> Result<Vec<u8>, ExportError> {
    render_in_bands(design, scale, BAND_BYTES)
}

/// The PNG bytes of `design`'s chart at `scale` pixels per point, drawn in
/// bands of at most `band_bytes` of pixels (see [`band_rows`]).
pub fn render_in_bands(
    design: &Design,
    scale: u8,
    band_bytes: u64,
) -> Result<Vec<u8>, ExportError> {
    if !(1..=MAX_SCALE).contains(&scale) {
        return Err(ExportError::Scale(scale));
    }
    let drawing = svg::Drawing::new(design);
    let extent = drawing.extent;
    let (width, height) = pixels(extent.w, extent.h, scale);
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(ExportError::TooLarge { width, height });
    }
    let too_large = || ExportError::TooLarge { width, height };
    let w = u32::try_from(width).map_err(|_| too_large())?;
    let h = u32::try_from(height).map_err(|_| too_large())?;
    let rows =
        u32::try_from(band_rows(width, scale, band_bytes).min(height)).map_err(|_| too_large())?;
    // Each band is drawn with a few points more above and below, which are
    // not kept: a shape crossing the band's edge is then drawn as it is in
    // the whole picture, not cut (and smoothed) at the edge.
    let pad = u32::from(scale) * PAD;
    let mut band = tiny_skia::Pixmap::new(w, rows + 2 * pad).ok_or_else(too_large)?;

    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .add_text_chunk("Software".to_owned(), mark::SOFTWARE.to_owned())
        .map_err(encoding)?;
    let mut writer = encoder.write_header().map_err(encoding)?;
    let mut stream = writer.stream_writer().map_err(encoding)?;
    let mut line = vec![0u8; 4 * w as usize];
    let s = f32::from(scale);
    let mut top = 0u32;
    while top < h {
        let count = rows.min(h - top);
        // The band's part of the chart, in chart points.
        let view = Rect {
            x: extent.x,
            y: extent.y + top as f32 / s - PAD as f32,
            w: extent.w,
            h: (rows + 2 * pad) as f32 / s,
        };
        let band_svg = format!(
            "{}\n{}</svg>\n",
            svg_open(view.x, view.y, view.w, view.h),
            drawing.body(view.expand(OVERDRAW))
        );
        let tree = font::parse(&band_svg)?;
        band.fill(tiny_skia::Color::TRANSPARENT);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(s, s),
            &mut band.as_mut(),
        );
        let pixels = band.pixels();
        for row in 0..count as usize {
            let start = (pad as usize + row) * w as usize;
            for (pixel, bytes) in pixels[start..start + w as usize]
                .iter()
                .zip(line.chunks_exact_mut(4))
            {
                let c = pixel.demultiply();
                bytes.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
            }
            std::io::Write::write_all(&mut stream, &line).map_err(encoding)?;
        }
        top += count;
    }
    stream.finish().map_err(encoding)?;
    writer.finish().map_err(encoding)?;
    Ok(out)
}
