//! What several checks need, worked out once per call of
//! [`super::findings`]: the first executive meant to face each way and the
//! two largest portfolios, the top-level branches of the reporting tree,
//! beside the facts of each card.

use crate::model::balance::Facing;
use crate::model::cross_cutting;
use crate::model::design::{Design, Orientation};
use crate::model::{DesignBalance, Index};

use super::About;
use super::branches::{self, Branch};
use super::card_facts::CardFacts;

/// What several checks need, worked out once.
pub(super) struct Facts<'a> {
    pub(super) design: &'a Design,
    pub(super) index: &'a Index,
    pub(super) balance: &'a DesignBalance,
    /// What each card is, whoever holds it.
    pub(super) cards: &'a CardFacts,
    /// The first executive (by position) meant to face inward.
    pub(super) first_internal: Option<usize>,
    /// The first executive (by position) meant to face outward.
    pub(super) first_external: Option<usize>,
    /// The first executive meant to face inward, then outward, whose title
    /// is not a cross-cutting role (security, data, architecture).
    pub(super) first_plain: [Option<usize>; 2],
    /// The first executive meant to face inward, then outward, whose title
    /// is a cross-cutting role.
    pub(super) first_cross: [Option<usize>; 2],
    /// The executives with the largest and second-largest portfolios.
    pub(super) largest: [Option<usize>; 2],
    /// Each top-level executive with everyone under them.
    pub(super) branches: Vec<Branch>,
    /// The executive at the top when there is only one: the single
    /// technology executive, whose cards are not questioned one by one.
    pub(super) sole_root: Option<usize>,
}

impl<'a> Facts<'a> {
    pub(super) fn new(
        design: &'a Design,
        index: &'a Index,
        balance: &'a DesignBalance,
        cards: &'a CardFacts,
    ) -> Self {
        let first = |o: Orientation| design.executives.iter().position(|e| e.orientation == o);
        let first_where = |o: Orientation, cross: bool| {
            design.executives.iter().position(|e| {
                e.orientation == o
                    && (cross_cutting::title_is_cross_cutting(&e.short_title)
                        || cross_cutting::title_is_cross_cutting(&e.full_title))
                        == cross
            })
        };
        let sides = [Orientation::Internal, Orientation::External];
        let mut largest: [Option<usize>; 2] = [None, None];
        for i in 0..design.executives.len() {
            let size = balance.executive_at(i).size;
            let bigger =
                |slot: Option<usize>| slot.is_none_or(|j| size > balance.executive_at(j).size);
            if bigger(largest[0]) {
                largest = [Some(i), largest[0]];
            } else if bigger(largest[1]) {
                largest[1] = Some(i);
            }
        }
        let branches = branches::of(design, balance);
        let sole_root = match branches.as_slice() {
            [only] => Some(only.root),
            _ => None,
        };
        Self {
            design,
            index,
            balance,
            cards,
            first_internal: first(Orientation::Internal),
            first_external: first(Orientation::External),
            first_plain: sides.map(|o| first_where(o, false)),
            first_cross: sides.map(|o| first_where(o, true)),
            largest,
            branches,
            sole_root,
        }
    }

    /// Where a fix should move the card at `i` so that it sits with an
    /// executive meant to face `facing` (internal or external) whose role
    /// fits it: security or data work goes first to an executive whose
    /// title is a cross-cutting role, then to any meant to face that way;
    /// other work only to an executive whose title is not cross-cutting
    /// (help desk work never goes to a security chief). None when no
    /// executive fits.
    pub(super) fn move_target(&self, facing: Facing, i: usize) -> Option<usize> {
        let side = match facing {
            Facing::Internal => 0,
            Facing::External => 1,
            Facing::Mixed => return None,
        };
        if self.cards.shared_work(i) {
            self.first_cross[side].or(self.first_plain[side])
        } else {
            self.first_plain[side]
        }
    }

    /// The short title of the executive at `e` (its id if it has none).
    pub(super) fn title(&self, e: usize) -> &str {
        self.design.executives.get(e).map_or("", |x| {
            if x.short_title.trim().is_empty() {
                x.id.as_str()
            } else {
                x.short_title.as_str()
            }
        })
    }

    /// The name of the card at `i` in quotes (its id if it has no name).
    pub(super) fn card(&self, i: usize) -> String {
        let r = &self.design.responsibilities[i];
        let name = if r.name.trim().is_empty() {
            r.id.as_str()
        } else {
            r.name.as_str()
        };
        format!("“{name}”")
    }

    pub(super) fn about_executive(&self, e: usize) -> About {
        About::Executive(self.design.executives[e].id.clone())
    }

    pub(super) fn about_card(&self, i: usize) -> About {
        About::Responsibility(self.design.responsibilities[i].id.clone())
    }
}
