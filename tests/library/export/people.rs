//! The person in each executive's role is in every export that names the
//! executives: beside the short title on the chart (SVG, so PNG and PDF
//! too), and with the full title in the PDF's and the Markdown's tables.

use remit::export::{self, Format, Options};

use super::sample;

fn with_people() -> remit::model::Design {
    let mut design = sample();
    design.executives[0].person = "Karsten Möller".into();
    design.executives[1].person = "山田 花子".into();
    design
}

#[test]
fn the_chart_shows_the_person_beside_the_short_title() {
    let design = with_people();
    let svg = String::from_utf8(export::render(&design, Format::Svg, &Options::default()).unwrap())
        .unwrap();
    assert!(svg.contains(r#"class="person""#), "{svg}");
    assert!(svg.contains(">Karsten Möller</text>"));
    assert!(svg.contains(">山田 花子</text>"));
    // An executive with no person gets no empty text.
    assert_eq!(svg.matches(r#"class="person""#).count(), 2);
}

#[test]
fn the_tables_name_the_person_with_the_title() {
    let design = with_people();
    let markdown =
        String::from_utf8(export::render(&design, Format::Markdown, &Options::default()).unwrap())
            .unwrap();
    assert!(
        markdown.contains("CIO (Chief Information Officer, Karsten Möller)"),
        "{markdown}"
    );
    let pdf = export::render(&design, Format::Pdf, &Options::default()).unwrap();
    let text: String = pdf_extract::extract_text_from_mem(&pdf)
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(text.contains("KarstenMöller"), "{text}");
}
