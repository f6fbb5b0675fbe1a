//! One function per kind of finding. Each reads the [`Facts`] gathered once
//! per call of [`super::findings`] and pushes what it finds, in the design's
//! order; none walks the cards once per executive.

use crate::model::balance::Facing;
use crate::model::cross_cutting;
use crate::model::design::{Orientation, ReportsTo, Role};
use crate::model::edit::Edit;

use super::capped::Capped;
use super::facts::Facts;
use super::wording::cards_are;
use super::{
    ABOUT_LISTED, BLURRED_FROM_PERCENT, BLURRED_TO_PERCENT, Finding, FindingKind, Fix,
    MAX_DIRECT_REPORTS, Severity,
};

fn percent(fraction: f64) -> u32 {
    // Clamped to 0..=1 first, so the cast cannot truncate.
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// A card facing the other way from its owner's orientation (mixed cards,
/// owners without a one-sided orientation, contested cards and cards marked
/// deliberate left out). The fix moves the card to an executive whose role
/// fits it ([`Facts::move_target`]); with none, it marks the place
/// deliberate.
pub(super) fn facing_against_owner(f: &Facts, out: &mut Vec<Finding>) {
    let mut capped = Capped::new(f.design.executives.len());
    for (e, executive) in f.design.executives.iter().enumerate() {
        let against = match executive.orientation {
            Orientation::Internal => Facing::External,
            Orientation::External => Facing::Internal,
            Orientation::NotSet | Orientation::Mixed => continue,
        };
        // The only executive at the top covers both sides: one note says so.
        if f.sole_root == Some(e) {
            continue;
        }
        for &i in f.index.cards(Some(e)) {
            if f.cards.facing(i) != Some(against)
                || f.cards.deliberate(i)
                || f.cards.is_contested(i)
                || !capped.admit(e, i)
            {
                continue;
            }
            let r = &f.design.responsibilities[i];
            let (card, owner) = (f.card(i), f.title(e));
            let pct = percent(r.external_share);
            let (message, why) = if against == Facing::External {
                (
                    format!("{card} faces customers but sits with the internal-facing {owner}"),
                    format!(
                        "{card} is {pct}% external: it is about customers and the product, \
                         while {owner} is meant to run what keeps the company itself going. \
                         Work that faces against its owner blurs the split."
                    ),
                )
            } else {
                (
                    format!("{card} faces inward but sits with the external-facing {owner}"),
                    format!(
                        "{card} is only {pct}% external: it keeps the company itself running, \
                         while {owner} is meant to build what customers use. \
                         Work that faces against its owner blurs the split."
                    ),
                )
            };
            let why = format!(
                "{why} If it sits here on purpose, mark it “{}” in its details.",
                super::DELIBERATE_LABEL
            );
            let fix = match f.move_target(against, i) {
                Some(m) => Some(Fix {
                    label: format!("Move {card} to {}", f.title(m)),
                    edit: Edit::Move {
                        responsibility: r.id.clone(),
                        to: Some(f.design.executives[m].id.clone()),
                    },
                }),
                None => Some(Fix {
                    label: format!("Mark {card} as deliberately with {owner}"),
                    edit: Edit::SetDeliberate(r.id.clone(), true),
                }),
            };
            out.push(Finding {
                kind: FindingKind::FacingAgainstOwner,
                severity: Severity::Warning,
                message,
                why,
                about: vec![f.about_card(i), f.about_executive(e)],
                fix,
                unlisted: 0,
            });
        }
    }
    capped.push_folded(f, out, FindingKind::FacingAgainstOwner, |e, n| {
        let owner = f.title(e);
        (
            format!("…and {n} more cards face against {owner}"),
            format!(
                "Like the cards above, each of these faces the other way from what {owner} \
                 is meant to run."
            ),
        )
    });
}

/// An executive meant to face one way reporting to one meant to face the
/// other. Both ways round are shapes the sources accept, so each is a note:
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
        let manager = &f.design.executives[m];
        let (who, boss) = (f.title(e), f.title(m));
        let finding = match (executive.orientation, manager.orientation) {
            (Orientation::External, Orientation::Internal) => Finding {
                kind: FindingKind::ReportingAgainstSplit,
                severity: Severity::Note,
                message: format!("The external-facing {who} reports to the internal-facing {boss}"),
                why: format!(
                    "A traditional shape: the technology chief sits under the head of the \
                     company's own systems. It works when {boss} gives the product's needs a \
                     fair hearing next to running the company; the other usual shape is \
                     {who} and {boss} as peers under the {ceo}. Once settled, say why in \
                     {who}'s notes.",
                    ceo = f.design.ceo_title()
                ),
                about: vec![f.about_executive(e), f.about_executive(m)],
                fix: Some(Fix {
                    label: format!("Make {who} report to the {}", f.design.ceo_title()),
                    edit: Edit::SetReportsTo(executive.id.clone(), ReportsTo::Ceo),
                }),
                unlisted: 0,
            },
            (Orientation::Internal, Orientation::External) => Finding {
                kind: FindingKind::ReportingAgainstSplit,
                severity: Severity::Note,
                message: format!("The internal-facing {who} reports to the external-facing {boss}"),
                why: format!(
                    "Common in product companies, where the technology chief is senior and \
                     internal IT sits under them. Check that {who} still gets a fair hearing \
                     for the company's own systems next to the product's needs; once settled, \
                     say so in {who}'s notes."
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
/// external, unless it is meant to be mixed, its title names a
/// cross-cutting role (security, data, architecture: across both sides by
/// nature), or it is the only executive at the top (who covers both sides
/// by definition). The fix records the mix as intended.
pub(super) fn blurred_roles(f: &Facts, out: &mut Vec<Finding>) {
    for (e, executive) in f.design.executives.iter().enumerate() {
        if cross_cutting::is_cross_cutting(executive) || f.sole_root == Some(e) {
            continue;
        }
        let Some(pct) = f.balance.executive_at(e).external_percent() else {
            continue;
        };
        if !(BLURRED_FROM_PERCENT..=BLURRED_TO_PERCENT).contains(&pct) {
            continue;
        }
        let who = f.title(e);
        out.push(Finding {
            kind: FindingKind::BlurredRole,
            severity: Severity::Warning,
            message: format!("{who} is {pct}% external: half one side, half the other"),
            why: format!(
                "When a portfolio is split about evenly between running the company and \
                 serving customers, nobody can say what {who} is for, and that is where \
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

/// Security or data work that no executive but its owner is Responsible or
/// Consulted on (only when there is another executive to share it with).
/// The fix consults the first executive facing the other way from the
/// owner, or else the largest other portfolio.
pub(super) fn unshared_work(f: &Facts, out: &mut Vec<Finding>) {
    if f.design.executives.len() < 2 {
        return;
    }
    // Cards others share, then each executive's own cards (from the
    // index: no lookup per card), cheapest test first.
    let mut shared = vec![false; f.design.responsibilities.len()];
    for grant in f.index.role_grants() {
        if matches!(grant.role, Role::Responsible | Role::Consulted) {
            shared[grant.card] = true;
        }
    }
    let candidates = (0..f.design.executives.len()).flat_map(|owner| {
        f.index
            .cards(Some(owner))
            .iter()
            .filter(|&&i| !shared[i] && f.cards.shared_work(i))
            .map(move |&i| (i, owner))
    });
    let mut capped = Capped::new(f.design.executives.len());
    for (i, owner) in candidates {
        if !capped.admit(owner, i) {
            continue;
        }
        let (card, who) = (f.card(i), f.title(owner));
        let opposite = match f.design.executives[owner].orientation {
            Orientation::Internal => f.first_external,
            Orientation::External => f.first_internal,
            Orientation::NotSet | Orientation::Mixed => None,
        };
        let partner = opposite.or_else(|| f.largest.into_iter().flatten().find(|&e| e != owner));
        let fix = partner.map(|p| Fix {
            label: format!("Consult {} on {card}", f.title(p)),
            edit: Edit::SetRole {
                responsibility: f.design.responsibilities[i].id.clone(),
                executive: f.design.executives[p].id.clone(),
                role: Some(Role::Consulted),
            },
        });
        out.push(Finding {
            kind: FindingKind::UnsharedWork,
            severity: Severity::Warning,
            message: format!("Only {who} works on {card}"),
            why: "Security and data cross the line between the product and the company's \
                  own systems: both sides have to help set them. Make another executive \
                  Responsible or Consulted."
                .to_owned(),
            about: vec![f.about_card(i), f.about_executive(owner)],
            fix,
            unlisted: 0,
        });
    }
    capped.push_folded(f, out, FindingKind::UnsharedWork, |e, n| {
        (
            format!(
                "…and {n} more security or data cards only {} works on",
                f.title(e)
            ),
            "Like the cards above, nobody else is Responsible or Consulted on these.".to_owned(),
        )
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
        let who = f.title(e);
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
                    "{who} takes part in {} owned by others but is accountable for \
                     nothing. That can be right for an adviser; otherwise give them \
                     something to own.",
                    if held == 1 {
                        "1 card".to_owned()
                    } else {
                        format!("{held} cards")
                    }
                ),
            )
        };
        out.push(Finding {
            kind: FindingKind::EmptyExecutive,
            severity,
            message: format!("{who} owns nothing"),
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
        let who = f.title(m);
        let mut about = vec![f.about_executive(m)];
        about.extend(under.iter().map(|&e| f.about_executive(e)));
        out.push(Finding {
            kind: FindingKind::ManyReports,
            severity: Severity::Note,
            message: format!("{who} has {} direct reports", under.len()),
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
