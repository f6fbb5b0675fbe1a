//! The RON file format through real files: save → load round trips for the
//! default design, every template and the shipped examples; stable bytes
//! and the writer's layout (one item per line, nothing empty written);
//! numbers brought onto the model's grid when read; every kind of bad file
//! refused with its specific `LoadErrorKind`, the file's path and (where
//! known) the exact line and column, in the writer's layout and in
//! hand-written ones; hostile input (huge, deeply nested, not text) refused
//! without a panic; and atomic saves that never damage the old file or
//! leave temporary files behind.
//!
//! Bad files are built by textual edits of `to_text(&default_design())`
//! so these tests follow the real format. Set `REMIT_BLESS=1` to rewrite
//! `assets/examples/` from the templates instead of checking them.

use std::path::{Path, PathBuf};

use remit::file::{
    self, FORMAT_VERSION, Fingerprint, LoadError, LoadErrorKind, MAX_READ_BYTES, load, parse, save,
    to_text, write_atomically_with,
};
use remit::model::rules::{self, MAX_NAME_CHARS, RuleError};
use remit::model::{Design, Edit, ExecutiveId, Position, Problem, ResponsibilityId, Subject};
use remit::templates::{TEMPLATES, default_design};

// ---------------------------------------------------------------- helpers

/// How the writer puts the position of executive `id` of the default design.
fn position_of(id: &str) -> String {
    let p = default_design()
        .executive(&ExecutiveId(id.to_owned()))
        .expect("in the default design")
        .position;
    format!("position: (x: {}, y: {})", p.x, p.y)
}

/// How the writer puts the position of the default design's CEO box.
fn ceo_position() -> String {
    let p = default_design().ceo.expect("a CEO box").position;
    format!("position: (x: {}, y: {})", p.x, p.y)
}

fn default_text() -> String {
    to_text(&default_design()).expect("the default design is written")
}

/// `text` with the first `from` replaced by `to`; panics if `from` is not
/// there (the format changed and the test must follow).
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the saved text");
    text.replacen(from, to, 1)
}

/// Byte offset of the `id: "<id>"` of the first item with that id.
fn id_offset(text: &str, id: &str) -> usize {
    text.find(&format!("id: \"{id}\""))
        .unwrap_or_else(|| panic!("no item with id {id:?} in the text"))
}

/// `text` with the first `from` after the declaration of item `id` replaced
/// by `to`.
fn edited_in(text: &str, id: &str, from: &str, to: &str) -> String {
    let start = id_offset(text, id);
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

/// The line and column of the first `needle` after the first `anchor`.
fn place_after(text: &str, anchor: &str, needle: &str) -> (usize, usize) {
    let start = text
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor:?} is not in the text"));
    let at = text[start..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not after {anchor:?}"));
    place_at(text, start + at)
}

/// Where `field` is written in the `n`th (0-based) item declared with id
/// `id`, in the writer's layout (one item per line): the line and column of
/// the field's name.
fn field_place(text: &str, id: &str, n: usize, field: &str) -> (usize, usize) {
    let (start, _) = text
        .match_indices(&format!("(id: \"{id}\""))
        .nth(n)
        .unwrap_or_else(|| panic!("fewer than {} items with id {id:?}", n + 1));
    let start = start + 1;
    if field == "id" {
        return place_at(text, start);
    }
    let end = start + text[start..].find('\n').expect("a line end");
    let at = text[start..end]
        .find(&format!(", {field}: "))
        .unwrap_or_else(|| panic!("{field} is not on the line of {id:?}"));
    place_at(text, start + at + 2)
}

/// The line and column of an error, for comparing with a place.
fn place_of(err: &LoadError) -> Option<(usize, usize)> {
    Some((err.line?, err.column?))
}

/// What `text` holds at 1-based `line` and `column` (in characters).
fn text_at(text: &str, (line, column): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .map(|l| l.chars().skip(column - 1).collect())
        .unwrap_or_default()
}

/// The 1-based line of the `n`th (0-based) line containing `needle`.
fn nth_line_with(text: &str, needle: &str, n: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(n)
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("fewer than {} lines contain {needle:?}", n + 1))
}

/// Writes `bytes` to a fresh file, loads it, and returns the path and the
/// error (panicking if it loaded). Checks what every load error must do:
/// name the file, and the line and column too when they are known.
fn load_bad(bytes: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf, LoadError) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad design.ron");
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

/// Checks that `err` is the broken rule described, at `place`.
fn assert_rule(
    err: &LoadError,
    subject: Subject,
    field: &str,
    problem: Problem,
    place: (usize, usize),
) {
    match &err.kind {
        LoadErrorKind::Rule(rule) => {
            // Debug, so that a NaN compares equal to itself.
            assert_eq!(
                format!("{:?}", (&rule.subject, rule.field, &rule.problem)),
                format!("{:?}", (&subject, field, &problem)),
                "{err}"
            );
            assert!(err.to_string().contains(&rule.to_string()), "{err}");
        }
        other => panic!("expected a broken rule about {field}, got {other:?} ({err})"),
    }
    assert_eq!(place_of(err), Some(place), "{err}");
}

fn responsibility(index: usize, id: &str) -> Subject {
    Subject::Responsibility {
        index,
        id: id.into(),
    }
}

fn executive(index: usize, id: &str) -> Subject {
    Subject::Executive {
        index,
        id: id.into(),
    }
}

/// Where item `id` is in the default design's list of responsibilities.
fn index_of(id: &str) -> usize {
    default_design()
        .responsibilities
        .iter()
        .position(|r| r.id.as_str() == id)
        .unwrap_or_else(|| panic!("no {id} in the default design"))
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read_dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".remit-save-") || n.ends_with(".tmp"))
        .collect()
}

fn all_designs() -> Vec<(String, Design)> {
    let mut designs = vec![("default".to_owned(), default_design())];
    for t in TEMPLATES {
        designs.push((t.file_stem.to_owned(), (t.build)()));
    }
    designs
}

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples")
}

// ---------------------------------------------------------------- round trips

