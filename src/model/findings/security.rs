//! The security bar: the sources say both sides must set it, so every
//! card of kind Security needs the internal side and the external side to
//! take part (as its owner, or Responsible or Consulted on it). Each
//! executive stands on the side of its intent, or, with none or across
//! both, on the side of the nearest manager up the reporting tree that has
//! one ([`Facts::camps`]): a CISO under the CIO is on the internal side, a
//! CISO under the CEO on neither. A second executive on the same side does
//! not count. Only asked of a chart with an executive leading each side.

use crate::model::design::Role;
use crate::model::edit::Edit;
use crate::model::intent::Side;
use crate::model::work_kind::WorkKind;

use super::capped::Capped;
use super::facts::{BOTH_SIDES, Camp, Facts, Sides};
use super::wording;
use super::{Finding, FindingKind, Fix, Severity};

/// A warning for each security card one side (or both) takes no part in,
/// capped per owner; the fix consults the first executive leading the
/// missing side ([`Facts::partner_on`]).
pub(super) fn security_bar(f: &Facts, out: &mut Vec<Finding>) {
    if !f.both_sides_on_chart() {
        return;
    }
    let mut capped = Capped::new(f.design.executives.len());
    for owner in 0..f.design.executives.len() {
        for &i in f.index.cards(Some(owner)) {
            if f.cards.kind(i) != WorkKind::Security {
                continue;
            }
            let sides = f.sides_taking_part(i);
            if sides == BOTH_SIDES || !capped.admit(owner, i) {
                continue;
            }
            out.push(finding(f, owner, i, sides));
        }
    }
    capped.push_folded(f, out, FindingKind::SecurityBar, |e, n| {
        (
            format!(
                "…and {n} more security cards of {} that one side takes no part in",
                f.who(e)
            ),
            "Like the cards above, the internal and the external side do not both help set \
             the security bar on these."
                .to_owned(),
        )
    });
}

fn finding(f: &Facts, owner: usize, i: usize, sides: Sides) -> Finding {
    let card = f.card(i);
    let missing: Vec<Camp> = Camp::BOTH
        .into_iter()
        .filter(|c| sides & c.bit() == 0)
        .collect();
    let message = match missing.as_slice() {
        [gone] => format!(
            "Only the {} side sets the security bar for {card}",
            gone.other().word()
        ),
        _ => format!("Neither side takes part in {card}"),
    };
    let lacking = wording::and_list(
        &missing
            .iter()
            .map(|c| format!("the {} side", c.word()))
            .collect::<Vec<_>>(),
    );
    let why = format!(
        "Security is one bar for the whole company: the systems staff use and what \
         customers use share accounts, data and attackers, so both sides have to help set \
         it. Taking part in {card}: {}. Nobody on {lacking} is its owner or Responsible or \
         Consulted on it.",
        participants(f, owner, i)
    );
    let fix = missing
        .first()
        .and_then(|&gone| f.partner_on(gone))
        .map(|p| Fix {
            label: format!("Consult {} on {card}", f.who(p)),
            edit: Edit::SetRole {
                responsibility: f.design.responsibilities[i].id.clone(),
                executive: f.design.executives[p].id.clone(),
                role: Some(Role::Consulted),
            },
        });
    Finding {
        kind: FindingKind::SecurityBar,
        severity: Severity::Warning,
        message,
        why,
        about: vec![f.about_card(i), f.about_executive(owner)],
        fix,
        unlisted: 0,
    }
}

/// The owner and those Responsible or Consulted on the card at `i`, each
/// with the side they stand on: "the CISO (owner, on neither side), the
/// CIO (Consulted, internal side, assumed from the title)".
fn participants(f: &Facts, owner: usize, i: usize) -> String {
    let mut named = vec![format!("{} (owner, {})", f.who(owner), stands(f, owner))];
    for (id, role) in &f.design.responsibilities[i].roles {
        if !matches!(role, Role::Responsible | Role::Consulted) {
            continue;
        }
        if let Some(h) = f.index.executive(id).filter(|&h| h != owner) {
            named.push(format!("{} ({}, {})", f.who(h), role.word(), stands(f, h)));
        }
    }
    wording::and_list(&named)
}

/// Where the executive at `e` stands, in a few words: "internal side",
/// "internal side, assumed from the title", "internal side, through the
/// CIO", "on neither side".
pub(super) fn stands(f: &Facts, e: usize) -> String {
    match f.camps.get(e).copied().flatten() {
        None => {
            let across = f.intents[e].is_some_and(|x| x.side == Side::Across);
            if across {
                "across both sides, so on neither".to_owned()
            } else {
                "on neither side".to_owned()
            }
        }
        Some((camp, from)) if from != e => {
            format!("{} side, through {}", camp.word(), f.who(from))
        }
        Some((camp, _)) if f.intents[e].is_some_and(|x| x.assumed) => {
            format!("{} side, assumed from the title", camp.word())
        }
        Some((camp, _)) => format!("{} side", camp.word()),
    }
}
