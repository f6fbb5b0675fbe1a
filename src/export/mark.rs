//! The mark every export carries to say Remit wrote it, and how a file is
//! recognised by it, so that an export written beside a design (no `-o`)
//! replaces an earlier export but never a file of the user's own: the
//! spreadsheet a design was imported from, say.
//!
//! Each format carries the mark where that format keeps such things, at a
//! fixed place near the start (so reading the first [`READ_BYTES`] of a
//! file is enough):
//!
//! - SVG: a comment straight after the opening `<svg …>` tag;
//! - PNG: a `tEXt` chunk `Software` = `Remit`, straight after the header;
//! - PDF: the document information's producer, `Remit`, written before
//!   the pages;
//! - CSV: the exact header row Remit writes (a byte-order mark, every field
//!   quoted: the ownership table's columns (with `kind`, or without it as
//!   Remit wrote them before cards had kinds), or the matrix's `id`,
//!   `responsibility` and one column per executive), which a spreadsheet
//!   program saving the file again does not keep;
//! - Markdown: a comment on the line after the title.
//!
//! Recognising is a pure function of those first bytes
//! ([`written_by_remit`]); [`file_written_by_remit`] reads them from a
//! file.

use std::io::Read as _;
use std::path::Path;

use super::csv::{BOM, OWNERSHIP_HEADER};

/// What the mark says: the software that wrote the file.
pub const SOFTWARE: &str = "Remit";

/// The comment that marks Remit's SVG and Markdown.
pub const COMMENT: &str = "<!-- Written by Remit, the org designer. -->";

/// How much of the start of a file is enough to find the mark.
pub const READ_BYTES: usize = 8 * 1024;

/// The PNG signature.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// `summary` (Markdown, starting with its `# title` line) with the mark on
/// the line after the title.
pub fn markdown(summary: &str) -> String {
    match summary.split_once('\n') {
        Some((title, rest)) => format!("{title}\n{COMMENT}\n{rest}"),
        None => format!("{summary}\n{COMMENT}\n"),
    }
}

/// Whether a file starting with `start` (its first [`READ_BYTES`] bytes,
/// or all of it if shorter) carries Remit's mark, in any of the formats.
pub fn written_by_remit(start: &[u8]) -> bool {
    svg(start) || png(start) || pdf(start) || csv(start) || md(start)
}

/// Whether the file at `path` carries Remit's mark: `None` when there is
/// no regular file there (nothing, or a folder or a pipe, which no export
/// replaces anyway). Only the first [`READ_BYTES`] are read, and the file
/// is opened without waiting, so a pipe swapped in cannot hang it.
pub fn file_written_by_remit(path: &Path) -> std::io::Result<Option<bool>> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Ok(None);
    }
    let mut start = Vec::with_capacity(READ_BYTES);
    file.take(READ_BYTES as u64).read_to_end(&mut start)?;
    Ok(Some(written_by_remit(&start)))
}

/// `<svg …>` then the comment.
fn svg(start: &[u8]) -> bool {
    let Some(rest) = start.strip_prefix(b"<svg ") else {
        return false;
    };
    rest.iter().position(|&b| b == b'>').is_some_and(|end| {
        rest[end + 1..]
            .trim_ascii_start()
            .starts_with(COMMENT.as_bytes())
    })
}

/// `# title`, then the comment on the next line.
fn md(start: &[u8]) -> bool {
    if !start.starts_with(b"# ") {
        return false;
    }
    let mut lines = start.split(|&b| b == b'\n');
    lines.next();
    lines.next().is_some_and(|line| line == COMMENT.as_bytes())
}

/// The signature, then chunks up to the first image data, one of them a
/// `tEXt` chunk `Software` = `Remit`.
fn png(start: &[u8]) -> bool {
    let Some(mut rest) = start.strip_prefix(PNG_SIGNATURE) else {
        return false;
    };
    while rest.len() >= 8 {
        let length = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let kind = &rest[4..8];
        if kind == b"IDAT" {
            return false;
        }
        let Some(data) = rest.get(8..8 + length) else {
            return false;
        };
        if kind == b"tEXt" && data == [b"Software\0", SOFTWARE.as_bytes()].concat().as_slice() {
            return true;
        }
        // The data, then four bytes of checksum.
        rest = rest.get(8 + length + 4..).unwrap_or_default();
    }
    false
}

