//! Every format version Remit has shipped still loads: one frozen example per
//! version lives in `tests/versions/`, and each must load into the current
//! model, meaning what it meant (version 2 is checked against the design it
//! holds, written out by hand, and version 3 against version 2's design
//! with the advice it adds; version 1 migrates to a chart that says nothing
//! yet). Each is saved as the current version. A format change without a
//! new example fails here.

use std::path::PathBuf;

use remit::file::{self, FORMAT_VERSION, LoadErrorKind, OLDEST_FORMAT_VERSION};
use std::collections::BTreeMap;

use remit::model::{
    Ceo, Decision, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role, rules,
};

fn example(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/versions")
        .join(format!("v{version}.ron"))
}

#[test]
fn every_shipped_version_has_an_example_that_loads() {
    for version in OLDEST_FORMAT_VERSION..=FORMAT_VERSION {
        let path = example(version);
        let design = file::load(&path)
            .unwrap_or_else(|e| panic!("version {version} example does not load: {e}"));
        assert!(!design.responsibilities.is_empty(), "{}", path.display());
        assert_eq!(rules::validate(&design), Ok(()), "{}", path.display());
        // Loaded, it is a current design: saved, it is written in the
        // current version and reads back the same.
        let text = file::to_text(&design)
            .unwrap_or_else(|e| panic!("version {version} example cannot be saved: {e}"));
        assert!(
            text.contains(&format!("format_version: {FORMAT_VERSION},")),
            "{text}"
        );
        assert_eq!(file::parse(&text), Ok(design), "{}", path.display());
    }
}

#[test]
fn version_1_keeps_its_meaning() {
    let design = file::load(&example(1)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design.name, "Traditional split");
    assert_eq!(design.size_unit, "points");
    assert_eq!(design.executives.len(), 2);
    assert_eq!(
        design.executives[1].position,
        Position { x: 348.0, y: 24.0 }
    );
    let item = |id: &str| design.responsibility(&ResponsibilityId(id.into()));
    let owner = |id: &str| item(id).map(|r| r.owner.clone());
    // Written as `owner: Some("cio")`, and left out for the tray.
    assert_eq!(owner("security"), Some(Some(ExecutiveId("cio".into()))));
    assert_eq!(owner("vendor-management"), Some(None));
    let infrastructure = item("infrastructure").map(|r| (r.external_share, r.size));
    assert_eq!(infrastructure, Some((0.15, 5.0)));
    // 0.1 wrote apostrophes as `\'`; they read as apostrophes.
    let strategy = item("product-strategy").map(|r| r.description.as_str());
    assert!(
        strategy.is_some_and(|d| d.starts_with("Where the product's technology")),
        "{strategy:?}"
    );
}

#[test]
fn a_version_after_this_build_is_refused_with_both_numbers() {
    let text = std::fs::read_to_string(example(FORMAT_VERSION)).unwrap_or_default();
    let newer = FORMAT_VERSION + 1;
    let edited = text.replace(
        &format!("format_version: {FORMAT_VERSION}"),
        &format!("format_version: {newer}"),
    );
    let err = file::parse(&edited).err();
    let err = err.unwrap_or_else(|| panic!("version {newer} was accepted"));
    assert_eq!(
        err.kind,
        LoadErrorKind::UnsupportedVersion {
            found: newer.into()
        }
    );
    let message = err.to_string();
    assert!(message.contains(&newer.to_string()), "{message}");
    assert!(message.contains(&FORMAT_VERSION.to_string()), "{message}");
    // `    format_version: 2,` on line 5: the number is at column 21.
    assert_eq!((err.line, err.column), (Some(5), Some(21)), "{message}");
}

