//! Which card already in the design a row is about, so that importing a
//! list into a design updates its cards instead of adding each again. A
//! row is the card:
//!
//! 1. with the id the row gives (an `id` column);
//! 2. else with the same name, compared by [`name_key`]: letter case,
//!    spaces and punctuation do not matter ("Information Security" is
//!    "Information security", "R & D" is "R&D");
//! 3. else of the same catalog responsibility: the row's name is the
//!    catalog's name for it or another name it goes by (`synonyms`:
//!    "IT security", "Informationssicherheit"), and the card has that
//!    catalog id or one of those names.
//!
//! A row that two cards answer to at the same step is an error that names
//! both, never a guess; so is a second row about a card an earlier row
//! already updates. A row no card answers to adds a card.

use std::collections::HashMap;

use super::synonyms::SYNONYMS;
use super::text::{clip, quoted};
use crate::model::catalog::{self, CATALOG};
use crate::model::{Design, ResponsibilityId, WorkKind};

/// A name as it is compared: lower case, letters and digits only (in any
/// script), `&` read as "and".
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c == '&' || c == '+' {
            out.push_str("and");
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// How a row was found to be an existing card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    /// The row gives the card's id.
    Id,
    /// The same name, whatever its case and punctuation.
    Name,
    /// Both are names of the same catalog responsibility.
    Catalog,
}

impl MatchedBy {
    /// How the preview says it.
    pub fn words(self) -> &'static str {
        match self {
            Self::Id => "same id",
            Self::Name => "same name",
            Self::Catalog => "another name for it",
        }
    }
}

/// An existing card a row updates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The card's id.
    pub id: ResponsibilityId,
    /// The card's name (as the design has it).
    pub name: String,
    /// How it was found.
    pub by: MatchedBy,
}

/// The catalog id each name key stands for (the catalog's names and their
/// other names).
fn catalog_keys() -> &'static HashMap<String, &'static str> {
    static KEYS: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = HashMap::new();
        for e in CATALOG {
            keys.entry(name_key(e.name)).or_insert(e.id);
        }
        for (id, names) in SYNONYMS {
            for name in *names {
                keys.entry(name_key(name)).or_insert(*id);
            }
        }
        keys
    })
}

/// The catalog responsibility a name stands for, if any.
pub fn catalog_id(name: &str) -> Option<&'static str> {
    catalog_keys().get(&name_key(name)).copied()
}

/// The kind of work of a new card with this id and name: the catalog
/// entry with the id or the name, else the entry the name is another name
/// for ([`super::synonyms`]), else what the name's words say
/// ([`WorkKind::infer`]).
pub fn kind_of(id: &str, name: &str) -> WorkKind {
    WorkKind::infer_with(id, name, |name| catalog_id(name).and_then(catalog::entry))
}

/// The cards of a design, by what a row may match them on.
#[derive(Debug, Default)]
pub struct Cards {
    ids: Vec<ResponsibilityId>,
    names: Vec<String>,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, Vec<usize>>,
    by_catalog: HashMap<&'static str, Vec<usize>>,
    /// The line of the row that updates each card, once one does.
    taken: HashMap<usize, u64>,
}

impl Cards {
    /// The cards of `design`.
    pub fn of(design: &Design) -> Self {
        let mut cards = Self::default();
        for (i, r) in design.responsibilities.iter().enumerate() {
            cards.ids.push(r.id.clone());
            cards.names.push(r.name.clone());
            cards.by_id.insert(r.id.0.clone(), i);
            let key = name_key(&r.name);
            if !key.is_empty() {
                cards.by_name.entry(key).or_default().push(i);
            }
            let entry = crate::model::catalog::entry(r.id.as_str())
                .map(|e| e.id)
                .or_else(|| catalog_id(&r.name));
            if let Some(entry) = entry {
                cards.by_catalog.entry(entry).or_default().push(i);
            }
        }
        cards
    }

    fn describe(&self, found: &[usize]) -> String {
        const SHOWN: usize = 4;
        let mut named: Vec<String> = found
            .iter()
            .take(SHOWN)
            .map(|&i| {
                format!(
                    "{} (id {})",
                    quoted(&self.names[i]),
                    clip(self.ids[i].as_str(), 40)
                )
            })
            .collect();
        if found.len() > SHOWN {
            named.push(format!("{} more", found.len() - SHOWN));
        }
        named.join(", ")
    }

