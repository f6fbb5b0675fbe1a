//! Property tests of the model and the file format:
//!
//! - any valid design on the model's grid (unicode text with quotes,
//!   backslashes and line breaks, extreme but valid numbers) survives
//!   `to_text` → `parse` unchanged, and its saved text is stable;
//! - any valid design, on the grid or not, reads back as that design put on
//!   the grid (`rules::normalize`): what Remit writes, it reads;
//! - any design, valid or not, is written by `to_text` exactly when
//!   `validate` accepts it; written anyway, the loader refuses it with the
//!   same rule, at the line and column of the field at fault;
//! - a value within half a grid step of the one there is no edit;
//! - the findings of any valid design name only its items, and each fix
//!   they offer is an edit the design accepts;
//! - any sequence of edits (valid or not) applied to a `Document`, the way
//!   the app applies them, interleaved with undo, redo and sealing, keeps the
//!   design valid and on the grid after every step; undoing everything gives
//!   back the starting design and redoing everything the final one; the
//!   findings' facts of each card, kept from change to change as the
//!   window keeps them, are always those of the design afresh.

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::sample::Index;

use remit::document::{Document, Renamed};
use remit::file::{self, LoadErrorKind};
use remit::model::edit::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use remit::model::reporting;
use remit::model::rules::{self, MAX_COORDINATE, MAX_SIZE, MIN_SIZE};
use remit::model::{
    About, Ceo, Decision, Design, DottedLine, Edit, Executive, ExecutiveId, Orientation, Position,
    ReportsTo, Responsibility, ResponsibilityId, Rgb, Role, RuleError, Subject,
};
use remit::model::{CardFacts, DesignBalance, Index as DesignIndex, findings, findings_with};
use remit::templates::TEMPLATES;

/// `cases` cases, and no regression files written into the source tree.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- text

/// Characters that need escaping or could confuse a reader of the file,
/// none of them a control character.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        Just('"'),
        Just('\\'),
        Just('\''),
        Just('/'),
        Just('*'),
        Just('#'),
        Just('('),
        Just(')'),
        Just(','),
        Just(':'),
        Just('é'),
        Just('ß'),
        Just('😀'),
        Just('\u{202e}'),
        Just('\u{2028}'),
        Just('\u{200b}'),
        Just('\u{feff}'),
        Just('\u{10fffd}'),
    ]
}

/// Any character a one-line field allows: anything but a control character
/// or a noncharacter.
fn line_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>().prop_filter("not a control character or a noncharacter", |c| {
            !c.is_control() && !remit::model::rules::is_noncharacter(*c)
        }),
        3 => tricky_char(),
        2 => prop::char::range('a', 'z'),
    ]
}

/// Any character a description or notes allow: also line breaks and tabs.
fn block_char() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => line_char(),
        1 => Just('\n'),
        1 => Just('\r'),
        1 => Just('\t'),
    ]
}

/// One-line text of up to `max` characters, heavy on characters that need
/// escaping.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(line_char(), 0..=max).prop_map(String::from_iter)
}

/// A description or notes of up to `max` characters.
fn block(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(block_char(), 0..=max).prop_map(String::from_iter)
}

/// A name or title: usually short, sometimes exactly at the limit.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => text(24),
        1 => text(4).prop_map(|t| {
            let mut s: String = t.chars().take(MAX_NAME_CHARS).collect();
            while s.chars().count() < MAX_NAME_CHARS {
                s.push('\u{e9}');
            }
            s
        }),
    ]
}

// ---------------------------------------------------------------- designs

/// A valid share, on the grid or not.
fn share() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0..=1.0_f64,
        1 => Just(0.0),
        1 => Just(1.0),
        1 => Just(f64::MIN_POSITIVE),
        1 => Just(5e-324),
        1 => Just(1.0 - f64::EPSILON / 2.0),
        1 => Just(1.0 / 3.0),
        1 => Just(0.000_05),
    ]
}

/// A valid size, on the grid or not.
fn size() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.01..1e6_f64,
        1 => MIN_SIZE..1.0_f64,
        1 => 1e6..=MAX_SIZE,
        1 => Just(MIN_SIZE),
        1 => Just(MAX_SIZE),
        1 => Just(0.000_15),
        1 => Just(999_999.999_999_999_9),
        1 => Just(0.1 + 0.2),
    ]
}

/// A valid coordinate, whole or not.
fn coordinate() -> impl Strategy<Value = f32> {
    prop_oneof![
        4 => -5000.0_f32..5000.0,
        1 => -MAX_COORDINATE..=MAX_COORDINATE,
        1 => Just(MAX_COORDINATE),
        1 => Just(-MAX_COORDINATE),
        1 => Just(-0.0),
        1 => Just(0.5),
        1 => prop::num::f32::SUBNORMAL | prop::num::f32::ZERO,
    ]
}

fn colour() -> impl Strategy<Value = Rgb> {
    any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Rgb(r, g, b))
}

/// A unique id: arbitrary text, then `#` and the item's index (the part
/// after the last `#` is unique, so the whole is).
fn unique_id(base: &str, i: usize) -> String {
    format!("{base}#{i}")
}

/// Whom an executive reports to, before the executives are known: a
/// manager is picked among those above it in a random order, so the chart
/// has no loop.
#[derive(Clone, Debug)]
enum Manager {
    NotSet,
    Ceo,
    Above(Index),
    Outside(String),
}

/// A role not on the chart: never empty.
fn outside_role() -> impl Strategy<Value = String> {
    name().prop_map(|t| {
        if t.trim().is_empty() {
            format!("{t}COO")
        } else {
            t
        }
    })
}

fn manager() -> impl Strategy<Value = Manager> {
    prop_oneof![
        2 => Just(Manager::NotSet),
        2 => Just(Manager::Ceo),
        4 => any::<Index>().prop_map(Manager::Above),
        1 => outside_role().prop_map(Manager::Outside),
    ]
}

fn orientation() -> impl Strategy<Value = Orientation> {
    (0..Orientation::ALL.len()).prop_map(|i| Orientation::ALL[i])
}

fn role() -> impl Strategy<Value = Role> {
    (0..Role::ALL.len()).prop_map(|i| Role::ALL[i])
}

fn executive(i: usize) -> impl Strategy<Value = (Executive, Manager)> {
    (
        text(10),
        name(),
        name(),
        colour(),
        coordinate(),
        coordinate(),
        orientation(),
        manager(),
        block(40),
    )
        .prop_map(
            move |(id, short, full, colour, x, y, orientation, manager, notes)| {
                (
                    Executive {
                        id: ExecutiveId(unique_id(&id, i)),
                        short_title: short,
                        full_title: full,
                        colour,
                        position: Position { x, y },
                        orientation,
                        notes,
                        ..Default::default()
                    },
                    manager,
                )
            },
        )
}

/// The CEO box, or none.
fn ceo() -> impl Strategy<Value = Option<Ceo>> {
    prop::option::weighted(
        0.6,
        (name(), name(), coordinate(), coordinate()).prop_map(|(title, name, x, y)| Ceo {
            title,
            name,
            position: Position { x, y },
        }),
    )
}

