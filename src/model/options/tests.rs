use super::*;
use crate::model::{Edit, ExecutiveId, ResponsibilityId, Shared};
use crate::templates::default_design;

fn two() -> Options {
    let mut options = Options::one(default_design());
    let made = options.apply(OptionEdit::Copy {
        from: 0,
        name: "Option A".into(),
    });
    assert_eq!(made, Ok(1));
    options
}

#[test]
fn the_first_option_is_as_is_and_a_copy_goes_after_its_source() {
    let options = two();
    assert_eq!(options.name(0), FIRST_OPTION_NAME);
    assert_eq!(options.name(1), "Option A");
    assert_eq!(options.design(0), options.design(1));
    assert_eq!(options.fresh_name(), "Option B");
}

#[test]
fn a_copy_shares_every_card_until_one_changes() {
    let mut options = two();
    let security = ResponsibilityId("security".into());
    let moved = options.design_mut(1).apply(Edit::Move {
        responsibility: security.clone(),
        to: Some(ExecutiveId("cto".into())),
    });
    assert_eq!(moved, Ok(true));
    let (a, b) = (options.design(0), options.design(1));
    for (x, y) in a.responsibilities.iter().zip(&b.responsibilities) {
        assert_eq!(Shared::same(x, y), x.id != security, "{}", x.id);
    }
    assert_ne!(
        a.responsibility(&security).map(|r| &r.owner),
        b.responsibility(&security).map(|r| &r.owner)
    );
}

#[test]
fn names_are_unique_ignoring_case_and_checked() {
    let mut options = two();
    let clash = options.apply(OptionEdit::Rename {
        index: 1,
        name: " as IS ".into(),
    });
    assert_eq!(clash, Err(OptionsError::DuplicateName("as IS".into())));
    assert_eq!(
        options.apply(OptionEdit::Rename {
            index: 1,
            name: "  ".into()
        }),
        Err(OptionsError::EmptyName)
    );
    assert!(matches!(
        options.apply(OptionEdit::Rename {
            index: 1,
            name: "a\nb".into()
        }),
        Err(OptionsError::ControlCharacter(_))
    ));
    // Renaming to its own name in other letters is fine.
    assert_eq!(
        options.apply(OptionEdit::Rename {
            index: 1,
            name: "option a".into()
        }),
        Ok(1)
    );
    assert_eq!(options.find("OPTION A"), Some(1));
    assert_eq!(options.unique_name("Option A"), "Option A (2)");
}

#[test]
fn the_last_option_cannot_go_and_there_is_a_ceiling() {
    let mut options = Options::one(default_design());
    assert_eq!(
        options.apply(OptionEdit::Delete { index: 0 }),
        Err(OptionsError::LastOption)
    );
    for _ in 1..MAX_OPTIONS {
        let name = options.fresh_name();
        assert!(options.apply(OptionEdit::Copy { from: 0, name }).is_ok());
    }
    assert_eq!(options.len(), MAX_OPTIONS);
    let name = options.fresh_name();
    assert_eq!(
        options.apply(OptionEdit::Copy { from: 0, name }),
        Err(OptionsError::TooMany(MAX_OPTIONS + 1))
    );
}

#[test]
fn moving_and_deleting_keep_the_others_in_order() {
    let mut options = two();
    let name = options.fresh_name();
    assert_eq!(options.apply(OptionEdit::Copy { from: 1, name }), Ok(2));
    assert_eq!(options.apply(OptionEdit::Move { from: 2, to: 0 }), Ok(0));
    let names: Vec<&str> = options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Option B", "As is", "Option A"]);
    assert_eq!(options.apply(OptionEdit::Delete { index: 2 }), Ok(1));
    assert_eq!(options.len(), 2);
    assert_eq!(
        options.apply(OptionEdit::Delete { index: 5 }),
        Err(OptionsError::NoSuchOption(5))
    );
}

#[test]
fn an_added_option_takes_the_designs_own_name_unit_and_company() {
    let mut options = Options::one(default_design());
    let mut other = crate::model::Design::empty("Something else");
    other.size_unit = "budget".into();
    let added = options.apply(OptionEdit::Add {
        name: "Empty".into(),
        design: Box::new(other),
    });
    assert_eq!(added, Ok(1));
    assert_eq!(options.design(1).name, options.design(0).name);
    assert_eq!(options.design(1).size_unit, options.design(0).size_unit);
    options.set_everywhere(|d| d.name = "Renamed".into());
    assert!(options.iter().all(|o| o.design.name == "Renamed"));
}

#[test]
fn a_list_from_a_file_is_checked_and_shares_alike_cards() {
    let d = default_design();
    let dup = Options::from_list(vec![
        ("As is".into(), d.clone()),
        ("B".into(), d.clone()),
        ("b".into(), d),
    ]);
    assert_eq!(dup, Err((2, OptionsError::DuplicateName("b".into()))));
    let many: Vec<(String, crate::model::Design)> = (0..=MAX_OPTIONS)
        .map(|i| (format!("O{i}"), crate::model::Design::empty("")))
        .collect();
    assert_eq!(
        Options::from_list(many).map(|_| ()),
        Err((MAX_OPTIONS, OptionsError::TooMany(MAX_OPTIONS + 1)))
    );
    let mut options = Options::from_list(vec![
        ("As is".into(), default_design()),
        ("B".into(), default_design()),
    ])
    .expect("valid");
    let shared = |o: &Options| {
        o.design(0)
            .responsibilities
            .iter()
            .zip(&o.design(1).responsibilities)
            .filter(|(a, b)| Shared::same(a, b))
            .count()
    };
    assert_eq!(shared(&options), 0, "read separately, nothing is shared");
    options.share_alike();
    assert_eq!(shared(&options), options.design(0).responsibilities.len());
}
