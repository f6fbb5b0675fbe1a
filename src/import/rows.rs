//! The second step of the import: rows of cells (from any table, each with
//! its line) turned into the cards they describe, each bad row with its
//! line and why. [`Columns`] says which column is which; owners and role
//! holders are found on the chart by [`Titles`], and the card a row is
//! about, if the design has it, by [`Cards`].
//!
//! A cell that says it has no value (`n/a`, `tbc`, see
//! [`values::not_given`]) in a facing or size column counts as empty, a
//! number written as roughly so much (`~6`) as that number, and a row
//! whose name is a total (`Total`, `Summe`) is left out; the preview
//! notes each, with its lines.

use std::collections::HashMap;

use super::columns::{Columns, Field, letter};
use super::loose::LooseCells;
use super::matching::Cards;
use super::people::PersonCells;
use super::table::{Cell, CellKind, Record};
use super::text::{count, from_cell, quoted};
use super::titles::{self, Found, Titles};
use super::values::{self, DecimalMark};
use super::{Given, Holder, ImportPreview, ImportRow, RowError, UnknownHolder};
use crate::model::Role;
use crate::model::rules::{self, MAX_NAME_CHARS, Problem};

/// The most rows one import reads: more than a design file can hold (a
/// design is at most 16 MiB, and a card takes at least about 55 bytes).
pub const MAX_ROWS: usize = 300_000;

/// The most bad rows listed one by one; the rest are counted.
pub const MAX_LISTED_ERRORS: usize = 1_000;

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
        (Holder::Unknown(a), Holder::Unknown(b)) => {
            titles::unknown_key(a) == titles::unknown_key(b)
        }
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

/// A row that cannot be imported: which column it is about, and why.
type Refused = (Option<Field>, String);

/// Reads the rows into cards.
pub struct RowReader<'a> {
    columns: &'a Columns,
    titles: &'a Titles,
    cards: Cards,
    marks: Marks,
    /// Whether cells are named as a spreadsheet names them (`D7`).
    sheet: bool,
    unknown: HashMap<String, usize>,
    loose: LooseCells,
    persons: PersonCells,
}

