//! Responsibilities from a spreadsheet (a CSV or text file, or a sheet of
//! an Excel or OpenDocument workbook), in two steps so that nothing
//! changes until the user accepts: [`read`] (or [`preview`] for text
//! already in memory) reads the file against a design and says what would
//! be created and what updated, and names each bad row with its line and
//! why; [`apply`] then gives the design with the rows added or merged.
//!
//! Reading goes in steps: [`encoding`] finds the characters of a text
//! file (UTF-8, UTF-16, Windows-1252), [`table`] reads them as rows of
//! cells, each with the line it starts on (separator found, `sep=` line
//! honoured, memory bounded), or [`workbook`] reads a sheet's cells;
//! [`columns`] finds the header row and which column is which (guessed
//! from the header's words, in English and German, or chosen by the user);
//! [`rows`] turns rows into cards without knowing where they came from,
//! and [`matching`] finds the card already in the design that a row is
//! about; `people` gathers the person each owner's rows name, and `loose`
//! the cells read loosely, for the preview's notes. A long
//! reading reports its progress and can be stopped ([`progress`]).
//!
//! The columns (each guessed from several header words; see [`columns`]):
//!
//! | column | meaning | when empty |
//! |---|---|---|
//! | name (`Responsibility`, `Area`, `Bezeichnung`…) | the card's name | the row is refused |
//! | facing (`External share`, `Customer facing?`…) | 0–1, a percentage `0–100%` (a bare number above 1 is a percentage), or yes / partly / no | 0.5 |
//! | size (`Headcount`, `FTE`, `Budget`…) | a number from 0.0001 to 1,000,000,000 | 1 |
//! | owner (`Accountable`, `Lead`, `Verantwortlich`…) | an executive's short or full title (or id), any letter case and punctuation, or the person in its role; `Unassigned` when no executive is called so | the tray |
//! | person (`Owner name`, `Person`, `Ansprechpartner`…) | the person in the owner's role (see `people`) | the executive's person stays as it is |
//! | notes, description (`Comments`, `Beschreibung`…) | text | none |
//! | `id` | the card's id (kept when free, else one is made from the name) | made from the name |
//! | `responsible`, `consulted`, `informed` | executives, separated by `;` | none |
//! | `deliberate` | placed here on purpose: yes/no, true/false, 1/0, x | no |
//! | kind (`Kind`, `Type of work`, `Category`, `Kategorie`, `Art`…) | the kind of work: a kind's label (`Security`, `Data & analytics`) or its word in the file (`BusinessSystems`), any letter case | a new card takes the kind its name tells; a card already in the design keeps its kind |
//!
//! A cell that starts with `'` is the rest of the cell as it is (the CSV
//! export writes text that a spreadsheet would run as a formula so, see
//! [`text`]); other cells lose their outer spaces. A title that several
//! executives answer to, a row that two cards could be, and a number that
//! could be read two ways are errors with the line, never a guess.
//!
//! A row about a card the design already has updates that card (the
//! cells the row fills in; an empty cell changes nothing) instead of
//! adding it again. An owner (or role holder) that is not on the chart is
//! listed in [`ImportPreview::unknown_owners`] with the lines that name
//! it; [`apply`] creates it as a new executive only when asked
//! ([`ImportOptions::create_executives`]), and otherwise puts its cards in
//! the tray and drops its roles. The CSV that
//! [`crate::export::csv::ownership`] writes imports back to the same
//! responsibilities.

mod acronyms;
mod apply;
pub mod columns;
pub mod encoding;
mod headings;
mod loose;
pub mod matching;
mod people;
pub mod progress;
pub mod qualified;
mod read;
pub mod rows;
mod synonyms;
pub mod table;
pub mod text;
pub mod titles;
mod values;
pub mod workbook;

pub use apply::{ImportError, apply};
pub use columns::{Choice, ColumnUse, Field, Mapping};
pub use encoding::TextEncoding;
pub use matching::{Match, MatchedBy};
pub use progress::{Cancelled, Progress};
pub use read::{Settings, preview, preview_table, preview_with, read};
pub use table::{Cell, CellKind, CsvTable, Record};
pub use values::{DecimalMark, parse_facing, parse_size};

use crate::model::{ExecutiveId, Role, WorkKind};

/// Who a row names as owner, or as holder of a role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    /// An executive on the chart.
    Existing(ExecutiveId),
    /// A title no executive on the chart has (as written in the file).
    Unknown(String),
}

/// Which of a row's fields it fills in (a column read, and a cell that is
/// not empty): what an update of an existing card changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Given {
    /// The description.
    pub description: bool,
    /// The facing.
    pub facing: bool,
    /// The size.
    pub size: bool,
    /// The owner (the tray, when the cell says `Unassigned`).
    pub owner: bool,
    /// Each role, in [`Role::ALL`] order.
    pub roles: [bool; 3],
    /// The notes.
    pub notes: bool,
    /// The deliberate mark.
    pub deliberate: bool,
}

