//! Options on the command line, as a script runs them: `remit compare`
//! (defaults, --from/--to, unknown names, one option, the same option,
//! CSV and JSON), `--option` on diff, report and export, `remit check` on
//! every option, `remit import --into` keeping BASE's options, and the
//! handouts' "Options compared" (PDF and Markdown) and the change list as
//! CSV.

use std::path::Path;
use std::process::{Command, Output};

const ACME: &str = "tests/files/options/acme.ron";
const BROKEN: &str = "tests/files/options/broken-option.ron";
const ONE: &str = "tests/files/diff/as-is.ron";

fn remit_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(dir)
        .env_remove("REMIT_FILE_DIALOG")
        .env("SOURCE_DATE_EPOCH", "1800000000")
        .output()
        .expect("run remit")
}

fn remit(args: &[&str]) -> Output {
    remit_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn compare_by_default_sets_the_second_option_against_the_first() {
    let output = remit(&["compare", ACME]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "“Information security” moved from the CIO to the CTO: Security is part of what we sell.\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nBalance and clarity (before → after)\n"),
        "{text}"
    );
    assert!(
        text.contains("\nCTO           external 90% → 70% (−20)"),
        "{text}"
    );
    assert!(text.contains("\nFindings settled\n"), "{text}");
    assert!(text.contains("\nFindings added\n"), "{text}");
    assert!(stderr(&output).is_empty());
}

