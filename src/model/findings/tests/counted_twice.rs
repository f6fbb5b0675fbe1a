//! Two cards the catalog knows to overlap are a note about counting the
//! same work twice.

use super::*;

#[test]
fn crm_beside_enterprise_applications_is_a_note_naming_both() {
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![
            card("enterprise-apps", 0.1, 4.0, Some("cio")),
            card("crm", 0.45, 2.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::CountedTwice);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(found[0].about, [rs("crm"), rs("enterprise-apps")]);
    assert_eq!(
        found[0].message,
        "“crm” and “enterprise-apps” may count the same work twice"
    );
    assert!(
        found[0].why.contains("the sales systems staff use"),
        "{}",
        found[0].why
    );
    assert!(
        found[0].why.contains("different owners"),
        "{}",
        found[0].why
    );
}

#[test]
fn a_card_counts_as_the_catalog_entry_it_is_named_after() {
    let d = design(
        vec![exec("cio", Internal)],
        vec![
            named("apps", "Enterprise applications", 0.1, Some("cio")),
            named("sales", "CRM & sales systems", 0.45, Some("cio")),
            named(
                "cloud",
                "Cloud platform & cost management",
                0.4,
                Some("cio"),
            ),
            card("infrastructure", 0.15, 4.0, Some("cio")),
        ],
    );
    let found = of_kind(&d, FindingKind::CountedTwice);
    assert_eq!(found.len(), 2, "{:#?}", messages(&found));
    assert!(found.iter().all(|f| !f.why.contains("different owners")));
}

#[test]
fn cards_that_do_not_overlap_or_repeat_one_entry_give_no_note() {
    let d = design(
        vec![exec("cio", Internal)],
        vec![
            card("crm", 0.45, 2.0, Some("cio")),
            named("crm-2", "CRM & sales systems", 0.45, Some("cio")),
            card("rnd", 0.9, 2.0, Some("cio")),
            named("mine", "Something of our own", 0.5, Some("cio")),
        ],
    );
    assert!(of_kind(&d, FindingKind::CountedTwice).is_empty());
}
