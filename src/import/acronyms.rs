//! Executive titles as spreadsheets write them: `cfo`, `C.F.O.`, `CFO` and
//! `Chief Financial Officer` are one executive. An import that creates
//! executives writes the short title in capitals where it is an acronym
//! (`cfo` is `CFO`, `it lead` is `IT lead`) and gives it its full title
//! where the acronym has only one usual meaning (`CFO` is "Chief Financial
//! Officer"; `CDO` may be the Chief Data or the Chief Digital Officer, so
//! it stays `CDO`).
//!
//! [`canonical`] is how owners not on the chart are told apart: two cells
//! with the same canonical form name one executive.

/// Acronyms found in titles, with their full titles where they have one
/// usual meaning.
const ACRONYMS: &[(&str, Option<&str>)] = &[
    ("CEO", Some("Chief Executive Officer")),
    ("CFO", Some("Chief Financial Officer")),
    ("COO", Some("Chief Operating Officer")),
    ("CIO", Some("Chief Information Officer")),
    ("CTO", Some("Chief Technology Officer")),
    ("CISO", Some("Chief Information Security Officer")),
    ("CSO", Some("Chief Security Officer")),
    ("CMO", Some("Chief Marketing Officer")),
    ("CHRO", Some("Chief Human Resources Officer")),
    ("CLO", Some("Chief Legal Officer")),
    ("CSCO", Some("Chief Supply Chain Officer")),
    ("CDAO", Some("Chief Data and Analytics Officer")),
    ("CAIO", Some("Chief AI Officer")),
    ("CPTO", Some("Chief Product and Technology Officer")),
    ("CIDO", Some("Chief Information and Digital Officer")),
    ("CTIO", Some("Chief Technology and Innovation Officer")),
    ("CRO", None),
    ("CDO", None),
    ("CPO", None),
    ("CCO", None),
    ("CAO", None),
    ("CXO", None),
    ("VP", Some("Vice President")),
    ("SVP", Some("Senior Vice President")),
    ("EVP", Some("Executive Vice President")),
    ("IT", None),
    ("HR", None),
    ("PMO", None),
    ("BI", None),
    ("ERP", None),
    ("CRM", None),
    ("SRE", None),
    ("QA", None),
    ("ME", None),
    ("EU", None),
    ("US", None),
    ("UK", None),
    ("DACH", None),
    ("EMEA", None),
    ("APAC", None),
];

/// Letters and digits only, in lower case.
fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The acronym a word is (any letter case, dots between letters allowed:
/// `c.f.o.`), as written in the table.
fn acronym(word: &str) -> Option<&'static str> {
    let bare: String = word.chars().filter(|c| *c != '.').collect();
    if bare.is_empty() || !bare.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    ACRONYMS
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(&bare))
        .map(|(a, _)| *a)
}

/// A short title with each acronym in capitals: `cfo` → `CFO`, `it lead`
/// → `IT lead`, `C.I.O.` → `CIO`. Other words stay as written.
pub fn short_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match acronym(word) {
            Some(a) => out.push_str(a),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in title.trim().chars() {
        if c.is_whitespace() || matches!(c, '/' | '(' | ')' | ',' | '-' | '+' | '&') {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The full title of a short one that is an acronym with one usual
/// meaning.
pub fn full_title(short: &str) -> Option<&'static str> {
    let a = acronym(short.trim())?;
    ACRONYMS.iter().find(|(x, _)| *x == a).and_then(|(_, f)| *f)
}

/// The short and full titles of a new executive written `written` in a
/// spreadsheet: `cfo` is CFO, Chief Financial Officer; `Chief Financial
/// Officer` is the same; anything else keeps its words, acronyms in
/// capitals, with the same full title.
pub fn titles(written: &str) -> (String, String) {
    let key = canonical(written);
    if let Some((a, Some(full))) = ACRONYMS.iter().find(|(a, _)| a.to_lowercase() == key) {
        return ((*a).to_owned(), (*full).to_owned());
    }
    let short = short_title(written);
    let full = full_title(&short).map_or_else(|| short.clone(), str::to_owned);
    (short, full)
}

/// How an owner is known whatever its letter case, punctuation and
/// spelling out: `C.I.O.`, `cio` and `Chief Information Officer` are
/// `cio`.
pub fn canonical(title: &str) -> String {
    // The spelled-out titles' keys, worked out once.
    static SPELLED: std::sync::OnceLock<std::collections::HashMap<String, String>> =
        std::sync::OnceLock::new();
    let spelled = SPELLED.get_or_init(|| {
        ACRONYMS
            .iter()
            .filter_map(|(a, full)| Some((loose((*full)?), a.to_lowercase())))
            .collect()
    });
    let key = loose(title);
    match spelled.get(&key) {
        Some(acronym) => acronym.clone(),
        None => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn acronyms_are_capitals_and_spelled_out_where_clear() {
        assert_eq!(short_title("cfo"), "CFO");
        assert_eq!(short_title("C.I.O."), "CIO");
        assert_eq!(short_title(" it lead "), "IT lead");
        assert_eq!(
            short_title("vp supply chain systems"),
            "VP supply chain systems"
        );
        assert_eq!(
            short_title("Head of Store Systems"),
            "Head of Store Systems"
        );
        assert_eq!(short_title("CISO / Legal"), "CISO / Legal");
        assert_eq!(short_title("Finance (Jana)"), "Finance (Jana)");
        assert_eq!(full_title("CFO"), Some("Chief Financial Officer"));
        assert_eq!(full_title("cto"), Some("Chief Technology Officer"));
        assert_eq!(full_title("CDO"), None, "data or digital");
        assert_eq!(full_title("Marketing"), None);
        assert_eq!(
            titles("cfo"),
            ("CFO".to_owned(), "Chief Financial Officer".to_owned())
        );
        assert_eq!(
            titles("Chief Financial Officer"),
            ("CFO".to_owned(), "Chief Financial Officer".to_owned())
        );
        assert_eq!(titles("cdo"), ("CDO".to_owned(), "CDO".to_owned()));
        assert_eq!(
            titles("Chief Digital Officer"),
            (
                "Chief Digital Officer".to_owned(),
                "Chief Digital Officer".to_owned()
            )
        );
        assert_eq!(canonical("Chief Information Officer"), "cio");
        assert_eq!(canonical("C.I.O."), "cio");
        assert_eq!(canonical("cio"), "cio");
        assert_eq!(canonical("Chief Digital Officer"), "chiefdigitalofficer");
        assert_eq!(canonical("店舗システム本部"), "店舗システム本部");
    }

    proptest! {
        #[test]
        fn the_canonical_form_ignores_case_and_punctuation(
            title in "[A-Za-z][A-Za-z ]{0,20}",
            punct in "[ ./()-]{0,2}",
        ) {
            let key = canonical(&title);
            prop_assert_eq!(canonical(&title.to_uppercase()), key.clone());
            prop_assert_eq!(canonical(&format!("{punct}{title}{punct}")), key);
        }

        #[test]
        fn a_short_title_keeps_every_letter_and_settles(title in "[a-zA-Z .]{0,30}") {
            let short = short_title(&title);
            prop_assert_eq!(loose(&short), loose(&title));
            prop_assert_eq!(short_title(&short), short.clone());
        }
    }
}
