//! Carrying out one listed [`Change`] on a design: [`apply`] takes the
//! value from the second design of the comparison (the target) by the
//! change's id, so that applying every change of `changes(a, b)` to a copy
//! of `a`, in the list's order, leaves no change between that copy and
//! `b`.
//!
//! What it owns: how each kind of change is made, and keeping the design
//! whole when a change is applied alone (picked from the list):
//!
//! - no dangling id: a reference to an executive the design does not have
//!   (its addition not applied) is not made: a card stays where it is, a
//!   role or a dotted line is not drawn, a reporting line is left as it
//!   is; an executive added before its manager reports to no one said
//!   until the manager is added, which then draws the line;
//! - no role for a card's owner;
//! - no reporting loop: a line that would close one takes the target's
//!   line for the others on the loop too (the target has no loop), and
//!   one the target does not have reports to no one said;
//! - an executive removed takes its dotted lines, cards and roles with it
//!   and its reports move up, as [`Edit::RemoveExecutive`] does.
//!
//! A role change names its executive by title, and a dotted line by the
//! titles of both ends; when titles repeat, every one that matches is
//! taken (as the list, whole, says of each). A change already made, or
//! about an item either design lacks, changes nothing.
//!
//! Plain Rust: no egui, nothing of files.

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;

use super::{Change, ChangeKind, title};
use crate::model::design::{Design, DottedLine, ExecutiveId, ReportsTo, ResponsibilityId, Role};
use crate::model::edit::Edit;
use crate::model::reporting;

/// Carries out `change` on `design`, taking the value from `target`.
pub fn apply(design: &mut Design, change: &Change, target: &Design) {
    let exec_id = ExecutiveId(change.id.clone());
    let card_id = ResponsibilityId(change.id.clone());
    match change.kind {
        ChangeKind::ExecutiveAdded => add_executive(design, &exec_id, target),
        ChangeKind::ExecutiveRemoved => {
            // Unknown (already removed) is the only error: nothing to do.
            let _ = design.apply(Edit::RemoveExecutive(exec_id));
        }
        ChangeKind::ExecutiveRetitled => {
            if let (Some(e), Some(t)) = (design.executive_mut(&exec_id), target.executive(&exec_id))
            {
                e.short_title.clone_from(&t.short_title);
                e.full_title.clone_from(&t.full_title);
            }
        }
        ChangeKind::PersonChanged => {
            if let (Some(e), Some(t)) = (design.executive_mut(&exec_id), target.executive(&exec_id))
            {
                e.person.clone_from(&t.person);
            }
        }
        ChangeKind::OrientationChanged => {
            if let (Some(e), Some(t)) = (design.executive_mut(&exec_id), target.executive(&exec_id))
            {
                e.orientation = t.orientation;
            }
        }
        ChangeKind::ReportingLineChanged => {
            if let Some(t) = target.executive(&exec_id) {
                let line = t.reports_to.clone();
                if drawable(design, &line) {
                    if let Some(e) = design.executive_mut(&exec_id) {
                        e.reports_to = line;
                    }
                    settle_loops(design, target);
                }
            }
        }
        ChangeKind::CardAdded => add_card(design, &card_id, target),
        ChangeKind::CardRemoved => design.responsibilities.retain(|r| r.id != card_id),
        ChangeKind::CardMoved => {
            if let Some(t) = target.responsibility(&card_id) {
                // Refused only for an owner or a card the design lacks:
                // then the card stays where it is.
                let _ = design.apply(Edit::Move {
                    responsibility: card_id,
                    to: t.owner.clone(),
                });
            }
        }
        ChangeKind::CardRenamed => {
            if let (Some(r), Some(t)) = (
                design.responsibility_mut(&card_id),
                target.responsibility(&card_id),
            ) {
                r.name.clone_from(&t.name);
            }
        }
        ChangeKind::FacingChanged => {
            if let (Some(r), Some(t)) = (
                design.responsibility_mut(&card_id),
                target.responsibility(&card_id),
            ) {
                r.external_share = t.external_share;
            }
        }
        ChangeKind::SizeChanged => {
            if let (Some(r), Some(t)) = (
                design.responsibility_mut(&card_id),
                target.responsibility(&card_id),
            ) {
                r.size = t.size;
            }
        }
        ChangeKind::KindChanged => {
            if let (Some(r), Some(t)) = (
                design.responsibility_mut(&card_id),
                target.responsibility(&card_id),
            ) {
                r.kind = t.kind;
            }
        }
        ChangeKind::RoleChanged => set_roles(design, &card_id, &change.executive, target),
        ChangeKind::DottedLineAdded => add_lines(design, &exec_id, &change.item, target),
        ChangeKind::DottedLineRemoved => remove_lines(design, &exec_id, &change.item, target),
    }
}

