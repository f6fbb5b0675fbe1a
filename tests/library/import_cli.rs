//! `remit import` as a script runs it: never over the spreadsheet, never
//! over a file `-o` does not name, `--into` leaves the base as it was, a
//! design named validly after any file name, unknown owners' cards and
//! dropped roles said with their lines, a file that is not UTF-8 named
//! with what to do.

use std::path::Path;
use std::process::{Command, Output};

use remit::file;

fn remit(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run remit")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const LIST: &str = "name,owner,consulted\nPayroll,CIO,Legal\nMobile app,Marketing,\n";

#[test]
fn the_spreadsheet_is_never_the_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    for out in ["list.csv", "./list.csv"] {
        let run = remit(dir.path(), &["import", "list.csv", "-o", out]);
        assert_eq!(run.status.code(), Some(1), "{out}");
        assert!(
            stderr(&run).contains("is the spreadsheet being imported"),
            "{}",
            stderr(&run)
        );
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("list.csv", dir.path().join("link.ron")).unwrap();
        let run = remit(dir.path(), &["import", "list.csv", "-o", "link.ron"]);
        assert_eq!(run.status.code(), Some(1));
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("list.csv")).unwrap(),
        LIST
    );
    // A spreadsheet that ends in .ron is not written over either.
    std::fs::write(dir.path().join("odd.ron"), LIST).unwrap();
    let run = remit(dir.path(), &["import", "odd.ron"]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("odd.ron")).unwrap(),
        LIST
    );
}

#[test]
fn an_existing_file_is_replaced_only_when_o_names_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    std::fs::write(dir.path().join("list.ron"), "notes, not a design").unwrap();
    let run = remit(dir.path(), &["import", "list.csv"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("list.ron")).unwrap(),
        "notes, not a design"
    );
    let run = remit(dir.path(), &["import", "list.csv", "-o", "list.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(file::load(&dir.path().join("list.ron")).is_ok());
}

#[test]
fn into_starts_from_the_base_and_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    let base = remit::templates::default_design();
    file::save(&base, &dir.path().join("base.ron")).unwrap();
    let before = std::fs::read(dir.path().join("base.ron")).unwrap();
    let run = remit(dir.path(), &["import", "list.csv", "--into", "base.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("into list.ron"), "{}", stdout(&run));
    assert!(
        stdout(&run).contains("started from base.ron, which is unchanged"),
        "{}",
        stdout(&run)
    );
    assert_eq!(std::fs::read(dir.path().join("base.ron")).unwrap(), before);
    let made = file::load(&dir.path().join("list.ron")).unwrap();
    assert_eq!(made.responsibilities.len(), base.responsibilities.len() + 2);
    // Named with -o, the base itself is replaced.
    let run = remit(
        dir.path(),
        &["import", "list.csv", "--into", "base.ron", "-o", "base.ron"],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!stdout(&run).contains("unchanged"), "{}", stdout(&run));
    let replaced = file::load(&dir.path().join("base.ron")).unwrap();
    assert_eq!(
        replaced.responsibilities.len(),
        base.responsibilities.len() + 2
    );
}

#[test]
fn unknown_owners_cards_and_dropped_roles_are_said_with_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    let run = remit(dir.path(), &["import", "list.csv"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(
        said.contains(
            "not on the chart (3): CIO, Legal, Marketing (--create-executives creates them)"
        ),
        "{said}"
    );
    assert!(
        said.contains("so 2 cards go to the tray (lines 2 and 3); 1 role is dropped (line 2)"),
        "{said}"
    );
}

#[test]
fn any_file_name_gives_a_valid_design_name() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("{}.csv", "é".repeat(120));
    std::fs::write(dir.path().join(&long), LIST).unwrap();
    let run = remit(dir.path(), &["import", &long, "-o", "long.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let made = file::load(&dir.path().join("long.ron")).unwrap();
    assert_eq!(made.name.chars().count(), 120);
    #[cfg(unix)]
    {
        let odd = "two\nlines\t.csv";
        std::fs::write(dir.path().join(odd), LIST).unwrap();
        let run = remit(dir.path(), &["import", odd, "-o", "odd.ron"]);
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(
            file::load(&dir.path().join("odd.ron")).unwrap().name,
            "two lines"
        );
        let longer = format!("{}.csv", "n".repeat(250));
        std::fs::write(dir.path().join(&longer), LIST).unwrap();
        let run = remit(dir.path(), &["import", &longer, "-o", "longer.ron"]);
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(
            file::load(&dir.path().join("longer.ron"))
                .unwrap()
                .name
                .len(),
            200
        );
    }
}

#[test]
fn a_spreadsheet_that_is_not_utf8_is_named_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ansi.csv"),
        b"name,owner\nGeldw\xe4sche,CIO\n",
    )
    .unwrap();
    let run = remit(dir.path(), &["import", "ansi.csv"]);
    assert_eq!(run.status.code(), Some(1));
    let message = stderr(&run);
    assert!(message.contains("ansi.csv:2:"), "{message}");
    assert!(message.contains("CSV UTF-8"), "{message}");
    std::fs::write(dir.path().join("wide.txt"), b"\xff\xfen\x00a\x00").unwrap();
    let run = remit(dir.path(), &["import", "wide.txt"]);
    assert!(
        stderr(&run).contains("wide.txt") && stderr(&run).contains("UTF-16"),
        "{}",
        stderr(&run)
    );
}
