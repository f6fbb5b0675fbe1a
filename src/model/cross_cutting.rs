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

use super::design::{Executive, Orientation};

/// Acronyms of cross-cutting roles, in lower case.
const ACRONYMS: &[&str] = &["ciso", "cso", "cdo", "cdao"];

/// Words that make a title cross-cutting wherever they appear in it.
const WORDS: &[&str] = &["security", "data", "architect", "architecture"];

/// Whether a title names a cross-cutting role.
pub fn title_is_cross_cutting(title: &str) -> bool {
    title
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|word| {
            word.chars()
                .filter(|c| *c != '.')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .any(|word| ACRONYMS.contains(&word.as_str()) || WORDS.contains(&word.as_str()))
}

/// Whether `executive` sits across both sides on purpose: its intended
/// orientation is mixed, or its short or full title names a cross-cutting
/// role.
pub fn is_cross_cutting(executive: &Executive) -> bool {
    executive.orientation == Orientation::Mixed
        || title_is_cross_cutting(&executive.short_title)
        || title_is_cross_cutting(&executive.full_title)
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
    fn mixed_on_purpose_counts_whatever_the_title() {
        let mut e = Executive {
            short_title: "CTO".into(),
            ..Default::default()
        };
        assert!(!is_cross_cutting(&e));
        e.orientation = Orientation::Mixed;
        assert!(is_cross_cutting(&e));
        e.orientation = Orientation::External;
        e.full_title = "Chief Data Officer".into();
        assert!(is_cross_cutting(&e));
    }
}
