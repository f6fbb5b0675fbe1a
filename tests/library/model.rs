//! The domain model without a window: balance arithmetic (per executive, the
//! unassigned tray and the organisation), the facing thresholds, the built-in
//! catalog, that every template validates, that moving responsibilities
//! with `Design::apply` keeps each one in exactly one place (right after its
//! new owner's last card), renaming an executive's id, the rules every edit
//! and `validate` check (naming the item, the field and the problem),
//! numbers kept on their grid, and how numbers are written for people.

use std::collections::HashSet;

use remit::document::Document;
use remit::model::catalog::CATALOG;
use remit::model::{
    Balance, Ceo, Design, DesignBalance, DottedLine, Edit, EditError, Executive, ExecutiveId,
    Facing, Orientation, Position, Problem, ReportsTo, Responsibility, ResponsibilityId, Rgb, Role,
    RuleError, Subject, format, rules,
};
use remit::templates::{TEMPLATES, default_design};

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.to_owned())
}

fn rid(id: &str) -> ResponsibilityId {
    ResponsibilityId(id.to_owned())
}

fn exec(id: &str) -> Executive {
    Executive {
        id: eid(id),
        short_title: id.to_uppercase(),
        full_title: format!("Chief {id}"),
        colour: Rgb(10, 20, 30),
        position: Position { x: 0.0, y: 0.0 },
        ..Default::default()
    }
}

fn item(id: &str, share: f64, size: f64, owner: Option<&str>) -> Responsibility {
    Responsibility {
        id: rid(id),
        name: id.to_owned(),
        description: String::new(),
        external_share: share,
        size,
        owner: owner.map(eid),
        notes: String::new(),
        ..Default::default()
    }
}

