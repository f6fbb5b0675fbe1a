//! `remit report FILE`: each executive's balance, the organisation and the
//! unassigned tray, as plain text.

use std::fmt::Write as _;
use std::path::Path;

use super::terminal::clean;
use crate::file;
use crate::model::format::{percent, size};
use crate::model::{Design, DesignBalance};

/// The report: a heading, one line per executive, the organisation, then
/// the unassigned count. Names from the design are made safe for a terminal.
pub fn report(design: &Design) -> String {
    let balance = DesignBalance::of(design);
    let mut rows: Vec<(String, crate::model::Balance)> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| (clean(&e.short_title).into_owned(), balance.executive_at(i)))
        .collect();
    rows.push(("Organisation".to_owned(), balance.organisation));
    let width = rows
        .iter()
        .map(|(t, _)| t.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} (size in {})",
        clean(&design.name),
        clean(&design.size_unit)
    );
    for (title, b) in &rows {
        let _ = writeln!(
            out,
            "{title:<width$}  internal {:>4}  external {:>4}  size {:>6}  items {:>3}",
            percent(b.internal_percent()),
            percent(b.external_percent()),
            size(b.size),
            b.count,
        );
    }
    let _ = writeln!(
        out,
        "Unassigned: {} item{} (size {})",
        balance.unassigned.count,
        if balance.unassigned.count == 1 {
            ""
        } else {
            "s"
        },
        size(balance.unassigned.size)
    );
    out
}

/// Runs `remit report PATH`: the report text, or the load error's message
/// (safe for a terminal).
pub fn run_report(path: &Path) -> Result<String, String> {
    file::load(path)
        .map(|design| report(&design))
        .map_err(|e| clean(&e.to_string()).into_owned())
}