#[test]
fn save_then_load_gives_the_same_design_for_every_template() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, design) in all_designs() {
        let path = dir.path().join(format!("{name}.ron"));
        let saved = save(&design, &path).unwrap_or_else(|e| panic!("{e}"));
        let loaded = file::load_with_fingerprint(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(*loaded.options.first(), design, "{name}");
        let bytes = std::fs::read(&path).expect("read");
        assert_eq!(bytes, to_text(&design).expect("text").into_bytes());
        // What was written is what was read, and both know it.
        assert_eq!(saved.file, path, "{name}");
        assert_eq!(saved.fingerprint, Fingerprint::of(&bytes), "{name}");
        assert_eq!(loaded.fingerprint, saved.fingerprint, "{name}");
    }
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn two_saves_of_the_same_design_are_the_same_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, design) in all_designs() {
        let a = dir.path().join(format!("{name}-a.ron"));
        let b = dir.path().join(format!("{name}-b.ron"));
        save(&design, &a).expect("save a");
        save(&design.clone(), &b).expect("save b");
        let first = std::fs::read(&a).expect("read a");
        assert_eq!(first, std::fs::read(&b).expect("read b"), "{name}");
        // Loading and saving again changes nothing either.
        let reloaded = load(&a).expect("load");
        save(&reloaded, &a).expect("save again");
        assert_eq!(first, std::fs::read(&a).expect("read again"), "{name}");
    }
}

#[test]
fn shipped_examples_load_and_match_their_templates() {
    let dir = examples_dir();
    if std::env::var("REMIT_BLESS").as_deref() == Ok("1") {
        for t in TEMPLATES {
            let path = dir.join(format!("{}.ron", t.file_stem));
            save(&(t.build)(), &path).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("assets/examples") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ron") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("stem")
            .to_owned();
        let design = load(&path).unwrap_or_else(|e| panic!("shipped example does not load: {e}"));
        let template = TEMPLATES
            .iter()
            .find(|t| t.file_stem == stem)
            .unwrap_or_else(|| panic!("{} has no template of that name", path.display()));
        let expected = to_text(&(template.build)()).expect("text");
        let actual = std::fs::read_to_string(&path).expect("read");
        assert!(
            actual == expected,
            "{} differs from its template; run with REMIT_BLESS=1 to rewrite it",
            path.display()
        );
        assert_eq!(design, (template.build)(), "{stem}");
        seen.push(stem);
    }
    for t in TEMPLATES {
        assert!(
            seen.iter().any(|s| s == t.file_stem),
            "template {} has no file in assets/examples/",
            t.file_stem
        );
    }
}

// ---------------------------------------------------------------- the writer

#[test]
fn the_writer_puts_one_item_per_line_and_leaves_out_what_is_empty() {
    let design = default_design();
    let text = default_text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        11 + design.executives.len() + design.responsibilities.len(),
        "{text}"
    );
    assert!(lines[0].starts_with("// "), "a comment says what it is");
    assert_eq!(lines[2], format!("    format_version: {FORMAT_VERSION},"));
    assert_eq!(
        lines[5],
        format!("    ceo: (title: \"CEO\", {}),", ceo_position())
    );
    assert_eq!(
        lines[7],
        format!(
            "        (id: \"cio\", short_title: \"CIO\", full_title: \"Chief Information Officer\", colour: \"#0072b2\", {}, reports_to: Ceo, orientation: Internal, columns: 2),",
            position_of("cio")
        )
    );
    for r in &design.responsibilities {
        let line = nth_line_with(&text, &format!("(id: \"{}\"", r.id), 0);
        let line = lines[line - 1];
        assert!(line.ends_with("),"), "{line}");
        assert_eq!(
            line.contains(", owner: "),
            r.owner.is_some(),
            "an owner only when there is one: {line}"
        );
        assert_eq!(line.contains(", notes: "), !r.notes.is_empty(), "{line}");
        if let Some(owner) = &r.owner {
            assert!(line.contains(&format!(", owner: \"{owner}\"")), "{line}");
        }
    }
    let mut bare = design.clone();
    bare.responsibilities[0].description.clear();
    let bare_text = to_text(&bare).expect("text");
    let first = nth_line_with(&bare_text, "(id: \"infrastructure\"", 0);
    assert!(
        !bare_text
            .lines()
            .nth(first - 1)
            .unwrap()
            .contains("description"),
        "an empty description is left out"
    );
    assert_eq!(parse(&bare_text), Ok(bare));
}

