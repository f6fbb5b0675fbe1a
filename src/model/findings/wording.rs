//! The words of findings that depend on what a card is: the two views of
//! where a contested card belongs, and which cards count as security or
//! data work. All wording is Remit's own.

use crate::model::catalog::{self, CatalogEntry, UsualOwner};

/// Catalog ids the sources name as disputed even where the catalog gives a
/// usual owner (infrastructure and security usually sit with the CIO, but
/// not always).
pub(super) const CONTESTED_IDS: [&str; 4] = [
    "infrastructure",
    "vendor-management",
    "security",
    "architecture",
];

/// Whether a catalog entry is a judgement call.
pub(super) fn is_contested(entry: &CatalogEntry) -> bool {
    entry.usual_owner == UsualOwner::Contested || CONTESTED_IDS.contains(&entry.id)
}

/// The catalog's two views of where a contested card belongs, one line
/// each; a short neutral line for an entry that has none.
pub(super) fn views(entry: &CatalogEntry) -> String {
    match entry.views {
        Some(v) => format!("With the CIO: {} With the CTO: {}", v.with_cio, v.with_cto),
        None => "Some organisations give it to the internal-facing executive, others to \
                 the external-facing one."
            .to_owned(),
    }
}

/// Catalog ids of the work that crosses the line between the two sides.
pub(super) const SHARED_IDS: [&str; 2] = ["security", "data-analytics"];

/// Whether a card is security or data work: a catalog id in
/// [`SHARED_IDS`]; or, for a card users made (an id not in the catalog), a
/// name with a word ending in "security" ("Security", "Cybersecurity") or
/// the word "data" ("Data platform"), in any letter case. Catalog cards go
/// by id alone, so "Compliance & data protection" is not counted.
pub(super) fn is_shared_work(id: &str, name: &str) -> bool {
    SHARED_IDS.contains(&id) || (names_shared_work(name) && catalog::entry(id).is_none())
}

/// Whether `name` has the word "data" or a word ending in "security", in
/// any letter case. (A word is a run of letters and digits; any byte of a
/// character outside ASCII counts as a letter, as such characters are in
/// every script that has them.) Read once per card, when the card's facts
/// are read ([`super::CardFacts`]), not on every change.
fn names_shared_work(name: &str) -> bool {
    name.as_bytes()
        .split(|&b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .any(|word| {
            word.eq_ignore_ascii_case(b"data")
                || word
                    .len()
                    .checked_sub(8)
                    .is_some_and(|at| word[at..].eq_ignore_ascii_case(b"security"))
        })
}

/// "1 card is" / "3 cards are".
pub(super) fn cards_are(n: usize) -> String {
    if n == 1 {
        "1 card is".to_owned()
    } else {
        format!("{n} cards are")
    }
}
