//! The top-level branches of the reporting tree, and the checks that weigh
//! the chart by them: concentration and one-sided leadership (the note for
//! a single technology executive is in [`super::only_executive`]).
//!
//! A branch is an executive with no manager on the chart (reporting to the
//! CEO, to someone off the chart, or to no one) together with everyone
//! under them. A manager is not the rival of their own report, so these
//! checks compare branches, never one executive with the people who report
//! to it.

use crate::model::balance::{Balance, Facing};
use crate::model::reporting::Tree;

use super::facts::{Camp, Facts};
use super::{
    CONCENTRATION_SHARE, Finding, FindingKind, LARGE_SIDE_SHARE, STRONG_SECOND_SHARE, Severity,
};

/// The work one side of a portfolio holds.
pub(super) type Side = fn(&Balance) -> f64;

/// One top-level executive and everyone under them.
#[derive(Clone, Debug)]
pub(super) struct Branch {
    /// The executive at the top (by position in the design).
    pub(super) root: usize,
    /// Every executive in the branch, the root first.
    pub(super) members: Vec<usize>,
    /// The totals of all their portfolios.
    pub(super) balance: Balance,
}

/// The branches of a design, given its reporting `tree`, in the order of
/// their roots.
pub(super) fn of(tree: &Tree, balance: &crate::model::DesignBalance) -> Vec<Branch> {
    let n = tree.reports.len();
    let mut placed = vec![false; n];
    let mut out: Vec<Branch> = Vec::new();
    // Roots first; anyone not reached from a root (on a loop, which a valid
    // design never has) heads a branch of their own.
    for root in tree.roots.iter().copied().chain(0..n) {
        if placed[root] {
            continue;
        }
        let mut members = Vec::new();
        let mut total = Balance::default();
        let mut stack = vec![root];
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut placed[i], true) {
                continue;
            }
            members.push(i);
            let own = balance.executive_at(i);
            total.count += own.count;
            total.size += own.size;
            total.external_size += own.external_size;
            stack.extend(tree.reports[i].iter().rev().copied());
        }
        out.push(Branch {
            root,
            members,
            balance: total,
        });
    }
    out
}

/// Work on the internal side: Σ size × (1 − share).
pub(super) fn internal_size(b: &Balance) -> f64 {
    (b.size - b.external_size).max(0.0)
}

/// Work on the external side: Σ size × share.
pub(super) fn external_size(b: &Balance) -> f64 {
    b.external_size
}

