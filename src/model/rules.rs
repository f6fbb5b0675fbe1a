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

use super::design::{Design, Executive, Position, Responsibility};

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
/// How far from the canvas origin a box may be placed, in points.
pub const MAX_COORDINATE: f32 = 100_000.0;

/// Which part of a design a rule is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The design's own fields (name, size unit).
    Design,
    /// The executive at `index` in the design's list.
    Executive {
        /// Its position in `executives`, from 0.
        index: usize,
        /// Its id (possibly the offending value itself).
        id: String,
    },
    /// The responsibility at `index` in the design's list.
    Responsibility {
        /// Its position in `responsibilities`, from 0.
        index: usize,
        /// Its id.
        id: String,
    },
}

/// What is wrong with a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// An id that is empty or only spaces.
    EmptyId,
    /// Text longer than allowed.
    TooLong {
        /// How many characters it has.
        chars: usize,
        /// How many are allowed.
        max: usize,
    },
    /// Text with a control character (an escape, a bell, a line break in a
    /// one-line field…).
    ControlCharacter {
        /// The character, as `U+001B`.
        code: u32,
    },
    /// A second executive or responsibility with an id already used.
    DuplicateId {
        /// Where the first one is, from 0.
        first_index: usize,
    },
    /// An owner that is not one of the executives.
    UnknownOwner(String),
    /// A size outside [`MIN_SIZE`]..=[`MAX_SIZE`] (or not a number).
    Size(f64),
    /// An external share outside 0..=1 (or not a number).
    Share(f64),
    /// A box position that is not a number or too far away.
    Position,
    /// A colour that is not `#rrggbb`.
    Colour(String),
}

/// A broken rule: about which item, which field, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleError {
    /// The item.
    pub subject: Subject,
    /// The field, as named in the design (`"size"`, `"id"`…).
    pub field: &'static str,
    /// What is wrong.
    pub problem: Problem,
}

fn ordinal(index: usize) -> String {
    let n = index + 1;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn field_words(field: &str) -> &str {
    match field {
        "name" => "name",
        "size_unit" => "size unit",
        "short_title" => "short title",
        "full_title" => "full title",
        "external_share" => "external share",
        other => other,
    }
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let field = field_words(self.field);
        match &self.subject {
            Subject::Design => write!(f, "the design's {field}")?,
            Subject::Executive { index, id } => {
                if matches!(self.problem, Problem::EmptyId) || self.field == "id" {
                    write!(f, "the {} executive's {field}", ordinal(*index))?;
                } else {
                    write!(f, "executive \"{id}\": its {field}")?;
                }
            }
            Subject::Responsibility { index, id } => {
                if matches!(self.problem, Problem::EmptyId) || self.field == "id" {
                    write!(f, "the {} responsibility's {field}", ordinal(*index))?;
                } else {
                    write!(f, "responsibility \"{id}\": its {field}")?;
                }
            }
        }
        // "its notes are…", "its name is…".
        let (is, contains) = if self.field == "notes" {
            ("are", "contain")
        } else {
            ("is", "contains")
        };
        match &self.problem {
            Problem::EmptyId => f.write_str(" is empty; every item needs an id"),
            Problem::TooLong { chars, max } => {
                write!(
                    f,
                    " {is} {chars} characters long; at most {max} are allowed"
                )
            }
            Problem::ControlCharacter { code } => write!(
                f,
                " {contains} the control character U+{code:04X}, which is not allowed there"
            ),
            Problem::DuplicateId { first_index } => {
                let id = match &self.subject {
                    Subject::Executive { id, .. } | Subject::Responsibility { id, .. } => id,
                    Subject::Design => "",
                };
                let what = match self.subject {
                    Subject::Executive { .. } => "executive",
                    _ => "responsibility",
                };
                write!(
                    f,
                    " \"{id}\" is already used by the {} {what}; ids must be unique",
                    ordinal(*first_index)
                )
            }
            Problem::UnknownOwner(owner) => {
                write!(f, " \"{owner}\" is not one of the executives")
            }
            Problem::Size(value) => write!(
                f,
                " {}; a size must be a number from {MIN_SIZE} to {}",
                quoted_number(*value),
                super::format::size(MAX_SIZE)
            ),
            Problem::Share(value) => write!(
                f,
                " {}; it must be a number from 0 (internal) to 1 (external)",
                quoted_number(*value)
            ),
            Problem::Position => write!(
                f,
                " is not a number between -{0} and {0}",
                super::format::size(f64::from(MAX_COORDINATE))
            ),
            Problem::Colour(text) => {
                let text = match text.char_indices().nth(40) {
                    Some((at, _)) => format!("{}…", &text[..at]),
                    None => text.clone(),
                };
                write!(
                    f,
                    " \"{text}\" is not of the form \"#rrggbb\" (e.g. \"#2f6fb5\")"
                )
            }
        }
    }
}

impl std::error::Error for RuleError {}

/// "is 0"; for NaN, infinity or a number too large to hold (written
/// `1e400`), "is not a finite number", rather than quoting a value the
/// file may not contain.
fn quoted_number(value: f64) -> String {
    if value.is_finite() {
        format!("is {}", super::format::number(value))
    } else {
        "is not a finite number".to_owned()
    }
}

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
    }
    if chars > max {
        return Err((field, Problem::TooLong { chars, max }));
    }
    Ok(())
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

/// Checks every field of one executive (not its uniqueness).
pub fn check_executive(e: &Executive) -> Result<(), FieldProblem> {
    check_id(e.id.as_str())?;
    check_title("short_title", &e.short_title)?;
    check_title("full_title", &e.full_title)?;
    check_position(e.position)
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
    check_text_block("notes", &r.notes)
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
    fn ordinals_read_naturally() {
        let words: Vec<String> = [0, 1, 2, 3, 10, 11, 12, 20, 21, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            words,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "112th"
            ]
        );
    }

    #[test]
    fn one_line_fields_refuse_every_control_character_and_text_blocks_allow_lines() {
        assert!(check_name("a\u{1b}[2Jb").is_err());
        assert!(check_name("a\nb").is_err());
        assert!(check_name("a\u{85}b").is_err(), "C1 controls too");
        assert!(check_name("Sécurité – ✓").is_ok());
        assert!(check_text_block("notes", "one\n\ttwo").is_ok());
        assert!(check_text_block("notes", "bell\u{7}").is_err());
        assert_eq!(text_block("a\r\nb\rc".into()), "a\nb\nc");
    }
}
