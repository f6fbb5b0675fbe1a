//! Contested cards come as one judgement call per executive, with the
//! catalog's two views of each; fixes that move a card choose an executive
//! whose role fits it, not the first in the list.

use super::*;
use crate::model::catalog;
use crate::model::edit::Edit;

/// A bank: a CISO (meant to face inward, listed first), a CIO and a CTO,
/// holding five contested cards between them.
fn bank() -> Design {
    design(
        vec![
            exec("ciso", Internal),
            exec("cio", Internal),
            exec("cto", External),
        ],
        vec![
            card("security", 0.4, 3.0, Some("ciso")),
            card("infrastructure", 0.15, 5.0, Some("cio")),
            card("vendor-management", 0.5, 2.0, Some("cto")),
            card("cloud-platform", 0.4, 3.0, Some("cto")),
            card("enterprise-architecture", 0.45, 2.0, Some("cto")),
            card("pmo", 0.1, 2.0, Some("cio")),
        ],
    )
}

#[test]
fn a_bank_gets_at_most_one_judgement_call_per_executive() {
    let found = of_kind(&bank(), FindingKind::Contested);
    assert_eq!(found.len(), 3, "{found:#?}");
    for (f, who) in found.iter().zip(["ciso", "cio", "cto"]) {
        assert_eq!(f.about[0], ex(who));
        assert_eq!(f.severity, Severity::Judgement);
    }
    assert_eq!(
        found[2].message,
        "The CTO holds 3 contested responsibilities: “vendor-management”, \
         “cloud-platform”, “enterprise-architecture”"
    );
    assert_eq!(
        found[0].message,
        "The CISO holds 1 contested responsibility: “security”"
    );
}

#[test]
fn the_why_names_each_card_with_the_catalogs_two_views() {
    let found = of_kind(&bank(), FindingKind::Contested);
    let cto = &found[2];
    for id in [
        "vendor-management",
        "cloud-platform",
        "enterprise-architecture",
    ] {
        let views = catalog::entry(id).and_then(|e| e.views).unwrap();
        let line = format!(
            "“{id}”: With the CIO: {} With the CTO: {}",
            views.with_cio, views.with_cto
        );
        assert!(cto.why.contains(&line), "{id} missing from {}", cto.why);
    }
    assert!(cto.why.contains(DELIBERATE_LABEL));
}

#[test]
fn deliberate_cards_give_no_judgement_call() {
    let mut d = bank();
    for r in &mut d.responsibilities {
        if r.owner.as_ref().is_some_and(|o| o.as_str() == "cto") {
            r.deliberate = true;
        }
    }
    d.responsibilities[1].deliberate = true;
    let found = of_kind(&d, FindingKind::Contested);
    // Only the CISO's security card is still open.
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [ex("ciso"), rs("security")]);
    let names_cto = found.iter().any(|f| f.about.contains(&ex("cto")));
    assert!(!names_cto);
}

#[test]
fn the_help_desk_fix_never_targets_the_ciso() {
    let mut d = bank();
    let mut help = card("service-delivery", 0.05, 2.0, Some("cto"));
    help.name = "Help desk".into();
    d.responsibilities.push(help.into());
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 1);
    let fix = found[0].fix.clone().unwrap();
    assert!(
        matches!(&fix.edit, Edit::Move { to: Some(to), .. } if to.as_str() == "cio"),
        "{fix:?}"
    );
    // With only the CISO meant to face inward (and a CPO beside the CTO,
    // so that the CTO is not the one technology executive), nothing is
    // moved to it.
    d.executives.remove(1);
    d.executives.push(exec("cpo", External));
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    let fix = found[0].fix.clone().unwrap();
    assert!(matches!(fix.edit, Edit::SetDeliberate(..)), "{fix:?}");
}

#[test]
fn an_outward_card_goes_to_the_external_facing_executive_listed_after_others() {
    // A security chief meant to face outward is listed before the CTO.
    let d = design(
        vec![
            exec("cio", Internal),
            exec("ciso", External),
            exec("cto", External),
        ],
        vec![
            card("product-development", 0.9, 3.0, Some("cio")),
            named("cyber", "Customer cybersecurity", 0.9, Some("cio")),
        ],
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    // Security crosses the line by nature: not held against its owner's
    // facing (the security bar asks both sides to take part instead).
    assert_eq!(found.len(), 1, "{:#?}", messages(&found));
    let target = |f: &Finding| match f.fix.as_ref().map(|x| &x.edit) {
        Some(Edit::Move { to: Some(to), .. }) => to.as_str().to_owned(),
        other => panic!("{other:?}"),
    };
    assert_eq!(target(&found[0]), "cto");
    assert_eq!(of_kind(&d, FindingKind::SecurityBar).len(), 1);
}

#[test]
fn cross_cutting_work_goes_first_to_a_role_across_both_sides_on_that_side() {
    use super::super::facts::{Camp, Facts};
    // A CISO (across both sides) under the CIO, a chief architect under
    // the CEO, then the CIO and the CTO.
    let d = design(
        vec![
            titled("arch", "Chief Architect"),
            under(titled("ciso", "CISO"), "cio"),
            exec("cio", NotSet),
            exec("cto", NotSet),
        ],
        vec![],
    );
    let index = Index::of(&d);
    let balance = DesignBalance::of_indexed(&d, &index);
    let cards = CardFacts::of(&d);
    let f = Facts::new(&d, &index, &balance, &cards);
    let at = |e: Option<usize>| e.map(|e| d.executives[e].id.as_str());
    assert_eq!(
        at(f.move_target(Camp::Internal, WorkKind::Security)),
        Some("ciso")
    );
    // Nobody across both sides stands on the external side: the CTO.
    assert_eq!(
        at(f.move_target(Camp::External, WorkKind::Security)),
        Some("cto")
    );
    // Other work never goes to a role across both sides.
    assert_eq!(
        at(f.move_target(Camp::Internal, WorkKind::Operations)),
        Some("cio")
    );
    assert_eq!(at(f.partner_on(Camp::Internal)), Some("cio"));
    assert_eq!(at(f.partner_on(Camp::External)), Some("cto"));
}
