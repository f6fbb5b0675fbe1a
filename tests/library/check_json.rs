//! `remit check --explain` and `remit check --format json`, run as a real
//! process: the why (and fix) under each finding, the JSON document's shape
//! for a good design with known findings and for a broken file, and exit
//! statuses that match the text output's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use remit::file;
use remit::model::{Design, DesignBalance, Edit, Index, ResponsibilityId, findings};
use remit::templates::default_design;
use serde_json::Value;

/// Runs `remit` with `args` in the crate folder.
fn remit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("REMIT_FILE_DIALOG")
        .output()
        .expect("run remit")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn text(path: &Path) -> &str {
    path.to_str().expect("UTF-8")
}

/// The default design with its two disputed cards (vendor management and
/// architecture, which it places on purpose) back in the tray: a warning
/// with a why.
fn waiting_design() -> Design {
    let mut design = default_design();
    for id in ["vendor-management", "architecture"] {
        design
            .apply(Edit::Move {
                responsibility: ResponsibilityId(id.into()),
                to: None,
            })
            .expect("move");
    }
    design
}

/// [`waiting_design`], saved.
fn tray_design(dir: &Path) -> PathBuf {
    let path = dir.join("tray.ron");
    file::save(&waiting_design(), &path).expect("save");
    path
}

/// A file with a syntax error on line 2.
fn broken_design(dir: &Path) -> PathBuf {
    let path = dir.join("broken.ron");
    std::fs::write(&path, "(\n  name: \"x\" oops\n").expect("write");
    path
}

