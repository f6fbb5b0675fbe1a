//! Import: the person in each owner's role, from a column such as `Owner
//! name` or `Person`. New executives and executives without a person get
//! the one their rows name (the most named when the rows disagree, said in
//! the preview), an executive that has a person keeps it (the preview says
//! the file names someone else), a person in any script is kept exactly, a
//! person that cannot be kept is a note and not a bad row, an owner cell
//! that names the person in a role finds that executive, and the headings
//! that say `extern` are the facing. The Kaito client's list is the real
//! case.

use remit::import::{self, Field, ImportOptions, ImportPreview};
use remit::model::{Design, Executive, ExecutiveId};

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/import")
        .join(name)
}

fn design_with(executives: &[(&str, &str, &str)]) -> Design {
    let mut d = Design::empty("t");
    for (id, title, person) in executives {
        d.executives.push(Executive {
            id: ExecutiveId((*id).into()),
            short_title: (*title).into(),
            person: (*person).into(),
            ..Default::default()
        });
    }
    d
}

fn person(design: &Design, id: &str) -> String {
    design
        .executive(&ExecutiveId(id.into()))
        .unwrap_or_else(|| panic!("no executive {id}"))
        .person
        .clone()
}

fn created() -> ImportOptions {
    ImportOptions {
        create_executives: true,
        ..ImportOptions::default()
    }
}

fn read_as(preview: &ImportPreview) -> Vec<(Option<&'static str>, &str)> {
    preview
        .columns
        .iter()
        .map(|u| (u.field.map(Field::word), u.header.as_str()))
        .collect()
}

#[test]
fn an_owner_name_column_gives_new_and_empty_executives_their_person() {
    let text = "Responsibility,Owner,Owner name,Team size\n\
                ERP,CIO,Naoki Morita,24\n\
                Payments,cto,  Katrin Vogelsang ,8\n\
                Membership app,CDO,Haruka Takahashi,19\n\
                Help desk,,Nobody Here,11\n\
                Service desk,CIO,,6\n";
    let d = design_with(&[("cio", "CIO", ""), ("cto", "CTO", "")]);
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    assert_eq!(
        read_as(&preview),
        [
            (Some("name"), "Responsibility"),
            (Some("owner"), "Owner"),
            (Some("person"), "Owner name"),
            (Some("size"), "Team size"),
        ]
    );
    assert!(
        preview.ignored_columns.is_empty(),
        "{:?}",
        preview.ignored_columns
    );
    let persons: Vec<&str> = preview.rows.iter().map(|r| r.person.as_str()).collect();
    assert_eq!(
        persons,
        [
            "Naoki Morita",
            "Katrin Vogelsang",
            "Haruka Takahashi",
            "Nobody Here",
            ""
        ]
    );
    // Rows that agree make no note.
    assert!(
        !preview.notes.iter().any(|n| n.contains("Morita")),
        "{:?}",
        preview.notes
    );
    let made = import::apply(&d, &preview, &created()).unwrap();
    assert_eq!(person(&made, "cio"), "Naoki Morita");
    assert_eq!(person(&made, "cto"), "Katrin Vogelsang");
    let cdo = made
        .executives
        .iter()
        .find(|e| e.short_title == "CDO")
        .expect("created");
    assert_eq!(cdo.person, "Haruka Takahashi");
    // The tray's row names nobody's person.
    assert!(made.executives.iter().all(|e| e.person != "Nobody Here"));
    // Without creating executives, the new owner's person goes with it.
    let kept = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(kept.executives.len(), 2);
    assert_eq!(person(&kept, "cio"), "Naoki Morita");
}