/// `%PDF-`, then the document information with Remit as its producer
/// before anything else.
fn pdf(start: &[u8]) -> bool {
    let producer = format!("/Producer ({SOFTWARE})");
    start.starts_with(b"%PDF-")
        && start
            .windows(producer.len())
            .any(|w| w == producer.as_bytes())
}

/// The header row of Remit's ownership table or matrix.
fn csv(start: &[u8]) -> bool {
    let Some(rest) = start.strip_prefix(BOM.as_bytes()) else {
        return false;
    };
    // The header as written now, and as written before cards had kinds.
    let header = |with_kind: bool| {
        let cells: Vec<String> = OWNERSHIP_HEADER
            .iter()
            .filter(|h| with_kind || **h != "kind")
            .map(|h| format!("\"{h}\""))
            .collect();
        format!("{}\r\n", cells.join(","))
    };
    if [true, false]
        .into_iter()
        .any(|with_kind| rest.starts_with(header(with_kind).as_bytes()))
    {
        return true;
    }
    let Some(mut rest) = rest.strip_prefix(br#""id","responsibility""#.as_slice()) else {
        return false;
    };
    // Then quoted fields (a quote inside doubled) up to the end of the line;
    // a header longer than what was read counts by what was read.
    loop {
        if rest.is_empty() || rest.starts_with(b"\r\n") {
            return true;
        }
        let Some(field) = rest.strip_prefix(b",\"") else {
            return false;
        };
        let mut k = 0;
        loop {
            match field.get(k) {
                None => return true,
                Some(b'"') if field.get(k + 1) == Some(&b'"') => k += 2,
                Some(b'"') => break,
                Some(b'\r' | b'\n') => return false,
                Some(_) => k += 1,
            }
        }
        rest = &field[k + 1..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_the_users_own_is_not_taken_for_remits() {
        for own in [
            "name,owner,facing\nPayroll,CIO,5%\n",
            "\u{feff}id,name,description,owner,facing,size,responsible,consulted,informed,notes\r\n",
            "\u{feff}\"id\",\"responsibility\",CIO\r\n",
            "\"id\",\"responsibility\",\"CIO\"\r\n",
            "# Notes\n\nWe pasted this: <!-- Written by Remit, the org designer. -->\n",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Ours</title></svg>",
            "%PDF-1.7\n1 0 obj << /Producer (LibreOffice) >>",
            "",
        ] {
            assert!(!written_by_remit(own.as_bytes()), "{own:?}");
        }
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend_from_slice(&[0, 0, 0, 0]);
        png.extend_from_slice(b"IDAT");
        assert!(!written_by_remit(&png));
    }

    #[test]
    fn remits_header_rows_are_recognised_even_cut_short() {
        let matrix = "\u{feff}\"id\",\"responsibility\",\"CIO\",\"Head of \"\"IT\"\"\"\r\n\"a\"";
        assert!(written_by_remit(matrix.as_bytes()));
        let cut = "\u{feff}\"id\",\"responsibility\",\"CIO\",\"Head o";
        assert!(written_by_remit(cut.as_bytes()));
        assert!(written_by_remit(markdown("# Acme\n\nSizes").as_bytes()));
    }

    #[test]
    fn an_ownership_table_written_before_cards_had_kinds_is_still_remits() {
        let before = "\u{feff}\"id\",\"name\",\"description\",\"owner\",\"facing\",\"size\",\
                      \"responsible\",\"consulted\",\"informed\",\"notes\",\"deliberate\"\r\n";
        assert!(written_by_remit(before.as_bytes()));
        let now: Vec<String> = OWNERSHIP_HEADER
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect();
        let now = format!("{BOM}{}\r\n", now.join(","));
        assert!(now.contains("\"kind\""));
        assert!(written_by_remit(now.as_bytes()));
    }
}
