//! Ready-made designs: the default design the app opens on, and the worked
//! examples shipped under `assets/examples/` (each built from the catalog's
//! entries from the published sources, so the files and the code cannot
//! drift apart; a test checks that). Each has a reporting structure, and is
//! laid out by the chart's tidy layout. Each comes with an
//! [`Explanation`] ([`explanations`]): when it fits, what to watch for, and
//! every finding its design produces.

use crate::model::catalog::{UsualOwner, sources};
use crate::model::design::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Orientation, ReportsTo, Rgb, Role,
};
use crate::model::palette;

pub mod blank;
pub mod closest;
pub mod explanations;

pub use closest::closest;
pub use explanations::{Expected, Explanation, Item};

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
        title: "Single technology executive (with a strong IT manager)",
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

fn executive(
    id: &str,
    short: &str,
    full: &str,
    colour: Rgb,
    reports_to: ReportsTo,
    orientation: Orientation,
) -> Executive {
    Executive {
        id: ExecutiveId(id.to_owned()),
        short_title: short.to_owned(),
        full_title: full.to_owned(),
        colour,
        reports_to,
        orientation,
        ..Default::default()
    }
}

fn under(id: &str) -> ReportsTo {
    ReportsTo::Executive(ExecutiveId(id.to_owned()))
}

const CIO_BLUE: Rgb = palette::PALETTE[0];
const CTO_ORANGE: Rgb = palette::PALETTE[1];
const CISO_GREEN: Rgb = palette::PALETTE[2];

fn cio(reports_to: ReportsTo) -> Executive {
    executive(
        "cio",
        "CIO",
        "Chief Information Officer",
        CIO_BLUE,
        reports_to,
        Orientation::Internal,
    )
}

fn cto(reports_to: ReportsTo, orientation: Orientation) -> Executive {
    executive(
        "cto",
        "CTO",
        "Chief Technology Officer",
        CTO_ORANGE,
        reports_to,
        orientation,
    )
}

/// Builds a design from the catalog's entries from the sources (the rest of
/// the catalog is for adding by hand), asking `owner_of` where each entry
/// goes, with a CEO box on top, then lays the chart out as a tree.
fn from_catalog(
    name: &str,
    executives: Vec<Executive>,
    owner_of: impl Fn(&str, UsualOwner) -> Option<&'static str>,
) -> Design {
    let mut design = Design {
        name: name.to_owned(),
        size_unit: "points".to_owned(),
        ceo: Some(Ceo::default()),
        executives,
        responsibilities: sources::ENTRIES
            .iter()
            .map(|entry| {
                let owner =
                    owner_of(entry.id, entry.usual_owner).map(|o| ExecutiveId(o.to_owned()));
                entry.to_responsibility(owner)
            })
            .collect(),
        ..Default::default()
    };
    crate::chart::tidy::tidy_in_place(&mut design, &crate::chart::estimated_measure);
    design
}

/// Gives `executive` the `role` on the card `item`.
fn share(design: &mut Design, item: &str, executive: &str, role: Role) {
    if let Some(r) = design.responsibilities.iter_mut().find(|r| r.id.0 == item) {
        r.roles.insert(ExecutiveId(executive.to_owned()), role);
    }
}

/// The design the app opens on: CIO and CTO as peers under the CEO,
/// internal items with the CIO, external items with the CTO, the contested
/// ones in the tray; the work the two must share says so.
pub fn default_design() -> Design {
    let mut design = from_catalog(
        "Traditional split",
        vec![
            cio(ReportsTo::Ceo),
            cto(ReportsTo::Ceo, Orientation::External),
        ],
        |_, usual| match usual {
            UsualOwner::Cio => Some("cio"),
            UsualOwner::Cto => Some("cto"),
            UsualOwner::Contested => None,
        },
    );
    share(&mut design, "security", "cto", Role::Responsible);
    share(&mut design, "data-analytics", "cto", Role::Consulted);
    share(&mut design, "it-operations", "cto", Role::Informed);
    share(&mut design, "product-development", "cio", Role::Consulted);
    design
}

/// A software company: the CTO owns almost everything, and the head of IT,
/// who reports to the CTO, keeps the employee-facing services.
fn product_company() -> Design {
    let head_of_it = executive(
        "head-of-it",
        "Head of IT",
        "Head of Internal IT",
        CIO_BLUE,
        under("cto"),
        Orientation::Internal,
    );
    let mut design = from_catalog(
        "Product company",
        vec![cto(ReportsTo::Ceo, Orientation::External), head_of_it],
        |id, _| match id {
            "service-delivery" | "enterprise-apps" | "change-management" | "it-budget" | "pmo" => {
                Some("head-of-it")
            }
            _ => Some("cto"),
        },
    );
    share(&mut design, "security", "head-of-it", Role::Responsible);
    share(&mut design, "it-operations", "head-of-it", Role::Consulted);
    // Data flows between the product and the company's own reporting: the
    // head of IT has a say in it.
    share(&mut design, "data-analytics", "head-of-it", Role::Consulted);
    design
}