/// Whether the design has what `line` points to.
fn drawable(design: &Design, line: &ReportsTo) -> bool {
    match line {
        ReportsTo::Executive(manager) => design.executive(manager).is_some(),
        _ => true,
    }
}

/// Inserts the target's executive after the nearest one before it in the
/// target that the design has (first if none), then draws the lines that
/// waited for it.
fn add_executive(design: &mut Design, id: &ExecutiveId, target: &Design) {
    if design.executive(id).is_some() {
        return;
    }
    let Some(at) = target.executives.iter().position(|e| &e.id == id) else {
        return;
    };
    let Some(mut executive) = target.executives.get(at).cloned() else {
        return;
    };
    if !drawable(design, &executive.reports_to) {
        executive.reports_to = ReportsTo::NotSet;
    }
    let place = target.executives[..at]
        .iter()
        .rev()
        .find_map(|before| design.executives.iter().position(|e| e.id == before.id))
        .map_or(0, |i| i + 1);
    design.executives.insert(place, executive);
    // Executives added before it, whose line to it could not be drawn.
    let waiting = ReportsTo::Executive(id.clone());
    for e in &mut design.executives {
        if e.reports_to == ReportsTo::NotSet
            && target
                .executive(&e.id)
                .is_some_and(|t| t.reports_to == waiting)
        {
            e.reports_to = waiting.clone();
        }
    }
    settle_loops(design, target);
}

/// Breaks any reporting loop: the executives on it take the target's line
/// (or no one said, when the target lacks them or the line cannot be drawn).
fn settle_loops(design: &mut Design, target: &Design) {
    for _ in 0..=design.executives.len() {
        let Some(cycle) = reporting::find_loop(design) else {
            return;
        };
        let mut changed = false;
        for &i in &cycle {
            let Some(id) = design.executives.get(i).map(|e| e.id.clone()) else {
                continue;
            };
            let wanted = target
                .executive(&id)
                .map(|t| t.reports_to.clone())
                .filter(|line| drawable(design, line))
                .unwrap_or(ReportsTo::NotSet);
            if let Some(e) = design.executives.get_mut(i)
                && e.reports_to != wanted
            {
                e.reports_to = wanted;
                changed = true;
            }
        }
        if !changed {
            // The target's own lines loop (it is not valid): cut one.
            if let Some(e) = cycle.first().and_then(|&i| design.executives.get_mut(i)) {
                e.reports_to = ReportsTo::NotSet;
            }
        }
    }
}

/// Inserts the target's card after the nearest one before it in the target
/// that the design has (first if none), without references to executives
/// the design lacks.
fn add_card(design: &mut Design, id: &ResponsibilityId, target: &Design) {
    if design.responsibility(id).is_some() {
        return;
    }
    let Some(at) = target.responsibilities.iter().position(|r| &r.id == id) else {
        return;
    };
    let Some(mut card) = target.responsibilities.get(at).cloned() else {
        return;
    };
    let missing = |who: &ExecutiveId| design.executive(who).is_none();
    let owner_missing = card.owner.as_ref().is_some_and(missing);
    let roles_missing = card.roles.keys().any(missing);
    if owner_missing || roles_missing {
        // Only now is the card copied (it is shared with the target).
        if owner_missing {
            card.owner = None;
        }
        let keep: Vec<ExecutiveId> = card.roles.keys().filter(|w| !missing(w)).cloned().collect();
        card.roles.retain(|who, _| keep.contains(who));
    }
    let place = target.responsibilities[..at]
        .iter()
        .rev()
        .find_map(|before| {
            design
                .responsibilities
                .iter()
                .position(|r| r.id == before.id)
        })
        .map_or(0, |i| i + 1);
    design.responsibilities.insert(place, card);
}