pub(super) fn percent(fraction: f64) -> u32 {
    // Clamped to 0..=1 first, so the cast cannot truncate.
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// The branch with the most work (the first of equals).
fn largest<'f>(f: &'f Facts<'_>) -> Option<&'f Branch> {
    f.branches.iter().reduce(|a, b| {
        if b.balance.size > a.balance.size {
            b
        } else {
            a
        }
    })
}

/// How a branch is named as the subject of a sentence, and whether the verb
/// that follows is plural: "The CTO", "The CTO and the Head of IT, who
/// reports to the CTO,", "The CTO and the 3 executives under the CTO".
fn subject(f: &Facts, b: &Branch) -> (String, bool) {
    let (root, starts) = (f.who(b.root), f.who_starts(b.root));
    match b.members.as_slice() {
        [_] | [] => (starts, false),
        [_, other] => (
            format!("{starts} and {}, who reports to {root},", f.who(*other)),
            true,
        ),
        [_, rest @ ..] => (
            format!("{starts} and the {} executives under {root}", rest.len()),
            true,
        ),
    }
}

pub(super) fn about(f: &Facts, b: &Branch) -> Vec<super::About> {
    b.members.iter().map(|&e| f.about_executive(e)).collect()
}

/// One branch with more than [`CONCENTRATION_SHARE`] of the total size
/// while another branch is on the chart, unless everyone outside it is a
/// role across both sides (a CISO or a chief data officer beside the line
/// that runs technology is how many banks are built).
pub(super) fn concentration(f: &Facts, out: &mut Vec<Finding>) {
    let total = f.balance.organisation.size;
    let Some(top) = largest(f).filter(|_| f.branches.len() >= 2) else {
        return;
    };
    if !(total > 0.0 && top.balance.size / total > CONCENTRATION_SHARE) {
        return;
    }
    // Outside the line, only cross-cutting roles (a CISO, a chief data
    // officer): their portfolios are small by nature, and nobody who leads
    // a side is left with little.
    let outside_only_across = (0..f.design.executives.len())
        .filter(|e| !top.members.contains(e))
        .all(|e| f.cross_titled.get(e).copied().unwrap_or(false));
    if outside_only_across {
        return;
    }
    let pct = percent(top.balance.size / total);
    let (who, plural) = subject(f, top);
    let mut about = about(f, top);
    about.extend(
        (0..f.design.executives.len())
            .filter(|e| !top.members.contains(e))
            .map(|e| f.about_executive(e)),
    );
    let root = f.who(top.root);
    let why = if plural {
        format!(
            "Counting {root} together with the executives who report to {root}, most of \
             the portfolio sits in one line of the chart, so the executives outside it have \
             little to lead and {root} answers for more than one person can steer. Check \
             whether some cards belong with someone else."
        )
    } else {
        format!(
            "With most of the portfolio in one box, the other technology executives \
             have little to lead and {root} has more than one person can steer. Check \
             whether some cards belong with someone else."
        )
    };
    out.push(Finding {
        kind: FindingKind::Concentration,
        severity: Severity::Warning,
        message: format!(
            "{who} {} {pct}% of all the work",
            if plural { "hold" } else { "holds" }
        ),
        why,
        about,
        fix: None,
        unlisted: 0,
    });
}

/// Which sides the executives of each branch hold cards on: `[internal,
/// external]` per branch, by the cards' own facing.
fn sides_held(f: &Facts) -> Vec<[bool; 2]> {
    f.branches
        .iter()
        .map(|b| {
            let mut held = [false; 2];
            for &e in &b.members {
                for &i in f.index.cards(Some(e)) {
                    match f.cards.facing(i) {
                        Some(Facing::Internal) => held[0] = true,
                        Some(Facing::External) => held[1] = true,
                        _ => {}
                    }
                }
            }
            held
        })
        .collect()
}

/// With two branches or more: the largest carries at least
/// [`LARGE_SIDE_SHARE`] of the side it leans to, and no branch (its own
/// included) carries [`STRONG_SECOND_SHARE`] of the other side. The message says
/// nobody leads that side only when no executive holds a card facing it.
pub(super) fn one_sided(f: &Facts, out: &mut Vec<Finding>) {
    if f.branches.len() < 2 {
        return;
    }
    let Some(lead) = largest(f) else { return };
    let org = &f.balance.organisation;
    let Some(fraction) = lead.balance.external_fraction() else {
        return;
    };
    let leans_out = fraction >= 0.5;
    let (side, other): (Side, Side) = if leans_out {
        (|b| b.external_size, internal_size)
    } else {
        (internal_size, |b| b.external_size)
    };
    let (org_side, org_other) = (side(org), other(org));
    if org_side <= 0.0 || org_other <= 0.0 || side(&lead.balance) / org_side < LARGE_SIDE_SHARE {
        return;
    }
    // The other side is led when some branch, the lead's own included (a
    // CTO with a head of IT under them), holds a real share of it.
    let strong_second = f
        .branches
        .iter()
        .any(|b| other(&b.balance) / org_other >= STRONG_SECOND_SHARE);
    if strong_second {
        return;
    }
    let (this_side, that_side) = if leans_out {
        ("external", "internal")
    } else {
        ("internal", "external")
    };
    let held = sides_held(f);
    let that = usize::from(!leans_out);
    let anyone_holds_that = held.iter().any(|h| h[that]);
    let (who, plural) = subject(f, lead);
    let carries = if plural { "carry" } else { "carries" };
    let message = if anyone_holds_that {
        format!("{who} {carries} the {this_side} side, and the {that_side} side has no clear lead")
    } else {
        format!("{who} {carries} the {this_side} side, and nobody leads the {that_side} side")
    };
    let pct = percent(side(&lead.balance) / org_side);
    let that_camp = if leans_out {
        Camp::Internal
    } else {
        Camp::External
    };
    // Someone meant to lead that side, and how little of it they hold.
    let meant = (0..f.design.executives.len())
        .find(|&e| f.intent_camp(e) == Some(that_camp))
        .map_or_else(String::new, |e| {
            format!(
                " {} is meant to lead it but holds {}% of it.{}",
                f.who_starts(e),
                percent(other(&f.balance.executive_at(e)) / org_other),
                f.assumed(e)
            )
        });
    out.push(Finding {
        kind: FindingKind::OneSided,
        severity: Severity::Warning,
        message,
        why: format!(
            "{who} {carries} {pct}% of the {this_side}-facing work, and no part of the \
             chart holds even {strong}% of the {that_side}-facing work.{meant} Each side \
             needs someone facing that way to lead it: give the {that_side} side to an \
             executive who faces it, or make one of them a strong second.",
            strong = percent(STRONG_SECOND_SHARE)
        ),
        about: about(f, lead),
        fix: None,
        unlisted: 0,
    });
}