/// A responsibility without its owner, which executive (if any) should
/// own it once the executives are known, and which should have roles.
fn responsibility(
    i: usize,
) -> impl Strategy<Value = (Responsibility, Option<Index>, Vec<(Index, Role)>)> {
    (
        text(10),
        name(),
        block(60),
        share(),
        size(),
        block(60),
        prop::option::weighted(0.8, any::<Index>()),
        prop::collection::vec((any::<Index>(), role()), 0..3),
        any::<bool>(),
    )
        .prop_map(
            move |(id, name, description, share, size, notes, owner, roles, deliberate)| {
                (
                    Responsibility {
                        id: ResponsibilityId(unique_id(&id, i)),
                        name,
                        description,
                        external_share: share,
                        size,
                        owner: None,
                        notes,
                        deliberate,
                        ..Default::default()
                    },
                    owner,
                    roles,
                )
            },
        )
}

/// An entry of the decision log: history, so the card and the executives
/// it names need not be in the design.
fn decision() -> impl Strategy<Value = Decision> {
    (
        text(10),
        name(),
        prop::option::of(text(10)),
        prop::option::of(text(10)),
        block(40),
        0..4_000_000_000_i64,
    )
        .prop_map(|(id, name, from, to, reason, second)| Decision {
            responsibility: ResponsibilityId(unique_id(&id, 0)),
            name,
            from: from.map(|f| ExecutiveId(unique_id(&f, 1))),
            to: to.map(|t| ExecutiveId(unique_id(&t, 2))),
            reason,
            when: jiff::Timestamp::from_second(second)
                .unwrap_or_default()
                .into(),
        })
}

/// A valid design, its numbers not necessarily on the grid, with a
/// reporting structure (no loops), dotted lines and roles on cards.
fn raw_design() -> impl Strategy<Value = Design> {
    (0..6_usize, 0..40_usize)
        .prop_flat_map(|(executives, responsibilities)| {
            (
                (name(), name(), ceo()),
                (0..executives).map(executive).collect::<Vec<_>>(),
                Just((0..executives).collect::<Vec<usize>>()).prop_shuffle(),
                prop::collection::vec((any::<Index>(), any::<Index>()), 0..5),
                (0..responsibilities)
                    .map(responsibility)
                    .collect::<Vec<_>>(),
                prop::collection::vec(decision(), 0..4),
            )
        })
        .prop_map(
            |((name, size_unit, ceo), executives, order, lines, items, decisions)| {
                let mut d = Design::empty(name);
                d.size_unit = size_unit;
                d.ceo = ceo;
                let ids: Vec<ExecutiveId> = executives.iter().map(|(e, _)| e.id.clone()).collect();
                // Each executive may report only to one before it in `order`.
                let mut rank = vec![0; ids.len()];
                for (k, &i) in order.iter().enumerate() {
                    rank[i] = k;
                }
                d.executives = executives
                    .into_iter()
                    .enumerate()
                    .map(|(i, (mut e, manager))| {
                        e.reports_to = match manager {
                            Manager::NotSet => ReportsTo::NotSet,
                            Manager::Ceo => ReportsTo::Ceo,
                            Manager::Above(_) if rank[i] == 0 => ReportsTo::Ceo,
                            Manager::Above(m) => {
                                ReportsTo::Executive(ids[order[m.index(rank[i])]].clone())
                            }
                            Manager::Outside(role) => ReportsTo::Outside(role),
                        };
                        e
                    })
                    .collect();
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
                d.responsibilities = items
                    .into_iter()
                    .map(|(mut r, owner, roles)| {
                        if !ids.is_empty() {
                            r.owner = owner.map(|i| ids[i.index(ids.len())].clone());
                            for (who, role) in roles {
                                let who = &ids[who.index(ids.len())];
                                if r.owner.as_ref() != Some(who) {
                                    r.roles.insert(who.clone(), role);
                                }
                            }
                        }
                        r
                    })
                    .map(Into::into)
                    .collect();
                d.decisions = decisions;
                d
            },
        )
}

/// A valid design on the grid, as loading or editing leaves every design.
pub(crate) fn design() -> impl Strategy<Value = Design> {
    raw_design().prop_map(|mut d| {
        rules::normalize(&mut d);
        d
    })
}

/// Every rule a design must meet, checked directly as well as by `validate`.
fn check_valid(d: &Design) -> Result<(), TestCaseError> {
    let executives: HashSet<&ExecutiveId> = d.executives.iter().map(|e| &e.id).collect();
    prop_assert_eq!(executives.len(), d.executives.len(), "executive ids unique");
    for e in &d.executives {
        prop_assert!(!e.id.as_str().trim().is_empty());
        prop_assert!(e.position.x.abs() <= MAX_COORDINATE);
        prop_assert!(e.position.y.abs() <= MAX_COORDINATE);
    }
    let mut ids = HashSet::new();
    for r in &d.responsibilities {
        prop_assert!(ids.insert(&r.id), "responsibility {} appears twice", r.id);
        if let Some(owner) = &r.owner {
            prop_assert!(
                executives.contains(owner),
                "{} owned by unknown {}",
                r.id,
                owner
            );
        }
        prop_assert!(r.size.is_finite() && (MIN_SIZE..=MAX_SIZE).contains(&r.size));
        prop_assert!((0.0..=1.0).contains(&r.external_share));
        prop_assert!(!r.name.chars().any(char::is_control));
        for who in r.roles.keys() {
            prop_assert!(
                executives.contains(who),
                "{} gives a role to unknown {}",
                r.id,
                who
            );
            prop_assert!(
                r.owner.as_ref() != Some(who),
                "{} gives its owner a role",
                r.id
            );
        }
    }
    for e in &d.executives {
        if let ReportsTo::Executive(manager) = &e.reports_to {
            prop_assert!(
                executives.contains(manager),
                "{} reports to unknown {}",
                e.id,
                manager
            );
            prop_assert!(manager != &e.id, "{} reports to itself", e.id);
        }
        if let ReportsTo::Outside(role) = &e.reports_to {
            prop_assert!(
                !role.trim().is_empty(),
                "{} reports to no one outside",
                e.id
            );
        }
    }
    prop_assert_eq!(reporting::find_loop(d), None, "a reporting loop");
    let lines: HashSet<&DottedLine> = d.dotted_lines.iter().collect();
    prop_assert_eq!(lines.len(), d.dotted_lines.len(), "dotted lines unique");
    for line in &d.dotted_lines {
        prop_assert!(executives.contains(&line.from) && executives.contains(&line.to));
        prop_assert!(line.from != line.to, "a dotted line to itself");
    }
    if let Err(problem) = rules::validate(d) {
        return Err(TestCaseError::fail(format!("invalid: {problem:?}")));
    }
    Ok(())
}