#[test]
fn rows_that_name_several_people_for_a_role_take_the_most_named_and_say_so() {
    let mut text = String::from("Name,Owner,Person\nCard 0,CIO,N. Morita\n");
    for k in 1..=5 {
        text.push_str(&format!("Card {k},C.I.O.,Naoki Morita\n"));
    }
    // A tie: the first named is taken.
    text.push_str("Card 6,CTO,Katrin Vogelsang\nCard 7,CTO,K. Vogelsang\n");
    // A new owner too.
    text.push_str("Card 8,CFO,Sam Lee\nCard 9,cfo,Samuel Lee\nCard 10,CFO,Sam Lee\n");
    let d = design_with(&[("cio", "CIO", ""), ("cto", "CTO", "")]);
    let preview = import::preview(&text, &d);
    assert_eq!(preview.errors, []);
    assert_eq!(
        preview.notes,
        [
            "Rows name 2 people for the CIO: \"Naoki Morita\" (5 rows) and \"N. Morita\" \
             (1 row); \"Naoki Morita\" is taken.",
            "Rows name 2 people for the CTO: \"Katrin Vogelsang\" (1 row) and \
             \"K. Vogelsang\" (1 row); \"Katrin Vogelsang\" is taken.",
            "Rows name 2 people for the CFO: \"Sam Lee\" (2 rows) and \"Samuel Lee\" \
             (1 row); \"Sam Lee\" is taken if the CFO is added to the chart.",
        ]
    );
    let made = import::apply(&d, &preview, &created()).unwrap();
    assert_eq!(person(&made, "cio"), "Naoki Morita");
    assert_eq!(person(&made, "cto"), "Katrin Vogelsang");
    let cfo = made.executives.iter().find(|e| e.short_title == "CFO");
    assert_eq!(cfo.map(|e| e.person.as_str()), Some("Sam Lee"));
}

#[test]
fn an_executive_with_a_person_keeps_it_and_the_preview_says_the_file_names_another() {
    let text = "Name,Owner,Owner name\n\
                ERP,CIO,森田 直樹\n\
                HR systems,CIO,森田 直樹\n\
                Payments,CTO,katrin vogelsang\n";
    let d = design_with(&[
        ("cio", "CIO", "Naoki Morita"),
        ("cto", "CTO", "Katrin Vogelsang"),
    ]);
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    // The same person in another letter case is no news.
    assert_eq!(
        preview.notes,
        [
            "The design has \"Naoki Morita\" in the CIO role, but the file names \"森田 直樹\" \
          (2 rows); \"Naoki Morita\" is kept. Change the person in the inspector if the \
          file is right."
        ]
    );
    let made = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(person(&made, "cio"), "Naoki Morita");
    assert_eq!(person(&made, "cto"), "Katrin Vogelsang");
}

#[test]
fn an_owner_cell_that_names_the_person_in_a_role_is_that_executive() {
    let text = "Name,Owner\nStore systems ME,Layla Al-Husseini\nPOS,naoki morita\n";
    let d = design_with(&[
        ("cio", "CIO", "Naoki Morita"),
        ("region-me", "ME Region", "Layla Al-Husseini"),
    ]);
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    assert!(
        preview.unknown_owners.is_empty(),
        "{:?}",
        preview.unknown_owners
    );
    let made = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    let owners: Vec<&str> = made
        .responsibilities
        .iter()
        .map(|r| r.owner.as_ref().map_or("tray", |o| o.as_str()))
        .collect();
    assert_eq!(owners, ["region-me", "cio"]);
}

#[test]
fn persons_in_other_scripts_are_kept_exactly_and_one_that_cannot_be_kept_is_a_note() {
    let long = "x".repeat(250);
    let text = format!(
        "Name,Owner,Person\n\
         店舗システム,Store Systems,井上 拓也\n\
         Storefront,ME Region,ليلى الحسيني\n\
         Devices,CIO,\"{long}\"\n\
         Network,CIO,\"Naoki\nMorita\"\n\
         Printing,CIO,tbd\n"
    );
    let d = design_with(&[
        ("store-systems", "Store Systems", ""),
        ("region-me", "ME Region", ""),
        ("cio", "CIO", ""),
    ]);
    let preview = import::preview(&text, &d);
    assert_eq!(preview.errors, [], "a person never refuses a row");
    assert_eq!(preview.rows.len(), 5);
    assert_eq!(preview.rows[0].person, "井上 拓也");
    assert_eq!(preview.rows[1].person, "ليلى الحسيني");
    assert!(preview.rows[2..].iter().all(|r| r.person.is_empty()));
    let notes = preview.notes.join("\n");
    assert!(
        notes.contains("2 rows name a person that cannot be kept (lines 4 and 5)")
            && notes.contains("those rows are read without one")
            && notes.contains("250 characters long"),
        "{notes}"
    );
    let made = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(person(&made, "store-systems"), "井上 拓也");
    assert_eq!(person(&made, "region-me"), "ليلى الحسيني");
    assert_eq!(person(&made, "cio"), "", "tbd names nobody");
}

