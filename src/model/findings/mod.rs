//! The findings of a design: what looks wrong or worth a second thought in
//! how the technology work is split, each with a severity, a one-line
//! message, a plain *why*, the executives or cards it is about and, where a
//! single edit really settles it, a [`Fix`].
//!
//! Findings are plain values from one pure function, [`findings`], of the
//! design, its [`Index`] and its [`DesignBalance`]. The work is linear in the
//! size of the design: every check walks the executives, the cards of each
//! executive or the role grants once, never executives × cards. What each
//! card is on its own ([`CardFacts`]: its facing, its mark, its kind of
//! work and its catalog entry) can be kept between changes and passed to
//! [`findings_with`], as the window does, so that a change reads no card
//! it did not touch. A finding about many cards lists the first
//! [`ABOUT_LISTED`] items and counts the rest.
//!
//! Every executive on the chart counts as a technology executive: the chart
//! only holds technology leaders.
//!
//! **What the checks reason on.** A card is what its kind says
//! ([`WorkKind`](crate::model::WorkKind): security, data, infrastructure…)
//! and the catalog entry it is (by id, or the entry its name matches),
//! never the words of its name. An executive leads what its intent says
//! ([`intent::of`](crate::model::intent::of)): the orientation the design
//! sets, else what the title implies (a CIO inward, a CTO outward, a CISO
//! or a chief data officer across both), and a finding that relies on an
//! assumed side says so. For the checks at the interfaces (the security
//! bar, data, collaboration) each executive stands on a side: its own, or
//! for a role across both or with none, that of the nearest manager up the
//! reporting tree that has one.
//!
//! **Shapes the sources accept** are never called wrong: the only
//! technology executive gets one note (with the company's size, sector and
//! goal, or what was assumed of them), the CTO under the CIO or the head of
//! IT under the CTO is a note, a cross-cutting role is never blurred.
//!
//! Contested cards are recognised by catalog entry: entries the catalog
//! marks contested, and infrastructure, vendor management, security and
//! architecture, which the sources dispute even though the catalog names a
//! usual owner. They come as one judgement call per executive, giving the
//! catalog's two views of each card. A fix goes to the executive whose
//! role fits, by the side it leads and the kind of work (`targets.rs`),
//! never simply to the first in the list.
//!
//! **Deliberate choices.** A card whose place is marked deliberate (the
//! check box [`DELIBERATE_LABEL`] in its details) is left out of the advice
//! that questions its place: facing against its owner, and contested items.
//! A reporting line that works against the split is left alone once the
//! executive's notes say why.

mod branches;
mod capped;
mod card_facts;
mod checks;
mod collaboration;
mod contested;
mod counted_twice;
mod data;
mod facts;
mod only_executive;
mod security;
mod targets;
mod wording;

pub use card_facts::CardFacts;

#[cfg(test)]
mod tests;

use super::design::{Design, ExecutiveId, ResponsibilityId};
use super::edit::Edit;
use super::{DesignBalance, Index};

/// An executive is blurred when its portfolio is at least this many percent
/// external (as the balance shows it, rounded)…
pub const BLURRED_FROM_PERCENT: u32 = 40;
/// …and at most this many.
pub const BLURRED_TO_PERCENT: u32 = 60;
/// One executive, counted with everyone under them, holding more than this
/// fraction of the design's total size, while another top-level executive
/// is on the chart, is a concentration.
pub const CONCENTRATION_SHARE: f64 = 0.70;
/// An executive with more direct reports on the chart than this has many.
pub const MAX_DIRECT_REPORTS: usize = 7;
/// The executive with the largest portfolio holds a *large share* of one
/// side when it carries at least this fraction of the organisation's work on
/// the side its portfolio leans to (work on a side = Σ size × share of that
/// side). Six tenths: clearly more than the rest of the chart together.
pub const LARGE_SIDE_SHARE: f64 = 0.60;
/// Another executive is a *strong second* when it carries at least this
/// fraction of the organisation's work on the other side: enough to lead
/// that side, as the advice for a single technology executive asks.
pub const STRONG_SECOND_SHARE: f64 = 0.30;
/// Of the per-card findings of one kind about one executive, this many are
/// written out in full; the rest are folded into one finding.
pub const PER_EXECUTIVE: usize = 10;
/// Of the per-card findings of one kind, this many in all are written out
/// in full; past it, each executive's rest are folded into one finding.
pub const PER_KIND: usize = 30;
/// A finding about many cards (the tray, a folded run) lists at most this
/// many of them; the rest are counted in [`Finding::unlisted`]. Findings
/// about executives list every executive they are about.
pub const ABOUT_LISTED: usize = 12;
/// A folded finding (the rest of one executive's cards of one kind) lists
/// the executive and this many of the cards, as examples: choosing it
/// selects the executive's box, where they all are, and the cards past the
/// limit come up in full one by one as those above are settled.
pub const FOLDED_LISTED: usize = 5;
/// How the window names the mark that a card's place is deliberate.
pub const DELIBERATE_LABEL: &str = "Placed here on purpose";