/// Every number on its grid (shares and sizes to 4 decimals, positions to
/// whole points) and every line break a `\n`.
fn check_on_grid(d: &Design) -> Result<(), TestCaseError> {
    for r in &d.responsibilities {
        prop_assert_eq!(rules::share(r.external_share), r.external_share, "{}", r.id);
        prop_assert_eq!(rules::size(r.size), r.size, "{}", r.id);
        prop_assert!(!r.description.contains('\r') && !r.notes.contains('\r'));
    }
    for e in &d.executives {
        prop_assert_eq!(rules::position(e.position), e.position, "{}", e.id);
    }
    if let Some(ceo) = &d.ceo {
        prop_assert_eq!(rules::position(ceo.position), ceo.position, "the CEO box");
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(128))]

    /// The window counts involvement from the index it keeps: the same
    /// figures as counting from the design alone.
    #[test]
    fn involvement_from_the_index_is_involvement(d in design()) {
        let index = remit::model::Index::of(&d);
        prop_assert_eq!(
            remit::model::DesignInvolvement::of_indexed(&d, &index),
            remit::model::DesignInvolvement::of(&d)
        );
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// The findings of any valid design name only its own items, and every
    /// fix they offer is one edit the design accepts and that changes it.
    #[test]
    fn findings_name_real_items_and_their_fixes_apply(d in design()) {
        let index = remit::model::Index::of(&d);
        let balance = remit::model::DesignBalance::of_indexed(&d, &index);
        for finding in remit::model::findings(&d, &index, &balance) {
            for about in &finding.about {
                let known = match about {
                    About::Executive(id) => d.executive(id).is_some(),
                    About::Responsibility(id) => d.responsibility(id).is_some(),
                };
                prop_assert!(known, "{:?} in {}", about, finding.message);
            }
            if let Some(fix) = finding.fix {
                prop_assert_eq!(d.clone().apply(fix.edit), Ok(true), "{}", fix.label);
            }
        }
    }
}

fn parse_or_fail(text: &str) -> Result<Design, TestCaseError> {
    file::parse(text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn any_valid_design_survives_saving_and_loading(d in design()) {
        check_valid(&d)?;
        check_on_grid(&d)?;
        let text = file::to_text(&d).map_err(TestCaseError::fail)?;
        let back = parse_or_fail(&text)?;
        prop_assert_eq!(&back, &d);
        // Stable: the same text every time, and again after loading.
        prop_assert_eq!(file::to_text(&d).map_err(TestCaseError::fail)?, text.clone());
        prop_assert_eq!(file::to_text(&back).map_err(TestCaseError::fail)?, text.clone());
        // One item per line: the file has a fixed number of lines (the
        // CEO box on one, the dotted lines and the decisions in lists of
        // their own).
        let list = |n: usize| if n == 0 { 0 } else { n + 2 };
        let lines = 10
            + usize::from(d.ceo.is_some())
            + d.executives.len()
            + list(d.dotted_lines.len())
            + d.responsibilities.len()
            + list(d.decisions.len());
        prop_assert_eq!(text.lines().count(), lines, "{}", text);
    }

    #[test]
    fn what_remit_writes_it_reads(d in raw_design()) {
        check_valid(&d)?;
        let text = file::to_text(&d).map_err(TestCaseError::fail)?;
        let back = parse_or_fail(&text)?;
        let mut on_grid = d.clone();
        rules::normalize(&mut on_grid);
        prop_assert_eq!(&back, &on_grid);
        check_valid(&back)?;
        check_on_grid(&back)?;
        // Written again, it reads the same.
        let again = file::to_text(&back).map_err(TestCaseError::fail)?;
        prop_assert_eq!(parse_or_fail(&again)?, back);
    }
}

// ---------------------------------------------------------------- broken rules

/// One way to break a rule in a valid design (or none).
#[derive(Clone, Debug)]
enum Break {
    Nothing,
    /// A one-line field of the design (0 name, 1 size unit), of an
    /// executive (2 short title, 3 full title, 4 id, 7 the role not on the
    /// chart it reports to), of a responsibility (5 name, 6 id) or of the
    /// CEO box (8 title, 9 name), set to the text.
    Line(u8, Index, String),
    /// A responsibility's notes (true) or description set to the text.
    Block(bool, Index, String),
    /// A responsibility's (true) or executive's id set to another's.
    Duplicate(bool, Index, Index),
    /// A responsibility given to an executive that does not exist.
    UnknownOwner(Index),
    /// A size, share, x or y (0 to 3), or the CEO box's x or y (4, 5), set
    /// to the value.
    Number(u8, Index, f64),
    /// The first executive made to report to the second (itself, or one
    /// of its own reports, closes a loop).
    Manager(Index, Index),
    /// An executive made to report to one not on the chart.
    UnknownManager(Index),
    /// A dotted line added from the first executive to the second (perhaps
    /// itself, perhaps a line already there).
    Dotted(Index, Index),
    /// A dotted line's start (true) or end set to one not on the chart.
    UnknownDotted(bool, Index),
    /// A role on a card for an executive (perhaps its owner).
    Role(Index, Index, Role),
    /// A role on a card for one not on the chart.
    UnknownRole(Index),
}

fn bad_line() -> impl Strategy<Value = String> {
    prop_oneof![
        (text(6), any::<u8>(), text(6)).prop_map(|(a, c, b)| {
            // Some control character: C0, DEL or C1.
            let c = match c % 3 {
                0 => char::from(c % 32),
                1 => '\u{7f}',
                _ => char::from(0x80 + c % 32),
            };
            format!("{a}{c}{b}")
        }),
        Just("x".repeat(MAX_NAME_CHARS + 1)),
        Just(String::new()),
        Just(" \t".to_owned()),
        text(8),
    ]
}

fn bad_block() -> impl Strategy<Value = String> {
    let control = prop_oneof![Just('\0'), Just('\u{1b}'), Just('\u{7}'), Just('\u{85}')];
    prop_oneof![
        (block(6), control, block(6)).prop_map(|(a, c, b)| format!("{a}{c}{b}")),
        Just("n".repeat(MAX_TEXT_CHARS + 1)),
        block(8),
    ]
}

fn bad_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-1.0),
        Just(0.000_04),
        Just(1.000_06),
        Just(1.5),
        Just(MAX_SIZE + 1.0),
        Just(1.7e308),
        Just(-1e30),
        Just(f64::from(MAX_COORDINATE) + 1.0),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::NAN),
        -2.0..2.0_f64,
    ]
}

fn breakage() -> impl Strategy<Value = Break> {
    prop_oneof![
        1 => Just(Break::Nothing),
        4 => (0..10_u8, any::<Index>(), bad_line()).prop_map(|(f, i, t)| Break::Line(f, i, t)),
        2 => (any::<bool>(), any::<Index>(), bad_block())
            .prop_map(|(n, i, t)| Break::Block(n, i, t)),
        2 => (any::<bool>(), any::<Index>(), any::<Index>())
            .prop_map(|(r, a, b)| Break::Duplicate(r, a, b)),
        1 => any::<Index>().prop_map(Break::UnknownOwner),
        4 => (0..6_u8, any::<Index>(), bad_number()).prop_map(|(f, i, v)| Break::Number(f, i, v)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Break::Manager(a, b)),
        1 => any::<Index>().prop_map(Break::UnknownManager),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Break::Dotted(a, b)),
        1 => (any::<bool>(), any::<Index>()).prop_map(|(f, i)| Break::UnknownDotted(f, i)),
        2 => (any::<Index>(), any::<Index>(), role()).prop_map(|(r, e, x)| Break::Role(r, e, x)),
        1 => any::<Index>().prop_map(Break::UnknownRole),
    ]
}

