//! Responsibilities from a spreadsheet (CSV), in two steps so that nothing
//! changes until the user accepts: [`preview`] reads the text against a
//! design and says what would be created, and names each bad row with its
//! line and why; [`apply`] then gives the design with the rows added.
//!
//! Reading is itself two steps: [`table`] reads the CSV text as rows of
//! cells, each with the line it starts on (separator found, `sep=` line
//! honoured, memory bounded), and [`rows`] turns rows into cards without
//! knowing where they came from ([`preview_table`] takes rows from any
//! source).
//!
//! The header row needs a `name` column; the others are optional and may
//! come in any order (letter case and spaces do not matter; columns it does
//! not know are listed and left out):
//!
//! | column | meaning | when empty |
//! |---|---|---|
//! | `name` (or `responsibility`) | the card's name | the row is refused |
//! | `facing` (or `external`) | 0–1, or a percentage `0–100%` (a bare number above 1 is a percentage) | 0.5 |
//! | `size` | a number from 0.0001 to 1,000,000,000 | 1 |
//! | `owner` | an executive's short or full title (or id), any letter case; `Unassigned` when no executive is called so | the tray |
//! | `notes`, `description` | text | none |
//! | `id` | the card's id (kept when free, else one is made from the name) | made from the name |
//! | `responsible`, `consulted`, `informed` | executives, separated by `;` | none |
//! | `deliberate` | placed here on purpose: yes/no, true/false, 1/0, x | no |
//!
//! A cell that starts with `'` is the rest of the cell as it is (the CSV
//! export writes text that a spreadsheet would run as a formula so, see
//! [`text`]); other cells lose their outer spaces. A title that several
//! executives answer to, and a number that could be read two ways, are
//! errors with the line, never a guess.
//!
//! An owner (or role holder) that is not on the chart is listed in
//! [`ImportPreview::unknown_owners`] with the lines that name it; [`apply`]
//! creates it as a new executive only when asked
//! ([`ImportOptions::create_executives`]), and otherwise puts its cards in
//! the tray and drops its roles. The CSV that [`crate::export::csv::ownership`]
//! writes imports back to the same responsibilities.

mod apply;
pub mod rows;
pub mod table;
pub mod text;
pub mod titles;
mod values;

pub use apply::{ImportError, apply};
pub use table::{Cell, CsvTable, Record};
pub use values::{DecimalMark, parse_facing, parse_size};

use crate::model::{Design, ExecutiveId, Role};
use rows::{Columns, MarkVotes, RowReader, push_error};
use titles::Titles;

/// Who a row names as owner, or as holder of a role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    /// An executive on the chart.
    Existing(ExecutiveId),
    /// A title no executive on the chart has (as written in the file).
    Unknown(String),
}

/// One good row: the responsibility it would create.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    /// The line of the file the row starts on.
    pub line: u64,
    /// The id the file gives, if any.
    pub id: Option<String>,
    /// The name.
    pub name: String,
    /// The description.
    pub description: String,
    /// The external share, 0 to 1, on the model's grid.
    pub external_share: f64,
    /// The size, on the model's grid.
    pub size: f64,
    /// The owner; `None` for the tray.
    pub owner: Option<Holder>,
    /// The roles others hold, in the order the file gives them.
    pub roles: Vec<(Holder, Role)>,
    /// The notes.
    pub notes: String,
    /// Whether the card is placed with its owner on purpose.
    pub deliberate: bool,
}

/// A row that cannot be imported (or a problem with the whole file, on
/// the line where it is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The line of the file it starts on.
    pub line: u64,
    /// What is wrong, in plain words.
    pub why: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.why)
    }
}

/// An owner or role holder that is not on the chart, and where it is
/// named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownHolder {
    /// Its title as first written.
    pub title: String,
    /// The line where it is first written.
    pub line: u64,
    /// The lines of the cards it is named owner of.
    pub owner_lines: Vec<u64>,
    /// The lines of the cards it holds a role on.
    pub role_lines: Vec<u64>,
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// The rows that can be imported, in the file's order.
    pub rows: Vec<ImportRow>,
    /// The rows that cannot, each with its line and why (a missing `name`
    /// column is an error on the header's line, and then there are no
    /// rows); at most [`rows::MAX_LISTED_ERRORS`].
    pub errors: Vec<RowError>,
    /// Bad rows beyond those listed.
    pub errors_not_listed: usize,
    /// Owners and role holders not on the chart, in the order they first
    /// appear.
    pub unknown_owners: Vec<UnknownHolder>,
    /// Header columns the import does not know (left out).
    pub ignored_columns: Vec<String>,
    /// The separator between cells (`,`, `;`, a tab…).
    pub separator: u8,
}

