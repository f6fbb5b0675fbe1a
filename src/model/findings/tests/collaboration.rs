//! Whether the two sides work together: no role either way is a warning;
//! infrastructure and operations the product runs on, with nobody from the
//! product side involved, is one note.

use super::*;
use crate::model::edit::Edit;

/// Peers sharing no work: the CIO with security, infrastructure and
/// operations, the CTO with the product.
fn peers() -> Design {
    design(
        vec![exec("cio", NotSet), exec("cto", NotSet)],
        vec![
            card("erp", 0.05, 4.0, Some("cio")),
            card("infrastructure", 0.15, 4.0, Some("cio")),
            card("it-operations", 0.1, 3.0, Some("cio")),
            card("security", 0.4, 3.0, Some("cio")),
            card("product-development", 0.9, 6.0, Some("cto")),
        ],
    )
}

#[test]
fn two_sides_with_no_role_either_way_is_a_warning() {
    let d = peers();
    let found = of_kind(&d, FindingKind::NoCollaboration);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].about, [ex("cio"), ex("cto")]);
    assert!(found[0].why.contains("failure"), "{}", found[0].why);
    // The fix starts with security.
    let fix = found[0].fix.clone().unwrap();
    assert!(
        matches!(&fix.edit, Edit::SetRole { responsibility, executive, .. }
            if responsibility.as_str() == "security" && executive.as_str() == "cto"),
        "{fix:?}"
    );
    assert!(of_kind(&fixed(&d, &found[0]), FindingKind::NoCollaboration).is_empty());
}

#[test]
fn any_role_either_way_is_collaboration() {
    for (card_at, who) in [(0, "cto"), (4, "cio")] {
        let mut d = peers();
        d.responsibilities[card_at]
            .roles
            .insert(ExecutiveId(who.into()), Role::Informed);
        assert!(
            of_kind(&d, FindingKind::NoCollaboration).is_empty(),
            "{who}"
        );
    }
}

#[test]
fn roles_with_someone_on_neither_side_do_not_join_the_sides() {
    let mut d = peers();
    d.executives.push(titled("ciso", "CISO"));
    d.responsibilities[3].owner = Some(ExecutiveId("ciso".into()));
    d.responsibilities[3]
        .roles
        .insert(ExecutiveId("cio".into()), Role::Consulted);
    d.responsibilities[4]
        .roles
        .insert(ExecutiveId("ciso".into()), Role::Consulted);
    assert_eq!(of_kind(&d, FindingKind::NoCollaboration).len(), 1);
}

#[test]
fn a_manager_and_their_report_work_together_through_the_line() {
    let mut d = peers();
    d.executives[1] = under(exec("cto", NotSet), "cio");
    assert!(of_kind(&d, FindingKind::NoCollaboration).is_empty());
    // A VP for customer applications under the CIO: the CIO's line holds
    // both sides.
    let mut d = peers();
    d.executives
        .push(under(titled("vp", "VP Engineering"), "cio"));
    d.executives[1] = titled("cto", "Chief Architect");
    assert!(of_kind(&d, FindingKind::NoCollaboration).is_empty());
    // Only one side on the chart: nothing to join.
    let mut d = peers();
    d.executives[1] = exec("peer", NotSet);
    assert!(of_kind(&d, FindingKind::NoCollaboration).is_empty());
}

#[test]
fn the_product_side_uninvolved_in_what_the_product_runs_on_is_one_note() {
    let d = peers();
    let found = of_kind(&d, FindingKind::ProductFoundation);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(found[0].about, [rs("infrastructure"), rs("it-operations")]);
    assert_eq!(
        found[0].message,
        "The product side has no role on 2 cards of infrastructure or operations: \
         “infrastructure” and “it-operations”"
    );
    assert_eq!(found[0].fix, None);
    // Informed on one: the other is left, with a fix.
    let mut d = d;
    d.responsibilities[1]
        .roles
        .insert(ExecutiveId("cto".into()), Role::Informed);
    let found = of_kind(&d, FindingKind::ProductFoundation);
    assert_eq!(found[0].about, [rs("it-operations")]);
    let after = fixed(&d, &found[0]);
    assert!(of_kind(&after, FindingKind::ProductFoundation).is_empty());
}

#[test]
fn no_note_without_product_work_on_the_external_side() {
    let mut d = peers();
    d.responsibilities[4].owner = Some(ExecutiveId("cio".into()));
    assert!(of_kind(&d, FindingKind::ProductFoundation).is_empty());
    // The product company's CTO holding the product's infrastructure
    // itself: nothing held on the internal side.
    let d = design(
        vec![
            exec("cto", NotSet),
            under(titled("it", "Head of IT"), "cto"),
        ],
        vec![
            card("cloud-platform", 0.7, 3.0, Some("cto")),
            card("product-development", 0.9, 6.0, Some("cto")),
            card("service-delivery", 0.05, 2.0, Some("it")),
        ],
    );
    assert!(of_kind(&d, FindingKind::ProductFoundation).is_empty());
    // The head of IT's operations the product runs on: the CTO manages
    // the head of IT, so the two meet through the reporting line…
    let mut d = d;
    d.responsibilities
        .push(card("it-operations", 0.1, 2.0, Some("it")).into());
    assert!(of_kind(&d, FindingKind::ProductFoundation).is_empty());
    // …but a head of IT beside the CTO, with no line between them, runs
    // them with the product side out of the loop.
    d.executives[1].reports_to = crate::model::ReportsTo::Ceo;
    let found = of_kind(&d, FindingKind::ProductFoundation);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [rs("it-operations")]);
}

#[test]
fn a_line_to_someone_who_builds_no_product_does_not_bring_the_product_in() {
    // A VP for the website under the CIO: the CIO's branch stands on both
    // sides, but the CTO who builds the product is beside it, with no line
    // to the CIO and no role on what the product runs on.
    let mut d = peers();
    d.executives.push(under(exec("vp", External), "cio"));
    d.responsibilities
        .push(card("digital-channels", 0.85, 3.0, Some("vp")).into());
    let found = of_kind(&d, FindingKind::ProductFoundation);
    assert_eq!(found.len(), 1, "{:?}", messages(&found));
    assert_eq!(found[0].about, [rs("infrastructure"), rs("it-operations")]);
    // The same VP building the product: the product's leader reports to
    // the CIO, and the two meet through the line.
    d.responsibilities
        .push(card("rnd", 0.85, 2.0, Some("vp")).into());
    assert!(of_kind(&d, FindingKind::ProductFoundation).is_empty());
}

#[test]
fn work_that_serves_staff_only_does_not_carry_the_product() {
    let mut d = peers();
    d.responsibilities
        .push(card("service-delivery", 0.05, 2.0, Some("cio")).into());
    d.responsibilities
        .push(card("end-user-computing", 0.02, 2.0, Some("cio")).into());
    let found = of_kind(&d, FindingKind::ProductFoundation);
    assert_eq!(found[0].about, [rs("infrastructure"), rs("it-operations")]);
}