/// `d` broken as `b` says (unchanged where there is nothing to break).
fn broken(mut d: Design, b: &Break) -> Design {
    let (ne, nr) = (d.executives.len(), d.responsibilities.len());
    match b.clone() {
        Break::Line(field, i, text) => match field {
            0 => d.name = text,
            1 => d.size_unit = text,
            2..=4 if ne > 0 => {
                let e = &mut d.executives[i.index(ne)];
                match field {
                    2 => e.short_title = text,
                    3 => e.full_title = text,
                    _ => {
                        // Its cards, reports, dotted lines and roles
                        // follow, so only the id itself is wrong.
                        let new = ExecutiveId(text);
                        let old = std::mem::replace(&mut e.id, new.clone());
                        for e in &mut d.executives {
                            if e.reports_to == ReportsTo::Executive(old.clone()) {
                                e.reports_to = ReportsTo::Executive(new.clone());
                            }
                        }
                        for line in &mut d.dotted_lines {
                            for end in [&mut line.from, &mut line.to] {
                                if *end == old {
                                    *end = new.clone();
                                }
                            }
                        }
                        for r in &mut d.responsibilities {
                            if r.owner.as_ref() == Some(&old) {
                                r.owner = Some(new.clone());
                            }
                            if let Some(role) = r.roles.remove(&old) {
                                r.roles.insert(new.clone(), role);
                            }
                        }
                    }
                }
            }
            5 | 6 if nr > 0 => {
                let r = &mut d.responsibilities[i.index(nr)];
                if field == 5 {
                    r.name = text;
                } else {
                    r.id = ResponsibilityId(text);
                }
            }
            7 if ne > 0 => d.executives[i.index(ne)].reports_to = ReportsTo::Outside(text),
            8 | 9 => {
                if let Some(ceo) = &mut d.ceo {
                    if field == 8 {
                        ceo.title = text;
                    } else {
                        ceo.name = text;
                    }
                }
            }
            _ => {}
        },
        Break::Block(notes, i, text) if nr > 0 => {
            let r = &mut d.responsibilities[i.index(nr)];
            if notes {
                r.notes = text;
            } else {
                r.description = text;
            }
        }
        Break::Duplicate(false, a, b) if ne > 1 => {
            let id = d.executives[a.index(ne)].id.clone();
            d.executives[b.index(ne)].id = id;
        }
        Break::Duplicate(true, a, b) if nr > 1 => {
            let id = d.responsibilities[a.index(nr)].id.clone();
            d.responsibilities[b.index(nr)].id = id;
        }
        Break::UnknownOwner(i) if nr > 0 => {
            d.responsibilities[i.index(nr)].owner = Some(ExecutiveId("nobody at all".into()));
        }
        Break::Number(field, i, value) => match field {
            0 | 1 if nr > 0 => {
                let r = &mut d.responsibilities[i.index(nr)];
                if field == 0 {
                    r.size = value;
                } else {
                    r.external_share = value;
                }
            }
            2..=5 => {
                let p = if field < 4 && ne > 0 {
                    &mut d.executives[i.index(ne)].position
                } else if let (4 | 5, Some(ceo)) = (field, &mut d.ceo) {
                    &mut ceo.position
                } else {
                    return d;
                };
                #[allow(clippy::cast_possible_truncation)]
                let value = value as f32;
                if field % 2 == 0 {
                    p.x = value;
                } else {
                    p.y = value;
                }
            }
            _ => {}
        },
        Break::Manager(a, b) if ne > 0 => {
            let manager = d.executives[b.index(ne)].id.clone();
            d.executives[a.index(ne)].reports_to = ReportsTo::Executive(manager);
        }
        Break::UnknownManager(i) if ne > 0 => {
            d.executives[i.index(ne)].reports_to =
                ReportsTo::Executive(ExecutiveId("nobody at all".into()));
        }
        Break::Dotted(a, b) if ne > 0 => {
            let from = d.executives[a.index(ne)].id.clone();
            let to = d.executives[b.index(ne)].id.clone();
            d.dotted_lines.push(DottedLine { from, to });
        }
        Break::UnknownDotted(start, i) if !d.dotted_lines.is_empty() => {
            let n = d.dotted_lines.len();
            let line = &mut d.dotted_lines[i.index(n)];
            let end = if start { &mut line.from } else { &mut line.to };
            *end = ExecutiveId("nobody at all".into());
        }
        Break::Role(r, e, role) if nr > 0 && ne > 0 => {
            let who = d.executives[e.index(ne)].id.clone();
            d.responsibilities[r.index(nr)].roles.insert(who, role);
        }
        Break::UnknownRole(i) if nr > 0 => {
            d.responsibilities[i.index(nr)]
                .roles
                .insert(ExecutiveId("nobody at all".into()), Role::Informed);
        }
        _ => {}
    }
    d
}

/// The 1-based line of the file Remit writes that holds the item a rule is
/// about: the design's name and size unit are on lines 4 and 5, the CEO box
/// (if any) on line 6, then one line per executive, then the dotted lines
/// (if any) and the responsibilities, each list after two lines of brackets.
fn line_of(d: &Design, rule: &RuleError) -> usize {
    let ceo = usize::from(d.ceo.is_some());
    let ne = d.executives.len();
    let dotted = if d.dotted_lines.is_empty() {
        0
    } else {
        d.dotted_lines.len() + 2
    };
    match rule.subject {
        Subject::Design if rule.field == "size_unit" => 5,
        Subject::Design => 4,
        Subject::Ceo => 6,
        Subject::Executive { index, .. } => 7 + ceo + index,
        Subject::DottedLine { index } => 9 + ceo + ne + index,
        Subject::Responsibility { index, .. } => 9 + ceo + ne + dotted + index,
        Subject::Decision { index } => 11 + ceo + ne + dotted + d.responsibilities.len() + index,
    }
}

