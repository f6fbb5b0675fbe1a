//! How internal- or external-facing a portfolio is: per executive, for the
//! unassigned tray and for the whole organisation.
//!
//! External % = Σ size·share ÷ Σ size over the items counted; internal % is
//! the rest. An empty portfolio has no percentage at all (not 0 %).

use std::collections::HashMap;

use super::design::{Design, ExecutiveId, Responsibility};

/// Which way a single responsibility faces, for the card's marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facing {
    /// External share below 1/3: employees, operations.
    Internal,
    /// Between 1/3 and 2/3: both ways.
    Mixed,
    /// External share of 2/3 or more: customers, product.
    External,
}

impl Facing {
    /// Classifies an external share in 0..=1.
    pub fn of_share(external_share: f64) -> Self {
        if external_share < 1.0 / 3.0 {
            Self::Internal
        } else if external_share < 2.0 / 3.0 {
            Self::Mixed
        } else {
            Self::External
        }
    }

    /// A lower-case word for labels: "internal", "mixed", "external".
    pub fn word(self) -> &'static str {
        match self {
            Self::Internal => "internal",
            Self::Mixed => "mixed",
            Self::External => "external",
        }
    }
}

/// The totals of a set of responsibilities.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Balance {
    /// Number of items.
    pub count: usize,
    /// Σ size.
    pub size: f64,
    /// Σ size · external share.
    pub external_size: f64,
}

impl Balance {
    /// Totals over `items`.
    pub fn of<'a>(items: impl IntoIterator<Item = &'a Responsibility>) -> Self {
        let mut balance = Self::default();
        for item in items {
            balance.add(item);
        }
        balance
    }

    fn add(&mut self, item: &Responsibility) {
        self.count += 1;
        self.size += item.size;
        self.external_size += item.size * item.external_share;
    }

    /// This portfolio with `item` added: what it would be if the item moved
    /// in (a preview costs no pass over the portfolio).
    pub fn with(mut self, item: &Responsibility) -> Self {
        self.add(item);
        self
    }

    /// This portfolio with `item` (one of its items) taken out. Taking out
    /// the last item leaves it exactly empty, whatever rounding the sums
    /// carried.
    pub fn without(self, item: &Responsibility) -> Self {
        if self.count <= 1 {
            return Self::default();
        }
        Self {
            count: self.count - 1,
            size: (self.size - item.size).max(0.0),
            external_size: (self.external_size - item.size * item.external_share).max(0.0),
        }
    }

    /// External-facing fraction 0..=1, or `None` when there is nothing to weigh.
    pub fn external_fraction(&self) -> Option<f64> {
        (self.size > 0.0).then(|| (self.external_size / self.size).clamp(0.0, 1.0))
    }

    /// External-facing percentage rounded to a whole number, or `None` when empty.
    pub fn external_percent(&self) -> Option<u32> {
        // The fraction is clamped to 0..=1, so the cast cannot truncate.
        self.external_fraction().map(|f| (f * 100.0).round() as u32)
    }

    /// Internal-facing percentage: 100 − the rounded external percentage, so
    /// the two shown numbers always add up to 100.
    pub fn internal_percent(&self) -> Option<u32> {
        self.external_percent().map(|e| 100 - e)
    }

    /// This portfolio's share of `total` size as a percentage 0..=100,
    /// or `None` when the total is empty.
    pub fn percent_of(&self, total: &Balance) -> Option<u32> {
        (total.size > 0.0)
            .then(|| ((self.size / total.size).clamp(0.0, 1.0) * 100.0).round() as u32)
    }
}

/// The balance of every executive, the tray and the organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct DesignBalance {
    /// One entry per executive, in the design's order.
    pub executives: Vec<(ExecutiveId, Balance)>,
    /// Where each executive is in `executives`.
    positions: HashMap<ExecutiveId, usize>,
    /// The unassigned tray.
    pub unassigned: Balance,
    /// Every responsibility in the design, assigned or not.
    pub organisation: Balance,
}

impl DesignBalance {
    /// Computes every balance of `design` in one pass over its items (work
    /// grows with executives + items, never executives × items).
    pub fn of(design: &Design) -> Self {
        let positions: HashMap<ExecutiveId, usize> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut executives: Vec<(ExecutiveId, Balance)> = design
            .executives
            .iter()
            .map(|e| (e.id.clone(), Balance::default()))
            .collect();
        let mut unassigned = Balance::default();
        let mut organisation = Balance::default();
        for item in &design.responsibilities {
            organisation.add(item);
            match item.owner.as_ref().and_then(|owner| positions.get(owner)) {
                Some(&i) => executives[i].1.add(item),
                None => unassigned.add(item),
            }
        }
        Self {
            executives,
            positions,
            unassigned,
            organisation,
        }
    }

