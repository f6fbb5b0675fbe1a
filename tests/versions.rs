//! Every format version Remit has shipped still loads: one frozen example per
//! version lives in `tests/versions/`, and each must load into the current
//! model. A format change without a new example fails here.

use std::path::PathBuf;

use remit::model::design::FORMAT_VERSION;
use remit::model::file_format::{self, OLDEST_FORMAT_VERSION};
use remit::model::{ExecutiveId, LoadErrorKind, ResponsibilityId};

fn example(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/versions")
        .join(format!("v{version}.ron"))
}

#[test]
fn every_shipped_version_has_an_example_that_loads() {
    for version in OLDEST_FORMAT_VERSION..=FORMAT_VERSION {
        let path = example(version);
        let design = file_format::load(&path)
            .unwrap_or_else(|e| panic!("version {version} example does not load: {e}"));
        assert_eq!(design.format_version, FORMAT_VERSION, "{}", path.display());
        assert!(!design.responsibilities.is_empty(), "{}", path.display());
    }
}

#[test]
fn version_1_keeps_its_meaning() {
    let design = file_format::load(&example(1)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(design.name, "Traditional split");
    assert_eq!(design.executives.len(), 2);
    let owner = |id: &str| {
        design
            .responsibility(&ResponsibilityId(id.into()))
            .map(|r| r.owner.clone())
    };
    assert_eq!(owner("security"), Some(Some(ExecutiveId("cio".into()))));
    assert_eq!(owner("vendor-management"), Some(None));
}

#[test]
fn a_version_after_this_build_is_refused_with_both_numbers() {
    let text = std::fs::read_to_string(example(FORMAT_VERSION)).unwrap_or_default();
    let newer = FORMAT_VERSION + 1;
    let edited = text.replace(
        &format!("format_version: {FORMAT_VERSION}"),
        &format!("format_version: {newer}"),
    );
    let err = file_format::from_ron_str(&edited).err();
    let err = err.unwrap_or_else(|| panic!("version {newer} was accepted"));
    assert_eq!(err.kind, LoadErrorKind::UnsupportedVersion { found: newer });
    let message = err.to_string();
    assert!(message.contains(&newer.to_string()), "{message}");
    assert!(message.contains(&FORMAT_VERSION.to_string()), "{message}");
    assert_eq!(err.line, Some(5), "{message}");
}