/// What the text holds from 1-based `line` and `column` (in characters) on.
fn text_at(text: &str, line: usize, column: usize) -> String {
    text.lines()
        .nth(line - 1)
        .map(|l| l.chars().skip(column - 1).collect())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(config(160))]

    /// The writer and the loader keep the same rules: what `validate`
    /// refuses is never written, and a file holding it anyway (written by
    /// hand, or by another program) is refused with the same rule, at the
    /// field at fault.
    #[test]
    fn a_design_is_written_exactly_when_it_is_valid_and_refused_where_it_is_wrong(
        d in raw_design(),
        b in breakage(),
    ) {
        let d = broken(d, &b);
        let verdict = rules::validate(&d);
        let written = file::to_text(&d);
        prop_assert_eq!(written.is_ok(), verdict.is_ok(), "{:?}", written);
        // As a hand-written file would say it: the same layout, no checks.
        // The writer puts numbers on the grid, so the file holds the design
        // on the grid, and the loader judges that.
        let text = file::v6::write_one(&d);
        let mut on_grid = d.clone();
        rules::normalize(&mut on_grid);
        if verdict.is_ok() {
            prop_assert_eq!(written.as_ref().ok(), Some(&text));
        } else {
            let why = written.err().unwrap_or_default();
            let rule = verdict.clone().expect_err("refused");
            prop_assert!(why.contains(&rule.to_string()), "{} / {}", why, rule);
        }
        match rules::validate(&on_grid) {
            Ok(()) => {
                prop_assert_eq!(parse_or_fail(&text)?, on_grid);
            }
            Err(rule) => {
                let err = match file::parse(&text) {
                    Ok(_) => return Err(TestCaseError::fail(format!("loaded: {text}"))),
                    Err(err) => err,
                };
                // Debug, so that a NaN in the rule compares equal.
                let expected = format!("{:?}", LoadErrorKind::Rule(Box::new(rule.clone())));
                prop_assert_eq!(format!("{:?}", err.kind), expected);
                let line = line_of(&d, &rule);
                prop_assert_eq!(err.line, Some(line), "{}\n{}", err, text);
                let column = err.column.expect("a column");
                let there = text_at(&text, line, column);
                prop_assert!(
                    there.starts_with(&format!("{}: ", rule.field)),
                    "{} points at {:?}", err, there
                );
                prop_assert!(err.to_string().contains(&rule.to_string()), "{}", err);
            }
        }
    }

    /// A value within half a grid step of the one stored is the same value:
    /// setting it is no edit.
    #[test]
    fn a_value_within_half_a_grid_step_is_no_edit(
        d in design(),
        which in any::<Index>(),
        nudge in -0.49_f64..0.49,
    ) {
        let mut d = d;
        let before = d.clone();
        if !d.responsibilities.is_empty() {
            let r = d.responsibilities[which.index(d.responsibilities.len())].clone();
            let step = 1e-4;
            // Within the bounds: a value past them is refused, however close.
            let share = (r.external_share + nudge * step).clamp(0.0, 1.0);
            let size = (r.size + nudge * step).clamp(rules::MIN_SIZE, rules::MAX_SIZE);
            prop_assert_eq!(d.apply(Edit::SetShare(r.id.clone(), share)), Ok(false), "{}", share);
            prop_assert_eq!(d.apply(Edit::SetSize(r.id.clone(), size)), Ok(false), "{}", size);
        }
        if !d.executives.is_empty() {
            let e = d.executives[which.index(d.executives.len())].clone();
            #[allow(clippy::cast_possible_truncation)]
            let nudge = nudge as f32;
            let max = rules::MAX_COORDINATE;
            let position = Position {
                x: (e.position.x + nudge).clamp(-max, max),
                y: (e.position.y - nudge).clamp(-max, max),
            };
            prop_assert_eq!(d.apply(Edit::MoveExecutive(e.id, position)), Ok(false));
        }
        prop_assert_eq!(d, before);
    }
}

// ---------------------------------------------------------------- edits

/// Which responsibility an edit names: one that exists now, or none.
#[derive(Clone, Debug)]
enum Item {
    Existing(Index),
    Unknown,
}

/// Which executive an edit names: one that exists now (often the last,
/// which may be one just added), or none.
#[derive(Clone, Debug)]
enum Exec {
    Existing(Index),
    Last,
    Unknown,
}

/// The id of something being added: new, blank, or already taken.
#[derive(Clone, Debug)]
enum NewId {
    Fresh(u8),
    Blank,
    Taken(Index),
}

#[derive(Clone, Debug)]
enum Spec {
    Move(Item, Option<Exec>),
    Reorder(Item, usize),
    SetName(Item, String),
    SetDescription(Item, String),
    SetShare(Item, f64),
    SetSize(Item, f64),
    SetNotes(Item, String),
    SetDeliberate(Item, bool),
    Add(NewId, String, f64, f64, Option<Exec>),
    Delete(Item),
    SetShortTitle(Exec, String),
    SetFullTitle(Exec, String),
    SetPerson(Exec, String),
    SetColour(Exec, Rgb),
    MoveExecutive(Exec, f32, f32),
    AddExecutive(NewId, String, f32),
    RenameExecutiveId(Exec, NewId),
    RemoveExecutive(Exec),
    SetReportsTo(Exec, NewManager),
    SetOrientation(Exec, Orientation),
    AddDottedLine(Exec, Exec),
    RemoveDottedLine(Index),
    SetRole(Item, Exec, Option<Role>),
    SetDesignName(String),
    SetSizeUnit(String),
}

/// Whom an edit makes an executive report to: often one on the chart
/// (perhaps itself, or one of its own reports, which closes a loop).
#[derive(Clone, Debug)]
enum NewManager {
    NotSet,
    Ceo,
    Executive(Exec),
    /// One who reports to the executive, directly or not: a loop.
    Below(Index),
    Outside(String),
}

fn new_manager() -> impl Strategy<Value = NewManager> {
    prop_oneof![
        1 => Just(NewManager::NotSet),
        1 => Just(NewManager::Ceo),
        5 => exec().prop_map(NewManager::Executive),
        2 => any::<Index>().prop_map(NewManager::Below),
        1 => any_name().prop_map(NewManager::Outside),
        1 => Just(NewManager::Outside(" ".to_owned())),
    ]
}

#[derive(Clone, Debug)]
enum Step {
    Edit(Spec),
    Undo,
    Redo,
    Seal,
    /// Add an executive, give it a short title and seal, as the app does
    /// when a new box is named: its id follows the title.
    NameNewExecutive(u8, String),
}

fn item() -> impl Strategy<Value = Item> {
    prop_oneof![9 => any::<Index>().prop_map(Item::Existing), 1 => Just(Item::Unknown)]
}

fn exec() -> impl Strategy<Value = Exec> {
    prop_oneof![
        6 => any::<Index>().prop_map(Exec::Existing),
        3 => Just(Exec::Last),
        1 => Just(Exec::Unknown),
    ]
}

fn new_id() -> impl Strategy<Value = NewId> {
    prop_oneof![
        6 => (0..4_u8).prop_map(NewId::Fresh),
        1 => Just(NewId::Blank),
        2 => any::<Index>().prop_map(NewId::Taken),
    ]
}

fn any_share() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => share(),
        1 => Just(f64::NAN),
        1 => Just(-0.1),
        1 => Just(1.5),
        1 => Just(f64::INFINITY),
        1 => Just(-0.0),
    ]
}

fn any_size() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => size(),
        1 => Just(0.0),
        1 => Just(-1.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
    ]
}

fn any_coordinate() -> impl Strategy<Value = f32> {
    prop_oneof![
        8 => -3000.0_f32..3000.0,
        1 => Just(f32::NAN),
        1 => Just(f32::INFINITY),
        1 => Just(MAX_COORDINATE + 1.0),
        1 => Just(MAX_COORDINATE + 0.4),
    ]
}

