//! Property tests of the model and the file format:
//!
//! - any valid design (unicode text with quotes, backslashes and newlines,
//!   extreme but valid numbers) survives `to_ron_string` → `from_ron_str`
//!   unchanged, and its saved text is stable;
//! - any sequence of edits (valid or not) applied to a `Document`, the way
//!   the app applies them, interleaved with undo, redo and sealing, keeps the
//!   design valid after every step; undoing everything gives back the
//!   starting design and redoing everything the final one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::sample::Index;

use remit::document::Document;
use remit::model::edit::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use remit::model::file_format::{self, from_ron_str, to_ron_string};
use remit::model::templates::TEMPLATES;
use remit::model::{
    Design, Edit, Executive, ExecutiveId, Position, Responsibility, ResponsibilityId, Rgb,
};

/// `cases` cases, and no regression files written into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- text

fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        Just('"'),
        Just('\\'),
        Just('\n'),
        Just('\r'),
        Just('\t'),
        Just('\0'),
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
        Just('\u{7f}'),
        Just('\u{202e}'),
        Just('\u{2028}'),
        Just('\u{feff}'),
        Just('\u{10ffff}'),
    ]
}

/// Text of up to `max` characters, heavy on characters that need escaping.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<char>(),
            3 => tricky_char(),
            2 => prop::char::range('a', 'z'),
        ],
        0..=max,
    )
    .prop_map(String::from_iter)
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

fn share() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0..=1.0_f64,
        1 => Just(0.0),
        1 => Just(1.0),
        1 => Just(f64::MIN_POSITIVE),
        1 => Just(5e-324),
        1 => Just(1.0 - f64::EPSILON / 2.0),
        1 => Just(1.0 / 3.0),
    ]
}

fn size() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.01..1e6_f64,
        1 => Just(0.01),
        1 => Just(999_999.999_999_999_9),
        1 => Just(0.1 + 0.2),
    ]
}

