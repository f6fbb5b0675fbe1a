//! The `remit` binary's command line, run as a real process: `remit report`
//! on the shipped examples (its figures checked against the library's own
//! balance computation, then one reporting line per executive and the
//! dotted lines), on bad files (the library's error message on
//! standard error, status 1), `remit check` on good and bad files (one line
//! each, the exit status a script can trust), and the help, version and
//! usage errors. The designer window is never opened: every invocation here
//! either reports or fails before a window could exist.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use remit::file::{self, FORMAT_VERSION, to_text};
use remit::model::clarity::Grade;
use remit::model::{
    Balance, Ceo, Design, DesignBalance, DesignClarity, DottedLine, Executive, ExecutiveId,
    Position, ReportsTo, Rgb,
};
use remit::templates::{TEMPLATES, default_design};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `remit` with `args` in the crate folder.
fn remit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(manifest_dir())
        .env_remove("REMIT_FILE_DIALOG")
        .output()
        .expect("run remit")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// One parsed row of the report.
#[derive(Debug, PartialEq)]
struct Row {
    title: String,
    internal: Option<u32>,
    external: Option<u32>,
    items: usize,
}

fn percent(token: &str) -> Option<u32> {
    if token == "–" {
        None
    } else {
        Some(
            token
                .strip_suffix('%')
                .unwrap_or_else(|| panic!("{token:?} is not a percentage"))
                .parse()
                .expect("a whole percentage"),
        )
    }
}

fn parse_row(line: &str) -> Row {
    let at = line
        .find("  internal ")
        .unwrap_or_else(|| panic!("no `internal` in {line:?}"));
    let title = line[..at].trim_end().to_owned();
    let words: Vec<&str> = line[at..].split_whitespace().collect();
    let after = |word: &str| -> &str {
        let i = words
            .iter()
            .position(|w| *w == word)
            .unwrap_or_else(|| panic!("no {word:?} in {line:?}"));
        words[i + 1]
    };
    Row {
        title,
        internal: percent(after("internal")),
        external: percent(after("external")),
        items: after("items").parse().expect("item count"),
    }
}

fn expected_row(title: &str, b: &Balance) -> Row {
    Row {
        title: title.to_owned(),
        internal: b.internal_percent(),
        external: b.external_percent(),
        items: b.count,
    }
}

/// The reporting section of a report, as `docs/command-line.md` describes it: whom
/// each executive reports to, in design order, then the dotted lines.
/// (Titles here are plain: no test design needs escaping.)
fn expected_reporting(design: &Design) -> Vec<String> {
    let title = |id: &ExecutiveId| {
        design
            .executive(id)
            .map(|e| e.short_title.clone())
            .expect("on the chart")
    };
    let ceo = design.ceo.as_ref().map_or("CEO", |c| c.title.as_str());
    let mut lines = vec![String::new(), "Reporting lines".to_owned()];
    for e in &design.executives {
        let who = &e.short_title;
        lines.push(match &e.reports_to {
            ReportsTo::NotSet => format!("{who}: reporting line not set"),
            ReportsTo::Ceo => format!("{who} reports to {ceo}"),
            ReportsTo::Executive(id) => format!("{who} reports to {}", title(id)),
            ReportsTo::Outside(role) => format!("{who} reports to {role} (not on the chart)"),
        });
    }
    for line in &design.dotted_lines {
        lines.push(format!(
            "{} has a dotted line to {}",
            title(&line.from),
            title(&line.to)
        ));
    }
    lines
}