/// A name, sometimes one character too long or with a control character.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => name(),
        1 => Just("ä".repeat(MAX_NAME_CHARS + 1)),
        1 => Just("two\nlines".to_owned()),
        1 => Just("\u{1b}]0;title\u{7}".to_owned()),
    ]
}

/// A card's name: any name, often one that makes a card users made count
/// as security or data work in the findings, or not.
fn card_name() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any_name(),
        1 => Just("Data platform".to_owned()),
        1 => Just("Cloud security".to_owned()),
        1 => Just("Date platform".to_owned()),
    ]
}

/// A description or notes, sometimes one character too long or with a
/// control character other than a line break or a tab.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => block(40),
        1 => Just("\n".repeat(MAX_TEXT_CHARS)),
        1 => Just("\r\n".repeat(MAX_TEXT_CHARS / 2)),
        1 => Just("x".repeat(MAX_TEXT_CHARS + 1)),
        1 => Just("bell\u{7}".to_owned()),
    ]
}

fn spec() -> impl Strategy<Value = Spec> {
    prop_oneof![
        6 => (item(), prop::option::weighted(0.8, exec())).prop_map(|(i, e)| Spec::Move(i, e)),
        2 => (item(), 0usize..12).prop_map(|(i, slot)| Spec::Reorder(i, slot)),
        2 => (item(), card_name()).prop_map(|(i, s)| Spec::SetName(i, s)),
        1 => (item(), any_text()).prop_map(|(i, s)| Spec::SetDescription(i, s)),
        2 => (item(), any_share()).prop_map(|(i, v)| Spec::SetShare(i, v)),
        2 => (item(), any_size()).prop_map(|(i, v)| Spec::SetSize(i, v)),
        1 => (item(), any_text()).prop_map(|(i, s)| Spec::SetNotes(i, s)),
        1 => (item(), any::<bool>()).prop_map(|(i, b)| Spec::SetDeliberate(i, b)),
        2 => (new_id(), card_name(), any_share(), any_size(), prop::option::of(exec()))
            .prop_map(|(id, n, sh, sz, o)| Spec::Add(id, n, sh, sz, o)),
        2 => item().prop_map(Spec::Delete),
        2 => (exec(), any_name()).prop_map(|(e, s)| Spec::SetShortTitle(e, s)),
        1 => (exec(), any_name()).prop_map(|(e, s)| Spec::SetFullTitle(e, s)),
        1 => (exec(), any_name()).prop_map(|(e, s)| Spec::SetPerson(e, s)),
        1 => (exec(), colour()).prop_map(|(e, c)| Spec::SetColour(e, c)),
        2 => (exec(), any_coordinate(), any_coordinate())
            .prop_map(|(e, x, y)| Spec::MoveExecutive(e, x, y)),
        2 => (new_id(), any_name(), any_coordinate())
            .prop_map(|(id, t, x)| Spec::AddExecutive(id, t, x)),
        1 => (exec(), new_id()).prop_map(|(e, id)| Spec::RenameExecutiveId(e, id)),
        2 => exec().prop_map(Spec::RemoveExecutive),
        4 => (exec(), new_manager()).prop_map(|(e, m)| Spec::SetReportsTo(e, m)),
        1 => (exec(), orientation()).prop_map(|(e, o)| Spec::SetOrientation(e, o)),
        2 => (exec(), exec()).prop_map(|(a, b)| Spec::AddDottedLine(a, b)),
        1 => any::<Index>().prop_map(Spec::RemoveDottedLine),
        3 => (item(), exec(), prop::option::weighted(0.8, role()))
            .prop_map(|(i, e, r)| Spec::SetRole(i, e, r)),
        1 => any_name().prop_map(Spec::SetDesignName),
        1 => any_name().prop_map(Spec::SetSizeUnit),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        10 => spec().prop_map(Step::Edit),
        3 => Just(Step::Undo),
        2 => Just(Step::Redo),
        2 => Just(Step::Seal),
        1 => (0..3_u8, any_name()).prop_map(|(n, t)| Step::NameNewExecutive(n, t)),
    ]
}

fn item_id(d: &Design, item: &Item) -> ResponsibilityId {
    match item {
        Item::Existing(i) if !d.responsibilities.is_empty() => d.responsibilities
            [i.index(d.responsibilities.len())]
        .id
        .clone(),
        _ => ResponsibilityId("no such responsibility".into()),
    }
}

fn exec_id(d: &Design, exec: &Exec) -> ExecutiveId {
    match exec {
        Exec::Existing(i) if !d.executives.is_empty() => {
            d.executives[i.index(d.executives.len())].id.clone()
        }
        Exec::Last if !d.executives.is_empty() => d.executives[d.executives.len() - 1].id.clone(),
        _ => ExecutiveId("no such executive".into()),
    }
}

fn new_item_id(d: &Design, id: &NewId) -> ResponsibilityId {
    match id {
        NewId::Fresh(n) => ResponsibilityId(format!("new-{n}")),
        NewId::Blank => ResponsibilityId(" \t".into()),
        NewId::Taken(i) => item_id(d, &Item::Existing(*i)),
    }
}

fn new_exec_id(d: &Design, id: &NewId) -> ExecutiveId {
    match id {
        NewId::Fresh(n) => ExecutiveId(format!("exec-{n}")),
        NewId::Blank => ExecutiveId(String::new()),
        NewId::Taken(i) => exec_id(d, &Exec::Existing(*i)),
    }
}

/// Those who report to `id`, directly or through others.
fn reports_of(d: &Design, id: &ExecutiveId) -> Vec<ExecutiveId> {
    d.executives
        .iter()
        .filter(|e| {
            let mut at = &e.reports_to;
            for _ in 0..d.executives.len() {
                let ReportsTo::Executive(manager) = at else {
                    return false;
                };
                if manager == id {
                    return true;
                }
                match d.executive(manager) {
                    Some(m) => at = &m.reports_to,
                    None => return false,
                }
            }
            false
        })
        .map(|e| e.id.clone())
        .collect()
}

