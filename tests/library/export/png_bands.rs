//! The PNG drawn in bands: the same picture as drawing the whole chart at
//! once, however many bands it takes; the same bytes on
//! every run; each band within its memory bound.

use remit::export::png::{self, BAND_BYTES, band_rows};
use remit::export::svg::Drawing;
use remit::export::{self, Format, Options, font};
use resvg::tiny_skia::{Pixmap, Transform};

use super::sample;

/// The chart drawn whole into one pixmap, as the PNG export used to.
fn whole(design: &remit::model::Design, scale: u8) -> Pixmap {
    let drawing = Drawing::new(design);
    let s = f32::from(scale);
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
    for scale in [1u8, 2, 3] {
        let bytes = png::render_in_bands(&design, scale, band_bytes).unwrap();
        let banded = Pixmap::decode_png(&bytes).unwrap();
        let expected = whole(&design, scale);
        assert_eq!(
            (banded.width(), banded.height()),
            (expected.width(), expected.height())
        );
        let rows = band_rows(u64::from(banded.width()), scale, band_bytes);
        assert!(
            u64::from(banded.height()) > 2 * rows,
            "{scale}×: several bands ({} rows, {rows} a band)",
            banded.height()
        );
        // The same picture: a few pixels on the curved edge of a shape may
        // be a shade apart (the drawing's coordinates, taken from another
        // origin, round the other way), none by much.
        let mut differ = 0usize;
        for (a, b) in banded.pixels().iter().zip(expected.pixels()) {
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
            png::render_in_bands(&design, scale, band_bytes).unwrap(),
            bytes
        );
    }
}

#[test]
fn the_export_is_drawn_in_bands_of_the_bound() {
    let design = sample();
    let options = Options {
        scale: 2,
        ..Options::default()
    };
    assert_eq!(
        export::render(&design, Format::Png, &options).unwrap(),
        png::render_in_bands(&design, 2, BAND_BYTES).unwrap()
    );
}

#[test]
fn a_band_holds_at_most_its_bytes_of_pixels() {
    for width in [1u64, 100, 4_000, 80_000, 800_000] {
        for scale in 1..=4u8 {
            let rows = band_rows(width, scale, BAND_BYTES);
            assert!(rows >= u64::from(scale) && rows.is_multiple_of(u64::from(scale)));
            // A band is a whole number of chart points high: within the
            // bound, unless one point's rows are wider than it.
            assert!(
                rows * width * 4 <= BAND_BYTES.max(u64::from(scale) * width * 4),
                "{width} px at {scale}×: {rows} rows"
            );
        }
    }
}
