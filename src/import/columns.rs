//! Which column of a spreadsheet holds what: the header row read against
//! the words people use (in English and German, see `headings`), and the
//! user's own choices on top ([`Mapping`]: the preview's column lists,
//! `remit import --column size=Headcount`).
//!
//! Each heading's words guess a use with a rank (0 is the plainest word
//! for it); each column gets at most one use, and each use at most one
//! column, the lowest rank first, the leftmost column on a tie. Then:
//!
//! - a second column that names the cards (`Responsibility` and
//!   `Bezeichnung (DE)`) is their description when no column is called
//!   so: it is another name for the same thing;
//! - `Kind`, `Type of work`, then `Category` (`Kategorie`, `Art`) are the
//!   kind of work; a value that is not one of the kinds is a bad row that
//!   says which are, and the preview lets the column be set to "not used";
//! - `Type` is the description only when nothing better is there, and the
//!   preview shows it so that it can be set to "not used": a type is a
//!   short word about what the card is, which is what a reader looks for
//!   in a description, so it is kept rather than silently left out;
//! - of several possible sizes (`Headcount` and `Budget (EUR k)`), people
//!   come before money: `Size`, then headcount and FTE, then people and
//!   team size, then budget, then cost. The others are listed as left out,
//!   saying what they could be.
//!
//! Whatever the user chooses for a use stands; the guesses fill in the
//! uses and columns left over. Guesses are never silent: the preview and
//! the command line say which column each use reads.

pub use super::headings::{Field, guess, header_key, unit_of};
use super::table::{Cell, Record};
use super::text::{from_cell, quoted};

/// The rank a second naming column has as the description (after the
/// words for a description, before `Type`).
const NAME_AS_DESCRIPTION: u8 = 4;

/// What the user chose for one use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Whatever the header's words suggest.
    #[default]
    Guess,
    /// No column: the use is left out.
    NotUsed,
    /// The column at this index (0 is the first).
    Index(usize),
    /// The column with this header (compared as [`header_key`] compares,
    /// an exact match first).
    Header(String),
}

/// The user's choices of column, use by use; a use not listed is guessed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    choices: Vec<(Field, Choice)>,
}

impl Mapping {
    /// Sets the choice for `field` (replacing an earlier one).
    pub fn set(&mut self, field: Field, choice: Choice) {
        self.choices.retain(|(f, _)| *f != field);
        if choice != Choice::Guess {
            self.choices.push((field, choice));
        }
    }

    /// The choice for `field`.
    pub fn get(&self, field: Field) -> &Choice {
        self.choices
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&Choice::Guess, |(_, c)| c)
    }

    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }
}

/// How one column of the header is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnUse {
    /// The header as written (without a leading text mark).
    pub header: String,
    /// What the column is read as; `None` when left out.
    pub field: Option<Field>,
    /// Whether the user chose it (otherwise it was guessed).
    pub chosen: bool,
    /// For a column left out, what its header suggests it could be.
    pub could_be: Option<Field>,
}

/// Where each use's column is.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    known: Vec<(Field, usize)>,
    count: usize,
    /// Each header cell, in order.
    pub uses: Vec<ColumnUse>,
}