/// The edit `spec` describes, against the design as it is now.
fn resolve(d: &Design, spec: &Spec) -> Edit {
    match spec.clone() {
        Spec::Move(i, to) => Edit::Move {
            responsibility: item_id(d, &i),
            to: to.map(|e| exec_id(d, &e)),
        },
        Spec::Reorder(i, slot) => Edit::Reorder {
            responsibility: item_id(d, &i),
            slot,
        },
        Spec::SetName(i, s) => Edit::SetName(item_id(d, &i), s),
        Spec::SetDescription(i, s) => Edit::SetDescription(item_id(d, &i), s),
        Spec::SetShare(i, v) => Edit::SetShare(item_id(d, &i), v),
        Spec::SetSize(i, v) => Edit::SetSize(item_id(d, &i), v),
        Spec::SetNotes(i, s) => Edit::SetNotes(item_id(d, &i), s),
        Spec::SetDeliberate(i, b) => Edit::SetDeliberate(item_id(d, &i), b),
        Spec::Add(id, name, share, size, owner) => Edit::Add(Responsibility {
            id: new_item_id(d, &id),
            name,
            description: String::new(),
            external_share: share,
            size,
            owner: owner.map(|e| exec_id(d, &e)),
            notes: String::new(),
            ..Default::default()
        }),
        Spec::Delete(i) => Edit::Delete(item_id(d, &i)),
        Spec::SetShortTitle(e, s) => Edit::SetShortTitle(exec_id(d, &e), s),
        Spec::SetFullTitle(e, s) => Edit::SetFullTitle(exec_id(d, &e), s),
        Spec::SetPerson(e, s) => Edit::SetPerson(exec_id(d, &e), s),
        Spec::SetColour(e, c) => Edit::SetColour(exec_id(d, &e), c),
        Spec::MoveExecutive(e, x, y) => Edit::MoveExecutive(exec_id(d, &e), Position { x, y }),
        Spec::AddExecutive(id, title, x) => Edit::AddExecutive(Executive {
            id: new_exec_id(d, &id),
            short_title: title.clone(),
            full_title: title,
            colour: Rgb(1, 2, 3),
            position: Position { x, y: 24.0 },
            ..Default::default()
        }),
        Spec::RenameExecutiveId(e, id) => Edit::RenameExecutiveId {
            from: exec_id(d, &e),
            to: new_exec_id(d, &id),
        },
        Spec::RemoveExecutive(e) => Edit::RemoveExecutive(exec_id(d, &e)),
        Spec::SetReportsTo(e, m) => {
            let id = exec_id(d, &e);
            let to = match m {
                NewManager::NotSet => ReportsTo::NotSet,
                NewManager::Ceo => ReportsTo::Ceo,
                NewManager::Executive(m) => ReportsTo::Executive(exec_id(d, &m)),
                NewManager::Below(i) => {
                    let below = reports_of(d, &id);
                    match below.len() {
                        0 => ReportsTo::Executive(id.clone()),
                        n => ReportsTo::Executive(below[i.index(n)].clone()),
                    }
                }
                NewManager::Outside(role) => ReportsTo::Outside(role),
            };
            Edit::SetReportsTo(id, to)
        }
        Spec::SetOrientation(e, o) => Edit::SetOrientation(exec_id(d, &e), o),
        Spec::AddDottedLine(a, b) => Edit::AddDottedLine(DottedLine {
            from: exec_id(d, &a),
            to: exec_id(d, &b),
        }),
        Spec::RemoveDottedLine(i) => match d.dotted_lines.len() {
            0 => Edit::RemoveDottedLine(DottedLine {
                from: ExecutiveId("no such executive".into()),
                to: ExecutiveId("no such executive".into()),
            }),
            n => Edit::RemoveDottedLine(d.dotted_lines[i.index(n)].clone()),
        },
        Spec::SetRole(i, e, role) => Edit::SetRole {
            responsibility: item_id(d, &i),
            executive: exec_id(d, &e),
            role,
        },
        Spec::SetDesignName(s) => Edit::SetDesignName(s),
        Spec::SetSizeUnit(s) => Edit::SetSizeUnit(s),
    }
}

/// `before` with a card given to `to` as `Edit::Move` promises: the same
/// place in the list (a saved file changes on the card's line only), the
/// new owner and no role for it.
fn moved(before: &Design, id: &ResponsibilityId, to: &Option<ExecutiveId>) -> Design {
    let mut expected = before.clone();
    if let Some(card) = expected.responsibilities.iter_mut().find(|r| r.id == *id) {
        // The new owner is accountable, and holds no other role on it.
        if let Some(to) = to {
            card.roles.remove(to);
        }
        card.owner = to.clone();
    }
    expected
}

/// `before` without executive `id`, as `Edit::RemoveExecutive` promises:
/// those who reported to it report to its manager, its dotted lines and
/// roles go, and its cards go to the tray where they are in the list.
fn removed(before: &Design, id: &ExecutiveId) -> Design {
    let mut expected = before.clone();
    let Some(at) = expected.executives.iter().position(|e| e.id == *id) else {
        return expected;
    };
    let gone = expected.executives.remove(at);
    for e in &mut expected.executives {
        if e.reports_to == ReportsTo::Executive(id.clone()) {
            e.reports_to = gone.reports_to.clone();
        }
    }
    expected
        .dotted_lines
        .retain(|line| line.from != *id && line.to != *id);
    for r in &mut expected.responsibilities {
        if r.owner.as_ref() == Some(id) {
            r.owner = None;
        }
        r.roles.remove(id);
    }
    expected
}

/// The card facts `kept` (of the document at its revision, with that
/// design's index) brought up to date as the window does it, checked to be
/// exactly the facts of the design now, with the same findings as worked
/// out afresh.
fn follow(
    doc: &Document,
    kept: (u64, DesignIndex, CardFacts),
) -> Result<(u64, DesignIndex, CardFacts), TestCaseError> {
    let (revision, before, mut facts) = kept;
    let design = doc.design();
    let index = DesignIndex::of(design);
    let change = doc.cards_change_since(revision);
    facts.follow(change, &before, &index, design);
    prop_assert_eq!(&facts, &CardFacts::of(design), "after {:?}", change);
    let balance = DesignBalance::of_indexed(design, &index);
    prop_assert_eq!(
        findings_with(design, &index, &balance, &facts),
        findings(design, &index, &balance)
    );
    Ok((doc.revision(), index, facts))
}

