//! How text is written into a file: string literals that escape what a
//! reader could not see (control characters, direction marks), so a file
//! cannot hide text from the person reading it.

use std::fmt::Write as _;

/// A string literal: `"` and `\` escaped, control characters and invisible
/// direction marks written as escapes, everything else as it is (an
/// apostrophe stays `'`).
pub fn quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_invisible_format(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Direction overrides and isolates, zero-width characters and the byte
/// order mark: characters that change how text looks without showing.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}
