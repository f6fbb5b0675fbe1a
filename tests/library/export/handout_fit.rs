//! The handout of a workshop: a chart that can be read on one landscape
//! page is on one (five executives in a row, the case), and one
//! that cannot is split into even parts, none a sliver; the tables wrap
//! long names instead of cutting them, so every card name is whole in the
//! PDF's text; the chart page has a title block and a legend; a long
//! handout says how far it has got and can be stopped; the same handout
//! is the same bytes every time.

use std::path::PathBuf;

use remit::chart::estimated_measure;
use remit::chart::tidy::tidy_in_place;
use remit::export::print::{self, MIN_CHART_SCALE, NAME_PRINT_MIN, PAGES};
use remit::export::{self, ExportError, Format, Options, Progress, pdf};
use remit::model::{Design, Executive, ExecutiveId, Position, ReportsTo, Responsibility};

use super::squeezed;

fn fixture(name: &str) -> Design {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/export")
        .join(name);
    remit::file::load(&path).expect("the fixture loads")
}

fn dated() -> Options {
    Options {
        date: Some(jiff::civil::date(2027, 3, 4)),
        ..Options::default()
    }
}

fn pdf_pages(design: &Design, options: &Options) -> Vec<String> {
    let bytes = export::render(design, Format::Pdf, options).expect("a PDF");
    pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("the PDF's text")
}

/// `n` executives reporting to the CEO, each with `cards` cards, laid out
/// as a tree.
pub fn wide(n: usize, cards: usize) -> Design {
    let mut design = Design::empty(format!("{n} executives"));
    design.ceo = Some(remit::model::Ceo {
        title: "CEO".into(),
        name: String::new(),
        position: Position::default(),
    });
    for i in 0..n {
        design.executives.push(Executive {
            id: ExecutiveId(format!("e{i}")),
            short_title: format!("Head of area {i}"),
            full_title: format!("Head of business area number {i}"),
            reports_to: ReportsTo::Ceo,
            ..Executive::default()
        });
        for k in 0..cards {
            design.responsibilities.push(
                Responsibility {
                    id: remit::model::ResponsibilityId(format!("c{i}-{k}")),
                    name: format!("Responsibility {k} of area {i}"),
                    external_share: (k % 3) as f64 / 2.0,
                    size: 1.0,
                    owner: Some(ExecutiveId(format!("e{i}"))),
                    ..Responsibility::default()
                }
                .into(),
            );
        }
    }
    tidy_in_place(&mut design, &estimated_measure);
    design
}

#[test]
fn five_executives_in_a_row_print_on_one_landscape_page() {
    let design = fixture("five-in-a-row.ron");
    let printed = print::printed(&design);
    let plan = &printed.plan;
    assert_eq!(plan.parts.len(), 1, "one page, not split");
    assert_eq!(plan.page, PAGES[0], "lying down");
    assert!(plan.scale >= MIN_CHART_SCALE, "{}", plan.scale);
    // Card names print at no less than the smallest readable size.
    assert!(plan.scale * 14.0 >= NAME_PRINT_MIN - 1e-3);
    // The whole chart is on it, legend and title block included.
    let pages = pdf_pages(&design, &dated());
    let first = squeezed(&pages[0]);
    for e in &design.executives {
        assert!(
            first.contains(&squeezed(&e.short_title)),
            "{}",
            e.short_title
        );
    }
    assert!(first.contains(&squeezed(&design.name)));
    assert!(first.contains("4March2027"), "the date: {first}");
}

/// Every chart part of `design`'s handout: none narrower (or shorter) than
/// a third of the page's room for the chart, where the chart is cut that
/// way.
fn assert_no_slivers(design: &Design, what: &str) {
    let plan = print::printed(design).plan;
    let (room_w, room_h) = plan.room;
    for part in &plan.parts {
        let (w, h) = (part.view.w * plan.scale, part.view.h * plan.scale);
        if plan.across > 1 {
            assert!(w >= room_w / 3.0 - 0.5, "{what}: {w} of {room_w} wide");
        }
        if plan.down > 1 {
            assert!(h >= room_h / 3.0 - 0.5, "{what}: {h} of {room_h} tall");
        }
        assert!(
            w <= room_w + 0.5 && h <= room_h + 0.5,
            "{what}: fits its page"
        );
    }
}

#[test]
fn no_chart_part_is_narrower_or_shorter_than_a_third_of_the_page() {
    for (what, design) in [
        ("eight in a row", wide(8, 6)),
        ("twelve in a row", wide(12, 9)),
        ("twenty in a row", wide(20, 3)),
        ("2,000 cards", crate::common::large_design(2_000)),
        ("five in a row", fixture("five-in-a-row.ron")),
        ("corners", fixture("corners.ron")),
        ("far row", fixture("far-row.ron")),
    ] {
        let plan = print::printed(&design).plan;
        assert!(
            plan.scale >= MIN_CHART_SCALE || plan.parts.len() == 1,
            "{what}"
        );
        assert_no_slivers(&design, what);
    }
    // Split when it must be, into few pages.
    let twelve = print::printed(&wide(12, 9)).plan;
    assert!(
        twelve.parts.len() > 1 && twelve.parts.len() <= 4,
        "{}",
        twelve.parts.len()
    );
}

