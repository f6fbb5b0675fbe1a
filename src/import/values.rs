//! Reading one cell of an imported spreadsheet as a value: a facing (a
//! share from 0 to 1, or a percentage), a size, a yes or no, a kind of
//! work.
//!
//! Numbers are written in two ways: `1,234.5` and `1.234,5`. A number whose
//! comma or point could be either a decimal mark or a thousands separator
//! (`1,000`: one, or a thousand?) is read the way its column is written
//! ([`DecimalMark::of_column`]: the column's other numbers, or a semicolon-
//! separated file, which uses decimal commas); when the file does not make
//! it clear, it is an error that says both readings, never a guess. `3,5`
//! is clearly decimal (a thousands separator is followed by three digits),
//! and so is `0,500`.

use crate::file::v5;
use crate::model::WorkKind;
use crate::model::format::size as format_size;
use crate::model::rules::{self, MAX_SIZE, MIN_SIZE};

use super::text::quoted;

/// Which character a column's numbers use before their decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,234.5`
    Point,
    /// `1.234,5`
    Comma,
}

/// What the shape of a number says about its decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// No mark, or one that can only be read one way.
    Clear(Option<DecimalMark>),
    /// One `,` or `.` followed by exactly three digits, after one to three
    /// digits: a decimal mark or a thousands separator.
    Either(char),
}

/// The text of a number with white space (spaces between thousands too)
/// and `_` taken out.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{202f}')
        .collect()
}

fn shape(text: &str) -> Shape {
    let digits = text.trim_start_matches(['-', '+']);
    let commas = digits.matches(',').count();
    let points = digits.matches('.').count();
    match (commas, points) {
        (0, 0) => Shape::Clear(None),
        (_, 0) if commas > 1 => Shape::Clear(Some(DecimalMark::Point)),
        (0, _) if points > 1 => Shape::Clear(Some(DecimalMark::Comma)),
        (1, 0) | (0, 1) => {
            let mark = if commas == 1 { ',' } else { '.' };
            let (int, frac) = digits.split_once(mark).unwrap_or((digits, ""));
            let grouping = frac.len() == 3
                && (1..=3).contains(&int.len())
                && int != "0"
                && int.chars().all(|c| c.is_ascii_digit())
                && frac.chars().all(|c| c.is_ascii_digit());
            if grouping {
                Shape::Either(mark)
            } else if mark == ',' {
                Shape::Clear(Some(DecimalMark::Comma))
            } else {
                Shape::Clear(Some(DecimalMark::Point))
            }
        }
        _ => {
            // Both: the last one is the decimal mark.
            let last_comma = digits.rfind(',');
            let last_point = digits.rfind('.');
            if last_comma > last_point {
                Shape::Clear(Some(DecimalMark::Comma))
            } else {
                Shape::Clear(Some(DecimalMark::Point))
            }
        }
    }
}

/// What a column's numbers show of their decimal mark, one cell at a time.
#[derive(Clone, Copy, Debug, Default)]
pub struct MarkVotes {
    points: bool,
    commas: bool,
}

impl MarkVotes {
    /// Takes one cell into account.
    pub fn see(&mut self, cell: &str) {
        let number = compact(cell.trim().trim_end_matches(['%', ' ']));
        let numeric = number.chars().any(|c| c.is_ascii_digit())
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+'));
        if !numeric {
            return;
        }
        match shape(&number) {
            Shape::Clear(Some(DecimalMark::Point)) => self.points = true,
            Shape::Clear(Some(DecimalMark::Comma)) => self.commas = true,
            _ => {}
        }
    }

    /// The mark the column uses: the one its clear numbers agree on; when
    /// they show none or both, a semicolon-separated file's decimal comma,
    /// else unknown.
    pub fn mark(self, separator: u8) -> Option<DecimalMark> {
        match (self.points, self.commas) {
            (true, false) => Some(DecimalMark::Point),
            (false, true) => Some(DecimalMark::Comma),
            _ if separator == b';' => Some(DecimalMark::Comma),
            _ => None,
        }
    }
}