#[test]
fn numbers_are_written_short_and_text_as_it_reads() {
    let mut design = default_design();
    let pmo = ResponsibilityId("pmo".into());
    let slider = (0.35_f64 / 0.01).round() * 0.01;
    assert_eq!(design.apply(Edit::SetShare(pmo.clone(), slider)), Ok(true));
    assert_eq!(design.apply(Edit::SetSize(pmo.clone(), 2.5)), Ok(true));
    assert_eq!(
        design.apply(Edit::SetName(
            pmo.clone(),
            "PMO's \"office\" \\ \u{202e}x\u{200b}".into()
        )),
        Ok(true)
    );
    assert_eq!(
        design.apply(Edit::SetNotes(pmo.clone(), "one\n\ttwo".into())),
        Ok(true)
    );
    let text = to_text(&design).expect("text");
    let line = nth_line_with(&text, "(id: \"pmo\"", 0);
    let line = text.lines().nth(line - 1).unwrap();
    assert!(line.contains("external_share: 0.35, size: 2.5,"), "{line}");
    // An apostrophe stays an apostrophe; quotes and backslashes are
    // escaped; invisible characters are written so that they show.
    assert!(
        line.contains(r#"name: "PMO's \"office\" \\ \u{202e}x\u{200b}""#),
        "{line}"
    );
    assert!(line.contains(r#"notes: "one\n\ttwo""#), "{line}");
    assert!(!text.contains("\\'"), "no `\\'` anywhere");
    assert_eq!(parse(&text), Ok(design));
}

/// A change to one card changes one line of the file, so a design kept in
/// git shows clean diffs.
#[test]
fn a_change_to_one_item_changes_one_line() {
    let before = default_text();
    let edits = [
        Edit::SetShare(ResponsibilityId("security".into()), 0.6),
        Edit::SetNotes(ResponsibilityId("pmo".into()), "Two\nlines".into()),
        Edit::SetDescription(ResponsibilityId("rnd".into()), String::new()),
        Edit::SetShortTitle(ExecutiveId("cto".into()), "Chief technologist".into()),
        Edit::MoveExecutive(ExecutiveId("cio".into()), Position { x: 40.0, y: 80.0 }),
    ];
    for edit in edits {
        let mut design = default_design();
        let what = format!("{edit:?}");
        assert_eq!(design.apply(edit), Ok(true), "{what}");
        let after = to_text(&design).expect("text");
        let old: Vec<&str> = before.lines().collect();
        let new: Vec<&str> = after.lines().collect();
        assert_eq!(old.len(), new.len(), "{what}");
        let changed = old.iter().zip(&new).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1, "{what}");
    }
}

// ---------------------------------------------------------------- the grid

/// Numbers are brought onto the model's grid when read: shares and sizes
/// to 4 decimals, positions to whole points. A file whose numbers only
/// look different from the design's is that design, and saving it writes
/// the clean numbers.
#[test]
fn numbers_are_brought_onto_the_grid_when_read() {
    let text = default_text();
    let noisy = edited_in(
        &text,
        "rnd",
        "external_share: 0.85",
        "external_share: 0.850000000000004",
    );
    let noisy = edited_in(&noisy, "rnd", "size: 3,", "size: 3.00004,");
    let noisy = edited_in(&noisy, "security", "size: 3,", "size: 2.99996,");
    let noisy = edited(
        &noisy,
        &position_of("cio"),
        &position_of("cio")
            .replace("(x: 24,", "(x: 23.6,")
            .replace(", y: 144)", ", y: 144.4)"),
    );
    let noisy = edited(
        &noisy,
        &position_of("cto"),
        &position_of("cto")
            .replace(", y: ", ".0, y: ")
            .replace(')', ".0)"),
    );
    assert_ne!(noisy, text);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("noisy.ron");
    std::fs::write(&path, &noisy).expect("write");
    let design = load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design, default_design());
    save(&design, &path).expect("save");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);

    // Off the grid by more than half a step, a value is a new value.
    let moved = edited_in(
        &text,
        "rnd",
        "external_share: 0.85",
        "external_share: 0.85006",
    );
    let design = parse(&moved).expect("loads");
    let rnd = design.responsibility(&ResponsibilityId("rnd".into()));
    assert_eq!(rnd.map(|r| r.external_share), Some(0.8501));
}

/// Line breaks in text blocks are kept as `\n`, whatever system wrote them.
#[test]
fn line_breaks_in_notes_are_read_as_line_breaks() {
    let text = default_text();
    let with_notes = edited_in(
        &text,
        "pmo",
        "size: 2,",
        "size: 2, notes: \"one\\r\\ntwo\\rthree\",",
    );
    let design = parse(&with_notes).expect("loads");
    let pmo = design.responsibility(&ResponsibilityId("pmo".into()));
    assert_eq!(pmo.map(|r| r.notes.as_str()), Some("one\ntwo\nthree"));
}

// ---------------------------------------------------------------- owners

#[test]
fn owner_may_be_written_bare_with_some_or_as_none() {
    let text = default_text();
    // A card of the CIO's on which the CTO has no role, so the CTO may own
    // it.
    let card = default_design()
        .responsibilities
        .iter()
        .find(|r| {
            r.owner == Some(ExecutiveId("cio".into()))
                && !r.roles.contains_key(&ExecutiveId("cto".into()))
        })
        .map(|r| r.id.clone())
        .expect("a card of the CIO's with no role for the CTO");
    let first_owner = ", owner: \"cio\"";
    let forms = [
        (", owner: \"cto\"", Some("cto")),
        (", owner: Some(\"cto\")", Some("cto")),
        (", owner: None", None),
        ("", None),
    ];
    for (form, expected) in forms {
        let edited = edited_in(&text, card.as_str(), first_owner, form);
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("d.ron");
        std::fs::write(&path, &edited).expect("write");
        let design = load(&path).unwrap_or_else(|e| panic!("{form:?}: {e}"));
        let owner = design
            .responsibility(&card)
            .expect("the card")
            .owner
            .clone();
        assert_eq!(owner, expected.map(|o| ExecutiveId(o.into())), "{form:?}");
    }
}

// ---------------------------------------------------------------- syntax

#[test]
fn markup_and_json_are_syntax_errors() {
    for text in [
        "<html><body>not a design</body></html>\n",
        "{\"format_version\": 1, \"name\": \"x\"}\n",
        "%%%%\n",
    ] {
        let (_dir, _, err) = load_bad(text);
        assert!(
            matches!(err.kind, LoadErrorKind::Syntax(_)),
            "{text:?}: {:?}",
            err.kind
        );
        assert_eq!(place_of(&err), Some((1, 1)), "{text:?}");
        assert!(err.to_string().contains("not a Remit design"), "{err}");
    }
}

/// A plain-text file (a README, notes) opened by mistake is not RON at all.
#[test]
fn plain_prose_is_a_syntax_error() {
    let (_dir, _, err) = load_bad("this is not RON at all, just some notes\n");
    assert!(
        matches!(err.kind, LoadErrorKind::Syntax(_)),
        "plain prose gives {:?} ({err})",
        err.kind
    );
    assert_eq!(place_of(&err), Some((1, 1)));
}

#[test]
fn a_file_cut_at_a_line_end_is_truncated() {
    let text = default_text();
    let cut = text[..text.len() / 2].rfind('\n').expect("a newline") + 1;
    let (_dir, _, err) = load_bad(&text[..cut]);
    assert_eq!(err.kind, LoadErrorKind::Truncated, "{err}");
    assert!(err.line.is_some());
    assert!(err.to_string().contains("cut short"), "{err}");
}

