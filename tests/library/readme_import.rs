//! The import example of the command line's documentation
//! (`docs/command-line.md`) is real: its `bank.csv`, imported into the
//! default design saved as `base.ron`, prints exactly what the document
//! says, and the design written holds what it claims.

use std::process::Command;

fn command_line() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/command-line.md"))
        .expect("docs/command-line.md")
}

/// The body of the first ```text block whose first line starts with
/// `first`.
fn block(text: &str, first: &str) -> String {
    text.split("```text\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|body| body.starts_with(first))
        .unwrap_or_else(|| {
            panic!("no ```text block starting with {first:?} in docs/command-line.md")
        })
        .to_owned()
}

#[test]
fn the_readmes_import_example_prints_what_it_says() {
    let readme = command_line();
    let csv = block(&readme, "Responsibility;Verantwortlich");
    let said = block(&readme, "imported 2 responsibilities into bank.ron");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bank.csv"), csv.replace('\n', "\r\n")).unwrap();
    let base = remit::templates::default_design();
    remit::file::save(&base, &dir.path().join("base.ron")).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(["import", "bank.csv", "--into", "base.ron"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&run.stdout), said);
    let made = remit::file::load(&dir.path().join("bank.ron")).unwrap();
    assert_eq!(made.size_unit, "headcount");
    assert_eq!(made.responsibilities.len(), base.responsibilities.len() + 1);
    let security = made
        .responsibility(&remit::model::ResponsibilityId("security".into()))
        .unwrap();
    assert_eq!((security.size, security.external_share), (12.0, 0.4));
}
