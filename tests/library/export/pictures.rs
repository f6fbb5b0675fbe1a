//! The PNG and the PDF handout, decoded and read back.

use remit::chart::{ChartGeometry, estimated_measure};
use remit::export::svg::{Drawing, fit};
use remit::export::{self, Format, Options, pdf};
use remit::model::{DesignBalance, Index, findings};
use resvg::tiny_skia::Pixmap;

use super::{sample, squeezed};

fn png(design: &remit::model::Design, scale: u8) -> Pixmap {
    let options = Options {
        scale: remit::export::Scale::from_hundredths(u16::from(scale) * 100).unwrap(),
        ..Options::default()
    };
    let bytes = export::render(design, Format::Png, &options).unwrap();
    Pixmap::decode_png(&bytes).expect("a PNG")
}

#[test]
fn the_png_has_the_requested_size_and_each_box_in_its_colour() {
    let design = sample();
    let extent = Drawing::new(&design).extent;
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    for scale in [1u8, 3] {
        let image = png(&design, scale);
        let s = f32::from(scale);
        assert_eq!(image.width(), (extent.w * s).ceil() as u32);
        assert_eq!(image.height(), (extent.h * s).ceil() as u32);
        // Not blank: many colours, and plenty that is not background.
        let pixels = image.pixels();
        let white = pixels
            .iter()
            .filter(|p| (p.red(), p.green(), p.blue()) == (255, 255, 255))
            .count();
        assert!(white < pixels.len() * 9 / 10, "mostly blank");
        let mut colours: Vec<(u8, u8, u8)> = pixels
            .iter()
            .map(|p| (p.red(), p.green(), p.blue()))
            .collect();
        colours.sort_unstable();
        colours.dedup();
        assert!(colours.len() > 50, "{} colours", colours.len());
        for (e, b) in design.executives.iter().zip(&geometry.boxes) {
            // The middle of the coloured band along the top of the box.
            let x = ((b.rect.center_x() - extent.x) * s) as u32;
            let y = ((b.rect.y + 4.0 - extent.y) * s) as u32;
            let p = image.pixel(x, y).unwrap();
            assert_eq!(
                (p.red(), p.green(), p.blue()),
                (e.colour.0, e.colour.1, e.colour.2),
                "{} at {x},{y}",
                e.short_title
            );
        }
    }
}

#[test]
fn the_pdf_text_holds_the_ownership_table_the_figures_and_the_findings() {
    let design = sample();
    let bytes = export::render(&design, Format::Pdf, &Options::default()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = squeezed(&pdf_extract::extract_text_from_mem(&bytes).expect("the PDF parses"));
    for heading in [
        "Whoownswhat",
        "Balanceandclarity",
        "Findings",
        "Responsibility",
        "Owner(A)",
    ] {
        assert!(text.contains(heading), "{heading}");
    }
    for item in &design.responsibilities {
        // As the table shows it: cut with … where the column is too narrow.
        let shown = fit(&item.name, 9.5, 144.0);
        let shown = squeezed(shown.trim_end_matches('…'));
        assert!(text.contains(&shown), "{shown}");
    }
    let security = squeezed("Information security CISO CTO 40% (mixed) 3");
    assert!(text.contains(&security), "the security row");
    let index = Index::of(&design);
    let balance = DesignBalance::of(&design);
    for (i, e) in design.executives.iter().enumerate() {
        let b = balance.executive_at(i);
        if let (Some(int), Some(ext)) = (b.internal_percent(), b.external_percent()) {
            assert!(text.contains(&squeezed(&format!("internal {int}% · external {ext}%"))));
            assert!(
                text.contains(&squeezed(&format!("{int}% {ext}%"))),
                "{} in the balance table",
                e.short_title
            );
        }
    }
    let found = findings(&design, &index, &balance);
    assert!(!found.is_empty());
    for f in &found {
        assert!(text.contains(&squeezed(&f.message)), "{}", f.message);
        assert!(text.contains(&squeezed(&f.why)), "{}", f.why);
    }
    assert_eq!(
        bytes,
        export::render(&design, Format::Pdf, &Options::default()).unwrap(),
        "the same bytes every time"
    );
}

#[test]
fn the_pdf_and_the_markdown_end_with_the_decision_log() {
    let mut design = sample();
    let when = |t: &str| remit::model::When::parse(t).expect("a time");
    design.decisions = vec![
        remit::model::Decision {
            responsibility: remit::model::ResponsibilityId("security".into()),
            name: "Information security".into(),
            from: Some(remit::model::ExecutiveId("cio".into())),
            to: Some(remit::model::ExecutiveId("cto".into())),
            reason: "Security is part of what we sell.".into(),
            when: when("2026-11-20T09:15:00Z"),
        },
        remit::model::Decision {
            responsibility: remit::model::ResponsibilityId("pmo".into()),
            name: "PMO".into(),
            from: Some(remit::model::ExecutiveId("cio".into())),
            to: None,
            reason: String::new(),
            when: when("2026-11-20T10:00:00Z"),
        },
    ];
    let bytes = export::render(&design, Format::Pdf, &Options::default()).unwrap();
    let text = squeezed(&pdf_extract::extract_text_from_mem(&bytes).expect("the PDF parses"));
    for expected in [
        "Decisions",
        "Information security: from CIO to CTO (2026-11-20 09:15 UTC)",
        "Security is part of what we sell.",
        "PMO: from CIO to the tray (2026-11-20 10:00 UTC)",
        "No reason recorded.",
    ] {
        assert!(text.contains(&squeezed(expected)), "{expected}");
    }
    let findings_at = text.find("Findings").expect("findings");
    let log_at = text
        .rfind(&squeezed("Information security: from CIO"))
        .expect("log");
    assert!(log_at > findings_at, "the log comes after the findings");

    let md =
        String::from_utf8(export::render(&design, Format::Markdown, &Options::default()).unwrap())
            .expect("UTF-8");
    assert!(md.contains("\n## Decisions\n"), "{md}");
    assert!(
        md.contains(
            "- **Information security: from CIO to CTO** (2026-11-20 09:15 UTC): \
             Security is part of what we sell."
        ),
        "{md}"
    );
    assert!(
        md.contains("(2026-11-20 10:00 UTC): no reason recorded"),
        "{md}"
    );
    // Without moves, no section.
    design.decisions.clear();
    let md =
        String::from_utf8(export::render(&design, Format::Markdown, &Options::default()).unwrap())
            .expect("UTF-8");
    assert!(!md.contains("## Decisions"));
}

#[test]
fn a_large_chart_is_split_over_pages_that_stay_readable() {
    let mut design = sample();
    let first = design.responsibilities[0].clone();
    for i in 0..400 {
        let mut r = first.clone();
        r.id.0 = format!("more-{i}");
        r.name = format!("More work {i}");
        design.responsibilities.push(r);
    }
    let plan = remit::export::print::printed(&design).plan;
    assert!(plan.parts.len() > 1, "split");
    assert!(plan.scale >= pdf::MIN_CHART_SCALE);
    let pages = pdf::chart_pages(&design);
    assert_eq!(pages.len(), plan.parts.len());
    // Each card is drawn on a page (on two where it straddles a cut).
    for i in [0usize, 199, 399] {
        let name = format!(">More work {i}<");
        assert!(pages.iter().any(|p| p.contains(&name)), "{name}");
    }
    assert!(pages[1].contains("part 2 of"));
}
