//! `remit export` and `remit import` run as a script would: files beside
//! the input or where -o says, standard output for text, a clear refusal
//! for binary output to standard output, bad input named by file and line
//! with status 1 and nothing overwritten.

use std::path::Path;
use std::process::{Command, Output};

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

#[test]
fn every_format_is_written_beside_the_design_or_where_asked() {
    let dir = tempfile::tempdir().unwrap();
    file::save(&sample(), &dir.path().join("acme.ron")).unwrap();
    for format in ["svg", "png", "pdf", "csv", "md"] {
        let out = remit(dir.path(), &["export", "acme.ron", "--format", format]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let written = dir.path().join(format!("acme.{format}"));
        let bytes = std::fs::read(&written).unwrap();
        assert!(!bytes.is_empty(), "{format}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("wrote acme.{format}\n")
        );
    }
    let out = remit(
        dir.path(),
        &[
            "export",
            "acme.ron",
            "-f",
            "png",
            "--scale",
            "1",
            "-o",
            "slide.png",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let small =
        resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(dir.path().join("slide.png")).unwrap())
            .unwrap();
    let large =
        resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(dir.path().join("acme.png")).unwrap())
            .unwrap();
    assert_eq!(large.width(), small.width() * 2, "the default scale is 2");
    let out = remit(
        dir.path(),
        &[
            "export", "acme.ron", "-f", "csv", "--table", "matrix", "-o", "-",
        ],
    );
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .starts_with("\u{feff}\"id\",\"responsibility\",\"CIO\"")
    );
}

#[test]
fn text_goes_to_standard_output_and_binary_is_refused_there() {
    let dir = tempfile::tempdir().unwrap();
    file::save(&sample(), &dir.path().join("acme.ron")).unwrap();
    let out = remit(
        dir.path(),
        &["export", "acme.ron", "--format", "svg", "-o", "-"],
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<svg "));
    for format in ["png", "pdf"] {
        let out = remit(
            dir.path(),
            &["export", "acme.ron", "--format", format, "-o", "-"],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        let message = stderr(&out);
        assert!(
            message.contains("binary") && message.contains("-o"),
            "{message}"
        );
    }
    let out = remit(
        dir.path(),
        &["export", "acme.ron", "--format", "png", "--scale", "7"],
    );
    assert_eq!(out.status.code(), Some(2), "clap refuses the scale");
}

#[test]
fn a_bad_design_is_named_with_its_line_and_the_old_export_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.svg"), "old export").unwrap();
    std::fs::write(
        dir.path().join("bad.ron"),
        "(\n  format_version: 2,\n  name: oops\n)\n",
    )
    .unwrap();
    let out = remit(dir.path(), &["export", "bad.ron", "--format", "svg"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("bad.ron:3"), "{message}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("bad.svg")).unwrap(),
        "old export"
    );
}

#[test]
fn import_writes_a_design_that_opens_and_refuses_bad_rows_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = "name,owner,facing,size\nPayroll,CIO,5%,3\nMobile app,CTO,0.9,8\n";
    std::fs::write(dir.path().join("list.csv"), good).unwrap();
    let out = remit(dir.path(), &["import", "list.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        stdout.contains("imported 2 responsibilities into list.ron"),
        "{stdout}"
    );
    assert!(
        stdout.contains("CIO, CTO") && stdout.contains("--create-executives"),
        "{stdout}"
    );
    let design = file::load(&dir.path().join("list.ron")).unwrap();
    assert_eq!(design.responsibilities.len(), 2);
    assert!(design.executives.is_empty());
    // Not over an existing design unless -o names it.
    let out = remit(dir.path(), &["import", "list.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"));
    let out = remit(
        dir.path(),
        &[
            "import",
            "list.csv",
            "-o",
            "list.ron",
            "--create-executives",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let design = file::load(&dir.path().join("list.ron")).unwrap();
    let titles: Vec<&str> = design
        .executives
        .iter()
        .map(|e| e.short_title.as_str())
        .collect();
    assert_eq!(titles, ["CIO", "CTO"]);
    assert_eq!(
        design.responsibilities[1]
            .owner
            .as_ref()
            .map(|o| o.as_str()),
        Some("cto")
    );

    // Into an existing design: owners matched against its executives.
    file::save(&sample(), &dir.path().join("acme.ron")).unwrap();
    let out = remit(
        dir.path(),
        &[
            "import",
            "list.csv",
            "--into",
            "acme.ron",
            "-o",
            "acme-more.ron",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let design = file::load(&dir.path().join("acme-more.ron")).unwrap();
    assert_eq!(
        design.responsibilities.len(),
        sample().responsibilities.len() + 2
    );

    let bad = "name,owner,facing,size\nPayroll,CIO,5%,3\nMobile app,CTO,lots,8\n,CTO,0.5,1\n";
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    std::fs::write(dir.path().join("kept.ron"), "untouched").unwrap();
    let out = remit(dir.path(), &["import", "bad.csv", "-o", "kept.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("bad.csv:3: the facing \"lots\""),
        "{message}"
    );
    assert!(
        message.contains("bad.csv:4: the name is empty"),
        "{message}"
    );
    assert!(message.contains("nothing was imported"), "{message}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kept.ron")).unwrap(),
        "untouched"
    );
}