#[test]
fn version_1_migrates_to_a_chart_with_nothing_said() {
    let path = example(1);
    let design = file::load(&path).unwrap_or_else(|e| panic!("{e}"));
    // Version 1 had no org chart: nothing of it is made up.
    assert_eq!(design.ceo, None);
    assert_eq!(design.dotted_lines, Vec::<DottedLine>::new());
    for e in &design.executives {
        assert_eq!(e.reports_to, ReportsTo::NotSet, "{}", e.id);
        assert_eq!(e.orientation, Orientation::NotSet, "{}", e.id);
    }
    for r in &design.responsibilities {
        assert!(r.roles.is_empty(), "{} has roles", r.id);
    }
    // Saved, it is a current-version file that reads back the same.
    let dir = tempfile::tempdir().expect("tempdir");
    let saved = dir.path().join("migrated.ron");
    file::save(&design, &saved).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&saved).expect("read");
    assert!(
        text.contains(&format!("\n    format_version: {FORMAT_VERSION},\n")),
        "{text}"
    );
    assert!(!text.contains("format_version: 1"), "{text}");
    // Nothing of the chart is written for a design that says nothing of it.
    for absent in [
        "ceo:",
        "reports_to:",
        "orientation:",
        "dotted_lines:",
        "roles:",
    ] {
        assert!(!text.contains(absent), "{absent} in\n{text}");
    }
    assert_eq!(file::load(&saved), Ok(design));
    // The frozen file itself is untouched.
    let frozen = std::fs::read_to_string(&path).expect("read");
    assert!(frozen.contains("format_version: 1,"));
}

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.to_owned())
}

fn executive(
    id: &str,
    short: &str,
    full: &str,
    colour: &str,
    (x, y): (f32, f32),
    reports_to: ReportsTo,
    orientation: Orientation,
) -> Executive {
    Executive {
        id: eid(id),
        short_title: short.to_owned(),
        full_title: full.to_owned(),
        colour: Rgb::from_hex(colour).expect("a colour"),
        position: Position { x, y },
        reports_to,
        orientation,
        ..Default::default()
    }
}

struct Card<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    share: f64,
    size: f64,
    owner: Option<&'a str>,
    roles: &'a [(&'a str, Role)],
    notes: &'a str,
}

fn card(c: &Card<'_>) -> Responsibility {
    Responsibility {
        id: ResponsibilityId(c.id.to_owned()),
        name: c.name.to_owned(),
        description: c.description.to_owned(),
        external_share: c.share,
        size: c.size,
        owner: c.owner.map(eid),
        roles: c
            .roles
            .iter()
            .map(|(e, r)| (eid(e), *r))
            .collect::<BTreeMap<_, _>>(),
        notes: c.notes.to_owned(),
        deliberate: false,
        kind: remit::model::WorkKind::infer(c.id, c.name),
    }
}