/// A file cut anywhere after its opening parenthesis (in a string, a number
/// or a field name) ends before the design is complete: that is what the
/// user needs to hear, not a complaint about the last half-token.
#[test]
fn a_file_cut_anywhere_is_truncated() {
    let text = default_text();
    let start = text.find("\n(").expect("opening parenthesis") + 2;
    let end = text.trim_end().len() - 1; // before the final `)`
    let mut wrong = Vec::new();
    let mut cuts = 0;
    for cut in (start..end).step_by(29) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        cuts += 1;
        match parse(&text[..cut]) {
            Ok(_) => wrong.push(format!("cut at {cut}: loaded")),
            Err(e) if e.kind == LoadErrorKind::Truncated => {}
            Err(e) => wrong.push(format!("cut at {cut} ({:?}…): {e}", &text[cut - 12..cut])),
        }
    }
    assert!(cuts > 100);
    assert!(
        wrong.is_empty(),
        "{} of {cuts} cuts were not reported as truncated, e.g.\n{}",
        wrong.len(),
        wrong[..wrong.len().min(6)].join("\n")
    );
}

#[test]
fn an_empty_file_and_a_comment_only_file_are_refused() {
    for text in ["", "\n\n", "// only a comment\n", "/* only a comment */"] {
        let (_dir, _, err) = load_bad(text);
        assert!(
            matches!(
                err.kind,
                LoadErrorKind::Syntax(_) | LoadErrorKind::Truncated
            ),
            "{text:?}: {:?}",
            err.kind
        );
    }
}

// ---------------------------------------------------------------- shape

#[test]
fn a_string_where_size_belongs_is_the_wrong_shape() {
    let text = default_text();
    let bad = edited_in(&text, "infrastructure", "size: 5,", "size: \"big\",");
    let (_dir, _, err) = load_bad(&bad);
    assert!(
        matches!(err.kind, LoadErrorKind::WrongShape(_)),
        "a string for size gives {:?} ({err})",
        err.kind
    );
    let place = place_of(&err).expect("a place");
    assert_eq!(place.0, nth_line_with(&bad, "size: \"big\"", 0));
    assert!(
        text_at(&bad, place).trim_start().starts_with("\"big\""),
        "{err} points at {:?}",
        text_at(&bad, place)
    );
}

#[test]
fn a_number_where_text_belongs_is_the_wrong_shape() {
    let text = default_text();
    let bad = edited(&text, "name: \"Traditional split\"", "name: 42");
    let (_dir, _, err) = load_bad(&bad);
    assert!(
        matches!(err.kind, LoadErrorKind::WrongShape(_)),
        "a number for a name gives {:?} ({err})",
        err.kind
    );
    let place = place_of(&err).expect("a place");
    assert_eq!(place.0, nth_line_with(&bad, "name: 42", 0));
    assert!(
        text_at(&bad, place).trim_start().starts_with("42"),
        "{err} points at {:?}",
        text_at(&bad, place)
    );
}

#[test]
fn a_colour_that_is_not_hex_is_refused_with_its_place() {
    let text = default_text();
    let bad = edited(&text, "\"#0072b2\"", "\"#zzzzzz\"");
    let (_dir, _, err) = load_bad(&bad);
    assert_rule(
        &err,
        executive(0, "cio"),
        "colour",
        Problem::Colour("#zzzzzz".into()),
        field_place(&bad, "cio", 0, "colour"),
    );
    assert!(err.to_string().contains("#zzzzzz"), "{err}");
}

#[test]
fn an_unknown_field_is_named_with_its_place() {
    let text = default_text();
    let bad = edited_in(&text, "security", "size: 3,", "size: 3, colour_hint: 1,");
    let (_dir, _, err) = load_bad(&bad);
    assert_eq!(
        err.kind,
        LoadErrorKind::UnknownField {
            field: "colour_hint".into(),
            within: "Responsibility".into(),
        }
    );
    assert_eq!(
        place_of(&err),
        Some(field_place(&bad, "security", 0, "colour_hint"))
    );
    assert!(err.to_string().contains("colour_hint"), "{err}");
}

#[test]
fn an_unknown_top_level_field_is_named() {
    let text = default_text();
    let bad = edited(
        &text,
        "    size_unit:",
        "    author: \"me\",\n    size_unit:",
    );
    let (_dir, _, err) = load_bad(&bad);
    assert!(
        matches!(&err.kind, LoadErrorKind::UnknownField { field, .. } if field == "author"),
        "{:?}",
        err.kind
    );
    assert_eq!(place_of(&err), Some((nth_line_with(&bad, "author", 0), 5)));
}

#[test]
fn a_missing_field_is_named_within_its_item() {
    let text = default_text();
    let bad = edited_in(&text, "pmo", "name: \"PMO\", ", "");
    let (_dir, _, err) = load_bad(&bad);
    assert_eq!(
        err.kind,
        LoadErrorKind::MissingField {
            field: "name".into(),
            within: "Responsibility".into(),
        }
    );
    // On the line of the item that lacks it.
    assert_eq!(err.line, Some(nth_line_with(&bad, "(id: \"pmo\"", 0)));
    assert!(err.to_string().contains("`name`"), "{err}");
}

#[test]
fn a_missing_format_version_is_a_missing_field() {
    let text = default_text();
    let bad = edited(
        &text,
        &format!("    format_version: {FORMAT_VERSION},\n"),
        "",
    );
    let (_dir, _, err) = load_bad(&bad);
    assert!(
        matches!(&err.kind, LoadErrorKind::MissingField { field, .. } if field == "format_version"),
        "{:?}",
        err.kind
    );
}

// ---------------------------------------------------------------- rules

#[test]
fn an_unknown_owner_points_at_that_responsibility() {
    let text = default_text();
    let bad = edited_in(&text, "security", "owner: \"cio\"", "owner: \"cso\"");
    let (_dir, _, err) = load_bad(&bad);
    assert_rule(
        &err,
        responsibility(index_of("security"), "security"),
        "owner",
        Problem::UnknownOwner("cso".into()),
        field_place(&bad, "security", 0, "owner"),
    );
    let message = err.to_string();
    assert!(
        message.contains("security") && message.contains("cso"),
        "{message}"
    );
}

