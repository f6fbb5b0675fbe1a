//! CSV import: what CSV export writes comes back as the same
//! responsibilities (a property over generated designs), owners are found
//! by title in any letter case, unknown owners become executives only when
//! asked, and each bad row is named by its line.

use proptest::prelude::*;
use remit::export::{self, Format, Options};
use remit::import::{self, Holder, ImportOptions};
use remit::model::{Design, ExecutiveId, ResponsibilityId, Role, WorkKind};

use super::sample;

fn csv_of(design: &Design) -> String {
    String::from_utf8(export::render(design, Format::Csv, &Options::default()).unwrap()).unwrap()
}

/// The design with its responsibilities taken away: what they are imported
/// into.
fn emptied(design: &Design) -> Design {
    let mut base = design.clone();
    base.responsibilities.clear();
    base
}

#[test]
fn the_exported_csv_imports_back_to_the_same_responsibilities() {
    let design = sample();
    let preview = import::preview(&csv_of(&design), &emptied(&design));
    assert_eq!(preview.errors, []);
    assert_eq!(preview.unknown_titles(), Vec::<&str>::new());
    let back = import::apply(&emptied(&design), &preview, &ImportOptions::default()).unwrap();
    assert_eq!(back.responsibilities, design.responsibilities);
}

fn text_strategy() -> impl Strategy<Value = String> {
    // Names with the characters CSV has to quote, and other scripts.
    proptest::string::string_regex("[A-Za-zé&,\"; 0-9ü-]{0,24}").unwrap()
}

