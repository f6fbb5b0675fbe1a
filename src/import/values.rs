//! Reading one cell of an imported spreadsheet: a facing (a share from 0
//! to 1, or a percentage), a size, and the CSV reader's complaints in plain
//! words.

use crate::model::format::size as format_size;
use crate::model::rules::{self, MAX_SIZE, MIN_SIZE};

/// A number as people type it: spaces around it, a decimal comma when
/// there is no point (`0,15`), thousands separated by spaces or `_`.
fn number(text: &str) -> Option<f64> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let text = if text.contains('.') {
        text
    } else {
        text.replace(',', ".")
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The external share in a `facing` cell: `0.15`, `15%` or `15` (a bare
/// number above 1 is a percentage). Empty is 0.5 (no idea which way).
pub fn parse_facing(text: &str) -> Result<f64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(0.5);
    }
    let bad = || {
        format!(
            "the facing \"{trimmed}\" is not a share from 0 to 1 or a percentage from 0% to 100%"
        )
    };
    let (value, percent) = match trimmed.strip_suffix('%') {
        Some(number_part) => (number(number_part).ok_or_else(bad)?, true),
        None => {
            let value = number(trimmed).ok_or_else(bad)?;
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
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(1.0);
    }
    let bad = || {
        format!(
            "the size \"{trimmed}\" is not a number from {MIN_SIZE} to {}",
            format_size(MAX_SIZE)
        )
    };
    let value = rules::size(number(trimmed).ok_or_else(bad)?);
    if (MIN_SIZE..=MAX_SIZE).contains(&value) {
        Ok(value)
    } else {
        Err(bad())
    }
}

/// What the CSV reader could not read, in plain words.
pub fn csv_why(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "the text is not UTF-8; save the spreadsheet as \"CSV UTF-8\"".to_owned()
        }
        csv::ErrorKind::UnequalLengths { .. } => {
            "the row has a different number of cells from the header".to_owned()
        }
        csv::ErrorKind::Io(io) => format!("it cannot be read: {io}"),
        _ => format!("it cannot be read as CSV: {e}"),
    }
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
        assert!(parse_size("2e9").is_err());
    }
}