#[test]
fn every_card_name_is_whole_in_the_pdf_text() {
    let mut design = fixture("five-in-a-row.ron");
    let long = "Change management & internal communication across all sites, regions \
                and subsidiaries, including the works council";
    design.responsibilities[2].name = long.to_owned();
    remit::model::rules::validate(&design).expect("valid");
    let pages = pdf_pages(&design, &dated());
    let chart_pages = print::printed(&design).plan.parts.len();
    let summary: String = pages[chart_pages..].iter().map(|p| squeezed(p)).collect();
    for card in &design.responsibilities {
        assert!(summary.contains(&squeezed(&card.name)), "{}", card.name);
    }
    // Owners and roles by their whole titles, nothing cut short.
    assert!(summary.contains("ChiefDigitalOfficer"));
    assert!(!summary.contains('…'), "nothing in the tables is cut");
    // The balance table names each executive in full.
    for e in &design.executives {
        assert!(
            summary.contains(&squeezed(&e.full_title)),
            "{}",
            e.full_title
        );
    }
}

#[test]
fn the_chart_page_has_a_title_block_and_a_legend() {
    let design = fixture("five-in-a-row.ron");
    let pages = pdf_pages(&design, &dated());
    let first = squeezed(&pages[0]);
    for words in [
        "INT",
        "MIX",
        "EXT",
        "internal-facing",
        "external-facing",
        "reportsto",
        "dottedline",
        "headcount",
    ] {
        assert!(first.contains(words), "{words}: {first}");
    }
    let balance = remit::model::DesignBalance::of(&design);
    for (i, e) in design.executives.iter().enumerate() {
        let b = balance.executive_at(i);
        let words = format!(
            "{}: internal {}% · external {}%",
            e.short_title,
            b.internal_percent().unwrap_or(0),
            b.external_percent().unwrap_or(0)
        );
        assert!(first.contains(&squeezed(&words)), "{words}");
    }
}

#[test]
fn the_handout_is_the_same_bytes_every_time() {
    let design = fixture("five-in-a-row.ron");
    let a = export::render(&design, Format::Pdf, &dated()).expect("a PDF");
    let b = export::render(&design.clone(), Format::Pdf, &dated()).expect("a PDF");
    assert_eq!(a, b);
    // A Japanese and an Arabic name too (three fonts).
    let mut design = design;
    design.responsibilities[0].name = "会員アプリ".into();
    design.responsibilities[1].name = "فريق IT".into();
    let a = export::render(&design, Format::Pdf, &dated()).expect("a PDF");
    let b = export::render(&design.clone(), Format::Pdf, &dated()).expect("a PDF");
    assert_eq!(a, b);
    let text = squeezed(&pdf_extract::extract_text_from_mem(&a).expect("text"));
    assert!(text.contains("会員アプリ"));
}

#[test]
fn a_long_handout_reports_each_page_and_can_be_stopped() {
    let design = crate::common::large_design(600);
    let mut heard = Vec::new();
    let mut progress = Progress::new(|done, total| {
        heard.push((done, total));
        true
    });
    let whole = export::render_with(&design, Format::Pdf, &dated(), &mut progress).expect("a PDF");
    drop(progress);
    let total = pdf::page_svgs(&design).len();
    assert_eq!(heard.first(), Some(&(0, total)));
    assert_eq!(heard.last(), Some(&(total, total)));
    assert!(heard.windows(2).all(|w| w[1].0 == w[0].0 + 1));
    assert_eq!(
        whole.bytes,
        export::render(&design, Format::Pdf, &dated()).expect("a PDF")
    );
    // Stopped at the third page.
    let mut stop = Progress::new(|done, _| done < 3);
    assert_eq!(
        export::render_with(&design, Format::Pdf, &dated(), &mut stop),
        Err(ExportError::Cancelled)
    );
    // A picture, band by band.
    let mut bands = 0;
    let mut stop = Progress::new(|done, _| {
        bands += 1;
        done < 1
    });
    let options = Options {
        scale: remit::export::Scale::MAX,
        ..dated()
    };
    assert_eq!(
        export::render_with(&design, Format::Png, &options, &mut stop),
        Err(ExportError::Cancelled)
    );
    drop(stop);
    assert_eq!(bands, 2, "stopped at the second band");
}

#[test]
fn pdf_pages_are_summary_blocks_and_a_chart_and_nothing_else() {
    // The chart's SVG uses only what the PDF writer knows: every chart
    // page of a design with every kind of mark (roles, notes, dotted
    // lines, the tray, a closed-up stretch) turns into a page.
    let mut design = super::sample();
    design.executives[0].position.x -= 5_000.0;
    let svgs = pdf::chart_pages(&design);
    assert!(svgs.iter().any(|s| s.contains("closed-up")));
    export::render(&design, Format::Pdf, &dated()).expect("a PDF");
}
