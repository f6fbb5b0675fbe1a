//! The small pieces of wording findings share: the two views of where a
//! contested card belongs, an executive's title as a sentence needs it
//! ("the CTO", "The Head of IT"), counts of cards. What a card *is* comes
//! from its kind and its catalog entry ([`super::CardFacts`]), never from
//! the words of its name. All wording is Remit's own.

use crate::model::catalog::{CatalogEntry, UsualOwner};

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

/// "1 card is" / "3 cards are".
pub(super) fn cards_are(n: usize) -> String {
    if n == 1 {
        "1 card is".to_owned()
    } else {
        format!("{n} cards are")
    }
}

/// A title with the article a sentence needs: "the CTO", "the Head of
/// IT". A title that already starts with "the" is left as it is.
pub(super) fn the(title: &str) -> String {
    let starts_with_the = title
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("the "));
    if starts_with_the {
        title.to_owned()
    } else {
        format!("the {title}")
    }
}

/// `text` with its first letter in upper case, to start a sentence.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "1 card" / "3 cards".
pub(super) fn cards(n: usize) -> String {
    if n == 1 {
        "1 card".to_owned()
    } else {
        format!("{n} cards")
    }
}

/// Names joined for a sentence: "a", "a and b", "a, b and c".
pub(super) fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_take_an_article_and_sentences_a_capital() {
        assert_eq!(the("CTO"), "the CTO");
        assert_eq!(the("Head of IT"), "the Head of IT");
        assert_eq!(the("The Board"), "The Board");
        assert_eq!(capitalised(&the("CIO")), "The CIO");
        assert_eq!(capitalised(""), "");
        assert_eq!(capitalised("édition"), "Édition");
        assert_eq!(
            and_list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(and_list(&["a".into()]), "a");
        assert_eq!(cards(1), "1 card");
    }
}
