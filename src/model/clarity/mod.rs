//! The clarity score: for each executive and for the whole design, 0 to
//! 100, how well a portfolio fits what its executive leads: the internal
//! side, the external side, or work across both (a cross-cutting role).
//!
//! Each executive is judged against its intent ([`intent::of`]): the
//! orientation the design sets, else the side its title points to (and the
//! explanation says it was assumed). The figures are shares of the
//! portfolio's size, rounded to whole percentages, taken from cards by the
//! way each faces ([`Facing::of_share`]: the INT, MIX and EXT markers) and
//! by kind: security, data, compliance and architecture work
//! ([`super::WorkKind::is_cross_cutting`]) crosses both sides by nature and never
//! counts against a side. With `away` the percentage facing the other way
//! and `both` the percentage facing both ways (counted half):
//!
//! | what it leads | clarity, at least 0 |
//! |---|---|
//! | internal side | 100 − 2 × (outward + both ÷ 2) |
//! | external side | 100 − 2 × (inward + both ÷ 2) |
//! | across both | 100 − 2 × (work of other kinds) |
//! | not known | 100 − 2 × (the smaller of inward and outward + both ÷ 2) |
//!
//! So the sources' textbook split scores high on both sides, a portfolio
//! half inward and half outward scores low, a CISO owning security scores
//! 100, and marking an executive mixed never raises its score (across both
//! is never above either side's figure): a relabel cannot make a blurred
//! portfolio look clear.
//!
//! The only executive holding any work (a single technology executive) is
//! not graded: covering both sides is what that role is for, and there is
//! no division of work to judge; the design is then not graded either.
//! The design's score is otherwise the mean of its executives' scores, each
//! weighted by the size of its portfolio; an executive holding nothing has
//! no score and does not count.

mod explain;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::balance::Facing;
use super::design::{Design, ExecutiveId, Responsibility};
use super::intent::{self, Intent, Side};

/// What the score means, in a line, for the panel's help and the exports.
pub const MEANING: &str = "Clarity, 0 to 100: how well each portfolio fits what its executive \
     leads (the internal side, the external side, or work across both), with security, data, \
     compliance and architecture work counting against neither side; a lone executive holding \
     all the work is not graded.";

/// What a portfolio holds, as clarity weighs it: its size, and the size of
/// the cards of other than cross-cutting kinds by the way each faces.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Portfolio {
    /// Σ size of every card.
    pub size: f64,
    /// Σ size of cards facing inward (external share below 1/3), not of a
    /// cross-cutting kind.
    pub inward: f64,
    /// Σ size of cards facing both ways (1/3 to 2/3), not of a
    /// cross-cutting kind.
    pub both_ways: f64,
    /// Σ size of cards facing outward (2/3 or more), not of a
    /// cross-cutting kind.
    pub outward: f64,
}

impl Portfolio {
    /// The totals over `cards`.
    pub fn of<'a>(cards: impl IntoIterator<Item = &'a Responsibility>) -> Self {
        let mut portfolio = Self::default();
        for card in cards {
            portfolio.add(card);
        }
        portfolio
    }

    fn add(&mut self, card: &Responsibility) {
        self.size += card.size;
        if card.kind.is_cross_cutting() {
            return;
        }
        match Facing::of_share(card.external_share) {
            Facing::Internal => self.inward += card.size,
            Facing::Mixed => self.both_ways += card.size,
            Facing::External => self.outward += card.size,
        }
    }

    /// Σ size of the cross-cutting work (security, data, compliance,
    /// architecture).
    pub fn cross_cutting(&self) -> f64 {
        (self.size - self.inward - self.both_ways - self.outward).max(0.0)
    }

    /// `part` as a whole percentage of the portfolio's size (0 when empty).
    fn percent(&self, part: f64) -> u32 {
        if self.size > 0.0 {
            // Clamped to 0..=100 first, so the cast cannot truncate.
            ((part / self.size).clamp(0.0, 1.0) * 100.0).round() as u32
        } else {
            0
        }
    }
}

/// What a score judges a portfolio against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Against {
    /// The side the executive is meant to lead (set or assumed).
    Side(Side),
    /// Work across both sides: what a cross-cutting role is for.
    Across,
    /// No intent is known: the side most of its work faces (`Across`
    /// when as much faces inward as outward).
    Leaning(Side),
}

/// A score and the figures that gave it, for the sentence that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sum {
    /// What the portfolio was judged against.
    pub against: Against,
    /// Percent of the size facing away from that side (against `Across`:
    /// the work of other than cross-cutting kinds).
    pub away: u32,
    /// Percent facing both ways, counted half (0 against `Across`).
    pub both: u32,
    /// Percent of cross-cutting work, which counts against neither side.
    pub across: u32,
    /// The score, 0..=100.
    pub score: u32,
    /// Whether the sum came below 0 and the score is held at 0.
    pub held_at_zero: bool,
}

/// What a clarity figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// Nothing to weigh: the executive holds nothing (or nobody does).
    Nothing,
    /// One executive holds all the work, covering both sides by design.
    NotGraded,
    /// A score, 0..=100.
    Score(u32),
}

impl Grade {
    /// The score, if there is one.
    pub fn score(self) -> Option<u32> {
        match self {
            Self::Score(score) => Some(score),
            Self::Nothing | Self::NotGraded => None,
        }
    }

    /// How a table cell or a badge writes it: "72", "not graded", "–".
    pub fn short(self) -> String {
        match self {
            Self::Score(score) => score.to_string(),
            Self::NotGraded => "not graded".to_owned(),
            Self::Nothing => "–".to_owned(),
        }
    }
}

