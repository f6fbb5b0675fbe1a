//! The second step of the import: rows of cells (from any table, each with
//! its line) turned into the cards they describe, each bad row with its
//! line and why. The header row names the columns ([`field`]); owners and
//! role holders are found on the chart by [`Titles`].

use std::collections::HashMap;

use super::table::{Cell, Record};
use super::text::{count, from_cell, quoted};
use super::titles::{self, Found, Titles};
use super::values::{self, DecimalMark};
use super::{Holder, ImportPreview, ImportRow, RowError, UnknownHolder};
use crate::model::Role;
use crate::model::rules::{self, MAX_NAME_CHARS, Problem};

/// The most rows one import reads: more than a design file can hold (a
/// design is at most 16 MiB, and a card takes at least about 55 bytes).
pub const MAX_ROWS: usize = 300_000;

/// The most bad rows listed one by one; the rest are counted.
pub const MAX_LISTED_ERRORS: usize = 1_000;

/// The columns the import knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `id`
    Id,
    /// `name`
    Name,
    /// `description`
    Description,
    /// `owner`
    Owner,
    /// `facing`
    Facing,
    /// `size`
    Size,
    /// `responsible`, `consulted`, `informed`
    Role(Role),
    /// `notes`
    Notes,
    /// `deliberate`
    Deliberate,
}

/// The column a header names, if the import knows it (letter case, spaces
/// and punctuation do not matter).
pub fn field(header: &str) -> Option<Field> {
    let key: String = header
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    Some(match key.as_str() {
        "id" => Field::Id,
        "name" | "responsibility" | "item" => Field::Name,
        "description" => Field::Description,
        "owner" | "accountable" | "owneraccountable" | "ownera" => Field::Owner,
        "facing" | "external" | "externalshare" | "externalfacing" => Field::Facing,
        "size" => Field::Size,
        "responsible" => Field::Role(Role::Responsible),
        "consulted" => Field::Role(Role::Consulted),
        "informed" => Field::Role(Role::Informed),
        "notes" | "note" => Field::Notes,
        "deliberate" | "placedhereonpurpose" | "onpurpose" => Field::Deliberate,
        _ => return None,
    })
}

/// Where each known column is.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    known: Vec<(Field, usize)>,
    count: usize,
}

impl Columns {
    /// The columns a header row names; unknown and repeated ones go to
    /// `ignored` (the first column of a kind counts).
    pub fn of(header: &Record, ignored: &mut Vec<String>) -> Self {
        let mut known: Vec<(Field, usize)> = Vec::new();
        for (i, cell) in header.cells.iter().enumerate() {
            let name = from_cell(&cell.text);
            match field(name) {
                Some(f) if !known.iter().any(|(k, _)| *k == f) => known.push((f, i)),
                _ if name.is_empty() => {}
                _ => ignored.push(super::text::clip(name, 40).into_owned()),
            }
        }
        Self {
            known,
            count: header.cells.len(),
        }
    }

    /// Whether the header names this column.
    pub fn has(&self, wanted: Field) -> bool {
        self.known.iter().any(|(f, _)| *f == wanted)
    }

    /// How many cells of a row are read: as many as the header has (a row
    /// is blank only when all of them are).
    pub fn needed(&self) -> usize {
        self.count
    }

    fn cell<'r>(&self, record: &'r Record, wanted: Field) -> Option<&'r Cell> {
        let (_, i) = self.known.iter().find(|(f, _)| *f == wanted)?;
        record.cells.get(*i)
    }
}

/// The decimal marks of the facing and size columns.
#[derive(Clone, Copy, Debug, Default)]
pub struct Marks {
    /// The facing column's.
    pub facing: Option<DecimalMark>,
    /// The size column's.
    pub size: Option<DecimalMark>,
}

/// Collects what the facing and size columns show of their decimal marks.
#[derive(Debug, Default)]
pub struct MarkVotes {
    facing: values::MarkVotes,
    size: values::MarkVotes,
}

impl MarkVotes {
    /// Takes one row into account.
    pub fn see(&mut self, columns: &Columns, record: &Record) {
        if let Some(cell) = columns.cell(record, Field::Facing) {
            self.facing.see(&cell.text);
        }
        if let Some(cell) = columns.cell(record, Field::Size) {
            self.size.see(&cell.text);
        }
    }