/// Executive and responsibility ids are separate: a CISO box may well have
/// the id "security" while the security responsibility does too. An error
/// about the responsibility must point at the responsibility, not the box.
#[test]
fn an_error_place_is_the_responsibility_even_when_an_executive_shares_its_id() {
    let text = default_text();
    let bad = edited(&text, "id: \"cto\"", "id: \"security\"");
    let bad = bad
        .replace("owner: \"cto\"", "owner: \"security\"")
        .replace("(\"cto\")", "(\"security\")");
    assert!(parse(&bad).is_ok(), "the shared id itself is fine");
    let (at, _) = bad
        .match_indices("id: \"security\"")
        .nth(1)
        .expect("the responsibility");
    let bad = format!(
        "{}{}",
        &bad[..at],
        edited(&bad[at..], "size: 3,", "size: 0.0,")
    );
    let (_dir, _, err) = load_bad(&bad);
    assert_rule(
        &err,
        responsibility(index_of("security"), "security"),
        "size",
        Problem::Size(0.0),
        field_place(&bad, "security", 1, "size"),
    );
    assert_eq!(
        err.line,
        Some(nth_line_with(&bad, "id: \"security\"", 1)),
        "not the executive's line ({})",
        nth_line_with(&bad, "id: \"security\"", 0)
    );
}

#[test]
fn duplicate_executive_ids_are_refused_at_the_second() {
    let text = default_text();
    let bad = edited(&text, "id: \"cto\"", "id: \"cio\"");
    let (_dir, _, err) = load_bad(&bad);
    assert_rule(
        &err,
        executive(1, "cio"),
        "id",
        Problem::DuplicateId { first_index: 0 },
        field_place(&bad, "cio", 1, "id"),
    );
    assert!(err.to_string().contains("cio"), "{err}");
}

#[test]
fn duplicate_responsibility_ids_are_refused_at_the_second() {
    let text = default_text();
    let bad = edited(&text, "id: \"it-operations\"", "id: \"pmo\"");
    let (_dir, _, err) = load_bad(&bad);
    assert_rule(
        &err,
        responsibility(index_of("it-operations"), "pmo"),
        "id",
        Problem::DuplicateId {
            first_index: index_of("pmo"),
        },
        field_place(&bad, "pmo", 1, "id"),
    );
}

#[test]
fn the_duplicate_responsibility_message_is_plain_english() {
    let text = default_text();
    let bad = edited(&text, "id: \"it-operations\"", "id: \"pmo\"");
    let (_dir, _, err) = load_bad(&bad);
    let message = err.to_string();
    assert!(
        message.contains(
            "the 4th responsibility's id \"pmo\" is already used by the 3rd responsibility"
        ),
        "{message}"
    );
}

#[test]
fn sizes_outside_the_allowed_range_are_refused() {
    let text = default_text();
    for (written, value) in [
        ("0.0", 0.0),
        ("0", 0.0),
        ("-1.0", -1.0),
        ("-1", -1.0),
        ("NaN", f64::NAN),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
        // Below the smallest size, and above the largest.
        ("0.00001", 0.000_01),
        ("1e10", 1e10),
        ("1000000000.5", 1_000_000_000.5),
        ("1.7e308", 1.7e308),
    ] {
        let bad = edited_in(&text, "security", "size: 3,", &format!("size: {written},"));
        let (_dir, _, err) = load_bad(&bad);
        assert_rule(
            &err,
            responsibility(index_of("security"), "security"),
            "size",
            Problem::Size(value),
            field_place(&bad, "security", 0, "size"),
        );
        // The file's own value, in words a person can read.
        if written == "1.7e308" {
            assert!(err.to_string().contains("1.7e308"), "{err}");
        }
    }
    // The limits themselves are fine.
    for (written, value) in [("0.0001", rules::MIN_SIZE), ("1e9", rules::MAX_SIZE)] {
        let good = edited_in(&text, "security", "size: 3,", &format!("size: {written},"));
        let design = parse(&good).unwrap_or_else(|e| panic!("size {written}: {e}"));
        let security = design.responsibility(&ResponsibilityId("security".into()));
        assert_eq!(security.map(|r| r.size), Some(value));
    }
}

#[test]
fn shares_outside_zero_to_one_are_refused() {
    let text = default_text();
    for (written, value) in [
        ("1.5", 1.5),
        ("-0.1", -0.1),
        ("NaN", f64::NAN),
        ("inf", f64::INFINITY),
        ("1.0001", 1.0001),
    ] {
        let bad = edited_in(
            &text,
            "rnd",
            "external_share: 0.85",
            &format!("external_share: {written}"),
        );
        let (_dir, _, err) = load_bad(&bad);
        assert_rule(
            &err,
            responsibility(index_of("rnd"), "rnd"),
            "external_share",
            Problem::Share(value),
            field_place(&bad, "rnd", 0, "external_share"),
        );
    }
    // The limits themselves are fine.
    for ok in ["0.0", "1.0", "0", "1"] {
        let good = edited_in(
            &text,
            "rnd",
            "external_share: 0.85",
            &format!("external_share: {ok}"),
        );
        assert!(parse(&good).is_ok(), "share {ok}");
    }
}

