//! Reading a spreadsheet into an [`ImportPreview`]: a file's bytes
//! ([`read`]: a workbook's sheet, or text in any encoding the import
//! knows), CSV text already in memory ([`preview`], [`preview_with`]), or
//! rows from any other source ([`preview_table`]). Nothing here changes a
//! design.

use super::columns::{self, Columns, Field, HEADER_SEARCH_ROWS, Mapping};
use super::matching::Cards;
use super::progress::{Cancelled, Progress};
use super::rows::{MarkVotes, RowReader, push_error};
use super::table::{self, CsvTable, Record};
use super::text::{self, quoted};
use super::titles::Titles;
use super::{ImportPreview, RowError, encoding, workbook};
use crate::model::Design;
use crate::model::design::default_size_unit;

/// How to read a file: which column is which, and which sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The user's choices of column (the rest are guessed).
    pub columns: Mapping,
    /// The sheet of a workbook to read; `None` for the first that holds
    /// anything.
    pub sheet: Option<String>,
}

/// Whether a design's size unit is the one a size column's heading gives
/// ("headcount (FTE)" is "headcount" and "FTE").
fn same_unit(own: &str, unit: &str, header: &str) -> bool {
    let key = |t: &str| -> String {
        t.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let own = key(own);
    [unit, header]
        .iter()
        .map(|t| key(t))
        .any(|k| !k.is_empty() && (own.contains(&k) || k.contains(&own)))
}

/// A preview that is only an error on `line`.
fn failed(line: u64, why: String, separator: u8) -> ImportPreview {
    ImportPreview {
        errors: vec![RowError { line, why }],
        separator,
        ..ImportPreview::default()
    }
}

/// Reads the file whose contents are `bytes` against `design` (see
/// [`Settings`]), telling `progress` how far it has gone. A file that
/// cannot be read at all is a preview with one error and no rows; only
/// the hook's stop is [`Cancelled`].
pub fn read(
    bytes: &[u8],
    design: &Design,
    settings: &Settings,
    progress: &mut Progress<'_>,
) -> Result<ImportPreview, Cancelled> {
    progress.now(0)?;
    if workbook::is_workbook(bytes) {
        let sheet = match workbook::read(bytes, settings.sheet.as_deref()) {
            Ok(sheet) => sheet,
            Err(why) => return Ok(failed(1, why, 0)),
        };
        progress.set_total(2 * sheet.last_row.max(1));
        progress.now(0)?;
        let records = |keep: usize| {
            sheet.rows.iter().map(move |r| {
                let mut r = r.clone();
                if r.cells.len() > keep {
                    r.more_cells += r.cells.len() - keep;
                    r.cells.truncate(keep);
                }
                Ok::<Record, RowError>(r)
            })
        };
        let mut out = preview_table(records, 0, design, &settings.columns, progress)?;
        out.sheet = Some(sheet.name);
        out.sheets = sheet.sheets;
        return Ok(out);
    }
    let decoded = match encoding::decode(bytes) {
        Ok(decoded) => decoded,
        Err(e) => return Ok(failed(1, e.why, b',')),
    };
    let mut out = text_preview(&decoded.text, design, &settings.columns, progress)?;
    out.encoding = Some(decoded.encoding);
    if let Some(note) = decoded.encoding.note() {
        out.notes.insert(0, note);
    }
    if let Some(sheet) = &settings.sheet {
        out.notes.push(format!(
            "The file is text, not a workbook, so it has no sheet {}; it was read whole.",
            quoted(sheet)
        ));
    }
    progress.now(progress.total())?;
    Ok(out)
}

fn text_preview(
    text: &str,
    design: &Design,
    mapping: &Mapping,
    progress: &mut Progress<'_>,
) -> Result<ImportPreview, Cancelled> {
    match CsvTable::read(text) {
        Ok(table) => {
            progress.set_total(2 * table.len() as u64);
            let separator = table.separator();
            preview_table(
                |keep| table.records(keep),
                separator,
                design,
                mapping,
                progress,
            )
        }
        Err(error) => Ok(ImportPreview {
            errors: vec![error],
            separator: b',',
            ..ImportPreview::default()
        }),
    }
}

/// Reads `text` (a CSV file's contents, with or without a byte-order mark)
/// against `design`, every column guessed: what would be created, and
/// what is wrong where.
pub fn preview(text: &str, design: &Design) -> ImportPreview {
    preview_with(text, design, &Mapping::default())
}

/// [`preview`] with the user's choices of column.
pub fn preview_with(text: &str, design: &Design, mapping: &Mapping) -> ImportPreview {
    text_preview(text, design, mapping, &mut Progress::none()).unwrap_or_default()
}

/// [`preview`] for a table from any source: `records(keep)` gives its rows
/// from the top, each with at most `keep` cells, and may be called more
/// than once (numbers are read after a first look at their columns).
/// `separator` is the CSV separator (a semicolon-separated file writes
/// decimal commas), or 0 for a sheet of a workbook (whose rows are
/// numbered as rows and whose cells are named by their column letters).
/// Each record's `at` counts up to half the progress's total.
pub fn preview_table<I>(
    records: impl Fn(usize) -> I,
    separator: u8,
    design: &Design,
    mapping: &Mapping,
    progress: &mut Progress<'_>,
) -> Result<ImportPreview, Cancelled>
where
    I: Iterator<Item = Result<Record, RowError>>,
{
    let mut out = ImportPreview {
        separator,
        ..ImportPreview::default()
    };
    let sheet = separator == 0;
    let place = |line: u64| {
        if sheet {
            format!("row {line}")
        } else {
            format!("line {line}")
        }
    };
    let mut first: Vec<Record> = Vec::new();
    for record in records(table::MAX_COLUMNS).take(HEADER_SEARCH_ROWS) {
        match record {
            Ok(record) => first.push(record),
            Err(error) if first.is_empty() => {
                out.errors.push(error);
                return Ok(out);
            }
            Err(_) => break,
        }
    }
    let skip = columns::header_row(&first, mapping);
    let Some(header) = first.get(skip) else {
        out.errors.push(RowError {
            line: 1,
            why: "the file is empty; the first row must name the columns, \
                  e.g. name,owner,facing,size,notes"
                .to_owned(),
        });
        return Ok(out);
    };
    out.header_line = header.line;
    let above: Vec<&Record> = first[..skip]
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.text.trim().is_empty()))
        .collect();
    if let Some(title) = above.first() {
        let text = title
            .cells
            .iter()
            .find(|c| !c.text.trim().is_empty())
            .map(|c| quoted(c.text.trim()))
            .unwrap_or_default();
        out.notes.push(format!(
            "The header is on {}; {} above it ({text}) {} left out.",
            place(header.line),
            text::count(above.len(), "row", "rows"),
            if above.len() == 1 { "is" } else { "are" }
        ));
    }
    if header.more_cells > 0 {
        out.errors.push(RowError {
            line: header.line,
            why: format!(
                "the header row has {}; Remit reads at most {}",
                text::count(header.cells.len() + header.more_cells, "column", "columns"),
                text::count(table::MAX_COLUMNS, "column", "columns")
            ),
        });
        return Ok(out);
    }
    let columns = match Columns::of(header, mapping) {
        Ok(columns) => columns,
        Err(why) => {
            out.errors.push(RowError {
                line: header.line,
                why,
            });
            return Ok(out);
        }
    };
    out.columns = columns.uses.clone();
    if !columns.has(Field::Name) {
        let how = if sheet {
            "sheet".to_owned()
        } else {
            format!("{}-separated", table::separator_name(separator))
        };
        out.errors.push(RowError {
            line: header.line,
            why: format!(
                "no column is taken as the cards' names (read as {how}, the header's cells are {}); \
                 choose the name column, or call it name or responsibility",
                header
                    .cells
                    .iter()
                    .take(6)
                    .map(|c| quoted(&c.text))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
        return Ok(out);
    }
    out.ignored_columns = columns.left_out();
    if let Some(header) = columns.header(Field::Size) {
        out.size_unit = columns::unit_of(header);
        if let Some(unit) = &out.size_unit {
            let own = &design.size_unit;
            if *own == default_size_unit() || own.trim().is_empty() {
                out.notes.push(format!(
                    "Sizes are read from {} and counted in {unit}: the design's size unit \
                     becomes {unit}.",
                    quoted(header)
                ));
            } else if !same_unit(own, unit, header) {
                out.notes.push(format!(
                    "The design counts size in {own}, but the sizes are read from {}; they are \
                     taken as {own}. Choose another size column (or none) if they are not.",
                    quoted(header)
                ));
            }
        }
    }
    let half = progress.total() / 2;
    let body = skip + 1;
    // A first look at the numbers: which decimal mark their columns use.
    let mut votes = MarkVotes::default();
    if columns.has(Field::Facing) || columns.has(Field::Size) {
        for record in records(columns.needed()).skip(body).flatten() {
            progress.row(record.at)?;
            votes.see(&columns, &record);
        }
    }
    let titles = Titles::of(design);
    let cards = Cards::of(design);
    let mut reader = RowReader::new(&columns, &titles, cards, votes.marks(separator), sheet);
    for record in records(columns.needed()).skip(body) {
        match record {
            Ok(record) => {
                progress.row(half + record.at)?;
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
    reader.finish(&mut out);
    super::qualified::merge(&mut out, sheet);
    super::people::note(&mut out, design);
    Ok(out)
}