    /// The same figures from an [`Index`](super::Index) of the design
    /// (which already groups the cards by owner): no id is looked up again.
    pub fn of_indexed(design: &Design, index: &super::Index) -> Self {
        let items =
            |cards: &[usize]| Balance::of(cards.iter().map(|&i| &*design.responsibilities[i]));
        let executives: Vec<(ExecutiveId, Balance)> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), items(index.cards(Some(i)))))
            .collect();
        let unassigned = items(index.cards(None));
        // In the design's order, so the sums are exactly those of `of`.
        let organisation = Balance::of(design.cards());
        Self {
            positions: design
                .executives
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.clone(), i))
                .collect(),
            executives,
            unassigned,
            organisation,
        }
    }

    /// The balance of one executive (empty if the id is unknown).
    pub fn executive(&self, id: &ExecutiveId) -> Balance {
        self.positions
            .get(id)
            .and_then(|&i| self.executives.get(i))
            .map(|(_, b)| *b)
            .unwrap_or_default()
    }

    /// The balance of the executive at `index` in the design's list.
    pub fn executive_at(&self, index: usize) -> Balance {
        self.executives
            .get(index)
            .map(|(_, b)| *b)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_and_without_match_the_figures_counted_afresh() {
        let design = crate::templates::default_design();
        let items: Vec<&Responsibility> = design.cards().collect();
        let all = Balance::of(items.iter().copied());
        for (k, item) in items.iter().enumerate() {
            let rest: Vec<&Responsibility> = items
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, r)| *r)
                .collect();
            let without = all.without(item);
            let afresh = Balance::of(rest.iter().copied());
            assert_eq!(without.count, afresh.count);
            assert!((without.size - afresh.size).abs() < 1e-9);
            assert!((without.external_size - afresh.external_size).abs() < 1e-9);
            assert_eq!(without.external_percent(), afresh.external_percent());
            assert_eq!(
                Balance::of(rest.iter().copied()).with(item).count,
                all.count
            );
        }
        let one = Balance::of(items[..1].iter().copied());
        assert_eq!(one.without(items[0]), Balance::default());
        assert_eq!(Balance::default().with(items[0]), one);
    }

    #[test]
    fn the_indexed_figures_are_exactly_the_one_pass_figures() {
        for template in crate::templates::TEMPLATES {
            let mut design = (template.build)();
            // A card whose owner is gone counts in the tray in both.
            design.responsibilities[0].owner = Some(ExecutiveId("gone".into()));
            let index = crate::model::Index::of(&design);
            assert_eq!(
                DesignBalance::of_indexed(&design, &index),
                DesignBalance::of(&design)
            );
        }
    }
    use crate::model::Executive;
    use crate::model::design::{Position, ResponsibilityId, Rgb};

    fn item(id: &str, share: f64, size: f64, owner: Option<&str>) -> Responsibility {
        Responsibility {
            id: ResponsibilityId(id.into()),
            name: id.into(),
            description: String::new(),
            external_share: share,
            size,
            owner: owner.map(|o| ExecutiveId(o.into())),
            notes: String::new(),
            ..Default::default()
        }
    }

    fn exec(id: &str) -> Executive {
        Executive {
            id: ExecutiveId(id.into()),
            short_title: id.to_uppercase(),
            full_title: id.into(),
            colour: Rgb(0, 0, 0),
            position: Position::default(),
            ..Default::default()
        }
    }

    #[test]
    fn weighted_by_size() {
        let mut design = Design::empty("t");
        design.executives = vec![exec("cio"), exec("cto"), exec("ciso")];
        design.responsibilities = vec![
            item("a", 0.0, 3.0, Some("cio")),
            item("b", 1.0, 1.0, Some("cio")),
            item("c", 0.9, 2.0, Some("cto")),
            item("d", 0.5, 4.0, None),
        ]
        .into_iter()
        .map(Into::into)
        .collect();
        let balance = DesignBalance::of(&design);
        let cio = balance.executive(&ExecutiveId("cio".into()));
        assert_eq!(cio.count, 2);
        assert_eq!(cio.size, 4.0);
        assert_eq!(cio.external_percent(), Some(25));
        assert_eq!(cio.internal_percent(), Some(75));
        let cto = balance.executive(&ExecutiveId("cto".into()));
        assert_eq!(cto.external_percent(), Some(90));
        // An executive with nothing has no percentage, not 0 %.
        let ciso = balance.executive(&ExecutiveId("ciso".into()));
        assert_eq!(ciso.count, 0);
        assert_eq!(ciso.external_percent(), None);
        assert_eq!(ciso.percent_of(&balance.organisation), Some(0));
        assert_eq!(balance.unassigned.count, 1);
        assert_eq!(balance.unassigned.size, 4.0);
        assert_eq!(balance.organisation.count, 4);
        assert_eq!(balance.organisation.size, 10.0);
        // (0 + 1 + 1.8 + 2) / 10 = 48 %
        assert_eq!(balance.organisation.external_percent(), Some(48));
        assert_eq!(cio.percent_of(&balance.organisation), Some(40));
    }

    #[test]
    fn percentages_always_add_to_100() {
        for (share, size) in [(0.333, 1.0), (0.005, 7.0), (0.995, 3.0), (0.5, 0.1)] {
            let b = Balance::of([&item("x", share, size, None)]);
            let (Some(i), Some(e)) = (b.internal_percent(), b.external_percent()) else {
                panic!("non-empty balance must have percentages");
            };
            assert_eq!(i + e, 100);
        }
    }

    #[test]
    fn empty_design_has_no_percentages() {
        let balance = DesignBalance::of(&Design::empty("t"));
        assert_eq!(balance.organisation.external_percent(), None);
        assert_eq!(balance.unassigned.percent_of(&balance.organisation), None);
    }

    #[test]
    fn facing_thresholds() {
        assert_eq!(Facing::of_share(0.0), Facing::Internal);
        assert_eq!(Facing::of_share(0.33), Facing::Internal);
        assert_eq!(Facing::of_share(0.34), Facing::Mixed);
        assert_eq!(Facing::of_share(0.5), Facing::Mixed);
        assert_eq!(Facing::of_share(0.67), Facing::External);
        assert_eq!(Facing::of_share(1.0), Facing::External);
    }
}