/// Every kind of broken rule, on the design, an executive or a
/// responsibility, is refused with the item, the field and what is wrong,
/// at the line and column where that field is written.
#[test]
fn every_kind_of_broken_rule_is_refused_at_its_field() {
    let text = default_text();
    let pmo = || responsibility(index_of("pmo"), "pmo");
    let long = "é".repeat(MAX_NAME_CHARS + 1);
    let too_long = Problem::TooLong {
        chars: MAX_NAME_CHARS + 1,
        max: MAX_NAME_CHARS,
    };
    let control = |code: u32| Problem::ControlCharacter { code };
    /// What is wrong, the bad file, the item, the field, the problem, and
    /// where the field is written.
    type Case = (
        &'static str,
        String,
        Subject,
        &'static str,
        Problem,
        (usize, usize),
    );
    let design_name = edited(
        &text,
        "name: \"Traditional split\"",
        "name: \"a\\u{1b}[2J\"",
    );
    let design_unit = edited(
        &text,
        "size_unit: \"points\"",
        &format!("size_unit: \"{long}\""),
    );
    let cases: Vec<Case> = vec![
        (
            "a control character in the design's name",
            design_name.clone(),
            Subject::Design,
            "name",
            control(0x1b),
            place_after(&design_name, "(\n", "name: "),
        ),
        (
            "a size unit over the limit",
            design_unit.clone(),
            Subject::Design,
            "size_unit",
            too_long.clone(),
            place_after(&design_unit, "(\n", "size_unit: "),
        ),
        {
            let bad = edited(&text, "id: \"cto\"", "id: \"\"");
            let place = place_after(&bad, "id: \"\"", "id");
            (
                "an empty executive id",
                bad,
                executive(1, ""),
                "id",
                Problem::EmptyId,
                place,
            )
        },
        {
            let bad = edited(&text, "short_title: \"CTO\"", "short_title: \"C\\tTO\"");
            let place = field_place(&bad, "cto", 0, "short_title");
            (
                "a tab in a title",
                bad,
                executive(1, "cto"),
                "short_title",
                control(9),
                place,
            )
        },
        {
            let bad = edited(
                &text,
                "full_title: \"Chief Information Officer\"",
                &format!("full_title: \"{long}\""),
            );
            let place = field_place(&bad, "cio", 0, "full_title");
            (
                "a title over the limit",
                bad,
                executive(0, "cio"),
                "full_title",
                too_long.clone(),
                place,
            )
        },
        {
            let bad = edited(
                &text,
                &position_of("cto"),
                &position_of("cto").replace(", y: 144)", ", y: -100001)"),
            );
            let place = field_place(&bad, "cto", 0, "position");
            (
                "a box too far away",
                bad,
                executive(1, "cto"),
                "position",
                Problem::Position,
                place,
            )
        },
        {
            let bad = edited(&text, &position_of("cio"), "position: (x: NaN, y: 24)");
            let place = field_place(&bad, "cio", 0, "position");
            (
                "a position that is not a number",
                bad,
                executive(0, "cio"),
                "position",
                Problem::Position,
                place,
            )
        },
        {
            let bad = edited(&text, "colour: \"#e69f00\"", "colour: \"orange\"");
            let place = field_place(&bad, "cto", 0, "colour");
            (
                "a colour by name",
                bad,
                executive(1, "cto"),
                "colour",
                Problem::Colour("orange".into()),
                place,
            )
        },
        {
            let bad = edited(&text, "id: \"pmo\"", "id: \" \\t \"");
            let place = place_after(&bad, "id: \" \\t \"", "id");
            (
                "a blank responsibility id",
                bad,
                responsibility(index_of("pmo"), " \t "),
                "id",
                Problem::EmptyId,
                place,
            )
        },
        {
            let id = "p".repeat(rules::MAX_ID_CHARS + 1);
            let bad = edited(&text, "id: \"pmo\"", &format!("id: \"{id}\""));
            let place = field_place(&bad, &id, 0, "id");
            let problem = Problem::TooLong {
                chars: rules::MAX_ID_CHARS + 1,
                max: rules::MAX_ID_CHARS,
            };
            (
                "an id over the limit",
                bad,
                responsibility(index_of("pmo"), &id),
                "id",
                problem,
                place,
            )
        },
        {
            let bad = edited(&text, "id: \"pmo\"", "id: \"p\\u{85}mo\"");
            let place = place_after(&bad, "id: \"p\\u{85}mo\"", "id");
            (
                "a C1 control in an id",
                bad,
                responsibility(index_of("pmo"), "p\u{85}mo"),
                "id",
                control(0x85),
                place,
            )
        },
        {
            let bad = edited(&text, "name: \"PMO\"", "name: \"P\\nMO\"");
            let place = field_place(&bad, "pmo", 0, "name");
            (
                "a line break in a card's name",
                bad,
                pmo(),
                "name",
                control(10),
                place,
            )
        },
        {
            let bad = edited_in(&text, "pmo", "size: 2,", "size: 2, notes: \"ring\\u{7}\",");
            let place = field_place(&bad, "pmo", 0, "notes");
            ("a bell in notes", bad, pmo(), "notes", control(7), place)
        },
        {
            let description = "d".repeat(rules::MAX_TEXT_CHARS + 1);
            let bad = edited_in(
                &text,
                "pmo",
                "description: \"",
                &format!("description: \"{description}"),
            );
            let place = field_place(&bad, "pmo", 0, "description");
            let problem = Problem::TooLong {
                chars: rules::MAX_TEXT_CHARS
                    + 1
                    + default_design().responsibilities[index_of("pmo")]
                        .description
                        .chars()
                        .count(),
                max: rules::MAX_TEXT_CHARS,
            };
            (
                "a description over the limit",
                bad,
                pmo(),
                "description",
                problem,
                place,
            )
        },
        {
            let bad = edited_in(&text, "pmo", "owner: \"cio\"", "owner: Some(\"CIO\")");
            let place = field_place(&bad, "pmo", 0, "owner");
            (
                "an owner in the wrong case",
                bad,
                pmo(),
                "owner",
                Problem::UnknownOwner("CIO".into()),
                place,
            )
        },
        {
            let bad = edited_in(&text, "pmo", "owner: \"cio\"", "owner: \"c\\u{0}io\"");
            let place = field_place(&bad, "pmo", 0, "owner");
            (
                "a control character in an owner",
                bad,
                pmo(),
                "owner",
                control(0),
                place,
            )
        },
    ];
    for (what, bad, subject, field, problem, place) in cases {
        let (_dir, _, err) = load_bad(&bad);
        assert!(
            text_at(&bad, place).starts_with(&format!("{field}: ")),
            "{what}: the test's own place is wrong"
        );
        assert_rule(&err, subject, field, problem, place);
    }
}

