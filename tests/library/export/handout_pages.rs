//! The PDF handout's pages, bounded whatever the shape of the chart: far
//! apart boxes are brought together with their lines still joining them,
//! empty parts are left out, a chart that would need too many pages is an
//! overview; a reason longer than a page goes on over pages with every
//! sentence kept; every page shows its number, however long the design's
//! name.

use std::path::PathBuf;

use proptest::prelude::*;
use remit::chart::{ChartGeometry, Rect, estimated_measure};
use remit::export::blocks::{FOOTER, PAGE_HEIGHT, PAGE_MARGIN};
use remit::export::print::{self, CLOSE_FROM, CLOSED_TO, MAX_CHART_PAGES};
use remit::export::{self, Format, Options, pdf};
use remit::model::{
    Decision, Design, Executive, ExecutiveId, Index, Position, ReportsTo, Responsibility,
    ResponsibilityId,
};
use resvg::usvg::roxmltree;

use super::{sample, squeezed};

fn hostile(name: &str) -> Design {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/export")
        .join(name);
    remit::file::load(&path).expect("the hostile shape loads")
}

fn pdf_pages(design: &Design) -> Vec<String> {
    let bytes = export::render(design, Format::Pdf, &Options::default()).expect("a PDF");
    pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("the PDF's text")
}

/// The summary pages alone (no chart), for comparison.
fn summary_pages(design: &Design) -> usize {
    export::pages::pages(design, 1).len()
}

#[test]
fn far_apart_boxes_print_on_one_page_with_the_gap_marked() {
    for name in ["corners.ron", "far-row.ron"] {
        let design = hostile(name);
        let printed = print::printed(&design);
        assert_eq!(printed.plan.parts.len(), 1, "{name}");
        assert!(printed.overview_of.is_none(), "{name}: in full");
        assert!(!printed.breaks.is_empty(), "{name}: the gap is marked");
        let pages = pdf_pages(&design);
        assert_eq!(pages.len(), 1 + summary_pages(&design), "{name}");
        let chart = squeezed(&pages[0]);
        assert!(chart.contains("pointsleftout"), "{name}: {chart}");
        for card in &design.responsibilities {
            assert!(
                chart.contains(&squeezed(&card.name)),
                "{name}: {}",
                card.name
            );
        }
    }
}

#[test]
fn a_box_thousands_of_cards_tall_far_from_the_ceo_stays_within_the_bound() {
    let design = hostile("tall-box.ron");
    let printed = print::printed(&design);
    assert!(printed.plan.parts.len() <= MAX_CHART_PAGES);
    // In full, at a readable size, it would need more: an overview.
    let full_pages = printed.overview_of.expect("an overview");
    assert!(full_pages > MAX_CHART_PAGES, "{full_pages}");
    let svgs = pdf::chart_pages(&design);
    assert_eq!(svgs.len(), printed.plan.parts.len());
    let first = &svgs[0];
    assert!(
        first.contains("3,000 responsibilities"),
        "the box says how many"
    );
    assert!(first.contains("SVG export"), "the note points to the SVG");
    // Every card is still in the handout, in the table.
    let text = squeezed(&pdf_pages(&design).concat());
    for card in design.responsibilities.iter().step_by(97) {
        assert!(text.contains(&squeezed(&card.name)), "{}", card.name);
    }
}

#[test]
fn parts_with_nothing_on_them_are_left_out() {
    // An L: a tall box on the left, a wide row of boxes along the bottom.
    let mut design = sample();
    let first = design.responsibilities[0].clone();
    for i in 0..120 {
        let mut r = first.clone();
        r.id.0 = format!("more-{i}");
        r.name = format!("More work {i}");
        design.responsibilities.push(r);
    }
    for (i, x) in [1400.0f32, 1750.0, 2100.0, 2450.0, 2800.0]
        .iter()
        .enumerate()
    {
        design.executives.push(Executive {
            id: ExecutiveId(format!("row-{i}")),
            short_title: format!("Row {i}"),
            position: Position { x: *x, y: 4200.0 },
            ..Executive::default()
        });
    }
    let printed = print::printed(&design);
    let plan = &printed.plan;
    assert!(
        plan.parts.len() < plan.across * plan.down,
        "some part is empty"
    );
    let drawing = export::svg::Drawing::print(&design, &printed.layout, false);
    let ink = drawing.ink();
    for part in &plan.parts {
        assert!(ink.iter().any(|r| r.intersects(&part.view)), "{part:?}");
    }
    // Every card is on some page.
    let svgs = pdf::chart_pages(&design);
    for i in [0usize, 60, 119] {
        let name = format!(">More work {i}<");
        assert!(svgs.iter().any(|p| p.contains(&name)), "{name}");
    }
}

