//! The clarity rule on small designs: the sources' textbook split, blurred
//! portfolios, cross-cutting roles, relabelling, the lone executive, and
//! the sentences that explain each figure.

use super::*;
use crate::model::catalog::{CATALOG, UsualOwner};
use crate::model::design::{Executive, Orientation, ResponsibilityId};
use crate::model::work_kind::WorkKind;

fn exec(id: &str, title: &str, orientation: Orientation) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: title.into(),
        orientation,
        ..Default::default()
    }
}

fn card(id: &str, owner: &str, kind: WorkKind, share: f64, size: f64) -> Responsibility {
    Responsibility {
        id: ResponsibilityId(id.into()),
        name: id.into(),
        size,
        external_share: share,
        kind,
        owner: Some(ExecutiveId(owner.into())),
        ..Default::default()
    }
}

fn design(executives: Vec<Executive>, cards: Vec<Responsibility>) -> Design {
    Design {
        executives,
        responsibilities: cards.into_iter().map(Into::into).collect(),
        ..Default::default()
    }
}

/// The catalog's traditional split: every entry usually with the CIO goes
/// to an internal-facing CIO, every one usually with the CTO to an
/// external-facing CTO (the contested ones stay out).
fn textbook() -> Design {
    let owner = |usual| match usual {
        UsualOwner::Cio => Some(ExecutiveId("cio".into())),
        UsualOwner::Cto => Some(ExecutiveId("cto".into())),
        UsualOwner::Contested => None,
    };
    design(
        vec![
            exec("cio", "CIO", Orientation::Internal),
            exec("cto", "CTO", Orientation::External),
        ],
        CATALOG
            .iter()
            .filter_map(|e| owner(e.usual_owner).map(|o| e.to_responsibility(Some(o))))
            .collect(),
    )
}

#[test]
fn the_textbook_split_scores_high_on_both_sides() {
    let d = textbook();
    let clarity = DesignClarity::of(&d);
    let (cio, cto) = (clarity.executive_at(0), clarity.executive_at(1));
    assert!(
        cio.is_some_and(|s| s >= 90),
        "CIO {cio:?}: {}",
        clarity.explain_at(0)
    );
    assert!(
        cto.is_some_and(|s| s >= 90),
        "CTO {cto:?}: {}",
        clarity.explain_at(1)
    );
    assert!(clarity.overall.is_some_and(|s| s >= 90));
    // The same with no orientation set: the titles say which side.
    let mut untold = d.clone();
    for e in &mut untold.executives {
        e.orientation = Orientation::NotSet;
    }
    let assumed = DesignClarity::of(&untold);
    assert_eq!(assumed.executive_at(0), cio);
    assert_eq!(assumed.executive_at(1), cto);
    assert!(
        assumed
            .explain_at(0)
            .starts_with("Taken to be internal-facing from its title")
    );
}

#[test]
fn a_blurred_portfolio_scores_low_whatever_it_is_meant_to_be() {
    // Half inward, half outward, nothing cross-cutting.
    let blurred = |orientation| {
        design(
            vec![
                exec("a", "Head of Technology", orientation),
                exec("b", "CIO", Orientation::Internal),
            ],
            vec![
                card("ops", "a", WorkKind::Operations, 0.1, 5.0),
                card("product", "a", WorkKind::Product, 0.9, 5.0),
                card("erp", "b", WorkKind::BusinessSystems, 0.05, 1.0),
            ],
        )
    };
    for orientation in [
        Orientation::NotSet,
        Orientation::Internal,
        Orientation::External,
        Orientation::Mixed,
    ] {
        let clarity = DesignClarity::of(&blurred(orientation));
        let score = clarity.executive_at(0);
        assert!(score.is_some_and(|s| s <= 20), "{orientation:?}: {score:?}");
    }
    // Work that only faces both ways is no clearer.
    let middle = design(
        vec![
            exec("a", "CIO", Orientation::Internal),
            exec("b", "CTO", Orientation::External),
        ],
        vec![
            card("vendors", "a", WorkKind::Management, 0.5, 4.0),
            card("crm", "a", WorkKind::BusinessSystems, 0.45, 4.0),
            card("product", "b", WorkKind::Product, 0.9, 1.0),
        ],
    );
    assert_eq!(DesignClarity::of(&middle).executive_at(0), Some(0));
}