    /// The marks, for a file with this separator.
    pub fn marks(&self, separator: u8) -> Marks {
        Marks {
            facing: self.facing.mark(separator),
            size: self.size.mark(separator),
        }
    }
}

/// A field's problem in plain words.
pub(super) fn problem_words(what: &'static str, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { chars, max } => format!(
            "the {what} is {} long; at most {max} are allowed",
            count(*chars, "character", "characters")
        ),
        Problem::ControlCharacter { code } => format!(
            "the {what} contains the control character U+{code:04X} (a line break, a tab…), \
             which is not allowed there"
        ),
        Problem::EmptyId | Problem::Empty => format!("the {what} is empty"),
        other => crate::model::rules::field_problem(what, other),
    }
}

/// Who a row names, compared as the import compares them.
fn same(a: &Holder, b: &Holder) -> bool {
    match (a, b) {
        (Holder::Existing(a), Holder::Existing(b)) => a == b,
        (Holder::Unknown(a), Holder::Unknown(b)) => titles::key(a) == titles::key(b),
        _ => false,
    }
}

/// The executive `text` names, or the title it gives for one not on the
/// chart. `what` names the column in messages.
fn holder(titles: &Titles, text: &str, what: &str) -> Result<Holder, String> {
    match titles.find(text) {
        Found::One(id) => Ok(Holder::Existing(id)),
        Found::Several(ids) => Err(format!(
            "the {what} {} could be any of {}; write the full title or the id of the one meant",
            quoted(text.trim()),
            titles.describe_several(&ids)
        )),
        Found::None => {
            let title = text.trim();
            rules::check_title("title", title).map_err(|(_, problem)| {
                format!(
                    "the {what} {} is not on the chart and cannot be a title: {}",
                    quoted(title),
                    problem_words("title", &problem).trim_start_matches("the title ")
                )
            })?;
            Ok(Holder::Unknown(title.to_owned()))
        }
    }
}

/// Reads the rows into cards.
pub struct RowReader<'a> {
    columns: &'a Columns,
    titles: &'a Titles,
    marks: Marks,
    unknown: HashMap<String, usize>,
}

impl<'a> RowReader<'a> {
    /// A reader for rows with these columns, against these executives.
    pub fn new(columns: &'a Columns, titles: &'a Titles, marks: Marks) -> Self {
        Self {
            columns,
            titles,
            marks,
            unknown: HashMap::new(),
        }
    }

    /// Adds one row to `out`: its card, or why not. Returns `false` once no
    /// more rows are read.
    pub fn add(&mut self, record: &Record, out: &mut ImportPreview) -> bool {
        if record.cells.iter().all(|c| c.text.trim().is_empty()) {
            return true;
        }
        if out.rows.len() + out.errors.len() + out.errors_not_listed >= MAX_ROWS {
            push_error(
                out,
                RowError {
                    line: record.line,
                    why: format!(
                        "Remit imports at most {} at a time (a design could not hold more); \
                         nothing from this line on was read",
                        count(MAX_ROWS, "row", "rows")
                    ),
                },
            );
            return false;
        }
        match self.row(record) {
            Ok(row) => {
                self.note_unknown(&row, out);
                out.rows.push(row);
            }
            Err(why) => push_error(
                out,
                RowError {
                    line: record.line,
                    why,
                },
            ),
        }
        true
    }

    fn note_unknown(&mut self, row: &ImportRow, out: &mut ImportPreview) {
        let named = row
            .owner
            .iter()
            .map(|h| (h, true))
            .chain(row.roles.iter().map(|(h, _)| (h, false)));
        for (holder, as_owner) in named {
            let Holder::Unknown(title) = holder else {
                continue;
            };
            let next = out.unknown_owners.len();
            let i = *self.unknown.entry(titles::key(title)).or_insert(next);
            if i == next {
                out.unknown_owners.push(UnknownHolder {
                    title: title.clone(),
                    line: row.line,
                    owner_lines: Vec::new(),
                    role_lines: Vec::new(),
                });
            }
            let unknown = &mut out.unknown_owners[i];
            let lines = if as_owner {
                &mut unknown.owner_lines
            } else {
                &mut unknown.role_lines
            };
            lines.push(row.line);
        }
    }

