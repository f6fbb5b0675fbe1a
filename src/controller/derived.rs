//! What the window reads about the design, computed once per change (never
//! per frame, never per box): where everything is, every balance, and which
//! catalog entries the design already has.

use crate::chart::ChartGeometry;
use crate::document::Document;
use crate::model::{
    CardFacts, DesignBalance, DesignClarity, DesignInvolvement, Finding, Index, findings_with,
};

/// What the window reads about the design, computed once per change: where
/// everything is, and every balance.
#[derive(Clone, Debug)]
pub struct Derived {
    pub(super) revision: u64,
    /// Positions of ids and the cards of each owner.
    pub index: Index,
    /// The balance of every executive, the tray and the organisation.
    pub balance: DesignBalance,
    /// How many of other executives' items each executive holds a role on.
    pub involvement: DesignInvolvement,
    /// How well each executive's portfolio fits what it leads, and the
    /// design's weighted mean.
    pub clarity: DesignClarity,
    /// What looks wrong or worth a second thought, highest severity first.
    pub findings: Vec<Finding>,
    /// What the findings know of each card on its own, kept between
    /// changes so a change reads only the cards it touched.
    card_facts: CardFacts,
    /// Where every box, card and connector of the chart goes.
    pub chart: ChartGeometry,
    /// For each catalog entry, whether a card of that name is in the design
    /// (worked out the first time the catalog is shown).
    in_design: std::cell::OnceCell<Vec<bool>>,
}

impl Derived {
    pub(super) fn of(document: &Document) -> Self {
        Self::with_card_facts(document, Index::of(document.design()), None)
    }

    /// What the window reads about `document` now, from what it read
    /// about an earlier revision of the same design: the facts of each
    /// card are brought up to date from what the change did to the cards,
    /// the rest is worked out again.
    pub(super) fn follow(&mut self, document: &Document) {
        let index = Index::of(document.design());
        let mut card_facts = std::mem::take(&mut self.card_facts);
        card_facts.follow(
            document.cards_change_since(self.revision),
            &self.index,
            &index,
            document.design(),
        );
        *self = Self::with_card_facts(document, index, Some(card_facts));
    }

    fn with_card_facts(document: &Document, index: Index, card_facts: Option<CardFacts>) -> Self {
        let design = document.design();
        let card_facts = card_facts.unwrap_or_else(|| CardFacts::of(design));
        let balance = DesignBalance::of_indexed(design, &index);
        Self {
            revision: document.revision(),
            chart: ChartGeometry::of(design, &index, &crate::chart::estimated_measure),
            clarity: DesignClarity::of_indexed(design, &index),
            findings: findings_with(design, &index, &balance, &card_facts),
            card_facts,
            balance,
            involvement: DesignInvolvement::of_indexed(design, &index),
            index,
            in_design: std::cell::OnceCell::new(),
        }
    }

    /// Brings the chart up to date after boxes moved and nothing else
    /// changed: the index, balances and card layout stay as they are.
    pub(super) fn moved(&mut self, document: &Document) {
        self.chart.moved(document.design(), &self.index);
        self.revision = document.revision();
    }

    /// For each entry of the catalog, whether the design has a card of
    /// that name.
    pub fn catalog_in_design(&self, design: &crate::model::Design) -> &[bool] {
        self.in_design.get_or_init(|| {
            let names: std::collections::HashSet<&str> = design
                .responsibilities
                .iter()
                .map(|r| r.name.as_str())
                .collect();
            crate::model::catalog::CATALOG
                .iter()
                .map(|entry| names.contains(entry.name))
                .collect()
        })
    }
}