impl DecimalMark {
    /// The mark a column of these cells uses, in a file with this
    /// separator (see [`MarkVotes::mark`]).
    pub fn of_column<'a>(cells: impl IntoIterator<Item = &'a str>, separator: u8) -> Option<Self> {
        let mut votes = MarkVotes::default();
        for cell in cells {
            votes.see(cell);
        }
        votes.mark(separator)
    }
}

/// Why a cell is not a number.
enum NotNumber {
    /// Not a number at all.
    Bad,
    /// `1,000`: one (a decimal comma) or a thousand.
    Ambiguous { decimal: String, thousands: String },
}

/// Digits grouped by `separator` in threes after the first group.
fn ungrouped(int: &str, separator: char) -> Option<String> {
    let mut groups = int.split(separator);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 {
        return None;
    }
    let mut out = first.to_owned();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        out.push_str(group);
    }
    Some(out)
}

/// The number in `text`, written with `mark` before its decimals (or as its
/// shape makes clear).
fn number(text: &str, mark: Option<DecimalMark>) -> Result<f64, NotNumber> {
    let text = compact(text);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(&text)),
    };
    let as_point = |decimal: char| -> Option<String> {
        let thousands = if decimal == '.' { ',' } else { '.' };
        let (int, frac) = match digits.rsplit_once(decimal) {
            Some((int, frac)) if !frac.contains(thousands) => (int, Some(frac)),
            Some(_) => return None,
            None => (digits, None),
        };
        let int = if int.contains(thousands) {
            ungrouped(int, thousands)?
        } else {
            int.to_owned()
        };
        Some(match frac {
            Some(frac) => format!("{sign}{int}.{frac}"),
            None => format!("{sign}{int}"),
        })
    };
    let parse = |written: Option<String>| -> Result<f64, NotNumber> {
        let written = written.ok_or(NotNumber::Bad)?;
        let plain = written.trim_start_matches('-');
        if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(NotNumber::Bad);
        }
        written
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or(NotNumber::Bad)
    };
    let decimal = match shape(digits) {
        Shape::Clear(Some(DecimalMark::Comma)) => ',',
        Shape::Clear(_) => '.',
        Shape::Either(seen) => match (mark, seen) {
            (Some(DecimalMark::Comma), _) => ',',
            (Some(DecimalMark::Point), _) | (None, '.') => '.',
            (None, _) => {
                return Err(NotNumber::Ambiguous {
                    decimal: parse(as_point(','))
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                    thousands: parse(as_point('.'))
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                });
            }
        },
    };
    parse(as_point(decimal))
}

/// The message for a number that can be read two ways.
fn ambiguous(what: &str, text: &str, decimal: &str, thousands: &str) -> String {
    format!(
        "the {what} {} could be {decimal} (a decimal comma) or {thousands} (a thousands \
         separator), and the file does not say which; write it as {thousands} or as {decimal}",
        quoted(text)
    )
}

/// Whether a cell says that it has no value: `n/a`, `tbd`, `tbc`, `?`,
/// `-`, `unknown`, `k. A.`, `offen`… (any letter case).
pub fn not_given(text: &str) -> bool {
    let key: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    matches!(
        key.as_str(),
        "n/a"
            | "na"
            | "n/v"
            | "nv"
            | "tbd"
            | "tbc"
            | "?"
            | "??"
            | "-"
            | "--"
            | "–"
            | "—"
            | "unknown"
            | "none"
            | "ka"
            | "offen"
            | "unbekannt"
            | "keineangabe"
            | "notknown"
            | "notapplicable"
    )
}

/// The number in a cell written as roughly so much: `~6`, `ca. 6`,
/// `approx. 6`, `about 6`, `≈6`, `circa 6`.
pub fn approximate(text: &str) -> Option<&str> {
    let t = text.trim();
    let lower = t.to_lowercase();
    for mark in [
        "~", "≈", "ca.", "ca ", "approx.", "approx ", "about ", "circa ", "etwa ",
    ] {
        if lower.starts_with(mark) {
            let rest = t.get(mark.len()..)?.trim();
            if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return Some(rest);
            }
        }
    }
    None
}