fn coordinate() -> impl Strategy<Value = f32> {
    prop_oneof![
        4 => -5000.0_f32..5000.0,
        1 => prop::num::f32::POSITIVE
            | prop::num::f32::NEGATIVE
            | prop::num::f32::NORMAL
            | prop::num::f32::SUBNORMAL
            | prop::num::f32::ZERO,
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

fn executive(i: usize) -> impl Strategy<Value = Executive> {
    (
        text(10),
        name(),
        name(),
        colour(),
        coordinate(),
        coordinate(),
    )
        .prop_map(move |(id, short, full, colour, x, y)| Executive {
            id: ExecutiveId(unique_id(&id, i)),
            short_title: short,
            full_title: full,
            colour,
            position: Position { x, y },
        })
}

/// A responsibility without its owner, and which executive (if any) should
/// own it once the executives are known.
fn responsibility(i: usize) -> impl Strategy<Value = (Responsibility, Option<Index>)> {
    (
        text(10),
        name(),
        text(60),
        share(),
        size(),
        text(60),
        prop::option::weighted(0.8, any::<Index>()),
    )
        .prop_map(move |(id, name, description, share, size, notes, owner)| {
            (
                Responsibility {
                    id: ResponsibilityId(unique_id(&id, i)),
                    name,
                    description,
                    external_share: share,
                    size,
                    owner: None,
                    notes,
                },
                owner,
            )
        })
}

fn design() -> impl Strategy<Value = Design> {
    (0..6_usize, 0..40_usize)
        .prop_flat_map(|(executives, responsibilities)| {
            (
                name(),
                name(),
                (0..executives).map(executive).collect::<Vec<_>>(),
                (0..responsibilities)
                    .map(responsibility)
                    .collect::<Vec<_>>(),
            )
        })
        .prop_map(|(name, size_unit, executives, items)| {
            let mut d = Design::empty(name);
            d.size_unit = size_unit;
            let ids: Vec<ExecutiveId> = executives.iter().map(|e| e.id.clone()).collect();
            d.executives = executives;
            d.responsibilities = items
                .into_iter()
                .map(|(mut r, owner)| {
                    if !ids.is_empty() {
                        r.owner = owner.map(|i| ids[i.index(ids.len())].clone());
                    }
                    r
                })
                .collect();
            d
        })
}

/// Every rule a design must meet, checked directly as well as by `validate`.
fn check_valid(d: &Design) -> Result<(), TestCaseError> {
    let executives: HashSet<&ExecutiveId> = d.executives.iter().map(|e| &e.id).collect();
    prop_assert_eq!(executives.len(), d.executives.len(), "executive ids unique");
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
        prop_assert!(r.size.is_finite() && r.size > 0.0);
        prop_assert!((0.0..=1.0).contains(&r.external_share));
    }
    if let Err(problem) = file_format::validate(d) {
        return Err(TestCaseError::fail(format!("invalid: {problem:?}")));
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn any_valid_design_survives_saving_and_loading(d in design()) {
        check_valid(&d)?;
        let text = to_ron_string(&d).map_err(TestCaseError::fail)?;
        let back = match from_ron_str(&text) {
            Ok(back) => back,
            Err(e) => return Err(TestCaseError::fail(format!("{e}\n{text}"))),
        };
        prop_assert_eq!(&back, &d);
        // Stable: the same text every time, and again after loading.
        prop_assert_eq!(to_ron_string(&d).map_err(TestCaseError::fail)?, text.clone());
        prop_assert_eq!(to_ron_string(&back).map_err(TestCaseError::fail)?, text);
    }
}

// ---------------------------------------------------------------- edits

/// Which responsibility an edit names: one that exists now, or none.
#[derive(Clone, Debug)]
enum Item {
    Existing(Index),
    Unknown,
}

/// Which executive an edit names: one that exists now, or none.
#[derive(Clone, Debug)]
enum Exec {
    Existing(Index),
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
    SetName(Item, String),
    SetDescription(Item, String),
    SetShare(Item, f64),
    SetSize(Item, f64),
    SetNotes(Item, String),
    Add(NewId, String, f64, f64, Option<Exec>),
    Delete(Item),
    SetShortTitle(Exec, String),
    SetFullTitle(Exec, String),
    SetColour(Exec, Rgb),
    MoveExecutive(Exec, f32, f32),
    AddExecutive(NewId, String, f32),
    RemoveExecutive(Exec),
    SetDesignName(String),
    SetSizeUnit(String),
}

#[derive(Clone, Debug)]
enum Step {
    Edit(Spec),
    Undo,
    Redo,
    Seal,
}

fn item() -> impl Strategy<Value = Item> {
    prop_oneof![9 => any::<Index>().prop_map(Item::Existing), 1 => Just(Item::Unknown)]
}

fn exec() -> impl Strategy<Value = Exec> {
    prop_oneof![9 => any::<Index>().prop_map(Exec::Existing), 1 => Just(Exec::Unknown)]
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
    ]
}

/// A name, sometimes one character too long.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => name(),
        1 => Just("ä".repeat(MAX_NAME_CHARS + 1)),
    ]
}

/// A description or notes, sometimes one character too long.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => text(40),
        1 => Just("\n".repeat(MAX_TEXT_CHARS)),
        1 => Just("x".repeat(MAX_TEXT_CHARS + 1)),
    ]
}