/// How much a finding matters, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; often fine.
    Note,
    /// Practitioners disagree: a call to make, not an error.
    Judgement,
    /// Likely to cause trouble unless there is a reason: the highest
    /// (`remit check --findings` fails on it).
    Warning,
}

impl Severity {
    /// The highest severity there is.
    pub const HIGHEST: Self = Self::Warning;
}

impl Severity {
    /// A word for lists: "note", "judgement call", "warning".
    pub fn word(self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Judgement => "judgement call",
            Self::Warning => "warning",
        }
    }
}

/// What a finding is about, in the order they are listed within a severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    /// A card faces the other way from its owner's orientation.
    FacingAgainstOwner,
    /// An external-facing executive reports to an internal-facing one, or
    /// the reverse.
    ReportingAgainstSplit,
    /// An executive's portfolio is about half internal, half external.
    BlurredRole,
    /// One executive holds most of the work while another is on the chart.
    Concentration,
    /// One part of the chart carries one side, and no other part has a
    /// real share of the other side.
    OneSided,
    /// One technology executive at the top, over both sides (a note).
    OnlyExecutive,
    /// A security card the internal and the external side do not both
    /// take part in.
    SecurityBar,
    /// Data work no card of which both sides take part in.
    DataFlow,
    /// No data work in the design at all.
    NoDataWork,
    /// The two sides have no role at all on each other's work.
    NoCollaboration,
    /// Cards in the unassigned tray.
    Unassigned,
    /// An executive that owns nothing.
    EmptyExecutive,
    /// An executive with many direct reports.
    ManyReports,
    /// Infrastructure or operations the product runs on, with nobody from
    /// the product side involved (a note).
    ProductFoundation,
    /// Two cards that describe some of the same work (a note).
    CountedTwice,
    /// A card practitioners place with either executive.
    Contested,
}

/// An executive or a card a finding is about, by id (selecting it in the
/// window selects that item).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum About {
    /// An executive.
    Executive(ExecutiveId),
    /// A responsibility card.
    Responsibility(ResponsibilityId),
}

/// A change that settles a finding in one undoable step.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// What it does, for a button: "Move “R&D” to the CTO".
    pub label: String,
    /// The one edit that does it.
    pub edit: Edit,
}

/// One finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What kind of finding it is.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// One line saying what was found.
    pub message: String,
    /// Why it matters, in plain language.
    pub why: String,
    /// The executives and cards it is about, the main one first (cards: at
    /// most [`ABOUT_LISTED`]; a folded finding about the rest of one
    /// executive's cards names the executive first).
    pub about: Vec<About>,
    /// How many more cards it is about than `about` lists.
    pub unlisted: usize,
    /// The one-step change that settles it, where there is one.
    pub fix: Option<Fix>,
}

/// Every finding of `design`, given its `index` and `balance` (both of this
/// very design): highest severity first, then by kind, then in the design's
/// order.
pub fn findings(design: &Design, index: &Index, balance: &DesignBalance) -> Vec<Finding> {
    findings_with(design, index, balance, &CardFacts::of(design))
}

/// [`findings`], given also the facts of each card of this very design
/// (kept between changes with [`CardFacts::follow`]).
pub fn findings_with(
    design: &Design,
    index: &Index,
    balance: &DesignBalance,
    cards: &CardFacts,
) -> Vec<Finding> {
    let facts = facts::Facts::new(design, index, balance, cards);
    // Room for what a design usually gets: a few per executive, the
    // written-out runs, the contested cards. (Growing a list of findings
    // copies every one found so far.)
    let mut out = Vec::with_capacity(2 * design.executives.len() + 2 * PER_KIND + 16);
    checks::facing_against_owner(&facts, &mut out);
    checks::reporting_against_split(&facts, &mut out);
    checks::blurred_roles(&facts, &mut out);
    branches::concentration(&facts, &mut out);
    branches::one_sided(&facts, &mut out);
    only_executive::only_executive(&facts, &mut out);
    security::security_bar(&facts, &mut out);
    data::data_flow(&facts, &mut out);
    data::no_data_work(&facts, &mut out);
    collaboration::no_collaboration(&facts, &mut out);
    checks::unassigned(&facts, &mut out);
    checks::empty_executives(&facts, &mut out);
    checks::many_reports(&facts, &mut out);
    collaboration::product_foundation(&facts, &mut out);
    counted_twice::counted_twice(&facts, &mut out);
    contested::contested(&facts, &mut out);
    // Stable: within a severity and kind, the order the checks found them.
    out.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.kind.cmp(&b.kind)));
    out
}
