//! The person in each owner's role, from a column such as `Owner name` or
//! `Ansprechpartner`: read from each row ([`PersonCells`]), gathered for
//! each owner ([`per_owner`]), noted in the preview where the rows do not
//! agree ([`note`]) and given to the executives ([`set`]).
//!
//! A row's person counts only for the owner the row names: a row that
//! goes to the tray names nobody's person. An owner whose rows name more
//! than one person gets the one named on most rows (on a tie, the one
//! named first), and the preview says so before anything changes. An
//! executive that already has a person keeps it; when the file names
//! someone else, the preview says that too. A cell that says it has no
//! value (`tbd`, `n/a`) names nobody, and a person the model cannot keep
//! (over 200 characters, a line break) is a note, not a bad row: the row
//! is read without it.
//!
//! Everything here is linear in the rows (one look-up each), apart from
//! sorting the people of one owner for its note.

use std::collections::HashMap;

use super::columns::{Columns, Field};
use super::table::Record;
use super::text::{self, count, quoted};
use super::titles::{key, unknown_key};
use super::{Holder, ImportPreview, ImportRow, values};
use crate::model::rules::{self, MAX_NAME_CHARS};
use crate::model::{Design, Executive, ExecutiveId};

/// The most notes about people one preview gives; the rest are counted.
pub const MAX_NOTES: usize = 12;

/// How many people a note names before it counts the rest.
const PEOPLE_NAMED: usize = 3;

/// Reads the person cell of each row, and remembers the rows whose
/// person cannot be kept.
#[derive(Debug, Default)]
pub struct PersonCells {
    /// The lines whose person cannot be kept, each with why.
    refused: Vec<(u64, String)>,
}

impl PersonCells {
    /// The person `record` names (trimmed), or an empty text when it names
    /// none or one that cannot be kept (see the module's notes).
    pub fn read(&mut self, columns: &Columns, record: &Record) -> String {
        let Some(cell) = columns.cell(record, Field::Person) else {
            return String::new();
        };
        let person = match super::rows::cell_text(cell, "person", MAX_NAME_CHARS) {
            Ok(text) => text.trim().to_owned(),
            Err(why) => {
                self.refused.push((record.line, why));
                return String::new();
            }
        };
        if values::not_given(&person) {
            return String::new();
        }
        match rules::check_title("person", &person) {
            Ok(()) => person,
            Err((_, problem)) => {
                let why = super::rows::problem_words("person", &problem);
                self.refused.push((record.line, why));
                String::new()
            }
        }
    }

    /// The note about persons that cannot be kept, if any; `sheet` names
    /// rows rather than lines.
    pub fn finish(self, sheet: bool, out: &mut ImportPreview) {
        let Some((line, why)) = self.refused.first() else {
            return;
        };
        let lines: Vec<u64> = self.refused.iter().map(|(l, _)| *l).collect();
        let (n, place) = (lines.len(), if sheet { "row" } else { "line" });
        let mut shown = text::lines(&lines);
        if sheet {
            shown = shown.replacen("line", "row", 1);
        }
        out.notes.push(format!(
            "{} a person that cannot be kept ({shown}), so {} without one: on {place} \
             {line}, {why}.",
            count(n, "row names", "rows name"),
            if n == 1 {
                "that row is read"
            } else {
                "those rows are read"
            }
        ));
    }
}

/// The people one owner's rows name: each as first written, with how many
/// rows name it, in the order the file first names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named<'r> {
    /// The owner, as the first of its rows names it.
    pub owner: &'r Holder,
    /// Each person, as first written, and on how many rows.
    pub people: Vec<(&'r str, usize)>,
}

impl Named<'_> {
    /// The person taken: named on most rows, the first named on a tie.
    pub fn taken(&self) -> &str {
        let mut best: Option<(&str, usize)> = None;
        for &(person, rows) in &self.people {
            if best.is_none_or(|(_, most)| rows > most) {
                best = Some((person, rows));
            }
        }
        best.map_or("", |(person, _)| person)
    }

    /// The people as a note lists them: most rows first, then each with its
    /// rows (`"Naoki Morita" (5 rows) and "N. Morita" (1 row)`).
    fn listed(&self, leave_out: Option<&str>) -> String {
        let mut people: Vec<(&str, usize)> = self
            .people
            .iter()
            .copied()
            .filter(|(p, _)| leave_out.is_none_or(|l| key(p) != key(l)))
            .collect();
        // Stable: a tie keeps the file's order.
        people.sort_by_key(|&(_, rows)| std::cmp::Reverse(rows));
        let mut parts: Vec<String> = people
            .iter()
            .take(PEOPLE_NAMED)
            .map(|(p, rows)| format!("{} ({})", quoted(p), count(*rows, "row", "rows")))
            .collect();
        if people.len() > PEOPLE_NAMED + 1 {
            parts.push(count(
                people.len() - PEOPLE_NAMED,
                "more person",
                "more people",
            ));
        } else if people.len() == PEOPLE_NAMED + 1 {
            let (p, rows) = people[PEOPLE_NAMED];
            parts.push(format!("{} ({})", quoted(p), count(rows, "row", "rows")));
        }
        match parts.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// How owners are told apart: an executive by its id, a title not on the
/// chart as the import tells those apart.
fn owner_key(holder: &Holder) -> Holder {
    match holder {
        Holder::Existing(id) => Holder::Existing(id.clone()),
        Holder::Unknown(title) => Holder::Unknown(unknown_key(title)),
    }
}

/// The people each owner's rows name, owners in the order the file first
/// names one of their people; rows without an owner or a person are left
/// out. Linear in the rows.
pub fn per_owner(rows: &[ImportRow]) -> Vec<Named<'_>> {
    let mut out: Vec<Named<'_>> = Vec::new();
    let mut owners: HashMap<Holder, usize> = HashMap::new();
    let mut people: HashMap<(usize, String), usize> = HashMap::new();
    for row in rows {
        let Some(owner) = &row.owner else {
            continue;
        };
        if row.person.is_empty() {
            continue;
        }
        let next = out.len();
        let o = *owners.entry(owner_key(owner)).or_insert(next);
        if o == next {
            out.push(Named {
                owner,
                people: Vec::new(),
            });
        }
        let named = &mut out[o].people;
        let next = named.len();
        let p = *people.entry((o, key(&row.person))).or_insert(next);
        if p == next {
            named.push((row.person.as_str(), 0));
        }
        named[p].1 += 1;
    }
    out
}

