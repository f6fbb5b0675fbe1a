//! Tests of the chart's geometry: boxes that grow with their cards, cards
//! of as many lines as their names take, rows as tall as their tallest
//! card, slots, culling, connectors, and the geometry brought up to date
//! matching the geometry worked out afresh.

use super::*;
use crate::chart::{look, wrap};
use crate::model::{DottedLine, ReportsTo, Role};
use crate::templates::default_design;

#[test]
fn boxes_grow_with_their_cards_and_long_names_take_two_lines() {
    let mut design = default_design();
    design.executives[0].columns = 1;
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    let cio = &geometry.boxes[0];
    assert_eq!(cio.cards.len(), cio.card_tops.len());
    let last = cio.card_rect(cio.cards.len() - 1);
    assert!(last.bottom() < cio.rect.bottom(), "cards inside the box");
    for k in 1..cio.cards.len() {
        assert!(
            cio.card_rect(k - 1).bottom() < cio.card_rect(k).y,
            "no overlap"
        );
    }
    let short = geometry.boxes[0].rect.h;
    // The first card, without the chips of roles beside its name.
    design.responsibilities[0].roles.clear();
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    let short = short.min(geometry.boxes[0].rect.h);
    assert_eq!(geometry.boxes[0].rect.h, short);
    design.responsibilities[0].name = "A responsibility with a very long name indeed".into();
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    assert_eq!(geometry.boxes[0].lines[0], 2);
    assert_eq!(
        geometry.boxes[0].rect.h,
        short + CARD_TWO_LINES - CARD_ONE_LINE
    );
}

#[test]
fn a_point_over_a_cards_first_half_means_before_it() {
    for columns in [1, 2, 3] {
        let mut design = default_design();
        design.executives[0].columns = columns;
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let b = &geometry.boxes[0];
        let n = b.cards.len();
        for k in 0..n {
            let card = b.card_rect(k);
            let (early, late) = if columns == 1 {
                (
                    (card.center_x(), card.y + 2.0),
                    (card.center_x(), card.bottom() - 2.0),
                )
            } else {
                (
                    (card.x + 2.0, card.center_y()),
                    (card.right() - 2.0, card.center_y()),
                )
            };
            assert_eq!(
                b.slot_at(early.0, early.1),
                k,
                "{columns} columns, card {k}"
            );
            assert_eq!(
                b.slot_at(late.0, late.1),
                k + 1,
                "{columns} columns, card {k}"
            );
        }
        // Over the header: first; below the last card: last.
        assert_eq!(b.slot_at(b.rect.center_x(), b.rect.y + 5.0), 0);
        assert_eq!(b.slot_at(b.rect.x + 12.0, b.rect.bottom() - 1.0), n);
        // A card's slot is the number of the box's cards before it in
        // the list; the marker of a slot sits just above that card.
        for (k, &i) in b.cards.iter().enumerate() {
            assert_eq!(b.slot_of(i), k);
            let marker = b.slot_marker(k);
            assert!(marker.bottom() <= b.card_rect(k).y);
        }
        assert_eq!(b.slot_of(usize::MAX), n);
        assert_eq!(b.slot_marker(n), b.landing_rect());
    }
}

#[test]
fn cards_fill_a_wide_box_row_by_row_without_overlapping() {
    let mut design = default_design();
    design.executives[0].columns = 3;
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    let b = &geometry.boxes[0];
    assert_eq!(b.rect.w, box_width(3));
    let rects: Vec<Rect> = (0..b.cards.len()).map(|k| b.card_rect(k)).collect();
    for (i, r) in rects.iter().enumerate() {
        assert!(r.x >= b.rect.x && r.right() <= b.rect.right(), "inside");
        assert!(r.bottom() < b.rect.bottom());
        for other in &rects[i + 1..] {
            assert!(!r.intersects(other), "{r:?} and {other:?}");
        }
    }
    // Row by row: the 2nd card is beside the 1st, the 4th below it.
    assert_eq!(rects[1].y, rects[0].y);
    assert!(rects[1].x > rects[0].x);
    assert!(rects[3].y > rects[0].y);
    assert_eq!(rects[3].x, rects[0].x);
    // The landing slot is the next free place.
    let landing = b.landing_rect();
    assert!(rects.iter().all(|r| !r.intersects(&landing)));
    assert!(landing.bottom() <= b.rect.bottom());
}

