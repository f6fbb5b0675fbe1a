//! The domain model without a window: balance arithmetic (per executive, the
//! unassigned tray and the organisation), the facing thresholds, the built-in
//! catalog, that every template validates, and that moving responsibilities
//! with `Design::apply` keeps each one in exactly one place.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use remit::model::catalog::CATALOG;
use remit::model::file_format;
use remit::model::templates::{TEMPLATES, default_design};
use remit::model::{
    Balance, Design, DesignBalance, Edit, EditError, Executive, ExecutiveId, Facing, Position,
    Responsibility, ResponsibilityId, Rgb,
};

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
    }
}

fn design(executives: &[&str], items: Vec<Responsibility>) -> Design {
    let mut d = Design::empty("test");
    d.executives = executives.iter().map(|e| exec(e)).collect();
    d.responsibilities = items;
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
            .responsibilities
            .iter()
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
    file_format::validate(&default_design()).expect("default design");
    assert!(!TEMPLATES.is_empty());
    let mut stems = HashSet::new();
    for template in TEMPLATES {
        assert!(stems.insert(template.file_stem), "{}", template.file_stem);
        let d = (template.build)();
        if let Err(problem) = file_format::validate(&d) {
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
    assert!(file_format::validate(d).is_ok());
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
                // Nothing else changed.
                for (a, b) in before.responsibilities.iter().zip(&d.responsibilities) {
                    if a.id != *id {
                        assert_eq!(a, b);
                    }
                }
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
        assert!(file_format::validate(&d).is_ok());
    }
    // At the limits it is fine.
    let mut d = d0.clone();
    let at_limit = Responsibility {
        name: "n".repeat(MAX_NAME_CHARS),
        notes: "n".repeat(MAX_TEXT_CHARS),
        ..item("at-limit", 0.5, 1.0, None)
    };
    assert_eq!(d.apply(Edit::Add(at_limit)), Ok(true));
    assert!(file_format::validate(&d).is_ok());
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