    fn row(&self, record: &Record) -> Result<ImportRow, String> {
        // A column's cell as written (see `from_cell`); empty when the row
        // has no such cell. A cell too long to keep whole is refused here,
        // with its true length; the rules measure the others.
        let text = |wanted: Field, what: &str, max: usize| -> Result<String, String> {
            let Some(cell) = self.columns.cell(record, wanted) else {
                return Ok(String::new());
            };
            if !cell.is_whole() {
                return Err(format!(
                    "the {what} {} is {} long; at most {max} are allowed",
                    quoted(&cell.text),
                    count(cell.chars, "character", "characters")
                ));
            }
            Ok(from_cell(&cell.text).to_owned())
        };
        let name = text(Field::Name, "name", MAX_NAME_CHARS)?;
        if name.is_empty() {
            return Err("the name is empty; every responsibility needs one".to_owned());
        }
        rules::check_name(&name).map_err(|(_, p)| problem_words("name", &p))?;
        let id = text(Field::Id, "id", rules::MAX_ID_CHARS)?;
        if !id.is_empty() {
            rules::check_title("id", &id).map_err(|(_, p)| problem_words("id", &p))?;
        }
        let description = rules::text_block(text(
            Field::Description,
            "description",
            rules::MAX_TEXT_CHARS,
        )?);
        rules::check_text_block("description", &description)
            .map_err(|(_, p)| problem_words("description", &p))?;
        let notes = rules::text_block(text(Field::Notes, "notes", rules::MAX_TEXT_CHARS)?);
        rules::check_text_block("notes", &notes).map_err(|(_, p)| problem_words("notes", &p))?;
        let external_share =
            values::parse_facing_with(&text(Field::Facing, "facing", 100)?, self.marks.facing)?;
        let size = values::parse_size_with(&text(Field::Size, "size", 100)?, self.marks.size)?;
        let deliberate = values::parse_yes_no(
            "deliberate mark",
            &text(Field::Deliberate, "deliberate mark", 100)?,
        )?;
        let owner_text = text(Field::Owner, "owner", MAX_NAME_CHARS)?;
        let owner = if owner_text.is_empty() {
            None
        } else {
            match holder(self.titles, &owner_text, "owner") {
                // "Unassigned" is the tray, unless an executive is called so.
                Ok(Holder::Unknown(t))
                    if t.eq_ignore_ascii_case(crate::export::table::UNASSIGNED) =>
                {
                    None
                }
                other => Some(other?),
            }
        };
        let mut roles: Vec<(Holder, Role)> = Vec::new();
        for role in Role::ALL {
            let cell = text(Field::Role(role), role.word(), rules::MAX_TEXT_CHARS)?;
            for name in self.titles.split_holders(&cell) {
                let what = format!("{} executive", role.word());
                let h = holder(self.titles, &name, &what)?;
                if owner.as_ref().is_some_and(|o| same(o, &h)) {
                    return Err(format!(
                        "{} is the owner and also {}; the owner is the one accountable and holds no other role",
                        quoted(&name),
                        role.word()
                    ));
                }
                if let Some((_, other)) = roles.iter().find(|(g, _)| same(g, &h)) {
                    return Err(format!(
                        "{} is both {} and {}; an executive has one role on a card",
                        quoted(&name),
                        other.word(),
                        role.word()
                    ));
                }
                roles.push((h, role));
            }
        }
        Ok(ImportRow {
            line: record.line,
            id: Some(id).filter(|id| !id.is_empty()),
            name,
            description,
            external_share,
            size,
            owner,
            roles,
            notes,
            deliberate,
        })
    }
}

/// Lists a bad row, or counts it once [`MAX_LISTED_ERRORS`] are listed.
pub fn push_error(out: &mut ImportPreview, error: RowError) {
    if out.errors.len() < MAX_LISTED_ERRORS {
        out.errors.push(error);
    } else {
        out.errors_not_listed += 1;
    }
}