/// The external share a word in a `facing` column stands for: yes, no,
/// partly (in English and German).
pub fn facing_word(text: &str) -> Option<f64> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "ja" | "j" | "true" | "external" | "extern" | "customer" => Some(1.0),
        "no" | "n" | "nein" | "false" | "internal" | "intern" => Some(0.0),
        "partly" | "partially" | "part" | "some" | "both" | "mixed" | "teilweise" | "teils"
        | "gemischt" | "beides" => Some(0.5),
        _ => None,
    }
}

/// For a size written as a range (`12-15`), the message saying so.
fn range_message(text: &str) -> Option<String> {
    let (a, b) = text.split_once(['-', '–'])?;
    let (a, b) = (number(a.trim(), None).ok()?, number(b.trim(), None).ok()?);
    (b > a).then(|| {
        format!(
            "the size {} is a range; write one number (the middle is {})",
            quoted(text),
            format_size(rules::size((a + b) / 2.0))
        )
    })
}

/// The external share in a `facing` cell: `0.15`, `15%` or `15` (a bare
/// number above 1 is a percentage), or a word (`yes` is external, `no`
/// internal, `partly` half and half; see [`facing_word`]). Empty is 0.5
/// (no idea which way).
pub fn parse_facing(text: &str) -> Result<f64, String> {
    parse_facing_with(text, None)
}

/// [`parse_facing`] for a column whose numbers use `mark`.
pub fn parse_facing_with(text: &str, mark: Option<DecimalMark>) -> Result<f64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(0.5);
    }
    if let Some(share) = facing_word(trimmed) {
        return Ok(share);
    }
    let bad = || {
        format!(
            "the facing {} is not a share from 0 to 1, a percentage from 0% to 100%, \
             or yes, partly or no",
            quoted(trimmed)
        )
    };
    let read = |t: &str| {
        number(t, mark).map_err(|e| match e {
            NotNumber::Bad => bad(),
            NotNumber::Ambiguous { decimal, thousands } => {
                ambiguous("facing", trimmed, &decimal, &thousands)
            }
        })
    };
    let (value, percent) = match trimmed.strip_suffix('%') {
        Some(number_part) => (read(number_part)?, true),
        None => {
            let value = read(trimmed)?;
            (value, value > 1.0)
        }
    };
    let share = if percent { value / 100.0 } else { value };
    if !(0.0..=1.0).contains(&share) {
        return Err(bad());
    }
    Ok(rules::share(share))
}

/// The size in a `size` cell; empty is 1.
pub fn parse_size(text: &str) -> Result<f64, String> {
    parse_size_with(text, None)
}

/// [`parse_size`] for a column whose numbers use `mark`.
pub fn parse_size_with(text: &str, mark: Option<DecimalMark>) -> Result<f64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(1.0);
    }
    let bad = || {
        format!(
            "the size {} is not a number from {MIN_SIZE} to {}",
            quoted(trimmed),
            format_size(MAX_SIZE)
        )
    };
    let value = number(trimmed, mark).map_err(|e| match e {
        NotNumber::Bad => range_message(trimmed).unwrap_or_else(bad),
        NotNumber::Ambiguous { decimal, thousands } => {
            ambiguous("size", trimmed, &decimal, &thousands)
        }
    })?;
    let value = rules::size(value);
    if (MIN_SIZE..=MAX_SIZE).contains(&value) {
        Ok(value)
    } else {
        Err(bad())
    }
}