/// One good row: the responsibility it would create, or the card it would
/// update.
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
    /// The person in the owner's role, trimmed; empty when the row names
    /// none (or one that cannot be kept).
    pub person: String,
    /// The roles others hold, in the order the file gives them.
    pub roles: Vec<(Holder, Role)>,
    /// The notes.
    pub notes: String,
    /// Whether the card is placed with its owner on purpose.
    pub deliberate: bool,
    /// The kind of work, when the row says it; a new card without one
    /// takes the kind its name tells ([`matching::kind_of`]).
    pub kind: Option<WorkKind>,
    /// Which fields the row fills in.
    pub given: Given,
    /// The card already in the design that the row is about; `None` when
    /// it adds a card.
    pub updates: Option<Match>,
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
    /// Header columns left out, each with what it could be.
    pub ignored_columns: Vec<String>,
    /// The separator between cells (`,`, `;`, a tab…); 0 for a sheet.
    pub separator: u8,
    /// How a text file was read; `None` for a workbook.
    pub encoding: Option<TextEncoding>,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// Every sheet of a workbook, in order.
    pub sheets: Vec<String>,
    /// The line (or row) of the header.
    pub header_line: u64,
    /// Each column of the header, and what it is read as.
    pub columns: Vec<ColumnUse>,
    /// The design's size unit that the size column gives (`headcount`
    /// for `Headcount`), if it says one.
    pub size_unit: Option<String>,
    /// What the user should know about how the file was read (its
    /// encoding, rows left out, cells read loosely), one sentence each.
    pub notes: Vec<String>,
}

impl ImportPreview {
    /// How many rows cannot be imported, listed or not.
    pub fn bad_rows(&self) -> usize {
        self.errors.len() + self.errors_not_listed
    }

    /// How many rows update a card already in the design.
    pub fn updates(&self) -> usize {
        self.rows.iter().filter(|r| r.updates.is_some()).count()
    }

    /// How many rows add a card.
    pub fn adds(&self) -> usize {
        self.rows.len() - self.updates()
    }

    /// "line 4", or "row 4" for a sheet.
    pub fn place(&self, line: u64) -> String {
        if self.sheet.is_some() {
            format!("row {line}")
        } else {
            format!("line {line}")
        }
    }

    /// A bad row as the preview lists it: "line 4: why" ("row 4" for a
    /// sheet).
    pub fn describe(&self, error: &RowError) -> String {
        format!("{}: {}", self.place(error.line), error.why)
    }

    /// What the import does, in a sentence: "updates 5 responsibilities
    /// already in the design and adds 15".
    pub fn summary(&self) -> String {
        let (updates, adds) = (self.updates(), self.adds());
        let items = |n| text::count(n, "responsibility", "responsibilities");
        match (updates, adds) {
            (0, 0) => "nothing to import".to_owned(),
            (0, adds) => format!("adds {}", items(adds)),
            (updates, 0) => format!("updates {} already in the design", items(updates)),
            (updates, adds) => format!(
                "updates {} already in the design and adds {adds}",
                items(updates)
            ),
        }
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
        let updating: std::collections::HashSet<u64> = self
            .rows
            .iter()
            .filter(|r| r.updates.is_some())
            .map(|r| r.line)
            .collect();
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
        let sorted = |lines: Vec<u64>| {
            let mut lines = lines;
            lines.sort_unstable();
            lines.dedup();
            lines
        };
        let (kept, tray): (Vec<u64>, Vec<u64>) =
            owned.into_iter().partition(|l| updating.contains(l));
        let mut parts = Vec::new();
        if !tray.is_empty() {
            let lines = sorted(tray);
            parts.push(format!(
                "{} to the tray ({})",
                text::count(lines.len(), "card goes", "cards go"),
                self.lines(&lines)
            ));
        }
        if !kept.is_empty() {
            let lines = sorted(kept);
            parts.push(format!(
                "{} already in the design {} {} owner ({})",
                text::count(lines.len(), "card", "cards"),
                if lines.len() == 1 { "keeps" } else { "keep" },
                if lines.len() == 1 { "its" } else { "their" },
                self.lines(&lines)
            ));
        }
        if !roles.is_empty() {
            let n = roles.len();
            let lines = sorted(roles);
            parts.push(format!(
                "{} dropped ({})",
                text::count(n, "role is", "roles are"),
                self.lines(&lines)
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// A list of line numbers ("rows" for a sheet).
    pub fn lines(&self, lines: &[u64]) -> String {
        let shown = text::lines(lines);
        if self.sheet.is_some() {
            shown.replacen("line", "row", 1)
        } else {
            shown
        }
    }
}

/// Choices for [`apply`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Create an executive for each unknown owner or role holder (titled as
    /// the file writes it, acronyms in capitals) instead of putting its
    /// cards in the tray. New executives report to the CEO.
    pub create_executives: bool,
    /// When the import happens: a card it gives another owner goes into
    /// the decision log at this time. `None` logs nothing.
    pub moved_at: Option<jiff::Timestamp>,
}
