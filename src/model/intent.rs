//! What each executive is meant to lead: the internal side, the external
//! side, or work across both (a cross-cutting role). The orientation the
//! design sets comes first; where none is set, the title says a lot (a CIO
//! or head of IT faces inward, a CTO or head of product outward, a CISO, a
//! chief data officer or a chief architect across both), and the advice
//! assumes from it and says so. Executives whose title says nothing and
//! whose orientation is not set have no intent.

use super::cross_cutting;
use super::design::{Executive, Orientation};

/// Which side an executive leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The company's own systems: employees, operations.
    Internal,
    /// What the company sells or shows: customers, product.
    External,
    /// Work across both by nature (security, data, architecture), or a
    /// generalist marked mixed on purpose.
    Across,
}

impl Side {
    /// "internal-facing", "external-facing", "across both sides".
    pub fn words(self) -> &'static str {
        match self {
            Self::Internal => "internal-facing",
            Self::External => "external-facing",
            Self::Across => "across both sides",
        }
    }
}

/// What an executive is meant to lead, and whether that was set or
/// assumed from the title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Intent {
    /// The side.
    pub side: Side,
    /// True when the orientation is not set and the side comes from the
    /// title.
    pub assumed: bool,
}

/// Acronyms (lower case, dots dropped) of titles that lead the internal
/// side.
const INTERNAL_ACRONYMS: &[&str] = &["cio", "cdio", "itd"];
/// Phrases (lower-case words in a row) of titles that lead the internal side.
const INTERNAL_PHRASES: &[&str] = &[
    "chief information officer",
    "head of it",
    "it director",
    "director of it",
    "director it",
    "vp it",
    "vp of it",
    "it lead",
    "it manager",
    "leiter it",
    "it leiter",
    "it leitung",
];
/// Acronyms of titles that lead the external side.
const EXTERNAL_ACRONYMS: &[&str] = &["cto", "cpo", "cpto"];
/// Phrases of titles that lead the external side.
const EXTERNAL_PHRASES: &[&str] = &[
    "chief technology officer",
    "chief technical officer",
    "chief product officer",
    "head of engineering",
    "vp engineering",
    "vp of engineering",
    "head of product",
    "vp product",
    "director of engineering",
    "engineering director",
    "chief digital officer",
    "head of digital",
    "vp digital",
];

/// The side a title points to, if it says: cross-cutting roles first
/// ([`cross_cutting::title_is_cross_cutting`]), then the internal and the
/// external titles.
pub fn side_of_title(title: &str) -> Option<Side> {
    let words = cross_cutting::title_words(title);
    if cross_cutting::words_cut_across(&words) {
        return Some(Side::Across);
    }
    let words: Vec<&str> = words.split(' ').collect();
    // A phrase: its words in a row, somewhere in the title (most titles
    // share no first word with a phrase, which is quick to see).
    let has = |phrase: &str| {
        words.iter().enumerate().any(|(start, first)| {
            phrase.starts_with(first)
                && phrase
                    .split(' ')
                    .enumerate()
                    .all(|(k, wanted)| words.get(start + k) == Some(&wanted))
        })
    };
    let any_word = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if any_word(INTERNAL_ACRONYMS) || INTERNAL_PHRASES.iter().any(|p| has(p)) {
        Some(Side::Internal)
    } else if any_word(EXTERNAL_ACRONYMS) || EXTERNAL_PHRASES.iter().any(|p| has(p)) {
        Some(Side::External)
    } else {
        None
    }
}

/// The side an executive's titles point to: the full title first, as it
/// spells out what a short one may leave open (a "CDO" is a chief data
/// officer, across both sides, unless the full title says "Chief Digital
/// Officer", who faces outward), then the short title.
pub fn titles_side(executive: &Executive) -> Option<Side> {
    side_of_title(&executive.full_title).or_else(|| side_of_title(&executive.short_title))
}

