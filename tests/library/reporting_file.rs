//! The org chart in the file format (version 2): every broken rule of the
//! reporting structure (loops, managers not on the chart or the executive
//! itself, an empty outside role), of dotted lines (unknown ends, to
//! itself, twice) and of roles on cards (for the owner, twice for one
//! executive, for someone not on the chart) is refused with the item, the
//! field and what is wrong in plain words, at the line and column where
//! that field is written; an unknown kind of manager is a parser error with
//! its place; and the writer puts the CEO box, each dotted line and each
//! card with its roles on one line, in a fixed order, so the text round
//! trips and two saves are the same bytes.
//!
//! Bad files are built by textual edits of what Remit writes for a design
//! with every part of the chart, so these tests follow the real format.

use std::path::{Path, PathBuf};

use remit::file::{self, LoadError, LoadErrorKind, load, parse, save, to_text};
use remit::model::{
    Ceo, Design, DottedLine, Edit, Executive, ExecutiveId, Orientation, Position, Problem,
    ReportsTo, ResponsibilityId, Rgb, Role, Subject,
};
use remit::templates::default_design;

// ---------------------------------------------------------------- helpers

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.to_owned())
}

fn rid(id: &str) -> ResponsibilityId {
    ResponsibilityId(id.to_owned())
}

/// The default design with every part of the chart: a CEO box with a
/// name, executives reporting to the CEO, to another executive and to a
/// role not on the chart, every orientation, a dotted line, and roles of
/// every kind on cards.
fn chart() -> Design {
    let mut d = default_design();
    d.ceo = Some(Ceo {
        title: "CEO".into(),
        name: "Ada Lovelace".into(),
        position: Position { x: 220.0, y: 24.0 },
    });
    d.executives.push(Executive {
        id: eid("ciso"),
        short_title: "CISO".into(),
        full_title: "Chief Information Security Officer".into(),
        colour: Rgb(0x00, 0x9e, 0x73),
        position: Position { x: 24.0, y: 264.0 },
        reports_to: ReportsTo::Executive(eid("cio")),
        orientation: Orientation::Mixed,
        ..Default::default()
    });
    d.executives.push(Executive {
        id: eid("cpo"),
        short_title: "CPO".into(),
        full_title: "Chief Product Officer".into(),
        colour: Rgb(0xcc, 0x79, 0xa7),
        position: Position { x: 688.0, y: 144.0 },
        reports_to: ReportsTo::Outside("COO".into()),
        orientation: Orientation::NotSet,
        ..Default::default()
    });
    d.dotted_lines.push(DottedLine {
        from: eid("ciso"),
        to: eid("cto"),
    });
    let security = d.responsibility_mut(&rid("security")).expect("security");
    security.roles.clear();
    security.roles.insert(eid("cto"), Role::Responsible);
    security.roles.insert(eid("ciso"), Role::Consulted);
    security.roles.insert(eid("cpo"), Role::Informed);
    d
}

fn chart_text() -> String {
    to_text(&chart()).expect("the chart is written")
}

/// `text` with the first `from` replaced by `to`; panics if `from` is not
/// there (the format changed and the test must follow).
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the saved text");
    text.replacen(from, to, 1)
}