/// The letter of a spreadsheet column: A for 0, Z, AA…
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The column `choice` names among `headers`, or why none.
fn resolve(field: Field, choice: &Choice, headers: &[String]) -> Result<Option<usize>, String> {
    let listed = || {
        headers
            .iter()
            .filter(|h| !h.is_empty())
            .take(12)
            .map(|h| quoted(h))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match choice {
        Choice::Guess | Choice::NotUsed => Ok(None),
        Choice::Index(i) if *i < headers.len() => Ok(Some(*i)),
        Choice::Index(i) => Err(format!(
            "the {} column was chosen as column {}, but the header row has {} columns",
            field.word(),
            letter(*i),
            headers.len()
        )),
        Choice::Header(name) => {
            let exact = headers.iter().position(|h| h.trim() == name.trim());
            let key = header_key(name);
            let found = exact.or_else(|| headers.iter().position(|h| header_key(h) == key));
            match found {
                Some(i) => Ok(Some(i)),
                None => Err(format!(
                    "the {} column was chosen as {}, but the header row has no such column; \
                     its columns are {}",
                    field.word(),
                    quoted(name),
                    listed()
                )),
            }
        }
    }
}

impl Columns {
    /// The uses of a header row's columns: the user's choices, then the
    /// guesses (see the module's notes). An error says which choice names
    /// no column.
    pub fn of(header: &Record, mapping: &Mapping) -> Result<Self, String> {
        let headers: Vec<String> = header
            .cells
            .iter()
            .map(|c| from_cell(&c.text).to_owned())
            .collect();
        let mut uses: Vec<ColumnUse> = headers
            .iter()
            .map(|h| ColumnUse {
                header: h.clone(),
                field: None,
                chosen: false,
                could_be: None,
            })
            .collect();
        let mut known: Vec<(Field, usize)> = Vec::new();
        let mut decided: Vec<Field> = Vec::new();
        for field in Field::ALL {
            let choice = mapping.get(field);
            if *choice == Choice::Guess {
                continue;
            }
            decided.push(field);
            if let Some(i) = resolve(field, choice, &headers)? {
                known.push((field, i));
                if uses[i].field.is_none() {
                    uses[i].field = Some(field);
                    uses[i].chosen = true;
                }
            }
        }
        let taken = |uses: &[ColumnUse], i: usize| uses[i].field.is_some();
        let mut candidates: Vec<(u8, usize, Field)> = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            if let Some((field, rank)) = guess(h) {
                candidates.push((rank, i, field));
                if field == Field::Name {
                    candidates.push((NAME_AS_DESCRIPTION, i, Field::Description));
                }
            }
        }
        candidates.sort_by_key(|&(rank, i, _)| (rank, i));
        for &(_, i, field) in &candidates {
            if taken(&uses, i) || decided.contains(&field) {
                continue;
            }
            decided.push(field);
            known.push((field, i));
            uses[i].field = Some(field);
        }
        for &(_, i, field) in &candidates {
            if uses[i].field.is_none() && uses[i].could_be.is_none() {
                uses[i].could_be = Some(field);
            }
        }
        Ok(Self {
            known,
            count: header.cells.len(),
            uses,
        })
    }

    /// Whether a column is read for `wanted`.
    pub fn has(&self, wanted: Field) -> bool {
        self.known.iter().any(|(f, _)| *f == wanted)
    }

    /// The index of the column read for `wanted`.
    pub fn index(&self, wanted: Field) -> Option<usize> {
        self.known
            .iter()
            .find(|(f, _)| *f == wanted)
            .map(|&(_, i)| i)
    }

    /// The header of the column read for `wanted`.
    pub fn header(&self, wanted: Field) -> Option<&str> {
        self.index(wanted)
            .and_then(|i| self.uses.get(i))
            .map(|u| u.header.as_str())
    }

    /// How many cells of a row are read: as many as the header has (a row
    /// is blank only when all of them are).
    pub fn needed(&self) -> usize {
        self.count
    }

    /// The cell of `record` in the column read for `wanted`.
    pub fn cell<'r>(&self, record: &'r Record, wanted: Field) -> Option<&'r Cell> {
        record.cells.get(self.index(wanted)?)
    }

    /// The headers of the columns left out (not empty ones), each with what
    /// it could be.
    pub fn left_out(&self) -> Vec<String> {
        self.uses
            .iter()
            .filter(|u| u.field.is_none() && !u.header.is_empty())
            .map(|u| {
                let header = super::text::clip(&u.header, 40).into_owned();
                match u.could_be {
                    Some(f) => format!("{header} (could be the {})", f.word()),
                    None => header,
                }
            })
            .collect()
    }
}

/// How many rows at the top are looked at for the header.
pub const HEADER_SEARCH_ROWS: usize = 20;