fn start_design() -> impl Strategy<Value = Design> {
    prop_oneof![
        2 => (0..TEMPLATES.len()).prop_map(|i| (TEMPLATES[i].build)()),
        1 => design(),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn edits_with_undo_and_redo_keep_the_design_valid_and_reversible(
        start in start_design(),
        steps in prop::collection::vec(step(), 1..60),
    ) {
        check_valid(&start)?;
        let mut doc = Document::untitled(start.clone());
        let mut seen = vec![start.clone()];
        // The findings' facts of each card, kept from change to change as
        // the window keeps them.
        let mut kept = (doc.revision(), DesignIndex::of(&start), CardFacts::of(&start));
        for step in &steps {
            let before = doc.design().clone();
            match step {
                Step::Edit(spec) => {
                    let edit = resolve(&before, spec);
                    let result = doc.apply(edit.clone());
                    match &result {
                        Ok(true) => prop_assert_ne!(doc.design(), &before, "{:?}", edit),
                        Ok(false) | Err(_) => {
                            prop_assert_eq!(doc.design(), &before, "{:?} -> {:?}", edit, result);
                        }
                    }
                    if let (Ok(_), Edit::Move { responsibility, to }) = (&result, &edit) {
                        let owner = doc.design().responsibility(responsibility).map(|r| &r.owner);
                        prop_assert_eq!(owner, Some(to));
                        // A real move is logged, naming both ends; a move
                        // to where the card is logs nothing.
                        let mut logged = doc.design().clone();
                        let entry = logged.decisions.get(before.decisions.len()).cloned();
                        logged.decisions.truncate(before.decisions.len());
                        prop_assert_eq!(&logged.decisions, &before.decisions);
                        prop_assert!(doc.design().decisions.len() <= before.decisions.len() + 1);
                        match (&result, entry) {
                            (Ok(true), Some(d)) => {
                                let from = before.responsibility(responsibility).and_then(|r| r.owner.clone());
                                prop_assert_eq!(&d.responsibility, responsibility);
                                prop_assert_eq!(&d.from, &from);
                                prop_assert_eq!(&d.to, to);
                                logged.decisions.clone_from(&before.decisions);
                                prop_assert_eq!(&logged, &moved(&before, responsibility, to));
                            }
                            (Ok(false), None) => {}
                            (result, entry) => prop_assert!(false, "{result:?} logged {entry:?}"),
                        }
                    }
                    match (&result, &edit) {
                        (Ok(_), Edit::RemoveExecutive(id)) => {
                            prop_assert_eq!(doc.design(), &removed(&before, id));
                        }
                        (Ok(_), Edit::SetReportsTo(id, to)) => {
                            let now = doc.design().executive(id).map(|e| &e.reports_to);
                            prop_assert_eq!(now, Some(to));
                        }
                        (Ok(_), Edit::SetRole { responsibility, executive, role }) => {
                            let now = doc
                                .design()
                                .responsibility(responsibility)
                                .map(|r| r.roles.get(executive));
                            prop_assert_eq!(now, Some(role.as_ref()));
                        }
                        (Err(_), Edit::SetReportsTo(id, ReportsTo::Executive(to))) => {
                            // Refused only for a reason: not on the chart,
                            // itself, or a loop it would close.
                            let known = before.executive(id).is_some()
                                && before.executive(to).is_some();
                            prop_assert!(
                                !known || id == to || reporting::loop_if(&before, id, to).is_some(),
                                "{:?} refused: {:?}", edit, result
                            );
                        }
                        (Err(_), Edit::SetRole { responsibility, executive, role: Some(_) }) => {
                            let owner = before.responsibility(responsibility).map(|r| &r.owner);
                            let known = owner.is_some() && before.executive(executive).is_some();
                            prop_assert!(
                                !known || owner == Some(&Some(executive.clone())),
                                "{:?} refused: {:?}", edit, result
                            );
                        }
                        _ => {}
                    }
                    if result.is_ok() {
                        prop_assert_eq!(
                            doc.design().responsibilities.len() as isize
                                - before.responsibilities.len() as isize,
                            match edit {
                                Edit::Add(_) => 1,
                                Edit::Delete(_) => -1,
                                _ => 0,
                            }
                        );
                    }
                }
                Step::Undo => {
                    let could = doc.can_undo();
                    let label = doc.undo_label().map(str::to_owned);
                    prop_assert_eq!(label.is_some(), could);
                    prop_assert_eq!(doc.undo(), label, "undo says what it undid");
                    if could {
                        prop_assert!(seen.contains(doc.design()), "undo went to a design never seen");
                    } else {
                        prop_assert_eq!(doc.design(), &before);
                    }
                }
                Step::Redo => {
                    let could = doc.can_redo();
                    let label = doc.redo_label().map(str::to_owned);
                    prop_assert_eq!(label.is_some(), could);
                    prop_assert_eq!(doc.redo(), label, "redo says what it redid");
                    if could {
                        prop_assert!(seen.contains(doc.design()), "redo went to a design never seen");
                    } else {
                        prop_assert_eq!(doc.design(), &before);
                    }
                }
                Step::Seal => match doc.seal_history() {
                    None => prop_assert_eq!(doc.design(), &before),
                    // A new executive just given a title takes its id from
                    // it: the same as renaming its id, cards and all.
                    Some(Renamed { from, to }) => {
                        let mut expected = before.clone();
                        prop_assert_eq!(
                            expected.apply(Edit::RenameExecutiveId { from, to }),
                            Ok(true)
                        );
                        prop_assert_eq!(doc.design(), &expected);
                    }
                },
                Step::NameNewExecutive(n, title) => {
                    let id = ExecutiveId(format!("new-executive-{n}"));
                    let added = doc.apply(Edit::AddExecutive(Executive {
                        id: id.clone(),
                        short_title: "New".into(),
                        full_title: "New executive".into(),
                        colour: Rgb(1, 2, 3),
                        position: Position { x: 24.0, y: 400.0 },
                        ..Default::default()
                    }));
                    prop_assert_eq!(added.is_ok(), before.executive(&id).is_none());
                    doc.seal_history();
                    seen.push(doc.design().clone());
                    let titled = doc.apply(Edit::SetShortTitle(id.clone(), title.clone()));
                    seen.push(doc.design().clone());
                    let named = doc.design().clone();
                    match doc.seal_history() {
                        None => prop_assert_eq!(doc.design(), &named),
                        Some(Renamed { from, to }) => {
                            prop_assert_eq!(&titled, &Ok(true));
                            prop_assert_eq!(&from, &id);
                            prop_assert_eq!(&to, &named.fresh_executive_id(title));
                            let mut expected = named.clone();
                            prop_assert_eq!(
                                expected.apply(Edit::RenameExecutiveId { from, to }),
                                Ok(true)
                            );
                            prop_assert_eq!(doc.design(), &expected);
                        }
                    }
                }
            }
            check_valid(doc.design())?;
            check_on_grid(doc.design())?;
            seen.push(doc.design().clone());
            kept = follow(&doc, kept)?;
        }

        // The design after the last step. If that step was an undo, redo
        // can still go beyond it: find how far (`pending` steps) and come
        // back, which must land on the same design.
        // Naming a new executive is two undo steps (adding it, titling it).
        let most = steps.len()
            + steps
                .iter()
                .filter(|s| matches!(s, Step::NameNewExecutive(..)))
                .count();
        let end = doc.design().clone();
        let mut pending = 0;
        while doc.redo().is_some() {
            check_valid(doc.design())?;
            pending += 1;
            prop_assert!(pending <= most, "more redo steps than steps");
        }
        let tip = doc.design().clone();
        for _ in 0..pending {
            prop_assert!(doc.undo().is_some());
        }
        prop_assert_eq!(doc.design(), &end, "redo then undo returns to the end");

        let mut undone = 0;
        while doc.undo().is_some() {
            check_valid(doc.design())?;
            undone += 1;
            prop_assert!(undone <= most, "more undo steps than steps");
        }
        prop_assert_eq!(doc.design(), &start, "undoing everything gives the start back");
        prop_assert!(!doc.is_dirty(), "back at the start, nothing is unsaved");
        for _ in 0..undone {
            prop_assert!(doc.redo().is_some());
            check_valid(doc.design())?;
        }
        prop_assert_eq!(doc.design(), &end, "redoing everything gives the end back");
        let mut redone = 0;
        while doc.redo().is_some() {
            redone += 1;
        }
        prop_assert_eq!(redone, pending);
        prop_assert_eq!(doc.design(), &tip);
        for _ in 0..pending {
            prop_assert!(doc.undo().is_some());
        }
        prop_assert_eq!(doc.is_dirty(), end != start);
    }
}
