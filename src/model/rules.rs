//! The one set of rules a design must meet, and the bounds on every value.
//!
//! [`validate`] checks a whole design; it is what loading, saving and
//! autosaving call. [`Design::apply`](super::Design::apply) checks the item
//! an edit touches with the same per-item functions, so a rule is written
//! once. Numbers are brought onto a fixed grid ([`share`], [`size`],
//! [`coordinate`]) before they are compared or checked, so that a value that
//! only looks different (0.35 against 0.35000000000000003) is the same value
//! and files stay clean.
//!
//! A broken rule is a [`RuleError`]: which item (by position and id), which
//! field, and what is wrong. The file loader turns the item and field into a
//! line of the file.

use std::collections::HashMap;

use super::company::Company;
use super::design::{
    Ceo, Decision, Design, Executive, ExecutiveId, Position, ReportsTo, Responsibility,
};
use super::reporting;
pub use super::rule_error::{Problem, RuleError, Subject, field_problem};

/// Longest name, title, size unit or id, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest id, in characters (ids are limited like names).
pub const MAX_ID_CHARS: usize = MAX_NAME_CHARS;
/// Longest description or notes, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Decimal places kept in an external share (0.0001 = 0.01 %).
pub const SHARE_DECIMALS: i32 = 4;
/// Decimal places kept in a size.
pub const SIZE_DECIMALS: i32 = 4;
/// The smallest size a responsibility may have.
pub const MIN_SIZE: f64 = 0.0001;
/// The largest size a responsibility may have. With at most a few hundred
/// thousand items in a file, every sum stays far from overflowing.
pub const MAX_SIZE: f64 = 1.0e9;
/// The most columns of cards a box may have.
pub const MAX_COLUMNS: u8 = 4;
/// How far from the canvas origin a box may be placed, in points.
pub const MAX_COORDINATE: f32 = 100_000.0;

// ------------------------------------------------------------------ numbers

fn on_grid(value: f64, decimals: i32) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(decimals);
    let scaled = value * scale;
    // Beyond 2^52 every double is already a whole number: nothing to round.
    if scaled.abs() >= 4.5e15 {
        return value;
    }
    // n / 10^k is the double nearest to the decimal, so it prints short.
    let rounded = scaled.round() / scale;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// An external share on the grid of [`SHARE_DECIMALS`] places.
pub fn share(value: f64) -> f64 {
    on_grid(value, SHARE_DECIMALS)
}

/// A size on the grid of [`SIZE_DECIMALS`] places.
pub fn size(value: f64) -> f64 {
    on_grid(value, SIZE_DECIMALS)
}

/// A box coordinate in whole points.
pub fn coordinate(value: f32) -> f32 {
    if value.is_finite() {
        let rounded = value.round();
        if rounded == 0.0 { 0.0 } else { rounded }
    } else {
        value
    }
}

/// A position in whole points.
pub fn position(p: Position) -> Position {
    Position {
        x: coordinate(p.x),
        y: coordinate(p.y),
    }
}

