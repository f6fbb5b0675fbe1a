//! Workbooks in: `.xlsx` and `.xlsm` (Excel), `.xls` (Excel 97–2003),
//! `.xlsb` and `.ods` (LibreOffice, OpenOffice), read by `calamine` from
//! memory, one sheet at a time: the one asked for by name, else the first
//! that holds anything. The format is told by the file's first bytes, not
//! its name.
//!
//! Each row becomes a [`Record`] numbered as the spreadsheet numbers it
//! (row 3 is the third row, whatever is above it), with its cells from
//! column A. Cells keep their kind ([`CellKind`]): a number is written
//! with a decimal point and no grouping (so "1.234" in a German workbook
//! is a number, not text to guess at), a date as `2025-03-31`, an error
//! as Excel writes it (`#DIV/0!`), a formula by its last saved result (a
//! formula the program that wrote the file never worked out has no
//! result, and says so).
//!
//! Excel workbooks are read cell by cell, so a sheet whose used range is
//! huge but nearly empty costs what it holds; at most
//! [`super::table::MAX_COLUMNS`] columns and [`super::rows::MAX_ROWS`]
//! rows (plus a few for a title) are kept.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Reader as _};

use super::table::{Cell, CellKind, MAX_CELL_BYTES, MAX_COLUMNS, Record};
use super::text::{count, quoted};

/// Whether `bytes` start as a workbook does (a zip archive, or an Excel
/// 97–2003 compound file).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The most rows of a sheet that are kept.
const MAX_SHEET_ROWS: u32 = super::rows::MAX_ROWS as u32 + 100;

/// One sheet of a workbook, read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// Its name.
    pub name: String,
    /// The names of every sheet of the workbook, in order.
    pub sheets: Vec<String>,
    /// Its rows that hold anything, in order.
    pub rows: Vec<Record>,
    /// Its last row's number (from 1), for progress.
    pub last_row: u64,
}

/// A number as the import reads it: with a point, no grouping, no
/// exponent, whole numbers without decimals.
fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A date (or date and time) as text.
fn date_text(value: &calamine::ExcelDateTime) -> String {
    if value.is_duration() {
        return format!("{} days", number_text(value.as_f64()));
    }
    let (y, mo, d, h, mi, s, _) = value.to_ymd_hms_milli();
    if (h, mi, s) == (0, 0, 0) {
        format!("{y:04}-{mo:02}-{d:02}")
    } else {
        format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}")
    }
}

