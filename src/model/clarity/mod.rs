//! The clarity score: for each executive and for the whole design, 0 to 100,
//! how clearly a portfolio faces one way, judged against the executive's
//! intended orientation where one is set.
//!
//! It is worked out from the external percentage `p` the balance shows
//! (0–100, rounded), so that the score can be checked by hand from the
//! figures on screen:
//!
//! | intended orientation | clarity |
//! |---|---|
//! | not set | \|2p − 100\|: 100 when all one way, 0 at an even split |
//! | internal-facing | 100 − 2p, at least 0: 100 when nothing faces out, 0 from half out |
//! | external-facing | 2p − 100, at least 0 |
//! | mixed (on purpose) | 100 − \|2p − 100\|: 100 at an even split |
//!
//! The design's score is the mean of its executives' scores, each weighted
//! by the size of its portfolio. An executive with nothing has no score and
//! does not count.

use super::balance::{Balance, DesignBalance};
use super::design::{Design, Orientation};

/// One portfolio's clarity, 0–100, or `None` when it holds nothing.
pub fn of(balance: &Balance, orientation: Orientation) -> Option<u32> {
    let p = i64::from(balance.external_percent()?);
    let one_way = (2 * p - 100).abs();
    let score = match orientation {
        Orientation::NotSet => one_way,
        Orientation::Internal => (100 - 2 * p).max(0),
        Orientation::External => (2 * p - 100).max(0),
        Orientation::Mixed => 100 - one_way,
    };
    // Every arm lies in 0..=100.
    u32::try_from(score.clamp(0, 100)).ok()
}

/// How [`of`] reached its figure, in a sentence, e.g. "Meant to be
/// internal-facing and 14% external: 100 − 2 × 14 = 72."
pub fn explain(balance: &Balance, orientation: Orientation) -> String {
    let (Some(p), Some(score)) = (balance.external_percent(), of(balance, orientation)) else {
        return "Nothing assigned, so no clarity score.".to_owned();
    };
    match orientation {
        Orientation::NotSet => format!(
            "No intended orientation set, so it counts how far from an even split it is: \
             {p}% external, |2 × {p} − 100| = {score}."
        ),
        Orientation::Internal => format!(
            "Meant to be internal-facing and {p}% external: 100 − 2 × {p} = {score}{}.",
            if 100 < 2 * p { " (at least 0)" } else { "" }
        ),
        Orientation::External => format!(
            "Meant to be external-facing and {p}% external: 2 × {p} − 100 = {score}{}.",
            if 2 * p < 100 { " (at least 0)" } else { "" }
        ),
        Orientation::Mixed => {
            format!("Meant to be mixed and {p}% external: 100 − |2 × {p} − 100| = {score}.")
        }
    }
}

/// [`explain`], for an executive whose role may cut across both sides
/// ([`super::cross_cutting`]): such a role near an even split scores low by
/// the table, which says nothing bad about it, so the explanation says so.
pub fn explain_for(balance: &Balance, orientation: Orientation, cross_cutting: bool) -> String {
    let text = explain(balance, orientation);
    match of(balance, orientation) {
        Some(score) if cross_cutting && orientation != Orientation::Mixed && score < 50 => {
            format!(
                "{text} Security, data and architecture roles span both sides by nature, \
                 so a low figure here is expected; set the role to mixed to judge it \
                 against an even split."
            )
        }
        _ => text,
    }
}

/// The clarity of every executive of a design and of the design as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DesignClarity {
    /// One per executive, in the design's order (`None`: holds nothing).
    pub executives: Vec<Option<u32>>,
    /// The size-weighted mean of the executives' scores (`None`: nobody
    /// holds anything).
    pub overall: Option<u32>,
}