/// One executive's portfolio, what it is meant to lead, and whether it is
/// the only executive holding work: everything its score and its sentence
/// are worked out from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Judged {
    /// What the portfolio holds.
    pub portfolio: Portfolio,
    /// What the executive is meant to lead, if that is known.
    pub intent: Option<Intent>,
    /// Whether it is the only executive of the design holding work.
    pub sole: bool,
}

impl Judged {
    /// The grade: nothing, not graded, or a score.
    pub fn grade(&self) -> Grade {
        if self.portfolio.size <= 0.0 {
            Grade::Nothing
        } else if self.sole {
            Grade::NotGraded
        } else {
            self.sum()
                .map_or(Grade::Nothing, |sum| Grade::Score(sum.score))
        }
    }

    /// The score, 0..=100, or `None` when it holds nothing or is the only
    /// executive holding work.
    pub fn score(&self) -> Option<u32> {
        self.grade().score()
    }

    /// The figures that give the score (`None` when there is no score).
    pub fn sum(&self) -> Option<Sum> {
        let p = &self.portfolio;
        if p.size <= 0.0 || self.sole {
            return None;
        }
        let against = match self.intent.map(|i| i.side) {
            Some(Side::Across) => Against::Across,
            Some(side) => Against::Side(side),
            None if p.outward > p.inward => Against::Leaning(Side::External),
            None if p.outward < p.inward => Against::Leaning(Side::Internal),
            None => Against::Leaning(Side::Across),
        };
        let (away, both) = match against {
            Against::Across => (p.percent(p.inward + p.both_ways + p.outward), 0),
            Against::Side(Side::Internal | Side::Across)
            | Against::Leaning(Side::Internal | Side::Across) => {
                (p.percent(p.outward), p.percent(p.both_ways))
            }
            Against::Side(_) | Against::Leaning(_) => (p.percent(p.inward), p.percent(p.both_ways)),
        };
        // 2 × (away + both ÷ 2), in whole numbers.
        let raw = 100 - 2 * i64::from(away) - i64::from(both);
        Some(Sum {
            against,
            away,
            both,
            across: p.percent(p.cross_cutting()),
            // Held in 0..=100, so the conversion cannot fail.
            score: u32::try_from(raw.clamp(0, 100)).unwrap_or(0),
            held_at_zero: raw < 0,
        })
    }

    /// How the score was reached, in one sentence: what it was judged
    /// against (and whether that was assumed from the title), the shares
    /// that count and the sum.
    pub fn explain(&self) -> String {
        explain::executive(self)
    }
}

/// The clarity of every executive of a design and of the design as a whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DesignClarity {
    /// One per executive, in the design's order.
    pub executives: Vec<Judged>,
    /// The size-weighted mean of the executives' scores (`None`: nobody
    /// holds anything, or one executive holds it all).
    pub overall: Option<u32>,
}

impl DesignClarity {
    /// Worked out from `design` in one pass over its cards.
    pub fn of(design: &Design) -> Self {
        let positions: HashMap<&ExecutiveId, usize> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, i))
            .collect();
        let mut portfolios = vec![Portfolio::default(); design.executives.len()];
        for card in &design.responsibilities {
            if let Some(&i) = card.owner.as_ref().and_then(|o| positions.get(o)) {
                portfolios[i].add(card);
            }
        }
        Self::from_portfolios(design, portfolios)
    }

    /// The same figures from an [`Index`](super::Index) of the design,
    /// which already groups the cards by owner.
    pub fn of_indexed(design: &Design, index: &super::Index) -> Self {
        let portfolios = (0..design.executives.len())
            .map(|i| {
                Portfolio::of(
                    index
                        .cards(Some(i))
                        .iter()
                        .map(|&c| &*design.responsibilities[c]),
                )
            })
            .collect();
        Self::from_portfolios(design, portfolios)
    }

    fn from_portfolios(design: &Design, portfolios: Vec<Portfolio>) -> Self {
        let holding = portfolios.iter().filter(|p| p.size > 0.0).count();
        let executives: Vec<Judged> = design
            .executives
            .iter()
            .zip(portfolios)
            .map(|(executive, portfolio)| Judged {
                portfolio,
                intent: intent::of(executive),
                sole: holding == 1 && portfolio.size > 0.0,
            })
            .collect();
        let (weighted, weight) = executives
            .iter()
            .filter_map(|j| j.score().map(|s| (f64::from(s), j.portfolio.size)))
            .fold((0.0, 0.0), |(sum, total), (s, w)| (sum + s * w, total + w));
        // A mean of scores in 0..=100 stays in 0..=100.
        let overall = (weight > 0.0).then(|| (weighted / weight).round().clamp(0.0, 100.0) as u32);
        Self {
            executives,
            overall,
        }
    }

    /// The score of the executive at `index` in the design's list.
    pub fn executive_at(&self, index: usize) -> Option<u32> {
        self.executives.get(index).and_then(Judged::score)
    }

    /// The grade of the executive at `index` (nothing, if out of range).
    pub fn grade_at(&self, index: usize) -> Grade {
        self.executives
            .get(index)
            .map_or(Grade::Nothing, Judged::grade)
    }

    /// The design's grade: nothing, not graded (one executive holds all
    /// the work) or the score.
    pub fn overall_grade(&self) -> Grade {
        match self.overall {
            Some(score) => Grade::Score(score),
            None if self.executives.iter().any(|j| j.sole) => Grade::NotGraded,
            None => Grade::Nothing,
        }
    }

    /// How the executive at `index` got its score, in one sentence.
    pub fn explain_at(&self, index: usize) -> String {
        self.executives
            .get(index)
            .map_or_else(|| explain::executive(&Judged::default()), Judged::explain)
    }

    /// How the design's score was reached, in one sentence.
    pub fn explain_overall(&self) -> String {
        explain::design(self)
    }
}