/// What `tests/versions/v2.ron` says, written out by hand.
fn expected_v2() -> Design {
    use Orientation::{External, Internal, Mixed, NotSet};
    use Role::{Consulted, Informed, Responsible};
    let executives = vec![
        executive(
            "cio",
            "CIO",
            "Chief Information Officer",
            "#0072b2",
            (24.0, 144.0),
            ReportsTo::Ceo,
            Internal,
        ),
        executive(
            "cto",
            "CTO",
            "Chief Technology Officer",
            "#e69f00",
            (356.0, 144.0),
            ReportsTo::Ceo,
            External,
        ),
        executive(
            "ciso",
            "CISO",
            "Chief Information Security Officer",
            "#009e73",
            (24.0, 264.0),
            ReportsTo::Executive(eid("cio")),
            Mixed,
        ),
        executive(
            "cpo",
            "CPO",
            "Chief Product Officer",
            "#cc79a7",
            (688.0, 144.0),
            ReportsTo::Outside("COO".to_owned()),
            NotSet,
        ),
        executive(
            "cdo",
            "CDO",
            "Chief Data Officer",
            "#56b4e9",
            (688.0, 264.0),
            ReportsTo::NotSet,
            NotSet,
        ),
    ];
    let cards = [
        Card {
            id: "infrastructure",
            name: "Infrastructure",
            description: "Data centres, networks, cloud accounts, patching and monitoring.",
            share: 0.15,
            size: 40.0,
            owner: Some("cio"),
            roles: &[("cto", Consulted)],
            notes: "",
        },
        Card {
            id: "security",
            name: "Information security",
            description: "Protects systems and data, for products and for internal IT.",
            share: 0.4,
            size: 12.0,
            owner: Some("ciso"),
            roles: &[("cio", Responsible), ("cto", Informed)],
            notes: "The CISO reports to the CIO,\nwith a dotted line to the CTO for product security.",
        },
        Card {
            id: "product-development",
            name: "Product development",
            description: "",
            share: 0.9,
            size: 60.5,
            owner: Some("cto"),
            roles: &[("cpo", Informed)],
            notes: "",
        },
        Card {
            id: "roadmap",
            name: "Product roadmap",
            description: "What the product does next, and why.",
            share: 0.95,
            size: 8.0,
            owner: Some("cpo"),
            roles: &[("cto", Consulted)],
            notes: "",
        },
        Card {
            id: "data-analytics",
            name: "Data management & analytics",
            description: "",
            share: 0.35,
            size: 10.0,
            owner: Some("cdo"),
            roles: &[("cio", Consulted), ("cto", Responsible)],
            notes: "",
        },
        Card {
            id: "vendor-management",
            name: "Vendor management",
            description: "Chooses and manages technology suppliers.",
            share: 0.5,
            size: 4.0,
            owner: None,
            roles: &[("cio", Consulted)],
            notes: "Practitioners disagree: some place it with the CIO, others with the CTO.",
        },
    ];
    Design {
        name: "Platform company 2027".to_owned(),
        size_unit: "headcount".to_owned(),
        ceo: Some(Ceo {
            title: "Chief Executive".to_owned(),
            name: "Ada Lovelace".to_owned(),
            position: Position { x: 356.0, y: 24.0 },
        }),
        executives,
        responsibilities: cards.iter().map(card).map(Into::into).collect(),
        dotted_lines: vec![
            DottedLine {
                from: eid("ciso"),
                to: eid("cto"),
            },
            DottedLine {
                from: eid("cdo"),
                to: eid("cio"),
            },
        ],
        decisions: Vec::new(),
        company: Default::default(),
    }
}

#[test]
fn version_2_keeps_its_meaning() {
    let design = file::load(&example(2)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design, expected_v2());
    // Every kind of line, orientation and role is in the example, so a
    // change to how any of them reads fails here.
    let kinds: Vec<&ReportsTo> = design.executives.iter().map(|e| &e.reports_to).collect();
    assert!(kinds.contains(&&ReportsTo::NotSet));
    assert!(kinds.contains(&&ReportsTo::Ceo));
    assert!(kinds.iter().any(|k| matches!(k, ReportsTo::Executive(_))));
    assert!(kinds.iter().any(|k| matches!(k, ReportsTo::Outside(_))));
    for orientation in Orientation::ALL {
        assert!(
            design
                .executives
                .iter()
                .any(|e| e.orientation == orientation),
            "{orientation:?}"
        );
    }
    for role in Role::ALL {
        assert!(
            design
                .responsibilities
                .iter()
                .any(|r| r.roles.values().any(|&x| x == role)),
            "{role:?}"
        );
    }
}

/// What `tests/versions/v3.ron` says: version 2's design, plus what
/// version 3 added (a card marked deliberate, notes on an executive, and
/// a decision log with moves to and from the tray, with and without a
/// reason).
fn expected_v3() -> Design {
    let mut design = expected_v2();
    design.executives[2].notes =
        "Reports to the CIO while the\nsecurity programme is rebuilt.".into();
    design.responsibilities[5].deliberate = true;
    let when = |text: &str| remit::model::When::parse(text).expect("a time");
    design.decisions = vec![
        Decision {
            responsibility: ResponsibilityId("security".into()),
            name: "Information security".into(),
            from: Some(eid("cio")),
            to: Some(eid("ciso")),
            reason: "One owner for security, \"end to end\".".into(),
            when: when("2026-11-20T09:15:00Z"),
        },
        Decision {
            responsibility: ResponsibilityId("vendor-management".into()),
            name: "Vendor management".into(),
            from: Some(eid("cto")),
            to: None,
            reason: String::new(),
            when: when("2026-11-20T09:40:30Z"),
        },
        Decision {
            responsibility: ResponsibilityId("retired".into()),
            name: "Mainframe".into(),
            from: None,
            to: Some(eid("gone")),
            reason: "Kept in the log after the card and its owner went.".into(),
            when: when("2026-11-21T16:05:59Z"),
        },
    ];
    design
}

