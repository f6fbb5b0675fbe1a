//! Reading a CSV file as a table of cells, each row with the line it starts
//! on: the first of the import's two steps (the second, in `rows`, turns
//! rows into cards and does not know where the table came from).
//!
//! The separator is found before anything else: an Excel `sep=X` first line
//! says it, otherwise it is whichever of comma, semicolon and tab the header
//! row holds most of (outside quotes). Fields are read by `csv-core` one at
//! a time, so memory stays bounded whatever the file holds: at most
//! [`MAX_COLUMNS`] cells of a row are kept, and at most [`MAX_CELL_BYTES`] of
//! a cell (with its true length, so a row step can say how long it was).
//!
//! Lines are counted from byte offsets, not taken from the parser: a line
//! break is `\n`, `\r\n` or a lone `\r`, blank lines count, and a row whose
//! quoted cell runs over several lines is on the line where it starts.

use super::RowError;
use super::text::{count, quoted};
use crate::model::rules::MAX_TEXT_CHARS;

/// The most columns a header row may have.
pub const MAX_COLUMNS: usize = 1_000;

/// The most bytes of one cell that are kept (enough for the longest text
/// the model allows, in any script).
pub const MAX_CELL_BYTES: usize = 4 * MAX_TEXT_CHARS + 4;

/// The separators found on their own.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// What a cell holds. A CSV file's cells are all text; a workbook's say
/// what they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellKind {
    /// Text (or anything from a CSV file).
    #[default]
    Text,
    /// A number, written with a decimal point and no grouping.
    Number,
    /// A date or a time, written as `2025-03-31` or `2025-03-31 09:30`.
    Date,
    /// A spreadsheet error such as `#DIV/0!` (the text is the error).
    Error,
    /// A formula with no saved result (the text is the formula).
    NoResult,
}

/// One cell: its text, or the start of it when it was longer than
/// [`MAX_CELL_BYTES`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text (whole when [`Cell::chars`] says so).
    pub text: String,
    /// How many characters the whole cell has.
    pub chars: usize,
    /// What it holds.
    pub kind: CellKind,
}

impl Cell {
    /// A whole cell holding `text`.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let chars = text.chars().count();
        Self {
            text,
            chars,
            kind: CellKind::Text,
        }
    }

    /// Whether [`Cell::text`] is the whole cell.
    pub fn is_whole(&self) -> bool {
        self.text.chars().count() == self.chars
    }
}

/// One row of the table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// The line of the file it starts on (from 1).
    pub line: u64,
    /// Its cells, up to the number asked for.
    pub cells: Vec<Cell>,
    /// How many cells it had beyond those.
    pub more_cells: usize,
    /// How far into its source it starts (a byte of a CSV file's text, a
    /// row of a sheet), for progress.
    pub at: u64,
}

