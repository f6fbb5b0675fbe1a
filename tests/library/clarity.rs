//! Property tests of the clarity score: a relabel cannot make a blurred
//! design look clear.
//!
//! Any score judged against what an executive is meant to lead lets one
//! relabel correct a wrong label: an executive marked internal-facing who
//! holds only product work scores 0, and marked external-facing 100. So
//! the property is stated as what a relabel can and cannot do:
//!
//! - no labelling scores an executive above what its own work allows: the
//!   score judged against the side most of its work faces (no orientation
//!   and a title that says nothing), so a design is never above the same
//!   design with every label taken off;
//! - marking an executive mixed never raises its score or the design's;
//! - a relabel of one executive that lifts the design from below 50 to 80
//!   or more gives that executive the side most of its own work already
//!   faces (the label it had was against its own work).
//!
//! Scores are whole numbers from whole percentages, so "never above" allows
//! the one point that rounding can add.

use proptest::prelude::*;

use remit::model::{
    Design, DesignClarity, Executive, ExecutiveId, Orientation, Responsibility, ResponsibilityId,
    WorkKind,
};

/// `cases` cases, and no regression files written into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Titles that point inward, outward, across both sides, or nowhere.
const TITLES: &[&str] = &[
    "CIO",
    "CTO",
    "CISO",
    "Head of IT",
    "VP Engineering",
    "Chief Data Officer",
    "Head of Platforms",
    "COO",
    "",
];

const ORIENTATIONS: [Orientation; 4] = [
    Orientation::NotSet,
    Orientation::Internal,
    Orientation::External,
    Orientation::Mixed,
];

fn orientation() -> impl Strategy<Value = Orientation> {
    (0..ORIENTATIONS.len()).prop_map(|i| ORIENTATIONS[i])
}

/// Two to five executives and up to twenty cards of every kind and facing,
/// most of them owned.
fn design() -> impl Strategy<Value = Design> {
    let executives = prop::collection::vec((0..TITLES.len(), orientation()), 2..=5);
    executives.prop_flat_map(|executives| {
        let n = executives.len();
        let card = (
            0..WorkKind::ALL.len(),
            0..=20u32,
            1..=8u32,
            prop::option::weighted(0.9, 0..n),
        );
        prop::collection::vec(card, 1..=20).prop_map(move |cards| Design {
            executives: executives
                .iter()
                .enumerate()
                .map(|(i, &(title, orientation))| Executive {
                    id: ExecutiveId(format!("e{i}")),
                    short_title: TITLES[title].to_owned(),
                    orientation,
                    ..Default::default()
                })
                .collect(),
            responsibilities: cards
                .into_iter()
                .enumerate()
                .map(|(i, (kind, share, size, owner))| Responsibility {
                    id: ResponsibilityId(format!("r{i}")),
                    name: format!("r{i}"),
                    kind: WorkKind::ALL[kind],
                    external_share: f64::from(share) / 20.0,
                    size: f64::from(size),
                    owner: owner.map(|o| ExecutiveId(format!("e{o}"))),
                    ..Default::default()
                })
                .map(Into::into)
                .collect(),
            ..Default::default()
        })
    })
}

/// `design` with executive `i` marked `orientation`.
fn relabelled(design: &Design, i: usize, orientation: Orientation) -> Design {
    let mut d = design.clone();
    d.executives[i].orientation = orientation;
    d
}

/// `design` with no orientation set and no title: every executive judged
/// against the side most of its own work faces.
fn unlabelled(design: &Design) -> Design {
    let mut d = design.clone();
    for e in &mut d.executives {
        e.orientation = Orientation::NotSet;
        e.short_title.clear();
        e.full_title.clear();
    }
    d
}

