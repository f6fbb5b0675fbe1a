//! `remit diff OLD NEW` and the change list under it: the change list is
//! empty for a design against itself and only for designs alike in all it
//! covers (property tests on the generated designs of `properties`); the
//! command as a real process prints a move with its reason, CSV and JSON
//! of the documented shapes, exits 0, 1 or 2 as a script expects, names a
//! broken file with its line, and prints what `docs/command-line.md` shows.

use std::process::{Command, Output};

use proptest::prelude::*;
use remit::model::compare::changes;
use remit::model::{Design, DottedLine, ExecutiveId, ReportsTo, Role, WorkKind};

use crate::properties::{config, design};

const AS_IS: &str = "tests/files/diff/as-is.ron";
const OPTION_A: &str = "tests/files/diff/option-a.ron";

/// Runs `remit diff` with `args` in the crate folder.
fn remit_diff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .arg("diff")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
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

#[test]
fn a_move_prints_with_its_reason_and_the_status_says_the_designs_differ() {
    let output = remit_diff(&[AS_IS, OPTION_A]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.lines().any(|l| l
            == "“Information security” moved from the CIO to the CTO: Security is part of what we sell."),
        "{text}"
    );
    assert!(
        text.contains("\nBalance and clarity (before → after)\n"),
        "{text}"
    );
    assert!(
        text.contains("\nCTO           external 90% → 76% (−14)"),
        "{text}"
    );
    assert!(stderr(&output).is_empty());
}

#[test]
fn the_same_design_twice_exits_0() {
    let output = remit_diff(&[AS_IS, AS_IS, "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "\"kind\",\"item\",\"from\",\"to\",\"reason\"\n"
    );
    let output = remit_diff(&[AS_IS, AS_IS]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("No changes\n"));
}

#[test]
fn csv_has_the_header_and_one_quoted_row_per_change() {
    let output = remit_diff(&[AS_IS, OPTION_A, "--format", "csv"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        ["kind", "item", "from", "to", "reason"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    // The CTO, who became the owner, has no role line of its own: the move
    // says so.
    assert_eq!(rows.len(), 5, "{text}");
    assert!(
        text.lines().all(|l| l.starts_with('"') && l.ends_with('"')),
        "{text}"
    );
    let moved = rows.iter().find(|r| &r[0] == "card-moved").expect("a move");
    assert_eq!(
        moved.iter().collect::<Vec<_>>(),
        [
            "card-moved",
            "Information security",
            "the CIO",
            "the CTO",
            "Security is part of what we sell."
        ]
    );
    assert!(
        rows.iter()
            .any(|r| &r[0] == "role-changed" && &r[1] == "Information security: CIO")
    );
}

#[test]
fn json_has_the_changes_and_both_designs_figures() {
    let output = remit_diff(&[AS_IS, OPTION_A, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let changes = value["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 5);
    for change in changes {
        for field in ["kind", "item", "from", "to", "reason", "message"] {
            assert!(change[field].is_string(), "{field} in {change}");
        }
    }
    assert_eq!(changes[1]["kind"], "card-moved");
    assert_eq!(changes[1]["reason"], "Security is part of what we sell.");
    let executives = value["executives"].as_array().expect("executives");
    let cto = executives
        .iter()
        .find(|e| e["id"] == "cto")
        .expect("the CTO");
    assert_eq!(cto["before"]["external_percent"], 90);
    assert_eq!(cto["after"]["external_percent"], 76);
    assert_eq!(cto["external_difference"], -14);
    assert_eq!(value["organisation"]["title"], "Organisation");
    assert!(value["organisation"]["clarity_difference"].is_i64());
}

#[test]
fn a_broken_or_missing_file_is_named_with_its_line_and_exits_2() {
    let output = remit_diff(&["tests/files/bad/unknown-owner-compact.ron", AS_IS]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let message = stderr(&output);
    assert!(
        message.starts_with("remit: tests/files/bad/unknown-owner-compact.ron:19:20: "),
        "{message}"
    );
    let output = remit_diff(&[AS_IS, "tests/files/diff/no-such-file.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no-such-file.ron"),
        "{}",
        stderr(&output)
    );
    let output = remit_diff(&[AS_IS]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a usage error is trouble too"
    );
}

#[test]
fn the_readme_example_is_what_the_command_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/command-line.md"))
            .expect("docs/command-line.md");
    let marker = format!("`remit diff {AS_IS} {OPTION_A}` prints:\n\n```text\n");
    let start = readme
        .find(&marker)
        .expect("the example in docs/command-line.md")
        + marker.len();
    let end = readme[start..].find("```").expect("the end of the example") + start;
    let output = remit_diff(&[AS_IS, OPTION_A]);
    assert_eq!(stdout(&output), &readme[start..end]);
}

/// The parts of a design the change list covers, in a form that compares
/// with `==` whatever the order of cards, executives and lines.
fn covered(d: &Design) -> impl PartialEq + std::fmt::Debug {
    type Card = (
        String,
        Option<ExecutiveId>,
        String,
        u64,
        u64,
        WorkKind,
        Vec<(ExecutiveId, Role)>,
    );
    type Boss = (String, String, String, String, String, ReportsTo);
    let mut executives: Vec<Boss> = d
        .executives
        .iter()
        .map(|e| {
            (
                e.id.0.clone(),
                e.short_title.clone(),
                e.full_title.clone(),
                e.person.clone(),
                format!("{:?}", e.orientation),
                e.reports_to.clone(),
            )
        })
        .collect();
    executives.sort_by(|a, b| a.0.cmp(&b.0));
    let mut cards: Vec<Card> = d
        .responsibilities
        .iter()
        .map(|r| {
            (
                r.id.0.clone(),
                r.owner.clone(),
                r.name.clone(),
                r.external_share.to_bits(),
                r.size.to_bits(),
                r.kind,
                r.roles.iter().map(|(e, role)| (e.clone(), *role)).collect(),
            )
        })
        .collect();
    cards.sort_by(|a, b| a.0.cmp(&b.0));
    let mut lines: Vec<DottedLine> = d.dotted_lines.clone();
    lines.sort();
    lines.dedup();
    (executives, cards, lines)
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn a_design_against_itself_has_no_changes(d in design()) {
        prop_assert!(changes(&d, &d).is_empty());
    }

    #[test]
    fn no_changes_only_when_alike_in_all_the_list_covers(a in design(), b in design()) {
        prop_assert_eq!(changes(&a, &b).is_empty(), covered(&a) == covered(&b));
    }

    #[test]
    fn one_edit_is_listed(d in design(), pick in any::<prop::sample::Index>(), what in 0..6_u8) {
        prop_assume!(!d.responsibilities.is_empty());
        let mut e = d.clone();
        let i = pick.index(e.responsibilities.len());
        let card = &mut e.responsibilities[i];
        match what {
            0 => card.name.push('x'),
            1 => card.size += 1.0,
            2 => card.external_share = if card.external_share > 0.5 { 0.0 } else { 1.0 },
            3 => card.owner = None,
            4 => card.kind = if card.kind == WorkKind::Security { WorkKind::Data } else { WorkKind::Security },
            _ => { e.responsibilities.remove(i); }
        }
        prop_assert_eq!(changes(&d, &e).is_empty(), covered(&d) == covered(&e));
        prop_assert_eq!(changes(&e, &d).is_empty(), covered(&d) == covered(&e));
    }
}