fn spec() -> impl Strategy<Value = Spec> {
    prop_oneof![
        6 => (item(), prop::option::weighted(0.8, exec())).prop_map(|(i, e)| Spec::Move(i, e)),
        1 => (item(), any_name()).prop_map(|(i, s)| Spec::SetName(i, s)),
        1 => (item(), any_text()).prop_map(|(i, s)| Spec::SetDescription(i, s)),
        2 => (item(), any_share()).prop_map(|(i, v)| Spec::SetShare(i, v)),
        2 => (item(), any_size()).prop_map(|(i, v)| Spec::SetSize(i, v)),
        1 => (item(), any_text()).prop_map(|(i, s)| Spec::SetNotes(i, s)),
        2 => (new_id(), any_name(), any_share(), any_size(), prop::option::of(exec()))
            .prop_map(|(id, n, sh, sz, o)| Spec::Add(id, n, sh, sz, o)),
        2 => item().prop_map(Spec::Delete),
        1 => (exec(), any_name()).prop_map(|(e, s)| Spec::SetShortTitle(e, s)),
        1 => (exec(), any_name()).prop_map(|(e, s)| Spec::SetFullTitle(e, s)),
        1 => (exec(), colour()).prop_map(|(e, c)| Spec::SetColour(e, c)),
        2 => (exec(), any_coordinate(), any_coordinate())
            .prop_map(|(e, x, y)| Spec::MoveExecutive(e, x, y)),
        1 => (new_id(), any_name(), any_coordinate())
            .prop_map(|(id, t, x)| Spec::AddExecutive(id, t, x)),
        1 => exec().prop_map(Spec::RemoveExecutive),
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

/// The edit `spec` describes, against the design as it is now.
fn resolve(d: &Design, spec: &Spec) -> Edit {
    match spec.clone() {
        Spec::Move(i, to) => Edit::Move {
            responsibility: item_id(d, &i),
            to: to.map(|e| exec_id(d, &e)),
        },
        Spec::SetName(i, s) => Edit::SetName(item_id(d, &i), s),
        Spec::SetDescription(i, s) => Edit::SetDescription(item_id(d, &i), s),
        Spec::SetShare(i, v) => Edit::SetShare(item_id(d, &i), v),
        Spec::SetSize(i, v) => Edit::SetSize(item_id(d, &i), v),
        Spec::SetNotes(i, s) => Edit::SetNotes(item_id(d, &i), s),
        Spec::Add(id, name, share, size, owner) => Edit::Add(Responsibility {
            id: new_item_id(d, &id),
            name,
            description: String::new(),
            external_share: share,
            size,
            owner: owner.map(|e| exec_id(d, &e)),
            notes: String::new(),
        }),
        Spec::Delete(i) => Edit::Delete(item_id(d, &i)),
        Spec::SetShortTitle(e, s) => Edit::SetShortTitle(exec_id(d, &e), s),
        Spec::SetFullTitle(e, s) => Edit::SetFullTitle(exec_id(d, &e), s),
        Spec::SetColour(e, c) => Edit::SetColour(exec_id(d, &e), c),
        Spec::MoveExecutive(e, x, y) => Edit::MoveExecutive(exec_id(d, &e), Position { x, y }),
        Spec::AddExecutive(id, title, x) => Edit::AddExecutive(Executive {
            id: new_exec_id(d, &id),
            short_title: title.clone(),
            full_title: title,
            colour: Rgb(1, 2, 3),
            position: Position { x, y: 24.0 },
        }),
        Spec::RemoveExecutive(e) => Edit::RemoveExecutive(exec_id(d, &e)),
        Spec::SetDesignName(s) => Edit::SetDesignName(s),
        Spec::SetSizeUnit(s) => Edit::SetSizeUnit(s),
    }
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
                    prop_assert_eq!(doc.undo(), could);
                    if could {
                        prop_assert!(seen.contains(doc.design()), "undo went to a design never seen");
                    } else {
                        prop_assert_eq!(doc.design(), &before);
                    }
                }
                Step::Redo => {
                    let could = doc.can_redo();
                    prop_assert_eq!(doc.redo(), could);
                    if could {
                        prop_assert!(seen.contains(doc.design()), "redo went to a design never seen");
                    } else {
                        prop_assert_eq!(doc.design(), &before);
                    }
                }
                Step::Seal => {
                    doc.seal_history();
                    prop_assert_eq!(doc.design(), &before);
                }
            }
            check_valid(doc.design())?;
            seen.push(doc.design().clone());
        }

        // The design after the last step. If that step was an undo, redo
        // can still go beyond it: find how far (`pending` steps) and come
        // back, which must land on the same design.
        let end = doc.design().clone();
        let mut pending = 0;
        while doc.redo() {
            check_valid(doc.design())?;
            pending += 1;
            prop_assert!(pending <= steps.len(), "more redo steps than steps");
        }
        let tip = doc.design().clone();
        for _ in 0..pending {
            prop_assert!(doc.undo());
        }
        prop_assert_eq!(doc.design(), &end, "redo then undo returns to the end");

        let mut undone = 0;
        while doc.undo() {
            check_valid(doc.design())?;
            undone += 1;
            prop_assert!(undone <= steps.len(), "more undo steps than steps");
        }
        prop_assert_eq!(doc.design(), &start, "undoing everything gives the start back");
        prop_assert!(!doc.is_dirty(), "back at the start, nothing is unsaved");
        for _ in 0..undone {
            prop_assert!(doc.redo());
            check_valid(doc.design())?;
        }
        prop_assert_eq!(doc.design(), &end, "redoing everything gives the end back");
        let mut redone = 0;
        while doc.redo() {
            redone += 1;
        }
        prop_assert_eq!(redone, pending);
        prop_assert_eq!(doc.design(), &tip);
        for _ in 0..pending {
            prop_assert!(doc.undo());
        }
        prop_assert_eq!(doc.is_dirty(), end != start);
    }
}