impl DesignClarity {
    /// Worked out from the design's balance: one step per executive.
    pub fn of(design: &Design, balance: &DesignBalance) -> Self {
        let mut weighted = 0.0;
        let mut weight = 0.0;
        let executives = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, executive)| {
                let own = balance.executive_at(i);
                let score = of(&own, executive.orientation);
                if let Some(score) = score {
                    weighted += f64::from(score) * own.size;
                    weight += own.size;
                }
                score
            })
            .collect();
        // A mean of scores in 0..=100 stays in 0..=100.
        let overall = (weight > 0.0).then(|| (weighted / weight).round().clamp(0.0, 100.0) as u32);
        Self {
            executives,
            overall,
        }
    }

    /// The score of the executive at `index` in the design's list.
    pub fn executive_at(&self, index: usize) -> Option<u32> {
        self.executives.get(index).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::design::{Executive, ExecutiveId, Responsibility, ResponsibilityId};

    /// A portfolio of one item of size 1 with this external share.
    fn portfolio(share: f64) -> Balance {
        Balance::of(&[Responsibility {
            id: ResponsibilityId("x".into()),
            size: 1.0,
            external_share: share,
            ..Default::default()
        }])
    }

    #[test]
    fn scores_follow_the_table() {
        use Orientation::*;
        for (share, orientation, expected) in [
            (0.0, NotSet, 100),
            (1.0, NotSet, 100),
            (0.5, NotSet, 0),
            (0.14, NotSet, 72),
            (0.86, NotSet, 72),
            (0.0, Internal, 100),
            (0.14, Internal, 72),
            (0.5, Internal, 0),
            (0.9, Internal, 0),
            (1.0, External, 100),
            (0.86, External, 72),
            (0.5, External, 0),
            (0.1, External, 0),
            (0.5, Mixed, 100),
            (0.25, Mixed, 50),
            (0.0, Mixed, 0),
            (1.0, Mixed, 0),
        ] {
            assert_eq!(
                of(&portfolio(share), orientation),
                Some(expected),
                "{share} {orientation:?}"
            );
        }
    }

    #[test]
    fn nothing_assigned_has_no_score() {
        for orientation in [
            Orientation::NotSet,
            Orientation::Internal,
            Orientation::External,
            Orientation::Mixed,
        ] {
            assert_eq!(of(&Balance::default(), orientation), None);
            assert_eq!(
                explain(&Balance::default(), orientation),
                "Nothing assigned, so no clarity score."
            );
        }
    }

    #[test]
    fn the_explanation_shows_the_sum_that_gives_the_score() {
        assert_eq!(
            explain(&portfolio(0.14), Orientation::Internal),
            "Meant to be internal-facing and 14% external: 100 − 2 × 14 = 72."
        );
        assert_eq!(
            explain(&portfolio(0.7), Orientation::Internal),
            "Meant to be internal-facing and 70% external: 100 − 2 × 70 = 0 (at least 0)."
        );
        assert_eq!(
            explain(&portfolio(0.86), Orientation::External),
            "Meant to be external-facing and 86% external: 2 × 86 − 100 = 72."
        );
        assert_eq!(
            explain(&portfolio(0.4), Orientation::Mixed),
            "Meant to be mixed and 40% external: 100 − |2 × 40 − 100| = 80."
        );
        assert!(explain(&portfolio(0.3), Orientation::NotSet).ends_with("= 40."));
    }

    #[test]
    fn a_cross_cutting_role_with_a_low_score_is_told_that_is_expected() {
        let even = portfolio(0.5);
        let plain = explain(&even, Orientation::NotSet);
        let told = explain_for(&even, Orientation::NotSet, true);
        assert!(
            told.starts_with(&plain) && told.contains("by nature"),
            "{told}"
        );
        assert_eq!(explain_for(&even, Orientation::NotSet, false), plain);
        // Mixed on purpose is already judged against an even split.
        assert_eq!(
            explain_for(&even, Orientation::Mixed, true),
            explain(&even, Orientation::Mixed)
        );
        // A clear score needs no comfort.
        let one_way = portfolio(0.0);
        assert_eq!(
            explain_for(&one_way, Orientation::NotSet, true),
            explain(&one_way, Orientation::NotSet)
        );
    }

    #[test]
    fn the_design_score_weighs_each_executive_by_its_size() {
        let exec = |id: &str, orientation| Executive {
            id: ExecutiveId(id.into()),
            short_title: id.to_uppercase(),
            orientation,
            ..Default::default()
        };
        let item = |id: &str, owner: &str, size: f64, share: f64| Responsibility {
            id: ResponsibilityId(id.into()),
            size,
            external_share: share,
            owner: Some(ExecutiveId(owner.into())),
            ..Default::default()
        };
        let design = Design {
            executives: vec![
                exec("cio", Orientation::Internal),
                exec("cto", Orientation::External),
                exec("ciso", Orientation::NotSet),
            ],
            // CIO 3 points at 0% external: 100; CTO 1 point at 75%: 50;
            // the CISO holds nothing.
            responsibilities: vec![item("a", "cio", 3.0, 0.0), item("b", "cto", 1.0, 0.75)],
            ..Default::default()
        };
        let clarity = DesignClarity::of(&design, &DesignBalance::of(&design));
        assert_eq!(clarity.executives, vec![Some(100), Some(50), None]);
        assert_eq!(clarity.overall, Some(88)); // (3 × 100 + 1 × 50) / 4 = 87.5
        assert_eq!(clarity.executive_at(2), None);
        assert_eq!(clarity.executive_at(9), None);
        let empty = Design::default();
        assert_eq!(
            DesignClarity::of(&empty, &DesignBalance::of(&empty)).overall,
            None
        );
    }
}
