//! The security bar: every security card needs the internal and the
//! external side to take part (owner, Responsible or Consulted), each
//! executive on the side of its intent or of the nearest manager with one.

use super::*;
use crate::model::edit::Edit;

fn cio_and_cto() -> Vec<Executive> {
    vec![exec("cio", NotSet), exec("cto", NotSet)]
}

#[test]
fn identity_and_access_mgmt_counts_as_security_and_the_fix_consults_the_other_side() {
    let d = design(
        cio_and_cto(),
        vec![
            named("iam-1", "Identity & Access Mgmt", 0.3, Some("cio")),
            card("rnd", 0.9, 3.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::SecurityBar);
    assert_eq!(found.len(), 1, "{:#?}", messages(&all(&d)));
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        found[0].message,
        "Only the internal side sets the security bar for “Identity & Access Mgmt”"
    );
    assert_eq!(found[0].about, [rs("iam-1"), ex("cio")]);
    assert!(
        found[0]
            .why
            .contains("internal side, assumed from the title"),
        "{}",
        found[0].why
    );
    let after = fixed(&d, &found[0]);
    assert_eq!(
        after.responsibilities[0]
            .roles
            .get(&ExecutiveId("cto".into())),
        Some(&Role::Consulted)
    );
    assert!(of_kind(&after, FindingKind::SecurityBar).is_empty());
}

#[test]
fn a_ciso_and_a_cio_alone_leave_the_product_side_out() {
    // The CISO under the CIO stands on the internal side: the CIO's
    // consent is a second executive, but on the same side.
    let security = with_role(
        card("security", 0.4, 3.0, Some("ciso")),
        "cio",
        Role::Consulted,
    );
    let d = design(
        vec![
            exec("cio", NotSet),
            exec("cto", NotSet),
            under(titled("ciso", "CISO"), "cio"),
        ],
        vec![security.clone(), card("rnd", 0.9, 3.0, Some("cto"))],
    );
    let found = of_kind(&d, FindingKind::SecurityBar);
    assert_eq!(found.len(), 1, "{:#?}", messages(&all(&d)));
    assert!(found[0].message.starts_with("Only the internal side"));
    assert!(
        found[0].why.contains("internal side, through the CIO"),
        "{}",
        found[0].why
    );
    let fix = found[0].fix.clone().unwrap();
    assert!(
        matches!(&fix.edit, Edit::SetRole { executive, .. } if executive.as_str() == "cto"),
        "{fix:?}"
    );
    // A CISO under the CEO stands on neither side: the CIO consulted
    // still leaves the external side out.
    let mut peer = d.clone();
    peer.executives[2].reports_to = ReportsTo::Ceo;
    let found = of_kind(&peer, FindingKind::SecurityBar);
    assert_eq!(found.len(), 1);
    assert!(found[0].why.contains("on neither"), "{}", found[0].why);
    // With the CTO consulted too, both sides set the bar.
    let mut both = peer.clone();
    both.responsibilities[0] = with_role(security, "cto", Role::Responsible).into();
    assert!(of_kind(&both, FindingKind::SecurityBar).is_empty());
}

#[test]
fn a_ciso_alone_under_the_ceo_is_neither_side() {
    let d = design(
        vec![
            exec("cio", NotSet),
            exec("cto", NotSet),
            titled("ciso", "CISO"),
        ],
        vec![card("security", 0.4, 3.0, Some("ciso"))],
    );
    let found = of_kind(&d, FindingKind::SecurityBar);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Neither side takes part in “security”");
    // The fix brings in the internal side first.
    let after = fixed(&d, &found[0]);
    let found = of_kind(&after, FindingKind::SecurityBar);
    assert!(found[0].message.starts_with("Only the internal side"));
}

#[test]
fn being_informed_is_not_taking_part() {
    let c = with_role(
        card("security", 0.4, 3.0, Some("cio")),
        "cto",
        Role::Informed,
    );
    let d = design(cio_and_cto(), vec![c]);
    assert_eq!(of_kind(&d, FindingKind::SecurityBar).len(), 1);
}

#[test]
fn only_asked_when_the_chart_has_both_sides() {
    // A peer whose title says nothing: no external side to bring in.
    let d = design(
        vec![exec("cio", NotSet), exec("peer", NotSet)],
        vec![card("security", 0.4, 3.0, Some("cio"))],
    );
    assert!(of_kind(&d, FindingKind::SecurityBar).is_empty());
    // Security work in the tray is the tray's finding.
    let d = design(cio_and_cto(), vec![card("security", 0.4, 3.0, None)]);
    assert!(of_kind(&d, FindingKind::SecurityBar).is_empty());
}

#[test]
fn security_split_across_finer_cards_is_asked_of_each() {
    let d = design(
        cio_and_cto(),
        vec![
            card("identity-access", 0.3, 2.0, Some("cio")),
            card("security-operations", 0.35, 2.0, Some("cio")),
            card("product-security", 0.8, 2.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::SecurityBar);
    assert_eq!(found.len(), 3, "{:#?}", messages(&found));
    assert!(found[2].message.starts_with("Only the external side"));
    let fix = found[2].fix.clone().unwrap();
    assert!(matches!(&fix.edit, Edit::SetRole { executive, .. } if executive.as_str() == "cio"));
}

#[test]
fn the_bank_with_cio_cto_ciso_and_cdo_sets_one_bar() {
    let mut cdo = titled("cdo", "CDO");
    cdo.full_title = "Chief Data Officer".into();
    let d = design(
        vec![
            exec("cio", NotSet),
            exec("cto", NotSet),
            under(titled("ciso", "CISO"), "cio"),
            cdo,
        ],
        vec![
            card("erp", 0.05, 6.0, Some("cio")),
            card("it-operations", 0.1, 4.0, Some("cio")),
            card("product-development", 0.9, 6.0, Some("cto")),
            card("digital-channels", 0.85, 4.0, Some("cto")),
            with_role(
                card("security", 0.4, 4.0, Some("ciso")),
                "cto",
                Role::Consulted,
            ),
            with_role(
                with_role(
                    card("data-analytics", 0.35, 3.0, Some("cdo")),
                    "cio",
                    Role::Consulted,
                ),
                "cto",
                Role::Consulted,
            ),
            card("data-platform", 0.5, 3.0, Some("cdo")),
        ],
    );
    let found = all(&d);
    let list = messages(&found);
    for kind in [
        FindingKind::SecurityBar,
        FindingKind::DataFlow,
        FindingKind::NoDataWork,
        FindingKind::NoCollaboration,
        FindingKind::BlurredRole,
        FindingKind::FacingAgainstOwner,
        FindingKind::OnlyExecutive,
    ] {
        assert!(
            found.iter().all(|f| f.kind != kind),
            "{kind:?} in {list:#?}"
        );
    }
    assert!(
        found.iter().all(|f| f.severity < Severity::Warning),
        "{list:#?}"
    );
}

#[test]
fn past_ten_security_cards_of_one_executive_the_rest_are_one_finding() {
    let d = design(
        cio_and_cto(),
        (0..14)
            .map(|i| {
                named(
                    &format!("sec-{i}"),
                    &format!("Security {i}"),
                    0.4,
                    Some("cio"),
                )
            })
            .collect(),
    );
    let found = of_kind(&d, FindingKind::SecurityBar);
    assert_eq!(found.len(), PER_EXECUTIVE + 1);
    let last = found.last().expect("the folded one");
    assert_eq!(
        last.message,
        "…and 4 more security cards of the CIO that one side takes no part in"
    );
    assert_eq!(last.about.len(), 5);
}