#[test]
fn explain_prints_the_why_and_fix_under_each_finding() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = tray_design(dir.path());
    let output = remit(&["check", "--findings", "--explain", text(&path)]);
    assert_eq!(output.status.code(), Some(1), "a warning fails");
    let out = stdout(&output);
    let design = waiting_design();
    let index = Index::of(&design);
    let found = findings(&design, &index, &DesignBalance::of_indexed(&design, &index));
    let unassigned = found
        .iter()
        .find(|f| f.message == "2 cards are unassigned")
        .expect("the tray finding");
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "  warning: 2 cards are unassigned")
        .expect("the finding line");
    assert!(lines[at + 1].starts_with("    why: "), "{out}");
    // The why, wrapped, reads back as the model's words.
    let why: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("         ") || l.starts_with("    why: ") || l.is_empty())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_start().trim_start_matches("why: "))
        .collect();
    assert_eq!(
        why.join(" "),
        unassigned
            .why
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    // The explanations are wrapped (a finding's own line is as long as it
    // is), and a why in paragraphs keeps them, not escaped line breaks.
    assert!(
        lines
            .iter()
            .filter(|l| l.starts_with("    "))
            .all(|l| l.chars().count() <= 80),
        "{out}"
    );
    assert!(!out.contains("\\u{a}"), "{out}");
    if let Some(fix) = &unassigned.fix {
        assert!(out.contains(&format!("    fix: {}", fix.label)), "{out}");
    }
    // Every finding is followed by its why.
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("  ") && !line.starts_with("   ") {
            assert!(lines[i + 1].starts_with("    why: "), "{out}");
        }
    }
    // --explain needs --findings: a usage error.
    let output = remit(&["check", "--explain", text(&path)]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn json_gives_the_balance_and_findings_of_a_good_design() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = tray_design(dir.path());
    let output = remit(&["check", "--format", "json", text(&path)]);
    // Without --findings, a warning does not fail, as with text.
    assert_eq!(output.status.code(), Some(0));
    let doc: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let files = doc.as_array().expect("an array");
    assert_eq!(files.len(), 1);
    let one = &files[0];
    assert_eq!(one["file"], text(&path));
    assert_eq!(one["ok"], true);
    assert!(one["error"].is_null());

    let design = waiting_design();
    let balance = DesignBalance::of(&design);
    let executives = one["balance"]["executives"].as_array().expect("executives");
    assert_eq!(executives.len(), design.executives.len());
    for (i, (e, row)) in design.executives.iter().zip(executives).enumerate() {
        let b = balance.executive_at(i);
        assert_eq!(row["id"], e.id.as_str());
        assert_eq!(row["short_title"], e.short_title.as_str());
        assert_eq!(row["items"], b.count);
        assert_eq!(
            row["external_percent"].as_u64(),
            b.external_percent().map(u64::from)
        );
        assert!(row["size"].is_number() && row.get("clarity").is_some());
        assert!(row.get("share_of_total_percent").is_some());
    }
    assert_eq!(
        one["balance"]["organisation"]["items"],
        balance.organisation.count
    );
    assert_eq!(one["balance"]["unassigned"]["items"], 2);

    let found = one["findings"].as_array().expect("findings");
    let tray = found
        .iter()
        .find(|f| f["kind"] == "unassigned")
        .expect("the tray finding");
    assert_eq!(tray["severity"], "warning");
    assert_eq!(tray["message"], "2 cards are unassigned");
    assert!(tray["why"].as_str().is_some_and(|w| !w.is_empty()));
    assert!(tray["fix"].is_null() || tray["fix"].is_string());
    let cards: Vec<&str> = tray["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(cards.len(), 2, "{tray}");
    for f in found {
        assert!(
            f["executives"].is_array() && f["unlisted_cards"].is_number(),
            "{f}"
        );
    }

    // With --findings the warning fails, as with text.
    let output = remit(&["check", "--findings", "--format", "json", text(&path)]);
    assert_eq!(output.status.code(), Some(1));
    let again: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(again, doc);
}

#[test]
fn json_names_the_line_of_a_broken_file_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = tray_design(dir.path());
    let broken = broken_design(dir.path());
    let output = remit(&["check", "--format", "json", text(&good), text(&broken)]);
    assert_eq!(output.status.code(), Some(1));
    let doc: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let bad = &doc[1];
    assert_eq!(bad["file"], text(&broken));
    assert_eq!(bad["ok"], false);
    assert_eq!(bad["error"]["line"], 2);
    assert!(bad["error"]["column"].is_number());
    assert!(
        bad["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    assert!(bad["balance"].is_null());
    assert_eq!(bad["findings"], Value::Array(Vec::new()));
    // The same status as the text output.
    let output = remit(&["check", text(&good), text(&broken)]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn help_describes_both_options() {
    let output = remit(&["check", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    assert!(help.contains("--explain"), "{help}");
    assert!(help.contains("--format"), "{help}");
    assert!(help.contains("json"), "{help}");
    assert!(help.contains("always included"), "{help}");
}

/// The examples of both in `docs/command-line.md` are the real output
/// (shortened).
#[test]
fn the_readme_examples_are_real() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/command-line.md"))
            .expect("docs/command-line.md");
    let fenced = |start: &str| -> String {
        let opening = format!("```{start}");
        let at = readme
            .find(&opening)
            .expect("the example in docs/command-line.md");
        let body = &readme[at..];
        let body = &body[body.find('\n').expect("a line") + 1..];
        body[..body.find("```").expect("its end")].to_owned()
    };
    let example = "assets/examples/traditional-split.ron";
    let shown = fenced("text\nassets/examples/traditional-split.ron: ok");
    let output = remit(&["check", "--findings", "--explain", example]);
    assert!(stdout(&output).starts_with(&shown), "{shown}");

    let shown: Value = serde_json::from_str(&fenced("json\n")).expect("the documented JSON");
    let example = "assets/examples/traditional-split.ron";
    let output = remit(&["check", "--format", "json", example]);
    let real: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let (shown, real) = (&shown[0], &real[0]);
    for key in ["file", "ok", "error", "company"] {
        assert_eq!(shown[key], real[key], "{key}");
    }
    for key in ["organisation", "unassigned"] {
        assert_eq!(shown["balance"][key], real["balance"][key], "{key}");
    }
    assert_eq!(
        shown["balance"]["executives"][0],
        real["balance"]["executives"][0]
    );
    assert_eq!(shown["findings"][0], real["findings"][0]);
}

#[test]
fn json_says_what_the_design_tells_of_its_company_and_which_side_each_executive_leads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut design = remit::templates::default_design();
    design.company.people = Some(150);
    design.company.goal = remit::model::company::Goal::Product;
    // The CTO's orientation left unset: its side comes from its title.
    design.executives[1].orientation = remit::model::Orientation::NotSet;
    let path = dir.path().join("startup.ron");
    std::fs::write(&path, remit::file::to_text(&design).expect("text")).expect("write");
    let output = remit(&["check", "--format", "json", text(&path)]);
    let real: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let company = &real[0]["company"];
    assert_eq!(company["people"], 150);
    assert_eq!(company["size"], "Small");
    assert_eq!(company["sector"], Value::Null);
    assert_eq!(company["goal"], "Product");
    let executives = &real[0]["balance"]["executives"];
    assert_eq!(executives[0]["leads"], "internal");
    assert_eq!(executives[0]["leads_assumed"], false);
    assert_eq!(executives[1]["leads"], "external");
    assert_eq!(executives[1]["leads_assumed"], true);
}
