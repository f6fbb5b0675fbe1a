//! Inputs the fuzzer (`fuzz/`, `cargo fuzz run load`) once found a bug with,
//! kept in `tests/files/fuzz/`. Each must be handled as the fuzz target
//! demands: loading returns a design or an error, and a design that loads
//! saves and loads back to itself.

use std::path::PathBuf;

use remit::file::{self, LoadErrorKind};

fn inputs() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/files/fuzz");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_kept_fuzz_input_is_handled() {
    let files = inputs();
    assert!(
        !files.is_empty(),
        "tests/files/fuzz holds the fuzzer's finds"
    );
    for path in files {
        let bytes = std::fs::read(&path).unwrap_or_default();
        if let Ok(design) = file::parse_bytes(&bytes) {
            let text = file::to_text(&design)
                .unwrap_or_else(|e| panic!("{}: accepted but not writable: {e}", path.display()));
            assert_eq!(
                file::parse(&text).as_ref(),
                Ok(&design),
                "{}: accepted but does not load back",
                path.display()
            );
        }
    }
}

/// Found after 2.6 million runs: a top-level struct name (`Design(…)`) hid
/// the version from the version check, so a version-0 file was accepted,
/// and then could not be opened again once saved.
#[test]
fn a_named_design_struct_still_gets_its_version_checked() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/fuzz/named-struct-hides-version-0.ron");
    let err = file::load(&path).err();
    assert_eq!(
        err.as_ref().map(|e| &e.kind),
        Some(&LoadErrorKind::UnsupportedVersion { found: 0 })
    );
    // `    format_version: 0,` on line 5: the number is at column 21.
    assert_eq!(err.map(|e| (e.line, e.column)), Some((Some(5), Some(21))));
    let text = file::to_text(&remit::templates::default_design())
        .unwrap_or_default()
        .replacen('(', "Design(", 1);
    assert!(
        file::parse(&text).is_ok(),
        "Design( … ) with version 1 loads"
    );
}