fn design(executives: &[&str], items: Vec<Responsibility>) -> Design {
    let mut d = Design::empty("test");
    d.executives = executives.iter().map(|e| exec(e)).collect();
    d.responsibilities = items.into_iter().map(Into::into).collect();
    d
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------- balance

#[test]
fn sizes_two_and_six_with_shares_zero_and_one_are_75_percent_external() {
    let d = design(
        &["cio"],
        vec![
            item("a", 0.0, 2.0, Some("cio")),
            item("b", 1.0, 6.0, Some("cio")),
        ],
    );
    let b = DesignBalance::of(&d).executive(&eid("cio"));
    assert_eq!(b.count, 2);
    assert!(close(b.size, 8.0), "{b:?}");
    assert!(close(b.external_size, 6.0), "{b:?}");
    assert!(close(b.external_fraction().unwrap(), 0.75), "{b:?}");
    assert_eq!(b.external_percent(), Some(75));
    assert_eq!(b.internal_percent(), Some(25));
}

#[test]
fn balance_is_weighted_by_size_not_by_count() {
    // Three small external items and one big internal one: by count it would
    // be 75 % external, by size it is (1+1+1)·0.9 / (3 + 27) = 9 %.
    let d = design(
        &["cto"],
        vec![
            item("a", 0.9, 1.0, Some("cto")),
            item("b", 0.9, 1.0, Some("cto")),
            item("c", 0.9, 1.0, Some("cto")),
            item("d", 0.0, 27.0, Some("cto")),
        ],
    );
    let b = DesignBalance::of(&d).executive(&eid("cto"));
    assert_eq!(b.count, 4);
    assert_eq!(b.external_percent(), Some(9));
    assert_eq!(b.internal_percent(), Some(91));
}

#[test]
fn fractional_shares_and_sizes() {
    // (0.5·0.25 + 1.5·0.75) / 2 = 0.625 → 63 % after rounding (62.5 rounds up).
    let d = design(
        &["x"],
        vec![
            item("a", 0.25, 0.5, Some("x")),
            item("b", 0.75, 1.5, Some("x")),
        ],
    );
    let b = DesignBalance::of(&d).executive(&eid("x"));
    assert!(close(b.external_fraction().unwrap(), 0.625));
    assert_eq!(b.external_percent(), Some(63));
    assert_eq!(b.internal_percent(), Some(37));
}

#[test]
fn internal_and_external_always_add_up_to_100() {
    for (share, size) in [
        (0.005, 1.0),
        (0.015, 3.0),
        (0.333, 7.0),
        (0.4449, 2.0),
        (0.995, 0.3),
        (1.0, 1e6),
        (0.0, 0.01),
    ] {
        let b = Balance::of([&item("x", share, size, None)]);
        let (i, e) = (b.internal_percent().unwrap(), b.external_percent().unwrap());
        assert_eq!(i + e, 100, "share {share}, size {size}");
        assert!(e <= 100);
    }
}

#[test]
fn an_executive_owning_nothing_has_no_percentages() {
    let d = design(
        &["cio", "cto", "ciso"],
        vec![
            item("a", 0.2, 3.0, Some("cio")),
            item("b", 0.8, 1.0, Some("cto")),
        ],
    );
    let balance = DesignBalance::of(&d);
    let ciso = balance.executive(&eid("ciso"));
    assert_eq!(ciso.count, 0);
    assert_eq!(ciso.size, 0.0);
    assert_eq!(ciso.external_fraction(), None);
    assert_eq!(ciso.external_percent(), None);
    assert_eq!(ciso.internal_percent(), None);
    assert_eq!(ciso.percent_of(&balance.organisation), Some(0));
    // One entry per executive, in the design's order, the empty one included.
    let ids: Vec<&str> = balance
        .executives
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(ids, ["cio", "cto", "ciso"]);
}

#[test]
fn an_empty_design_has_no_percentages_anywhere() {
    let balance = DesignBalance::of(&design(&["cio"], vec![]));
    assert_eq!(balance.organisation.count, 0);
    assert_eq!(balance.organisation.external_percent(), None);
    assert_eq!(balance.unassigned.external_percent(), None);
    assert_eq!(
        balance
            .executive(&eid("cio"))
            .percent_of(&balance.organisation),
        None
    );
}

#[test]
fn unassigned_items_are_counted_in_the_tray_and_the_organisation_only() {
    let d = design(
        &["cio", "cto"],
        vec![
            item("a", 0.0, 2.0, Some("cio")),
            item("b", 1.0, 6.0, Some("cio")),
            item("c", 0.5, 2.0, Some("cto")),
            item("t1", 1.0, 4.0, None),
            item("t2", 0.25, 4.0, None),
        ],
    );
    let balance = DesignBalance::of(&d);
    let cio = balance.executive(&eid("cio"));
    let cto = balance.executive(&eid("cto"));
    // The tray items change neither executive's figures.
    assert_eq!(cio.count, 2);
    assert_eq!(cio.external_percent(), Some(75));
    assert_eq!(cto.count, 1);
    assert_eq!(cto.external_percent(), Some(50));
    // The tray: 2 items, size 8, (4 + 1) / 8 = 62.5 % external.
    assert_eq!(balance.unassigned.count, 2);
    assert!(close(balance.unassigned.size, 8.0));
    assert!(close(
        balance.unassigned.external_fraction().unwrap(),
        0.625
    ));
    // The organisation counts everything: 5 items, size 18,
    // external (0 + 6 + 1 + 4 + 1) / 18 = 12/18 = 66.7 % → 67 %.
    assert_eq!(balance.organisation.count, 5);
    assert!(close(balance.organisation.size, 18.0));
    assert!(close(balance.organisation.external_size, 12.0));
    assert_eq!(balance.organisation.external_percent(), Some(67));
    assert_eq!(balance.organisation.internal_percent(), Some(33));
    // Each executive's share of the total size: 8/18 = 44 %, 2/18 = 11 %,
    // the tray 8/18 = 44 %.
    assert_eq!(cio.percent_of(&balance.organisation), Some(44));
    assert_eq!(cto.percent_of(&balance.organisation), Some(11));
    assert_eq!(
        balance.unassigned.percent_of(&balance.organisation),
        Some(44)
    );
}

#[test]
fn organisation_is_the_sum_of_executives_and_tray_for_every_template() {
    for template in TEMPLATES {
        let d = (template.build)();
        let balance = DesignBalance::of(&d);
        let mut count = balance.unassigned.count;
        let mut size = balance.unassigned.size;
        let mut external = balance.unassigned.external_size;
        for (id, b) in &balance.executives {
            count += b.count;
            size += b.size;
            external += b.external_size;
            assert_eq!(
                b.count,
                d.owned_by(Some(id)).count(),
                "{}",
                template.file_stem
            );
        }
        assert_eq!(count, d.responsibilities.len(), "{}", template.file_stem);
        assert_eq!(balance.organisation.count, count, "{}", template.file_stem);
        assert!(
            close(balance.organisation.size, size),
            "{}",
            template.file_stem
        );
        assert!(
            close(balance.organisation.external_size, external),
            "{}",
            template.file_stem
        );
        assert_eq!(
            balance.unassigned.count,
            d.owned_by(None).count(),
            "{}",
            template.file_stem
        );
    }
}

#[test]
fn the_default_design_balance_matches_a_hand_computation() {
    let d = default_design();
    let balance = DesignBalance::of(&d);
    for e in &d.executives {
        let mine: Vec<&Responsibility> = d
            .cards()
            .filter(|r| r.owner.as_ref() == Some(&e.id))
            .collect();
        let size: f64 = mine.iter().map(|r| r.size).sum();
        let external: f64 = mine.iter().map(|r| r.size * r.external_share).sum();
        let b = balance.executive(&e.id);
        assert_eq!(b.count, mine.len());
        assert!(close(b.size, size));
        let expected = (external / size * 100.0).round() as u32;
        assert_eq!(b.external_percent(), Some(expected), "{}", e.id);
        assert_eq!(b.internal_percent(), Some(100 - expected), "{}", e.id);
    }
    // The traditional split: the CIO is mostly internal, the CTO external.
    assert!(balance.executive(&eid("cio")).external_percent().unwrap() < 50);
    assert!(balance.executive(&eid("cto")).external_percent().unwrap() > 50);
}

// ---------------------------------------------------------------- facing

#[test]
fn facing_thresholds_at_the_boundaries() {
    let third = 1.0_f64 / 3.0;
    let two_thirds = 2.0_f64 / 3.0;
    assert_eq!(Facing::of_share(0.0), Facing::Internal);
    assert_eq!(Facing::of_share(third.next_down()), Facing::Internal);
    // "Below 1/3" is internal, so 1/3 itself is mixed.
    assert_eq!(Facing::of_share(third), Facing::Mixed);
    assert_eq!(Facing::of_share(0.5), Facing::Mixed);
    assert_eq!(Facing::of_share(two_thirds.next_down()), Facing::Mixed);
    // "2/3 or more" is external.
    assert_eq!(Facing::of_share(two_thirds), Facing::External);
    assert_eq!(Facing::of_share(two_thirds.next_up()), Facing::External);
    assert_eq!(Facing::of_share(1.0), Facing::External);
    assert_eq!(Facing::Internal.word(), "internal");
    assert_eq!(Facing::Mixed.word(), "mixed");
    assert_eq!(Facing::External.word(), "external");
}

// ---------------------------------------------------------------- catalog

#[test]
fn catalog_has_the_responsibilities_users_expect() {
    for wanted in [
        "infrastructure",
        "pmo",
        "r&d",
        "vendor management",
        "security",
    ] {
        let found = CATALOG
            .iter()
            .filter(|e| e.name.to_lowercase().contains(wanted))
            .count();
        assert!(found >= 1, "no catalog entry named like {wanted:?}");
    }
}

#[test]
fn catalog_entries_are_well_formed() {
    let mut ids = HashSet::new();
    for e in CATALOG {
        assert!(ids.insert(e.id), "duplicate catalog id {}", e.id);
        assert!(!e.id.trim().is_empty());
        assert!(!e.name.trim().is_empty(), "{}", e.id);
        assert!(
            !e.description.trim().is_empty(),
            "{} has no description",
            e.id
        );
        assert!(
            e.external_share.is_finite() && (0.0..=1.0).contains(&e.external_share),
            "{} share {}",
            e.id,
            e.external_share
        );
        assert!(
            e.size.is_finite() && e.size > 0.0,
            "{} size {}",
            e.id,
            e.size
        );
        let r = e.to_responsibility(None);
        assert_eq!(r.id.as_str(), e.id);
        assert_eq!(r.owner, None);
    }
}

// ---------------------------------------------------------------- templates

#[test]
fn every_template_and_the_default_design_validate() {
    rules::validate(&default_design()).expect("default design");
    assert!(!TEMPLATES.is_empty());
    let mut stems = HashSet::new();
    for template in TEMPLATES {
        assert!(stems.insert(template.file_stem), "{}", template.file_stem);
        let d = (template.build)();
        if let Err(problem) = rules::validate(&d) {
            panic!("template {} is invalid: {problem:?}", template.file_stem);
        }
        assert!(!d.executives.is_empty(), "{}", template.file_stem);
        assert!(!d.responsibilities.is_empty(), "{}", template.file_stem);
    }
    // The first template is the default design.
    assert_eq!((TEMPLATES[0].build)(), default_design());
}

// ---------------------------------------------------------------- moves

/// Every responsibility is in exactly one place: its owner is an existing
/// executive or the tray, and no id appears twice.
fn assert_one_place_each(d: &Design, expected_count: usize) {
    assert_eq!(d.responsibilities.len(), expected_count);
    let mut ids = HashSet::new();
    for r in &d.responsibilities {
        assert!(ids.insert(r.id.clone()), "{} appears twice", r.id);
        if let Some(owner) = &r.owner {
            assert!(
                d.executive(owner).is_some(),
                "{} owned by unknown {owner}",
                r.id
            );
        }
    }
    let placed: usize = d
        .executives
        .iter()
        .map(|e| d.owned_by(Some(&e.id)).count())
        .sum::<usize>()
        + d.owned_by(None).count();
    assert_eq!(placed, expected_count);
    assert!(rules::validate(d).is_ok());
}

/// `before` with `id` given to `to` as `Edit::Move` promises: the card
/// keeps its place in the list, takes its new owner, and the new owner
/// holds no other role on it.
fn moved_by_hand(before: &Design, id: &ResponsibilityId, to: &Option<ExecutiveId>) -> Design {
    let mut expected = before.clone();
    let card = expected
        .responsibilities
        .iter_mut()
        .find(|r| r.id == *id)
        .unwrap();
    if card.owner == *to {
        return expected;
    }
    if let Some(to) = to {
        card.roles.remove(to);
    }
    card.owner = to.clone();
    expected
}

#[test]
fn every_move_keeps_each_responsibility_in_exactly_one_place() {
    for template in TEMPLATES {
        let mut d = (template.build)();
        let n = d.responsibilities.len();
        let ids: Vec<ResponsibilityId> = d.responsibilities.iter().map(|r| r.id.clone()).collect();
        let mut targets: Vec<Option<ExecutiveId>> =
            d.executives.iter().map(|e| Some(e.id.clone())).collect();
        targets.push(None);
        for id in &ids {
            for to in &targets {
                let before = d.clone();
                let changed = d
                    .apply(Edit::Move {
                        responsibility: id.clone(),
                        to: to.clone(),
                    })
                    .expect("a move to an existing executive or the tray");
                let was = before.responsibility(id).unwrap().owner.clone();
                assert_eq!(changed, was != *to, "{id} from {was:?} to {to:?}");
                assert_eq!(d.responsibility(id).unwrap().owner, *to);
                // Nothing else changed: the card kept its place in the list.
                assert_eq!(d, moved_by_hand(&before, id, to), "{id} to {to:?}");
                assert_eq!(before.executives, d.executives);
                assert_one_place_each(&d, n);
            }
        }
    }
}

#[test]
fn moving_to_the_same_owner_is_a_no_op() {
    let mut d = default_design();
    let before = d.clone();
    let security = d.responsibility(&rid("security")).unwrap().owner.clone();
    assert_eq!(
        d.apply(Edit::Move {
            responsibility: rid("security"),
            to: security,
        }),
        Ok(false)
    );
    assert_eq!(d, before);
}

#[test]
fn moving_to_an_unknown_executive_is_refused_and_changes_nothing() {
    let mut d = default_design();
    let before = d.clone();
    let result = d.apply(Edit::Move {
        responsibility: rid("security"),
        to: Some(eid("nobody")),
    });
    assert_eq!(result, Err(EditError::UnknownExecutive("nobody".into())));
    assert_eq!(d, before);
    // Also from the tray.
    let result = d.apply(Edit::Move {
        responsibility: rid("vendor-management"),
        to: Some(eid("CIO")),
    });
    assert_eq!(result, Err(EditError::UnknownExecutive("CIO".into())));
    assert_eq!(d, before);
}

#[test]
fn moving_an_unknown_responsibility_is_refused_and_changes_nothing() {
    let mut d = default_design();
    let before = d.clone();
    for to in [Some(eid("cio")), None] {
        let result = d.apply(Edit::Move {
            responsibility: rid("no-such-thing"),
            to,
        });
        assert_eq!(
            result,
            Err(EditError::UnknownResponsibility("no-such-thing".into()))
        );
        assert_eq!(d, before);
    }
}

#[test]
fn removing_an_executive_sends_its_items_to_the_tray() {
    let mut d = default_design();
    let n = d.responsibilities.len();
    let cio_items: Vec<ResponsibilityId> = d
        .owned_by(Some(&eid("cio")))
        .map(|r| r.id.clone())
        .collect();
    assert!(!cio_items.is_empty());
    assert_eq!(d.apply(Edit::RemoveExecutive(eid("cio"))), Ok(true));
    assert!(d.executive(&eid("cio")).is_none());
    for id in &cio_items {
        assert_eq!(d.responsibility(id).unwrap().owner, None, "{id}");
    }
    assert_one_place_each(&d, n);
    let balance = DesignBalance::of(&d);
    assert_eq!(balance.executives.len(), 1);
    assert!(balance.unassigned.count >= cio_items.len());
}

// ---------------------------------------------------------------- adding

/// `Design::apply` promises to refuse anything that would make the design
/// invalid; a design that fails `validate` could be saved but never loaded.
#[test]
fn adding_a_responsibility_with_text_over_the_limits_is_refused() {
    use remit::model::edit::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
    let d0 = default_design();
    let long_name = item("long-name", 0.5, 1.0, Some("cio"));
    let long_name = Responsibility {
        name: "n".repeat(MAX_NAME_CHARS + 1),
        ..long_name
    };
    let long_notes = Responsibility {
        notes: "n".repeat(MAX_TEXT_CHARS + 1),
        ..item("long-notes", 0.5, 1.0, None)
    };
    let long_description = Responsibility {
        description: "d".repeat(MAX_TEXT_CHARS + 1),
        ..item("long-description", 0.5, 1.0, None)
    };
    for r in [long_name, long_notes, long_description] {
        let mut d = d0.clone();
        let id = r.id.clone();
        let result = d.apply(Edit::Add(r));
        assert!(
            matches!(result, Err(EditError::Invalid(_))),
            "adding {id} gave {result:?}"
        );
        assert_eq!(d, d0, "adding {id} changed the design");
        assert!(rules::validate(&d).is_ok());
    }
    // At the limits it is fine.
    let mut d = d0.clone();
    let at_limit = Responsibility {
        name: "n".repeat(MAX_NAME_CHARS),
        notes: "n".repeat(MAX_TEXT_CHARS),
        ..item("at-limit", 0.5, 1.0, None)
    };
    assert_eq!(d.apply(Edit::Add(at_limit)), Ok(true));
    assert!(rules::validate(&d).is_ok());
}

#[test]
fn adding_an_executive_with_a_title_over_the_limit_is_refused() {
    use remit::model::edit::MAX_NAME_CHARS;
    let d0 = default_design();
    for (short, full) in [
        ("x".repeat(MAX_NAME_CHARS + 1), "X".to_owned()),
        ("X".to_owned(), "x".repeat(MAX_NAME_CHARS + 1)),
    ] {
        let mut d = d0.clone();
        let result = d.apply(Edit::AddExecutive(Executive {
            short_title: short,
            full_title: full,
            ..exec("ciso")
        }));
        assert!(matches!(result, Err(EditError::Invalid(_))), "{result:?}");
        assert_eq!(d, d0);
    }
}

#[test]
fn adding_invalid_responsibilities_is_refused_and_changes_nothing() {
    let d0 = default_design();
    let cases = [
        item("pmo", 0.5, 1.0, None),           // id taken
        item("  ", 0.5, 1.0, None),            // blank id
        item("new", 0.5, 1.0, Some("nobody")), // unknown owner
        item("new", 1.5, 1.0, None),
        item("new", f64::NAN, 1.0, None),
        item("new", 0.5, 0.0, None),
        item("new", 0.5, -1.0, None),
        item("new", 0.5, f64::NAN, None),
        item("new", 0.5, f64::INFINITY, None),
    ];
    for r in cases {
        let mut d = d0.clone();
        let what = format!("{r:?}");
        assert!(d.apply(Edit::Add(r)).is_err(), "{what} was added");
        assert_eq!(d, d0, "{what}");
    }
    let mut d = d0.clone();
    assert_eq!(
        d.apply(Edit::Add(item("new", 0.5, 1.0, Some("cto")))),
        Ok(true)
    );
    assert_one_place_each(&d, d0.responsibilities.len() + 1);
}

// ---------------------------------------------------------------- move order

fn ids(d: &Design) -> Vec<&str> {
    d.responsibilities.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn a_moved_card_keeps_its_line_and_a_box_lists_its_cards_in_the_files_order() {
    let mut d = design(
        &["cio", "cto", "ciso"],
        vec![
            item("a", 0.1, 1.0, Some("cio")),
            item("b", 0.9, 1.0, Some("cto")),
            item("c", 0.2, 1.0, Some("cio")),
            item("t", 0.5, 1.0, None),
            item("d", 0.8, 1.0, Some("cto")),
            item("e", 0.3, 1.0, Some("cio")),
        ],
    );
    let move_to = |d: &mut Design, id: &str, to: Option<&str>| {
        d.apply(Edit::Move {
            responsibility: rid(id),
            to: to.map(eid),
        })
    };
    let boxed = |d: &Design, owner: Option<&str>| -> Vec<String> {
        let owner = owner.map(eid);
        d.owned_by(owner.as_ref()).map(|r| r.id.0.clone()).collect()
    };
    // To the CTO: first in its box, because it is first in the file.
    assert_eq!(move_to(&mut d, "a", Some("cto")), Ok(true));
    assert_eq!(ids(&d), ["a", "b", "c", "t", "d", "e"]);
    assert_eq!(boxed(&d, Some("cto")), ["a", "b", "d"]);
    // To the tray, and to an executive with no cards.
    assert_eq!(move_to(&mut d, "e", None), Ok(true));
    assert_eq!(boxed(&d, None), ["t", "e"]);
    assert_eq!(move_to(&mut d, "b", Some("ciso")), Ok(true));
    assert_eq!(ids(&d), ["a", "b", "c", "t", "d", "e"]);
    assert_eq!(boxed(&d, Some("ciso")), ["b"]);
    // Where it already is: nothing at all.
    let before = d.clone();
    assert_eq!(move_to(&mut d, "c", Some("cio")), Ok(false));
    assert_eq!(d, before);
    // Reordering is an edit of its own, and moves only among the box's cards.
    assert_eq!(
        d.apply(Edit::Reorder {
            responsibility: rid("d"),
            slot: 0,
        }),
        Ok(true)
    );
    assert_eq!(boxed(&d, Some("cto")), ["d", "a"]);
    assert_eq!(ids(&d), ["d", "a", "b", "c", "t", "e"]);
}

#[test]
fn a_move_saved_changes_one_line_of_the_file_and_adds_its_decision() {
    let mut doc = remit::document::Document::untitled(remit::templates::default_design());
    for (card, to) in [
        ("security", Some("cto")),
        ("rnd", None),
        ("pmo", Some("cto")),
    ] {
        let before = remit::file::to_text(doc.design()).unwrap();
        let moved = doc.apply(Edit::Move {
            responsibility: rid(card),
            to: to.map(eid),
        });
        assert_eq!(moved, Ok(true));
        let after = remit::file::to_text(doc.design()).unwrap();
        // Lines taken out and lines put in (as a diff counts them).
        let mut removed: Vec<&str> = before.lines().collect();
        let mut added: Vec<&str> = Vec::new();
        for line in after.lines() {
            match removed.iter().position(|l| *l == line) {
                Some(at) => {
                    removed.remove(at);
                }
                None => added.push(line),
            }
        }
        // Only the card's own line is taken out...
        assert_eq!(removed.len(), 1, "{card}: {removed:#?}");
        assert!(
            removed[0].contains(&format!("(id: \"{card}\"")),
            "{removed:?}"
        );
        // ...and put back changed, with the decision (and, the first time,
        // the log's brackets).
        let card_lines = added
            .iter()
            .filter(|l| l.contains(&format!("(id: \"{card}\"")))
            .count();
        let decisions = added
            .iter()
            .filter(|l| l.contains(&format!("(responsibility: \"{card}\"")))
            .count();
        assert_eq!((card_lines, decisions), (1, 1), "{card}: {added:#?}");
        assert!(added.len() <= 4, "{card}: {added:#?}");
        // And the card's line is where it was.
        let at = |text: &str| {
            text.lines()
                .position(|l| l.contains(&format!("(id: \"{card}\"")))
        };
        assert_eq!(at(&before), at(&after));
    }
}

// ---------------------------------------------------------------- executive ids

#[test]
fn renaming_an_executive_id_takes_its_cards_along() {
    let d0 = default_design();
    let mut d = d0.clone();
    let cto_cards: Vec<ResponsibilityId> = d
        .owned_by(Some(&eid("cto")))
        .map(|r| r.id.clone())
        .collect();
    assert!(!cto_cards.is_empty());
    let edit = Edit::RenameExecutiveId {
        from: eid("cto"),
        to: eid("chief-technology-officer"),
    };
    assert_eq!(d.apply(edit), Ok(true));
    let renamed = d.executive(&eid("chief-technology-officer")).unwrap();
    let old = d0.executive(&eid("cto")).unwrap();
    assert_eq!(
        (&renamed.short_title, renamed.colour, renamed.position),
        (&old.short_title, old.colour, old.position),
        "only the id changes"
    );
    assert_eq!(d.executives.len(), d0.executives.len());
    let now: Vec<ResponsibilityId> = d
        .owned_by(Some(&eid("chief-technology-officer")))
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(now, cto_cards);
    assert_eq!(ids(&d), ids(&d0), "no card moves in the list");
    assert_eq!(d.owned_by(Some(&eid("cto"))).count(), 0);
    assert_one_place_each(&d, d0.responsibilities.len());
    assert_eq!(
        DesignBalance::of(&d)
            .executive(&eid("chief-technology-officer"))
            .external_percent(),
        DesignBalance::of(&d0)
            .executive(&eid("cto"))
            .external_percent()
    );
}

#[test]
fn renaming_an_executive_id_is_checked_like_any_id() {
    let d0 = default_design();
    let rename = |from: &str, to: &str| Edit::RenameExecutiveId {
        from: eid(from),
        to: eid(to),
    };
    let mut d = d0.clone();
    assert_eq!(d.apply(rename("cio", "cio")), Ok(false), "to itself");
    assert_eq!(
        d.apply(rename("cio", "cto")),
        Err(EditError::DuplicateId("cto".into()))
    );
    assert_eq!(
        d.apply(rename("nobody", "x")),
        Err(EditError::UnknownExecutive("nobody".into()))
    );
    let long = "x".repeat(rules::MAX_ID_CHARS + 1);
    for (to, problem) in [
        (" ", Problem::EmptyId),
        ("ci\u{1b}o", Problem::ControlCharacter { code: 0x1b }),
        (
            long.as_str(),
            Problem::TooLong {
                chars: rules::MAX_ID_CHARS + 1,
                max: rules::MAX_ID_CHARS,
            },
        ),
    ] {
        assert_eq!(
            d.apply(rename("cto", to)),
            Err(EditError::Invalid(RuleError {
                subject: Subject::Executive {
                    index: 1,
                    id: to.to_owned()
                },
                field: "id",
                problem,
            })),
            "{to:?}"
        );
    }
    assert_eq!(d, d0);
    // At the limit it is fine.
    let longest = "x".repeat(rules::MAX_ID_CHARS);
    assert_eq!(d.apply(rename("cto", &longest)), Ok(true));
    assert!(rules::validate(&d).is_ok());
}

// ---------------------------------------------------------------- rules

/// An edit that would break a rule is refused with that rule: the item (by
/// position and id), the field, and what is wrong.
#[test]
fn edits_are_refused_with_the_rule_they_would_break() {
    let d0 = default_design();
    let pmo_index = d0
        .responsibilities
        .iter()
        .position(|r| r.id.as_str() == "pmo")
        .unwrap();
    let pmo = || Subject::Responsibility {
        index: pmo_index,
        id: "pmo".into(),
    };
    let cio = || Subject::Executive {
        index: 0,
        id: "cio".into(),
    };
    let new_card = Subject::Responsibility {
        index: d0.responsibilities.len(),
        id: String::new(),
    };
    let too_long = |max: usize| Problem::TooLong {
        chars: max + 1,
        max,
    };
    let control = |code: u32| Problem::ControlCharacter { code };
    let at = |x: f32, y: f32| Position { x, y };
    let cases: Vec<(Edit, Subject, &str, Problem)> = vec![
        (
            Edit::SetName(rid("pmo"), "a\u{1b}[2Jb".into()),
            pmo(),
            "name",
            control(0x1b),
        ),
        (
            Edit::SetName(rid("pmo"), "two\nlines".into()),
            pmo(),
            "name",
            control(0x0a),
        ),
        (
            Edit::SetName(rid("pmo"), "n".repeat(rules::MAX_NAME_CHARS + 1)),
            pmo(),
            "name",
            too_long(rules::MAX_NAME_CHARS),
        ),
        (
            Edit::SetDescription(rid("pmo"), "bell\u{7}".into()),
            pmo(),
            "description",
            control(0x07),
        ),
        (
            Edit::SetNotes(rid("pmo"), "escape\u{1b}".into()),
            pmo(),
            "notes",
            control(0x1b),
        ),
        (
            Edit::SetNotes(rid("pmo"), "n".repeat(rules::MAX_TEXT_CHARS + 1)),
            pmo(),
            "notes",
            too_long(rules::MAX_TEXT_CHARS),
        ),
        (
            Edit::SetShare(rid("pmo"), 1.5),
            pmo(),
            "external_share",
            Problem::Share(1.5),
        ),
        (
            Edit::SetShare(rid("pmo"), -0.1),
            pmo(),
            "external_share",
            Problem::Share(-0.1),
        ),
        (
            // Checked as given, as a file's value is: over 1, however little.
            Edit::SetShare(rid("pmo"), 1.000_06),
            pmo(),
            "external_share",
            Problem::Share(1.000_06),
        ),
        (
            Edit::SetSize(rid("pmo"), 0.0),
            pmo(),
            "size",
            Problem::Size(0.0),
        ),
        (
            // Below the smallest size.
            Edit::SetSize(rid("pmo"), 0.000_04),
            pmo(),
            "size",
            Problem::Size(0.000_04),
        ),
        (
            Edit::SetSize(rid("pmo"), rules::MAX_SIZE + 1.0),
            pmo(),
            "size",
            Problem::Size(rules::MAX_SIZE + 1.0),
        ),
        (
            Edit::SetShortTitle(eid("cio"), "C\tIO".into()),
            cio(),
            "short_title",
            control(0x09),
        ),
        (
            Edit::SetFullTitle(eid("cio"), "x".repeat(rules::MAX_NAME_CHARS + 1)),
            cio(),
            "full_title",
            too_long(rules::MAX_NAME_CHARS),
        ),
        (
            Edit::MoveExecutive(eid("cio"), at(rules::MAX_COORDINATE + 1.0, 0.0)),
            cio(),
            "position",
            Problem::Position,
        ),
        (
            Edit::MoveExecutive(eid("cio"), at(0.0, f32::NEG_INFINITY)),
            cio(),
            "position",
            Problem::Position,
        ),
        (
            Edit::SetDesignName("a\u{85}b".into()),
            Subject::Design,
            "name",
            control(0x85),
        ),
        (
            Edit::SetSizeUnit("k€\0".into()),
            Subject::Design,
            "size_unit",
            control(0),
        ),
        (
            Edit::Add(item("", 0.5, 1.0, None)),
            new_card.clone(),
            "id",
            Problem::EmptyId,
        ),
    ];
    for (edit, subject, field, problem) in cases {
        let mut d = d0.clone();
        let what = format!("{edit:?}");
        let expected = RuleError {
            subject,
            field,
            problem,
        };
        assert_eq!(
            d.apply(edit),
            Err(EditError::Invalid(expected.clone())),
            "{what}"
        );
        assert_eq!(d, d0, "{what} changed the design");
        // The same words the loader would use.
        assert_eq!(
            EditError::Invalid(expected.clone()).to_string(),
            expected.to_string()
        );
    }
    // New items are named by their id and where they would go.
    let mut d = d0.clone();
    let id = "i\u{1}d";
    let result = d.apply(Edit::Add(item(id, 0.5, 1.0, None)));
    assert_eq!(
        result,
        Err(EditError::Invalid(RuleError {
            subject: Subject::Responsibility {
                index: d0.responsibilities.len(),
                id: id.into(),
            },
            field: "id",
            problem: control(1),
        }))
    );
    let result = d.apply(Edit::AddExecutive(Executive {
        position: at(f32::NAN, 0.0),
        ..exec("ciso")
    }));
    assert_eq!(
        result,
        Err(EditError::Invalid(RuleError {
            subject: Subject::Executive {
                index: d0.executives.len(),
                id: "ciso".into(),
            },
            field: "position",
            problem: Problem::Position,
        }))
    );
    assert_eq!(d, d0);
}

#[test]
fn values_at_the_limits_are_accepted() {
    let mut d = default_design();
    let edits = [
        Edit::SetSize(rid("pmo"), rules::MIN_SIZE),
        Edit::SetSize(rid("rnd"), rules::MAX_SIZE),
        Edit::SetShare(rid("pmo"), 0.0),
        Edit::SetShare(rid("rnd"), 1.0),
        Edit::MoveExecutive(
            eid("cio"),
            Position {
                x: -rules::MAX_COORDINATE,
                y: rules::MAX_COORDINATE,
            },
        ),
        Edit::SetName(rid("pmo"), "n".repeat(rules::MAX_NAME_CHARS)),
        Edit::SetNotes(rid("pmo"), "n".repeat(rules::MAX_TEXT_CHARS)),
        // Names may hold any printable text, including invisible marks.
        Edit::SetName(rid("rnd"), "Sécurité – \u{202e}✓ 😀".into()),
        // Text blocks keep lines and tabs.
        Edit::SetDescription(rid("rnd"), "one\n\ttwo".into()),
    ];
    for edit in edits {
        let what = format!("{edit:?}");
        assert_eq!(d.apply(edit), Ok(true), "{what}");
    }
    assert_eq!(rules::validate(&d), Ok(()));
}

/// Numbers are kept on a grid (shares and sizes to 4 decimals, positions
/// to whole points), so an edit to a value that only looks different from
/// the one there (a slider's 0.35000000000000003 against 0.35) is no edit,
/// and what is stored prints short.
#[test]
fn a_value_that_only_looks_different_is_no_edit() {
    let d0 = default_design();
    let mut d = d0.clone();
    let slider = (0.35_f64 / 0.01).round() * 0.01;
    assert_ne!(slider, 0.35);
    let id = rid("data-analytics");
    assert_eq!(d.responsibility(&id).unwrap().external_share, 0.35);
    assert_eq!(d.apply(Edit::SetShare(id.clone(), slider)), Ok(false));
    assert_eq!(d.apply(Edit::SetShare(id.clone(), 0.350_04)), Ok(false));
    let size = d.responsibility(&id).unwrap().size;
    assert_eq!(d.apply(Edit::SetSize(id.clone(), size + 1e-9)), Ok(false));
    assert_eq!(
        d.apply(Edit::SetSize(id.clone(), size - 0.000_04)),
        Ok(false)
    );
    let cio = d.executives[0].position;
    let nudged = Position {
        x: cio.x + 0.3,
        y: cio.y - 0.4,
    };
    assert_eq!(d.apply(Edit::MoveExecutive(eid("cio"), nudged)), Ok(false));
    assert_eq!(d, d0, "nothing changed");

    // What is stored is on the grid.
    assert_eq!(d.apply(Edit::SetShare(id.clone(), 0.123_456)), Ok(true));
    assert_eq!(d.apply(Edit::SetSize(id.clone(), 2.000_049)), Ok(true));
    assert_eq!(d.apply(Edit::SetShare(rid("pmo"), 0.000_01)), Ok(true));
    let moved = Position { x: 10.6, y: -3.4 };
    assert_eq!(d.apply(Edit::MoveExecutive(eid("cio"), moved)), Ok(true));
    let r = d.responsibility(&id).unwrap();
    assert_eq!((r.external_share, r.size), (0.1235, 2.0));
    assert_eq!(r.external_share.to_string(), "0.1235");
    let pmo = d.responsibility(&rid("pmo")).unwrap();
    assert_eq!(pmo.external_share.to_bits(), 0.0_f64.to_bits(), "not -0");
    assert_eq!(d.executives[0].position, Position { x: 11.0, y: -3.0 });
    // Line breaks from other systems are stored as `\n`.
    let notes = Edit::SetNotes(id.clone(), "one\r\ntwo\rthree".into());
    assert_eq!(d.apply(notes), Ok(true));
    assert_eq!(d.responsibility(&id).unwrap().notes, "one\ntwo\nthree");
    assert_eq!(
        d.apply(Edit::SetNotes(id, "one\ntwo\r\nthree".into())),
        Ok(false)
    );
}

#[test]
fn normalize_puts_a_design_on_the_grid_and_keeps_it_valid() {
    let mut d = design(
        &["cio"],
        vec![
            Responsibility {
                description: "a\r\nb".into(),
                notes: "c\rd".into(),
                ..item("a", 0.123_456, 2.000_04, Some("cio"))
            },
            item("b", 1.0 / 3.0, 0.1 + 0.2, None),
        ],
    );
    d.executives[0].position = Position { x: 23.6, y: -0.2 };
    assert_eq!(rules::validate(&d), Ok(()));
    rules::normalize(&mut d);
    let a = &d.responsibilities[0];
    assert_eq!((a.external_share, a.size), (0.1235, 2.0));
    assert_eq!((a.description.as_str(), a.notes.as_str()), ("a\nb", "c\nd"));
    let b = &d.responsibilities[1];
    assert_eq!((b.external_share, b.size), (0.3333, 0.3));
    assert_eq!(d.executives[0].position, Position { x: 24.0, y: 0.0 });
    assert_eq!(d.executives[0].position.y.to_bits(), 0.0_f32.to_bits());
    assert_eq!(rules::validate(&d), Ok(()));
    // Once on the grid, it stays put.
    let once = d.clone();
    rules::normalize(&mut d);
    assert_eq!(d, once);
    // Every template is on the grid already.
    for template in TEMPLATES {
        let t = (template.build)();
        let mut on_grid = t.clone();
        rules::normalize(&mut on_grid);
        assert_eq!(on_grid, t, "{}", template.file_stem);
    }
}

/// `validate` finds what an edit would have refused, in a design built
/// by hand, and names the item and field.
#[test]
fn validate_names_the_item_and_the_field() {
    let d0 = default_design();
    let check = |change: &dyn Fn(&mut Design), subject: Subject, field: &str, problem: Problem| {
        let mut d = d0.clone();
        change(&mut d);
        let err = rules::validate(&d).expect_err(field);
        assert_eq!(
            (err.subject, err.field, err.problem),
            (subject, field, problem)
        );
    };
    check(
        &|d| d.executives[1].id = eid("cio"),
        Subject::Executive {
            index: 1,
            id: "cio".into(),
        },
        "id",
        Problem::DuplicateId { first_index: 0 },
    );
    check(
        &|d| d.responsibilities[3].id = d.responsibilities[1].id.clone(),
        Subject::Responsibility {
            index: 3,
            id: d0.responsibilities[1].id.0.clone(),
        },
        "id",
        Problem::DuplicateId { first_index: 1 },
    );
    check(
        &|d| d.responsibilities[0].owner = Some(eid("ciso")),
        Subject::Responsibility {
            index: 0,
            id: d0.responsibilities[0].id.0.clone(),
        },
        "owner",
        Problem::UnknownOwner("ciso".into()),
    );
    check(
        &|d| d.responsibilities[2].size = -2.0,
        Subject::Responsibility {
            index: 2,
            id: d0.responsibilities[2].id.0.clone(),
        },
        "size",
        Problem::Size(-2.0),
    );
    check(
        &|d| d.executives[0].position.x = f32::INFINITY,
        Subject::Executive {
            index: 0,
            id: "cio".into(),
        },
        "position",
        Problem::Position,
    );
    check(
        &|d| d.name = "x".repeat(rules::MAX_NAME_CHARS + 1),
        Subject::Design,
        "name",
        Problem::TooLong {
            chars: rules::MAX_NAME_CHARS + 1,
            max: rules::MAX_NAME_CHARS,
        },
    );
}

// ---------------------------------------------------------------- words

#[test]
fn numbers_are_written_for_people_the_same_everywhere() {
    assert_eq!(format::size(5.0), "5");
    assert_eq!(format::size(2.5), "2.5");
    assert_eq!(format::size(0.126), "0.13");
    assert_eq!(format::size(rules::MAX_SIZE), "1000000000");
    assert_eq!(format::percent(Some(75)), "75%");
    assert_eq!(format::percent(None), "–");
    assert_eq!(format::number(0.35), "0.35");
    assert_eq!(format::number(1.7e308), "1.7e308");
    assert_eq!(format::number(f64::NAN), "NaN");
    // Rule messages use them: a huge size does not print as 309 digits.
    let err = RuleError {
        subject: Subject::Responsibility {
            index: 0,
            id: "pmo".into(),
        },
        field: "size",
        problem: Problem::Size(1.7e308),
    };
    let message = err.to_string();
    assert!(message.contains("1.7e308"), "{message}");
    assert!(message.contains("pmo"), "{message}");
}

// ---------------------------------------------------------------- the org chart

fn to(id: &str) -> ReportsTo {
    ReportsTo::Executive(eid(id))
}

fn line(from: &str, to: &str) -> DottedLine {
    DottedLine {
        from: eid(from),
        to: eid(to),
    }
}

/// A chart with a CEO box: the CIO and the CTO report to the CEO, the CISO
/// to the CIO, an architect (ARCH) and an analyst (ANA) to the CISO, the
/// CPO to the COO (not on the chart), and no one says whom the VP reports
/// to. Two dotted lines touch the CISO, one does not; cards have roles.
fn chart() -> Design {
    let mut d = design(
        &["cio", "cto", "ciso", "arch", "ana", "cpo", "vp"],
        vec![
            item("infrastructure", 0.1, 5.0, Some("cio")),
            item("security", 0.4, 3.0, Some("ciso")),
            item("audit", 0.3, 2.0, Some("ciso")),
            item("product", 0.9, 6.0, Some("cto")),
            item("vendors", 0.5, 2.0, None),
        ],
    );
    d.ceo = Some(Ceo {
        title: "Chief Executive".into(),
        name: "Ada".into(),
        position: Position { x: 300.0, y: 0.0 },
    });
    let manager = [
        ReportsTo::Ceo,
        ReportsTo::Ceo,
        to("cio"),
        to("ciso"),
        to("ciso"),
        ReportsTo::Outside("COO".into()),
        ReportsTo::NotSet,
    ];
    for (e, m) in d.executives.iter_mut().zip(manager) {
        e.reports_to = m;
    }
    d.executives[0].orientation = Orientation::Internal;
    d.dotted_lines = vec![
        line("ciso", "cto"),
        line("cpo", "cto"),
        line("arch", "ciso"),
    ];
    let roles = [
        ("infrastructure", "ciso", Role::Consulted),
        ("infrastructure", "cto", Role::Informed),
        ("security", "cio", Role::Responsible),
        ("security", "cto", Role::Informed),
        ("product", "ciso", Role::Consulted),
        ("vendors", "ciso", Role::Responsible),
    ];
    for (card, executive, role) in roles {
        d.responsibility_mut(&rid(card))
            .unwrap()
            .roles
            .insert(eid(executive), role);
    }
    assert_eq!(rules::validate(&d), Ok(()));
    d
}

fn index_of_exec(d: &Design, id: &str) -> usize {
    d.executives
        .iter()
        .position(|e| e.id.as_str() == id)
        .unwrap()
}

#[test]
fn a_manager_that_would_close_a_loop_is_refused_and_the_loop_named() {
    let d0 = chart();
    let mut d = d0.clone();
    // ARCH reports to the CISO, who reports to the CIO.
    let err = d
        .apply(Edit::SetReportsTo(eid("cio"), to("arch")))
        .expect_err("a loop");
    assert_eq!(
        err,
        EditError::Invalid(RuleError {
            subject: Subject::Executive {
                index: 0,
                id: "cio".into()
            },
            field: "reports_to",
            problem: Problem::ReportingLoop(vec![
                "CIO".into(),
                "ARCH".into(),
                "CISO".into(),
                "CIO".into()
            ]),
        })
    );
    let message = err.to_string();
    assert!(
        message.contains("CIO reports to ARCH, which reports to CISO, which reports to CIO"),
        "{message}"
    );
    assert!(message.contains("loop"), "{message}");
    assert!(message.contains("executive \"cio\""), "{message}");
    assert_eq!(d, d0, "the design is unchanged");

    // The shortest loop: two executives reporting to each other.
    let err = d
        .apply(Edit::SetReportsTo(eid("cio"), to("ciso")))
        .expect_err("a loop");
    assert!(
        err.to_string()
            .contains("CIO reports to CISO, which reports to CIO"),
        "{err}"
    );
    // Reporting to oneself, to someone not on the chart, to no one outside.
    let ciso = index_of_exec(&d0, "ciso");
    let refused = |problem: Problem| {
        Err(EditError::Invalid(RuleError {
            subject: Subject::Executive {
                index: ciso,
                id: "ciso".into(),
            },
            field: "reports_to",
            problem,
        }))
    };
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("ciso"), to("ciso"))),
        refused(Problem::ToItself)
    );
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("ciso"), to("coo"))),
        refused(Problem::UnknownExecutive("coo".into()))
    );
    assert_eq!(
        d.apply(Edit::SetReportsTo(
            eid("ciso"),
            ReportsTo::Outside(" ".into())
        )),
        refused(Problem::Empty)
    );
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("nobody"), ReportsTo::Ceo)),
        Err(EditError::UnknownExecutive("nobody".into()))
    );
    assert_eq!(d, d0, "the design is unchanged");

    // Moving a whole branch is fine: the CISO (with ARCH and ANA) to the CTO.
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("ciso"), to("cto"))),
        Ok(true)
    );
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("ciso"), to("cto"))),
        Ok(false)
    );
    // And now the CIO may report to the architect: no loop any more.
    assert_eq!(
        d.apply(Edit::SetReportsTo(eid("cio"), to("arch"))),
        Ok(true)
    );
    assert_eq!(rules::validate(&d), Ok(()));
}