#[test]
fn from_and_to_pick_options_by_name_in_any_case() {
    let output = remit(&["compare", ACME, "--from", "option a", "--to", "AS IS"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("“Information security” moved from the CTO to the CIO"),
        "{}",
        stdout(&output)
    );
    // --from the second alone: against the first.
    let output = remit(&["compare", ACME, "--from", "Option A"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_unknown_option_is_refused_with_the_names_there_are() {
    for args in [
        ["compare", ACME, "--to", "Option B"],
        ["compare", ACME, "--from", "Option B"],
    ] {
        let output = remit(&args);
        assert_eq!(output.status.code(), Some(2));
        assert!(stdout(&output).is_empty());
        let message = stderr(&output);
        assert!(message.contains("no option named “Option B”"), "{message}");
        assert!(message.contains("“As is”, “Option A”"), "{message}");
    }
    let output = remit(&["report", ACME, "--option", "Nope"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("“As is”, “Option A”"));
}

#[test]
fn a_design_with_one_option_has_nothing_to_compare() {
    let output = remit(&["compare", ONE]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty(), "lists nothing");
    assert!(
        stderr(&output).contains("has one option, “As is”, and nothing to compare it with"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_option_against_itself_differs_in_nothing() {
    let output = remit(&["compare", ACME, "--from", "Option A", "--to", "option a"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "“Option A” is compared with itself: nothing differs\n"
    );
    let output = remit(&["compare", ACME, "--to", "As is", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "\"kind\",\"item\",\"from\",\"to\",\"reason\"\n"
    );
}

#[test]
fn compare_csv_has_diffs_columns_and_quotes_what_needs_it() {
    let output = remit(&["compare", ACME, "--format", "csv"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["kind", "item", "from", "to", "reason"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let data = rows
        .iter()
        .find(|r| &r[1] == "Data, \"analytics\"")
        .expect("the data card's move");
    assert_eq!(&data[0], "card-moved");
    assert_eq!(&data[4], "Analytics, \"for\" products.");
    assert!(text.contains("\"Data, \"\"analytics\"\"\""), "{text}");
}

#[test]
fn compare_json_has_changes_rows_and_findings() {
    let output = remit(&["compare", ACME, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(value["changes"].as_array().unwrap().len(), 4);
    assert_eq!(value["changes"][0]["kind"], "card-moved");
    let cto = value["executives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "cto")
        .expect("the CTO");
    assert_eq!(cto["external_difference"], -20);
    assert_eq!(value["organisation"]["title"], "Organisation");
    assert!(value["findings"]["settled"].is_array());
    assert!(!value["findings"]["added"].as_array().unwrap().is_empty());
    // diff's JSON has no findings part.
    let output = remit(&["diff", ACME, ACME, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert!(value.get("findings").is_none());
}

#[test]
fn diff_option_picks_the_same_option_in_both_files() {
    let output = remit(&["diff", ONE, ACME]);
    assert_eq!(output.status.code(), Some(1), "the card only As is has");
    assert!(!stdout(&output).contains("Customer apps"));
    let output = remit(&["diff", ACME, ACME, "--option", "Option A"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = remit(&["diff", ONE, ACME, "--option", "Option A"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "the first file has no Option A"
    );
    assert!(stderr(&output).contains("as-is.ron: there is no option named"));
}

#[test]
fn report_option_reports_that_option_under_its_name() {
    let output = remit(&["report", ACME, "--option", "option a"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Acme 2027 — Option A (size in headcount)\n"),
        "{text}"
    );
    let first = stdout(&remit(&["report", ACME]));
    assert!(first.starts_with("Acme 2027 — As is "), "{first}");
    assert_ne!(text, first);
    // One option: as before, no name added.
    assert!(stdout(&remit(&["report", ONE])).starts_with("Acme as is (size"));
}

#[test]
fn check_names_the_broken_option_and_its_line() {
    for format in ["text", "json"] {
        let output = remit(&["check", "--format", format, BROKEN]);
        assert_eq!(output.status.code(), Some(1), "{format}");
        let text = stdout(&output);
        assert!(
            text.contains("in the option “Option A”"),
            "{format}: {text}"
        );
    }
    let text = stdout(&remit(&["check", BROKEN]));
    assert!(text.starts_with(&format!("{BROKEN}:30:")), "{text}");
}

#[test]
fn check_lists_each_options_findings_under_its_name() {
    let output = remit(&["check", "--findings", ACME]);
    let text = stdout(&output);
    assert!(text.starts_with(&format!("{ACME}: ok\n")), "{text}");
    assert!(text.contains("\n  As is: warning: "), "{text}");
    assert!(text.contains("\n  Option A: "), "{text}");
    let output = remit(&["check", "--format", "json", ACME, ONE]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let files = value.as_array().unwrap();
    assert_eq!(
        files.len(),
        3,
        "one object per option, and the one-option file"
    );
    assert_eq!(files[0]["option"], "As is");
    assert_eq!(files[1]["option"], "Option A");
    assert!(files[2].get("option").is_none(), "only where needed");
    assert!(files.iter().all(|f| f["ok"] == true));
}

#[test]
fn export_option_draws_that_option_titled_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(ACME), dir.path().join("acme.ron")).unwrap();
    let output = remit_in(
        dir.path(),
        &[
            "export", "acme.ron", "-f", "md", "--option", "Option A", "-o", "-",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("# Acme 2027 — Option A\n"), "{text}");
    assert!(text.contains("Customer apps"), "{text}");
    assert!(text.contains("\n## Options compared\n"), "{text}");
    assert!(text.contains("### “Option A” against “As is”"), "{text}");
    assert!(text.contains("| CTO | 90% | 70% | −20 |"), "{text}");
    assert!(
        text.contains("- “Information security” moved from the CIO to the CTO: Security is part of what we sell."),
        "{text}"
    );
    // One option: no such section.
    let one = stdout(&remit(&["export", ONE, "-f", "md", "-o", "-"]));
    assert!(!one.contains("Options compared"), "{one}");
    let svg = remit_in(
        dir.path(),
        &[
            "export", "acme.ron", "-f", "svg", "--option", "Option A", "-o", "-",
        ],
    );
    assert!(stdout(&svg).contains("Customer apps"));
    let svg = remit_in(dir.path(), &["export", "acme.ron", "-f", "svg", "-o", "-"]);
    assert!(!stdout(&svg).contains("Customer apps"), "the first option");
}

#[test]
fn the_pdf_handout_compares_the_options() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(ACME), dir.path().join("acme.ron")).unwrap();
    let output = remit_in(dir.path(), &["export", "acme.ron", "-f", "pdf"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(dir.path().join("acme.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("the PDF's text");
    assert!(text.contains("Options compared"), "{text}");
    assert!(text.contains("against “As is”"), "{text}");
    assert!(text.contains("Security is part of what we sell."), "{text}");
    assert!(text.contains("Acme 2027 — As is"), "{text}");
    let options = remit::file::load_options(&fixture(ONE)).unwrap();
    let bytes = remit::export::render_option(
        &options,
        0,
        remit::export::Format::Pdf,
        &remit::export::Options::default(),
        &mut remit::export::Progress::none(),
    )
    .unwrap()
    .bytes;
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("the PDF's text");
    assert!(!text.contains("Options compared"));
}

#[test]
fn the_change_list_exports_as_csv_a_spreadsheet_opens() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(ACME), dir.path().join("acme.ron")).unwrap();
    let output = remit_in(
        dir.path(),
        &[
            "export", "acme.ron", "-f", "csv", "--table", "changes", "-o", "-",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with('\u{feff}'), "a byte-order mark");
    assert!(text.contains("\r\n"), "CR LF");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["kind", "item", "from", "to", "reason"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().any(|r| &r[1] == "Data, \"analytics\""));
}

#[test]
fn import_into_keeps_every_option_of_the_base() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(ACME), dir.path().join("base.ron")).unwrap();
    std::fs::write(dir.path().join("list.csv"), "name,owner\nPayroll,CIO\n").unwrap();
    let before = remit::file::load_options(&dir.path().join("base.ron")).unwrap();
    let run = remit_in(
        dir.path(),
        &[
            "import", "list.csv", "--into", "base.ron", "--option", "option a",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let after = remit::file::load_options(&dir.path().join("list.ron")).unwrap();
    assert_eq!(after.len(), 2);
    assert_eq!(after.name(1), "Option A");
    assert_eq!(after.first(), before.first(), "As is as it was");
    let names = |d: &remit::model::Design| -> Vec<String> {
        d.responsibilities.iter().map(|r| r.name.clone()).collect()
    };
    assert!(names(after.design(1)).contains(&"Payroll".to_owned()));
    assert_eq!(
        after.design(1).responsibilities.len(),
        before.design(1).responsibilities.len() + 1
    );
    // By default the rows go into the first option, the others kept.
    let run = remit_in(
        dir.path(),
        &[
            "import",
            "list.csv",
            "--into",
            "base.ron",
            "-o",
            "first.ron",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let first = remit::file::load_options(&dir.path().join("first.ron")).unwrap();
    assert_eq!(first.len(), 2);
    assert!(names(first.first()).contains(&"Payroll".to_owned()));
    assert_eq!(first.design(1), before.design(1));
}

#[test]
fn the_readme_example_is_what_the_command_prints() {
    let readme =
        std::fs::read_to_string(fixture("docs/command-line.md")).expect("the command line");
    let marker = format!("`remit compare {ACME}` prints:\n\n```text\n");
    let start = readme
        .find(&marker)
        .expect("the example in docs/command-line.md")
        + marker.len();
    let end = readme[start..].find("```").expect("the end of the example") + start;
    assert_eq!(stdout(&remit(&["compare", ACME])), &readme[start..end]);
}
