//! The note for the only technology executive at the top (one top-level
//! branch, with or without managers under them): one note, never a warning
//! per card, saying how they cover both sides and who backs them on the
//! side they face less. It reads what the design says of its company
//! ([`Company`]): one executive is normal when the company is small or
//! outside high tech (and it says what it assumed where the design is
//! silent), the title should follow the company's goal (efficiency points
//! to a CIO, product growth to a CTO), and past that size two executives
//! become worth their cost.

use crate::model::company::{Company, Goal, SizeBand, thousands};
use crate::model::intent::Side;

use super::branches::{self, Branch};
use super::facts::{Camp, Facts};
use super::{Finding, FindingKind, STRONG_SECOND_SHARE, Severity};

/// One branch only (roles across both sides beside it not counted),
/// holding work: one note about its root.
pub(super) fn only_executive(f: &Facts, out: &mut Vec<Finding>) {
    let Some(only) = f
        .sole_root
        .and_then(|root| f.branches.iter().find(|b| b.root == root))
    else {
        return;
    };
    let org = &f.balance.organisation;
    if org.size <= 0.0 {
        return;
    }
    let root = only.root;
    let faces = f.intent_camp(root).unwrap_or({
        if only.balance.external_fraction().unwrap_or(0.5) >= 0.5 {
            Camp::External
        } else {
            Camp::Internal
        }
    });
    let company = &f.design.company;
    let (normal, _) = company.one_executive_is_normal();
    let (who, starts) = (f.who(root), f.who_starts(root));
    let at_the_top = if only.members.len() > 1 {
        "the one technology executive at the top"
    } else {
        "the only technology executive"
    };
    let backer = backer(f, only, faces.other());
    // A report leading the other side is the second executive a company
    // this size wants: a shape the sources accept, not one executive.
    let message = if normal || backer.is_some() {
        format!("{starts} is {at_the_top}, over both sides")
    } else {
        format!("{starts} is {at_the_top} of {}", company_words(company))
    };
    let context = match backer {
        Some(_) if !normal => "At this size two technology executives usually pay their \
                               way; one line of the chart with a leader for each side, as \
                               here, is a shape the sources accept."
            .to_owned(),
        _ => context(f, root, company),
    };
    let why = [
        context,
        f.assumed(root).trim().to_owned(),
        title_and_goal(f, root, company.goal),
        backing(f, only, faces.other(), backer),
        format!(
            "Work facing the other way from {who} is not flagged card by card while \
             {who} is the only one at the top."
        ),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    out.push(Finding {
        kind: FindingKind::OnlyExecutive,
        severity: Severity::Note,
        message,
        why,
        about: branches::about(f, only),
        fix: None,
        unlisted: 0,
    });
}

/// "a company of 3,000 people", "a large company", "a mid-sized
/// high-tech company".
fn company_words(company: &Company) -> String {
    let high_tech = if company.sector.is_high_tech() {
        "high-tech "
    } else {
        ""
    };
    match (company.people, company.size()) {
        (Some(n), _) => format!("a {high_tech}company of {} people", thousands(n)),
        (None, SizeBand::Large) => format!("a large {high_tech}company"),
        (None, SizeBand::Midsize) => format!("a mid-sized {high_tech}company"),
        (None, _) => format!("a {high_tech}company"),
    }
}

/// Whether one executive is normal for this company, and what was assumed
/// where the design does not say.
fn context(f: &Facts, root: usize, company: &Company) -> String {
    let who = f.who(root);
    let both = format!(
        "{who} answers both for the systems the company runs on and for what customers use."
    );
    let (normal, assumed) = company.one_executive_is_normal();
    match (normal, assumed, company.size()) {
        (true, true, SizeBand::NotSaid) => format!(
            "The design does not say how large the company is; assumed small enough for one \
             technology executive, as is normal below a couple of hundred people. {both}"
        ),
        (true, true, _) => format!(
            "The design does not say the company's sector; assumed outside high tech, where \
             one technology executive is normal at this size. {both}"
        ),
        (true, false, size) => {
            let plain = Company {
                sector: crate::model::company::Sector::NotSaid,
                ..*company
            };
            let words = match (size, company.people) {
                (SizeBand::Small, None) => "a small company".to_owned(),
                (SizeBand::Small, Some(_)) => company_words(&plain),
                _ => format!("{} outside high tech", company_words(&plain)),
            };
            format!("One technology executive is normal for {words}: {both}")
        }
        (false, _, _) => format!(
            "Two technology executives become worth their cost as a company grows, and at \
             this size they usually are: one to run the company's own systems, one to build \
             what customers use. Until then {both}"
        ),
    }
}

/// Whether the title fits the company's goal for technology.
fn title_and_goal(f: &Facts, root: usize, goal: Goal) -> String {
    let who = f.who(root);
    let side = f.intents[root].map(|i| i.side);
    match (goal, side) {
        (Goal::NotSaid, _) => "The design does not say its goal for technology: efficiency \
                               of the business points to a CIO as the one executive, growth \
                               through the product to a CTO."
            .to_owned(),
        (Goal::Both, _) => format!(
            "The company wants both efficiency and growth through the product, so whichever \
             way {who} faces, the other side needs a strong manager of its own."
        ),
        (Goal::Efficiency, Some(Side::Internal)) => format!(
            "The goal, efficiency of the business, fits an inward-facing lead such as {who}."
        ),
        (Goal::Product, Some(Side::External)) => format!(
            "The goal, growth through the product, fits an outward-facing lead such as {who}."
        ),
        (Goal::Efficiency, _) => format!(
            "The goal is efficiency of the business, which points to an inward-facing lead \
             (a CIO) rather than {who}; consider whether the title should follow the goal."
        ),
        (Goal::Product, _) => format!(
            "The goal is growth through the product, which points to an outward-facing lead \
             (a CTO) rather than {who}; consider whether the title should follow the goal."
        ),
    }
}

/// A report backing the root on one side, and their share of its work.
#[derive(Clone, Copy)]
struct Backer {
    at: usize,
    share: f64,
}

/// The work on `side` of a portfolio, and of the whole organisation.
fn side_work(side: Camp) -> branches::Side {
    match side {
        Camp::Internal => branches::internal_size,
        Camp::External => branches::external_size,
    }
}

/// Who backs the root on the `other` side: of the executives under them,
/// one meant to lead that side first, then the one with the largest share
/// of its work; only if meant to lead it or holding a real share of it
/// ([`STRONG_SECOND_SHARE`]).
fn backer(f: &Facts, only: &Branch, other: Camp) -> Option<Backer> {
    let work = side_work(other);
    let org_other = work(&f.balance.organisation);
    let share = |e: usize| {
        if org_other > 0.0 {
            work(&f.balance.executive_at(e)) / org_other
        } else {
            0.0
        }
    };
    let leads = |e: usize| f.intent_camp(e) == Some(other);
    only.members
        .iter()
        .skip(1)
        .map(|&e| Backer {
            at: e,
            share: share(e),
        })
        .max_by(|a, b| {
            leads(a.at)
                .cmp(&leads(b.at))
                .then(a.share.total_cmp(&b.share))
        })
        .filter(|b| leads(b.at) || b.share >= STRONG_SECOND_SHARE)
}

/// Who backs the root on the `other` side, or the suggestion of one.
fn backing(f: &Facts, only: &Branch, other: Camp, backer: Option<Backer>) -> String {
    let root = only.root;
    let who = f.who(root);
    let side = other.word();
    match backer {
        Some(b) if b.share >= STRONG_SECOND_SHARE => format!(
            "{}, under {who}, backs them on the {side} side and already runs {}% of its work.",
            f.who_starts(b.at),
            branches::percent(b.share)
        ),
        Some(b) => format!(
            "{}, under {who}, is meant to lead the {side} side but runs only {}% of its work \
             so far; give them more of it to back {who} properly.",
            f.who_starts(b.at),
            branches::percent(b.share)
        ),
        None => {
            let suggestion = match other {
                Camp::Internal => "a head of IT",
                Camp::External => "a head of product or engineering",
            };
            let nobody = if only.members.len() > 1 {
                format!(
                    "None of the executives under {who} leads the {side} side yet (none holds \
                     even {}% of its work).",
                    branches::percent(STRONG_SECOND_SHARE)
                )
            } else {
                format!("No one backs {who} on the {side} side yet.")
            };
            format!(
                "{nobody} The usual advice is to back {who} with a strong manager on the \
                 {side} side, such as {suggestion} reporting to them."
            )
        }
    }
}