impl ImportPreview {
    /// How many rows cannot be imported, listed or not.
    pub fn bad_rows(&self) -> usize {
        self.errors.len() + self.errors_not_listed
    }

    /// The titles of the owners not on the chart, as first written.
    pub fn unknown_titles(&self) -> Vec<&str> {
        self.unknown_owners
            .iter()
            .map(|u| u.title.as_str())
            .collect()
    }

    /// What happens to the cards and roles of owners not on the chart when
    /// they are not created, in a sentence with lines; `None` when there is
    /// none.
    pub fn without_executives(&self) -> Option<String> {
        let owned: Vec<u64> = self
            .unknown_owners
            .iter()
            .flat_map(|u| u.owner_lines.iter().copied())
            .collect();
        let roles: Vec<u64> = self
            .unknown_owners
            .iter()
            .flat_map(|u| u.role_lines.iter().copied())
            .collect();
        let mut parts = Vec::new();
        if !owned.is_empty() {
            let mut lines = owned.clone();
            lines.sort_unstable();
            lines.dedup();
            parts.push(format!(
                "{} to the tray ({})",
                text::count(lines.len(), "card goes", "cards go"),
                text::lines(&lines)
            ));
        }
        if !roles.is_empty() {
            let mut lines = roles.clone();
            lines.sort_unstable();
            lines.dedup();
            parts.push(format!(
                "{} dropped ({})",
                text::count(roles.len(), "role is", "roles are"),
                text::lines(&lines)
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Choices for [`apply`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Create an executive for each unknown owner or role holder (titled as
    /// the file writes it) instead of putting its cards in the tray.
    pub create_executives: bool,
}

/// Reads `text` (a CSV file's contents, with or without a byte-order mark)
/// against `design`: what would be created, and what is wrong where.
pub fn preview(text: &str, design: &Design) -> ImportPreview {
    match CsvTable::read(text) {
        Ok(table) => {
            let separator = table.separator();
            preview_table(|keep| table.records(keep), separator, design)
        }
        Err(error) => ImportPreview {
            errors: vec![error],
            separator: b',',
            ..ImportPreview::default()
        },
    }
}

/// [`preview`] for a table from any source: `records(keep)` gives its rows
/// from the header on, each with at most `keep` cells, and may be called
/// more than once (numbers are read after a first look at their columns).
/// `separator` is the CSV separator (a semicolon-separated file writes
/// decimal commas), or 0 for a table that has none.
pub fn preview_table<I>(
    records: impl Fn(usize) -> I,
    separator: u8,
    design: &Design,
) -> ImportPreview
where
    I: Iterator<Item = Result<Record, RowError>>,
{
    let mut out = ImportPreview {
        separator,
        ..ImportPreview::default()
    };
    let mut all = records(table::MAX_COLUMNS);
    let header = match all.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => {
            out.errors.push(error);
            return out;
        }
        None => {
            out.errors.push(RowError {
                line: 1,
                why: "the file is empty; the first row must name the columns, \
                      e.g. name,owner,facing,size,notes"
                    .to_owned(),
            });
            return out;
        }
    };
    drop(all);
    if header.more_cells > 0 {
        out.errors.push(RowError {
            line: header.line,
            why: format!(
                "the header row has {}; Remit reads at most {}",
                text::count(header.cells.len() + header.more_cells, "column", "columns"),
                text::count(table::MAX_COLUMNS, "column", "columns")
            ),
        });
        return out;
    }
    let columns = Columns::of(&header, &mut out.ignored_columns);
    if !columns.has(rows::Field::Name) {
        let sep = table::separator_name(separator);
        out.errors.push(RowError {
            line: header.line,
            why: format!(
                "the header row has no `name` column (read as {sep}-separated, its cells are {}); \
                 the first row must name the columns, e.g. name,owner,facing,size,notes",
                header
                    .cells
                    .iter()
                    .take(6)
                    .map(|c| text::quoted(&c.text))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
        out.ignored_columns.clear();
        return out;
    }
    // A first look at the numbers: which decimal mark their columns use.
    let mut votes = MarkVotes::default();
    if columns.has(rows::Field::Facing) || columns.has(rows::Field::Size) {
        for record in records(columns.needed()).skip(1).flatten() {
            votes.see(&columns, &record);
        }
    }
    let titles = Titles::of(design);
    let mut reader = RowReader::new(&columns, &titles, votes.marks(separator));
    for record in records(columns.needed()).skip(1) {
        match record {
            Ok(record) => {
                if !reader.add(&record, &mut out) {
                    break;
                }
            }
            Err(error) => {
                // A broken record (an unclosed quote) spoils what follows.
                push_error(&mut out, error);
                break;
            }
        }
    }
    out
}