/// Line breaks as `\n` only (a Windows `\r\n` or an old Mac `\r` becomes `\n`).
pub fn text_block(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Brings every number of a design onto its grid and every text block to
/// `\n` line breaks (done once when a design is loaded).
pub fn normalize(design: &mut Design) {
    for e in &mut design.executives {
        e.position = position(e.position);
    }
    if let Some(ceo) = &mut design.ceo {
        ceo.position = position(ceo.position);
    }
    for r in &mut design.responsibilities {
        r.external_share = share(r.external_share);
        r.size = size(r.size);
        if r.description.contains('\r') {
            r.description = text_block(std::mem::take(&mut r.description));
        }
        if r.notes.contains('\r') {
            r.notes = text_block(std::mem::take(&mut r.notes));
        }
    }
    for e in &mut design.executives {
        if e.notes.contains('\r') {
            e.notes = text_block(std::mem::take(&mut e.notes));
        }
    }
    for d in &mut design.decisions {
        if d.reason.contains('\r') {
            d.reason = text_block(std::mem::take(&mut d.reason));
        }
    }
}

// ------------------------------------------------------------------ checks

/// A problem with one field, before it is placed on an item.
pub type FieldProblem = (&'static str, Problem);

fn check_line(field: &'static str, text: &str, max: usize) -> Result<(), FieldProblem> {
    check_text(field, text, max, false)
}

fn check_text(
    field: &'static str,
    text: &str,
    max: usize,
    multi_line: bool,
) -> Result<(), FieldProblem> {
    let mut chars = 0;
    for c in text.chars() {
        chars += 1;
        let allowed = multi_line && matches!(c, '\n' | '\t' | '\r');
        if c.is_control() && !allowed {
            return Err((field, Problem::ControlCharacter { code: u32::from(c) }));
        }
        if is_noncharacter(c) {
            return Err((field, Problem::NonCharacter { code: u32::from(c) }));
        }
    }
    if chars > max {
        return Err((field, Problem::TooLong { chars, max }));
    }
    Ok(())
}

/// Whether `c` is one of Unicode's 66 noncharacters: U+FDD0 to U+FDEF and
/// the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…).
/// They stand for no character, XML (so SVG) forbids them, and a name
/// holding one cannot be drawn or exported.
pub fn is_noncharacter(c: char) -> bool {
    let code = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

fn check_id(id: &str) -> Result<(), FieldProblem> {
    if id.trim().is_empty() {
        return Err(("id", Problem::EmptyId));
    }
    check_line("id", id, MAX_ID_CHARS)
}

/// Checks an external share (already on its grid).
pub fn check_share(value: f64) -> Result<(), FieldProblem> {
    if value.is_finite() && (0.0..=1.0).contains(&value) {
        Ok(())
    } else {
        Err(("external_share", Problem::Share(value)))
    }
}

/// Checks a size (already on its grid).
pub fn check_size(value: f64) -> Result<(), FieldProblem> {
    if value.is_finite() && (MIN_SIZE..=MAX_SIZE).contains(&value) {
        Ok(())
    } else {
        Err(("size", Problem::Size(value)))
    }
}

/// Checks a box position.
pub fn check_position(p: Position) -> Result<(), FieldProblem> {
    let ok = |v: f32| v.is_finite() && v.abs() <= MAX_COORDINATE;
    if ok(p.x) && ok(p.y) {
        Ok(())
    } else {
        Err(("position", Problem::Position))
    }
}

/// Checks a design name or size unit.
pub fn check_design_name(text: &str) -> Result<(), FieldProblem> {
    check_line("name", text, MAX_NAME_CHARS)
}

/// The most people a company may be said to have (the largest employers
/// have a few million).
pub const MAX_PEOPLE: u32 = 10_000_000;

/// Checks what a design says about its company: a number of people, when
/// given, from 1 to [`MAX_PEOPLE`].
pub fn check_company(company: &Company) -> Result<(), FieldProblem> {
    match company.people {
        Some(n) if !(1..=MAX_PEOPLE).contains(&n) => Err(("people", Problem::People(n))),
        _ => Ok(()),
    }
}

/// Checks a size unit.
pub fn check_size_unit(text: &str) -> Result<(), FieldProblem> {
    check_line("size_unit", text, MAX_NAME_CHARS)
}

/// Checks a responsibility's name.
pub fn check_name(text: &str) -> Result<(), FieldProblem> {
    check_line("name", text, MAX_NAME_CHARS)
}

/// Checks an executive's short or full title.
pub fn check_title(field: &'static str, text: &str) -> Result<(), FieldProblem> {
    check_line(field, text, MAX_NAME_CHARS)
}

/// Checks a description or notes (several lines allowed).
pub fn check_text_block(field: &'static str, text: &str) -> Result<(), FieldProblem> {
    check_text(field, text, MAX_TEXT_CHARS, true)
}

/// Checks whom an executive reports to, as far as it can be checked
/// without the rest of the chart (an outside role needs a name; an
/// executive named as manager must be a well-formed id).
pub fn check_reports_to(reports_to: &ReportsTo) -> Result<(), FieldProblem> {
    match reports_to {
        ReportsTo::NotSet | ReportsTo::Ceo => Ok(()),
        ReportsTo::Executive(id) => check_line("reports_to", id.as_str(), MAX_ID_CHARS),
        ReportsTo::Outside(role) => {
            if role.trim().is_empty() {
                return Err(("reports_to", Problem::Empty));
            }
            check_line("reports_to", role, MAX_NAME_CHARS)
        }
    }
}

/// Checks every field of one executive (not its uniqueness, nor that its
/// manager is on the chart).
pub fn check_executive(e: &Executive) -> Result<(), FieldProblem> {
    check_id(e.id.as_str())?;
    check_title("short_title", &e.short_title)?;
    check_title("full_title", &e.full_title)?;
    check_title("person", &e.person)?;
    check_position(e.position)?;
    check_reports_to(&e.reports_to)?;
    check_columns(e.columns)?;
    check_text_block("notes", &e.notes)
}

/// Checks one entry of the decision log (the cards and executives it names
/// may since have gone: the log is history).
pub fn check_decision(d: &Decision) -> Result<(), FieldProblem> {
    check_line("responsibility", d.responsibility.as_str(), MAX_ID_CHARS)?;
    check_name(&d.name)?;
    for (field, owner) in [("from", &d.from), ("to", &d.to)] {
        if let Some(id) = owner {
            check_line(field, id.as_str(), MAX_ID_CHARS)?;
        }
    }
    check_text_block("reason", &d.reason)
}

/// Checks a box's number of card columns.
pub fn check_columns(columns: u8) -> Result<(), FieldProblem> {
    if (1..=MAX_COLUMNS).contains(&columns) {
        Ok(())
    } else {
        Err(("columns", Problem::Columns(columns)))
    }
}

/// Checks the CEO box.
pub fn check_ceo(ceo: &Ceo) -> Result<(), FieldProblem> {
    check_title("title", &ceo.title)?;
    check_title("name", &ceo.name)?;
    check_position(ceo.position)
}

/// Checks that `manager` may be whom `who` reports to in `design`: on the
/// chart, not `who`, and not closing a loop.
pub fn check_manager(
    design: &Design,
    who: &ExecutiveId,
    manager: &ReportsTo,
) -> Result<(), FieldProblem> {
    check_reports_to(manager)?;
    let ReportsTo::Executive(id) = manager else {
        return Ok(());
    };
    if id == who {
        return Err(("reports_to", Problem::ToItself));
    }
    if design.executive(id).is_none() {
        return Err(("reports_to", Problem::UnknownExecutive(id.0.clone())));
    }
    match reporting::loop_if(design, who, id) {
        Some(ids) => Err((
            "reports_to",
            Problem::ReportingLoop(reporting::describe_loop(design, &ids)),
        )),
        None => Ok(()),
    }
}

/// Checks every field of one responsibility (not its uniqueness or owner).
pub fn check_responsibility(r: &Responsibility) -> Result<(), FieldProblem> {
    check_id(r.id.as_str())?;
    if let Some(owner) = &r.owner {
        check_line("owner", owner.as_str(), MAX_ID_CHARS)?;
    }
    check_name(&r.name)?;
    check_text_block("description", &r.description)?;
    check_share(r.external_share)?;
    check_size(r.size)?;
    check_text_block("notes", &r.notes)?;
    for executive in r.roles.keys() {
        check_line("roles", executive.as_str(), MAX_ID_CHARS)?;
        if r.owner.as_ref() == Some(executive) {
            return Err(("roles", Problem::RoleForOwner(executive.0.clone())));
        }
    }
    Ok(())
}

/// Checks every rule a design must meet; the first broken one is returned.
///
/// Work is linear in the size of the design.
pub fn validate(design: &Design) -> Result<(), RuleError> {
    let on = |subject: Subject| {
        move |(field, problem): FieldProblem| RuleError {
            subject: subject.clone(),
            field,
            problem,
        }
    };
    check_design_name(&design.name).map_err(on(Subject::Design))?;
    check_size_unit(&design.size_unit).map_err(on(Subject::Design))?;
    check_company(&design.company).map_err(on(Subject::Design))?;

    let mut executives: HashMap<&str, usize> = HashMap::with_capacity(design.executives.len());
    for (index, e) in design.executives.iter().enumerate() {
        let subject = Subject::Executive {
            index,
            id: e.id.0.clone(),
        };
        check_executive(e).map_err(on(subject.clone()))?;
        if let Some(&first_index) = executives.get(e.id.as_str()) {
            return Err(on(subject)(("id", Problem::DuplicateId { first_index })));
        }
        executives.insert(e.id.as_str(), index);
    }
    for (index, e) in design.executives.iter().enumerate() {
        if let ReportsTo::Executive(manager) = &e.reports_to {
            let problem = if manager == &e.id {
                Some(Problem::ToItself)
            } else if !executives.contains_key(manager.as_str()) {
                Some(Problem::UnknownExecutive(manager.0.clone()))
            } else {
                None
            };
            if let Some(problem) = problem {
                let subject = Subject::Executive {
                    index,
                    id: e.id.0.clone(),
                };
                return Err(on(subject)(("reports_to", problem)));
            }
        }
    }
    if let Some(cycle) = reporting::find_loop(design) {
        let first = cycle[0];
        let titles = cycle
            .iter()
            .map(|&i| design.executives[i].short_title.clone())
            .collect();
        let subject = Subject::Executive {
            index: first,
            id: design.executives[first].id.0.clone(),
        };
        return Err(on(subject)(("reports_to", Problem::ReportingLoop(titles))));
    }
    if let Some(ceo) = &design.ceo {
        check_ceo(ceo).map_err(on(Subject::Ceo))?;
    }
    let mut lines: HashMap<(&str, &str), usize> = HashMap::with_capacity(design.dotted_lines.len());
    for (index, line) in design.dotted_lines.iter().enumerate() {
        let subject = Subject::DottedLine { index };
        for (field, id) in [("from", &line.from), ("to", &line.to)] {
            check_line(field, id.as_str(), MAX_ID_CHARS).map_err(on(subject.clone()))?;
            if !executives.contains_key(id.as_str()) {
                return Err(on(subject)((
                    field,
                    Problem::UnknownExecutive(id.0.clone()),
                )));
            }
        }
        if line.from == line.to {
            return Err(on(subject)(("to", Problem::ToItself)));
        }
        if let Some(&first_index) = lines.get(&(line.from.as_str(), line.to.as_str())) {
            return Err(on(subject)(("to", Problem::DuplicateLine { first_index })));
        }
        lines.insert((line.from.as_str(), line.to.as_str()), index);
    }
    let mut responsibilities: HashMap<&str, usize> =
        HashMap::with_capacity(design.responsibilities.len());
    for (index, r) in design.responsibilities.iter().enumerate() {
        let subject = Subject::Responsibility {
            index,
            id: r.id.0.clone(),
        };
        check_responsibility(r).map_err(on(subject.clone()))?;
        if let Some(&first_index) = responsibilities.get(r.id.as_str()) {
            return Err(on(subject)(("id", Problem::DuplicateId { first_index })));
        }
        responsibilities.insert(r.id.as_str(), index);
        if let Some(owner) = &r.owner
            && !executives.contains_key(owner.as_str())
        {
            return Err(on(subject)((
                "owner",
                Problem::UnknownOwner(owner.0.clone()),
            )));
        }
        if let Some(unknown) = r
            .roles
            .keys()
            .find(|e| !executives.contains_key(e.as_str()))
        {
            return Err(on(subject)((
                "roles",
                Problem::UnknownExecutive(unknown.0.clone()),
            )));
        }
    }
    for (index, d) in design.decisions.iter().enumerate() {
        check_decision(d).map_err(on(Subject::Decision { index }))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_land_on_a_grid_that_prints_short() {
        let slider = 0.35_f64 / 0.01;
        let snapped = slider.round() * 0.01;
        assert_eq!(snapped.to_string(), "0.35000000000000003");
        assert_eq!(share(snapped).to_string(), "0.35");
        assert_eq!(share(0.95 + 1e-12), 0.95);
        assert_eq!(size(2.5), 2.5);
        assert_eq!(size(1.0e9), 1.0e9);
        assert_eq!(size(0.000_04), 0.0);
        assert!(share(f64::NAN).is_nan());
        assert_eq!(coordinate(23.6), 24.0);
        assert_eq!(coordinate(-0.2).to_bits(), 0.0f32.to_bits());
    }

    #[test]
    fn text_refuses_control_characters_but_line_breaks_in_blocks_and_every_noncharacter() {
        assert!(check_name("a\u{1b}[2Jb").is_err());
        assert!(check_name("a\nb").is_err());
        assert!(check_name("a\u{85}b").is_err(), "C1 controls too");
        assert!(check_name("Sécurité – ✓").is_ok());
        for c in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFF}',
            '\u{10FFFE}',
        ] {
            assert_eq!(
                check_name(&format!("a{c}b")),
                Err(("name", Problem::NonCharacter { code: u32::from(c) })),
                "{c:?}"
            );
            assert!(check_text_block("notes", &format!("a{c}")).is_err());
        }
        for c in [
            '\u{FDCF}',
            '\u{FDF0}',
            '\u{FFFD}',
            '\u{1FFFD}',
            '\u{20000}',
            '\u{E000}',
        ] {
            assert!(check_name(&format!("a{c}b")).is_ok(), "{c:?}");
        }
        assert!(check_text_block("notes", "one\n\ttwo").is_ok());
        assert!(check_text_block("notes", "bell\u{7}").is_err());
        assert_eq!(text_block("a\r\nb\rc".into()), "a\nb\nc");
    }
}
