//! The quick reading of a card's name for security and data words gives
//! the same answer as the plain one, word by word, on any name.

use proptest::prelude::*;

use super::super::wording::names_shared_work;

/// The plain reading: split the name into words (runs of ASCII letters and
/// digits and of bytes outside ASCII), then look at each word.
fn by_words(name: &str) -> bool {
    name.as_bytes()
        .split(|&b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .any(|word| {
            word.eq_ignore_ascii_case(b"data")
                || (word.len() >= 8 && word[word.len() - 8..].eq_ignore_ascii_case(b"security"))
        })
}

#[test]
fn the_quick_reading_agrees_on_names_at_every_edge() {
    for name in [
        "",
        "d",
        "y",
        "data",
        "Data",
        "DATA",
        "xdata",
        "datax",
        "data1",
        "1data",
        "é data",
        "édata",
        "dataé",
        "security",
        "Cybersecurity",
        "securityx",
        "ecurity",
        "Secure data-lake",
        "Information security",
        "Compliance & data protection",
        "Service delivery & IT support 1234",
        "12345678data",
        "1234567data",
        "123456789012345security",
        "12345678 security 9",
        "DDDDDDDDYYYYYYYYdata",
        "yyyyyyyyyyyyyyyyyyyyyyyyyyyysecurity",
        "ddddddddddddddddddddddddddd data",
    ] {
        assert_eq!(names_shared_work(name), by_words(name), "{name:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Names built from the letters that matter, separators and letters
    /// outside ASCII, of every length around the eight-byte steps.
    #[test]
    fn the_quick_reading_agrees_on_any_name(
        name in "((data|DaTa|security|SECURITY|cyber|d|y|a|t|D|Y|é|ü|1|-| |_|\\.|x){0,12})",
    ) {
        prop_assert_eq!(names_shared_work(&name), by_words(&name));
    }

    /// And on any string at all.
    #[test]
    fn the_quick_reading_agrees_on_any_string(name in any::<String>()) {
        prop_assert_eq!(names_shared_work(&name), by_words(&name));
    }
}