/// Removing an executive in the middle of the chart: its reports report to
/// its own manager, whatever kind that is; its dotted lines and its roles
/// go; its cards go to the tray; one undo brings everything back exactly.
#[test]
fn removing_a_manager_moves_its_reports_up_and_one_undo_restores_everything() {
    for up in [
        to("cio"),
        ReportsTo::Ceo,
        ReportsTo::NotSet,
        ReportsTo::Outside("COO".into()),
    ] {
        let mut d0 = chart();
        d0.apply(Edit::SetReportsTo(eid("ciso"), up.clone()))
            .unwrap();
        let mut doc = Document::untitled(d0.clone());
        assert_eq!(doc.apply(Edit::RemoveExecutive(eid("ciso"))), Ok(true));
        let d = doc.design().clone();
        let what = format!("the CISO reporting to {up:?}");

        assert!(d.executive(&eid("ciso")).is_none(), "{what}");
        assert_eq!(d.executives.len(), d0.executives.len() - 1, "{what}");
        for id in ["arch", "ana"] {
            assert_eq!(
                d.executive(&eid(id)).unwrap().reports_to,
                up,
                "{what}: {id}"
            );
        }
        // Everyone else keeps their manager.
        for e in &d.executives {
            if !["arch", "ana"].contains(&e.id.as_str()) {
                assert_eq!(
                    Some(&e.reports_to),
                    d0.executive(&e.id).map(|x| &x.reports_to),
                    "{what}: {}",
                    e.id
                );
            }
        }
        assert_eq!(d.dotted_lines, [line("cpo", "cto")], "{what}");
        for r in &d.responsibilities {
            assert!(!r.roles.contains_key(&eid("ciso")), "{what}: {}", r.id);
            let before = d0.responsibility(&r.id).unwrap();
            let mut kept = before.roles.clone();
            kept.remove(&eid("ciso"));
            assert_eq!(r.roles, kept, "{what}: other roles stay");
        }
        for id in ["security", "audit"] {
            assert_eq!(d.responsibility(&rid(id)).unwrap().owner, None, "{what}");
        }
        assert_eq!(ids(&d), ids(&d0), "{what}: no card moves in the list");
        assert_eq!(rules::validate(&d), Ok(()), "{what}");
        // Nothing anywhere still names the CISO.
        let text = remit::file::to_text(&d).unwrap();
        assert!(!text.contains("\"ciso\""), "{what}:\n{text}");

        assert_eq!(doc.undo_label(), Some("remove CISO"), "{what}");
        assert_eq!(doc.undo().as_deref(), Some("remove CISO"), "{what}");
        assert_eq!(doc.design(), &d0, "{what}: one undo restores everything");
        assert!(!doc.can_undo(), "{what}: it was one step");
        assert!(doc.redo().is_some());
        assert_eq!(doc.design(), &d, "{what}: redo removes it again");
    }
}