/// Checks a report printed for `design` line by line against the library's
/// balance of that design, then its reporting lines.
fn check_report(text: &str, design: &Design) {
    let balance = DesignBalance::of(design);
    let lines: Vec<&str> = text.lines().collect();
    let reporting = expected_reporting(design);
    let clarity = expected_clarity(design);
    assert_eq!(
        lines.len(),
        design.executives.len() + 3 + reporting.len() + clarity.len(),
        "a heading, one line per executive, the organisation and the tray, \
         then the reporting lines, then the clarity scores:\n{text}"
    );
    assert!(lines[0].contains(&design.name), "{text}");
    for (i, e) in design.executives.iter().enumerate() {
        assert_eq!(
            parse_row(lines[1 + i]),
            expected_row(&e.short_title, &balance.executive(&e.id)),
            "{text}"
        );
    }
    let n = design.executives.len();
    assert_eq!(
        parse_row(lines[1 + n]),
        expected_row("Organisation", &balance.organisation),
        "{text}"
    );
    let unassigned = lines[2 + n];
    let count = balance.unassigned.count;
    let expected = format!(
        "Unassigned: {count} item{}",
        if count == 1 { "" } else { "s" }
    );
    assert!(
        unassigned.starts_with(&expected),
        "{unassigned:?} should start with {expected:?}"
    );
    let end = 3 + n + reporting.len();
    assert_eq!(lines[3 + n..end], reporting, "{text}");
    // Aligned in columns: compared word by word.
    let printed: Vec<String> = lines[end..]
        .iter()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(printed, clarity, "{text}");
}

/// The clarity section, as `docs/command-line.md` describes it: a blank line, a
/// heading, then each executive's score and the design's, from the model.
fn expected_clarity(design: &Design) -> Vec<String> {
    let clarity = DesignClarity::of(design);
    let mut lines = vec![String::new(), "Clarity (0 to 100)".to_owned()];
    let written = |grade: Grade, alone: &str| match grade {
        Grade::Score(score) => score.to_string(),
        Grade::NotGraded => format!("not graded ({alone})"),
        Grade::Nothing => "none (nothing assigned)".to_owned(),
    };
    for (i, e) in design.executives.iter().enumerate() {
        let grade = written(clarity.grade_at(i), "the only executive holding work");
        lines.push(format!("{} {grade}", e.short_title));
    }
    let overall = written(clarity.overall_grade(), "one executive holds all the work");
    lines.push(format!("Organisation {overall}"));
    lines
}