#[test]
fn every_card_of_a_large_chart_is_on_a_printed_part() {
    let design = crate::common::large_design(2_000);
    let printed = print::printed(&design);
    assert!(printed.overview_of.is_none());
    let svgs = pdf::chart_pages(&design);
    assert!(svgs.len() <= MAX_CHART_PAGES);
    let all = svgs.concat();
    for card in &design.responsibilities {
        let name = format!(">{}<", export::svg::escape(&card.name));
        assert!(all.contains(&name), "{}", card.name);
    }
}

fn rects(design: &Design) -> (Vec<Rect>, ChartGeometry) {
    let geometry = ChartGeometry::of(design, &Index::of(design), &estimated_measure);
    (geometry.boxes.iter().map(|b| b.rect).collect(), geometry)
}

fn spread(positions: &[(i32, i32)], cards: &[usize]) -> Design {
    let mut design = Design::empty("Spread");
    for (i, &(x, y)) in positions.iter().enumerate() {
        design.executives.push(Executive {
            id: ExecutiveId(format!("e{i}")),
            short_title: format!("E{i}"),
            position: Position {
                x: x as f32,
                y: y as f32,
            },
            reports_to: if i == 0 {
                ReportsTo::NotSet
            } else {
                ReportsTo::Executive(ExecutiveId(format!("e{}", i / 2)))
            },
            ..Executive::default()
        });
        for k in 0..cards[i % cards.len()] {
            design.responsibilities.push(
                Responsibility {
                    id: ResponsibilityId(format!("c{i}-{k}")),
                    name: format!("Card {k} of E{i}"),
                    external_share: 0.5,
                    size: 1.0,
                    owner: Some(ExecutiveId(format!("e{i}"))),
                    ..Responsibility::default()
                }
                .into(),
            );
        }
    }
    design
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Closing up keeps every box's order and neighbours, overlaps nothing
    /// that did not overlap, keeps every line between the boxes it joined,
    /// leaves no stretch longer than CLOSE_FROM that was not there, and
    /// the chart's pages stay within the bound.
    #[test]
    fn closing_up_keeps_the_chart_and_bounds_its_pages(
        positions in proptest::collection::vec((-100_000i32..=100_000, -100_000i32..=100_000), 1..9),
        cards in proptest::collection::vec(0usize..40, 1..4),
    ) {
        let design = spread(&positions, &cards);
        let closed = print::close_up(&design);
        let (before, old) = rects(&design);
        let (after, new) = rects(&closed.design);
        for i in 0..before.len() {
            for j in 0..before.len() {
                let (a, b, a2, b2) = (before[i], before[j], after[i], after[j]);
                prop_assert_eq!(a.x < b.x, a2.x < b2.x, "order across");
                prop_assert_eq!(a.y < b.y, a2.y < b2.y, "order down");
                if i != j && !a.intersects(&b) {
                    prop_assert!(!a2.intersects(&b2), "no new overlap");
                }
                // Neighbours closer than CLOSE_FROM keep their distance.
                if (b.x - a.right()).abs() <= CLOSE_FROM && b.x >= a.x {
                    prop_assert!((b2.x - a2.x) <= (b.x - a.x) + 0.5);
                }
            }
            prop_assert_eq!(before[i].w, after[i].w);
            prop_assert_eq!(before[i].h, after[i].h);
        }
        let ends = |g: &ChartGeometry| g.connectors.iter().map(|c| (c.kind, c.from, c.to)).collect::<Vec<_>>();
        prop_assert_eq!(ends(&old), ends(&new), "every line joins the same boxes");
        // What is left is the boxes and gaps of at most CLOSE_FROM.
        let most = |size: fn(&Rect) -> f32| after.iter().map(size).sum::<f32>() + CLOSE_FROM * after.len() as f32;
        prop_assert!(new.bounds.w <= most(|r| r.w) + 1.0);
        prop_assert!(new.bounds.h <= most(|r| r.h) + 1.0);
        for b in &closed.breaks {
            prop_assert!(b.removed >= CLOSE_FROM - CLOSED_TO - 1.0);
        }
        prop_assert!(print::printed(&design).plan.parts.len() <= MAX_CHART_PAGES);
    }
}