prop_compose! {
    fn arbitrary_design()(
        cards in proptest::collection::vec(
            (text_strategy(), text_strategy(), 0u32..=10_000, 1u32..=1_000_000, 0usize..4, 0usize..4, 0usize..4, proptest::option::of("[a-z\n ,\"]{0,30}"), prop::sample::select(WorkKind::ALL.to_vec())),
            0..25,
        )
    ) -> Design {
        let mut design = sample();
        design.responsibilities.clear();
        let ids = ["cio", "cto", "ciso"];
        for (k, (name, description, share, size, owner, role_holder, role, notes, kind)) in cards.into_iter().enumerate() {
            let owner = ids.get(owner).map(|id| ExecutiveId((*id).into()));
            let mut roles = std::collections::BTreeMap::new();
            if let Some(holder) = ids.get(role_holder).map(|id| ExecutiveId((*id).into()))
                && Some(&holder) != owner.as_ref()
                && role < 3
            {
                roles.insert(holder, Role::ALL[role]);
            }
            let name = if name.trim().is_empty() { format!("Card {k}") } else { name.trim().to_owned() };
            design.responsibilities.push(remit::model::Responsibility {
                id: ResponsibilityId(format!("card-{k}")),
                name,
                description: description.trim().to_owned(),
                external_share: f64::from(share) / 10_000.0,
                size: f64::from(size) / 1_000.0,
                owner,
                roles,
                notes: notes.unwrap_or_default(),
                deliberate: false,
                kind,
            }.into());
        }
        remit::model::rules::normalize(&mut design);
        design
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn csv_export_then_import_is_the_identity_on_responsibilities(design in arbitrary_design()) {
        prop_assert!(remit::model::rules::validate(&design).is_ok());
        let preview = import::preview(&csv_of(&design), &emptied(&design));
        prop_assert_eq!(&preview.errors, &[]);
        let back = import::apply(&emptied(&design), &preview, &ImportOptions::default()).unwrap();
        prop_assert_eq!(back.responsibilities, design.responsibilities);
    }
}

#[test]
fn owners_are_matched_by_title_in_any_case_and_unknown_ones_are_listed() {
    let design = sample();
    let text = "Name,Owner,Facing,Size,Notes\n\
                Payroll systems,cio,5%,3,\n\
                Mobile app,chief technology officer,0.9,8,\"two\nlines\"\n\
                Data office,CDO,50,2,\n\
                Warehouse robots,Head of Ops,,,\n\
                Board reporting,,0.2,1,\n";
    let preview = import::preview(text, &design);
    assert_eq!(preview.errors, []);
    let owners: Vec<Option<Holder>> = preview.rows.iter().map(|r| r.owner.clone()).collect();
    assert_eq!(
        owners,
        [
            Some(Holder::Existing(ExecutiveId("cio".into()))),
            Some(Holder::Existing(ExecutiveId("cto".into()))),
            Some(Holder::Unknown("CDO".into())),
            Some(Holder::Unknown("Head of Ops".into())),
            None,
        ]
    );
    assert_eq!(preview.unknown_titles(), ["CDO", "Head of Ops"]);
    let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
    assert_eq!(shares, [0.05, 0.9, 0.5, 0.5, 0.2]);
    assert_eq!(preview.rows[1].notes, "two\nlines");
    // The row after a quoted line break starts on its own line.
    assert_eq!(preview.rows[2].line, 5);

    // Not asked to create them: their cards go to the tray.
    let plain = import::apply(&design, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(plain.executives.len(), design.executives.len());
    let added = &plain.responsibilities[design.responsibilities.len()..];
    assert_eq!(added.len(), 5);
    assert_eq!(added[2].owner, None);
    // Asked: one executive each, titled as the file writes it.
    let options = ImportOptions {
        create_executives: true,
        ..ImportOptions::default()
    };
    let created = import::apply(&design, &preview, &options).unwrap();
    assert_eq!(created.executives.len(), design.executives.len() + 2);
    let cdo = &created.executives[design.executives.len()];
    assert_eq!((cdo.short_title.as_str(), cdo.id.as_str()), ("CDO", "cdo"));
    let added = &created.responsibilities[design.responsibilities.len()..];
    assert_eq!(added[2].owner.as_ref(), Some(&cdo.id));
    assert!(remit::model::rules::validate(&created).is_ok());
}

#[test]
fn an_unknown_owner_written_in_two_letter_cases_is_one_new_executive() {
    // Letters outside ASCII too: "Ärzte" and "ÄRZTE" are one owner.
    let design = sample();
    let text = "Name,Owner\nClinic rota,Ärzte\nWard systems,ÄRZTE\nLab tools, ärzte \n";
    let preview = import::preview(text, &design);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.unknown_titles(), ["Ärzte"]);
    let options = ImportOptions {
        create_executives: true,
        ..ImportOptions::default()
    };
    let created = import::apply(&design, &preview, &options).unwrap();
    assert_eq!(created.executives.len(), design.executives.len() + 1);
    let new = &created.executives[design.executives.len()].id;
    let added = &created.responsibilities[design.responsibilities.len()..];
    assert!(
        added.iter().all(|r| r.owner.as_ref() == Some(new)),
        "{added:?}"
    );
}

#[test]
fn each_bad_row_is_named_by_its_line_and_why() {
    let design = sample();
    let text = "name,facing,size,owner,consulted\n\
                Good one,0.2,3,CIO,\n\
                ,0.5,1,,\n\
                Too external,140%,1,,\n\
                Negative,0.5,-2,,\n\
                \"A note\nover lines\",0.5,1,,\n\
                Own role,0.5,1,CTO,cto\n\
                Fine again,0.5,1,,\n";
    let preview = import::preview(text, &design);
    let lines: Vec<u64> = preview.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 5, 6, 8], "{:?}", preview.errors);
    assert!(
        preview.errors[0].why.contains("name is empty"),
        "{}",
        preview.errors[0].why
    );
    assert!(
        preview.errors[1].why.contains("\"140%\""),
        "{}",
        preview.errors[1].why
    );
    assert!(
        preview.errors[2].why.contains("\"-2\""),
        "{}",
        preview.errors[2].why
    );
    assert!(
        preview.errors[3].why.contains("control character"),
        "{}",
        preview.errors[3].why
    );
    assert!(
        preview.errors[4].why.contains("owner"),
        "{}",
        preview.errors[4].why
    );
    let names: Vec<&str> = preview.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Good one", "Fine again"]);
    assert_eq!(
        preview.errors[0].to_string(),
        format!("line 3: {}", preview.errors[0].why)
    );
}

#[test]
fn a_file_without_a_name_column_is_refused_on_line_one() {
    let preview = import::preview("owner,size\nCIO,3\n", &sample());
    assert_eq!(preview.rows, []);
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 1);
    assert!(
        preview.errors[0]
            .why
            .contains("no column is taken as the cards' names")
            && preview.errors[0]
                .why
                .contains("call it name or responsibility"),
        "{}",
        preview.errors[0].why
    );
    let preview = import::preview("", &sample());
    assert_eq!(preview.errors.len(), 1);
}