#[test]
fn report_on_the_default_example_prints_every_executive_then_the_organisation() {
    let stem = TEMPLATES[0].file_stem;
    let relative = format!("assets/examples/{stem}.ron");
    let design = file::load(&manifest_dir().join(&relative)).expect("load");
    assert_eq!(design, default_design());
    let output = remit(&["report", &relative]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    check_report(&text, &design);
    // The default design has both a CIO and a CTO line, with percentages.
    for title in ["CIO", "CTO", "Organisation"] {
        let line = text
            .lines()
            .find(|l| l.starts_with(title))
            .unwrap_or_else(|| panic!("no {title} line in\n{text}"));
        assert!(
            line.contains("internal") && line.contains("external"),
            "{line}"
        );
        assert!(line.matches('%').count() == 2, "{line}");
    }
    // Then whom each reports to: the CEO box.
    assert!(
        text.contains("\n\nReporting lines\nCIO reports to CEO\nCTO reports to CEO\n\nClarity"),
        "{text}"
    );
    // It is the same text the library produces.
    assert_eq!(text, remit::cli::report(&design));
}

/// Every kind of reporting line, and the dotted lines, in design order;
/// the CEO box's own title; and titles and roles from the file escaped for
/// the terminal like every other name.
#[test]
fn report_names_every_kind_of_reporting_line_and_the_dotted_lines() {
    let mut design = default_design();
    let exec = |id: &str, title: &str, reports_to: ReportsTo| Executive {
        id: ExecutiveId(id.into()),
        short_title: title.into(),
        full_title: title.into(),
        colour: Rgb(0x3a, 0x8f, 0x5c),
        position: Position { x: 700.0, y: 24.0 },
        reports_to,
        ..Default::default()
    };
    design.ceo = Some(Ceo {
        title: "Chief Executive".into(),
        name: "Ada".into(),
        position: Position { x: 300.0, y: 0.0 },
    });
    design.executives.extend([
        exec(
            "ciso",
            "CISO",
            ReportsTo::Executive(ExecutiveId("cio".into())),
        ),
        exec("cpo", "CPO", ReportsTo::Outside("C\u{2066}OO".into())),
        exec("vp", "VP \u{202e}ops", ReportsTo::NotSet),
    ]);
    design.dotted_lines = vec![
        DottedLine {
            from: ExecutiveId("ciso".into()),
            to: ExecutiveId("cto".into()),
        },
        DottedLine {
            from: ExecutiveId("vp".into()),
            to: ExecutiveId("cpo".into()),
        },
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("chart.ron");
    file::save(&design, &path).expect("save");
    let output = remit(&["report", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let n = design.executives.len();
    let reporting: Vec<&str> = text
        .lines()
        .skip(n + 3)
        .take_while(|l| !l.starts_with("Clarity"))
        .collect();
    assert_eq!(
        &reporting[..reporting.len() - 1],
        [
            "",
            "Reporting lines",
            "CIO reports to Chief Executive",
            "CTO reports to Chief Executive",
            "CISO reports to CIO",
            "CPO reports to C\\u{2066}OO (not on the chart)",
            "VP \\u{202e}ops: reporting line not set",
            "CISO has a dotted line to CTO",
            "VP \\u{202e}ops has a dotted line to CPO",
        ],
        "{text}"
    );
    // Then the clarity scores, a title written safely there too.
    let clarity: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Clarity"))
        .skip(1)
        .collect();
    assert_eq!(clarity.len(), n + 1, "{text}");
    assert!(clarity[4].starts_with("VP \\u{202e}ops "), "{text}");
    assert!(clarity[4].ends_with("none (nothing assigned)"), "{text}");
    assert!(
        !text.contains('\u{202e}') && !text.contains('\u{2066}'),
        "direction marks are not printed raw"
    );
    assert_eq!(text, remit::cli::report(&design));
    // Without the CEO box, those who report to the CEO still do.
    design.ceo = None;
    let report = remit::cli::report(&design);
    assert!(report.contains("\nCIO reports to CEO\n"), "{report}");
}

#[test]
fn report_on_every_shipped_example_matches_the_library() {
    for t in TEMPLATES {
        let path = manifest_dir()
            .join("assets/examples")
            .join(format!("{}.ron", t.file_stem));
        let design = file::load(&path).expect("load");
        let output = remit(&["report", path.to_str().expect("UTF-8 path")]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        check_report(&stdout(&output), &design);
    }
}

#[test]
fn report_shows_no_percentage_for_an_executive_owning_nothing() {
    let mut design = default_design();
    design.executives.push(Executive {
        id: ExecutiveId("ciso".into()),
        short_title: "CISO".into(),
        full_title: "Chief Information Security Officer".into(),
        colour: Rgb(0x3a, 0x8f, 0x5c),
        position: Position { x: 700.0, y: 24.0 },
        ..Default::default()
    });
    // Exactly one item in the tray, to check the singular: the default
    // design leaves none there, so the first card with no roles goes back
    // to the tray, and anything else unassigned goes to the CTO.
    let lone = design
        .responsibilities
        .iter()
        .position(|r| r.roles.is_empty())
        .expect("a card with no roles");
    for (i, r) in design.responsibilities.iter_mut().enumerate() {
        if i == lone {
            r.owner = None;
        } else if r.owner.is_none() {
            r.owner = Some(ExecutiveId("cto".into()));
        }
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("with ciso.ron");
    file::save(&design, &path).expect("save");
    let output = remit(&["report", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    check_report(&text, &design);
    let ciso = text
        .lines()
        .find(|l| l.starts_with("CISO"))
        .expect("a CISO line");
    let row = parse_row(ciso);
    assert_eq!((row.internal, row.external, row.items), (None, None, 0));
    assert!(!ciso.contains('%'), "{ciso}");
    assert!(
        text.lines().any(|l| l.starts_with("Unassigned: 1 item ")),
        "{text}"
    );
}

/// Writes `bytes` to a file in `dir` and checks that `remit report` on it
/// fails with status 1, prints nothing on standard output and exactly the
/// library's message on standard error.
fn check_bad_report(path: &Path) {
    let expected = file::load(path).expect_err("a bad file").to_string();
    assert!(expected.contains(&path.display().to_string()), "{expected}");
    let output = remit(&["report", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(stdout(&output), "", "nothing on standard output");
    let err = stderr(&output);
    assert!(err.contains(&expected), "{err:?} lacks {expected:?}");
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert_eq!(err.trim_end(), format!("remit: {expected}"));
}

#[test]
fn report_on_bad_files_prints_the_library_message_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = to_text(&default_design()).expect("text");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "unknown owner.ron",
            text.replacen("owner: \"cio\"", "owner: \"nobody\"", 1)
                .into_bytes(),
        ),
        (
            "truncated.ron",
            text.as_bytes()[..text[..text.len() / 2].rfind('\n').expect("newline")].to_vec(),
        ),
        (
            "version-99.ron",
            text.replacen(
                &format!("format_version: {FORMAT_VERSION}"),
                "format_version: 99",
                1,
            )
            .into_bytes(),
        ),
        ("not text é.ron", vec![0xff, 0xfe, 0x00, 0x28]),
        ("empty.ron", Vec::new()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        check_bad_report(&path);
    }
    // A missing file and a folder.
    check_bad_report(&dir.path().join("missing.ron"));
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).expect("mkdir");
    check_bad_report(&folder);
}

#[test]
fn report_on_a_version_99_file_names_both_versions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.ron");
    let text = to_text(&default_design()).expect("text");
    std::fs::write(
        &path,
        text.replacen(
            &format!("format_version: {FORMAT_VERSION}"),
            "format_version: 99",
            1,
        ),
    )
    .expect("write");
    let output = remit(&["report", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("99"), "{err}");
    assert!(
        err.contains(&format!("to {}", remit::file::FORMAT_VERSION)),
        "{err}"
    );
}

#[test]
fn help_explains_every_form() {
    for flag in ["--help", "-h", "help"] {
        let output = remit(&[flag]);
        assert_eq!(output.status.code(), Some(0), "{flag}");
        let text = stdout(&output);
        assert!(text.contains("remit [PATH]"), "{flag}: {text}");
        assert!(text.contains("report"), "{flag}: {text}");
        assert!(text.contains("check"), "{flag}: {text}");
        assert_eq!(stderr(&output), "");
    }
    let output = remit(&["check", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("FILES"), "{text}");
    assert!(text.contains("ok"), "{text}");
}

#[test]
fn version_prints_the_crate_version() {
    let output = remit(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).trim(),
        format!("remit {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_option_exits_2_with_a_message() {
    for flag in ["--frobnicate", "-x", "--report"] {
        let output = remit(&[flag]);
        assert_eq!(output.status.code(), Some(2), "{flag}");
        assert_eq!(stdout(&output), "", "{flag}");
        let err = stderr(&output);
        assert!(err.contains(flag), "{flag}: {err}");
        assert!(err.contains("--help"), "{flag}: {err}");
    }
}

#[test]
fn report_without_a_path_is_a_usage_error() {
    let output = remit(&["report"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(err.contains("report") && err.contains("FILE"), "{err}");
    let output = remit(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("FILES"), "{}", stderr(&output));
}

#[test]
fn too_many_arguments_is_a_usage_error() {
    let example = format!("assets/examples/{}.ron", TEMPLATES[0].file_stem);
    for args in [
        vec!["report", example.as_str(), "extra"],
        // (Several designs without a command open a window each:
        // tests/processes/several_files.rs.)
        vec!["diff", example.as_str(), example.as_str(), "extra"],
    ] {
        let output = remit(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn check_says_ok_for_each_good_file_and_exits_0() {
    let paths: Vec<String> = TEMPLATES
        .iter()
        .map(|t| format!("assets/examples/{}.ron", t.file_stem))
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let output = remit(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let expected: String = paths.iter().map(|p| format!("{p}: ok\n")).collect();
    assert_eq!(stdout(&output), expected);
    assert_eq!(stderr(&output), "");
}

#[test]
fn check_names_the_line_and_column_of_each_bad_file_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = to_text(&default_design()).expect("text");
    let good = dir.path().join("good.ron");
    std::fs::write(&good, &text).expect("write");
    let bad_size = dir.path().join("bad size.ron");
    std::fs::write(&bad_size, text.replacen("size: 5,", "size: 0,", 1)).expect("write");
    let missing = dir.path().join("missing.ron");
    let files = [&bad_size, &good, &missing];
    let mut args = vec!["check".to_owned()];
    args.extend(files.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = remit(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "one line per file, in order:\n{out}");
    // The size is on the first responsibility's line.
    let size_line = text
        .lines()
        .position(|l| l.contains("size: 5,"))
        .map(|i| i + 1)
        .expect("a size");
    let expected = file::load(&bad_size).expect_err("bad").to_string();
    assert_eq!(lines[0], expected);
    assert!(
        lines[0].starts_with(&format!("{}:{size_line}:", bad_size.display())),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("size"), "{}", lines[0]);
    assert_eq!(lines[1], format!("{}: ok", good.display()));
    assert!(
        lines[2].starts_with(&missing.display().to_string()),
        "{}",
        lines[2]
    );
    assert!(lines[2].contains("no such file"), "{}", lines[2]);
}

/// `check --findings`: each valid file's findings, indented under its
/// line, as the model finds them; status 1 only when a design has a
/// warning (the highest severity), 0 when its findings are only judgement
/// calls and notes.
#[test]
fn check_with_findings_lists_them_and_fails_only_on_a_warning() {
    use remit::model::{Index, Severity, findings};
    let dir = tempfile::tempdir().expect("tempdir");
    // The default design: its contested cards placed, on purpose where
    // the sources disagree (a judgement call at most, no warning).
    let placed = default_design();
    let calm = dir.path().join("calm.ron");
    file::save(&placed, &calm).expect("save");
    // The same with its two disputed cards back in the tray (a warning).
    let mut waiting = default_design();
    for id in ["vendor-management", "architecture"] {
        waiting
            .apply(remit::model::Edit::Move {
                responsibility: remit::model::ResponsibilityId(id.into()),
                to: None,
            })
            .expect("move");
    }
    let tray = dir.path().join("tray.ron");
    file::save(&waiting, &tray).expect("save");
    let expected = |design: &Design, path: &std::path::Path| {
        let index = Index::of(design);
        let found = findings(design, &index, &DesignBalance::of_indexed(design, &index));
        let mut lines = vec![format!("{}: ok", path.display())];
        lines.extend(
            found
                .iter()
                .map(|f| format!("  {}: {}", f.severity.word(), f.message)),
        );
        (lines, found.iter().any(|f| f.severity == Severity::HIGHEST))
    };

    let (lines, warned) = expected(&placed, &calm);
    assert!(!warned && lines.len() > 1, "{lines:?}");
    let output = remit(&["check", "--findings", calm.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output).lines().collect::<Vec<_>>(), lines);

    let (lines, warned) = expected(&waiting, &tray);
    assert!(warned);
    let both = [
        "check",
        "--findings",
        calm.to_str().expect("UTF-8"),
        tray.to_str().expect("UTF-8"),
    ];
    let output = remit(&both);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.ends_with(&(lines.join("\n") + "\n")), "{text}");
    assert!(
        text.contains("  warning: 2 cards are unassigned\n"),
        "{text}"
    );

    // Without the flag, the same files are simply valid.
    let output = remit(
        &both[..1]
            .iter()
            .chain(&both[2..])
            .copied()
            .collect::<Vec<_>>(),
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output).lines().count(), 2);
}

/// A finding's message quotes names from the file: they are escaped like
/// everything else printed.
#[test]
fn check_with_findings_escapes_names_from_the_file() {
    let mut design = default_design();
    design.executives.push(Executive {
        id: ExecutiveId("evil".into()),
        short_title: "E\u{202e}vil".into(),
        full_title: "Nobody".into(),
        colour: Rgb(0, 0, 0),
        ..Default::default()
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("evil.ron");
    file::save(&design, &path).expect("save");
    let output = remit(&["check", "--findings", path.to_str().expect("UTF-8")]);
    let text = stdout(&output);
    assert!(!text.contains('\u{202e}'), "{text}");
    assert!(
        text.contains("E\\u{202e}vil"),
        "the owner of nothing is named: {text}"
    );
}