/// The place of a broken rule is found from the structure of the file,
/// not by searching its text: comments, strings that look like fields,
/// raw strings, named structs, any field order, several items on a line
/// or one item over several lines, Windows line endings, all on one line.
#[test]
fn a_broken_rule_is_found_in_any_layout() {
    let odd = "#![enable(implicit_some)]
// responsibilities: [(id: \"security\", size: 0)] is only a comment
Design(
    /* name: \"not here\", size: 0 */ name: \"Odd (layout) with \\\"quotes\\\", id: \\\"pmo\\\" and [brackets\",
    format_version: 1,
    responsibilities: [Responsibility(name: \"PMO\", id: \"pmo\", size: 2, external_share: 0.1, owner: \"cio\"), (id: r#\"security\"#,
        external_share: 0.4, owner: Some(\"cio\"), name: \"Sécurité ( ] } » \\\"size: 1\\\"\", notes: r\"size: 1)\", size: 0,
        description: \"…\")],
    executives: [Executive(position: Position(x: 1, y: 2), colour: \"#2f6fb5\", full_title: \"CIO (the)\", short_title: \"CIO\", id: \"cio\")],
)
";
    let subject = responsibility(1, "security");
    let problem = Problem::Size(0.0);
    let expected = place_after(odd, "notes: r\"size: 1)\"", "size: 0");
    let (_dir, _, err) = load_bad(odd);
    assert_rule(&err, subject.clone(), "size", problem.clone(), expected);
    // Columns count characters, not bytes: "Sécurité" and "»" come first.
    assert_eq!(text_at(odd, expected), "size: 0,");

    // With Windows line endings: the same place.
    let (_dir, _, err) = load_bad(odd.replace('\n', "\r\n"));
    assert_rule(&err, subject.clone(), "size", problem.clone(), expected);

    // All on one line (without the line comment, which would swallow it).
    let one_line = odd
        .lines()
        .filter(|l| !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join(" ");
    let expected = place_after(&one_line, "notes: r\"size: 1)\"", "size: 0");
    assert_eq!(expected.0, 1);
    let (_dir, _, err) = load_bad(&one_line);
    assert_rule(&err, subject, "size", problem, expected);

    // A field split over lines: the place of its name.
    let split = odd
        .replace(
            "owner: Some(\"cio\"), name: \"Sécurité",
            "owner:\n            Some(\"ciso\"),\n        name: \"Sécurité",
        )
        .replace("size: 0,", "size: 1,");
    let (_dir, _, err) = load_bad(&split);
    let expected = place_after(&split, "(id: r#\"security\"#", "owner");
    assert_rule(
        &err,
        responsibility(1, "security"),
        "owner",
        Problem::UnknownOwner("ciso".into()),
        expected,
    );
}

#[test]
fn a_newer_format_version_is_refused_by_number() {
    let text = default_text();
    let current = format!("format_version: {FORMAT_VERSION}");
    let bad = edited(&text, &current, "format_version: 99");
    // A newer file may also have fields this build has never heard of: the
    // version is what matters.
    let bad_with_new_field = edited(
        &bad,
        "format_version: 99,",
        "format_version: 99,\n    reviewers: [(name: \"x\")],",
    );
    // Nor does it matter where the version is written.
    let bad_version_last = edited(
        &edited(&bad, "    format_version: 99,\n", ""),
        "\n)\n",
        "\n    format_version: 99,\n)\n",
    );
    for bad in [bad, bad_with_new_field, bad_version_last] {
        let (_dir, _, err) = load_bad(&bad);
        assert_eq!(err.kind, LoadErrorKind::UnsupportedVersion { found: 99 });
        assert_eq!(
            place_of(&err),
            Some(place_after(&bad, "format_version: ", "99")),
            "{err}"
        );
        let message = err.to_string();
        assert!(message.contains("99"), "{message}");
        assert!(
            message.contains(&format!("version {FORMAT_VERSION}"))
                || message.contains(&format!("to {FORMAT_VERSION}")),
            "{message} does not give the current version"
        );
    }
}

// ---------------------------------------------------------------- bytes

#[test]
fn bytes_that_are_not_utf8_are_not_text() {
    let text = default_text();
    let mut bytes = text.into_bytes();
    let at = bytes.windows(5).position(|w| w == b"PMO\",").expect("PMO");
    let place = place_at(std::str::from_utf8(&bytes).expect("text"), at);
    bytes.splice(at..at, [0xff, 0xfe, 0xc3]);
    let (_dir, _, err) = load_bad(&bytes);
    assert_eq!(err.kind, LoadErrorKind::NotText);
    assert_eq!(
        place_of(&err),
        Some(place),
        "the first byte that is not text"
    );
    // A UTF-16 file (with its byte-order mark) is recognised as such.
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "(format_version: 1)"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let (_dir, _, err) = load_bad(&utf16);
    assert_eq!(err.kind, LoadErrorKind::Utf16);
    assert!(err.to_string().contains("UTF-8"), "says what to do: {err}");
}

#[test]
fn a_file_over_the_limit_is_too_large() {
    let dir = tempfile::tempdir().expect("tempdir");
    for len in [MAX_READ_BYTES + 1, 4 * MAX_READ_BYTES] {
        let path = dir.path().join(format!("huge-{len}.ron"));
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(len).expect("sparse file");
        drop(file);
        let err = load(&path).expect_err("a huge file loaded");
        assert_eq!(err.kind, LoadErrorKind::TooLarge { bytes: len });
        check_names_file(&err, &path);
        assert!(err.to_string().contains("MiB"), "{err}");
    }
}

#[test]
fn a_file_of_exactly_the_limit_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("limit.ron");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_READ_BYTES).expect("sparse file");
    drop(file);
    let err = load(&path).expect_err("zero bytes are not a design");
    assert!(
        !matches!(
            err.kind,
            LoadErrorKind::TooLarge { .. } | LoadErrorKind::Io(_)
        ),
        "{:?}",
        err.kind
    );
}

#[test]
fn a_folder_is_not_a_regular_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("folder.ron");
    std::fs::create_dir(&path).expect("mkdir");
    let err = load(&path).expect_err("a folder loaded");
    assert_eq!(err.kind, LoadErrorKind::NotRegularFile { what: "a folder" });
    check_names_file(&err, &path);
    assert!(err.to_string().contains("a folder"), "{err}");
}

#[test]
fn a_missing_file_is_an_io_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("not there.ron");
    let err = load(&path).expect_err("a missing file loaded");
    assert!(matches!(err.kind, LoadErrorKind::Io(_)), "{:?}", err.kind);
    check_names_file(&err, &path);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = 10_000;
    let mut texts = vec!["[".repeat(deep), "(".repeat(deep)];
    for (open, close) in [("[", "]"), ("(", ")"), ("Some(", ")")] {
        // Balanced nesting, in a field a version probe would skip over…
        texts.push(format!(
            "(future: {}{}, format_version: 1)",
            open.repeat(deep),
            close.repeat(deep)
        ));
        // …and where a design's values go.
        let text = default_text();
        texts.push(edited(
            &text,
            "owner: \"cio\"",
            &format!("owner: {}\"cio\"{}", open.repeat(deep), close.repeat(deep)),
        ));
        texts.push(edited(
            &text,
            "executives: [",
            &format!("executives: [{}", open.repeat(deep)),
        ));
    }
    for text in texts {
        let (_dir, _, err) = load_bad(&text);
        assert!(
            !matches!(err.kind, LoadErrorKind::Io(_) | LoadErrorKind::NotText),
            "{:?}",
            err.kind
        );
    }
}

fn hand_written(file: &str) -> (PathBuf, String, LoadError) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/bad")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let err = load(&path).expect_err(file);
    check_names_file(&err, &path);
    (path, text, err)
}

#[test]
fn a_hand_written_compact_file_with_an_unknown_owner_points_at_its_place() {
    let (_, text, err) = hand_written("unknown-owner-compact.ron");
    // The owner is on the item's second line.
    let place = place_after(&text, "(id: \"security\"", "owner");
    assert_eq!(place.0, nth_line_with(&text, "(id: \"security\"", 0) + 1);
    assert_rule(
        &err,
        responsibility(2, "security"),
        "owner",
        Problem::UnknownOwner("ciso".into()),
        place,
    );
}

/// In the compact style an item's name and id share a line, so a name equal
/// to another item's id must not be taken for that item's declaration.
#[test]
fn an_error_place_is_not_fooled_by_a_name_equal_to_another_id() {
    let (_, text, err) = hand_written("name-like-another-id.ron");
    let place = place_after(&text, "(id: \"security\"", "size");
    assert_eq!(place.0, nth_line_with(&text, "(id: \"security\"", 0));
    assert_rule(
        &err,
        responsibility(2, "security"),
        "size",
        Problem::Size(0.0),
        place,
    );
}

// ---------------------------------------------------------------- saving

#[test]
fn saving_into_a_missing_folder_fails_and_leaves_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("no such folder").join("d.ron");
    let err = save(&default_design(), &path).expect_err("saved into a missing folder");
    assert_eq!(err.path, path);
    assert!(err.to_string().contains("d.ron"), "{err}");
    assert!(!path.exists());
    assert!(!dir.path().join("no such folder").exists());
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn a_failed_save_over_a_folder_keeps_the_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("d.ron");
    std::fs::create_dir(&path).expect("mkdir");
    std::fs::write(path.join("inside.txt"), "keep me").expect("write");
    let err = save(&default_design(), &path).expect_err("saved over a folder");
    assert_eq!(err.path, path);
    assert!(path.is_dir());
    assert_eq!(
        std::fs::read_to_string(path.join("inside.txt")).expect("read"),
        "keep me"
    );
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn a_failed_save_leaves_the_old_file_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("d.ron");
    save(&default_design(), &path).expect("first save");
    let old = std::fs::read(&path).expect("read");
    let mut changed = default_design();
    changed.name = "Changed".into();

    // A write that fails half-way (a full disk).
    let text = to_text(&changed).expect("text");
    let result = write_atomically_with(&path, |file| {
        use std::io::Write as _;
        file.write_all(&text.as_bytes()[..text.len() / 2])?;
        Err(std::io::Error::other("disk full (injected)"))
    });
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).expect("read"), old);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());

    // A folder that cannot be written to. Root may write anyway: then this
    // part proves nothing and is skipped (the failures above still count).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let folder = dir.path();
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        let probe = folder.join("probe");
        let blocked = std::fs::write(&probe, b"x").is_err();
        let _ = std::fs::remove_file(&probe);
        let result = save(&changed, &path);
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        if blocked {
            let err = result.expect_err("saved into a read-only folder");
            assert_eq!(err.path, path);
            assert_eq!(std::fs::read(&path).expect("read"), old);
        } else {
            eprintln!("read-only folders do not stop this user; skipped that case");
            assert_eq!(load(&path).expect("load"), changed);
        }
    }
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn a_successful_save_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("d.ron");
    for (_, design) in all_designs() {
        save(&design, &path).expect("save");
        assert_eq!(load(&path).expect("load"), design);
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["d.ron"]);
}

