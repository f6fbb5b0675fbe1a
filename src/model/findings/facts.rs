//! What several checks need, worked out once per call of
//! [`super::findings`]: what each executive is meant to lead (its
//! [`Intent`]) and which side of the split it stands on ([`Camp`]), the
//! top-level branches of the reporting tree, which sides take part in each
//! card, beside the facts of each card. How an executive and a card are
//! named in a sentence lives here too.

use crate::model::design::{Design, Role};
use crate::model::intent::{self, Intent, Side};
use crate::model::reporting::Tree;
use crate::model::{DesignBalance, Index};

use super::About;
use super::branches::{self, Branch};
use super::card_facts::CardFacts;
use super::wording;

/// One of the two sides of the split an executive can stand on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Camp {
    /// The company's own systems.
    Internal,
    /// What the company sells or shows.
    External,
}

impl Camp {
    /// Both, internal first.
    pub(super) const BOTH: [Self; 2] = [Self::Internal, Self::External];

    /// 0 for internal, 1 for external.
    pub(super) fn at(self) -> usize {
        match self {
            Self::Internal => 0,
            Self::External => 1,
        }
    }

    /// Its bit in a [`Sides`] mask.
    pub(super) fn bit(self) -> u8 {
        1 << self.at()
    }

    /// The other one.
    pub(super) fn other(self) -> Self {
        match self {
            Self::Internal => Self::External,
            Self::External => Self::Internal,
        }
    }

    /// "internal", "external".
    pub(super) fn word(self) -> &'static str {
        match self {
            Self::Internal => "internal",
            Self::External => "external",
        }
    }

    /// The camp of a side, if it is one of the two.
    fn of(side: Side) -> Option<Self> {
        match side {
            Side::Internal => Some(Self::Internal),
            Side::External => Some(Self::External),
            Side::Across => None,
        }
    }
}

/// A set of camps, as bits: [`Camp::bit`].
pub(super) type Sides = u8;
/// Both camps.
pub(super) const BOTH_SIDES: Sides = 0b11;

/// What several checks need, worked out once.
pub(super) struct Facts<'a> {
    pub(super) design: &'a Design,
    pub(super) index: &'a Index,
    pub(super) balance: &'a DesignBalance,
    /// What each card is, whoever holds it.
    pub(super) cards: &'a CardFacts,
    /// What each executive is meant to lead ([`intent::of`]).
    pub(super) intents: Vec<Option<Intent>>,
    /// The side each executive stands on: its intent's, or for an executive
    /// with none or across both, that of the nearest manager up the
    /// reporting tree that has one; with the executive it comes from.
    pub(super) camps: Vec<Option<(Camp, usize)>>,
    /// Whether each executive's title names a cross-cutting role.
    pub(super) cross_titled: Vec<bool>,
    /// For each card: the camps of its owner and of those Responsible or
    /// Consulted on it (bits 0–1), and the camps of everyone with any role
    /// on it, owner left out (bits 2–3).
    pub(super) taking_part: Vec<u8>,
    /// Each top-level executive with everyone under them.
    pub(super) branches: Vec<Branch>,
    /// The executive at the top when there is only one (roles across both
    /// sides beside them not counted): the single technology executive,
    /// whose cards are not questioned one by one.
    pub(super) sole_root: Option<usize>,
}

impl<'a> Facts<'a> {
    pub(super) fn new(
        design: &'a Design,
        index: &'a Index,
        balance: &'a DesignBalance,
        cards: &'a CardFacts,
    ) -> Self {
        let (intents, cross_titled): (Vec<Option<Intent>>, Vec<bool>) = design
            .executives
            .iter()
            .map(intent::of_and_titled_across)
            .unzip();
        let tree = Tree::of(design);
        let camps = camps_of(&tree, &intents);
        let taking_part = taking_part(design, index, &camps);
        let branches = branches::of(&tree, balance);
        // A cross-cutting role at the top beside the one who leads (a CISO
        // reporting to the CEO) leaves that one the only technology
        // executive; a CIO or CTO marked mixed on purpose still leads.
        let mut leading = branches
            .iter()
            .filter(|b| !cross_titled.get(b.root).copied().unwrap_or(false));
        let sole_root = match (leading.next(), leading.next(), branches.as_slice()) {
            (Some(only), None, _) | (None, _, [only]) => Some(only.root),
            _ => None,
        };
        Self {
            design,
            index,
            balance,
            cards,
            intents,
            camps,
            cross_titled,
            taking_part,
            branches,
            sole_root,
        }
    }

    /// The side the executive at `e` leads by its intent, if it is one of
    /// the two.
    pub(super) fn intent_camp(&self, e: usize) -> Option<Camp> {
        self.intents
            .get(e)
            .copied()
            .flatten()
            .and_then(|i| Camp::of(i.side))
    }