#[test]
fn moving_boxes_gives_the_geometry_worked_out_afresh() {
    let mut design = default_design();
    let index = Index::of(&design);
    let mut geometry = ChartGeometry::of(&design, &index, &estimated_measure);
    design.executives[1].position.x += 500.0;
    design.executives[0].position.y += 300.0;
    if let Some(ceo) = design.ceo.as_mut() {
        ceo.position.x -= 40.0;
    }
    geometry.moved(&design, &index);
    assert_eq!(
        geometry,
        ChartGeometry::of(&design, &index, &estimated_measure)
    );
}

#[test]
fn culling_finds_every_card_in_a_band_and_little_else() {
    let design = default_design();
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    let b = &geometry.boxes[0];
    for (from, to) in [(0.0, 130.0), (200.0, 320.0), (150.0, 160.0), (400.0, 900.0)] {
        let (top, bottom) = (b.rect.y + from, b.rect.y + to);
        let range = b.cards_between(top, bottom);
        for k in 0..b.cards.len() {
            let r = b.card_rect(k);
            let visible = r.bottom() >= top && r.y <= bottom;
            if visible {
                assert!(range.contains(&k), "card {k} is in the band");
            } else if range.contains(&k) {
                // At most a row's height away, never more.
                assert!(r.bottom() + CARD_TALLEST >= top, "card {k}");
            }
        }
    }
}

#[test]
fn connectors_join_the_boxes_they_name() {
    let mut design = default_design();
    design.ceo = Some(crate::model::Ceo::default());
    design.executives[0].reports_to = ReportsTo::Ceo;
    design.executives[1].reports_to = ReportsTo::Executive(design.executives[0].id.clone());
    design.dotted_lines.push(DottedLine {
        from: design.executives[1].id.clone(),
        to: design.executives[0].id.clone(),
    });
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    assert_eq!(geometry.connectors.len(), 3);
    let kinds: Vec<LineKind> = geometry.connectors.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [LineKind::Reporting, LineKind::Reporting, LineKind::Dotted]
    );
    assert_eq!(geometry.connectors[0].to, None, "to the CEO box");
    assert_eq!(geometry.connectors[1].to, Some(0));
}

#[test]
fn an_empty_box_added_is_what_the_whole_geometry_gives() {
    let mut design = default_design();
    let index = Index::of(&design);
    let mut geometry = ChartGeometry::of(&design, &index, &estimated_measure);
    let executive = Executive {
        id: crate::model::ExecutiveId("new".into()),
        short_title: "New".into(),
        columns: 2,
        position: crate::model::Position {
            x: 2000.0,
            y: -40.0,
        },
        ..Default::default()
    };
    geometry.add_empty_box(&executive);
    design.executives.push(executive);
    let index = Index::of(&design);
    assert_eq!(
        geometry,
        ChartGeometry::of(&design, &index, &estimated_measure)
    );
}

/// The default design with the CIO's first cards renamed `names` (with no
/// roles), its box in `columns` columns, and its geometry.
fn cio_cards(names: &[&str], columns: u8) -> (Design, ChartGeometry) {
    let mut design = default_design();
    design.executives[0].columns = columns;
    let cards = Index::of(&design).cards(Some(0)).to_vec();
    assert!(cards.len() > names.len(), "the CIO has cards enough");
    for (&c, name) in cards.iter().zip(names) {
        let item = &mut design.responsibilities[c];
        item.name = (*name).to_owned();
        item.roles.clear();
    }
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    (design, geometry)
}

/// `name` as a card `lines` lines tall draws it: the lines the geometry
/// counted, measured the same way.
fn drawn(design: &Design, c: usize, lines: u8) -> Vec<String> {
    let item = &design.responsibilities[c];
    let room = name_room(item.size, &design.size_unit, &estimated_measure);
    let advance = &mut wrap::advance_of(&estimated_measure, CARD_NAME_SIZE);
    wrap::lines(&item.name, room, usize::from(lines), advance)
}

