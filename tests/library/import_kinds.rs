//! Import of the kind of work: a client's column ("Type of work",
//! "Kategorie"…) gives each card its kind, written as a kind's label or its
//! word in the file in any letter case; a new card without one takes the
//! kind its name tells, a card already in the design keeps its own unless
//! the row gives another; a value that is no kind is an error on its line
//! that lists the kinds.

use remit::import::{self, Field, ImportOptions};
use remit::model::{Design, ResponsibilityId, WorkKind};

fn kind_of(design: &Design, name: &str) -> WorkKind {
    design
        .responsibilities
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no card {name}"))
        .kind
}

fn kind_of_id(design: &Design, id: &str) -> WorkKind {
    design
        .responsibility(&ResponsibilityId(id.into()))
        .unwrap_or_else(|| panic!("no card {id}"))
        .kind
}

#[test]
fn a_type_of_work_column_in_any_case_gives_each_card_its_kind() {
    let base = remit::templates::default_design();
    assert_eq!(kind_of_id(&base, "security"), WorkKind::Security);
    let pmo = kind_of_id(&base, "pmo");
    let text = "Name,Owner,Type of work,Size\n\
                Network & Data Centre,CIO,infrastructure,3\n\
                Identity & Access Mgmt,CTO,SECURITY,2\n\
                Reporting hub,CIO,data & analytics,1\n\
                SAP Basis,CIO,BusinessSystems,2\n\
                Cyber defence,CTO,,1\n\
                Information Security,,Risk & Compliance,\n\
                P.M.O.,,,\n";
    let preview = import::preview(text, &base);
    assert_eq!(preview.errors, []);
    let kind_column = preview
        .columns
        .iter()
        .find(|c| c.header == "Type of work")
        .and_then(|c| c.field);
    assert_eq!(kind_column, Some(Field::Kind));
    assert_eq!((preview.updates(), preview.adds()), (2, 5));
    let made = import::apply(&base, &preview, &ImportOptions::default()).unwrap();
    for (name, kind) in [
        ("Network & Data Centre", WorkKind::Infrastructure),
        ("Identity & Access Mgmt", WorkKind::Security),
        ("Reporting hub", WorkKind::Data),
        ("SAP Basis", WorkKind::BusinessSystems),
        // No kind given: the name tells it.
        ("Cyber defence", WorkKind::Security),
    ] {
        assert_eq!(kind_of(&made, name), kind, "{name}");
    }
    // A card already in the design takes the kind its row gives, and
    // keeps its own when the row gives none.
    assert_eq!(kind_of_id(&made, "security"), WorkKind::Compliance);
    assert_eq!(kind_of_id(&made, "pmo"), pmo);
}

#[test]
fn a_german_kategorie_column_with_semicolons_reads_too() {
    let text = "Bezeichnung;Verantwortlich;Kategorie\n\
                Rechenzentrum;CIO;Infrastructure\n\
                Kundenportal;CTO;customer & digital\n";
    let preview = import::preview(text, &remit::templates::default_design());
    assert_eq!(preview.errors, []);
    let kinds: Vec<Option<WorkKind>> = preview.rows.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [Some(WorkKind::Infrastructure), Some(WorkKind::Customer)]
    );
}

#[test]
fn a_kind_that_is_none_of_the_kinds_is_an_error_on_its_line_listing_them() {
    let text = "Name,Owner,Category\n\
                Payroll,CIO,Business systems\n\
                Robots,CTO,Robotics\n\
                Shop,CTO,customer\n";
    let preview = import::preview(text, &Design::empty("t"));
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(preview.errors.len(), 1, "{:?}", preview.errors);
    let error = &preview.errors[0];
    assert_eq!(error.line, 3);
    let said = preview.describe(error);
    assert!(said.starts_with("line 3: "), "{said}");
    for word in [
        "\"Robotics\"",
        "kind of work",
        "Security",
        "Data & analytics",
    ] {
        assert!(said.contains(word), "{word}: {said}");
    }
    assert_eq!(preview.rows[1].kind, Some(WorkKind::Customer));
}

#[test]
fn the_exported_kind_column_is_the_kinds_label() {
    let design = remit::templates::default_design();
    let csv = String::from_utf8(
        remit::export::render(
            &design,
            remit::export::Format::Csv,
            &remit::export::Options::default(),
        )
        .unwrap(),
    )
    .unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains("\"kind\""), "{header}");
    let security = csv.lines().find(|l| l.starts_with("\"security\"")).unwrap();
    assert!(security.contains("\"Security\""), "{security}");
}
