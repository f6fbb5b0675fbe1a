//! How text sits in a spreadsheet cell, both ways, and how a cell is quoted
//! in a message.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or
//! a carriage return as a formula, so a card named `=HYPERLINK(…)` in an
//! exported CSV would run in the reader's spreadsheet. As OWASP advises,
//! [`to_cell`] puts a single quote before such text; it does the same for
//! text that itself starts with a quote or that starts or ends with white
//! space, so that [`from_cell`] can undo it exactly: a cell that starts with
//! a quote is the rest of the cell as it is, and any other cell is taken
//! without its outer spaces (what people type into a spreadsheet by
//! mistake). `from_cell(&to_cell(s)) == s` for every string.

use std::borrow::Cow;

use crate::model::rules::MAX_NAME_CHARS;

/// The mark that says "text, as it is" at the start of a cell.
pub const TEXT_MARK: char = '\'';

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// How many characters of a value a message quotes.
pub const QUOTED_CHARS: usize = 40;

/// `text` as the export writes it into a cell (see the module's notes).
pub fn to_cell(text: &str) -> Cow<'_, str> {
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
        return Cow::Borrowed(text);
    };
    let marked = FORMULA_STARTS.contains(&first)
        || first == TEXT_MARK
        || first.is_whitespace()
        || last.is_whitespace();
    if marked {
        Cow::Owned(format!("{TEXT_MARK}{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text a cell holds (see the module's notes).
pub fn from_cell(cell: &str) -> &str {
    match cell.strip_prefix(TEXT_MARK) {
        Some(rest) => rest,
        None => cell.trim(),
    }
}

/// At most `max` characters of `text`, with `…` when there were more.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
        None => Cow::Borrowed(text),
    }
}

/// `text` in double quotes for a message: its first [`QUOTED_CHARS`]
/// characters, with `…` when there were more, and line breaks and other
/// control characters shown as `\n`, `\u{1b}`…
pub fn quoted(text: &str) -> String {
    let clipped = clip(text, QUOTED_CHARS);
    let mut out = String::with_capacity(clipped.len() + 2);
    out.push('"');
    for c in clipped.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// A count with its noun, `1 row` or `3 rows`, the number grouped in
/// thousands (`40,000 rows`).
pub fn count(n: usize, one: &str, many: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{grouped} {}", if n == 1 { one } else { many })
}

/// A list of line numbers for a message: `line 4`, `lines 4, 9 and 12`, or
/// the first few and how many more.
pub fn lines(lines: &[u64]) -> String {
    const SHOWN: usize = 5;
    match lines {
        [] => String::new(),
        [one] => format!("line {one}"),
        _ => {
            let shown: Vec<String> = lines.iter().take(SHOWN).map(u64::to_string).collect();
            if lines.len() > SHOWN {
                format!(
                    "lines {} and {} more",
                    shown.join(", "),
                    lines.len() - SHOWN
                )
            } else {
                let (last, rest) = shown.split_last().map_or(("", &[][..]), |(l, r)| (l, r));
                format!("lines {} and {last}", rest.join(", "))
            }
        }
    }
}

/// A design name made from a file's name (without its extension): control
/// characters (a line break, a tab) become spaces, runs of spaces one,
/// clipped to the model's longest name on a character boundary;
/// `Imported` when nothing is left.
pub fn design_name(file_stem: &str) -> String {
    let mut name = String::with_capacity(file_stem.len().min(4 * MAX_NAME_CHARS));
    for c in file_stem.chars() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && (name.is_empty() || name.ends_with(' ')) {
            continue;
        }
        name.push(c);
        if name.chars().count() >= MAX_NAME_CHARS {
            break;
        }
    }
    let name = name.trim_end();
    if name.is_empty() {
        "Imported".to_owned()
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_come_back() {
        assert_eq!(to_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(to_cell("+1"), "'+1");
        assert_eq!(to_cell("-sum"), "'-sum");
        assert_eq!(to_cell("@me"), "'@me");
        assert_eq!(to_cell("\tx"), "'\tx");
        assert_eq!(to_cell("'quoted"), "''quoted");
        assert_eq!(to_cell(" spaced "), "' spaced ");
        assert_eq!(to_cell("Payroll"), "Payroll");
        assert_eq!(to_cell("a=b"), "a=b");
        assert_eq!(to_cell(""), "");
        for text in ["=1", "''", "'", " ", "a ", "Payroll", "", "-", "x\n", "é"] {
            assert_eq!(from_cell(&to_cell(text)), text);
        }
        // What people type: outer spaces go, a leading quote is Excel's
        // "this is text".
        assert_eq!(from_cell("  CIO "), "CIO");
        assert_eq!(from_cell("'=1"), "=1");
    }

    #[test]
    fn any_file_name_makes_a_valid_design_name() {
        assert_eq!(design_name("acme list"), "acme list");
        assert_eq!(design_name("two\nlines\t here"), "two lines here");
        assert_eq!(design_name(" \u{1b} "), "Imported");
        let long = "é".repeat(500);
        let name = design_name(&long);
        assert_eq!(name.chars().count(), MAX_NAME_CHARS);
        assert!(crate::model::rules::check_design_name(&name).is_ok());
    }

    #[test]
    fn messages_quote_a_little_of_a_long_value() {
        let long = "x".repeat(1 << 20);
        let shown = quoted(&long);
        assert_eq!(shown.chars().count(), QUOTED_CHARS + 3);
        assert!(shown.ends_with("…\""));
        assert_eq!(quoted("a\nb"), "\"a\\nb\"");
        assert_eq!(count(40_000, "row", "rows"), "40,000 rows");
        assert_eq!(count(1, "row", "rows"), "1 row");
        assert_eq!(lines(&[4]), "line 4");
        assert_eq!(lines(&[4, 9, 12]), "lines 4, 9 and 12");
        assert_eq!(
            lines(&[1, 2, 3, 4, 5, 6, 7]),
            "lines 1, 2, 3, 4, 5 and 2 more"
        );
    }
}
