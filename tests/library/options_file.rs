//! Designs with several options, as files: each option in its own section,
//! and what is refused, with its line.

use remit::file::{self, LoadErrorKind};
use remit::model::{Edit, ExecutiveId, OptionEdit, Options, OptionsError, ResponsibilityId};
use remit::templates::default_design;

fn two_options() -> Options {
    let mut options = Options::one(default_design());
    let made = options.apply(OptionEdit::Copy {
        from: 0,
        name: "Option A".into(),
    });
    assert_eq!(made, Ok(1));
    options
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"))
}

#[test]
fn a_move_in_one_option_changes_one_line_of_that_option() {
    let mut options = two_options();
    let before = file::options_to_text(&options, "").expect("written");
    let moved = options.design_mut(1).apply(Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: Some(ExecutiveId("cto".into())),
    });
    assert_eq!(moved, Ok(true));
    // The decision log is the design's concern: here only the move itself.
    let after = file::options_to_text(&options, "").expect("written");
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    assert_eq!(old.len(), new.len());
    let changed: Vec<usize> = (0..old.len()).filter(|&i| old[i] != new[i]).collect();
    assert_eq!(changed.len(), 1, "{after}");
    assert!(changed[0] + 1 > line_of(&after, "name: \"Option A\""));
    assert_eq!(file::parse_options(&after), Ok(options));
}

#[test]
fn two_options_with_one_name_are_refused_at_the_second_name() {
    let options = two_options();
    let text = file::options_to_text(&options, "")
        .expect("written")
        .replace("name: \"Option A\"", "name: \"as is\"");
    let err = file::parse_options(&text).expect_err("refused");
    assert_eq!(
        err.kind,
        LoadErrorKind::Options(OptionsError::DuplicateName("as is".into()))
    );
    assert_eq!(err.line, Some(line_of(&text, "name: \"as is\"")));
    assert!(
        err.to_string().contains("two options are called “as is”"),
        "{err}"
    );
}

#[test]
fn more_options_than_the_ceiling_are_refused_at_the_first_one_too_many() {
    let mut text = file::options_to_text(&Options::one(default_design()), "").expect("written");
    let mut section = String::from("    options: [\n");
    for i in 1..200 {
        section.push_str(&format!("        (name: \"Option {i}\"),\n"));
    }
    section.push_str("    ],\n");
    let end = text.rfind(')').expect("end");
    text.insert_str(end, &section);
    let err = file::parse_options(&text).expect_err("refused");
    assert_eq!(err.kind, LoadErrorKind::Options(OptionsError::TooMany(200)));
    assert_eq!(err.line, Some(line_of(&text, "name: \"Option 100\"")));
    assert!(err.to_string().contains("200 options"), "{err}");
}

#[test]
fn an_empty_option_opens_as_an_empty_organisation() {
    let mut text = file::options_to_text(&Options::one(default_design()), "").expect("written");
    let end = text.rfind(')').expect("end");
    text.insert_str(end, "    options: [(name: \"Nothing yet\")],\n");
    let options = file::parse_options(&text).expect("opens");
    assert_eq!(options.len(), 2);
    assert!(options.design(1).executives.is_empty());
    assert_eq!(options.design(1).name, options.design(0).name);
}

#[test]
fn a_broken_rule_in_an_option_names_the_option_and_its_line() {
    let options = two_options();
    let text = file::options_to_text(&options, "").expect("written");
    // The second "owner: \"cio\"" of security is in Option A's section.
    let at = text
        .rfind("(id: \"security\"")
        .expect("security in Option A");
    let mut broken = text.clone();
    let owner = broken[at..].find("owner: \"cio\"").expect("owner") + at;
    broken.replace_range(owner..owner + 12, "owner: \"cfo\"");
    let err = file::parse_options(&broken).expect_err("refused");
    assert!(
        matches!(&err.kind, LoadErrorKind::RuleInOption { option, .. } if option == "Option A"),
        "{err}"
    );
    let line = broken[..owner].lines().count();
    assert_eq!(err.line, Some(line));
    assert!(
        err.to_string().contains("in the option “Option A”"),
        "{err}"
    );
}

#[test]
fn a_decision_naming_a_card_only_another_option_has_is_kept_as_history() {
    // A log entry is history: the card it names may have gone since (or
    // live only in another option). It opens and is written back as it was.
    let mut options = two_options();
    let mut text = file::options_to_text(&options, "").expect("written");
    let section = text.rfind("        ),\n").expect("end of Option A");
    text.insert_str(
        section,
        "            decisions: [\n                (responsibility: \"only-in-b\", name: \"Elsewhere\", to: \"cio\", when: \"2026-12-01T10:00:00Z\", reason: \"kept\"),\n            ],\n",
    );
    let opened = file::parse_options(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.design(1).decisions.len(), 1);
    assert_eq!(
        file::options_to_text(&opened, "").map(|t| t.contains("only-in-b")),
        Ok(true)
    );
    options.design_mut(1).decisions = opened.design(1).decisions.clone();
    assert_eq!(opened, options);
}

#[test]
fn an_option_name_with_a_line_break_is_refused_with_its_line() {
    let text = file::options_to_text(&two_options(), "")
        .expect("written")
        .replace("name: \"Option A\"", "name: \"Option\\nA\"");
    let err = file::parse_options(&text).expect_err("refused");
    assert!(
        matches!(
            err.kind,
            LoadErrorKind::Options(OptionsError::ControlCharacter(_))
        ),
        "{err}"
    );
    assert_eq!(err.line, Some(line_of(&text, "name: \"Option\\nA\"")));
}

#[test]
fn another_program_s_ron_file_is_said_not_to_be_a_design_at_its_field() {
    let err = file::parse_options("(a: 1)\n").expect_err("refused");
    assert_eq!((err.line, err.column), (Some(1), Some(2)));
    let message = err.to_string();
    assert!(message.contains("this is not a Remit design"), "{message}");
    assert!(message.contains("`a`"), "{message}");
    // A design that only forgot its version is still told what is missing.
    let text = file::options_to_text(&Options::one(default_design()), "")
        .expect("written")
        .replace("format_version: 6,", "");
    let err = file::parse_options(&text).expect_err("refused");
    assert!(
        matches!(err.kind, LoadErrorKind::MissingField { .. }),
        "{err}"
    );
}
