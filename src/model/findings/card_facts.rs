//! What the findings need to know of each card on its own, whoever holds
//! it: which way it faces, whether its place is marked deliberate, what
//! kind of work it is (the card's own `kind`, never the words of its
//! name), and which catalog entry it is (by its catalog id, or for a card
//! with an id of its own, the entry it is named after), from which it is
//! known whether it is contested and what else it overlaps.
//!
//! Reading every card's name on every change was most of the analysis of a
//! large design, so the window keeps these facts between changes and
//! brings them up to date from what each change did to the cards
//! ([`CardsChange`]): nothing for most edits, one card for a rename, a
//! slice turned round for a move. They sit in one small array, in the
//! design's order, so a check that walks every card reads a few bytes per
//! card and no card itself.

use crate::model::balance::Facing;
use crate::model::catalog::{self, CATALOG, CatalogEntry};
use crate::model::design::{Design, Responsibility};
use crate::model::edit::CardsChange;
use crate::model::index::Index;
use crate::model::work_kind::WorkKind;

use super::wording;

/// What one card is, for the findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CardFact {
    facing: Facing,
    deliberate: bool,
    kind: WorkKind,
    /// Its catalog entry's place in [`CATALOG`], when it has one.
    entry: Option<u8>,
    /// Whether that entry is a judgement call.
    contested: bool,
}

// Every catalog entry fits in the `u8` above.
const _: () = assert!(CATALOG.len() <= u8::MAX as usize);

impl CardFact {
    fn of(r: &Responsibility) -> Self {
        // A card users made under an id of their own counts as the catalog
        // item it is named after.
        let entry = catalog::entry(r.id.as_str()).or_else(|| catalog::entry_named(&r.name));
        Self {
            facing: Facing::of_share(r.external_share),
            deliberate: r.deliberate,
            kind: r.kind,
            entry: entry
                .and_then(|entry| CATALOG.iter().position(|e| e.id == entry.id))
                .and_then(|at| u8::try_from(at).ok()),
            contested: entry.is_some_and(wording::is_contested),
        }
    }
}

/// What the findings need to know of each card of a design, in the
/// design's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardFacts {
    cards: Vec<CardFact>,
}

impl CardFacts {
    /// The facts of every card of `design`, read afresh.
    pub fn of(design: &Design) -> Self {
        Self {
            cards: design.cards().map(CardFact::of).collect(),
        }
    }

    /// Brings facts that were true of the design before a change up to date
    /// with `design`, the design after it: `change` says what the change did
    /// to the cards, `before` and `after` are the indexes of the design
    /// before and after. Anything that does not add up (an unknown card, a
    /// count that differs) reads the design afresh.
    pub fn follow(&mut self, change: &CardsChange, before: &Index, after: &Index, design: &Design) {
        let n = design.responsibilities.len();
        let kept = self.cards.len() == n
            && match change {
                CardsChange::Nothing => true,
                CardsChange::Moved(id) => {
                    match (before.responsibility(id), after.responsibility(id)) {
                        (Some(from), Some(to)) if from.max(to) < n => {
                            // Taken out at `from`, put back at `to`: those
                            // between shift by one.
                            if from < to {
                                self.cards[from..=to].rotate_left(1);
                            } else {
                                self.cards[to..=from].rotate_right(1);
                            }
                            true
                        }
                        _ => false,
                    }
                }
                CardsChange::Changed(id) => match after.responsibility(id) {
                    Some(at) if at < n => {
                        self.cards[at] = CardFact::of(&design.responsibilities[at]);
                        true
                    }
                    _ => false,
                },
                CardsChange::Any => false,
            };
        if !kept {
            *self = Self::of(design);
        }
    }

    /// Which way the card at `i` faces.
    pub(super) fn facing(&self, i: usize) -> Option<Facing> {
        self.cards.get(i).map(|c| c.facing)
    }

    /// Whether the place of the card at `i` is marked deliberate.
    pub(super) fn deliberate(&self, i: usize) -> bool {
        self.cards.get(i).is_some_and(|c| c.deliberate)
    }

    /// What kind of work the card at `i` is.
    pub(super) fn kind(&self, i: usize) -> WorkKind {
        self.cards.get(i).map_or(WorkKind::Other, |c| c.kind)
    }

    /// Whether the card at `i` is a contested catalog item.
    pub(super) fn is_contested(&self, i: usize) -> bool {
        self.cards.get(i).is_some_and(|c| c.contested)
    }

    /// The place in [`CATALOG`] of the card at `i`'s entry, when it has
    /// one.
    pub(super) fn entry_at(&self, i: usize) -> Option<usize> {
        self.cards.get(i).and_then(|c| c.entry).map(usize::from)
    }

    /// The catalog entry of the card at `i`, when it is contested.
    pub(super) fn contested_entry(&self, i: usize) -> Option<&'static CatalogEntry> {
        self.entry_at(i)
            .filter(|_| self.is_contested(i))
            .and_then(|at| CATALOG.get(at))
    }

    /// How many cards there are.
    pub(super) fn len(&self) -> usize {
        self.cards.len()
    }
}
