//! The PNG drawn in bands: the same picture as drawing the whole chart at
//! once, however many bands it takes; the same bytes on
//! every run; each band within its memory bound.

use remit::export::png::{self, BAND_BYTES, band_rows};
use remit::export::svg::Drawing;
use remit::export::{self, Format, Options, Progress, Scale, font};
use resvg::tiny_skia::{Pixmap, Transform};

use super::sample;

/// The chart drawn whole into one pixmap, as the PNG export used to.
fn whole(design: &remit::model::Design, hundredths: u16) -> Pixmap {
    let drawing = Drawing::new(design);
    let s = f32::from(hundredths) / 100.0;
    let w = (drawing.extent.w * s).ceil() as u32;
    let h = (drawing.extent.h * s).ceil() as u32;
    let tree = font::parse(&drawing.svg()).unwrap();
    let mut pixmap = Pixmap::new(w, h).unwrap();
    resvg::render(&tree, Transform::from_scale(s, s), &mut pixmap.as_mut());
    pixmap
}

#[test]
fn a_picture_drawn_in_bands_is_the_picture_drawn_whole() {
    let design = sample();
    // Small bands, so that the sample takes many.
    let band_bytes = 1024 * 1024;
    for scale in [100u16, 200, 300, 25, 150, 37] {
        let options = Options {
            scale: Scale::from_hundredths(scale).unwrap(),
            ..Options::default()
        };
        let bytes = png::render_in_bands(&design, &options, band_bytes, &mut Progress::none())
            .unwrap()
            .bytes;
        let banded = Pixmap::decode_png(&bytes).unwrap();
        let expected = whole(&design, scale);
        assert_eq!(
            (banded.width(), banded.height()),
            (expected.width(), expected.height())
        );
        let rows = band_rows(u64::from(banded.width()), band_bytes);
        assert!(
            u64::from(banded.height()) > 2 * rows || scale < 100,
            "{scale}×: several bands ({} rows, {rows} a band)",
            banded.height()
        );
        // The same picture: a few pixels on the curved edge of a shape may
        // be a shade apart, none by much. At a scale that does not make
        // whole pixels of the drawing, its last row and column are only
        // partly covered: drawn whole they are half see-through, in bands
        // white to the edge; those are left out.
        let (w, h) = (banded.width() as usize, banded.height() as usize);
        let inside = |k: &usize| k % w < w - 1 && k / w < h - 1;
        let mut differ = 0usize;
        for (_, (a, b)) in banded
            .pixels()
            .iter()
            .zip(expected.pixels())
            .enumerate()
            .filter(|(k, _)| inside(k))
        {
            let channels = [
                a.red().abs_diff(b.red()),
                a.green().abs_diff(b.green()),
                a.blue().abs_diff(b.blue()),
                a.alpha().abs_diff(b.alpha()),
            ];
            let most = channels.into_iter().max().unwrap_or(0);
            assert!(most <= 64, "{scale}×: {a:?} against {b:?}");
            differ += usize::from(most > 0);
        }
        let all = banded.pixels().len();
        assert!(differ * 10_000 <= all, "{scale}×: {differ} of {all} pixels");
        // The same bytes on every run.
        assert_eq!(
            png::render_in_bands(&design, &options, band_bytes, &mut Progress::none())
                .unwrap()
                .bytes,
            bytes
        );
    }
}

#[test]
fn the_export_is_drawn_in_bands_of_the_bound() {
    let design = sample();
    let options = Options::default();
    assert_eq!(
        export::render(&design, Format::Png, &options).unwrap(),
        png::render_in_bands(&design, &options, BAND_BYTES, &mut Progress::none())
            .unwrap()
            .bytes
    );
}

#[test]
fn a_band_holds_at_most_its_bytes_of_pixels() {
    for width in [1u64, 100, 4_000, 80_000, 800_000] {
        let rows = band_rows(width, BAND_BYTES);
        assert!(rows >= 1);
        // Within the bound, unless one row is wider than it.
        assert!(
            rows * width * 4 <= BAND_BYTES.max(width * 4),
            "{width} px: {rows} rows"
        );
    }
}
