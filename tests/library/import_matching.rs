//! Import into a design that already has cards: a row about a card the
//! design has (by id, by name in any case and punctuation, by another name
//! for the same catalog responsibility) updates that card with what the
//! row fills in, instead of adding it twice; the preview says "updates N
//! and adds M"; a row two cards could be, or a second row about one card,
//! is an error on its line; a change of owner goes into the decision log.

use remit::import::{self, ImportOptions, MatchedBy};
use remit::model::{Design, ResponsibilityId};

fn card<'d>(design: &'d Design, id: &str) -> &'d remit::model::Responsibility {
    design
        .responsibility(&ResponsibilityId(id.into()))
        .unwrap_or_else(|| panic!("no card {id}"))
}

#[test]
fn rows_about_cards_the_design_has_update_them_instead_of_adding_them_twice() {
    let base = remit::templates::default_design();
    let security = card(&base, "security").clone();
    let pmo = card(&base, "pmo").clone();
    assert_eq!(security.name, "Information security");
    let text = "Name,Owner,Size,Facing,Notes\n\
                Information Security,CTO,12,,Owned by the CTO from 2027\n\
                P.M.O.,,,,\n\
                Project management office,,,,\n\
                Payroll,CIO,4,10%,\n";
    let preview = import::preview(text, &base);
    // The PMO twice: the second row is named, with the line that has it.
    assert_eq!(preview.errors.len(), 1, "{:?}", preview.errors);
    assert_eq!(preview.errors[0].line, 4);
    assert!(
        preview.errors[0].why.contains("line 3 already updates"),
        "{}",
        preview.errors[0].why
    );
    assert_eq!((preview.updates(), preview.adds()), (2, 1));
    assert_eq!(
        preview.summary(),
        "updates 2 responsibilities already in the design and adds 1"
    );
    let by: Vec<Option<MatchedBy>> = preview
        .rows
        .iter()
        .map(|r| r.updates.as_ref().map(|m| m.by))
        .collect();
    assert_eq!(by, [Some(MatchedBy::Name), Some(MatchedBy::Name), None]);

    let when = jiff::Timestamp::from_second(1_764_000_000).unwrap();
    let options = ImportOptions {
        moved_at: Some(when),
        ..ImportOptions::default()
    };
    let made = import::apply(&base, &preview, &options).unwrap();
    assert_eq!(
        made.responsibilities.len(),
        base.responsibilities.len() + 1,
        "one card added, none twice"
    );
    let updated = card(&made, "security");
    assert_eq!(updated.name, security.name, "the design's name stays");
    assert_eq!(updated.size, 12.0);
    assert_eq!(
        updated.external_share, security.external_share,
        "an empty cell changes nothing"
    );
    assert_eq!(updated.notes, "Owned by the CTO from 2027");
    assert_eq!(updated.owner.as_ref().unwrap().0, "cto");
    assert!(!updated.roles.contains_key(updated.owner.as_ref().unwrap()));
    assert_eq!(
        card(&made, "pmo"),
        &pmo,
        "a row of empty cells changes nothing"
    );
    // The move is logged like any other.
    let logged = made.decisions.last().unwrap();
    assert_eq!(logged.responsibility.0, "security");
    assert_eq!(logged.to.as_ref().unwrap().0, "cto");
    assert!(remit::model::rules::validate(&made).is_ok());
}

#[test]
fn catalog_names_in_other_words_and_languages_find_the_card() {
    let base = remit::templates::default_design();
    let preview = import::preview(
        "Bezeichnung;Verantwortlich;Headcount\n\
         Informationssicherheit;CTO;9\n\
         Research and development;CTO;30\n",
        &base,
    );
    assert_eq!(preview.errors, []);
    let found: Vec<(&str, MatchedBy)> = preview
        .rows
        .iter()
        .map(|r| {
            let m = r.updates.as_ref().unwrap();
            (m.id.as_str(), m.by)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("security", MatchedBy::Catalog),
            ("rnd", MatchedBy::Catalog)
        ]
    );
}

#[test]
fn a_row_two_cards_could_be_is_an_error_that_names_both_never_a_guess() {
    let mut base = remit::templates::default_design();
    let mut twin = card(&base, "pmo").clone();
    twin.id = ResponsibilityId("pmo-2".into());
    twin.name = "Pmo".into();
    base.responsibilities.push(twin.into());
    let preview = import::preview("name,size\nArchive,1\nPMO,4\n", &base);
    assert_eq!(preview.rows.len(), 1);
    assert_eq!(preview.errors.len(), 1);
    let error = &preview.errors[0];
    assert_eq!(error.line, 3);
    assert!(
        error.why.contains("(id pmo)") && error.why.contains("(id pmo-2)"),
        "{}",
        error.why
    );
    // An id column settles it.
    let preview = import::preview("id,name,size\npmo-2,PMO,4\n", &base);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.rows[0].updates.as_ref().unwrap().by, MatchedBy::Id);
    let made = import::apply(&base, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(card(&made, "pmo-2").size, 4.0);
    assert_eq!(card(&made, "pmo").size, card(&base, "pmo").size);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let text = "Name,Owner,Size\nPayroll,CIO,4\nMobile app,CTO,9\n";
    let base = remit::templates::default_design();
    let once = import::apply(
        &base,
        &import::preview(text, &base),
        &ImportOptions::default(),
    )
    .unwrap();
    let again = import::preview(text, &once);
    assert_eq!((again.updates(), again.adds()), (2, 0));
    let twice = import::apply(&once, &again, &ImportOptions::default()).unwrap();
    assert_eq!(twice, once);
}