#[test]
fn headings_that_say_extern_are_the_facing() {
    let text = "Verantwortung;Verantwortlich;Headcount;Person;Extern-Anteil\n\
                Kernbanksystem;CIO;62;Karsten Möller;10%\n\
                Mobile Banking;CTO;21;Mira Jansen;90%\n";
    let d = design_with(&[("cio", "CIO", ""), ("cto", "CTO", "")]);
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    assert_eq!(
        read_as(&preview),
        [
            (Some("name"), "Verantwortung"),
            (Some("owner"), "Verantwortlich"),
            (Some("size"), "Headcount"),
            (Some("person"), "Person"),
            (Some("facing"), "Extern-Anteil"),
        ]
    );
    let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
    assert_eq!(shares, [0.1, 0.9]);
    let made = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(person(&made, "cio"), "Karsten Möller");
    for header in [
        "Anteil extern (%)",
        "Ext. share",
        "Externer Anteil in Prozent",
    ] {
        let text = format!("Name,{header}\nA,25%\n");
        let preview = import::preview(&text, &d);
        assert_eq!(preview.rows[0].external_share, 0.25, "{header}");
    }
}

#[test]
fn the_kaito_list_gives_each_role_its_person() {
    let bytes = std::fs::read(fixture("kaito-all-regions.csv")).unwrap();
    let base = remit::file::load(&fixture("kaito-as-is.ron")).unwrap();
    assert!(base.executives.iter().all(|e| e.person.is_empty()));
    let read = |design: &Design| {
        import::read(
            &bytes,
            design,
            &import::Settings::default(),
            &mut import::Progress::none(),
        )
        .unwrap()
    };
    let preview = read(&base);
    let columns = read_as(&preview);
    assert!(
        columns.contains(&(Some("person"), "Owner name")),
        "{columns:?}"
    );
    assert!(
        columns.contains(&(Some("facing"), "Ext. share")),
        "{columns:?}"
    );
    assert_eq!(preview.ignored_columns, ["Region"]);
    assert!(
        !preview.notes.iter().any(|n| n.contains("people for")),
        "every role has one person: {:?}",
        preview.notes
    );
    let made = import::apply(&base, &preview, &ImportOptions::default()).unwrap();
    for (id, who) in [
        ("cio", "森田 直樹"),
        ("cto", "Katrin Vogelsang"),
        ("cdo", "高橋 遥"),
        ("ciso", "Matthias Kühnel"),
        ("store-systems", "井上 拓也"),
        ("it-europe", "Jürgen Oberländer"),
        ("region-me", "ليلى الحسيني"),
        ("sc-systems", "佐々木 美咲"),
    ] {
        assert_eq!(person(&made, id), who, "{id}");
    }
    // Once the design names Layla Al-Husseini in the Middle East role, the
    // row that writes her as the owner is hers, and the file's Arabic
    // spelling of her name does not replace the design's.
    let mut named = base.clone();
    let me = named
        .executives
        .iter_mut()
        .find(|e| e.id.as_str() == "region-me")
        .unwrap();
    me.person = "Layla Al-Husseini".into();
    let preview = read(&named);
    assert!(
        !preview.unknown_titles().contains(&"Layla Al-Husseini"),
        "{:?}",
        preview.unknown_titles()
    );
    assert!(
        preview.notes.contains(
            &"The design has \"Layla Al-Husseini\" in the ME Region role, but the file \
              names \"ليلى الحسيني\" (2 rows); \"Layla Al-Husseini\" is kept. Change the \
              person in the inspector if the file is right."
                .to_owned()
        ),
        "{:?}",
        preview.notes
    );
    let made = import::apply(&named, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(person(&made, "region-me"), "Layla Al-Husseini");
}