impl<'a> RowReader<'a> {
    /// A reader for rows with these columns, against these executives and
    /// cards; `sheet` names cells by their column letters in messages.
    pub fn new(
        columns: &'a Columns,
        titles: &'a Titles,
        cards: Cards,
        marks: Marks,
        sheet: bool,
    ) -> Self {
        Self {
            columns,
            titles,
            cards,
            marks,
            sheet,
            unknown: HashMap::new(),
            loose: LooseCells::default(),
            persons: PersonCells::default(),
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
        let found = self.row(record).and_then(|mut row| {
            let id = row.id.as_deref();
            row.updates = self
                .cards
                .find(row.line, id, &row.name)
                .map_err(|why| (Some(Field::Name), why))?;
            Ok(row)
        });
        match found {
            Ok(row) => {
                self.note_unknown(&row, out);
                out.rows.push(row);
            }
            Err((field, mut why)) => {
                if self.sheet
                    && let Some(i) = field.and_then(|f| self.columns.index(f))
                {
                    why.push_str(&format!(" (cell {}{})", letter(i), record.line));
                }
                push_error(
                    out,
                    RowError {
                        line: record.line,
                        why,
                    },
                );
            }
        }
        true
    }

    /// The notes the rows read call for (totals left out, cells read
    /// loosely, persons), in words with their lines.
    pub fn finish(self, out: &mut ImportPreview) {
        self.persons.finish(self.sheet, out);
        self.loose.finish(self.sheet, out);
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
            let i = *self
                .unknown
                .entry(titles::unknown_key(title))
                .or_insert(next);
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

    /// A facing or size cell: its text to read (empty when it says it has
    /// none), and the mark its numbers use.
    fn number_cell(
        &mut self,
        record: &Record,
        field: Field,
    ) -> Result<(String, Option<DecimalMark>), Refused> {
        let Some(cell) = self.columns.cell(record, field) else {
            return Ok((String::new(), None));
        };
        let what = field.word();
        let mark = match field {
            Field::Facing => self.marks.facing,
            _ => self.marks.size,
        };
        let loose = match field {
            Field::Facing => &mut self.loose.facing,
            _ => &mut self.loose.size,
        };
        match cell.kind {
            CellKind::Number => return Ok((cell.text.clone(), Some(DecimalMark::Point))),
            CellKind::Date => {
                return Err((
                    Some(field),
                    format!("the {what} is a date ({}), not a number", cell.text),
                ));
            }
            CellKind::Text | CellKind::Error | CellKind::NoResult => {}
        }
        let text = cell_text(cell, what, 100).map_err(|why| (Some(field), why))?;
        if values::not_given(&text) {
            loose.not_given.push(record.line);
            return Ok((String::new(), mark));
        }
        if let Some(number) = values::approximate(&text) {
            loose.rough.push(record.line);
            return Ok((number.to_owned(), mark));
        }
        if field == Field::Facing && values::facing_word(&text).is_some() {
            loose.words.push(record.line);
        }
        Ok((text, mark))
    }

    fn row(&mut self, record: &Record) -> Result<ImportRow, Refused> {
        let columns = self.columns;
        // A column's cell as written (see `from_cell`); empty when the row
        // has no such cell.
        let text = |wanted: Field, max: usize| -> Result<String, Refused> {
            match columns.cell(record, wanted) {
                None => Ok(String::new()),
                Some(cell) => cell_text(cell, wanted.word(), max).map_err(|w| (Some(wanted), w)),
            }
        };
        let name = text(Field::Name, MAX_NAME_CHARS)?;
        if name.is_empty() {
            return Err((
                Some(Field::Name),
                "the name is empty; every responsibility needs one".to_owned(),
            ));
        }
        rules::check_name(&name).map_err(on(Field::Name))?;
        let id = text(Field::Id, rules::MAX_ID_CHARS)?;
        if !id.is_empty() {
            rules::check_title("id", &id).map_err(on(Field::Id))?;
        }
        let description = rules::text_block(text(Field::Description, rules::MAX_TEXT_CHARS)?);
        rules::check_text_block("description", &description).map_err(on(Field::Description))?;
        let notes = rules::text_block(text(Field::Notes, rules::MAX_TEXT_CHARS)?);
        rules::check_text_block("notes", &notes).map_err(on(Field::Notes))?;
        let (facing, facing_mark) = self.number_cell(record, Field::Facing)?;
        let external_share = values::parse_facing_with(&facing, facing_mark)
            .map_err(|w| (Some(Field::Facing), w))?;
        let (size_text, size_mark) = self.number_cell(record, Field::Size)?;
        let size =
            values::parse_size_with(&size_text, size_mark).map_err(|w| (Some(Field::Size), w))?;
        let kind =
            values::parse_kind(&text(Field::Kind, 100)?).map_err(|w| (Some(Field::Kind), w))?;
        let deliberate_text = text(Field::Deliberate, 100)?;
        let deliberate = values::parse_yes_no("deliberate mark", &deliberate_text)
            .map_err(|w| (Some(Field::Deliberate), w))?;
        let mut owner_text = text(Field::Owner, MAX_NAME_CHARS)?;
        if values::not_given(&owner_text) {
            // "tbd", "?", "n/a": nobody yet, which is the tray.
            self.loose.open_owners.push(record.line);
            owner_text = "Unassigned".to_owned();
        }
        // "COO / CIO": the first is the owner, the others Responsible.
        let mut shared: Vec<String> = Vec::new();
        if let Some(parts) = titles::shared_owners(&owner_text)
            && self.titles.find(&owner_text) == Found::None
        {
            self.loose.shared.push((record.line, owner_text.clone()));
            owner_text = parts[0].clone();
            shared = parts[1..].to_vec();
        }
        let person = self.persons.read(columns, record);
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
                other => Some(other.map_err(|w| (Some(Field::Owner), w))?),
            }
        };
        let mut given = Given {
            description: !description.is_empty(),
            facing: !facing.trim().is_empty(),
            size: !size_text.trim().is_empty(),
            owner: !owner_text.is_empty(),
            notes: !notes.is_empty(),
            deliberate: !deliberate_text.trim().is_empty(),
            roles: [false; 3],
        };
        let mut roles: Vec<(Holder, Role)> = Vec::new();
        for (k, role) in Role::ALL.into_iter().enumerate() {
            let field = Field::Role(role);
            let cell = text(field, rules::MAX_TEXT_CHARS)?;
            given.roles[k] = !cell.trim().is_empty();
            for name in self.titles.split_holders(&cell) {
                let what = format!("{} executive", role.word());
                let h = holder(self.titles, &name, &what).map_err(|w| (Some(field), w))?;
                if owner.as_ref().is_some_and(|o| same(o, &h)) {
                    return Err((
                        Some(field),
                        format!(
                            "{} is the owner and also {}; the owner is the one accountable and \
                             holds no other role",
                            quoted(&name),
                            role.word()
                        ),
                    ));
                }
                if let Some((_, other)) = roles.iter().find(|(g, _)| same(g, &h)) {
                    return Err((
                        Some(field),
                        format!(
                            "{} is both {} and {}; an executive has one role on a card",
                            quoted(&name),
                            other.word(),
                            role.word()
                        ),
                    ));
                }
                roles.push((h, role));
            }
        }
        for name in &shared {
            let h = holder(self.titles, name, "owner").map_err(|w| (Some(Field::Owner), w))?;
            let taken = owner.as_ref().is_some_and(|o| same(o, &h))
                || roles.iter().any(|(g, _)| same(g, &h));
            if !taken {
                roles.push((h, Role::Responsible));
                given.roles[0] = true;
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
            person,
            roles,
            notes,
            deliberate,
            kind,
            given,
            updates: None,
        })
    }
}

/// A rule's refusal of a field, as the row's.
fn on<T>(field: Field) -> impl Fn((T, Problem)) -> Refused {
    move |(_, p)| (Some(field), problem_words(field.word(), &p))
}

/// A cell's text as the import reads it (see `from_cell`), or why not: a
/// cell too long to keep whole (with its true length), a spreadsheet error,
/// a formula with no result. `what` names the column in messages.
pub(super) fn cell_text(cell: &Cell, what: &str, max: usize) -> Result<String, String> {
    match cell.kind {
        CellKind::Error => {
            return Err(format!(
                "the {what} cell holds the spreadsheet error {}; correct it in the workbook",
                cell.text
            ));
        }
        CellKind::NoResult => {
            return Err(format!(
                "the {what} cell holds a formula ({}) whose result was never saved; open the \
                 workbook in a spreadsheet program and save it again",
                quoted(&cell.text)
            ));
        }
        CellKind::Text | CellKind::Number | CellKind::Date => {}
    }
    if !cell.is_whole() {
        return Err(format!(
            "the {what} {} is {} long; at most {max} are allowed",
            quoted(&cell.text),
            count(cell.chars, "character", "characters")
        ));
    }
    Ok(from_cell(&cell.text).to_owned())
}

/// Lists a bad row, or counts it once [`MAX_LISTED_ERRORS`] are listed.
pub fn push_error(out: &mut ImportPreview, error: RowError) {
    if out.errors.len() < MAX_LISTED_ERRORS {
        out.errors.push(error);
    } else {
        out.errors_not_listed += 1;
    }
}
