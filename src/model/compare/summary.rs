//! Two options side by side: the change list between them, how external-
//! facing and how clear each executive's portfolio and the whole
//! organisation are in each (with the difference), and which findings the
//! second settles and which it adds. What the compare view, the handouts
//! and `remit compare` show.
//!
//! Worked out once per change to either option, never per frame. Weighing
//! an option (its balance, clarity and findings) is what the window does
//! anyway for the option it shows, once per change: [`Comparison::between`]
//! takes those figures ([`Weights`]) rather than working them out again,
//! so a change costs the change list (light for options that share most
//! cards) and one pass over the executives and findings.

use std::collections::HashSet;

use super::{Change, changes};
use crate::model::clarity::DesignClarity;
use crate::model::design::{Design, ExecutiveId};
use crate::model::findings::{About, Finding, FindingKind, findings};
use crate::model::{DesignBalance, Index};

/// One executive (or the organisation) in both options. A figure is `None`
/// where the option does not have the executive, or there is nothing to
/// weigh.
#[derive(Clone, Debug, PartialEq)]
pub struct SideBySide {
    /// The executive, or `None` for the whole organisation.
    pub executive: Option<ExecutiveId>,
    /// How a reader knows it: the short title (the second option's, if it
    /// has the executive), or "Organisation".
    pub label: String,
    /// Per cent of its portfolio's size that faces outward, in the first
    /// option.
    pub external_before: Option<u32>,
    /// The same in the second option.
    pub external_after: Option<u32>,
    /// Its clarity score (0–100) in the first option.
    pub clarity_before: Option<u32>,
    /// The same in the second option.
    pub clarity_after: Option<u32>,
    /// How many cards it owns in the first option.
    pub cards_before: Option<usize>,
    /// The same in the second option.
    pub cards_after: Option<usize>,
}

impl SideBySide {
    /// The change in external-facing share, in percentage points.
    pub fn external_delta(&self) -> Option<i64> {
        Some(i64::from(self.external_after?) - i64::from(self.external_before?))
    }

    /// The change in clarity, in points.
    pub fn clarity_delta(&self) -> Option<i64> {
        Some(i64::from(self.clarity_after?) - i64::from(self.clarity_before?))
    }
}

/// A signed difference in words: "+5", "−3", "±0"; "—" when either side
/// has no figure.
pub fn signed(delta: Option<i64>) -> String {
    match delta {
        None => "—".to_owned(),
        Some(0) => "±0".to_owned(),
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => format!("−{}", d.unsigned_abs()),
    }
}

/// Everything the compare view shows about two options.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// What the second option does differently, in order.
    pub changes: Vec<Change>,
    /// Every executive of either option (the second's order, then those
    /// only the first has), then the organisation.
    pub rows: Vec<SideBySide>,
    /// Findings of the first option that the second does not have.
    pub settled: Vec<Finding>,
    /// Findings of the second option that the first does not have.
    pub added: Vec<Finding>,
}

impl Comparison {
    /// Compares `from` (e.g. "As is") with `to`, weighing both.
    pub fn of(from: &Design, to: &Design) -> Self {
        let before = Weighed::of(from);
        let after = Weighed::of(to);
        Self::between(from, &before.weights(), to, &after.weights())
    }

    /// Compares `from` with `to`, given what each weighs.
    pub fn between(from: &Design, before: &Weights<'_>, to: &Design, after: &Weights<'_>) -> Self {
        let mut rows = Vec::with_capacity(to.executives.len() + 2);
        for (i, e) in to.executives.iter().enumerate() {
            let was = from.executives.iter().position(|f| f.id == e.id);
            rows.push(SideBySide {
                executive: Some(e.id.clone()),
                label: e.short_title.clone(),
                external_before: was.and_then(|w| before.external(w)),
                external_after: after.external(i),
                clarity_before: was.and_then(|w| before.clarity.executive_at(w)),
                clarity_after: after.clarity.executive_at(i),
                cards_before: was.map(|w| before.balance.executive_at(w).count),
                cards_after: Some(after.balance.executive_at(i).count),
            });
        }
        let in_to: HashSet<&ExecutiveId> = to.executives.iter().map(|e| &e.id).collect();
        for (w, e) in from.executives.iter().enumerate() {
            if in_to.contains(&e.id) {
                continue;
            }
            rows.push(SideBySide {
                executive: Some(e.id.clone()),
                label: e.short_title.clone(),
                external_before: before.external(w),
                external_after: None,
                clarity_before: before.clarity.executive_at(w),
                clarity_after: None,
                cards_before: Some(before.balance.executive_at(w).count),
                cards_after: None,
            });
        }
        rows.push(SideBySide {
            executive: None,
            label: "Organisation".to_owned(),
            external_before: before.balance.organisation.external_percent(),
            external_after: after.balance.organisation.external_percent(),
            clarity_before: before.clarity.overall,
            clarity_after: after.clarity.overall,
            cards_before: Some(from.responsibilities.len()),
            cards_after: Some(to.responsibilities.len()),
        });
        let keys_before: HashSet<Key<'_>> = before.findings.iter().map(key).collect();
        let keys_after: HashSet<Key<'_>> = after.findings.iter().map(key).collect();
        let settled = before
            .findings
            .iter()
            .filter(|f| !keys_after.contains(&key(f)))
            .cloned()
            .collect();
        let added = after
            .findings
            .iter()
            .filter(|f| !keys_before.contains(&key(f)))
            .cloned()
            .collect();
        Self {
            changes: changes(from, to),
            rows,
            settled,
            added,
        }
    }

    /// Whether the two options are the same, as far as the comparison sees.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.settled.is_empty() && self.added.is_empty()
    }
}

/// What one option weighs, worked out by someone else (the window keeps
/// these for the option it shows).
#[derive(Clone, Copy, Debug)]
pub struct Weights<'a> {
    /// Its balance.
    pub balance: &'a DesignBalance,
    /// Its clarity.
    pub clarity: &'a DesignClarity,
    /// Its findings.
    pub findings: &'a [Finding],
}

impl Weights<'_> {
    fn external(&self, executive: usize) -> Option<u32> {
        self.balance.executive_at(executive).external_percent()
    }
}

/// What one option weighs: its balance, clarity and findings, worked out
/// here (keep one for an option not shown, to pass as [`Weights`]).
#[derive(Clone, Debug)]
pub struct Weighed {
    /// Its balance.
    pub balance: DesignBalance,
    /// Its clarity.
    pub clarity: DesignClarity,
    /// Its findings.
    pub findings: Vec<Finding>,
}

impl Weighed {
    /// Weighs `design`.
    pub fn of(design: &Design) -> Self {
        let index = Index::of(design);
        let balance = DesignBalance::of_indexed(design, &index);
        let clarity = DesignClarity::of_indexed(design, &index);
        let findings = findings(design, &index, &balance);
        Self {
            balance,
            clarity,
            findings,
        }
    }

    /// The figures, to pass to [`Comparison::between`].
    pub fn weights(&self) -> Weights<'_> {
        Weights {
            balance: &self.balance,
            clarity: &self.clarity,
            findings: &self.findings,
        }
    }
}

/// A finding is the same in two options when it is of the same kind about
/// the same main subject (the executive or card it names first): its words
/// and the rest it lists may differ (the CIO holding two contested cards,
/// then one, is the same finding, not one settled and one added).
type Key<'a> = (FindingKind, Option<&'a About>);

fn key(finding: &Finding) -> Key<'_> {
    (finding.kind, finding.about.first())
}

#[cfg(test)]
#[path = "summary_tests.rs"]
mod tests;
