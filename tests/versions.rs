//! Every format version Remit has shipped still loads: one frozen example per
//! version lives in `tests/versions/`, and each must load into the current
//! model. A format change without a new example fails here.

use std::path::PathBuf;

use remit::file::{self, FORMAT_VERSION, LoadErrorKind, OLDEST_FORMAT_VERSION};
use remit::model::{ExecutiveId, Position, ResponsibilityId, rules};

fn example(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/versions")
        .join(format!("v{version}.ron"))
}

#[test]
fn every_shipped_version_has_an_example_that_loads() {
    for version in OLDEST_FORMAT_VERSION..=FORMAT_VERSION {
        let path = example(version);
        let design = file::load(&path)
            .unwrap_or_else(|e| panic!("version {version} example does not load: {e}"));
        assert!(!design.responsibilities.is_empty(), "{}", path.display());
        assert_eq!(rules::validate(&design), Ok(()), "{}", path.display());
        // Loaded, it is a current design: saved, it is written in the
        // current version and reads back the same.
        let text = file::to_text(&design)
            .unwrap_or_else(|e| panic!("version {version} example cannot be saved: {e}"));
        assert!(
            text.contains(&format!("format_version: {FORMAT_VERSION},")),
            "{text}"
        );
        assert_eq!(file::parse(&text), Ok(design), "{}", path.display());
    }
}

#[test]
fn version_1_keeps_its_meaning() {
    let design = file::load(&example(1)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design.name, "Traditional split");
    assert_eq!(design.size_unit, "points");
    assert_eq!(design.executives.len(), 2);
    assert_eq!(
        design.executives[1].position,
        Position { x: 348.0, y: 24.0 }
    );
    let item = |id: &str| design.responsibility(&ResponsibilityId(id.into()));
    let owner = |id: &str| item(id).map(|r| r.owner.clone());
    // Written as `owner: Some("cio")`, and left out for the tray.
    assert_eq!(owner("security"), Some(Some(ExecutiveId("cio".into()))));
    assert_eq!(owner("vendor-management"), Some(None));
    let infrastructure = item("infrastructure").map(|r| (r.external_share, r.size));
    assert_eq!(infrastructure, Some((0.15, 5.0)));
    // 0.1 wrote apostrophes as `\'`; they read as apostrophes.
    let strategy = item("product-strategy").map(|r| r.description.as_str());
    assert!(
        strategy.is_some_and(|d| d.starts_with("Where the product's technology")),
        "{strategy:?}"
    );
}

#[test]
fn a_version_after_this_build_is_refused_with_both_numbers() {
    let text = std::fs::read_to_string(example(FORMAT_VERSION)).unwrap_or_default();
    let newer = FORMAT_VERSION + 1;
    let edited = text.replace(
        &format!("format_version: {FORMAT_VERSION}"),
        &format!("format_version: {newer}"),
    );
    let err = file::parse(&edited).err();
    let err = err.unwrap_or_else(|| panic!("version {newer} was accepted"));
    assert_eq!(
        err.kind,
        LoadErrorKind::UnsupportedVersion {
            found: newer.into()
        }
    );
    let message = err.to_string();
    assert!(message.contains(&newer.to_string()), "{message}");
    assert!(message.contains(&FORMAT_VERSION.to_string()), "{message}");
    // `    format_version: 2,` on line 5: the number is at column 21.
    assert_eq!((err.line, err.column), (Some(5), Some(21)), "{message}");
}