#[test]
fn removing_an_executive_at_the_top_leaves_its_reports_where_it_was() {
    let d0 = chart();
    let mut d = d0.clone();
    // The CIO reports to the CEO: the CISO now does.
    assert_eq!(d.apply(Edit::RemoveExecutive(eid("cio"))), Ok(true));
    assert_eq!(
        d.executive(&eid("ciso")).unwrap().reports_to,
        ReportsTo::Ceo
    );
    assert!(
        !d.responsibility(&rid("security"))
            .unwrap()
            .roles
            .contains_key(&eid("cio"))
    );
    // Removing an executive no one reports to changes no one's manager.
    let mut d = d0.clone();
    assert_eq!(d.apply(Edit::RemoveExecutive(eid("vp"))), Ok(true));
    for e in &d.executives {
        assert_eq!(
            Some(&e.reports_to),
            d0.executive(&e.id).map(|x| &x.reports_to)
        );
    }
    assert_eq!(d.dotted_lines, d0.dotted_lines);
}

#[test]
fn renaming_an_executive_id_updates_managers_dotted_lines_and_roles() {
    let d0 = chart();
    let mut d = d0.clone();
    let edit = Edit::RenameExecutiveId {
        from: eid("ciso"),
        to: eid("security-chief"),
    };
    assert_eq!(d.apply(edit), Ok(true));
    assert_eq!(rules::validate(&d), Ok(()));
    let chief = eid("security-chief");
    assert_eq!(
        d.executive(&chief).unwrap().reports_to,
        to("cio"),
        "its own manager stays"
    );
    for id in ["arch", "ana"] {
        assert_eq!(
            d.executive(&eid(id)).unwrap().reports_to,
            to("security-chief")
        );
    }
    assert_eq!(
        d.dotted_lines,
        [
            line("security-chief", "cto"),
            line("cpo", "cto"),
            line("arch", "security-chief")
        ]
    );
    let role = |card: &str, who: &ExecutiveId| {
        d.responsibility(&rid(card))
            .unwrap()
            .roles
            .get(who)
            .copied()
    };
    assert_eq!(role("infrastructure", &chief), Some(Role::Consulted));
    assert_eq!(role("product", &chief), Some(Role::Consulted));
    assert_eq!(role("vendors", &chief), Some(Role::Responsible));
    assert_eq!(
        d.owned_by(Some(&chief)).count(),
        d0.owned_by(Some(&eid("ciso"))).count()
    );
    let text = remit::file::to_text(&d).unwrap();
    assert!(!text.contains("\"ciso\""), "{text}");
    // Renamed back, it is the design it was.
    let back = Edit::RenameExecutiveId {
        from: chief,
        to: eid("ciso"),
    };
    assert_eq!(d.apply(back), Ok(true));
    assert_eq!(d, d0);
}

