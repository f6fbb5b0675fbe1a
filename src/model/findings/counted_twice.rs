//! Two cards describing some of the same work: the catalog knows which of
//! its entries overlap ([`catalog::OVERLAPS`]: CRM and enterprise
//! applications, cloud platform and infrastructure…). A design holding
//! both counts the shared part twice, in the balance and in each
//! portfolio's size, and two owners may each think it is theirs. A card
//! is its catalog entry by id, or by the entry its name matches
//! ([`super::CardFacts`]); the cards are indexed by entry once, so the
//! check is linear in the design.

use crate::model::catalog::{self, CATALOG};

use super::facts::Facts;
use super::{Finding, FindingKind, Severity};

/// One note per overlapping pair of entries the design holds, about the
/// first card of each.
pub(super) fn counted_twice(f: &Facts, out: &mut Vec<Finding>) {
    let mut first: Vec<Option<usize>> = vec![None; CATALOG.len()];
    let mut any = false;
    for i in 0..f.cards.len() {
        if let Some(slot) = f.cards.entry_at(i).and_then(|at| first.get_mut(at))
            && slot.is_none()
        {
            *slot = Some(i);
            any = true;
        }
    }
    if !any {
        return;
    }
    let card_of = |id: &str| {
        CATALOG
            .iter()
            .position(|e| e.id == id)
            .and_then(|at| first.get(at).copied().flatten())
    };
    for overlap in catalog::OVERLAPS {
        let (Some(broad), Some(narrow)) = (card_of(overlap.broader), card_of(overlap.narrower))
        else {
            continue;
        };
        let (a, b) = (f.card(broad), f.card(narrow));
        let owners = |i: usize| f.design.responsibilities[i].owner.as_ref();
        let apart = owners(broad) != owners(narrow);
        let who = if apart {
            " Held by different owners, each may also think that part is theirs."
        } else {
            ""
        };
        out.push(Finding {
            kind: FindingKind::CountedTwice,
            severity: Severity::Note,
            message: format!("{b} and {a} may count the same work twice"),
            why: format!(
                "Both cover {}: {b} is part of what {a} usually means, so that work is \
                 counted in both cards' sizes and twice in the balance.{who} Merge the two, \
                 or shrink {a}'s size to leave out {b} and say so in its description; where \
                 the sizes already do, this note is only a reminder.",
                overlap.shared
            ),
            about: vec![f.about_card(narrow), f.about_card(broad)],
            fix: None,
            unlisted: 0,
        });
    }
}