/// Counts lines up to byte offsets that only go forward.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line that byte `offset` is on.
    fn line_at(&mut self, offset: usize) -> u64 {
        let end = offset.min(self.bytes.len());
        while self.at < end {
            match self.bytes[self.at] {
                b'\n' => self.line += 1,
                b'\r' if self.bytes.get(self.at + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.line
    }
}

/// A CSV file's text, ready to be read row by row.
#[derive(Clone, Debug)]
pub struct CsvTable<'a> {
    text: &'a str,
    separator: u8,
    /// Where the header row's line begins (after a `sep=` line).
    start: usize,
}

/// What a separator is called in a message.
pub fn separator_name(separator: u8) -> String {
    match separator {
        b',' => "comma".to_owned(),
        b';' => "semicolon".to_owned(),
        b'\t' => "tab".to_owned(),
        b' ' => "space".to_owned(),
        other => format!("\"{}\"", char::from(other)),
    }
}

/// The end of the first line of `text` (before its line break), and the
/// start of the next.
fn first_line(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    match bytes.iter().position(|&b| b == b'\n' || b == b'\r') {
        None => (bytes.len(), bytes.len()),
        Some(end) => {
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            (end, next)
        }
    }
}

/// The separator an Excel `sep=X` first line names (the line may be
/// quoted, and end with more separators, as when a spreadsheet saved a row
/// whose first cell was `sep=;`); `None` when the line is not one.
fn sep_line(line: &str) -> Option<Result<u8, String>> {
    let bare = line.trim_end_matches(' ');
    let bare = bare.strip_prefix('"').unwrap_or(bare);
    let head = bare.get(..4)?;
    if !head.eq_ignore_ascii_case("sep=") {
        return None;
    }
    let rest = &bare[4..];
    let Some(named) = rest.chars().next() else {
        return Some(Err(
            "the first line says `sep=` but names no separator after it".to_owned(),
        ));
    };
    let noise = rest[named.len_utf8()..]
        .chars()
        .all(|c| c == named || c == '"' || c == ' ');
    if !noise {
        return Some(Err(format!(
            "the first line {} names more than one character as the separator",
            quoted(line)
        )));
    }
    let usable =
        named.is_ascii() && !named.is_ascii_alphanumeric() && !matches!(named, '"' | '\n' | '\r');
    Some(if usable {
        Ok(named as u8)
    } else {
        Err(format!(
            "the first line names {} as the separator, which cannot be one",
            quoted(&named.to_string())
        ))
    })
}

/// How many of each separator the first row holds outside quotes (a quoted
/// cell may run over lines).
fn separator_counts(text: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    let mut quoted = false;
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = SEPARATORS.iter().position(|&s| s == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    counts
}

impl<'a> CsvTable<'a> {
    /// How many bytes of text the table has, for progress.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the table's text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The table in `text` (a byte-order mark is skipped): its separator
    /// found, or why it cannot be read.
    pub fn read(text: &'a str) -> Result<Self, RowError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (end, next) = first_line(text);
        let raw_first = &text[..end];
        if let Some(named) = sep_line(raw_first) {
            return match named {
                Ok(separator) => Ok(Self {
                    text,
                    separator,
                    start: next,
                }),
                Err(why) => Err(RowError { line: 1, why }),
            };
        }
        // The header is the first line that is not blank.
        let header_at = text
            .as_bytes()
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')
            .unwrap_or(text.len());
        let counts = separator_counts(&text[header_at..]);
        // The most used; on a tie the rarer in ordinary text wins (tab, then
        // semicolon, then comma); none at all is a one-column comma file.
        let mut best = 0;
        for i in [2, 1] {
            if counts[i] > counts[best] {
                best = i;
            }
        }
        Ok(Self {
            text,
            separator: SEPARATORS[best],
            start: 0,
        })
    }

    /// The separator between cells.
    pub fn separator(&self) -> u8 {
        self.separator
    }

    /// The rows, the header first, keeping at most `keep` cells of each
    /// (and never more than [`MAX_COLUMNS`]).
    pub fn records(&self, keep: usize) -> Records<'a> {
        let bytes = self.text.as_bytes();
        let mut lines = LineCounter::new(bytes);
        lines.line_at(self.start);
        Records {
            bytes,
            at: self.start,
            reader: csv_core::ReaderBuilder::new()
                .delimiter(self.separator)
                .build(),
            lines,
            keep: keep.min(MAX_COLUMNS),
            out: vec![0; 64 * 1024],
            done: false,
        }
    }
}

/// The rows of a [`CsvTable`], in order.
pub struct Records<'a> {
    bytes: &'a [u8],
    at: usize,
    reader: csv_core::Reader,
    lines: LineCounter<'a>,
    keep: usize,
    out: Vec<u8>,
    done: bool,
}

/// One field as it is read: the kept bytes and the whole length.
struct Field {
    bytes: Vec<u8>,
    chars: usize,
}

impl Field {
    fn cell(self) -> Cell {
        let text = match String::from_utf8(self.bytes) {
            Ok(text) => text,
            // Only a cell cut at MAX_CELL_BYTES can end inside a character.
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let mut bytes = e.into_bytes();
                bytes.truncate(valid);
                String::from_utf8(bytes).unwrap_or_default()
            }
        };
        Cell {
            text,
            chars: self.chars,
            kind: CellKind::Text,
        }
    }
}

