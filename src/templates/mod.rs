//! Ready-made designs: the default design the app opens on, and the worked
//! examples shipped under `assets/examples/` (each built from the catalog's
//! entries from the published sources, so the files and the code cannot
//! drift apart; a test checks that). Each has a reporting structure, and is
//! laid out by the chart's tidy layout. Each comes with an
//! [`Explanation`] ([`explanations`]): when it fits, what to watch for, and
//! every finding its design produces.

use crate::model::design::Design;

pub mod blank;
pub mod closest;
pub mod explanations;
mod models;

pub use closest::closest;
pub use explanations::{Expected, Explanation, Item};
pub use models::default_design;
use models::{cto_has_taken_over, cto_over_infrastructure, product_company, single_executive};

/// A template: a file name under `assets/examples/` and how to build it.
pub struct Template {
    /// File stem, e.g. `"traditional-split"`.
    pub file_stem: &'static str,
    /// Menu label.
    pub title: &'static str,
    /// Builds the design.
    pub build: fn() -> Design,
    /// When it fits, what to watch for, and the findings it produces.
    pub explanation: &'static Explanation,
}

/// Every shipped template, the default first.
pub const TEMPLATES: &[Template] = &[
    Template {
        file_stem: "traditional-split",
        title: "Traditional split (CIO and CTO as peers)",
        build: default_design,
        explanation: &explanations::TRADITIONAL_SPLIT,
    },
    Template {
        file_stem: "product-company",
        title: "Product company (head of IT under the CTO)",
        build: product_company,
        explanation: &explanations::PRODUCT_COMPANY,
    },
    Template {
        file_stem: "cto-over-infrastructure",
        title: "CTO over infrastructure and architecture",
        build: cto_over_infrastructure,
        explanation: &explanations::CTO_OVER_INFRASTRUCTURE,
    },
    Template {
        file_stem: "cto-has-taken-over",
        title: "CTO has taken over (head of infrastructure under the CTO)",
        build: cto_has_taken_over,
        explanation: &explanations::CTO_HAS_TAKEN_OVER,
    },
    Template {
        file_stem: "single-executive",
        title: "Single technology executive (a CIO backed by a digital lead)",
        build: single_executive,
        explanation: &explanations::SINGLE_EXECUTIVE,
    },
];

/// The design of every template, in [`TEMPLATES`] order, built once per
/// process (the gallery's previews and [`closest`] both read them).
pub fn designs() -> &'static [Design] {
    static DESIGNS: std::sync::OnceLock<Vec<Design>> = std::sync::OnceLock::new();
    DESIGNS.get_or_init(|| TEMPLATES.iter().map(|t| (t.build)()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_design_follows_the_traditional_split() {
        let design = default_design();
        let owner = |id: &str| {
            design
                .responsibilities
                .iter()
                .find(|r| r.id.0 == id)
                .and_then(|r| r.owner.clone())
                .map(|o| o.0)
        };
        assert_eq!(owner("infrastructure").as_deref(), Some("cio"));
        assert_eq!(owner("security").as_deref(), Some("cio"));
        assert_eq!(owner("pmo").as_deref(), Some("cio"));
        assert_eq!(owner("rnd").as_deref(), Some("cto"));
        assert_eq!(owner("vendor-management").as_deref(), Some("cio"));
        assert_eq!(owner("architecture").as_deref(), Some("cto"));
    }
}
