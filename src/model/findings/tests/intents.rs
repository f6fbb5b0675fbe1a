//! Without an orientation, the title says what an executive leads (a CIO
//! inward, a CTO outward, a CISO across both), and the advice assumes it
//! and says so: every imported and every old design gets facing advice.

use super::*;

#[test]
fn a_cio_with_no_orientation_holding_the_product_gets_a_warning_that_says_it_assumed() {
    let d = design(
        vec![exec("cio", NotSet), exec("cto", NotSet)],
        vec![
            card("erp", 0.05, 4.0, Some("cio")),
            card("rnd", 0.85, 3.0, Some("cio")),
            card("product-development", 0.9, 6.0, Some("cio")),
            card("engineering", 0.85, 1.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 2, "{:#?}", messages(&found));
    assert_eq!(
        found[0].message,
        "“rnd” faces customers but sits with the CIO, inward-facing by title"
    );
    assert!(
        found[0].why.contains(
            "The CIO is assumed inward-facing from the title; set an orientation to say otherwise."
        ),
        "{}",
        found[0].why
    );
    assert_eq!(
        found[0].fix.as_ref().map(|x| x.label.as_str()),
        Some("Move “rnd” to the CTO")
    );
    // Once the orientation is set, nothing is said to be assumed.
    let mut set = d.clone();
    set.executives[0].orientation = Internal;
    let found = of_kind(&set, FindingKind::FacingAgainstOwner);
    assert_eq!(
        found[0].message,
        "“rnd” faces customers but sits with the internal-facing CIO"
    );
    assert!(!found[0].why.contains("assumed"), "{}", found[0].why);
}

#[test]
fn the_reporting_line_reads_sides_from_titles_and_says_so() {
    let d = design(
        vec![exec("cio", NotSet), under(exec("cto", NotSet), "cio")],
        vec![],
    );
    let found = of_kind(&d, FindingKind::ReportingAgainstSplit);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(
        found[0].message,
        "The external-facing CTO reports to the internal-facing CIO"
    );
    assert!(
        found[0].why.contains(
            "The CTO is assumed outward-facing and the CIO inward-facing from their titles"
        ),
        "{}",
        found[0].why
    );
}

#[test]
fn titles_across_both_sides_are_never_blurred_or_questioned_for_facing() {
    let d = design(
        vec![
            exec("cio", NotSet),
            exec("cto", NotSet),
            titled("cdo", "Chief Data Officer"),
        ],
        vec![
            card("erp", 0.05, 4.0, Some("cio")),
            card("rnd", 0.85, 4.0, Some("cto")),
            card("helpdesk", 0.05, 1.0, Some("cdo")),
            card("product-development", 0.9, 1.0, Some("cdo")),
        ],
    );
    let found = all(&d);
    assert!(
        found.iter().all(
            |f| f.kind != FindingKind::BlurredRole && f.kind != FindingKind::FacingAgainstOwner
        ),
        "{:#?}",
        messages(&found)
    );
}

#[test]
fn an_imported_design_with_client_names_and_no_orientation_gets_advice() {
    let d = design(
        vec![exec("cio", NotSet), exec("cto", NotSet)],
        vec![
            named("n1", "Network & Data Centre", 0.15, Some("cio")),
            named("n2", "IAM", 0.3, Some("cio")),
            named("n3", "Webshop", 0.9, Some("cio")),
            named("n4", "Mobile", 0.9, Some("cto")),
        ],
    );
    let found = all(&d);
    let list = messages(&found);
    let has = |kind: FindingKind, words: &str| {
        found
            .iter()
            .any(|f| f.kind == kind && f.message.contains(words))
    };
    assert!(
        has(FindingKind::FacingAgainstOwner, "“Webshop”"),
        "{list:#?}"
    );
    assert!(has(FindingKind::SecurityBar, "“IAM”"), "{list:#?}");
    assert!(
        has(FindingKind::NoDataWork, "Nobody owns data work"),
        "{list:#?}"
    );
    assert!(
        !has(FindingKind::FacingAgainstOwner, "Network"),
        "{list:#?}"
    );
}