#[test]
fn set_role_refuses_the_owner_and_none_takes_a_role_away() {
    let d0 = chart();
    let mut d = d0.clone();
    let set = |card: &str, who: &str, role: Option<Role>| Edit::SetRole {
        responsibility: rid(card),
        executive: eid(who),
        role,
    };
    let security = d0
        .responsibilities
        .iter()
        .position(|r| r.id.as_str() == "security")
        .unwrap();
    // The CISO owns security: it is the one accountable.
    let err = d
        .apply(set("security", "ciso", Some(Role::Responsible)))
        .expect_err("the owner");
    assert_eq!(
        err,
        EditError::Invalid(RuleError {
            subject: Subject::Responsibility {
                index: security,
                id: "security".into()
            },
            field: "roles",
            problem: Problem::RoleForOwner("ciso".into()),
        })
    );
    assert!(err.to_string().contains("\"ciso\" owns it"), "{err}");
    assert_eq!(
        d.apply(set("security", "nobody", Some(Role::Informed))),
        Err(EditError::UnknownExecutive("nobody".into()))
    );
    assert_eq!(
        d.apply(set("nothing", "cio", Some(Role::Informed))),
        Err(EditError::UnknownResponsibility("nothing".into()))
    );
    assert_eq!(d, d0);
    // The same role again is no edit; another role replaces it.
    assert_eq!(
        d.apply(set("security", "cio", Some(Role::Responsible))),
        Ok(false)
    );
    assert_eq!(d, d0);
    assert_eq!(
        d.apply(set("security", "cio", Some(Role::Consulted))),
        Ok(true)
    );
    assert_eq!(
        d.responsibility(&rid("security"))
            .unwrap()
            .roles
            .get(&eid("cio")),
        Some(&Role::Consulted)
    );
    // None takes it away; again, there is nothing to take.
    assert_eq!(d.apply(set("security", "cio", None)), Ok(true));
    assert!(
        !d.responsibility(&rid("security"))
            .unwrap()
            .roles
            .contains_key(&eid("cio"))
    );
    assert_eq!(d.apply(set("security", "cio", None)), Ok(false));
    // Taking away nothing from the owner is no edit either, not an error.
    assert_eq!(d.apply(set("security", "ciso", None)), Ok(false));
    // A card in the tray takes roles from anyone.
    assert_eq!(
        d.apply(set("vendors", "cio", Some(Role::Informed))),
        Ok(true)
    );
    assert_eq!(rules::validate(&d), Ok(()));
}

