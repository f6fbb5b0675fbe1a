//! The chart as a PNG: the SVG of [`super::svg`] rasterised on the CPU by
//! resvg (tiny-skia) at the scale asked for (2× is sharp on slides, 0.25×
//! makes a thumbnail), with the shipped font only; with the title block and
//! legend of [`super::legend`] if asked. A picture that would be wider than
//! asked or over [`MAX_PIXELS`] is drawn at the largest scale that keeps
//! within them, and the export says which.
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
use super::progress::Progress;
use super::{ExportError, Options, Rendered, factor_words, font, legend, mark, svg};
use crate::chart::Rect;
use crate::model::Design;

/// The most pixels a picture may have; a larger chart is drawn at a
/// smaller scale (and the export says so).
pub const MAX_PIXELS: u64 = 100_000_000;

/// The smallest scale a picture is drawn at to keep within the limits:
/// below it, the export is refused.
pub const LEAST_SCALE: f32 = 0.01;

/// The most memory one band of pixels takes (four bytes a pixel).
pub const BAND_BYTES: u64 = 8 * 1024 * 1024;

/// Chart points drawn beyond a band's edges, so that a border or a line
/// whose shape lies just outside the band still colours its pixels.
const OVERDRAW: f32 = 8.0;

/// Chart points drawn above and below each band and then dropped (at
/// least a pixel).
const PAD: f32 = 4.0;

/// The size in pixels of `w` × `h` points at `scale` pixels a point.
pub fn pixels(w: f32, h: f32, scale: f32) -> (u64, u64) {
    let px = |v: f32| (f64::from(v) * f64::from(scale)).ceil().max(1.0) as u64;
    (px(w), px(h))
}

fn encoding(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(e.to_string())
}

/// How many rows of pixels of a picture `width` pixels wide go in a band
/// of at most `band_bytes` (at least one).
pub fn band_rows(width: u64, band_bytes: u64) -> u64 {
    (band_bytes / (4 * width.max(1))).max(1)
}

/// The scale a picture of `extent` is drawn at: the one asked for in
/// `options`, or the largest under it that keeps the picture within the
/// width asked for and [`MAX_PIXELS`], with why (in words) when less.
pub fn scale_for(extent: Rect, options: &Options) -> Result<(f32, Option<String>), ExportError> {
    let asked = options.scale.factor();
    let fits = |s: f32| {
        let (w, h) = pixels(extent.w, extent.h, s);
        options.max_width.is_none_or(|most| w <= u64::from(most))
            && w.saturating_mul(h) <= MAX_PIXELS
    };
    if fits(asked) {
        return Ok((asked, None));
    }
    // The largest that fits: from the limits worked out, then nudged down
    // past any rounding up to whole pixels.
    let by_width = options
        .max_width
        .map_or(asked, |most| most as f32 / extent.w.max(1.0));
    let by_pixels = (MAX_PIXELS as f32 / (extent.w.max(1.0) * extent.h.max(1.0))).sqrt();
    let mut scale = asked.min(by_width).min(by_pixels);
    for _ in 0..64 {
        if fits(scale) || scale < LEAST_SCALE {
            break;
        }
        scale *= 0.9999;
    }
    if scale < LEAST_SCALE || !fits(scale) {
        let (width, height) = pixels(extent.w, extent.h, LEAST_SCALE);
        return Err(ExportError::TooLarge { width, height });
    }
    let (w, h) = pixels(extent.w, extent.h, asked);
    let why = match options.max_width {
        Some(most) if w > u64::from(most) => {
            format!("{w} pixels wide, more than the {most} asked for")
        }
        _ => format!(
            "{w} × {h} pixels, more than {} million",
            MAX_PIXELS / 1_000_000
        ),
    };
    let (nw, nh) = pixels(extent.w, extent.h, scale);
    let note = format!(
        "The picture is drawn at {}× ({nw} × {nh} pixels): at {}× it would be {why}.",
        factor_words(scale),
        factor_words(asked),
    );
    Ok((scale, Some(note)))
}

/// The PNG of `design`'s chart as `options` ask (its scale, at most its
/// width, with or without the title block and legend).
pub fn render(
    design: &Design,
    options: &Options,
    progress: &mut Progress<'_>,
) -> Result<Rendered, ExportError> {
    render_in_bands(design, options, BAND_BYTES, progress)
}

/// The PNG of `design`'s chart, drawn in bands of at most `band_bytes` of
/// pixels (see [`band_rows`]); `progress` hears of each band.
pub fn render_in_bands(
    design: &Design,
    options: &Options,
    band_bytes: u64,
    progress: &mut Progress<'_>,
) -> Result<Rendered, ExportError> {
    let mut drawing = svg::Drawing::new(design);
    if options.legend {
        legend::frame(&mut drawing, design, options.date);
    }
    let extent = drawing.extent;
    let (s, note) = scale_for(extent, options)?;
    let (width, height) = pixels(extent.w, extent.h, s);
    let too_large = || ExportError::TooLarge { width, height };
    let w = u32::try_from(width).map_err(|_| too_large())?;
    let h = u32::try_from(height).map_err(|_| too_large())?;
    let rows = u32::try_from(band_rows(width, band_bytes).min(height)).map_err(|_| too_large())?;
    // Each band is drawn with a few rows more above and below, which are
    // not kept: a shape crossing the band's edge is then drawn as it is in
    // the whole picture, not cut (and smoothed) at the edge.
    let pad = (PAD * s).ceil().max(1.0) as u32;
    let mut band = tiny_skia::Pixmap::new(w, rows + 2 * pad).ok_or_else(too_large)?;
    // Every band is the whole drawing moved up to its rows (so that each
    // is drawn exactly as the whole picture would be), holding only the
    // shapes near them.
    let open = svg_open(extent.x, extent.y, extent.w, extent.h);

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
    let bands = h.div_ceil(rows.max(1)) as usize;
    let mut top = 0u32;
    while top < h {
        progress.report((top / rows.max(1)) as usize, bands)?;
        let count = rows.min(h - top);
        let shift = top as f32 - pad as f32;
        // The band's part of the chart, in chart points.
        let view = Rect {
            x: extent.x,
            y: extent.y + shift / s,
            w: extent.w,
            h: (rows + 2 * pad) as f32 / s,
        };
        let band_svg = format!("{open}\n{}</svg>\n", drawing.body(view.expand(OVERDRAW)));
        let tree = font::parse(&band_svg)?;
        band.fill(tiny_skia::Color::TRANSPARENT);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_row(s, 0.0, 0.0, s, 0.0, -shift),
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
    progress.report(bands, bands)?;
    stream.finish().map_err(encoding)?;
    writer.finish().map_err(encoding)?;
    Ok(Rendered { bytes: out, note })
}
