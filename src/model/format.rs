//! How numbers are written for people: sizes, percentages and plain
//! numbers, the same in the window, the command line and error messages.

/// A size without a useless `.0`: `5`, `2.5`, `0.13` (two decimals at most).
pub fn size(value: f64) -> String {
    if !value.is_finite() {
        return number(value);
    }
    if (value - value.round()).abs() < 1e-9 && value.abs() < 1e15 {
        format!("{}", value.round() as i64)
    } else if value.abs() >= 1e15 {
        number(value)
    } else {
        let text = format!("{value:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        if text == "-0" || text.is_empty() {
            "0".to_owned()
        } else {
            text.to_owned()
        }
    }
}

/// A whole percentage, or a dash when there is nothing to weigh.
pub fn percent(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v}%"))
}

/// A number as read from a file, in full, but in scientific notation when it
/// is huge or tiny (so `1.7e308` does not print as 309 digits).
pub fn number(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "inf" } else { "-inf" }.to_owned()
    } else if value != 0.0 && !(1e-6..1e15).contains(&value.abs()) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// The longest unit a card or a box header writes whole, in characters.
pub const SHORT_UNIT_CHARS: usize = 10;

/// The design's size unit as a card or a box header writes it beside a
/// number, where room is short: the unit itself when it is short
/// ("points", "FTE", "headcount"); else what it has in brackets
/// ("headcount (FTE)" → "FTE"); else its first word; else its start, cut
/// short with "…". The panels, tooltips and screen readers say it whole.
pub fn short_unit(unit: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let unit = unit.trim();
    // Drawn with every card in view, every frame: a short unit (the usual
    // case) is taken as it is.
    fn short(text: &str) -> Option<&str> {
        let text = text.trim();
        (!text.is_empty() && text.chars().count() <= SHORT_UNIT_CHARS).then_some(text)
    }
    let bracketed = || {
        let open = unit.find('(')?;
        let close = open + unit.get(open..)?.find(')')?;
        short(unit.get(open + 1..close)?)
    };
    match short(unit)
        .or_else(bracketed)
        .or_else(|| unit.split_whitespace().next().and_then(short))
    {
        Some(text) => Cow::Borrowed(text),
        None => {
            let start: String = unit.chars().take(SHORT_UNIT_CHARS - 1).collect();
            Cow::Owned(format!("{}…", start.trim_end()))
        }
    }
}

/// A size with the unit it counts in, as a card shows it: "29 FTE",
/// "2.5 points" (the unit written short: see [`short_unit`]); the number
/// alone when the unit is empty.
pub fn size_in(value: f64, unit: &str) -> String {
    if unit.trim().is_empty() {
        size(value)
    } else {
        format!("{} {}", size(value), short_unit(unit))
    }
}

/// The two lines of figures an executive's box shows under its title, on
/// the canvas and in the exported chart: "3 items · 8 FTE · 40% of total"
/// (the size in the design's `unit`) and "internal 82% · external 18%";
/// `None` for a box with nothing in it.
pub fn box_figures(
    own: &crate::model::Balance,
    total: &crate::model::Balance,
    unit: &str,
) -> Option<(String, String)> {
    let (internal, external) = (own.internal_percent()?, own.external_percent()?);
    Some((
        format!(
            "{} · {} · {}% of total",
            count(own.count, "item", "items"),
            size_in(own.size, unit),
            own.percent_of(total).unwrap_or(0),
        ),
        format!("internal {internal}% · external {external}%"),
    ))
}

/// "1 item", "2 items".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_print_plainly() {
        assert_eq!(size(5.0), "5");
        assert_eq!(size(2.5), "2.5");
        assert_eq!(size(0.126), "0.13");
        assert_eq!(size(0.001), "0");
        assert_eq!(size(1e9), "1000000000");
        assert_eq!(size(1e300), "1e300");
    }

    #[test]
    fn numbers_from_files_stay_short() {
        assert_eq!(number(1.7e308), "1.7e308");
        assert_eq!(number(0.35), "0.35");
        assert_eq!(number(-1.0), "-1");
        assert_eq!(number(f64::NAN), "NaN");
        assert_eq!(number(1e-9), "1e-9");
        assert_eq!(percent(None), "–");
        assert_eq!(count(1, "item", "items"), "1 item");
    }

    #[test]
    fn a_box_says_its_count_size_share_and_split() {
        use crate::model::Balance;
        let total = Balance {
            count: 4,
            size: 10.0,
            external_size: 5.0,
        };
        let own = Balance {
            count: 1,
            size: 2.5,
            external_size: 0.5,
        };
        assert_eq!(
            box_figures(&own, &total, "FTE"),
            Some((
                "1 item · 2.5 FTE · 25% of total".to_owned(),
                "internal 80% · external 20%".to_owned()
            ))
        );
        assert_eq!(box_figures(&Balance::default(), &total, "FTE"), None);
        assert_eq!(size_in(29.0, "FTE"), "29 FTE");
        assert_eq!(size_in(2.5, " "), "2.5");
        assert_eq!(size_in(12.0, "headcount (FTE)"), "12 FTE");
    }

    #[test]
    fn a_long_unit_is_written_short_beside_a_number() {
        assert_eq!(short_unit("points"), "points");
        assert_eq!(short_unit(" headcount "), "headcount");
        assert_eq!(short_unit("headcount (FTE)"), "FTE");
        assert_eq!(short_unit("budget in k€ per year"), "budget");
        assert_eq!(short_unit("person-months"), "person-mo…");
        assert_eq!(short_unit("(unbalanced"), "(unbalanc…");
        assert_eq!(short_unit("Mitarbeiterkapazitäten"), "Mitarbeit…");
        assert!(short_unit(&"x".repeat(200)).chars().count() <= SHORT_UNIT_CHARS);
    }
}
