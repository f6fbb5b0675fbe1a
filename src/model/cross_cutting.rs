//! Which executives hold a cross-cutting role: security, data or
//! architecture, work that spans the company's own systems and the product
//! by nature. Such a role sitting near the middle between internal and
//! external is the point of it, not a blur.
//!
//! Titles are matched loosely, by their words in any letter case (dots in
//! acronyms ignored), on both the short and the full title: `CISO`,
//! `C.D.O.`, "Head of Information Security", "Chief Data & Analytics
//! Officer", "Chief Architect". The model does not depend on the import's
//! title handling; this small list is its own.

/// Acronyms of cross-cutting roles, in lower case.
const ACRONYMS: &[&str] = &["ciso", "cso", "cdo", "cdao"];

/// Words that make a title cross-cutting wherever they appear in it.
const WORDS: &[&str] = &["security", "data", "architect", "architecture"];

/// Whether a title names a cross-cutting role.
pub fn title_is_cross_cutting(title: &str) -> bool {
    words_cut_across(&title_words(title))
}

/// The words of a title in lower case, dots dropped (`C.I.S.O.` is
/// `ciso`), one space between each: what the title checks here and in
/// [`super::intent`] compare, built in one allocation (the clarity score
/// reads every executive's title on every change).
pub(super) fn title_words(title: &str) -> String {
    let mut words = String::with_capacity(title.len());
    let mut gap = false;
    for c in title.chars().filter(|c| *c != '.') {
        if c.is_alphanumeric() {
            if gap && !words.is_empty() {
                words.push(' ');
            }
            gap = false;
            if c.is_ascii() {
                words.push(c.to_ascii_lowercase());
            } else {
                words.extend(c.to_lowercase());
            }
        } else {
            gap = true;
        }
    }
    words
}

/// Whether `words` ([`title_words`]) name a cross-cutting role.
pub(super) fn words_cut_across(words: &str) -> bool {
    words
        .split(' ')
        .any(|word| ACRONYMS.contains(&word) || WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_data_and_architecture_titles_cut_across() {
        for title in [
            "CISO",
            "c.i.s.o.",
            "Chief Information Security Officer",
            "CSO",
            "CDO",
            "Chief Data Officer",
            "Chief Data & Analytics Officer",
            "CDAO",
            "Chief Architect",
            "Head of Security",
            "head of data",
            "VP Enterprise Architecture",
        ] {
            assert!(title_is_cross_cutting(title), "{title}");
        }
    }

    #[test]
    fn the_two_sides_and_other_roles_do_not() {
        for title in [
            "CIO",
            "CTO",
            "Head of IT",
            "IT lead",
            "VP Engineering",
            "Chief Information Officer",
            "Database administrator",
            "",
        ] {
            assert!(!title_is_cross_cutting(title), "{title}");
        }
    }

    #[test]
    fn title_words_are_lower_case_without_dots() {
        for (title, words) in [
            ("C.I.S.O.", "ciso"),
            (
                "Chief Data & Analytics Officer",
                "chief data analytics officer",
            ),
            ("  IT-Director (EMEA) ", "it director emea"),
            ("a. b", "a b"),
            ("...", ""),
            ("", ""),
        ] {
            assert_eq!(title_words(title), words, "{title}");
        }
    }
}
