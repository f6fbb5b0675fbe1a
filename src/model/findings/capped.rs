//! Keeping a long run of alike findings readable and cheap: of the per-card
//! findings of one kind, the first [`PER_EXECUTIVE`](super::PER_EXECUTIVE)
//! about each executive, and [`PER_KIND`](super::PER_KIND) in all, are
//! written out in full; for each executive the rest become one finding
//! about the executive and those cards, which lists the first
//! [`FOLDED_LISTED`](super::FOLDED_LISTED) of them and counts the others
//! (choosing it selects the executive's box, where they all are). A design of 10,000 cards then gets a list a person can read, worked out
//! in a small part of a frame.

use super::facts::Facts;
use super::{FOLDED_LISTED, Finding, FindingKind, Severity};

/// The cards of one executive past the limit: the first few, by position,
/// and how many in all.
#[derive(Clone, Default)]
struct Rest {
    first: Vec<usize>,
    count: usize,
}

/// Counts one kind of per-card finding for each executive.
pub(super) struct Capped {
    /// Findings written out in full, per executive.
    shown: Vec<usize>,
    /// Findings written out in full, in all.
    total: usize,
    /// The cards past the limit, per executive.
    rest: Vec<Rest>,
}

impl Capped {
    /// For a design with `executives` executives.
    pub(super) fn new(executives: usize) -> Self {
        Self {
            shown: vec![0; executives],
            total: 0,
            rest: vec![Rest::default(); executives],
        }
    }

    /// Whether the next finding about `owner` is written out in full; if
    /// not, the card at `card` counts towards the folded one.
    pub(super) fn admit(&mut self, owner: usize, card: usize) -> bool {
        let Some(shown) = self.shown.get_mut(owner) else {
            return false;
        };
        if *shown < super::PER_EXECUTIVE && self.total < super::PER_KIND {
            *shown += 1;
            self.total += 1;
            return true;
        }
        if let Some(rest) = self.rest.get_mut(owner) {
            if rest.first.len() < FOLDED_LISTED {
                rest.first.push(card);
            }
            rest.count += 1;
        }
        false
    }

    /// Adds, for each executive with cards past the limit, one warning of
    /// `kind` about those cards and the executive; `words(executive, how
    /// many)` gives its message and why.
    pub(super) fn push_folded(
        self,
        f: &Facts,
        out: &mut Vec<Finding>,
        kind: FindingKind,
        words: impl Fn(usize, usize) -> (String, String),
    ) {
        for (e, rest) in self.rest.into_iter().enumerate() {
            if rest.count == 0 {
                continue;
            }
            let (message, why) = words(e, rest.count);
            let mut about = Vec::with_capacity(rest.first.len() + 1);
            about.push(f.about_executive(e));
            about.extend(rest.first.iter().map(|&i| f.about_card(i)));
            out.push(Finding {
                kind,
                severity: Severity::Warning,
                message,
                why,
                unlisted: rest.count - rest.first.len(),
                about,
                fix: None,
            });
        }
    }
}
