//! The examples of the README and of the documents in `docs/` are real:
//! the file format's hand-written design loads, the command line's sample
//! report is what `remit report` prints for the shipped example, and the
//! user guide's keyboard table is the command list the app uses.
use remit::file;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

/// The text of `docs/{name}`, such as `user-guide.md`.
fn doc(name: &str) -> String {
    let path = format!("{}/docs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The body of the first fenced block that starts with "```{lang}" and
/// whose first line contains `marker`.
fn block(text: &str, lang: &str, marker: &str) -> String {
    let fence = format!("```{lang}\n");
    text.split(&fence)
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|body| body.lines().next().is_some_and(|l| l.contains(marker)))
        .unwrap_or_else(|| panic!("no ```{lang} block starting with {marker:?}"))
        .to_owned()
}

#[test]
fn hand_written_example_loads() {
    let text = block(&doc("file-format.md"), "ron", "Acme");
    let design = file::parse(&text).expect("the file format's example loads");
    assert_eq!(design.executives.len(), 2);
    assert_eq!(design.responsibilities.len(), 5);
    let security = design
        .responsibilities
        .iter()
        .find(|r| r.id.0 == "security")
        .expect("security");
    assert_eq!(security.owner.as_ref().map(|o| o.0.as_str()), Some("cto"));
    let vendor = design
        .responsibilities
        .iter()
        .find(|r| r.id.0 == "vendor-management")
        .expect("vendor management");
    assert_eq!(vendor.owner, None, "omitted owner = the unassigned tray");
    // What version 3 keeps: the mark, the notes and the log.
    assert!(security.deliberate);
    assert!(!vendor.deliberate);
    assert!(design.executives[0].notes.starts_with("Reports to the CFO"));
    assert_eq!(design.decisions.len(), 1);
    assert_eq!(
        design.decision_line(&design.decisions[0]),
        "Information security: from CIO to CTO"
    );
    assert_eq!(
        design.decisions[0].reason,
        "Security is part of what we sell."
    );
    // What version 5 keeps: each card's kind and the company.
    assert_eq!(security.kind, remit::model::WorkKind::Security);
    assert_eq!(design.company.people, Some(1200));
    assert_eq!(
        design.company.summary(),
        "1,200 people, retail & consumer, goal: both efficiency and growth."
    );
}

#[test]
fn sample_report_matches_the_real_one() {
    let shown = block(&doc("command-line.md"), "text", "Traditional split");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/traditional-split.ron"
    );
    let real = remit::cli::run_report(std::path::Path::new(path)).expect("report");
    assert_eq!(shown.trim_end(), real.trim_end());
}

/// The rows of the user guide's keyboard table: (keys, action).
fn shortcut_table(guide: &str) -> Vec<(String, String)> {
    let section = guide
        .split("\n## Keyboard shortcuts\n")
        .nth(1)
        .expect("a keyboard shortcuts section");
    section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // the header and the separator
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_owned(), cells[1].to_owned())
        })
        .collect()
}

#[test]
fn the_shortcut_table_is_the_command_list() {
    use remit::app::keys::describe_plainly;
    use remit::controller::command::{HelpKeys, help_rows};
    let expected: Vec<(String, String)> = help_rows()
        .into_iter()
        .map(|(keys, help)| {
            let keys = match keys {
                HelpKeys::Each(list) => list
                    .into_iter()
                    .map(describe_plainly)
                    .collect::<Vec<_>>()
                    .join(", "),
                HelpKeys::Range(first, last) => {
                    format!("{} … {}", describe_plainly(first), describe_plainly(last))
                }
            };
            (keys, help.to_owned())
        })
        .collect();
    assert_eq!(shortcut_table(&doc("user-guide.md")), expected);
}

/// The README keeps its two set-up commands, the first block of shell in
/// it: one starts the designer, one runs every test (what `.ci/run` runs).
#[test]
fn the_readme_sets_up_with_two_commands() {
    let setup = block(&readme(), "sh", "cargo run --release");
    let commands: Vec<&str> = setup
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .collect();
    assert_eq!(commands, ["cargo run --release", "cargo test"]);
}

/// GitHub's anchor for a heading: lower case, spaces as hyphens, other
/// punctuation left out.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a Markdown text's headings, outside fenced blocks.
fn anchors(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if !fenced && line.starts_with('#') {
            found.push(anchor(line.trim_start_matches('#').trim()));
        }
    }
    found
}

/// The targets of a Markdown text's links, outside fenced blocks.
fn links(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        for (at, _) in line.match_indices("](") {
            let rest = &line[at + 2..];
            if let Some(end) = rest.find(')') {
                found.push(rest[..end].to_owned());
            }
        }
    }
    found
}

/// Every link from the README and the documents in `docs/` to a document
/// (and a heading in it) or a picture finds it. Links to web pages, and to
/// other files, are not followed.
#[test]
fn links_between_the_documents_find_their_headings() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    for name in ["user-guide", "file-format", "command-line", "architecture"] {
        pages.push(root.join("docs").join(format!("{name}.md")));
    }
    let mut checked = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("a document");
        for link in links(&text) {
            if link.contains("://") {
                continue;
            }
            let (file, heading) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                page.parent().expect("a folder").join(file)
            };
            let wanted = [".md", ".png", ".svg"];
            if !wanted
                .iter()
                .any(|end| target.to_string_lossy().ends_with(end))
            {
                continue;
            }
            assert!(target.is_file(), "{}: {link} finds no file", page.display());
            if !heading.is_empty() {
                let there = std::fs::read_to_string(&target).expect("the linked document");
                assert!(
                    anchors(&there).iter().any(|a| a == heading),
                    "{}: {link} finds no such heading",
                    page.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} links checked");
}
