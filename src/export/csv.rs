//! The CSV exports: the ownership table (one row per responsibility, which
//! the import reads back) and the R/A/C/I matrix (one column per
//! executive). UTF-8 with a byte-order mark (so a spreadsheet does not
//! guess another encoding), every field quoted, one header row, lines
//! ended by CR LF as RFC 4180 has them.
//!
//! Text that a spreadsheet would run as a formula (a cell starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a `'`
//! before it, as OWASP advises; so is text starting with `'` or with outer
//! spaces, so that the import undoes it exactly
//! ([`crate::import::text::to_cell`]).
//!
//! Each executive is written as a reference the import finds it by and no
//! other executive: its short title when that is unique, else its full
//! title, else its id ([`Titles::reference`]).

use std::collections::HashMap;

use super::ExportError;
use super::table;
use crate::import::text::{from_cell, to_cell};
use crate::import::titles::{Found, Titles};
use crate::model::{Design, ExecutiveId, Index, Responsibility, Role};

/// The byte-order mark put first, so that spreadsheets read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The header of the ownership table; the import knows these names.
/// `kind` is the kind of work, written as its label ("Security", "Data &
/// analytics").
pub const OWNERSHIP_HEADER: [&str; 12] = [
    "id",
    "name",
    "description",
    "kind",
    "owner",
    "facing",
    "size",
    "responsible",
    "consulted",
    "informed",
    "notes",
    "deliberate",
];

/// How several executives holding one role share a cell.
pub const LIST_SEPARATOR: &str = crate::import::titles::LIST_SEPARATOR;

pub(super) fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec())
}

pub(super) fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Render(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Render(e.to_string()))
}

fn fail(e: csv::Error) -> ExportError {
    ExportError::Render(e.to_string())
}

/// How the ownership table names executives.
struct References<'a> {
    titles: Titles,
    of: HashMap<&'a ExecutiveId, &'a str>,
}

impl<'a> References<'a> {
    fn of(design: &'a Design) -> Self {
        let titles = Titles::of(design);
        let of = design
            .executives
            .iter()
            .map(|e| (&e.id, titles.reference(e)))
            .collect();
        Self { titles, of }
    }

    fn name(&self, id: &'a ExecutiveId) -> &'a str {
        self.of.get(id).copied().unwrap_or(id.as_str())
    }

    /// The cell naming `holders`: their references, or their ids where the
    /// references would not read back as these executives.
    fn cell(&self, holders: &[&'a ExecutiveId]) -> String {
        let written = |names: &[&str]| Titles::join_holders(names);
        let reads_back = |cell: &str| {
            let parts = self.titles.split_holders(from_cell(cell));
            parts.len() == holders.len()
                && parts
                    .iter()
                    .zip(holders)
                    .all(|(part, id)| self.titles.find(part) == Found::One((*id).clone()))
        };
        let names: Vec<&str> = holders.iter().map(|id| self.name(id)).collect();
        let cell = written(&names);
        if holders.len() < 2 || reads_back(&cell) {
            return cell;
        }
        let ids: Vec<&str> = holders.iter().map(|id| id.as_str()).collect();
        written(&ids)
    }
}

/// The fields of one responsibility's row, in header order.
fn ownership_fields(
    design: &Design,
    index: &Index,
    references: &References<'_>,
    item: &Responsibility,
) -> [String; 12] {
    let row = table::row(design, index, item);
    let holding = |role: Role| -> String {
        let holders: Vec<&ExecutiveId> = item
            .roles
            .iter()
            .filter(|(_, r)| **r == role)
            .map(|(id, _)| id)
            .collect();
        references.cell(&holders)
    };
    let owner = item
        .owner
        .as_ref()
        .map(|o| references.name(o).to_owned())
        .unwrap_or_default();
    let text = |t: &str| to_cell(t).into_owned();
    [
        text(&row.id),
        text(&row.name),
        text(&row.description),
        item.kind.label().to_owned(),
        text(&owner),
        row.facing,
        row.size,
        text(&holding(Role::Responsible)),
        text(&holding(Role::Consulted)),
        text(&holding(Role::Informed)),
        text(&row.notes),
        if item.deliberate { "yes" } else { "no" }.to_owned(),
    ]
}

/// The ownership table: a header, then one row per responsibility in the
/// design's order. The kind of work is its label; facing is the external
/// share from 0 to 1, exactly as the design holds it; an empty owner is the
/// unassigned tray; `deliberate` is `yes` for a card placed with its owner
/// on purpose.
pub fn ownership(design: &Design) -> Result<String, ExportError> {
    let mut out = writer();
    out.write_record(OWNERSHIP_HEADER).map_err(fail)?;
    let index = Index::of(design);
    let references = References::of(design);
    for item in &design.responsibilities {
        out.write_record(ownership_fields(design, &index, &references, item))
            .map_err(fail)?;
    }
    finish(out)
}

/// The R/A/C/I matrix: `id`, `responsibility`, then a column per executive
/// (its short title) holding `A` (owner), `R`, `C`, `I` or nothing.
pub fn matrix(design: &Design) -> Result<String, ExportError> {
    let mut out = writer();
    let header = ["id".to_owned(), "responsibility".to_owned()]
        .into_iter()
        .chain(
            design
                .executives
                .iter()
                .map(|e| to_cell(table::title(e)).into_owned()),
        );
    out.write_record(header).map_err(fail)?;
    for item in &design.responsibilities {
        let cells = design.executives.iter().map(|e| {
            if item.owner.as_ref() == Some(&e.id) {
                "A".to_owned()
            } else {
                item.roles
                    .get(&e.id)
                    .map(|r: &Role| r.letter().to_string())
                    .unwrap_or_default()
            }
        });
        let record = [
            to_cell(item.id.as_str()).into_owned(),
            to_cell(&item.name).into_owned(),
        ]
        .into_iter()
        .chain(cells);
        out.write_record(record).map_err(fail)?;
    }
    finish(out)
}
