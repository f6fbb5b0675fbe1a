//! The CSV exports: the ownership table (one row per responsibility, which
//! the import reads back) and the R/A/C/I matrix (one column per
//! executive). UTF-8 with a byte-order mark (so a spreadsheet does not
//! guess another encoding), every field quoted, one header row, lines
//! ended by CR LF as RFC 4180 has them.

use super::ExportError;
use super::table::{self, Row};
use crate::model::{Design, Role};

/// The byte-order mark put first, so that spreadsheets read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The header of the ownership table; the import knows these names.
pub const OWNERSHIP_HEADER: [&str; 10] = [
    "id",
    "name",
    "description",
    "owner",
    "facing",
    "size",
    "responsible",
    "consulted",
    "informed",
    "notes",
];

/// How several executives holding one role share a cell.
pub const LIST_SEPARATOR: &str = "; ";

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec())
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Render(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Render(e.to_string()))
}

fn fail(e: csv::Error) -> ExportError {
    ExportError::Render(e.to_string())
}

/// The fields of one row of the ownership table, in header order.
pub fn ownership_fields(row: &Row) -> [String; 10] {
    [
        row.id.clone(),
        row.name.clone(),
        row.description.clone(),
        row.owner.clone(),
        row.facing.clone(),
        row.size.clone(),
        row.responsible.join(LIST_SEPARATOR),
        row.consulted.join(LIST_SEPARATOR),
        row.informed.join(LIST_SEPARATOR),
        row.notes.clone(),
    ]
}

/// The ownership table: a header, then one row per responsibility in the
/// design's order. Facing is the external share from 0 to 1, exactly as
/// the design holds it; an empty owner is the unassigned tray.
pub fn ownership(design: &Design) -> Result<String, ExportError> {
    let mut out = writer();
    out.write_record(OWNERSHIP_HEADER).map_err(fail)?;
    for row in table::rows(design) {
        out.write_record(ownership_fields(&row)).map_err(fail)?;
    }
    finish(out)
}

/// The R/A/C/I matrix: `id`, `responsibility`, then a column per executive
/// (its short title) holding `A` (owner), `R`, `C`, `I` or nothing.
pub fn matrix(design: &Design) -> Result<String, ExportError> {
    let mut out = writer();
    let header = ["id".to_owned(), "responsibility".to_owned()]
        .into_iter()
        .chain(design.executives.iter().map(|e| table::title(e).to_owned()));
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
        let record = [item.id.0.clone(), item.name.clone()]
            .into_iter()
            .chain(cells);
        out.write_record(record).map_err(fail)?;
    }
    finish(out)
}
