//! Import: which column is which. Headers in the client's words (Area,
//! Lead, FTE, Headcount, Budget, Customer facing?, Verantwortlich…) are
//! guessed in English and German, the user's choice of column stands over
//! a guess, the size's header gives the design its size unit, a title
//! above the header is skipped, and cells such as `n/a`, `~6`, `yes` and a
//! total row are read as a consultant would, each with a note.

use remit::import::{self, Choice, Field, ImportOptions, Mapping};
use remit::model::Design;

/// Nordlicht's list, as its CTO sent it (a few rows).
const NORDLICHT: &str = "\u{feff}Area,Lead,FTE,Customer facing?,Comments\r\n\
    Backend / core product,CTO,38,yes,\"4 squads (scheduling, dispatch)\"\r\n\
    Internal IT,IT lead,\"3,5\",no,\r\n\
    Data & reporting,CTO,n/a,partly,\r\n\
    Security & compliance,CTO,~2,Partly ,\r\n\
    ,,,,\r\n\
    Total,,92.75,,(n/a rows not counted)\r\n";

fn design_with(executives: &[(&str, &str)]) -> Design {
    let mut d = Design::empty("t");
    for (id, title) in executives {
        d.executives.push(remit::model::Executive {
            id: remit::model::ExecutiveId((*id).into()),
            short_title: (*title).into(),
            full_title: (*title).into(),
            ..Default::default()
        });
    }
    d
}

#[test]
fn the_clients_own_words_are_read_as_name_owner_size_facing_and_notes() {
    let d = design_with(&[("cto", "CTO"), ("it-lead", "IT lead")]);
    let preview = import::preview(NORDLICHT, &d);
    assert_eq!(preview.errors, [], "{:?}", preview.errors);
    let read: Vec<(Option<&str>, &str)> = preview
        .columns
        .iter()
        .map(|u| (u.field.map(Field::word), u.header.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (Some("name"), "Area"),
            (Some("owner"), "Lead"),
            (Some("size"), "FTE"),
            (Some("facing"), "Customer facing?"),
            (Some("notes"), "Comments"),
        ]
    );
    let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [38.0, 3.5, 1.0, 2.0], "n/a is no size; ~2 is 2");
    let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
    assert_eq!(shares, [1.0, 0.0, 0.5, 0.5]);
    assert!(!preview.rows[2].given.size, "n/a gives no size");
    // The total is left out, and each loose reading is noted with its line.
    assert_eq!(preview.rows.len(), 4);
    let notes = preview.notes.join("\n");
    for said in [
        "line 7 (\"Total\") is a total",
        "1 row gives no size (\"n/a\", \"tbc\"…; line 4)",
        "1 row with a rough size",
        "yes is read as 100% external",
    ] {
        assert!(notes.contains(said), "{said} in {notes}");
    }
    // The size unit comes from the header.
    assert_eq!(preview.size_unit.as_deref(), Some("FTE"));
    let made = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(made.size_unit, "FTE");
    assert_eq!(
        made.responsibilities[1].owner.as_ref().unwrap().0,
        "it-lead"
    );
}

#[test]
fn the_users_choice_of_column_stands_over_the_guess() {
    let text = "Responsibility;Verantwortlich;Headcount;Budget (EUR k)\n\
                Kernbanksystem;CIO;62;18.400\n\
                Mobile Banking;CTO;21,5;2.600\n";
    let d = design_with(&[("cio", "CIO"), ("cto", "CTO")]);
    let guessed = import::preview(text, &d);
    assert_eq!(guessed.errors, []);
    let sizes: Vec<f64> = guessed.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [62.0, 21.5], "people come before money");
    assert_eq!(guessed.size_unit.as_deref(), Some("headcount"));
    assert_eq!(
        guessed.ignored_columns,
        ["Budget (EUR k) (could be the size)"]
    );
    let mut mapping = Mapping::default();
    mapping.set(Field::Size, Choice::Header("Budget (EUR k)".into()));
    mapping.set(Field::Owner, Choice::NotUsed);
    let chosen = import::preview_with(text, &d, &mapping);
    assert_eq!(chosen.errors, []);
    let sizes: Vec<f64> = chosen.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [18_400.0, 2_600.0]);
    assert!(chosen.rows.iter().all(|r| r.owner.is_none()));
    assert!(chosen.columns[2].field.is_none() && chosen.columns[3].chosen);
    let made = import::apply(&d, &chosen, &ImportOptions::default()).unwrap();
    assert_eq!(made.size_unit, "budget (EUR k)");
    // A design with a unit of its own keeps it, and the preview says that
    // the file's sizes are taken in it.
    let mut own = d.clone();
    own.size_unit = "FTE".into();
    let preview = import::preview_with(text, &own, &mapping);
    assert!(
        preview
            .notes
            .iter()
            .any(|n| n.contains("counts size in FTE")),
        "{:?}",
        preview.notes
    );
    assert_eq!(
        import::apply(&own, &preview, &ImportOptions::default())
            .unwrap()
            .size_unit,
        "FTE"
    );
}