/// Sets the roles on a card that differ from the target's and are held by
/// the executive the change names (by its title in the target); if none is
/// named so, every role that differs.
fn set_roles(design: &mut Design, id: &ResponsibilityId, executive: &str, target: &Design) {
    let (Some(card), Some(wanted)) = (design.responsibility(id), target.responsibility(id)) else {
        return;
    };
    let mut who: Vec<&ExecutiveId> = card.roles.keys().chain(wanted.roles.keys()).collect();
    who.sort();
    who.dedup();
    // As the list counts them: the target has the executive, and it is not
    // the target's owner of the card.
    let differing: Vec<(ExecutiveId, bool)> = who
        .into_iter()
        .filter(|e| card.roles.get(*e) != wanted.roles.get(*e))
        .filter(|e| wanted.owner.as_ref() != Some(*e))
        .filter_map(|e| {
            let named = title(target.executive(e)?) == executive;
            Some((e.clone(), named))
        })
        .collect();
    let any_named = differing.iter().any(|(_, named)| *named);
    let owner = card.owner.clone();
    let roles: Vec<(ExecutiveId, Option<Role>)> = differing
        .into_iter()
        .filter(|(_, named)| *named || !any_named)
        .map(|(e, _)| {
            let role = wanted.roles.get(&e).copied();
            (e, role)
        })
        .filter(|(e, role)| {
            role.is_none() || (design.executive(e).is_some() && owner.as_ref() != Some(e))
        })
        .collect();
    if roles.is_empty() {
        return;
    }
    if let Some(card) = design.responsibility_mut(id) {
        for (e, role) in roles {
            match role {
                Some(role) => card.roles.insert(e, role),
                None => card.roles.remove(&e),
            };
        }
    }
}

/// "CTO to the CIO", as the list names a dotted line, with titles from
/// `first` (or `second` where `first` lacks the executive).
fn line_item(line: &DottedLine, first: &Design, second: &Design) -> String {
    let name = |id: &ExecutiveId| {
        first
            .executive(id)
            .or_else(|| second.executive(id))
            .map_or_else(|| id.as_str().to_owned(), |e| title(e).to_owned())
    };
    format!("{} to the {}", name(&line.from), name(&line.to))
}

/// Of `lines`, those `names` picks (all, if it picks none).
fn named(lines: Vec<&DottedLine>, names: impl Fn(&DottedLine) -> bool) -> Vec<&DottedLine> {
    if lines.iter().any(|l| names(l)) {
        lines.into_iter().filter(|l| names(l)).collect()
    } else {
        lines
    }
}

/// Draws the target's dotted lines from `from` that the design lacks and
/// can draw, the one the change names if it can tell.
fn add_lines(design: &mut Design, from: &ExecutiveId, item: &str, target: &Design) {
    let candidates: Vec<&DottedLine> = target
        .dotted_lines
        .iter()
        .filter(|l| &l.from == from && l.from != l.to)
        .filter(|l| !design.dotted_lines.contains(l))
        .filter(|l| design.executive(&l.from).is_some() && design.executive(&l.to).is_some())
        .collect();
    let chosen: Vec<DottedLine> = named(candidates, |l| line_item(l, target, design) == item)
        .into_iter()
        .cloned()
        .collect();
    design.dotted_lines.extend(chosen);
}

/// Removes the design's dotted lines from `from` that the target lacks,
/// the one the change names if it can tell.
fn remove_lines(design: &mut Design, from: &ExecutiveId, item: &str, target: &Design) {
    let candidates: Vec<&DottedLine> = design
        .dotted_lines
        .iter()
        .filter(|l| &l.from == from)
        .filter(|l| !target.dotted_lines.contains(l))
        .collect();
    // The list named it by the first design's titles, which an earlier
    // change may have retitled since: either names it.
    let chosen: Vec<DottedLine> = named(candidates, |l| {
        line_item(l, design, target) == item || line_item(l, target, design) == item
    })
    .into_iter()
    .cloned()
    .collect();
    design.dotted_lines.retain(|l| !chosen.contains(l));
}