#[test]
fn a_ciso_owning_security_scores_100() {
    let d = design(
        vec![
            exec("ciso", "CISO", Orientation::NotSet),
            exec("cio", "CIO", Orientation::Internal),
        ],
        vec![
            card("security", "ciso", WorkKind::Security, 0.4, 3.0),
            card("appsec", "ciso", WorkKind::Security, 0.8, 2.0),
            card("helpdesk", "cio", WorkKind::Operations, 0.05, 2.0),
        ],
    );
    let clarity = DesignClarity::of(&d);
    assert_eq!(clarity.executive_at(0), Some(100));
    assert_eq!(
        clarity.explain_at(0),
        "Taken to work across both sides from its title (no orientation is set), which is for \
         security, data, compliance and architecture work: 0% of its size is other work, so \
         100 − 2 × 0 = 100."
    );
}

#[test]
fn a_cto_marked_mixed_while_holding_product_work_scores_low() {
    let cards = vec![
        card("product", "cto", WorkKind::Product, 0.9, 6.0),
        card("rnd", "cto", WorkKind::Product, 0.85, 3.0),
        card("ops", "cto", WorkKind::Operations, 0.1, 3.0),
        card("security", "cto", WorkKind::Security, 0.4, 2.0),
        card("helpdesk", "it", WorkKind::Operations, 0.05, 2.0),
    ];
    let with = |orientation| {
        design(
            vec![
                exec("cto", "CTO", orientation),
                exec("it", "Head of IT", Orientation::Internal),
            ],
            cards.clone(),
        )
    };
    let mixed = DesignClarity::of(&with(Orientation::Mixed));
    let external = DesignClarity::of(&with(Orientation::External));
    // 12 of 14 is product or operations work: 100 − 2 × 86 is below 0.
    assert_eq!(mixed.executive_at(0), Some(0));
    assert!(
        mixed
            .explain_at(0)
            .starts_with("Marked mixed, so judged as a role across both")
    );
    assert!(mixed.explain_at(0).ends_with("= 0 (at least 0)."));
    // Marked mixed is never better than either side.
    assert!(mixed.executive_at(0) <= external.executive_at(0));
}

#[test]
fn the_only_executive_holding_work_is_not_graded() {
    let d = design(
        vec![
            exec("cto", "CTO", Orientation::External),
            exec("spare", "COO", Orientation::NotSet),
        ],
        vec![
            card("product", "cto", WorkKind::Product, 0.9, 6.0),
            card("ops", "cto", WorkKind::Operations, 0.1, 6.0),
        ],
    );
    for orientation in [
        Orientation::External,
        Orientation::Mixed,
        Orientation::NotSet,
    ] {
        let mut d = d.clone();
        d.executives[0].orientation = orientation;
        let clarity = DesignClarity::of(&d);
        assert_eq!(clarity.grade_at(0), Grade::NotGraded);
        assert_eq!(clarity.executive_at(0), None);
        assert_eq!(clarity.grade_at(1), Grade::Nothing);
        assert_eq!(clarity.overall, None);
        assert_eq!(clarity.overall_grade(), Grade::NotGraded);
        assert!(
            clarity
                .explain_at(0)
                .starts_with("Not graded: as the only executive")
        );
        assert!(
            clarity
                .explain_overall()
                .starts_with("Not graded: one executive holds all")
        );
        assert_eq!(
            clarity.explain_at(1),
            "Nothing assigned, so no clarity score."
        );
    }
}