#[test]
fn version_3_keeps_its_meaning() {
    let design = file::load(&example(3)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design, expected_v3());
}

/// What `tests/versions/v4.ron` says: version 3's design, with the person
/// in three of the five roles (one name outside Latin script).
fn expected_v4() -> Design {
    let mut design = expected_v3();
    design.executives[0].person = "Grace Hopper".into();
    design.executives[1].person = "Ayşe Demirtaş".into();
    design.executives[4].person = "山田 花子".into();
    design
}

#[test]
fn version_4_keeps_its_meaning() {
    let design = file::load(&example(4)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design, expected_v4());
}

#[test]
fn a_person_is_written_after_the_titles_and_only_when_said() {
    let design = expected_v4();
    let text = file::to_text(&design).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains(
            "full_title: \"Chief Information Officer\", person: \"Grace Hopper\", colour:"
        ),
        "{text}"
    );
    // The CISO has no person: the field is left out, not written empty.
    let ciso = text
        .lines()
        .find(|l| l.contains("id: \"ciso\""))
        .unwrap_or_default();
    assert!(!ciso.contains("person"), "{ciso}");
    assert_eq!(file::parse(&text), Ok(design));
}

#[test]
fn a_version_3_file_that_names_a_person_is_refused_with_its_line() {
    // Version 3 had no person: a file that says version 3 and has one is
    // not silently read as version 4.
    let text = std::fs::read_to_string(example(4))
        .expect("read")
        .replace("format_version: 4,", "format_version: 3,");
    let err = file::parse(&text).expect_err("person is not a version 3 field");
    assert_eq!(err.line, Some(10), "{err}");
}

#[test]
fn version_2_notes_that_said_deliberate_come_in_marked() {
    let text = std::fs::read_to_string(example(2)).expect("read");
    let marked = text.replace(
        "notes: \"Practitioners disagree",
        "notes: \"  deliberate: the board asked.\\nPractitioners disagree",
    );
    assert_ne!(marked, text);
    let design = file::parse(&marked).unwrap_or_else(|e| panic!("{e}"));
    let vendor = &design.responsibilities[5];
    assert!(vendor.deliberate);
    assert!(vendor.notes.starts_with("  deliberate: the board asked.\n"));
    // Nothing else is marked, and nothing is logged.
    assert_eq!(
        design
            .responsibilities
            .iter()
            .filter(|r| r.deliberate)
            .count(),
        1
    );
    assert!(design.decisions.is_empty());
}

#[test]
fn a_decision_whose_time_is_not_a_time_is_refused_with_its_line() {
    let text = std::fs::read_to_string(example(3)).expect("read");
    let bad = text.replace("2026-11-20T09:40:30Z", "last Tuesday");
    let err = file::parse(&bad).expect_err("refused");
    let line = bad
        .lines()
        .position(|l| l.contains("last Tuesday"))
        .map(|i| i + 1);
    assert_eq!(err.line, line);
    let message = err.to_string();
    assert!(message.contains("the 2nd decision's time"), "{message}");
    assert!(message.contains("last Tuesday"), "{message}");
    assert!(message.contains("2026-11-23T19:45:12Z"), "{message}");
}

/// Issue 18, item 13: the last second a file can write was refused as
/// "not a time" (it lies beyond the range of an instant in `jiff`).
#[test]
fn the_last_second_of_year_9999_is_a_time_and_is_written_back_as_it_was() {
    let mut design = remit::templates::default_design();
    design.decisions.push(remit::model::Decision {
        responsibility: remit::model::ResponsibilityId("security".into()),
        name: "Information security".into(),
        from: None,
        to: None,
        reason: String::new(),
        when: remit::model::When::parse("2026-11-20T09:15:00Z").expect("a time"),
    });
    let text = remit::file::to_text(&design)
        .expect("text")
        .replace("2026-11-20T09:15:00Z", "9999-12-31T23:59:59Z");
    let read = remit::file::parse(&text).expect("the last second is a time");
    assert_eq!(read.decisions[0].when.to_string(), "9999-12-31T23:59:59Z");
    assert_eq!(remit::file::to_text(&read).expect("text"), text);
}