impl Records<'_> {
    /// Reads one field; `None` at the end of the data.
    fn field(&mut self, keep: bool) -> Option<(Field, bool)> {
        let mut field = Field {
            bytes: Vec::new(),
            chars: 0,
        };
        loop {
            let (result, read, written) = self
                .reader
                .read_field(&self.bytes[self.at..], &mut self.out);
            self.at += read;
            let chunk = &self.out[..written];
            field.chars += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
            if keep && field.bytes.len() < MAX_CELL_BYTES {
                let room = MAX_CELL_BYTES - field.bytes.len();
                field
                    .bytes
                    .extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            match result {
                csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
                csv_core::ReadFieldResult::Field { record_end } => {
                    return Some((field, record_end));
                }
                csv_core::ReadFieldResult::End => return None,
            }
        }
    }

    /// Whether the quoted field starting at `start` runs to the end of the
    /// file without its closing quote.
    fn unclosed(&self, start: usize) -> bool {
        let Some(rest) = self.bytes.get(start..) else {
            return false;
        };
        if rest.first() != Some(&b'"') {
            return false;
        }
        let mut i = 1;
        while i < rest.len() {
            if rest[i] == b'"' {
                if rest.get(i + 1) == Some(&b'"') {
                    i += 2;
                    continue;
                }
                return false;
            }
            i += 1;
        }
        true
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        // Blank lines before a row are skipped by the parser: the row starts
        // at its first byte that is not a line break.
        let start = self.bytes[self.at..]
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')
            .map_or(self.bytes.len(), |k| self.at + k);
        let line = self.lines.line_at(start);
        let mut record = Record {
            line,
            cells: Vec::new(),
            more_cells: 0,
            at: start as u64,
        };
        loop {
            let field_start = self.at;
            let keep = record.cells.len() < self.keep;
            let Some((field, record_end)) = self.field(keep) else {
                self.done = true;
                return None;
            };
            if keep {
                record.cells.push(field.cell());
            } else {
                record.more_cells += 1;
            }
            if self.at >= self.bytes.len() {
                // The last field of the file: a quote opened and never closed
                // swallows everything after it.
                let opened = (field_start..self.bytes.len())
                    .find(|&i| !matches!(self.bytes[i], b'\n' | b'\r'))
                    .filter(|&i| self.unclosed(i));
                if let Some(opened) = opened {
                    self.done = true;
                    let from = self.lines.line_at(opened);
                    let to = self.lines.line_at(self.bytes.len() - 1).max(from);
                    let after = String::from_utf8_lossy(
                        &self.bytes[opened + 1..(opened + 1 + 64).min(self.bytes.len())],
                    )
                    .into_owned();
                    return Some(Err(RowError {
                        line: from,
                        why: format!(
                            "a quote opens a cell here ({}) and is never closed, so the rest \
                             of the file ({}) would be one cell; close the quote, or double \
                             a quote that belongs to the text (\"\")",
                            quoted(&after),
                            count(
                                usize::try_from(to - from + 1).unwrap_or(usize::MAX),
                                "line",
                                "lines"
                            )
                        ),
                    }));
                }
            }
            if record_end {
                return Some(Ok(record));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(u64, Vec<String>)> {
        let table = CsvTable::read(text).expect("a table");
        table
            .records(10)
            .map(|r| {
                let r = r.expect("a row");
                (r.line, r.cells.into_iter().map(|c| c.text).collect())
            })
            .collect()
    }

    #[test]
    fn lines_are_counted_from_byte_offsets() {
        let text = "name,owner\r\n\r\nA,CIO\r\n\"B\r\nover lines\",CTO\r\nC,\r\n";
        let lines: Vec<u64> = rows(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, [1, 3, 4, 6]);
        let text = "name\rA\r\rB\n";
        let lines: Vec<u64> = rows(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, [1, 2, 4]);
    }

    #[test]
    fn the_separator_is_found() {
        assert_eq!(CsvTable::read("a;b;c\n1;2,5;3").unwrap().separator(), b';');
        assert_eq!(CsvTable::read("a\tb\n").unwrap().separator(), b'\t');
        assert_eq!(CsvTable::read("\"a;b\",c\n").unwrap().separator(), b',');
        assert_eq!(CsvTable::read("name\n").unwrap().separator(), b',');
        assert_eq!(
            CsvTable::read("sep=;\r\na,b;c\r\n").unwrap().separator(),
            b';'
        );
        assert_eq!(
            CsvTable::read("\"sep=,\"\na;b,c\n").unwrap().separator(),
            b','
        );
        assert_eq!(CsvTable::read("sep=|\na|b\n").unwrap().separator(), b'|');
        assert_eq!(
            rows("sep=;\r\nname;size\r\nA;1,5\r\n")[1],
            (3, vec!["A".into(), "1,5".into()])
        );
        assert!(CsvTable::read("sep=ab\nx").is_err());
    }

    #[test]
    fn an_unclosed_quote_is_named_where_it_opens_and_quoted_briefly() {
        let text = format!(
            "name,notes\nA,\"fine\"\nB,\"never closed\n{}\n",
            "x".repeat(1 << 20)
        );
        let table = CsvTable::read(&text).unwrap();
        let out: Vec<_> = table.records(10).collect();
        let err = out.last().unwrap().clone().unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.why.len() < 400, "{}", err.why);
        assert!(err.why.contains("never closed"), "{}", err.why);
    }

    #[test]
    fn long_cells_and_rows_are_kept_within_bounds() {
        let text = format!(
            "name\n{}\n{}\n",
            "é".repeat(MAX_CELL_BYTES),
            ",".repeat(100_000)
        );
        let table = CsvTable::read(&text).unwrap();
        let out: Vec<Record> = table.records(1).map(|r| r.unwrap()).collect();
        assert_eq!(out[1].cells[0].chars, MAX_CELL_BYTES);
        assert!(out[1].cells[0].text.len() <= MAX_CELL_BYTES);
        assert!(!out[1].cells[0].is_whole());
        assert_eq!((out[2].cells.len(), out[2].more_cells), (1, 100_000));
    }
}