/// `text` with the first `from` after the declaration of item `id` replaced
/// by `to`.
fn edited_in(text: &str, id: &str, from: &str, to: &str) -> String {
    let start = text
        .find(&format!("(id: \"{id}\""))
        .unwrap_or_else(|| panic!("no item with id {id:?} in the text"));
    let at = start
        + text[start..]
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not found after item {id:?}"));
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

/// The 1-based line and column (in characters, as Remit reports them) of a
/// byte offset.
fn place_at(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where `field` is written on the line that starts at byte `start`.
fn field_on_line(text: &str, start: usize, field: &str) -> (usize, usize) {
    let end = start + text[start..].find('\n').expect("a line end");
    let at = text[start..end]
        .find(&format!("{field}: "))
        .unwrap_or_else(|| panic!("{field} is not on the line {:?}", &text[start..end]));
    place_at(text, start + at)
}

/// Where `field` is written in the first item declared with id `id`, in
/// the writer's layout (one item per line).
fn field_place(text: &str, id: &str, field: &str) -> (usize, usize) {
    let start = text
        .find(&format!("(id: \"{id}\""))
        .unwrap_or_else(|| panic!("no item with id {id:?}"));
    // `id: ` itself, or a later field (", name: " and not "id: " in it).
    if field == "id" {
        return place_at(text, start + 1);
    }
    let line_end = start + text[start..].find('\n').expect("a line end");
    let at = text[start..line_end]
        .find(&format!(", {field}: "))
        .unwrap_or_else(|| panic!("{field} is not on the line of {id:?}"));
    place_at(text, start + at + 2)
}

/// Where `field` is written in the `n`th (0-based) dotted line.
fn dotted_place(text: &str, n: usize, field: &str) -> (usize, usize) {
    let list = text
        .find("    dotted_lines: [\n")
        .expect("a list of dotted lines");
    let (start, _) = text[list..]
        .match_indices("        (from: ")
        .nth(n)
        .unwrap_or_else(|| panic!("fewer than {} dotted lines", n + 1));
    field_on_line(text, list + start, field)
}

/// What `text` holds at 1-based `line` and `column` (in characters).
fn text_at(text: &str, (line, column): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .map(|l| l.chars().skip(column - 1).collect())
        .unwrap_or_default()
}

/// The 1-based line of the first line containing `needle`.
fn line_with(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

/// Writes `bytes` to a fresh file, loads it, and returns the error
/// (panicking if it loaded). Checks what every load error must do: name the
/// file, and the line and column too when they are known.
fn load_bad(bytes: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf, LoadError) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad chart.ron");
    std::fs::write(&path, bytes).expect("write");
    let err = match load(&path) {
        Ok(design) => panic!("a bad file loaded: {design:?}"),
        Err(err) => err,
    };
    check_names_file(&err, &path);
    (dir, path, err)
}

fn check_names_file(err: &LoadError, path: &Path) {
    assert_eq!(err.path.as_deref(), Some(path));
    let message = err.to_string();
    let shown = path.display().to_string();
    assert!(
        message.contains(&shown),
        "{message:?} does not name {shown}"
    );
    match (err.line, err.column) {
        (Some(line), Some(column)) => assert!(
            message.contains(&format!("{shown}:{line}:{column}: ")),
            "{message:?} does not give line {line}, column {column}"
        ),
        (Some(line), None) => assert!(
            message.contains(&format!("{shown}:{line}: ")),
            "{message:?} does not give line {line}"
        ),
        (None, column) => assert_eq!(column, None, "a column without a line"),
    }
}

fn place_of(err: &LoadError) -> Option<(usize, usize)> {
    Some((err.line?, err.column?))
}

fn executive(index: usize, id: &str) -> Subject {
    Subject::Executive {
        index,
        id: id.into(),
    }
}

fn responsibility(id: &str) -> Subject {
    let index = chart()
        .responsibilities
        .iter()
        .position(|r| r.id.as_str() == id)
        .unwrap_or_else(|| panic!("no {id} in the chart"));
    Subject::Responsibility {
        index,
        id: id.into(),
    }
}

/// Where executive `id` is in the chart's list.
fn exec_index(id: &str) -> usize {
    chart()
        .executives
        .iter()
        .position(|e| e.id.as_str() == id)
        .unwrap_or_else(|| panic!("no {id} in the chart"))
}

/// One broken rule: what it is, the bad file, the item, the field, the
/// problem, where the field is written, and words the message must say.
struct Case {
    what: &'static str,
    bad: String,
    subject: Subject,
    field: &'static str,
    problem: Problem,
    place: (usize, usize),
    says: &'static [&'static str],
}

fn check(case: &Case) {
    let Case {
        what,
        bad,
        subject,
        field,
        problem,
        place,
        says,
    } = case;
    assert!(
        text_at(bad, *place).starts_with(&format!("{field}: ")),
        "{what}: the test's own place is wrong: {:?}",
        text_at(bad, *place)
    );
    let (_dir, _, err) = load_bad(bad);
    match &err.kind {
        LoadErrorKind::Rule(rule) => {
            assert_eq!(
                (&rule.subject, rule.field, &rule.problem),
                (subject, *field, problem),
                "{what}: {err}"
            );
            assert!(err.to_string().contains(&rule.to_string()), "{what}: {err}");
        }
        other => panic!("{what}: expected a broken rule about {field}, got {other:?} ({err})"),
    }
    assert_eq!(place_of(&err), Some(*place), "{what}: {err}");
    let message = err.to_string();
    for words in *says {
        assert!(
            message.contains(words),
            "{what}: {message:?} does not say {words:?}"
        );
    }
}

// ---------------------------------------------------------------- reporting

#[test]
fn the_chart_round_trips_and_holds_every_kind_of_line() {
    let design = chart();
    let text = chart_text();
    assert_eq!(parse(&text), Ok(design));
    for needle in [
        "ceo: (title: \"CEO\", name: \"Ada Lovelace\"",
        "reports_to: Ceo",
        "reports_to: Executive(\"cio\")",
        "reports_to: Outside(\"COO\")",
        "orientation: Internal",
        "orientation: External",
        "orientation: Mixed",
        "(from: \"ciso\", to: \"cto\")",
        "Responsible(\"cto\")",
        "Consulted(\"ciso\")",
        "Informed(\"cpo\")",
    ] {
        assert!(text.contains(needle), "{needle} is not in\n{text}");
    }
}

#[test]
fn a_reporting_loop_is_refused_at_the_first_executive_on_it_and_named() {
    let text = chart_text();
    let two = edited_in(
        &edited_in(
            &text,
            "cio",
            "reports_to: Ceo",
            "reports_to: Executive(\"cto\")",
        ),
        "cto",
        "reports_to: Ceo",
        "reports_to: Executive(\"cio\")",
    );
    let three = edited_in(
        &edited_in(
            &text,
            "cio",
            "reports_to: Ceo",
            "reports_to: Executive(\"cto\")",
        ),
        "cto",
        "reports_to: Ceo",
        "reports_to: Executive(\"ciso\")",
    );
    // The loop does not start at the top of the file: the CEO's reports
    // and the CPO come first, and the loop is still named from the first
    // executive on it.
    let below = edited_in(
        &text,
        "cio",
        "reports_to: Ceo",
        "reports_to: Executive(\"ciso\")",
    );
    let titles = |t: &[&str]| Problem::ReportingLoop(t.iter().map(|s| (*s).to_owned()).collect());
    let cases = [
        Case {
            what: "the CIO and the CTO report to each other",
            place: field_place(&two, "cio", "reports_to"),
            bad: two,
            subject: executive(0, "cio"),
            field: "reports_to",
            problem: titles(&["CIO", "CTO", "CIO"]),
            says: &["loop: CIO reports to CTO, which reports to CIO;"],
        },
        Case {
            what: "the CIO, the CTO and the CISO in a loop",
            place: field_place(&three, "cio", "reports_to"),
            bad: three,
            subject: executive(0, "cio"),
            field: "reports_to",
            problem: titles(&["CIO", "CTO", "CISO", "CIO"]),
            says: &["loop: CIO reports to CTO, which reports to CISO, which reports to CIO;"],
        },
        Case {
            what: "the CIO reports to its own report",
            place: field_place(&below, "cio", "reports_to"),
            bad: below,
            subject: executive(0, "cio"),
            field: "reports_to",
            problem: titles(&["CIO", "CISO", "CIO"]),
            says: &["loop: CIO reports to CISO, which reports to CIO;"],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn a_manager_must_be_on_the_chart_and_not_the_executive_itself() {
    let text = chart_text();
    let ciso = exec_index("ciso");
    let cpo = exec_index("cpo");
    let unknown = edited_in(
        &text,
        "ciso",
        "reports_to: Executive(\"cio\")",
        "reports_to: Executive(\"coo\")",
    );
    let wrong_case = edited_in(
        &text,
        "ciso",
        "reports_to: Executive(\"cio\")",
        "reports_to: Executive(\"CIO\")",
    );
    let itself = edited_in(
        &text,
        "ciso",
        "reports_to: Executive(\"cio\")",
        "reports_to: Executive(\"ciso\")",
    );
    let empty = edited_in(
        &text,
        "cpo",
        "reports_to: Outside(\"COO\")",
        "reports_to: Outside(\"\")",
    );
    let blank = edited_in(
        &text,
        "cpo",
        "reports_to: Outside(\"COO\")",
        "reports_to: Outside(\" \\t \")",
    );
    let cases = [
        Case {
            what: "a manager not on the chart",
            place: field_place(&unknown, "ciso", "reports_to"),
            bad: unknown,
            subject: executive(ciso, "ciso"),
            field: "reports_to",
            problem: Problem::UnknownExecutive("coo".into()),
            says: &["\"coo\"", "not one of the executives", "manager"],
        },
        Case {
            what: "a manager in the wrong case",
            place: field_place(&wrong_case, "ciso", "reports_to"),
            bad: wrong_case,
            subject: executive(ciso, "ciso"),
            field: "reports_to",
            problem: Problem::UnknownExecutive("CIO".into()),
            says: &["\"CIO\"", "not one of the executives"],
        },
        Case {
            what: "reporting to itself",
            place: field_place(&itself, "ciso", "reports_to"),
            bad: itself,
            subject: executive(ciso, "ciso"),
            field: "reports_to",
            problem: Problem::ToItself,
            says: &["executive \"ciso\"", "manager is the executive itself"],
        },
        Case {
            what: "an empty outside role",
            place: field_place(&empty, "cpo", "reports_to"),
            bad: empty,
            subject: executive(cpo, "cpo"),
            field: "reports_to",
            problem: Problem::Empty,
            says: &["executive \"cpo\"", "manager is empty"],
        },
        Case {
            what: "an outside role of only spaces",
            place: field_place(&blank, "cpo", "reports_to"),
            bad: blank,
            subject: executive(cpo, "cpo"),
            field: "reports_to",
            problem: Problem::Empty,
            says: &["manager is empty"],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn an_unknown_kind_of_manager_is_a_parser_error_with_its_place() {
    let text = chart_text();
    let parser_error = |bad: &str, needle: &str| {
        let (_dir, _, err) = load_bad(bad);
        assert!(
            !matches!(
                err.kind,
                LoadErrorKind::Rule(_) | LoadErrorKind::Io(_) | LoadErrorKind::Truncated
            ),
            "{needle}: {:?} ({err})",
            err.kind
        );
        assert_eq!(err.line, Some(line_with(bad, needle)), "{err}");
        assert!(err.column.is_some(), "{err}");
        err
    };
    // A kind that does not exist: named, with the kinds there are.
    let bad = edited_in(&text, "cto", "reports_to: Ceo", "reports_to: Board");
    let err = parser_error(&bad, "reports_to: Board");
    assert!(
        text_at(&bad, place_of(&err).expect("a place")).starts_with("Board"),
        "{err}"
    );
    let message = err.to_string();
    assert!(message.contains("`Board`"), "{message}");
    assert!(message.contains("Ceo, Executive, Outside"), "{message}");
    // A kind without the executive it names.
    let bad = edited_in(&text, "cto", "reports_to: Ceo", "reports_to: Executive");
    parser_error(&bad, "reports_to: Executive,");
    // An id where a kind belongs.
    let bad = edited_in(&text, "cto", "reports_to: Ceo", "reports_to: \"cio\"");
    parser_error(&bad, "reports_to: \"cio\"");
    // An orientation that does not exist.
    let bad = edited_in(&text, "cio", "orientation: Internal", "orientation: Inward");
    let err = parser_error(&bad, "orientation: Inward");
    assert!(err.to_string().contains("`Inward`"), "{err}");
}

// ---------------------------------------------------------------- dotted lines

#[test]
fn a_dotted_line_must_join_two_executives_on_the_chart_once() {
    let text = chart_text();
    let line = "        (from: \"ciso\", to: \"cto\"),\n";
    let unknown_to = edited(&text, "to: \"cto\")", "to: \"cfo\")");
    let unknown_from = edited(&text, "(from: \"ciso\"", "(from: \"cfo\"");
    let itself = edited(&text, "to: \"cto\")", "to: \"ciso\")");
    let twice = edited(&text, line, &format!("{line}{line}"));
    let cases = [
        Case {
            what: "a dotted line to an executive not on the chart",
            place: dotted_place(&unknown_to, 0, "to"),
            bad: unknown_to,
            subject: Subject::DottedLine { index: 0 },
            field: "to",
            problem: Problem::UnknownExecutive("cfo".into()),
            says: &["1st dotted line", "\"cfo\"", "not one of the executives"],
        },
        Case {
            what: "a dotted line from an executive not on the chart",
            place: dotted_place(&unknown_from, 0, "from"),
            bad: unknown_from,
            subject: Subject::DottedLine { index: 0 },
            field: "from",
            problem: Problem::UnknownExecutive("cfo".into()),
            says: &["1st dotted line", "\"cfo\"", "not one of the executives"],
        },
        Case {
            what: "a dotted line to itself",
            place: dotted_place(&itself, 0, "to"),
            bad: itself,
            subject: Subject::DottedLine { index: 0 },
            field: "to",
            problem: Problem::ToItself,
            says: &["1st dotted line", "the executive itself"],
        },
        Case {
            what: "the same dotted line twice",
            place: dotted_place(&twice, 1, "to"),
            bad: twice,
            subject: Subject::DottedLine { index: 1 },
            field: "to",
            problem: Problem::DuplicateLine { first_index: 0 },
            says: &["2nd dotted line repeats the 1st", "listed once"],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn dotted_lines_both_ways_between_two_executives_are_two_lines() {
    let text = chart_text();
    let line = "        (from: \"ciso\", to: \"cto\"),\n";
    let both = edited(
        &text,
        line,
        &format!("{line}        (from: \"cto\", to: \"ciso\"),\n"),
    );
    let design = parse(&both).expect("loads");
    assert_eq!(design.dotted_lines.len(), 2);
}

// ---------------------------------------------------------------- roles

#[test]
fn roles_are_for_executives_on_the_chart_other_than_the_owner_once_each() {
    let text = chart_text();
    let security = || responsibility("security");
    let roles = "roles: [Consulted(\"ciso\"), Informed(\"cpo\"), Responsible(\"cto\")]";
    assert!(text.contains(roles), "{text}");
    let owner = edited(
        &text,
        roles,
        "roles: [Consulted(\"ciso\"), Informed(\"cpo\"), Responsible(\"cio\")]",
    );
    let twice = edited(
        &text,
        roles,
        "roles: [Consulted(\"ciso\"), Informed(\"cto\"), Responsible(\"cto\")]",
    );
    let twice_same = edited(
        &text,
        roles,
        "roles: [Consulted(\"ciso\"), Consulted(\"ciso\")]",
    );
    let unknown = edited(
        &text,
        roles,
        "roles: [Consulted(\"ciso\"), Responsible(\"cfo\")]",
    );
    let cases = [
        Case {
            what: "a role for the owner",
            place: field_place(&owner, "security", "roles"),
            bad: owner,
            subject: security(),
            field: "roles",
            problem: Problem::RoleForOwner("cio".into()),
            says: &[
                "responsibility \"security\"",
                "\"cio\" owns it",
                "accountable",
            ],
        },
        Case {
            what: "two roles for one executive",
            place: field_place(&twice, "security", "roles"),
            bad: twice,
            subject: security(),
            field: "roles",
            problem: Problem::DuplicateRole("cto".into()),
            says: &["\"cto\" more than one role", "one role on a card"],
        },
        Case {
            what: "the same role twice for one executive",
            place: field_place(&twice_same, "security", "roles"),
            bad: twice_same,
            subject: security(),
            field: "roles",
            problem: Problem::DuplicateRole("ciso".into()),
            says: &["\"ciso\" more than one role"],
        },
        Case {
            what: "a role for an executive not on the chart",
            place: field_place(&unknown, "security", "roles"),
            bad: unknown,
            subject: security(),
            field: "roles",
            problem: Problem::UnknownExecutive("cfo".into()),
            says: &["\"cfo\"", "not one of the executives"],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn an_unknown_role_is_a_parser_error_with_its_place() {
    let text = chart_text();
    let bad = edited(&text, "Informed(\"cpo\")", "Accountable(\"cpo\")");
    let (_dir, _, err) = load_bad(&bad);
    assert!(
        !matches!(err.kind, LoadErrorKind::Rule(_) | LoadErrorKind::Io(_)),
        "{:?} ({err})",
        err.kind
    );
    assert_eq!(err.line, Some(line_with(&bad, "Accountable")), "{err}");
    assert!(err.column.is_some(), "{err}");
    assert!(err.to_string().contains("Accountable"), "{err}");
}

// ---------------------------------------------------------------- the writer

#[test]
fn the_writer_puts_the_ceo_each_dotted_line_and_each_card_with_its_roles_on_one_line() {
    let mut design = chart();
    design.dotted_lines.push(DottedLine {
        from: eid("cpo"),
        to: eid("cto"),
    });
    let text = to_text(&design).expect("text");
    let lines: Vec<&str> = text.lines().collect();
    // 11 lines of frame with the CEO box, and the dotted lines after two
    // lines of brackets of their own.
    assert_eq!(
        lines.len(),
        11 + design.executives.len()
            + 2
            + design.dotted_lines.len()
            + design.responsibilities.len(),
        "{text}"
    );
    assert_eq!(
        lines[5],
        "    ceo: (title: \"CEO\", name: \"Ada Lovelace\", position: (x: 220, y: 24)),"
    );
    // After the executives' list closes (0-based line 7 + their number).
    let list = 8 + design.executives.len();
    assert_eq!(lines[list - 1], "    ],");
    assert_eq!(lines[list], "    dotted_lines: [");
    assert_eq!(lines[list + 1], "        (from: \"ciso\", to: \"cto\"),");
    assert_eq!(lines[list + 2], "        (from: \"cpo\", to: \"cto\"),");
    assert_eq!(lines[list + 3], "    ],");
    assert_eq!(lines[list + 4], "    responsibilities: [");
    // Each executive's manager and orientation on its own line, left out
    // when not set.
    let cpo = lines[line_with(&text, "(id: \"cpo\"") - 1];
    assert!(cpo.ends_with(", reports_to: Outside(\"COO\")),"), "{cpo}");
    let ciso = lines[line_with(&text, "(id: \"ciso\"") - 1];
    assert!(
        ciso.ends_with(", reports_to: Executive(\"cio\"), orientation: Mixed),"),
        "{ciso}"
    );
    // Roles in the order of the executives' ids, on the card's line,
    // between its owner and its notes.
    let security = lines[line_with(&text, "(id: \"security\"") - 1];
    assert!(
        security.contains(
            ", owner: \"cio\", roles: [Consulted(\"ciso\"), Informed(\"cpo\"), Responsible(\"cto\")], notes: "
        ),
        "{security}"
    );
    for r in &design.responsibilities {
        let line = lines[line_with(&text, &format!("(id: \"{}\"", r.id)) - 1];
        assert!(line.ends_with("),"), "{line}");
        assert_eq!(line.contains(", roles: "), !r.roles.is_empty(), "{line}");
    }
    assert_eq!(parse(&text), Ok(design.clone()));

    // Nothing of the chart is written when there is none.
    let mut bare = design;
    bare.ceo = None;
    bare.dotted_lines.clear();
    for e in &mut bare.executives {
        e.reports_to = ReportsTo::NotSet;
        e.orientation = Orientation::NotSet;
    }
    for r in &mut bare.responsibilities {
        r.roles.clear();
    }
    let bare_text = to_text(&bare).expect("text");
    for absent in ["ceo:", "reports_to", "orientation", "dotted_lines", "roles"] {
        assert!(!bare_text.contains(absent), "{absent} in\n{bare_text}");
    }
    assert_eq!(
        bare_text.lines().count(),
        10 + bare.executives.len() + bare.responsibilities.len()
    );
    assert_eq!(parse(&bare_text), Ok(bare));

    // A CEO box without a name leaves the name out.
    let unnamed = default_design();
    let text = to_text(&unnamed).expect("text");
    assert!(
        text.contains("    ceo: (title: \"CEO\", position: "),
        "{text}"
    );
}

#[test]
fn two_saves_of_a_chart_are_the_same_bytes_and_reloading_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let design = chart();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    save(&design, &a).expect("save a");
    save(&design.clone(), &b).expect("save b");
    let first = std::fs::read(&a).expect("read a");
    assert_eq!(first, std::fs::read(&b).expect("read b"));
    let reloaded = load(&a).expect("load");
    assert_eq!(reloaded, design);
    save(&reloaded, &a).expect("save again");
    assert_eq!(first, std::fs::read(&a).expect("read again"));

    // Roles given in another order are the same roles, written the same.
    let mut shuffled = design.clone();
    let security = shuffled
        .responsibility_mut(&rid("security"))
        .expect("security");
    let roles = std::mem::take(&mut security.roles);
    for (executive, role) in roles.into_iter().rev() {
        security.roles.insert(executive, role);
    }
    assert_eq!(to_text(&shuffled).expect("text").into_bytes(), first);
}

#[test]
fn roles_written_in_any_order_read_the_same_and_save_in_order() {
    let text = chart_text();
    let shuffled = edited(
        &text,
        "roles: [Consulted(\"ciso\"), Informed(\"cpo\"), Responsible(\"cto\")]",
        "roles: [Informed(\"cpo\"), Responsible(\"cto\"), Consulted(\"ciso\")]",
    );
    let design = parse(&shuffled).expect("loads");
    assert_eq!(design, chart());
    assert_eq!(to_text(&design).expect("text"), text);
}

#[test]
fn a_change_to_the_chart_changes_one_line() {
    let before = chart_text();
    let edits = [
        Edit::SetReportsTo(eid("cpo"), ReportsTo::Ceo),
        Edit::SetReportsTo(eid("cto"), ReportsTo::Executive(eid("cio"))),
        Edit::SetOrientation(eid("cpo"), Orientation::External),
        Edit::SetRole {
            responsibility: rid("security"),
            executive: eid("cpo"),
            role: Some(Role::Consulted),
        },
        Edit::SetRole {
            responsibility: rid("pmo"),
            executive: eid("cto"),
            role: Some(Role::Informed),
        },
        Edit::SetCeoName("Grace Hopper".into()),
        Edit::MoveCeo(Position { x: 300.0, y: 24.0 }),
        Edit::RemoveDottedLine(DottedLine {
            from: eid("ciso"),
            to: eid("cto"),
        }),
    ];
    for edit in edits {
        let mut design = chart();
        let what = format!("{edit:?}");
        assert_eq!(design.apply(edit), Ok(true), "{what}");
        let after = to_text(&design).expect("text");
        let old: Vec<&str> = before.lines().collect();
        let new: Vec<&str> = after.lines().collect();
        if design.dotted_lines.is_empty() {
            // The last dotted line takes its list's brackets with it.
            assert_eq!(old.len(), new.len() + 3, "{what}");
            continue;
        }
        assert_eq!(old.len(), new.len(), "{what}");
        let changed = old.iter().zip(&new).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1, "{what}");
        assert_eq!(parse(&after), Ok(design), "{what}");
    }
}

#[test]
fn optional_chart_fields_may_be_written_with_some_or_left_out() {
    let text = chart_text();
    let with_some = edited(
        &edited_in(&text, "cio", "reports_to: Ceo", "reports_to: Some(Ceo)"),
        "orientation: Mixed",
        "orientation: Some(Mixed)",
    );
    assert_eq!(parse(&with_some), Ok(chart()));
    // A file with no dotted lines and no CEO box may leave both out.
    let mut plain = chart();
    plain.dotted_lines.clear();
    plain.ceo = None;
    let plain_text = to_text(&plain).expect("text");
    assert!(!plain_text.contains("dotted_lines"));
    assert_eq!(parse(&plain_text), Ok(plain.clone()));
    // Or write them empty.
    let empty = edited(
        &plain_text,
        "    responsibilities: [",
        "    ceo: None,\n    dotted_lines: [],\n    responsibilities: [",
    );
    assert_eq!(parse(&empty), Ok(plain));
    assert!(file::parse(&empty).is_ok());
}

#[test]
fn card_columns_are_written_when_not_one_and_refused_outside_one_to_four() {
    let mut design = chart();
    design.executives[0].columns = 1;
    design.executives[1].columns = 3;
    let text = to_text(&design).expect("written");
    let cio = text
        .lines()
        .find(|l| l.contains("(id: \"cio\""))
        .expect("the CIO");
    assert!(!cio.contains("columns"), "left out when 1: {cio}");
    let cto = text
        .lines()
        .find(|l| l.contains("(id: \"cto\""))
        .expect("the CTO");
    assert!(cto.ends_with(", columns: 3),"), "{cto}");
    assert_eq!(parse(&text), Ok(design));

    for bad_value in ["0", "5", "200"] {
        let bad = edited_in(&text, "cto", "columns: 3", &format!("columns: {bad_value}"));
        let err = parse(&bad).expect_err("refused");
        let message = err.to_string();
        assert!(message.contains("columns"), "{message}");
        assert!(message.contains("from 1 to 4"), "{message}");
        let place = (err.line.expect("a line"), err.column.expect("a column"));
        assert_eq!(place, field_place(&bad, "cto", "columns"), "{message}");
        assert!(text_at(&bad, place).starts_with("columns: "));
    }
    // Not a number of columns at all: the parser says where.
    let bad = edited_in(&text, "cto", "columns: 3", "columns: -1");
    let err = parse(&bad).expect_err("refused");
    assert_eq!(err.line, Some(line_with(&bad, "(id: \"cto\"")));
}