/// Whether a `deliberate` cell says yes: `yes`, `y`, `true`, `1` or `x`;
/// `no`, `n`, `false`, `0` or empty say no (any letter case).
pub fn parse_yes_no(what: &str, text: &str) -> Result<bool, String> {
    let trimmed = text.trim();
    match trimmed.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "x" => Ok(true),
        "no" | "n" | "false" | "0" | "" => Ok(false),
        _ => Err(format!(
            "the {what} {} is not yes or no (yes, true, 1 or x; no, false, 0 or empty)",
            quoted(trimmed)
        )),
    }
}

/// A kind of work as compared: lower case, letters and digits only, `&`
/// read as "and" ("Data & analytics", "data and analytics" and
/// "DATA-AND-ANALYTICS" are one).
fn kind_key(text: &str) -> String {
    text.to_lowercase()
        .replace('&', "and")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The kind of work a `kind` cell names: a kind's label ("Data &
/// analytics") or its word in the design file ("BusinessSystems"), in any
/// letter case; `None` when the cell is empty or says it has no value
/// (`n/a`). Anything else is an error that lists the kinds.
pub fn parse_kind(text: &str) -> Result<Option<WorkKind>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() || not_given(trimmed) {
        return Ok(None);
    }
    let key = kind_key(trimmed);
    WorkKind::ALL
        .into_iter()
        .find(|k| kind_key(k.label()) == key || kind_key(v5::kind_word(*k)) == key)
        .map(Some)
        .ok_or_else(|| {
            let labels: Vec<&str> = WorkKind::ALL.iter().map(|k| k.label()).collect();
            format!(
                "the kind of work {} is not one Remit knows; write one of {} (any letter \
                 case), or leave the cell empty",
                quoted(trimmed),
                labels.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facings_read_as_shares_or_percentages() {
        assert_eq!(parse_facing("0.15"), Ok(0.15));
        assert_eq!(parse_facing("15%"), Ok(0.15));
        assert_eq!(parse_facing(" 15 % "), Ok(0.15));
        assert_eq!(parse_facing("85"), Ok(0.85));
        assert_eq!(parse_facing("1"), Ok(1.0));
        assert_eq!(parse_facing("0,4"), Ok(0.4));
        assert_eq!(parse_facing("62,5%"), Ok(0.625));
        assert_eq!(parse_facing(""), Ok(0.5));
        assert!(parse_facing("150%").is_err());
        assert!(parse_facing("-0.1").is_err());
        assert!(parse_facing("half").is_err_and(|why| why.contains("\"half\"")));
    }

    #[test]
    fn sizes_read_within_the_model_bounds() {
        assert_eq!(parse_size("40"), Ok(40.0));
        assert_eq!(parse_size("1 200"), Ok(1200.0));
        assert_eq!(parse_size(""), Ok(1.0));
        assert!(parse_size("0").is_err());
        assert!(parse_size("NaN").is_err());
        assert!(parse_size("inf").is_err());
        assert!(parse_size("2e9").is_err());
        assert!(
            parse_size("1e3").is_err(),
            "no exponents: not how people type"
        );
    }

    #[test]
    fn a_comma_that_could_be_either_is_an_error_unless_the_column_says() {
        assert!(
            parse_size("1,000").is_err_and(|why| why.contains("1000") && why.contains("\"1,000\""))
        );
        assert_eq!(parse_size("3,5"), Ok(3.5));
        assert_eq!(parse_size("0,500"), Ok(0.5));
        assert_eq!(parse_size("1,000.5"), Ok(1000.5));
        assert_eq!(parse_size("1.000,5"), Ok(1000.5));
        assert_eq!(parse_size("1,000,000"), Ok(1_000_000.0));
        assert_eq!(
            parse_size("1.234"),
            Ok(1.234),
            "a point is decimal by default"
        );
        assert_eq!(
            parse_size_with("1,000", Some(DecimalMark::Point)),
            Ok(1000.0)
        );
        assert_eq!(parse_size_with("1,000", Some(DecimalMark::Comma)), Ok(1.0));
        assert_eq!(
            parse_size_with("18.400", Some(DecimalMark::Comma)),
            Ok(18_400.0)
        );
        assert_eq!(
            parse_size_with("437,5", Some(DecimalMark::Comma)),
            Ok(437.5)
        );
        assert_eq!(parse_size_with("0.25", Some(DecimalMark::Comma)), Ok(0.25));
        assert!(parse_size("1,00,0").is_err());
        assert!(parse_size("1.2.3").is_err());
    }

    #[test]
    fn a_column_says_its_mark_through_its_clear_numbers_or_its_separator() {
        let of = |cells: &[&str], sep| DecimalMark::of_column(cells.iter().copied(), sep);
        assert_eq!(of(&["3,5", "1,000"], b','), Some(DecimalMark::Comma));
        assert_eq!(of(&["0.25", "1,000"], b','), Some(DecimalMark::Point));
        assert_eq!(of(&["3,5", "0.25", "1,000"], b','), None);
        assert_eq!(of(&["1,000", "2"], b','), None);
        assert_eq!(of(&["18.400", "2"], b';'), Some(DecimalMark::Comma));
        assert_eq!(of(&["62,5%"], b','), Some(DecimalMark::Comma));
    }

    #[test]
    fn placeholders_rough_numbers_ranges_and_facing_words() {
        for empty in [
            "n/a", "N/A", "tbc", " TBD ", "?", "-", "–", "k. A.", "offen", "unknown",
        ] {
            assert!(not_given(empty), "{empty}");
        }
        for value in ["0", "x", "no", "n/a2"] {
            assert!(!not_given(value), "{value}");
        }
        assert_eq!(approximate("~6"), Some("6"));
        assert_eq!(approximate("ca. 12,5"), Some("12,5"));
        assert_eq!(approximate("Approx. 3"), Some("3"));
        assert_eq!(approximate("6"), None);
        assert_eq!(approximate("~"), None);
        assert!(parse_size("12-15").is_err_and(|w| w.contains("range") && w.contains("13.5")));
        assert!(parse_size("5-3").is_err_and(|w| !w.contains("range")));
        assert_eq!(parse_facing("yes "), Ok(1.0));
        assert_eq!(parse_facing("Partly"), Ok(0.5));
        assert_eq!(parse_facing("nein"), Ok(0.0));
        assert!(parse_facing("sometimes").is_err_and(|w| w.contains("yes, partly or no")));
    }

    #[test]
    fn yes_and_no_in_their_usual_spellings() {
        for yes in ["yes", "Yes", "TRUE", "1", "x", " X "] {
            assert_eq!(parse_yes_no("mark", yes), Ok(true), "{yes}");
        }
        for no in ["no", "False", "0", ""] {
            assert_eq!(parse_yes_no("mark", no), Ok(false), "{no}");
        }
        assert!(parse_yes_no("mark", "maybe").is_err_and(|w| w.contains("\"maybe\"")));
    }

    #[test]
    fn kinds_by_their_label_or_file_word_in_any_case() {
        for (text, kind) in [
            ("Security", WorkKind::Security),
            (" security ", WorkKind::Security),
            ("data & analytics", WorkKind::Data),
            ("Data and Analytics", WorkKind::Data),
            ("BusinessSystems", WorkKind::BusinessSystems),
            ("business systems", WorkKind::BusinessSystems),
            ("OPERATIONS & SUPPORT", WorkKind::Operations),
            ("Operations", WorkKind::Operations),
            ("Other work", WorkKind::Other),
        ] {
            assert_eq!(parse_kind(text), Ok(Some(kind)), "{text}");
        }
        for kind in WorkKind::ALL {
            assert_eq!(parse_kind(kind.label()), Ok(Some(kind)));
            assert_eq!(parse_kind(v5::kind_word(kind)), Ok(Some(kind)));
        }
        assert_eq!(parse_kind(""), Ok(None));
        assert_eq!(parse_kind("n/a"), Ok(None));
        assert!(parse_kind("Cyber").is_err_and(|w| w.contains("\"Cyber\"")
            && w.contains("Security")
            && w.contains("Data & analytics")));
    }
}