/// The lines, put back together: each the next piece of `name`, only
/// white space left out between them.
fn whole(lines: &[String], name: &str) -> bool {
    let mut rest = name;
    for line in lines {
        rest = rest.trim_start();
        match rest.strip_prefix(line.as_str()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.trim().is_empty()
}

#[test]
fn a_long_german_name_takes_three_lines_on_a_card_tall_enough() {
    let name = "Lagerverwaltungssystem (WMS) Betrieb und Wartung";
    let (mut design, geometry) = cio_cards(&[name], 1);
    let b = &geometry.boxes[0];
    assert_eq!(b.lines[0], 3);
    let card = b.card_rect(0);
    assert_eq!(card.h, card_height(3));
    assert_eq!(lines_in(card.h), 3);
    // Three lines of name fit in the card, and the next card is below it.
    assert!(look::NAME_TOP + 3.0 * look::NAME_LINE_STEP < card.h);
    assert_eq!(b.card_rect(1).y, card.bottom() + CARD_GAP);
    let lines = drawn(&design, b.cards[0], b.lines[0]);
    assert_eq!(lines.len(), 3);
    assert!(whole(&lines, name), "{lines:?}");
    // A role takes a line of its own for its chip, under the whole name
    // (the name is no longer cut to one line to make room for it).
    let c = b.cards[0];
    let cto = design.executives[1].id.clone();
    design.responsibilities[c]
        .roles
        .insert(cto, Role::Consulted);
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    assert_eq!(geometry.boxes[0].lines[0], 4);
    assert_eq!(geometry.boxes[0].card_rect(0).h, card_height(4));
}

#[test]
fn a_row_of_a_wide_box_is_as_tall_as_its_tallest_card() {
    let long = "Mitarbeiter-Arbeitsplätze (Notebooks, Drucker) und Lieferanten-Onboarding";
    let (_, geometry) = cio_cards(&["Short", long, "Also short", "Tiny"], 2);
    let b = &geometry.boxes[0];
    assert_eq!(b.lines[..4], [1, 3, 1, 1]);
    let rects: Vec<Rect> = (0..4).map(|k| b.card_rect(k)).collect();
    // Each card as tall as its own name needs, side by side in the row.
    assert_eq!(rects[0].h, CARD_ONE_LINE);
    assert_eq!(rects[1].h, card_height(3));
    assert_eq!(rects[1].y, rects[0].y);
    // The next row starts below the tallest.
    assert_eq!(rects[2].y, rects[1].bottom() + CARD_GAP);
    assert_eq!(rects[3].y, rects[2].y);
    assert!(!rects[0].intersects(&rects[2]));
    // Every card still inside its box, and found where it is.
    for k in 0..b.cards.len() {
        let r = b.card_rect(k);
        assert!(r.bottom() < b.rect.bottom());
        assert_eq!(b.card_at(r.center_x(), r.bottom() - 1.0), Some(k));
    }
    assert_eq!(
        b.card_at(rects[0].center_x(), rects[0].bottom() + 5.0),
        None
    );
}

#[test]
fn a_long_japanese_name_breaks_between_characters_on_three_lines() {
    let name = "在庫管理システムの更新と店舗システム（全店共通）の統合";
    let (design, geometry) = cio_cards(&[name], 1);
    let b = &geometry.boxes[0];
    assert_eq!(b.lines[0], 3);
    assert_eq!(b.card_rect(0).h, card_height(3));
    let lines = drawn(&design, b.cards[0], b.lines[0]);
    assert_eq!(lines.concat(), name, "whole, with no spaces to lose");
    for line in &lines[1..] {
        assert!(!line.starts_with(['ー', 'ッ', '）', 'ョ']), "{line}");
    }
}

#[test]
fn a_name_longer_than_four_lines_is_cut_on_the_fourth() {
    let name = "Lagerverwaltungssystem (WMS) Betrieb, Wartung und Weiterentwicklung \
                an allen Standorten in Europa, Asien und Amerika";
    let (mut design, geometry) = cio_cards(&[name], 1);
    let b = &geometry.boxes[0];
    assert_eq!(b.lines[0], MOST_NAME_LINES);
    assert_eq!(b.card_rect(0).h, card_height(MOST_NAME_LINES));
    let lines = drawn(&design, b.cards[0], b.lines[0]);
    assert_eq!(lines.len(), usize::from(MOST_NAME_LINES));
    assert!(lines[3].ends_with('…'), "{lines:?}");
    assert!(lines[..3].iter().all(|l| !l.contains('…')));
    assert!(name.starts_with(&lines[0]));
    // With a role, the chips' line comes on top of the most: the tallest
    // card there is, which culling allows for.
    let cto = design.executives[1].id.clone();
    let c = b.cards[0];
    design.responsibilities[c].roles.insert(cto, Role::Informed);
    let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
    let b = &geometry.boxes[0];
    assert_eq!(b.card_rect(0).h, CARD_TALLEST);
    let bottom = b.card_rect(0).bottom();
    assert!(b.cards_between(bottom - 1.0, bottom).contains(&0));
}