#[test]
fn moving_a_card_to_an_executive_with_a_role_on_it_drops_that_role() {
    let mut d = chart();
    // The CTO is informed on security; given the card, it is accountable.
    assert_eq!(
        d.apply(Edit::Move {
            responsibility: rid("security"),
            to: Some(eid("cto")),
        }),
        Ok(true)
    );
    let card = d.responsibility(&rid("security")).unwrap();
    assert_eq!(card.owner, Some(eid("cto")));
    assert_eq!(
        card.roles
            .iter()
            .map(|(e, r)| (e.as_str(), *r))
            .collect::<Vec<_>>(),
        [("cio", Role::Responsible)],
        "the other roles stay"
    );
    assert_eq!(rules::validate(&d), Ok(()));
    // To the tray, every role stays.
    assert_eq!(
        d.apply(Edit::Move {
            responsibility: rid("security"),
            to: None,
        }),
        Ok(true)
    );
    assert_eq!(d.responsibility(&rid("security")).unwrap().roles.len(), 1);
    // And from the tray, to the executive that was responsible.
    assert_eq!(
        d.apply(Edit::Move {
            responsibility: rid("security"),
            to: Some(eid("cio")),
        }),
        Ok(true)
    );
    assert!(d.responsibility(&rid("security")).unwrap().roles.is_empty());
    assert_eq!(rules::validate(&d), Ok(()));
}

