//! One function per kind of finding. Each reads the [`Facts`] gathered once
//! per call of [`super::findings`] and pushes what it finds, in the design's
//! order; none walks the cards once per executive.

use crate::model::balance::Facing;
use crate::model::design::{Orientation, ReportsTo};
use crate::model::edit::Edit;
use crate::model::intent::Side;

use super::capped::Capped;
use super::facts::{Camp, Facts};
use super::wording::{self, cards_are};
use super::{
    ABOUT_LISTED, BLURRED_FROM_PERCENT, BLURRED_TO_PERCENT, Finding, FindingKind, Fix,
    MAX_DIRECT_REPORTS, Severity,
};

fn percent(fraction: f64) -> u32 {
    // Clamped to 0..=1 first, so the cast cannot truncate.
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// A card facing the other way from what its owner is meant to lead, by
/// the owner's intent (set, or assumed from the title, and then said so).
/// Left out: mixed cards, owners across both sides or with no intent,
/// cross-cutting work (security, data, compliance, architecture cross the
/// line by nature), contested cards, cards marked deliberate, and the only
/// executive at the top (one note covers them). The fix moves the card to
/// an executive whose role fits it ([`Facts::move_target`]); with none, it
/// marks the place deliberate.
pub(super) fn facing_against_owner(f: &Facts, out: &mut Vec<Finding>) {
    let mut capped = Capped::new(f.design.executives.len());
    for e in 0..f.design.executives.len() {
        let Some(leads) = f.intent_camp(e) else {
            continue;
        };
        let against = match leads {
            Camp::Internal => Facing::External,
            Camp::External => Facing::Internal,
        };
        // The only executive at the top covers both sides: one note says so.
        if f.sole_root == Some(e) {
            continue;
        }
        for &i in f.index.cards(Some(e)) {
            if f.cards.facing(i) != Some(against)
                || f.cards.kind(i).is_cross_cutting()
                || f.cards.deliberate(i)
                || f.cards.is_contested(i)
                || !capped.admit(e, i)
            {
                continue;
            }
            out.push(facing_finding(f, e, i, leads));
        }
    }
    capped.push_folded(f, out, FindingKind::FacingAgainstOwner, |e, n| {
        (
            format!("…and {n} more cards face against {}", f.who(e)),
            format!(
                "Like the cards above, each of these faces the other way from what {} \
                 is meant to lead.",
                f.who(e)
            ),
        )
    });
}

/// The finding for the card at `i`, facing against the executive at `e`,
/// who leads `leads`.
fn facing_finding(f: &Facts, e: usize, i: usize, leads: Camp) -> Finding {
    let r = &f.design.responsibilities[i];
    let (card, owner) = (f.card(i), f.who(e));
    let assumed = f.intents[e].is_some_and(|x| x.assumed);
    let pct = percent(r.external_share);
    let (faces, meant, lean) = match leads {
        Camp::Internal => (
            format!("is {pct}% external: it is about customers and the product"),
            "to run what keeps the company itself going",
            "internal-facing",
        ),
        Camp::External => (
            format!("is only {pct}% external: it keeps the company itself running"),
            "to build what customers use",
            "external-facing",
        ),
    };
    let message = match (leads, assumed) {
        (Camp::Internal, false) => format!(
            "{card} faces customers but sits with the {lean} {}",
            f.title(e)
        ),
        (Camp::Internal, true) => {
            format!("{card} faces customers but sits with {owner}, inward-facing by title")
        }
        (Camp::External, false) => format!(
            "{card} faces inward but sits with the {lean} {}",
            f.title(e)
        ),
        (Camp::External, true) => {
            format!("{card} faces inward but sits with {owner}, outward-facing by title")
        }
    };
    let why = format!(
        "{card} {faces}, while {owner} is meant {meant}. Work that faces against its \
         owner blurs the split.{} If it sits here on purpose, mark it “{}” in its details.",
        f.assumed(e),
        super::DELIBERATE_LABEL
    );
    let fix = match f.move_target(leads.other(), f.cards.kind(i)) {
        Some(m) => Fix {
            label: format!("Move {card} to {}", f.who(m)),
            edit: Edit::Move {
                responsibility: r.id.clone(),
                to: Some(f.design.executives[m].id.clone()),
            },
        },
        None => Fix {
            label: format!("Mark {card} as deliberately with {owner}"),
            edit: Edit::SetDeliberate(r.id.clone(), true),
        },
    };
    Finding {
        kind: FindingKind::FacingAgainstOwner,
        severity: Severity::Warning,
        message,
        why,
        about: vec![f.about_card(i), f.about_executive(e)],
        fix: Some(fix),
        unlisted: 0,
    }
}

/// An executive meant to face one way reporting to one meant to face the
/// other, by their intents (set, or assumed from the titles, and then said
/// so). Both ways round are shapes the sources accept, so each is a note:
/// external under internal is the traditional model with the CTO under the
/// CIO (the fix makes them peers under the CEO, the other usual shape);
/// internal under external is how many product companies are built (no
/// fix).
pub(super) fn reporting_against_split(f: &Facts, out: &mut Vec<Finding>) {
    for (e, executive) in f.design.executives.iter().enumerate() {
        let ReportsTo::Executive(manager_id) = &executive.reports_to else {
            continue;
        };
        let Some(m) = f.index.executive(manager_id).filter(|&m| m != e) else {
            continue;
        };
        // A note on the executive is the record that the line is meant.
        if !executive.notes.trim().is_empty() {
            continue;
        }
        let (who, boss) = (f.who(e), f.who(m));
        let (title, boss_title) = (f.title(e), f.title(m));
        let assumed = f.assumed_both(e, m);
        let finding = match (f.intent_camp(e), f.intent_camp(m)) {
            (Some(Camp::External), Some(Camp::Internal)) => Finding {
                kind: FindingKind::ReportingAgainstSplit,
                severity: Severity::Note,
                message: format!(
                    "The external-facing {title} reports to the internal-facing {boss_title}"
                ),
                why: format!(
                    "A traditional shape: the technology chief sits under the head of the \
                     company's own systems. It works when {boss} gives the product's needs a \
                     fair hearing next to running the company; the other usual shape is \
                     {who} and {boss} as peers under the {ceo}.{assumed} Once settled, say why \
                     in {who}'s notes.",
                    ceo = f.design.ceo_title()
                ),
                about: vec![f.about_executive(e), f.about_executive(m)],
                fix: Some(Fix {
                    label: format!("Make {who} report to the {}", f.design.ceo_title()),
                    edit: Edit::SetReportsTo(executive.id.clone(), ReportsTo::Ceo),
                }),
                unlisted: 0,
            },
            (Some(Camp::Internal), Some(Camp::External)) => Finding {
                kind: FindingKind::ReportingAgainstSplit,
                severity: Severity::Note,
                message: format!(
                    "The internal-facing {title} reports to the external-facing {boss_title}"
                ),
                why: format!(
                    "Common in product companies, where the technology chief is senior and \
                     internal IT sits under them. Check that {who} still gets a fair hearing \
                     for the company's own systems next to the product's needs.{assumed} Once \
                     settled, say so in {who}'s notes."
                ),
                about: vec![f.about_executive(e), f.about_executive(m)],
                fix: None,
                unlisted: 0,
            },
            _ => continue,
        };
        out.push(finding);
    }
}

/// An executive between [`BLURRED_FROM_PERCENT`] and [`BLURRED_TO_PERCENT`]
/// external, unless it is meant to work across both sides (mixed on
/// purpose, or a title naming a cross-cutting role: security, data,
/// architecture sit across both sides by nature, whatever orientation is
/// set), or it is the only executive at the top (who covers both sides by
/// definition). The fix records the mix as intended.
pub(super) fn blurred_roles(f: &Facts, out: &mut Vec<Finding>) {
    for (e, executive) in f.design.executives.iter().enumerate() {
        let across = f.intents[e].is_some_and(|i| i.side == Side::Across);
        // Mixed on purpose is across both sides; a cross-cutting title is,
        // whatever orientation is set (the titles read once, in `Facts`).
        let cross_titled = f.cross_titled.get(e).copied().unwrap_or(false);
        if across || cross_titled || f.sole_root == Some(e) {
            continue;
        }
        let Some(pct) = f.balance.executive_at(e).external_percent() else {
            continue;
        };
        if !(BLURRED_FROM_PERCENT..=BLURRED_TO_PERCENT).contains(&pct) {
            continue;
        }
        let who = f.who(e);
        out.push(Finding {
            kind: FindingKind::BlurredRole,
            severity: Severity::Warning,
            message: format!(
                "{} is {pct}% external: half one side, half the other",
                f.who_starts(e)
            ),
            why: format!(
                "When a portfolio is split about evenly between running the company and \
                 serving customers, it is hard to say what {who} is for, and that is where \
                 turf fights and work done twice begin. Move cards so it leans one way, \
                 or mark it mixed on purpose."
            ),
            about: vec![f.about_executive(e)],
            fix: Some(Fix {
                label: format!("Mark {who} as mixed on purpose"),
                edit: Edit::SetOrientation(executive.id.clone(), Orientation::Mixed),
            }),
            unlisted: 0,
        });
    }
}

/// The cards in the unassigned tray, as one finding.
pub(super) fn unassigned(f: &Facts, out: &mut Vec<Finding>) {
    let tray = f.index.cards(None);
    let (Some(&first), n) = (tray.first(), tray.len()) else {
        return;
    };
    let message = if n == 1 {
        format!("{} is unassigned", f.card(first))
    } else {
        format!("{} unassigned", cards_are(n))
    };
    out.push(Finding {
        kind: FindingKind::Unassigned,
        severity: Severity::Warning,
        message,
        why: "Nobody is accountable for work in the tray. Give each card an owner, even \
              if only for now."
            .to_owned(),
        about: tray
            .iter()
            .take(ABOUT_LISTED)
            .map(|&i| f.about_card(i))
            .collect(),
        fix: None,
        unlisted: n.saturating_sub(ABOUT_LISTED),
    });
}

/// Executives that own no card: a warning, or a note when they hold roles
/// on other executives' cards.
pub(super) fn empty_executives(f: &Facts, out: &mut Vec<Finding>) {
    let n = f.design.executives.len();
    if (0..n).all(|e| !f.index.cards(Some(e)).is_empty()) {
        return;
    }
    let mut roles = vec![0usize; n];
    for grant in f.index.role_grants() {
        roles[grant.holder] += 1;
    }
    for (e, &held) in roles.iter().enumerate() {
        if !f.index.cards(Some(e)).is_empty() {
            continue;
        }
        let who = f.who(e);
        let (severity, why) = if held == 0 {
            (
                Severity::Warning,
                format!(
                    "A box with no portfolio and no part in anyone else's work: give {who} \
                     something to own, or take the box off the chart."
                ),
            )
        } else {
            (
                Severity::Note,
                format!(
                    "{} takes part in {} owned by others but is accountable for \
                     nothing. That can be right for an adviser; otherwise give them \
                     something to own.",
                    f.who_starts(e),
                    wording::cards(held)
                ),
            )
        };
        out.push(Finding {
            kind: FindingKind::EmptyExecutive,
            severity,
            message: format!("{} owns nothing", f.who_starts(e)),
            why,
            about: vec![f.about_executive(e)],
            fix: None,
            unlisted: 0,
        });
    }
}

/// Executives with more than [`MAX_DIRECT_REPORTS`] direct reports on the
/// chart.
pub(super) fn many_reports(f: &Facts, out: &mut Vec<Finding>) {
    let n = f.design.executives.len();
    if n <= MAX_DIRECT_REPORTS {
        return;
    }
    let mut reports: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (e, executive) in f.design.executives.iter().enumerate() {
        if let ReportsTo::Executive(id) = &executive.reports_to
            && let Some(m) = f.index.executive(id).filter(|&m| m != e)
        {
            reports[m].push(e);
        }
    }
    for (m, under) in reports.iter().enumerate() {
        if under.len() <= MAX_DIRECT_REPORTS {
            continue;
        }
        let mut about = vec![f.about_executive(m)];
        about.extend(under.iter().map(|&e| f.about_executive(e)));
        out.push(Finding {
            kind: FindingKind::ManyReports,
            severity: Severity::Note,
            message: format!("{} has {} direct reports", f.who_starts(m), under.len()),
            why: format!(
                "More than {MAX_DIRECT_REPORTS} people reporting straight to one executive \
                 leaves little time for each. Consider grouping some of them under a lead."
            ),
            about,
            fix: None,
            unlisted: 0,
        });
    }
}