/// A large enterprise: the CIO leads application work for the business
/// through two application-development VPs (business applications and
/// customer applications), the CTO owns architecture, infrastructure and
/// operations; a CISO owns security, reports to the CTO and keeps a dotted
/// line to the CIO.
fn cto_over_infrastructure() -> Design {
    let vp_business = executive(
        "vp-business-apps",
        "VP Business Apps",
        "VP, Business Applications",
        palette::PALETTE[3],
        under("cio"),
        Orientation::Internal,
    );
    let vp_customer = executive(
        "vp-customer-apps",
        "VP Customer Apps",
        "VP, Customer Applications",
        palette::PALETTE[4],
        under("cio"),
        Orientation::External,
    );
    let ciso = executive(
        "ciso",
        "CISO",
        "Chief Information Security Officer",
        CISO_GREEN,
        under("cto"),
        Orientation::Internal,
    );
    let mut design = from_catalog(
        "CTO over infrastructure",
        vec![
            cio(ReportsTo::Ceo),
            cto(ReportsTo::Ceo, Orientation::Mixed),
            ciso,
            vp_business,
            vp_customer,
        ],
        |id, usual| match id {
            "infrastructure" | "it-operations" | "architecture" | "continuity" => Some("cto"),
            "enterprise-apps" | "change-management" => Some("vp-business-apps"),
            "product-development" | "engineering" => Some("vp-customer-apps"),
            "security" | "compliance" => Some("ciso"),
            "vendor-management" => Some("cio"),
            _ => match usual {
                UsualOwner::Cto => Some("cto"),
                _ => Some("cio"),
            },
        },
    );
    design.dotted_lines.push(DottedLine {
        from: ExecutiveId("ciso".to_owned()),
        to: ExecutiveId("cio".to_owned()),
    });
    share(&mut design, "security", "cio", Role::Consulted);
    share(&mut design, "security", "cto", Role::Responsible);
    share(&mut design, "enterprise-apps", "cto", Role::Consulted);
    // Data flows between the platforms and the business's reporting: the
    // CTO, who runs the platforms, has a say in it.
    share(&mut design, "data-analytics", "cto", Role::Consulted);
    design
}

/// The CTO answers for all technology any user touches, and oversees a
/// head of infrastructure who runs the platforms, the business
/// applications, the suppliers and the architecture.
fn cto_has_taken_over() -> Design {
    let head_of_infrastructure = executive(
        "head-of-infrastructure",
        "Head of Infra",
        "Head of Infrastructure",
        CIO_BLUE,
        under("cto"),
        Orientation::Internal,
    );
    let mut design = from_catalog(
        "CTO has taken over",
        vec![
            cto(ReportsTo::Ceo, Orientation::Mixed),
            head_of_infrastructure,
        ],
        |id, _| match id {
            "infrastructure" | "it-operations" | "enterprise-apps" | "vendor-management"
            | "architecture" | "continuity" => Some("head-of-infrastructure"),
            _ => Some("cto"),
        },
    );
    share(
        &mut design,
        "security",
        "head-of-infrastructure",
        Role::Responsible,
    );
    share(
        &mut design,
        "data-analytics",
        "head-of-infrastructure",
        Role::Consulted,
    );
    design
}

/// A small company with one technology executive under the CEO, backed by
/// a strong IT manager who reports to them and runs the internal side; the
/// work the two must share says so.
fn single_executive() -> Design {
    let it_manager = executive(
        "it-manager",
        "IT Manager",
        "IT Manager (internal systems)",
        CIO_BLUE,
        under("cto"),
        Orientation::Internal,
    );
    let mut design = from_catalog(
        "Single technology executive",
        vec![cto(ReportsTo::Ceo, Orientation::Mixed), it_manager],
        |_, usual| match usual {
            UsualOwner::Cio => Some("it-manager"),
            _ => Some("cto"),
        },
    );
    share(&mut design, "security", "cto", Role::Consulted);
    share(&mut design, "data-analytics", "cto", Role::Consulted);
    design
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
        assert_eq!(owner("vendor-management"), None);
        assert_eq!(owner("architecture"), None);
    }
}
