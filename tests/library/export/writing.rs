//! Writing exports safely, as `remit export` runs them: never over the
//! design itself, by whatever name (a hard link, a symbolic link); beside
//! the design (no `-o`), never over a file Remit did not write, such as
//! the spreadsheet the design was imported from, while an earlier export
//! is replaced; `-o` replaces what it names; a folder that does not exist
//! is named as such.

use std::path::Path;
use std::process::{Command, Output};

use remit::export::{self, Format, Options, mark};
use remit::file;

use super::sample;

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

const FORMATS: [&str; 5] = ["svg", "png", "pdf", "csv", "md"];

#[test]
fn same_file_sees_links_and_files_not_written_yet() {
    let dir = tempfile::tempdir().unwrap();
    let design = dir.path().join("d.ron");
    std::fs::write(&design, "design").unwrap();
    let hard = dir.path().join("l.svg");
    std::fs::hard_link(&design, &hard).unwrap();
    assert!(file::same_file(&hard, &design), "a hard link is the file");
    let other = dir.path().join("other.ron");
    std::fs::write(&other, "design").unwrap();
    assert!(
        !file::same_file(&other, &design),
        "the same bytes are not the file"
    );
    let new = dir.path().join("new.svg");
    assert!(!file::same_file(&new, &design));
    assert!(file::same_file(&dir.path().join("./new.svg"), &new));
    #[cfg(unix)]
    {
        let soft = dir.path().join("s.svg");
        std::os::unix::fs::symlink("d.ron", &soft).unwrap();
        assert!(
            file::same_file(&soft, &design),
            "a symbolic link is the file"
        );
        let dangling = dir.path().join("dangling.svg");
        std::os::unix::fs::symlink("not-yet.svg", &dangling).unwrap();
        assert!(file::same_file(&dangling, &dir.path().join("not-yet.svg")));
    }
}

#[test]
fn no_export_replaces_the_design_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    file::save(&sample(), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::hard_link(&path, dir.path().join("l.svg")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("d.ron", dir.path().join("s.svg")).unwrap();
    for (target, format) in [("l.svg", "svg"), ("l.svg", "png"), ("s.svg", "pdf")] {
        if !dir.path().join(target).exists() {
            continue;
        }
        let out = remit(dir.path(), &["export", "d.ron", "-f", format, "-o", target]);
        assert_eq!(out.status.code(), Some(1), "{target} as {format}");
        let message = stderr(&out);
        assert!(
            message.contains("would replace the design itself"),
            "{message}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "the design is whole");
    }
}

#[test]
fn import_then_export_leaves_the_clients_spreadsheet_alone() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = "Name,Owner,Facing,Size\nPayroll,CIO,5%,3\nMobile app,CTO,0.9,8\n";
    std::fs::write(dir.path().join("acme.csv"), sheet).unwrap();
    let out = remit(dir.path(), &["import", "acme.csv", "--create-executives"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for table in ["ownership", "matrix"] {
        let out = remit(
            dir.path(),
            &["export", "acme.ron", "-f", "csv", "--table", table],
        );
        assert_eq!(out.status.code(), Some(1), "{table}");
        let message = stderr(&out);
        assert!(
            message.contains("acme.csv") && message.contains("Remit did not write it"),
            "{message}"
        );
        assert!(message.contains("-o acme.csv"), "{message}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("acme.csv")).unwrap(),
            sheet,
            "the spreadsheet is untouched"
        );
    }
    // Named with -o, it is replaced; from then on it is Remit's own.
    let out = remit(
        dir.path(),
        &["export", "acme.ron", "-f", "csv", "-o", "acme.csv"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for table in ["matrix", "ownership"] {
        let out = remit(
            dir.path(),
            &["export", "acme.ron", "-f", "csv", "--table", table],
        );
        assert!(out.status.success(), "{table}: {}", stderr(&out));
    }
}

#[test]
fn beside_the_design_only_an_earlier_export_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    file::save(&sample(), &dir.path().join("acme.ron")).unwrap();
    for format in FORMATS {
        let own = dir.path().join(format!("acme.{format}"));
        // The user's own file of that name, even one that looks the part.
        let theirs: &[u8] = match format {
            "svg" => b"<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Ours</title></svg>",
            "md" => b"# Acme\n\nOur notes.\n",
            "pdf" => b"%PDF-1.7\n% someone else's\n",
            _ => b"id,name\r\n1,Ours\r\n",
        };
        std::fs::write(&own, theirs).unwrap();
        let out = remit(dir.path(), &["export", "acme.ron", "-f", format]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(stderr(&out).contains(&format!("acme.{format}")), "{format}");
        assert_eq!(std::fs::read(&own).unwrap(), theirs, "{format} untouched");

        // An earlier export is replaced without asking.
        std::fs::remove_file(&own).unwrap();
        let first = remit(dir.path(), &["export", "acme.ron", "-f", format]);
        assert!(first.status.success(), "{format}: {}", stderr(&first));
        let again = remit(dir.path(), &["export", "acme.ron", "-f", format]);
        assert!(again.status.success(), "{format}: {}", stderr(&again));
    }
}

#[test]
fn every_export_carries_remits_mark_near_its_start() {
    let design = sample();
    for format in Format::ALL {
        let bytes = export::render(&design, format, &Options::default()).unwrap();
        let start = &bytes[..bytes.len().min(mark::READ_BYTES)];
        assert!(mark::written_by_remit(start), "{format:?}");
    }
    let matrix = Options {
        csv_table: export::CsvTable::Matrix,
        ..Options::default()
    };
    let bytes = export::render(&design, Format::Csv, &matrix).unwrap();
    assert!(mark::written_by_remit(&bytes));
}

#[test]
fn a_folder_that_does_not_exist_is_named() {
    let dir = tempfile::tempdir().unwrap();
    file::save(&sample(), &dir.path().join("acme.ron")).unwrap();
    let out = remit(
        dir.path(),
        &["export", "acme.ron", "-f", "svg", "-o", "missing/acme.svg"],
    );
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("the folder missing does not exist"),
        "{message}"
    );
    assert!(!message.contains("no such file"), "{message}");
    std::fs::write(dir.path().join("plain"), "a file").unwrap();
    let out = remit(
        dir.path(),
        &["export", "acme.ron", "-f", "svg", "-o", "plain/acme.svg"],
    );
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("plain is not a folder"), "{message}");
}