proptest! {
    #![proptest_config(config(256))]

    /// No labelling is above what the work allows, for any executive or
    /// for the design.
    #[test]
    fn no_label_scores_above_the_work(d in design()) {
        let labelled = DesignClarity::of(&d);
        let bare = DesignClarity::of(&unlabelled(&d));
        for i in 0..d.executives.len() {
            let (with, without) = (labelled.executive_at(i), bare.executive_at(i));
            prop_assert_eq!(with.is_some(), without.is_some());
            if let (Some(with), Some(without)) = (with, without) {
                prop_assert!(with <= without + 1, "{}: {}", i, labelled.explain_at(i));
            }
        }
        if let (Some(with), Some(without)) = (labelled.overall, bare.overall) {
            prop_assert!(with <= without + 1);
        }
    }

    /// Marking one executive mixed never raises its score or the design's.
    #[test]
    fn marking_mixed_never_raises_a_score(d in design(), pick in any::<prop::sample::Index>()) {
        let i = pick.index(d.executives.len());
        let before = DesignClarity::of(&d);
        let after = DesignClarity::of(&relabelled(&d, i, Orientation::Mixed));
        if let (Some(b), Some(a)) = (before.executive_at(i), after.executive_at(i)) {
            prop_assert!(a <= b + 1, "{} then {}", before.explain_at(i), after.explain_at(i));
        }
        if let (Some(b), Some(a)) = (before.overall, after.overall) {
            prop_assert!(a <= b + 1);
        }
    }

    /// A relabel of one executive that lifts the design from failing
    /// (below 50) to good (80 or more) gives it the side its own work
    /// faces: it scores what its work allows, and it is not marked mixed.
    #[test]
    fn a_relabel_lifts_a_failing_design_only_by_matching_the_work(
        d in design(),
        pick in any::<prop::sample::Index>(),
        to in orientation(),
    ) {
        let i = pick.index(d.executives.len());
        let before = DesignClarity::of(&d);
        let changed = relabelled(&d, i, to);
        let after = DesignClarity::of(&changed);
        let lifted = before.overall.is_some_and(|s| s < 50) && after.overall.is_some_and(|s| s >= 80);
        if lifted {
            let allowed = DesignClarity::of(&unlabelled(&d)).executive_at(i);
            prop_assert_ne!(to, Orientation::Mixed);
            prop_assert_eq!(after.executive_at(i), allowed, "{}", after.explain_at(i));
        }
    }
}

/// The case the issue found: a CTO alone with a head of IT holding a
/// little, its portfolio half inward, half outward. No label of the CTO
/// makes the design good.
#[test]
fn no_label_rescues_a_blurred_cto() {
    let card = |id: &str, owner: &str, kind, share, size| Responsibility {
        id: ResponsibilityId(id.into()),
        name: id.into(),
        kind,
        external_share: share,
        size,
        owner: Some(ExecutiveId(owner.into())),
        ..Default::default()
    };
    let exec = |id: &str, title: &str| Executive {
        id: ExecutiveId(id.into()),
        short_title: title.into(),
        ..Default::default()
    };
    let d = Design {
        executives: vec![exec("cto", "CTO"), exec("it", "IT lead")],
        responsibilities: vec![
            card("infra", "cto", WorkKind::Infrastructure, 0.15, 5.0),
            card("ops", "cto", WorkKind::Operations, 0.1, 4.0),
            card("apps", "cto", WorkKind::BusinessSystems, 0.1, 4.0),
            card("product", "cto", WorkKind::Product, 0.9, 6.0),
            card("rnd", "cto", WorkKind::Product, 0.85, 3.0),
            card("web", "cto", WorkKind::Customer, 0.85, 4.0),
            card("security", "cto", WorkKind::Security, 0.4, 3.0),
            card("helpdesk", "it", WorkKind::Operations, 0.05, 2.0),
        ]
        .into_iter()
        .map(Into::into)
        .collect(),
        ..Default::default()
    };
    for orientation in ORIENTATIONS {
        let clarity = DesignClarity::of(&relabelled(&d, 0, orientation));
        let overall = clarity.overall.unwrap_or(100);
        assert!(
            overall < 50,
            "{orientation:?}: {overall}, {}",
            clarity.explain_at(0)
        );
    }
}
