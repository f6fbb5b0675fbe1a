//! Cells the import reads loosely rather than refuses, and the preview's
//! notes that say so, each with its lines: a facing or size that says it
//! has no value (`n/a`), a rough number (`~6`), a facing in words
//! (`partly`), an owner not named yet (`tbd`), several owners in one cell
//! (`COO / CIO`), and a last row that is a total (`Summe`), left out.
//! [`super::rows`] collects the lines while it reads; [`LooseCells::finish`]
//! writes the notes.

use super::ImportPreview;
use super::text::{count, quoted};

/// Lines where a column's cells were read loosely.
#[derive(Debug, Default)]
pub struct Loose {
    /// Cells that say they have no value.
    pub not_given: Vec<u64>,
    /// Numbers written as roughly so much.
    pub rough: Vec<u64>,
    /// Facings written in words.
    pub words: Vec<u64>,
}

/// Everything read loosely in one import.
#[derive(Debug, Default)]
pub struct LooseCells {
    /// The facing column's cells.
    pub facing: Loose,
    /// The size column's cells.
    pub size: Loose,
    /// Lines whose owner cell says there is none yet ("tbd").
    pub open_owners: Vec<u64>,
    /// Lines whose owner cell names several ("COO / CIO"), as written.
    pub shared: Vec<(u64, String)>,
}

/// Whether a name is a total row's (`Total`, `Summe / Total`, `Gesamt`);
/// only the last row of a file is taken for one, and only without an id.
fn is_total(name: &str) -> bool {
    let key: String = name
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    matches!(
        key.as_str(),
        "total"
            | "totals"
            | "sum"
            | "summe"
            | "gesamt"
            | "gesamtsumme"
            | "insgesamt"
            | "summetotal"
            | "totalsumme"
            | "grandtotal"
    )
}

impl LooseCells {
    /// Leaves out a last row that is a total, and adds the notes for what
    /// was read loosely to `out` ("row" for the lines of a sheet).
    pub fn finish(self, sheet: bool, out: &mut ImportPreview) {
        let place = if sheet { "row" } else { "line" };
        let lines = |lines: &[u64]| {
            let shown = super::text::lines(lines);
            if sheet {
                shown.replacen("line", "row", 1)
            } else {
                shown
            }
        };
        // The last row, called a total and without an id, sums the others.
        let total = out.rows.last().is_some_and(|last| {
            last.id.is_none()
                && last.updates.is_none()
                && is_total(&last.name)
                && out.errors.last().is_none_or(|e| e.line < last.line)
        });
        if total && let Some(last) = out.rows.pop() {
            out.notes.push(format!(
                "{place} {} ({}) is a total, not a responsibility, and is left out.",
                last.line,
                quoted(&last.name)
            ));
        }
        for (what, loose, default) in [
            ("size", &self.size, "size 1"),
            ("facing", &self.facing, "facing 50%"),
        ] {
            if !loose.not_given.is_empty() {
                out.notes.push(format!(
                    "{} {} no {what} (\"n/a\", \"tbc\"…; {}): a new card gets {default}, a card \
                     already in the design keeps its {what}.",
                    count(loose.not_given.len(), "row", "rows"),
                    if loose.not_given.len() == 1 {
                        "gives"
                    } else {
                        "give"
                    },
                    lines(&loose.not_given)
                ));
            }
            if !loose.rough.is_empty() {
                out.notes.push(format!(
                    "{} with a rough {what} (\"~6\", \"ca. 6\"; {}): the number is taken.",
                    count(loose.rough.len(), "row", "rows"),
                    lines(&loose.rough)
                ));
            }
        }
        if !self.open_owners.is_empty() {
            let one = self.open_owners.len() == 1;
            out.notes.push(format!(
                "{} {} no owner yet (\"tbd\", \"?\"; {}): {} to the tray.",
                count(self.open_owners.len(), "row", "rows"),
                if one { "names" } else { "name" },
                lines(&self.open_owners),
                if one { "it goes" } else { "they go" }
            ));
        }
        if let Some((_, first)) = self.shared.first() {
            let lines_of: Vec<u64> = self.shared.iter().map(|(l, _)| *l).collect();
            out.notes.push(format!(
                "{} several owners ({}, {}): a card has one owner, so the first named \
                 owns it and the others are Responsible. Change the file if another is \
                 the one accountable.",
                count(self.shared.len(), "row names", "rows name"),
                quoted(first),
                lines(&lines_of)
            ));
        }
        if !self.facing.words.is_empty() {
            out.notes.push(format!(
                "The facing is written in words on {} ({}): yes is read as 100% external, \
                 partly as 50%, no as 0% (internal).",
                count(self.facing.words.len(), "row", "rows"),
                lines(&self.facing.words)
            ));
        }
    }
}