/// How a note names an executive: its short title, else its full title,
/// else its id.
fn title_of(e: &Executive) -> &str {
    [e.short_title.trim(), e.full_title.trim()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or(e.id.as_str())
}

/// The preview's notes about people (see the module's notes): an owner
/// whose rows name several, and an executive of `design` whose person is
/// not the one the file names. At most [`MAX_NOTES`], then how many more.
pub fn note(out: &mut ImportPreview, design: &Design) {
    let mut notes: Vec<String> = Vec::new();
    for named in per_owner(&out.rows) {
        let executive = match named.owner {
            Holder::Existing(id) => design.executive(id),
            Holder::Unknown(_) => None,
        };
        let title = match (named.owner, executive) {
            (_, Some(e)) => text::clip(title_of(e), 40).into_owned(),
            (Holder::Existing(id), None) => id.0.clone(),
            (Holder::Unknown(title), None) => text::clip(title, 40).into_owned(),
        };
        let own = executive.map_or("", |e| e.person.trim());
        if !own.is_empty() {
            let others = named.listed(Some(own));
            if !others.is_empty() {
                notes.push(format!(
                    "The design has {} in the {title} role, but the file names {others}; \
                     {} is kept. Change the person in the inspector if the file is right.",
                    quoted(own),
                    quoted(own)
                ));
            }
            continue;
        }
        if named.people.len() < 2 {
            continue;
        }
        let when = if matches!(named.owner, Holder::Unknown(_)) {
            format!(" if the {title} is added to the chart")
        } else {
            String::new()
        };
        notes.push(format!(
            "Rows name {} for the {title}: {}; {} is taken{when}.",
            count(named.people.len(), "person", "people"),
            named.listed(None),
            quoted(named.taken())
        ));
    }
    let more = notes.len().saturating_sub(MAX_NOTES);
    notes.truncate(MAX_NOTES);
    out.notes.extend(notes);
    if more > 0 {
        out.notes.push(format!(
            "The file names other people than the design or several people for {} more, \
             as above.",
            count(more, "executive", "executives")
        ));
    }
}

/// Gives each owner's executive the person its rows name (see the
/// module's notes); `resolve` finds the executive a row's owner stands for
/// (`None` for one not on the chart and not created).
pub fn set<'r>(
    design: &mut Design,
    rows: &'r [ImportRow],
    mut resolve: impl FnMut(&'r Holder) -> Option<ExecutiveId>,
) {
    let at: HashMap<ExecutiveId, usize> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    for named in per_owner(rows) {
        let Some(&i) = resolve(named.owner).as_ref().and_then(|id| at.get(id)) else {
            continue;
        };
        let e = &mut design.executives[i];
        let person = named.taken();
        if e.person.trim().is_empty() && rules::check_title("person", person).is_ok() {
            e.person = person.to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: u64, owner: Option<Holder>, person: &str) -> ImportRow {
        ImportRow {
            line,
            id: None,
            name: format!("card {line}"),
            description: String::new(),
            external_share: 0.5,
            size: 1.0,
            owner,
            person: person.to_owned(),
            roles: Vec::new(),
            notes: String::new(),
            deliberate: false,
            kind: None,
            given: super::super::Given::default(),
            updates: None,
        }
    }

    fn cio() -> Option<Holder> {
        Some(Holder::Existing(ExecutiveId("cio".into())))
    }

    #[test]
    fn the_person_most_rows_name_is_taken_the_first_on_a_tie() {
        let cto = |t: &str| Some(Holder::Unknown(t.into()));
        let rows = [
            row(2, cio(), "N. Morita"),
            row(3, cio(), "Naoki Morita"),
            row(4, cto("C.T.O."), "Katrin Vogelsang"),
            row(5, cio(), "naoki morita"),
            row(6, None, "Nobody"),
            row(7, cto("cto"), "Vogelsang"),
            row(8, cio(), ""),
        ];
        let named = per_owner(&rows);
        assert_eq!(named.len(), 2, "the tray names nobody's person");
        assert_eq!(named[0].people, [("N. Morita", 1), ("Naoki Morita", 2)]);
        assert_eq!(named[0].taken(), "Naoki Morita");
        assert_eq!(
            named[0].listed(None),
            "\"Naoki Morita\" (2 rows) and \"N. Morita\" (1 row)"
        );
        assert_eq!(named[1].taken(), "Katrin Vogelsang", "a tie: the first");
        let many: Vec<ImportRow> = (0..6).map(|k| row(k, cio(), &format!("P{k}"))).collect();
        assert_eq!(
            per_owner(&many)[0].listed(None),
            "\"P0\" (1 row), \"P1\" (1 row), \"P2\" (1 row) and 3 more people"
        );
    }
}