    /// The camp the executive at `e` stands on.
    pub(super) fn camp(&self, e: usize) -> Option<Camp> {
        self.camps.get(e).copied().flatten().map(|(c, _)| c)
    }

    /// Whether some executive leads each side by its intent.
    pub(super) fn both_sides_on_chart(&self) -> bool {
        Camp::BOTH
            .iter()
            .all(|&c| (0..self.intents.len()).any(|e| self.intent_camp(e) == Some(c)))
    }

    /// The camps of the owner of the card at `i` and of those Responsible
    /// or Consulted on it.
    pub(super) fn sides_taking_part(&self, i: usize) -> Sides {
        self.taking_part.get(i).map_or(0, |m| m & BOTH_SIDES)
    }

    /// The camps of everyone but the owner with any role on the card at
    /// `i`.
    pub(super) fn sides_with_a_role(&self, i: usize) -> Sides {
        self.taking_part.get(i).map_or(0, |m| (m >> 2) & BOTH_SIDES)
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

    /// The executive at `e` as a sentence names them: "the CTO".
    pub(super) fn who(&self, e: usize) -> String {
        wording::the(self.title(e))
    }

    /// The executive at `e` to start a sentence: "The CTO".
    pub(super) fn who_starts(&self, e: usize) -> String {
        wording::capitalised(&self.who(e))
    }

    /// A sentence saying that the side of the executive at `e` was
    /// assumed from its title, or nothing when it was set: " The CIO is
    /// assumed inward-facing from the title; set an orientation to say
    /// otherwise."
    pub(super) fn assumed(&self, e: usize) -> String {
        match self.intents.get(e).copied().flatten() {
            Some(i) if i.assumed => format!(
                " {} is assumed {} from the title; set an orientation to say otherwise.",
                self.who_starts(e),
                lean_words(i.side)
            ),
            _ => String::new(),
        }
    }

    /// [`Self::assumed`] for two executives at once, in one sentence when
    /// both sides were assumed.
    pub(super) fn assumed_both(&self, a: usize, b: usize) -> String {
        let lean = |e: usize| {
            self.intents
                .get(e)
                .copied()
                .flatten()
                .filter(|i| i.assumed)
                .map(|i| lean_words(i.side))
        };
        match (lean(a), lean(b)) {
            (Some(x), Some(y)) => format!(
                " {} is assumed {x} and {} {y} from their titles; set orientations to say \
                 otherwise.",
                self.who_starts(a),
                self.who(b)
            ),
            _ => format!("{}{}", self.assumed(a), self.assumed(b)),
        }
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

/// "inward-facing", "outward-facing", "across both sides".
pub(super) fn lean_words(side: Side) -> &'static str {
    match side {
        Side::Internal => "inward-facing",
        Side::External => "outward-facing",
        Side::Across => "to work across both sides",
    }
}

/// Each executive's camp, handed down the reporting tree from the roots:
/// an executive whose intent is one of the two sides stands there, anyone
/// else where their manager stands.
fn camps_of(tree: &Tree, intents: &[Option<Intent>]) -> Vec<Option<(Camp, usize)>> {
    let n = intents.len();
    let mut camps = vec![None; n];
    let own = |e: usize| {
        intents
            .get(e)
            .copied()
            .flatten()
            .and_then(|i| Camp::of(i.side))
            .map(|c| (c, e))
    };
    let mut stack: Vec<(usize, Option<(Camp, usize)>)> =
        tree.roots.iter().map(|&r| (r, None)).collect();
    let mut seen = vec![false; n];
    while let Some((e, inherited)) = stack.pop() {
        if e >= n || std::mem::replace(&mut seen[e], true) {
            continue;
        }
        let camp = own(e).or(inherited);
        camps[e] = camp;
        if let Some(reports) = tree.reports.get(e) {
            stack.extend(reports.iter().map(|&r| (r, camp)));
        }
    }
    camps
}

/// For each card, the camps taking part in it ([`Facts::taking_part`]),
/// from its owner and the role grants: one pass over each.
fn taking_part(design: &Design, index: &Index, camps: &[Option<(Camp, usize)>]) -> Vec<u8> {
    let camp_bit = |e: usize| camps.get(e).copied().flatten().map_or(0, |(c, _)| c.bit());
    let mut mask = vec![0u8; design.responsibilities.len()];
    for e in 0..design.executives.len() {
        let bit = camp_bit(e);
        if bit == 0 {
            continue;
        }
        for &i in index.cards(Some(e)) {
            mask[i] |= bit;
        }
    }
    for grant in index.role_grants() {
        let bit = camp_bit(grant.holder);
        if matches!(grant.role, Role::Responsible | Role::Consulted) {
            mask[grant.card] |= bit;
        }
        mask[grant.card] |= bit << 2;
    }
    mask
}