#[test]
fn a_reason_longer_than_a_page_keeps_every_sentence() {
    let mut design = sample();
    let sentences: Vec<String> = (1..=260)
        .map(|i| format!("Sentence number {i} says why the card moved."))
        .collect();
    let unbroken = "Averyveryverylongwordwithnobreak".repeat(12);
    let reason = format!("{} {unbroken}", sentences.join(" "));
    assert!(reason.chars().count() <= 20_000);
    let card = &design.responsibilities[0];
    design.decisions.push(Decision {
        responsibility: card.id.clone(),
        name: card.name.clone(),
        from: None,
        to: card.owner.clone(),
        when: "2026-11-20T09:15:00Z".parse().unwrap(),
        reason,
    });
    remit::model::rules::validate(&design).expect("valid");
    // The pages' text run together, without the page numbers between them
    // (a sentence may go on over a page).
    let pages = pdf_pages(&design);
    let n = pages.len();
    let text: String = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let footer = squeezed(&format!("{} · page {} of {n}", design.name, i + 1));
            squeezed(page).replace(&footer, "")
        })
        .collect();
    // And on the page, above its number: the text each summary page draws
    // there.
    let bottom = PAGE_HEIGHT - PAGE_MARGIN - FOOTER;
    let on_pages: String = export::pages::pages(&design, 1)
        .iter()
        .flat_map(|svg| {
            let doc = roxmltree::Document::parse(svg).expect("SVG");
            doc.descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter(|n| {
                    n.attribute("y")
                        .and_then(|y| y.parse::<f32>().ok())
                        .is_some_and(|y| y <= bottom)
                })
                .filter_map(|n| n.text().map(squeezed))
                .collect::<Vec<_>>()
        })
        .collect();
    for sentence in &sentences {
        assert!(
            text.contains(&squeezed(sentence)),
            "in the text: {sentence}"
        );
        assert!(
            on_pages.contains(&squeezed(sentence)),
            "on a page: {sentence}"
        );
    }
    assert!(
        text.contains(&squeezed(&unbroken)),
        "the long word is whole"
    );
    assert!(on_pages.contains(&squeezed(&unbroken)));
}

#[test]
fn every_page_shows_its_number_however_long_the_name() {
    let mut design = sample();
    design.name = "A name long enough to fill a line "
        .repeat(5)
        .trim()
        .to_owned();
    assert!(design.name.chars().count() <= 200);
    let first = design.responsibilities[0].clone();
    for i in 0..300 {
        let mut r = first.clone();
        r.id.0 = format!("more-{i}");
        r.name = format!("More work {i}");
        design.responsibilities.push(r);
    }
    let pages = pdf_pages(&design);
    let n = pages.len();
    assert!(n > 4, "{n}");
    for (i, page) in pages.iter().enumerate() {
        let number = squeezed(&format!("page {} of {n}", i + 1));
        assert!(squeezed(page).contains(&number), "page {}: {page}", i + 1);
    }
    // The chart pages say which part they are.
    let parts = print::printed(&design).plan.parts.len();
    assert!(parts > 1);
    for (i, page) in pages.iter().take(parts).enumerate() {
        let part = squeezed(&format!("part {} of {parts}", i + 1));
        assert!(squeezed(page).contains(&part), "part {}", i + 1);
    }
}

/// Found with the Kaito client's chart (eight executives in two rows): the
/// handout cut it in two down the middle of the CTO's box, half on each
/// page, where a scale a little smaller lets every cut fall between
/// boxes. No box of a client's chart is cut at a page's edge.
#[test]
fn no_box_of_a_client_s_chart_is_cut_at_a_page_s_edge() {
    for name in ["kaito-as-is.ron"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/files/import")
            .join(name);
        let design = remit::file::load(&path).expect("loads");
        let printed = print::printed(&design);
        assert!(printed.plan.parts.len() > 1, "{name} takes several pages");
        let (boxes, _) = rects(&printed.layout);
        for b in boxes {
            let whole = printed.plan.parts.iter().any(|p| {
                let v = p.view;
                b.x >= v.x - 0.5
                    && b.right() <= v.right() + 0.5
                    && b.y >= v.y - 0.5
                    && b.bottom() <= v.bottom() + 0.5
            });
            assert!(
                whole,
                "{name}: a box at {b:?} is cut: {:?}",
                printed.plan.parts
            );
        }
    }
}