#[test]
fn the_sentence_shows_the_sum_that_gives_the_score() {
    let d = design(
        vec![
            exec("cio", "CIO", Orientation::Internal),
            exec("x", "Head of Platforms", Orientation::NotSet),
        ],
        vec![
            // CIO: 10 in all; 1 outward, 2 both ways, 3 security.
            card("ops", "cio", WorkKind::Operations, 0.1, 4.0),
            card("rnd", "cio", WorkKind::Product, 0.85, 1.0),
            card("vendors", "cio", WorkKind::Management, 0.5, 2.0),
            card("security", "cio", WorkKind::Security, 0.4, 3.0),
            // Head of Platforms: leans outward, 1 of 4 inward.
            card("sre", "x", WorkKind::Operations, 0.75, 3.0),
            card("itops", "x", WorkKind::Operations, 0.1, 1.0),
        ],
    );
    let clarity = DesignClarity::of(&d);
    assert_eq!(clarity.executive_at(0), Some(60));
    assert_eq!(
        clarity.explain_at(0),
        "Meant to be internal-facing: 10% of its size faces outward and 20% both ways, and 30% \
         is security, data, compliance or architecture work, which counts against neither \
         side, so 100 − 2 × (10 + 20 ÷ 2) = 60."
    );
    assert_eq!(clarity.executive_at(1), Some(50));
    assert_eq!(
        clarity.explain_at(1),
        "With no orientation set and a title that does not say which side, judged against the \
         side most of its work faces (external-facing): 25% of its size faces inward, so \
         100 − 2 × 25 = 50."
    );
    // (10 × 60 + 4 × 50) ÷ 14 = 57.1
    assert_eq!(clarity.overall, Some(57));
    assert_eq!(
        clarity.explain_overall(),
        "The executives' scores weighted by the size of each portfolio: (10 × 60 + 4 × 50) ÷ 14 \
         = 57."
    );
}

#[test]
fn work_leaning_to_neither_side_says_so() {
    let d = design(
        vec![
            exec("x", "", Orientation::NotSet),
            exec("y", "CTO", Orientation::NotSet),
        ],
        vec![
            card("ops", "x", WorkKind::Operations, 0.1, 1.0),
            card("web", "x", WorkKind::Customer, 0.9, 1.0),
            card("data", "x", WorkKind::Data, 0.35, 8.0),
            card("product", "y", WorkKind::Product, 0.9, 1.0),
        ],
    );
    let clarity = DesignClarity::of(&d);
    assert_eq!(clarity.executive_at(0), Some(80));
    assert_eq!(
        clarity.explain_at(0),
        "With no orientation set and a title that does not say which side, judged against the \
         side most of its work faces, and it leans to neither: 10% of its size faces each way, \
         and 80% is security, data, compliance or architecture work, which counts against \
         neither side, so 100 − 2 × 10 = 80."
    );
    assert!(
        clarity
            .explain_at(1)
            .starts_with("Taken to be external-facing from its title")
    );
}

#[test]
fn the_indexed_figures_are_the_one_pass_figures() {
    for template in crate::templates::TEMPLATES {
        let mut d = (template.build)();
        d.responsibilities[0].owner = Some(ExecutiveId("gone".into()));
        let index = crate::model::Index::of(&d);
        assert_eq!(DesignClarity::of_indexed(&d, &index), DesignClarity::of(&d));
    }
}

#[test]
fn nothing_held_has_no_score() {
    let empty = Design::default();
    let clarity = DesignClarity::of(&empty);
    assert_eq!(clarity.overall, None);
    assert_eq!(clarity.overall_grade(), Grade::Nothing);
    assert_eq!(
        clarity.explain_overall(),
        "Nobody holds any work yet, so no clarity score."
    );
    assert_eq!(clarity.grade_at(3), Grade::Nothing);
    assert_eq!(
        clarity.explain_at(3),
        "Nothing assigned, so no clarity score."
    );
    assert_eq!(Grade::Nothing.short(), "–");
    assert_eq!(Grade::NotGraded.short(), "not graded");
    assert_eq!(Grade::Score(7).short(), "7");
}
