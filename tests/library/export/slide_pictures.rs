//! Pictures for a slide: a PNG of any chart at any scale (below 1, at most
//! a width in pixels, and a chart of 40 executives drawn at the largest
//! scale within the pixel limit, saying so), with a title block and legend
//! when asked; an SVG that keeps its text inside its cards when the viewer
//! has another font than Ubuntu (each text carries its width), or whose
//! letters are outlines and need no font at all.

use std::sync::Arc;

use remit::export::png::MAX_PIXELS;
use remit::export::svg::Drawing;
use remit::export::{self, Format, Options, Scale};
use resvg::tiny_skia::Pixmap;
use resvg::usvg;

use super::handout_fit::wide;
use super::sample;

/// A PNG's width and height, from its header (`IHDR`, the first chunk).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(16), word(20))
}

fn decoded(bytes: &[u8]) -> Pixmap {
    Pixmap::decode_png(bytes).expect("a PNG")
}

#[test]
fn a_png_can_be_a_quarter_of_a_pixel_a_point_or_at_most_a_width() {
    let design = sample();
    let extent = Drawing::new(&design).extent;
    let quarter = Options {
        scale: Scale::parse("0.25").expect("a scale"),
        ..Options::default()
    };
    let image = decoded(&export::render(&design, Format::Png, &quarter).expect("a PNG"));
    assert_eq!(image.width(), (extent.w * 0.25).ceil() as u32);
    assert_eq!(image.height(), (extent.h * 0.25).ceil() as u32);
    let narrow = Options {
        max_width: Some(500),
        ..Options::default()
    };
    let rendered =
        export::render_with(&design, Format::Png, &narrow, &mut export::Progress::none())
            .expect("a PNG");
    let image = decoded(&rendered.bytes);
    assert_eq!(image.width(), 500);
    let note = rendered.note.expect("says it was drawn smaller");
    assert!(
        note.contains("drawn at 0.") && note.contains("500"),
        "{note}"
    );
}

#[test]
fn a_chart_of_forty_executives_exports_at_the_largest_scale_that_fits() {
    let design = wide(40, 60);
    let extent = Drawing::new(&design).extent;
    let (w2, h2) = ((extent.w * 2.0) as u64, (extent.h * 2.0) as u64);
    assert!(w2 * h2 > MAX_PIXELS, "too large at 2×: {w2} × {h2}");
    let rendered = export::render_with(
        &design,
        Format::Png,
        &Options::default(),
        &mut export::Progress::none(),
    )
    .expect("it exports");
    // Its size from the PNG's header: decoding 100 million pixels again
    // would only test the decoder (and took most of this test's time).
    let (width, height) = png_size(&rendered.bytes);
    let pixels = u64::from(width) * u64::from(height);
    assert!(pixels <= MAX_PIXELS, "{pixels}");
    // The largest scale: the picture takes the pixels allowed, all but
    // the rounding of its sides to whole pixels.
    assert!(pixels as f64 >= 0.995 * MAX_PIXELS as f64, "{pixels}");
    let note = rendered.note.expect("says which scale");
    assert!(
        note.contains("drawn at 1.") && note.contains("100 million"),
        "{note}"
    );
}

#[test]
fn a_png_with_its_legend_stands_alone() {
    let design = sample();
    let date = Some(jiff::civil::date(2027, 3, 4));
    let plain = Options {
        date,
        ..Options::default()
    };
    let framed = Options {
        legend: true,
        ..plain
    };
    let a = decoded(&export::render(&design, Format::Png, &plain).expect("a PNG"));
    let b = decoded(&export::render(&design, Format::Png, &framed).expect("a PNG"));
    assert!(
        b.height() > a.height() + 200,
        "{} against {}",
        b.height(),
        a.height()
    );
    // What the legend says, in the SVG drawn with the same options.
    let svg = String::from_utf8(export::render(&design, Format::Svg, &framed).expect("SVG"))
        .expect("UTF-8");
    for words in [
        ">INT<",
        ">MIX<",
        ">EXT<",
        "reports to",
        "dotted line",
        "4 March 2027",
        "Acme &amp; Co &lt;2027&gt;",
        "CIO: internal",
    ] {
        assert!(svg.contains(words), "{words}");
    }
    // Without the option, none of it.
    let svg = String::from_utf8(export::render(&design, Format::Svg, &plain).expect("SVG"))
        .expect("UTF-8");
    assert!(!svg.contains("4 March 2027") && !svg.contains("dotted line"));
}

/// Options to parse SVG with `fonts` as the only fonts, every family
/// falling back on the first.
fn with_fonts(fonts: &[&[u8]]) -> usvg::Options<'static> {
    let mut db = usvg::fontdb::Database::new();
    for font in fonts {
        db.load_font_data(font.to_vec());
    }
    let family = db
        .faces()
        .next()
        .map(|f| f.families[0].0.clone())
        .unwrap_or_default();
    db.set_sans_serif_family(family.clone());
    let mut options = usvg::Options {
        font_family: family,
        fontdb: Arc::new(db),
        ..usvg::Options::default()
    };
    options.resources_dir = None;
    options
}