    /// The card the row on `line`, with this id and name, is about;
    /// `Ok(None)` when none is (it adds a card); an error when two cards
    /// are, or when an earlier row already updates the card.
    pub fn find(
        &mut self,
        line: u64,
        id: Option<&str>,
        name: &str,
    ) -> Result<Option<Match>, String> {
        let by_id = id.and_then(|id| self.by_id.get(id)).map(|&i| vec![i]);
        let key = name_key(name);
        let (found, by) = if let Some(found) = by_id {
            (found, MatchedBy::Id)
        } else if let Some(found) = self.by_name.get(&key).filter(|f| !f.is_empty()) {
            (found.clone(), MatchedBy::Name)
        } else if let Some(found) = catalog_keys()
            .get(&key)
            .and_then(|entry| self.by_catalog.get(entry))
            .filter(|f| !f.is_empty())
        {
            (found.clone(), MatchedBy::Catalog)
        } else {
            return Ok(None);
        };
        let [i] = found[..] else {
            let how = match by {
                MatchedBy::Catalog => "are the same responsibility in the catalog as",
                _ => "have the same name as",
            };
            return Err(format!(
                "{} cards in the design {how} {}: {}; give the row the id of the one it is \
                 about (an id column), or rename one of them first",
                found.len(),
                quoted(name),
                self.describe(&found)
            ));
        };
        if let Some(&earlier) = self.taken.get(&i) {
            return Err(format!(
                "{} is the design's card {}, which line {earlier} already updates; \
                 a card is updated by one row",
                quoted(name),
                self.describe(&[i])
            ));
        }
        self.taken.insert(i, line);
        Ok(Some(Match {
            id: self.ids[i].clone(),
            name: self.names[i].clone(),
            by,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Responsibility;
    use proptest::prelude::*;

    fn design(cards: &[(&str, &str)]) -> Design {
        let mut d = Design::empty("t");
        for (id, name) in cards {
            d.responsibilities.push(
                Responsibility {
                    id: ResponsibilityId((*id).to_owned()),
                    name: (*name).to_owned(),
                    size: 1.0,
                    ..Responsibility::default()
                }
                .into(),
            );
        }
        d
    }

    fn found(m: Result<Option<Match>, String>) -> Option<(String, MatchedBy)> {
        m.expect("no error").map(|m| (m.id.0, m.by))
    }

    #[test]
    fn rows_find_cards_by_id_then_name_then_catalog() {
        let d = design(&[
            ("security", "Information security"),
            ("pmo", "PMO"),
            ("payroll", "Payroll & HR"),
        ]);
        let mut cards = Cards::of(&d);
        assert_eq!(
            found(cards.find(2, None, "information SECURITY")),
            Some(("security".into(), MatchedBy::Name))
        );
        assert_eq!(
            found(cards.find(3, None, "Project management office")),
            Some(("pmo".into(), MatchedBy::Catalog))
        );
        assert_eq!(
            found(cards.find(4, Some("payroll"), "Wages")),
            Some(("payroll".into(), MatchedBy::Id))
        );
        assert_eq!(found(cards.find(5, None, "Data centre")), None);
        // A second row about the same card is named, not merged.
        let err = cards.find(6, None, "IT-Sicherheit").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        // By name with punctuation and "&".
        let mut cards = Cards::of(&d);
        assert_eq!(
            found(cards.find(2, None, "Payroll and HR")),
            Some(("payroll".into(), MatchedBy::Name))
        );
    }

    #[test]
    fn a_row_two_cards_answer_to_is_an_error_naming_both() {
        let d = design(&[
            ("pmo", "PMO"),
            ("pmo-2", "P.M.O."),
            ("a", "IT security"),
            ("b", "Cyber security"),
        ]);
        let mut cards = Cards::of(&d);
        let err = cards.find(7, None, "pmo").unwrap_err();
        assert!(
            err.contains("(id pmo)") && err.contains("(id pmo-2)"),
            "{err}"
        );
        let err = cards.find(8, None, "Information security").unwrap_err();
        assert!(err.contains("(id a)") && err.contains("(id b)"), "{err}");
    }

    proptest! {
        #[test]
        fn case_spaces_and_punctuation_do_not_change_a_name(
            name in "[A-Za-z][A-Za-z0-9 ]{0,20}",
            punct in "[ .,:;!?/()'\"-]{0,3}",
        ) {
            let key = name_key(&name);
            prop_assert_eq!(name_key(&name.to_uppercase()), key.clone());
            prop_assert_eq!(name_key(&format!("{punct}{name}{punct}")), key.clone());
            prop_assert_eq!(name_key(&name.replace(' ', "")), key);
        }
    }
}
