//! Property tests of the comparison of two designs (`model::compare`):
//!
//! - a design has no changes against its copy, nor against a copy that
//!   differs only in what the list does not cover (where boxes sit,
//!   colours, notes, descriptions, columns, the CEO box, the company, the
//!   log, the names);
//! - for two designs drawn from one pool of executive and card ids (each
//!   id on one side, the other or both, with owners, roles, shares, sizes,
//!   kinds, names, titles, persons, orientations, reporting and dotted
//!   lines drawn at random, titles often repeated), applying every change
//!   of `changes(a, b)` to a copy of `a`, in order, leaves no change to
//!   `b`, and the copy is a valid design all along the way.

use proptest::prelude::*;
use proptest::sample::Index;

use remit::model::compare::{apply, changes};
use remit::model::rules;
use remit::model::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role, WorkKind,
};

use super::properties::{config, design};

/// How many executive and card ids the two designs draw from.
const EXECUTIVES: usize = 6;
const CARDS: usize = 10;

/// One executive id's draw: whether the design has it, its titles, person,
/// orientation and whom it reports to (0 not said, 1 the CEO, 2 outside,
/// else one before it in the design's order).
type ExecutiveDraw = (bool, usize, usize, usize, usize, u8, Index);

/// One card id's draw: whether the design has it, its name, share, size,
/// kind, owner and roles.
type CardDraw = (
    bool,
    usize,
    usize,
    usize,
    usize,
    Option<Index>,
    Vec<(Index, usize)>,
);

fn executive_draw() -> impl Strategy<Value = ExecutiveDraw> {
    (
        prop::bool::weighted(0.75),
        0..4_usize,
        0..3_usize,
        0..3_usize,
        0..Orientation::ALL.len(),
        0..6_u8,
        any::<Index>(),
    )
}

fn card_draw() -> impl Strategy<Value = CardDraw> {
    (
        prop::bool::weighted(0.75),
        0..4_usize,
        0..4_usize,
        0..3_usize,
        0..WorkKind::ALL.len(),
        prop::option::weighted(0.8, any::<Index>()),
        prop::collection::vec((any::<Index>(), 0..Role::ALL.len()), 0..3),
    )
}

/// One side: a valid design on the model's grid whose ids come from the
/// shared pool, in a random order.
fn side() -> impl Strategy<Value = Design> {
    (
        prop::collection::vec(executive_draw(), EXECUTIVES),
        Just((0..EXECUTIVES).collect::<Vec<_>>()).prop_shuffle(),
        prop::collection::vec(card_draw(), CARDS),
        Just((0..CARDS).collect::<Vec<_>>()).prop_shuffle(),
        prop::collection::vec((any::<Index>(), any::<Index>()), 0..5),
    )
        .prop_map(|(executives, order, cards, card_order, lines)| {
            build(&executives, &order, &cards, &card_order, &lines)
        })
}

fn build(
    executives: &[ExecutiveDraw],
    order: &[usize],
    cards: &[CardDraw],
    card_order: &[usize],
    lines: &[(Index, Index)],
) -> Design {
    // Titles repeat on purpose ("CIO" twice), and one is blank.
    const TITLES: [&str; 4] = ["CIO", "CTO", "CIO", ""];
    const FULL: [&str; 3] = ["", "Chief Information Officer", "Chief Technology Officer"];
    const PEOPLE: [&str; 3] = ["", "Ada", "Grace"];
    const NAMES: [&str; 4] = ["Security", "Apps", "Data", "Security"];
    const SHARES: [f64; 4] = [0.0, 0.2, 0.5, 1.0];
    const SIZES: [f64; 3] = [1.0, 2.0, 3.5];
    let mut d = Design::empty("Side");
    for &i in order {
        let (has, t, f, p, o, manager, above) = executives[i];
        if !has {
            continue;
        }
        let before = d.executives.len();
        let reports_to = match manager {
            0 => ReportsTo::NotSet,
            1 => ReportsTo::Ceo,
            2 => ReportsTo::Outside("the board".into()),
            _ if before == 0 => ReportsTo::Ceo,
            _ => ReportsTo::Executive(d.executives[above.index(before)].id.clone()),
        };
        d.executives.push(Executive {
            id: ExecutiveId(format!("e{i}")),
            short_title: TITLES[t].into(),
            full_title: FULL[f].into(),
            person: PEOPLE[p].into(),
            orientation: Orientation::ALL[o],
            reports_to,
            ..Executive::default()
        });
    }
    let ids: Vec<ExecutiveId> = d.executives.iter().map(|e| e.id.clone()).collect();
    if ids.len() > 1 {
        for (a, b) in lines {
            let line = DottedLine {
                from: ids[a.index(ids.len())].clone(),
                to: ids[b.index(ids.len())].clone(),
            };
            if line.from != line.to && !d.dotted_lines.contains(&line) {
                d.dotted_lines.push(line);
            }
        }
    }
    for &i in card_order {
        let (has, n, s, z, k, owner, roles) = cards[i].clone();
        if !has {
            continue;
        }
        let mut r = Responsibility {
            id: ResponsibilityId(format!("c{i}")),
            name: NAMES[n].into(),
            external_share: SHARES[s],
            size: SIZES[z],
            kind: WorkKind::ALL[k],
            ..Responsibility::default()
        };
        if !ids.is_empty() {
            r.owner = owner.map(|o| ids[o.index(ids.len())].clone());
            for (who, role) in roles {
                let who = &ids[who.index(ids.len())];
                if r.owner.as_ref() != Some(who) {
                    r.roles.insert(who.clone(), Role::ALL[role]);
                }
            }
        }
        d.responsibilities.push(r.into());
    }
    d
}