fn cell(text: String, kind: CellKind) -> Cell {
    let chars = text.chars().count();
    let mut text = text;
    if text.len() > MAX_CELL_BYTES {
        let mut end = MAX_CELL_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    Cell { text, chars, kind }
}

fn from_ref(value: &DataRef<'_>, formula: Option<&str>) -> Option<Cell> {
    Some(match value {
        DataRef::Int(i) => cell(i.to_string(), CellKind::Number),
        DataRef::Float(f) => cell(number_text(*f), CellKind::Number),
        DataRef::String(s) => cell(s.clone(), CellKind::Text),
        DataRef::SharedString(s) => cell((*s).to_owned(), CellKind::Text),
        DataRef::Bool(b) => cell(if *b { "TRUE" } else { "FALSE" }.into(), CellKind::Text),
        DataRef::DateTime(d) => cell(date_text(d), CellKind::Date),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => cell(s.clone(), CellKind::Date),
        DataRef::Error(e) => cell(e.to_string(), CellKind::Error),
        DataRef::Empty => match formula.filter(|f| !f.trim().is_empty()) {
            Some(f) => cell(format!("={f}"), CellKind::NoResult),
            None => return None,
        },
    })
}

fn from_data(value: &Data) -> Option<Cell> {
    Some(match value {
        Data::Int(i) => cell(i.to_string(), CellKind::Number),
        Data::Float(f) => cell(number_text(*f), CellKind::Number),
        Data::String(s) => cell(s.clone(), CellKind::Text),
        Data::Bool(b) => cell(if *b { "TRUE" } else { "FALSE" }.into(), CellKind::Text),
        Data::DateTime(d) => cell(date_text(d), CellKind::Date),
        Data::DateTimeIso(s) | Data::DurationIso(s) => cell(s.clone(), CellKind::Date),
        Data::Error(e) => cell(e.to_string(), CellKind::Error),
        Data::Empty => return None,
    })
}

/// Cells by row, then column (both from 0), within the bounds kept.
#[derive(Default)]
struct Grid {
    rows: BTreeMap<u32, Vec<(u32, Cell)>>,
    more_cells: BTreeMap<u32, usize>,
}

impl Grid {
    fn put(&mut self, (row, col): (u32, u32), cell: Cell) {
        if row >= MAX_SHEET_ROWS {
            return;
        }
        if col as usize >= MAX_COLUMNS {
            *self.more_cells.entry(row).or_default() += 1;
            return;
        }
        self.rows.entry(row).or_default().push((col, cell));
    }

    fn into_records(self) -> (Vec<Record>, u64) {
        let last = self
            .rows
            .keys()
            .next_back()
            .map_or(0, |r| u64::from(*r) + 1);
        let mut records = Vec::with_capacity(self.rows.len());
        for (row, mut cells) in self.rows {
            cells.sort_by_key(|(c, _)| *c);
            let width = cells.last().map_or(0, |(c, _)| *c as usize + 1);
            let mut record = Record {
                line: u64::from(row) + 1,
                cells: vec![Cell::default(); width],
                more_cells: self.more_cells.get(&row).copied().unwrap_or(0),
                at: u64::from(row) + 1,
            };
            for (c, cell) in cells {
                record.cells[c as usize] = cell;
            }
            records.push(record);
        }
        (records, last)
    }
}

/// Why a workbook cannot be read, in plain words.
fn unreadable(e: impl std::fmt::Display) -> String {
    format!(
        "the file starts like a workbook but cannot be read as one ({e}); open it in a \
         spreadsheet program and save it again as .xlsx, .ods or CSV"
    )
}

/// The sheet to read: the one named `wanted` (exactly, else in any letter
/// case), or `None` for the first that holds anything.
fn pick<'a>(names: &'a [String], wanted: &str) -> Result<&'a str, String> {
    names
        .iter()
        .find(|n| *n == wanted)
        .or_else(|| {
            names
                .iter()
                .find(|n| n.to_lowercase() == wanted.to_lowercase())
        })
        .map(String::as_str)
        .ok_or_else(|| {
            format!(
                "the workbook has no sheet called {}; its sheets are {}",
                quoted(wanted),
                names
                    .iter()
                    .map(|n| quoted(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

/// Reads one sheet of an Excel workbook cell by cell.
fn xlsx_sheet(
    book: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
) -> Result<(Vec<Record>, u64), String> {
    let mut reader = book.worksheet_cells_reader(name).map_err(unreadable)?;
    let mut grid = Grid::default();
    while let Some(found) = reader.next_cell_with_formula().map_err(unreadable)? {
        if let Some(cell) = from_ref(&found.value, found.formula.as_deref()) {
            grid.put(found.pos, cell);
        }
    }
    Ok(grid.into_records())
}

/// Reads one sheet of any other workbook.
fn other_sheet(
    book: &mut calamine::Sheets<Cursor<&[u8]>>,
    name: &str,
) -> Result<(Vec<Record>, u64), String> {
    let range = book.worksheet_range(name).map_err(unreadable)?;
    let formulas = book.worksheet_formula(name).ok();
    let mut grid = Grid::default();
    for (row, col, value) in range.used_cells() {
        let (r, c) = (
            range.start().map_or(0, |s| s.0) + row as u32,
            range.start().map_or(0, |s| s.1) + col as u32,
        );
        if let Some(cell) = from_data(value) {
            grid.put((r, c), cell);
        }
    }
    if let Some(formulas) = formulas {
        for (row, col, formula) in formulas.used_cells() {
            let (r, c) = (
                formulas.start().map_or(0, |s| s.0) + row as u32,
                formulas.start().map_or(0, |s| s.1) + col as u32,
            );
            let empty = range.get_value((r, c)).is_none_or(|v| *v == Data::Empty);
            if empty && !formula.trim().is_empty() {
                grid.put((r, c), cell(format!("={formula}"), CellKind::NoResult));
            }
        }
    }
    Ok(grid.into_records())
}

/// Reads the sheet called `wanted` of the workbook in `bytes`, or the
/// first sheet that holds anything.
pub fn read(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet, String> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    let xlsx = if zip {
        calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes)).ok()
    } else {
        None
    };
    let mut other = if xlsx.is_none() {
        Some(calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?)
    } else {
        None
    };
    let mut xlsx = xlsx;
    let names = match (&xlsx, &other) {
        (Some(book), _) => book.sheet_names(),
        (None, Some(book)) => book.sheet_names(),
        (None, None) => Vec::new(),
    };
    let mut read_one = |name: &str| -> Result<(Vec<Record>, u64), String> {
        match (&mut xlsx, &mut other) {
            (Some(book), _) => xlsx_sheet(book, name),
            (None, Some(book)) => other_sheet(book, name),
            (None, None) => Ok((Vec::new(), 0)),
        }
    };
    if let Some(wanted) = wanted {
        let name = pick(&names, wanted)?.to_owned();
        let (rows, last_row) = read_one(&name)?;
        return Ok(Sheet {
            name,
            sheets: names.clone(),
            rows,
            last_row,
        });
    }
    for name in &names {
        let (rows, last_row) = read_one(name)?;
        if !rows.is_empty() {
            return Ok(Sheet {
                name: name.clone(),
                sheets: names.clone(),
                rows,
                last_row,
            });
        }
    }
    Err(match names.len() {
        0 => "the workbook has no sheets".to_owned(),
        n => format!(
            "every sheet of the workbook is empty ({})",
            count(n, "sheet", "sheets")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_are_written_plainly() {
        assert_eq!(number_text(18_400.0), "18400");
        assert_eq!(number_text(437.5), "437.5");
        assert_eq!(number_text(0.625), "0.625");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(1e20), "100000000000000000000");
        let date =
            calamine::ExcelDateTime::new(45_747.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&date), "2025-03-31");
    }

    #[test]
    fn text_that_is_not_a_workbook_is_refused_in_words() {
        assert!(!is_workbook(b"name,owner\n"));
        assert!(is_workbook(b"PK\x03\x04rest"));
        let err = read(b"PK\x03\x04 not really a zip", None).unwrap_err();
        assert!(err.contains("cannot be read as one"), "{err}");
    }
}