#[test]
fn dotted_lines_join_two_executives_on_the_chart_once() {
    let d0 = chart();
    let mut d = d0.clone();
    assert_eq!(
        d.apply(Edit::AddDottedLine(line("cto", "cto"))),
        Err(EditError::Invalid(RuleError {
            subject: Subject::DottedLine { index: 3 },
            field: "to",
            problem: Problem::ToItself,
        }))
    );
    assert_eq!(
        d.apply(Edit::AddDottedLine(line("ciso", "cto"))),
        Err(EditError::Invalid(RuleError {
            subject: Subject::DottedLine { index: 3 },
            field: "to",
            problem: Problem::DuplicateLine { first_index: 0 },
        }))
    );
    assert_eq!(
        d.apply(Edit::AddDottedLine(line("ciso", "nobody"))),
        Err(EditError::UnknownExecutive("nobody".into()))
    );
    assert_eq!(
        d.apply(Edit::RemoveDottedLine(line("cto", "ciso"))),
        Ok(false)
    );
    assert_eq!(d, d0);
    // The other way round is another line.
    assert_eq!(d.apply(Edit::AddDottedLine(line("cto", "ciso"))), Ok(true));
    assert_eq!(d.dotted_lines.last(), Some(&line("cto", "ciso")));
    assert_eq!(
        d.apply(Edit::RemoveDottedLine(line("cto", "ciso"))),
        Ok(true)
    );
    assert_eq!(d, d0);
}