/// `d` with everything the list does not cover changed.
fn with_uncovered_changed(d: &Design) -> Design {
    let mut out = d.clone();
    out.name = format!("{} (copy)", d.name);
    out.size_unit = "budget (k€)".into();
    out.ceo = match &d.ceo {
        Some(_) => None,
        None => Some(Ceo {
            title: "Managing director".into(),
            ..Ceo::default()
        }),
    };
    out.decisions.clear();
    out.company.people = Some(out.company.people.map_or(120, |p| p.saturating_add(1)));
    for e in &mut out.executives {
        e.position = Position {
            x: e.position.x + 40.0,
            y: -e.position.y - 1.0,
        };
        e.colour = Rgb(e.colour.0.wrapping_add(1), e.colour.1, e.colour.2);
        e.notes = format!("{}\nmoved", e.notes);
        e.columns = if e.columns == 1 { 2 } else { 1 };
    }
    for r in &mut out.responsibilities {
        r.description = format!("{} (wider)", r.description);
        r.notes = format!("{} noted", r.notes);
        r.deliberate = !r.deliberate;
    }
    out
}

proptest! {
    #![proptest_config(config(48))]

    /// A design against its copy, or against a copy changed only where the
    /// list does not look, has no changes.
    #[test]
    fn a_design_has_no_changes_against_its_copy_or_its_uncovered_fields(d in design()) {
        prop_assert_eq!(changes(&d, &d.clone()), []);
        prop_assert_eq!(changes(&d, &with_uncovered_changed(&d)), []);
        prop_assert_eq!(changes(&with_uncovered_changed(&d), &d), []);
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// Every change of the list, applied in order, takes the first design
    /// to the second as far as the list can tell, through valid designs.
    #[test]
    fn applying_every_change_leaves_none(a in side(), b in side()) {
        prop_assert_eq!(rules::validate(&a), Ok(()));
        prop_assert_eq!(rules::validate(&b), Ok(()));
        let list = changes(&a, &b);
        let mut c = a.clone();
        for change in &list {
            apply(&mut c, change, &b);
            prop_assert_eq!(rules::validate(&c), Ok(()), "after {:?}", change);
        }
        prop_assert_eq!(changes(&c, &b), [], "from the list {:#?}", list);
    }
}

/// A copy of `d` that shares no card with it (as if read from a file).
fn unshared(d: &Design) -> Design {
    let mut copy = d.clone();
    for card in &mut copy.responsibilities {
        *card = remit::model::Shared::new((**card).clone());
    }
    copy
}

proptest! {
    #![proptest_config(config(256))]

    /// The list passes over the cards two options share in memory: it is
    /// the same list as for the same designs sharing nothing. `b` is made
    /// from `a` the way options are (a copy, changed here and there, so
    /// most cards stay shared), with some of `b`'s own cards mixed in.
    #[test]
    fn sharing_cards_does_not_change_the_list(
        a in side(),
        b in side(),
        picks in proptest::collection::vec(any::<Index>(), 0..6),
    ) {
        let mut copy = a.clone();
        for pick in &picks {
            if copy.responsibilities.is_empty() || b.responsibilities.is_empty() {
                break;
            }
            let at = pick.index(copy.responsibilities.len());
            let theirs = &b.responsibilities[pick.index(b.responsibilities.len())];
            if theirs.id == copy.responsibilities[at].id {
                copy.responsibilities[at] = theirs.clone();
            } else {
                // Another card at this place: the places shift.
                copy.responsibilities.swap(0, at);
            }
        }
        prop_assert_eq!(changes(&a, &copy), changes(&unshared(&a), &unshared(&copy)));
        prop_assert_eq!(changes(&copy, &a), changes(&unshared(&copy), &unshared(&a)));
    }
}