/// What could not be loaded again is never written: `to_text` and `save`
/// check the same rules as the loader, and say which is broken.
#[test]
fn an_invalid_design_is_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("d.ron");
    save(&default_design(), &path).expect("first save");
    let old = std::fs::read(&path).expect("read");
    let mut design = default_design();
    design.responsibilities[2].name = "bell\u{7}".into();
    let rule = rules::validate(&design).expect_err("a control character");
    let why = to_text(&design).expect_err("not written");
    assert!(why.contains(&rule.to_string()), "{why}");
    let err = save(&design, &path).expect_err("not saved");
    assert_eq!(err.path, path);
    assert!(err.to_string().contains(&rule.to_string()), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), old);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

/// What loads validates, and the loader reports the rule `validate` names,
/// at the place of the field in the file.
#[test]
fn validate_agrees_with_load() {
    let mut design = default_design();
    assert_eq!(rules::validate(&design), Ok(()));
    design.responsibilities[2].size = -3.0;
    let rule = rules::validate(&design).expect_err("negative size");
    let id = design.responsibilities[2].id.0.clone();
    assert_eq!(
        rule,
        RuleError {
            subject: responsibility(2, &id),
            field: "size",
            problem: Problem::Size(-3.0),
        }
    );
    // Written by hand (the writer refuses it), the loader says the same.
    let size = default_design().responsibilities[2].size;
    let text = edited_in(&default_text(), &id, &format!("size: {size},"), "size: -3,");
    let err = parse(&text).expect_err("negative size");
    assert_eq!(err.kind, LoadErrorKind::Rule(Box::new(rule.clone())));
    assert_eq!(place_of(&err), Some(field_place(&text, &id, 0, "size")));
    assert_eq!(
        err.to_string(),
        format!(
            "design:{}:{}: {rule}",
            err.line.unwrap(),
            err.column.unwrap()
        )
    );
}