/// Every text's box in `group`, drawn.
fn text_boxes(group: &usvg::Group, out: &mut Vec<usvg::Rect>) {
    for node in group.children() {
        match node {
            usvg::Node::Text(text) => out.push(text.abs_bounding_box()),
            usvg::Node::Group(g) => text_boxes(g, out),
            _ => {}
        }
    }
}

#[test]
fn svg_text_stays_in_its_card_in_a_viewer_without_ubuntu() {
    let mut design = sample();
    design.responsibilities[0].name = "IT budget & strategy alignment".into();
    let svg =
        String::from_utf8(export::render(&design, Format::Svg, &Options::default()).expect("SVG"))
            .expect("UTF-8");
    // Hack, egui's monospace font: much wider than Ubuntu Light.
    let tree = usvg::Tree::from_str(&svg, &with_fonts(&[epaint_default_fonts::HACK_REGULAR]))
        .expect("parses");
    let mut boxes = Vec::new();
    text_boxes(tree.root(), &mut boxes);
    let drawing = Drawing::new(&design);
    let (_, pieces) = drawing.solids();
    let cards: Vec<_> = pieces.iter().filter(|r| r.h <= 46.5).collect();
    let mut checked = 0;
    for b in &boxes {
        let (cx, cy) = (b.x() + b.width() / 2.0, b.y() + b.height() / 2.0);
        let Some(card) = cards.iter().find(|c| c.contains(cx, cy)) else {
            continue;
        };
        checked += 1;
        assert!(
            b.left() >= card.x - 0.5 && b.right() <= card.right() + 0.5,
            "text {b:?} runs out of its card {card:?}"
        );
    }
    assert!(
        checked >= 2 * design.responsibilities.len(),
        "{checked} texts in cards"
    );
}

#[test]
fn svg_text_as_outlines_needs_no_font() {
    let design = sample();
    let options = Options {
        text_as_paths: true,
        ..Options::default()
    };
    let svg = String::from_utf8(export::render(&design, Format::Svg, &options).expect("SVG"))
        .expect("UTF-8");
    assert!(!svg.contains("<text"));
    assert!(
        export::mark::written_by_remit(svg.as_bytes()),
        "still marked"
    );
    // No font at all, and still drawn: the same picture as with the fonts.
    let tree = usvg::Tree::from_str(&svg, &with_fonts(&[])).expect("parses");
    let mut texts = Vec::new();
    text_boxes(tree.root(), &mut texts);
    assert!(texts.is_empty());
    let size = tree.size().to_int_size();
    let mut bare = Pixmap::new(size.width(), size.height()).expect("a pixmap");
    resvg::render(&tree, usvg::Transform::default(), &mut bare.as_mut());
    let with = export::font::parse(&svg).expect("parses");
    let mut fonts = Pixmap::new(size.width(), size.height()).expect("a pixmap");
    resvg::render(&with, usvg::Transform::default(), &mut fonts.as_mut());
    assert_eq!(bare.data(), fonts.data());
    let inked = bare.pixels().iter().filter(|p| p.red() < 100).count();
    assert!(inked > 2_000, "letters drawn: {inked}");
}

#[test]
fn remit_export_dates_the_title_and_says_the_scale_it_drew_at() {
    use std::process::Command;
    let dir = tempfile::tempdir().expect("tempdir");
    remit::file::save(&sample(), &dir.path().join("acme.ron")).expect("saved");
    let run = |args: &[&str], epoch: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_remit"));
        command.args(args).current_dir(dir.path());
        match epoch {
            Some(e) => command.env("SOURCE_DATE_EPOCH", e),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        command.output().expect("remit runs")
    };
    // The date: SOURCE_DATE_EPOCH's day, or --date.
    let svg = ["export", "acme.ron", "-f", "svg", "--legend", "-o", "-"];
    let out = run(&svg, Some("1800000000"));
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("15 January 2027"));
    let dated = [&svg[..], &["--date", "2027-03-04"]].concat();
    let out = run(&dated, Some("1800000000"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 March 2027"));
    // A picture kept within a width: written, and the scale it was drawn
    // at said on standard error.
    let out = run(&["export", "acme.ron", "-f", "png", "--width", "300"], None);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("drawn at 0.") && said.contains("300"),
        "{said}"
    );
    let image = decoded(&std::fs::read(dir.path().join("acme.png")).expect("written"));
    assert_eq!(image.width(), 300);
    // Out of range: refused by the parser, with the range.
    let out = run(
        &["export", "acme.ron", "-f", "png", "--scale", "0.05"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 0.1× to 4×"));
}
