//! Whom a fix hands work to: the executive whose role fits, by the side
//! it leads and the kind of work, never simply the first in the list.
//! Cross-cutting work (security, data, compliance, architecture) goes
//! first to a role across both sides that stands on the wanted side (a
//! CISO under the CIO), then to a security, data or architecture chief
//! meant to face that way, then to anyone meant to face that way; other
//! work only to an executive meant to face that way whose title is not a
//! cross-cutting role (the help desk never goes to a security chief). Who
//! is consulted for a side is first an executive leading it whose title
//! is not cross-cutting, then any executive leading it.

use crate::model::intent::Side;
use crate::model::work_kind::WorkKind;

use super::facts::{Camp, Facts};

impl Facts<'_> {
    fn first(&self, wanted: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.design.executives.len()).find(|&e| wanted(e))
    }

    fn is_across(&self, e: usize) -> bool {
        self.intents
            .get(e)
            .copied()
            .flatten()
            .is_some_and(|i| i.side == Side::Across)
    }

    fn cross_titled(&self, e: usize) -> bool {
        self.cross_titled.get(e).copied().unwrap_or(false)
    }

    /// Where a fix should move a card of `kind` so that it sits with an
    /// executive on `side` whose role fits it; none when nobody fits.
    pub(super) fn move_target(&self, side: Camp, kind: WorkKind) -> Option<usize> {
        let leads = |e: usize| self.intent_camp(e) == Some(side);
        if kind.is_cross_cutting() {
            self.first(|e| self.is_across(e) && self.camp(e) == Some(side))
                .or_else(|| self.first(|e| leads(e) && self.cross_titled(e)))
                .or_else(|| self.first(leads))
        } else {
            self.first(|e| leads(e) && !self.cross_titled(e))
        }
    }

    /// Whom to consult so that `side` takes part in a card: the first
    /// executive leading that side whose title is not a cross-cutting
    /// role, else the first leading it.
    pub(super) fn partner_on(&self, side: Camp) -> Option<usize> {
        let leads = |e: usize| self.intent_camp(e) == Some(side);
        self.first(|e| leads(e) && !self.cross_titled(e))
            .or_else(|| self.first(leads))
    }
}
