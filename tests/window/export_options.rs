//! UI tests: the Export dialog's options for a picture that goes on a
//! slide: the PNG's scale below 1 and its widest width, a title block and
//! legend on the PNG and the SVG, the SVG's text as outlines. What is
//! written is what the library draws with those options (dated today), and
//! a picture drawn smaller than asked says so on the status line.

use crate::common;

use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::RemitApp;
use remit::export::{self, Format, Options, Scale, legend};

fn design<'h>(h: &'h Harness<'_, RemitApp>) -> &'h remit::model::Design {
    h.state().document().design()
}

/// Opens the Export dialog on `format`.
fn open_on(h: &mut Harness<'_, RemitApp>, format: &str) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label(format).click();
    h.run();
}

/// Presses Export… and answers the path prompt with `path`; waits for
/// the export, drawn on its own thread, to be written.
fn export_to(h: &mut Harness<'_, RemitApp>, field: &str, path: &Path) {
    h.get_by_label("Export…").click();
    h.run();
    let input = h.get_by_label(field);
    assert!(input.is_focused(), "the path prompt has the keyboard");
    input.type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    crate::common::wait_for_work(h);
}

#[test]
fn a_png_for_a_slide_has_its_legend_and_keeps_within_the_width_asked() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    open_on(&mut h, "PNG picture of the chart");
    h.get_by_label("Title and legend, for a slide").click();
    h.run();
    h.get_by_label("At most").click();
    h.run();
    let png = dir.path().join("slide.png");
    export_to(&mut h, "File path (.png)", &png);
    let options = Options {
        legend: true,
        max_width: Some(1920),
        date: Some(legend::today()),
        ..Options::default()
    };
    let expected = export::render(design(&h), Format::Png, &options).expect("render");
    let written = std::fs::read(&png).expect("written");
    assert_eq!(written, expected);
    let picture = resvg::tiny_skia::Pixmap::decode_png(&written).expect("a PNG");
    assert!(picture.width() <= 1920, "{}", picture.width());
    // With its legend the chart is wider than 1,920 pixels at 2×: drawn
    // smaller, and the status line says at what scale.
    let status = h.state().status_text().unwrap_or_default();
    assert!(
        status.contains("Exported the PNG picture") && status.contains("drawn at"),
        "{status}"
    );
}

#[test]
fn a_png_can_be_smaller_than_one_pixel_a_point() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    open_on(&mut h, "PNG picture of the chart");
    h.get_by_role_and_label(Role::Slider, "Scale")
        .set_value_accesskit(0.25);
    h.run();
    let png = dir.path().join("thumbnail.png");
    export_to(&mut h, "File path (.png)", &png);
    let options = Options {
        scale: Scale::from_hundredths(25).expect("a scale"),
        date: Some(legend::today()),
        ..Options::default()
    };
    let expected = export::render(design(&h), Format::Png, &options).expect("render");
    assert_eq!(std::fs::read(&png).expect("written"), expected);
    let at_two = export::render(design(&h), Format::Png, &Options::default()).expect("render");
    let (small, large) = (
        resvg::tiny_skia::Pixmap::decode_png(&expected).expect("a PNG"),
        resvg::tiny_skia::Pixmap::decode_png(&at_two).expect("a PNG"),
    );
    assert!(small.width() * 7 < large.width(), "an eighth of 2×");
}

#[test]
fn an_svg_can_have_its_legend_and_its_text_as_outlines() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    open_on(&mut h, "SVG drawing of the chart");
    h.get_by_label("Title and legend, for a slide").click();
    h.run();
    h.get_by_label("Text as outlines").click();
    h.run();
    let svg = dir.path().join("outlined.svg");
    export_to(&mut h, "File path (.svg)", &svg);
    let options = Options {
        legend: true,
        text_as_paths: true,
        date: Some(legend::today()),
        ..Options::default()
    };
    let expected = export::render(design(&h), Format::Svg, &options).expect("render");
    let written = std::fs::read_to_string(&svg).expect("written");
    assert_eq!(written.as_bytes(), expected.as_slice());
    assert!(!written.contains("<text"), "every letter is an outline");
    assert!(export::mark::written_by_remit(written.as_bytes()));

    // The options are offered again as they were left.
    open_on(&mut h, "SVG drawing of the chart");
    let outlines = h.get_by_label("Text as outlines");
    assert_eq!(
        outlines.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
}