/// Which of the first rows is the header: the first that names a column
/// for the cards' names (or holds the name column the user chose); failing
/// that, the first with more than half as many cells as the fullest of
/// them (a title above the header has one); failing that, the first.
pub fn header_row(first: &[Record], mapping: &Mapping) -> usize {
    let filled = |r: &Record| r.cells.iter().filter(|c| !c.text.trim().is_empty()).count();
    let names = |r: &Record| match mapping.get(Field::Name) {
        Choice::Header(name) => {
            let key = header_key(name);
            r.cells
                .iter()
                .any(|c| header_key(from_cell(&c.text)) == key)
        }
        _ => r
            .cells
            .iter()
            .any(|c| matches!(guess(from_cell(&c.text)), Some((Field::Name, _)))),
    };
    if let Some(i) = first.iter().position(names) {
        return i;
    }
    let most = first.iter().map(filled).max().unwrap_or(0);
    first
        .iter()
        .position(|r| {
            let n = filled(r);
            n > 0 && 2 * n > most
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn header(cells: &[&str]) -> Record {
        Record {
            line: 1,
            cells: cells.iter().map(|c| Cell::new(*c)).collect(),
            ..Record::default()
        }
    }

    fn fields(cells: &[&str], mapping: &Mapping) -> Vec<Option<&'static str>> {
        Columns::of(&header(cells), mapping)
            .expect("columns")
            .uses
            .iter()
            .map(|u| u.field.map(Field::word))
            .collect()
    }

    #[test]
    fn the_client_kits_headers_are_guessed() {
        let none = Mapping::default();
        // Nordlicht.
        assert_eq!(
            fields(
                &["Area", "Lead", "FTE", "Customer facing?", "Comments"],
                &none
            ),
            [
                Some("name"),
                Some("owner"),
                Some("size"),
                Some("facing"),
                Some("notes")
            ]
        );
        // Hanse: headcount before budget, the German name as description.
        assert_eq!(
            fields(
                &[
                    "Nr.",
                    "Responsibility",
                    "Bezeichnung (DE)",
                    "Owner",
                    "Headcount",
                    "Budget (EUR k)",
                    "Customer-facing share",
                    "Regulation",
                    "Comment"
                ],
                &none
            ),
            [
                None,
                Some("name"),
                Some("description"),
                Some("owner"),
                Some("size"),
                None,
                Some("facing"),
                None,
                Some("notes")
            ]
        );
        // Kaito.
        assert_eq!(
            fields(
                &[
                    "Responsibility",
                    "Owner",
                    "Owner name",
                    "Region",
                    "Team size",
                    "Ext. share",
                    "Notes"
                ],
                &none
            ),
            [
                Some("name"),
                Some("owner"),
                Some("person"),
                None,
                Some("size"),
                Some("facing"),
                Some("notes")
            ]
        );
        // A type is the description only when nothing better is there.
        assert_eq!(
            fields(&["Name", "Type", "Description"], &none),
            [Some("name"), None, Some("description")]
        );
        assert_eq!(
            fields(&["Name", "Type"], &none),
            [Some("name"), Some("description")]
        );
        // A category is the kind of work; "Type of work" comes first.
        assert_eq!(
            fields(&["Name", "Category", "Description"], &none),
            [Some("name"), Some("kind"), Some("description")]
        );
        assert_eq!(
            fields(&["Category", "Name", "Type of work"], &none),
            [None, Some("name"), Some("kind")]
        );
    }

    #[test]
    fn the_users_choices_stand_and_the_guesses_fill_in_around_them() {
        let cells = ["Responsibility", "Owner", "Headcount", "Budget (EUR k)"];
        let mut mapping = Mapping::default();
        mapping.set(Field::Size, Choice::Header("budget (eur k)".into()));
        assert_eq!(
            fields(&cells, &mapping),
            [Some("name"), Some("owner"), None, Some("size")]
        );
        let columns = Columns::of(&header(&cells), &mapping).unwrap();
        assert_eq!(columns.left_out(), ["Headcount (could be the size)"]);
        assert!(columns.uses[3].chosen && !columns.uses[0].chosen);
        // The owner's column taken for the name: the owner is guessed from
        // what is left (nothing), the size still guessed.
        let mut mapping = Mapping::default();
        mapping.set(Field::Name, Choice::Index(1));
        mapping.set(Field::Owner, Choice::NotUsed);
        assert_eq!(
            fields(&cells, &mapping),
            [Some("description"), Some("name"), Some("size"), None]
        );
        // A choice that names no column is an error that lists them.
        let mut mapping = Mapping::default();
        mapping.set(Field::Size, Choice::Header("Kopfzahl".into()));
        let err = Columns::of(&header(&cells), &mapping).unwrap_err();
        assert!(
            err.contains("\"Kopfzahl\"") && err.contains("\"Headcount\""),
            "{err}"
        );
        mapping.set(Field::Size, Choice::Guess);
        assert!(mapping.is_empty());
    }

    #[test]
    fn the_header_is_found_below_a_title() {
        let rows = [
            header(&["IT-Verantwortlichkeiten 2025"]),
            header(&[]),
            header(&["Nr.", "Responsibility", "Owner"]),
            header(&["1", "Core banking", "CIO"]),
        ];
        assert_eq!(header_row(&rows, &Mapping::default()), 2);
        let unknown = [
            header(&["Our list"]),
            header(&["Thing", "Who"]),
            header(&["A", "B"]),
        ];
        assert_eq!(header_row(&unknown, &Mapping::default()), 1);
        let mut mapping = Mapping::default();
        mapping.set(Field::Name, Choice::Header("thing".into()));
        assert_eq!(header_row(&unknown, &mapping), 1);
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(702), "AAA");
    }

    proptest! {
        #[test]
        fn every_column_has_one_use_and_every_use_one_column(
            cells in prop::collection::vec(
                prop::sample::select(vec![
                    "Name", "Owner", "Size", "Headcount", "Budget", "Notes",
                    "Category", "Area", "x", "", "Facing", "Bezeichnung",
                ]),
                0..12,
            ),
        ) {
            let columns = Columns::of(&header(&cells), &Mapping::default()).unwrap();
            let mut seen = Vec::new();
            for (field, i) in &columns.known {
                prop_assert!(!seen.contains(field));
                seen.push(*field);
                prop_assert_eq!(columns.uses[*i].field, Some(*field));
            }
            prop_assert_eq!(
                columns.uses.iter().filter(|u| u.field.is_some()).count(),
                columns.known.len()
            );
        }
    }
}