#[test]
fn version_5_keeps_each_card_s_kind_and_the_company() {
    use remit::model::company::{Goal, Sector, SizeBand};
    use remit::model::{Company, WorkKind};
    let design = file::load(&example(5)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        design.company,
        Company {
            people: Some(1450),
            band: SizeBand::NotSaid,
            sector: Sector::Software,
            goal: Goal::Both,
        }
    );
    let kind = |id: &str| {
        design
            .responsibility(&ResponsibilityId(id.into()))
            .map(|r| r.kind)
    };
    // Said in the file, even where the name would tell another kind…
    assert_eq!(kind("roadmap"), Some(WorkKind::Management));
    assert_eq!(kind("security"), Some(WorkKind::Security));
    // …and, left out, taken from the catalog entry.
    assert_eq!(kind("vendor-management"), Some(WorkKind::Management));
}

#[test]
fn older_versions_take_each_card_s_kind_from_its_catalog_entry_or_name() {
    use remit::model::WorkKind;
    let design = file::load(&example(4)).unwrap_or_else(|e| panic!("{e}"));
    let kind = |id: &str| {
        design
            .responsibility(&ResponsibilityId(id.into()))
            .map(|r| r.kind)
    };
    assert_eq!(kind("security"), Some(WorkKind::Security));
    assert_eq!(kind("infrastructure"), Some(WorkKind::Infrastructure));
    assert_eq!(kind("roadmap"), Some(WorkKind::Product));
    assert!(design.company.is_unsaid());
}

#[test]
fn version_6_keeps_every_option_its_name_and_its_own_organisation() {
    use remit::model::Shared;
    let options = file::load_options(&example(6)).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["As is", "Option A — security on its own", "Blank sheet"]
    );
    let owner = |option: usize, id: &str| {
        options
            .design(option)
            .responsibility(&ResponsibilityId(id.into()))
            .and_then(|r| r.owner.clone())
    };
    assert_eq!(owner(0, "data-analytics"), Some(eid("cdo")));
    assert_eq!(owner(1, "data-analytics"), Some(eid("cto")));
    assert_eq!(owner(1, "vendor-management"), Some(eid("cio")));
    // What the design says of itself is every option's.
    for option in options.iter() {
        assert_eq!(option.design.name, "Platform company 2027");
        assert_eq!(option.design.size_unit, "headcount");
        assert_eq!(option.design.company.people, Some(1450));
    }
    // Each option keeps its own log.
    assert_eq!(options.design(1).decisions.len(), 2);
    assert!(
        options.design(1).decisions[0]
            .reason
            .starts_with("No Chief")
    );
    // An option with only a name is an empty organisation.
    assert!(options.design(2).executives.is_empty());
    assert!(options.design(2).responsibilities.is_empty());
    // A card alike in two options is held once.
    let infrastructure = |option: usize| {
        options
            .design(option)
            .responsibilities
            .iter()
            .find(|r| r.id.as_str() == "infrastructure")
            .cloned()
    };
    assert!(matches!(
        (infrastructure(0), infrastructure(1)),
        (Some(a), Some(b)) if Shared::same(&a, &b)
    ));
    // Saved, every option reads back the same.
    let text = file::options_to_text(&options, "").expect("written");
    assert_eq!(file::parse_options(&text), Ok(options));
}

#[test]
fn older_versions_open_as_one_option_called_as_is() {
    for version in OLDEST_FORMAT_VERSION..FORMAT_VERSION {
        let options = file::load_options(&example(version)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(options.len(), 1, "version {version}");
        assert_eq!(options.name(0), "As is");
        assert_eq!(
            Ok(options.first().clone()),
            file::load(&example(version)),
            "version {version}"
        );
    }
}