#[test]
fn the_ceo_box_is_shown_renamed_moved_and_hidden() {
    let mut d = chart();
    assert_eq!(d.apply(Edit::SetCeoName("Grace".into())), Ok(true));
    assert_eq!(d.apply(Edit::SetCeoName("Grace".into())), Ok(false));
    assert_eq!(d.apply(Edit::SetCeoTitle("CEO".into())), Ok(true));
    assert_eq!(
        d.apply(Edit::MoveCeo(Position { x: 10.4, y: 20.0 })),
        Ok(true)
    );
    assert_eq!(
        d.ceo.as_ref().map(|c| c.position),
        Some(Position { x: 10.0, y: 20.0 }),
        "on the grid"
    );
    assert!(d.apply(Edit::SetCeoTitle("C\u{1b}EO".into())).is_err());
    assert_eq!(d.apply(Edit::SetCeo(None)), Ok(true));
    // Those who reported to the CEO still do.
    assert_eq!(d.executive(&eid("cio")).unwrap().reports_to, ReportsTo::Ceo);
    assert_eq!(rules::validate(&d), Ok(()));
    assert_eq!(d.apply(Edit::SetCeoName("x".into())), Err(EditError::NoCeo));
    assert_eq!(
        d.apply(Edit::MoveCeo(Position { x: 0.0, y: 0.0 })),
        Err(EditError::NoCeo)
    );
}

#[test]
fn arranging_the_chart_moves_many_boxes_as_one_undo_step() {
    let d0 = chart();
    let mut doc = Document::untitled(d0.clone());
    let places: Vec<(ExecutiveId, Position)> = d0
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| {
            #[allow(clippy::cast_precision_loss)]
            let x = 24.0 + 200.0 * i as f32;
            (e.id.clone(), Position { x, y: 144.5 })
        })
        .collect();
    let arrange = Edit::Arrange {
        columns: Vec::new(),
        executives: places.clone(),
        ceo: Some(Position { x: 500.0, y: 24.0 }),
    };
    assert_eq!(doc.apply(arrange.clone()), Ok(true));
    for (id, p) in &places {
        assert_eq!(
            doc.design().executive(id).unwrap().position,
            rules::position(*p),
            "{id}"
        );
    }
    assert_eq!(
        doc.design().ceo.as_ref().unwrap().position,
        Position { x: 500.0, y: 24.0 }
    );
    let arranged = doc.design().clone();
    // Arranged again in the same places: nothing to undo.
    assert_eq!(doc.apply(arrange), Ok(false));
    assert_eq!(doc.undo_label(), Some("tidy the chart"));
    assert_eq!(doc.undo().as_deref(), Some("tidy the chart"));
    assert_eq!(doc.design(), &d0, "one undo puts every box back");
    assert!(!doc.can_undo());
    assert!(doc.redo().is_some());
    assert_eq!(doc.design(), &arranged);

    // One bad place refuses the whole arrangement: nothing moves, not
    // even the boxes listed before it.
    let before = doc.design().clone();
    let shifted: Vec<(ExecutiveId, Position)> = places
        .iter()
        .map(|(id, p)| {
            (
                id.clone(),
                Position {
                    x: p.x + 50.0,
                    ..*p
                },
            )
        })
        .collect();
    let mut with_nan = shifted.clone();
    with_nan[3].1.x = f32::NAN;
    let refused = doc.apply(Edit::Arrange {
        columns: Vec::new(),
        executives: with_nan,
        ceo: None,
    });
    assert!(
        matches!(
            &refused,
            Err(EditError::Invalid(RuleError {
                field: "position",
                problem: Problem::Position,
                ..
            }))
        ),
        "{refused:?}"
    );
    assert_eq!(doc.design(), &before);
    let mut unknown = shifted;
    unknown.push((eid("nobody"), Position::default()));
    assert_eq!(
        doc.apply(Edit::Arrange {
            columns: Vec::new(),
            executives: unknown,
            ceo: None
        }),
        Err(EditError::UnknownExecutive("nobody".into()))
    );
    assert_eq!(doc.design(), &before);
    // Without a CEO box, there is no CEO box to arrange.
    let mut d = d0;
    d.ceo = None;
    assert_eq!(
        d.apply(Edit::Arrange {
            columns: Vec::new(),
            executives: Vec::new(),
            ceo: Some(Position::default())
        }),
        Err(EditError::NoCeo)
    );
}