/// Whether an executive's titles name a role across both sides (a CISO, a
/// chief data officer, a chief architect), whatever its orientation.
pub fn titled_across(executive: &Executive) -> bool {
    titles_side(executive) == Some(Side::Across)
}

/// What `executive` is meant to lead: its orientation where set (mixed on
/// purpose is across both sides), else what its short or full title says.
pub fn of(executive: &Executive) -> Option<Intent> {
    let set = |side| {
        Some(Intent {
            side,
            assumed: false,
        })
    };
    match executive.orientation {
        Orientation::Internal => set(Side::Internal),
        Orientation::External => set(Side::External),
        Orientation::Mixed => set(Side::Across),
        Orientation::NotSet => titles_side(executive).map(|side| Intent {
            side,
            assumed: true,
        }),
    }
}

/// [`of`] and [`titled_across`] at once, reading the titles once: what
/// the findings need of every executive on every change.
pub fn of_and_titled_across(executive: &Executive) -> (Option<Intent>, bool) {
    let titles = titles_side(executive);
    let intent = match executive.orientation {
        Orientation::NotSet => titles.map(|side| Intent {
            side,
            assumed: true,
        }),
        _ => of(executive),
    };
    (intent, titles == Some(Side::Across))
}

/// The orientation the design would set for `intent` (for advice that
/// speaks of one).
pub fn orientation(intent: Option<Intent>) -> Orientation {
    match intent.map(|i| i.side) {
        None => Orientation::NotSet,
        Some(Side::Internal) => Orientation::Internal,
        Some(Side::External) => Orientation::External,
        Some(Side::Across) => Orientation::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_say_which_side() {
        for (title, side) in [
            ("CIO", Some(Side::Internal)),
            ("C.I.O.", Some(Side::Internal)),
            ("Chief Information Officer", Some(Side::Internal)),
            ("Head of IT", Some(Side::Internal)),
            ("IT Director", Some(Side::Internal)),
            ("CTO", Some(Side::External)),
            ("Chief Technology Officer", Some(Side::External)),
            ("CPO", Some(Side::External)),
            ("VP Engineering", Some(Side::External)),
            ("CISO", Some(Side::Across)),
            ("Chief Data Officer", Some(Side::Across)),
            ("Chief Architect", Some(Side::Across)),
            ("Head of Infrastructure", None),
            ("Chief Digital Officer", Some(Side::External)),
            ("COO", None),
            ("", None),
        ] {
            assert_eq!(side_of_title(title), side, "{title}");
        }
    }

    #[test]
    fn the_full_title_settles_what_an_acronym_leaves_open() {
        let digital = Executive {
            short_title: "CDO".into(),
            full_title: "Chief Digital Officer".into(),
            ..Default::default()
        };
        assert_eq!(titles_side(&digital), Some(Side::External));
        assert!(!titled_across(&digital));
        let data = Executive {
            full_title: "Chief Data Officer".into(),
            ..digital.clone()
        };
        assert!(titled_across(&data));
        let bare = Executive {
            full_title: String::new(),
            ..digital
        };
        assert!(titled_across(&bare));
    }

    #[test]
    fn a_set_orientation_comes_before_the_title() {
        let mut e = Executive {
            short_title: "CTO".into(),
            ..Default::default()
        };
        assert_eq!(
            of(&e),
            Some(Intent {
                side: Side::External,
                assumed: true
            })
        );
        e.orientation = Orientation::Internal;
        assert_eq!(
            of(&e),
            Some(Intent {
                side: Side::Internal,
                assumed: false
            })
        );
        e.orientation = Orientation::Mixed;
        assert_eq!(of(&e).map(|i| i.side), Some(Side::Across));
        let nobody = Executive {
            short_title: "Head of Facilities".into(),
            ..Default::default()
        };
        assert_eq!(of(&nobody), None);
        assert_eq!(orientation(of(&nobody)), Orientation::NotSet);
    }
}
