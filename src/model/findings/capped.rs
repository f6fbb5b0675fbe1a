//! Keeping a long run of alike findings readable and cheap: of the per-card
//! findings of one kind, the first [`PER_EXECUTIVE`](super::PER_EXECUTIVE)
//! about each executive, and [`PER_KIND`](super::PER_KIND) in all, are
//! written out in full; for each executive the rest become one finding
//! about all of them. A design of 10,000 cards then
//! gets a list a person can read, worked out in a small part of a frame.

use super::{About, Finding, FindingKind, Severity};

/// Counts one kind of per-card finding for each executive.
pub(super) struct Capped {
    /// Findings written out in full, per executive.
    shown: Vec<usize>,
    /// Findings written out in full, in all.
    total: usize,
    /// The cards past the limit, per executive.
    rest: Vec<Vec<About>>,
}

impl Capped {
    /// For a design with `executives` executives.
    pub(super) fn new(executives: usize) -> Self {
        Self {
            shown: vec![0; executives],
            total: 0,
            rest: vec![Vec::new(); executives],
        }
    }

    /// Whether the next finding about `owner` is written out in full; if
    /// not, `card` is kept for the folded one.
    pub(super) fn admit(&mut self, owner: usize, card: impl FnOnce() -> About) -> bool {
        let Some(shown) = self.shown.get_mut(owner) else {
            return false;
        };
        if *shown < super::PER_EXECUTIVE && self.total < super::PER_KIND {
            *shown += 1;
            self.total += 1;
            return true;
        }
        if let Some(rest) = self.rest.get_mut(owner) {
            rest.push(card());
        }
        false
    }

    /// For each executive with cards past the limit: its position and
    /// those cards.
    pub(super) fn folded(self) -> impl Iterator<Item = (usize, Vec<About>)> {
        self.rest
            .into_iter()
            .enumerate()
            .filter(|(_, rest)| !rest.is_empty())
    }

    /// Adds, for each executive with cards past the limit, one warning of
    /// `kind` about those cards and the executive; `words(executive, how
    /// many)` gives its message and why.
    pub(super) fn push_folded(
        self,
        out: &mut Vec<Finding>,
        kind: FindingKind,
        executive: impl Fn(usize) -> About,
        words: impl Fn(usize, usize) -> (String, String),
    ) {
        for (e, mut about) in self.folded() {
            let (message, why) = words(e, about.len());
            about.push(executive(e));
            out.push(Finding {
                kind,
                severity: Severity::Warning,
                message,
                why,
                about,
                fix: None,
            });
        }
    }
}
