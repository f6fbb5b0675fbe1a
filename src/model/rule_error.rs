//! What a broken rule is, and how it is said: which item ([`Subject`]),
//! which field, and what is wrong ([`Problem`]), in plain words that name
//! the item by its id or its place in the list.

use super::rules::{MAX_COLUMNS, MAX_COORDINATE, MAX_PEOPLE, MAX_SIZE, MIN_SIZE};

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
    /// The CEO box.
    Ceo,
    /// The dotted line at `index` in the design's list.
    DottedLine {
        /// Its position in `dotted_lines`, from 0.
        index: usize,
    },
    /// The entry at `index` in the design's decision log.
    Decision {
        /// Its position in `decisions`, from 0.
        index: usize,
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
    /// Text with a Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0…): a code
    /// point that stands for no character and cannot go into an SVG.
    NonCharacter {
        /// The code point, as `U+FFFF`.
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
    /// A moment that is not written as a UTC time, e.g.
    /// `2026-11-23T19:45:12Z`.
    Time(String),
    /// Text that may not be empty (a title, an outside role).
    Empty,
    /// A reference to an executive that is not on the chart.
    UnknownExecutive(String),
    /// An executive named as its own manager, or a dotted line from an
    /// executive to itself.
    ToItself,
    /// Reporting that goes round in a loop: the short titles along it, the
    /// first repeated at the end.
    ReportingLoop(Vec<String>),
    /// The same dotted line twice.
    DuplicateLine {
        /// Where the first one is, from 0.
        first_index: usize,
    },
    /// A role on a card for the executive who owns it (the owner is the one
    /// accountable, and holds no other role).
    RoleForOwner(String),
    /// Two roles on one card for the same executive.
    DuplicateRole(String),
    /// A number of card columns outside 1..=[`MAX_COLUMNS`].
    Columns(u8),
    /// A company's number of people outside 1..=[`MAX_PEOPLE`].
    People(u32),
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
        "reports_to" => "manager",
        "roles" => "roles",
        "from" => "first executive",
        "people" => "number of people in the company",
        "to" => "second executive",
        other => other,
    }
}

/// How a field of a decision-log entry is said.
fn decision_field_words(field: &str) -> &str {
    match field {
        "responsibility" => "card",
        "from" => "first owner",
        "to" => "new owner",
        "when" => "time",
        other => other,
    }
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let field = match self.subject {
            Subject::Decision { .. } => decision_field_words(self.field),
            _ => field_words(self.field),
        };
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
            Subject::Ceo => write!(f, "the CEO box's {field}")?,
            Subject::DottedLine { index } => {
                if let Problem::DuplicateLine { first_index } = self.problem {
                    return write!(
                        f,
                        "the {} dotted line repeats the {}; each line is listed once",
                        ordinal(*index),
                        ordinal(first_index)
                    );
                }
                write!(f, "the {} dotted line's {field}", ordinal(*index))?;
            }
            Subject::Decision { index } => {
                write!(f, "the {} decision's {field}", ordinal(*index))?;
            }
        }
        // "its notes are…", "its name is…".
        let (is, contains) = if matches!(self.field, "notes" | "roles") {
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
            Problem::NonCharacter { code } => write!(
                f,
                " {contains} U+{code:04X}, which is not a character (Unicode keeps it \
                 for programs' own use), so it cannot be shown or exported; delete it"
            ),
            Problem::DuplicateId { first_index } => {
                let id = match &self.subject {
                    Subject::Executive { id, .. } | Subject::Responsibility { id, .. } => id,
                    Subject::Design
                    | Subject::Ceo
                    | Subject::DottedLine { .. }
                    | Subject::Decision { .. } => "",
                };
                let what = match self.subject {
                    Subject::Executive { .. } => "executive",
                    _ => "responsibility",
                };
                let id = if id.is_empty() { "it" } else { id };
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
            Problem::Empty => write!(f, " {is} empty; it needs some text"),
            Problem::UnknownExecutive(id) => {
                let is = if self.field == "roles" { "name" } else { "is" };
                write!(f, " {is} \"{id}\", which is not one of the executives")
            }
            Problem::ToItself => f.write_str(" is the executive itself"),
            Problem::ReportingLoop(titles) => write!(
                f,
                " would make reporting go round in a loop: {}; someone must be at the top",
                super::reporting::loop_sentence(titles)
            ),
            Problem::DuplicateLine { first_index } => write!(
                f,
                " repeats the {} dotted line; each line is listed once",
                ordinal(*first_index)
            ),
            Problem::RoleForOwner(id) => write!(
                f,
                " give \"{id}\" a role, but \"{id}\" owns it (the owner is the one accountable and holds no other role)"
            ),
            Problem::DuplicateRole(id) => write!(
                f,
                " give \"{id}\" more than one role; an executive has one role on a card"
            ),
            Problem::Columns(n) => write!(
                f,
                " {is} {n}; a box has from 1 to {MAX_COLUMNS} columns of cards"
            ),
            Problem::People(n) => write!(
                f,
                " {is} {n}; a company has from 1 to {} people",
                super::company::thousands(MAX_PEOPLE)
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
            Problem::Time(text) => {
                let text = match text.char_indices().nth(40) {
                    Some((at, _)) => format!("{}…", &text[..at]),
                    None => text.clone(),
                };
                write!(
                    f,
                    " \"{text}\" is not a time in UTC written like \"2026-11-23T19:45:12Z\""
                )
            }
        }
    }
}

impl std::error::Error for RuleError {}

/// What is wrong with one value where there is no item to name (a cell of
/// a spreadsheet, say): "the name contains U+FFFF, which is not a
/// character…", in the same words as a rule error about that field.
pub fn field_problem(field: &'static str, problem: &Problem) -> String {
    let text = RuleError {
        subject: Subject::Design,
        field,
        problem: problem.clone(),
    }
    .to_string();
    match text.strip_prefix("the design's ") {
        Some(rest) => format!("the {rest}"),
        None => text,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
