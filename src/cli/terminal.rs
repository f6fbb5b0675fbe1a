//! Text from a file, made safe to print on a terminal: control characters
//! (escape sequences that clear the screen, set the title or write the
//! clipboard, bells, carriage returns that overwrite a line) and invisible
//! direction marks (which reorder what is shown) are written as `\u{…}`
//! escapes. Everything else, accents and other scripts included, is kept.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::file::escape::is_invisible_format;

fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// `text` with every character that could act on a terminal escaped.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs_escape(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A JSON document made safe for a terminal the same way: every character
/// that [`clean`] would escape, except the line breaks between values, is
/// written as a JSON `\uXXXX` escape. Such characters only occur inside
/// strings (a JSON writer escapes line breaks there), so the document
/// still reads back as the same values.
pub fn clean_json(json: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && needs_escape(c);
    if !json.chars().any(unsafe_char) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as it is printed: its display form, cleaned like any text.
pub fn shown(path: &std::path::Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_acts_on_a_terminal_and_keeps_the_rest() {
        assert_eq!(clean("CIO – Sécurité"), "CIO – Sécurité");
        assert_eq!(clean("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(
            clean("\u{1b}]52;c;SGVsbG8=\u{7}"),
            "\\u{1b}]52;c;SGVsbG8=\\u{7}"
        );
        assert_eq!(clean("x\u{202e}y\u{9b}z"), "x\\u{202e}y\\u{9b}z");
        assert_eq!(clean("two\nlines\r"), "two\\u{a}lines\\u{d}");
    }

    #[test]
    fn json_keeps_its_line_breaks_and_escapes_the_rest() {
        let json = "[\n  \"x\u{202e}y\u{9b}\"\n]";
        assert_eq!(clean_json(json), "[\n  \"x\\u202ey\\u009b\"\n]");
        assert_eq!(clean_json("[1]"), "[1]");
    }
}