#[test]
fn a_choice_that_names_no_column_is_an_error_on_the_header_line() {
    let mut mapping = Mapping::default();
    mapping.set(Field::Size, Choice::Header("Kopfzahl".into()));
    let preview = import::preview_with("Name,Headcount\nA,3\n", &Design::empty("t"), &mapping);
    assert_eq!(preview.rows, []);
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 1);
    assert!(
        preview.errors[0].why.contains("\"Kopfzahl\"")
            && preview.errors[0].why.contains("\"Headcount\""),
        "{}",
        preview.errors[0].why
    );
}

#[test]
fn a_semicolon_file_with_german_headers_and_a_title_above_them_reads() {
    // Semicolons and no `name` header: refused before, with "the header row
    // has no `name` column".
    let text = "IT-Verantwortlichkeiten 2025;;;\n\
                ;;;\n\
                Nr.;Responsibility;Bezeichnung (DE);Owner;Headcount\n\
                1;Core banking;Kernbanksystem;CIO;62\n\
                2;Payments;Zahlungsverkehr;COO;28\n";
    let preview = import::preview(text, &Design::empty("t"));
    assert_eq!(preview.errors, [], "{:?}", preview.errors);
    assert_eq!(preview.header_line, 3);
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(preview.rows[0].name, "Core banking");
    assert_eq!(preview.rows[0].description, "Kernbanksystem");
    assert_eq!(preview.rows[1].size, 28.0);
    assert!(
        preview
            .notes
            .iter()
            .any(|n| n.contains("header is on line 3")),
        "{:?}",
        preview.notes
    );
    // With no column that could be the names, the message says what to do.
    let none = import::preview("Thing;Who\nA;B\n", &Design::empty("t"));
    assert!(
        none.errors[0].why.contains("choose the name column"),
        "{}",
        none.errors[0].why
    );
    let mut mapping = Mapping::default();
    mapping.set(Field::Name, Choice::Index(0));
    let chosen = import::preview_with("Thing;Who\nA;B\n", &Design::empty("t"), &mapping);
    assert_eq!(chosen.rows.len(), 1);
    assert_eq!(chosen.rows[0].name, "A");
}

#[test]
fn owners_as_clients_write_them_shared_open_or_with_a_qualifier() {
    let mut d = design_with(&[("cio", "CIO"), ("coo", "COO"), ("cto", "CTO")]);
    d.executives[2].full_title = "Chief Technology Officer (Digital)".into();
    let text = "Name;Owner\n\
                Payments;COO / CIO\n\
                Fraud;tbd\n\
                App;CTO (Digital)\n\
                Portal;C.T.O.\n\
                Help desk;Chief Technology Officer\n";
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, [], "{:?}", preview.errors);
    assert_eq!(preview.unknown_titles(), Vec::<&str>::new());
    let owners: Vec<Option<&str>> = preview
        .rows
        .iter()
        .map(|r| match &r.owner {
            Some(import::Holder::Existing(id)) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        owners,
        [Some("coo"), None, Some("cto"), Some("cto"), Some("cto")]
    );
    assert_eq!(
        preview.rows[0].roles,
        [(
            import::Holder::Existing(remit::model::ExecutiveId("cio".into())),
            remit::model::Role::Responsible
        )]
    );
    let notes = preview.notes.join("\n");
    assert!(
        notes.contains("1 row names no owner yet (\"tbd\", \"?\"; line 3)"),
        "{notes}"
    );
    assert!(
        notes.contains("1 row names several owners (\"COO / CIO\", line 2)"),
        "{notes}"
    );
}
