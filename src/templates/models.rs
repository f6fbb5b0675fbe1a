//! The designs of the five reference models, each built from the
//! catalog's entries from the sources (and a few of our own where a model
//! needs them), with its reporting lines, the company it suits, the
//! placements it settles on purpose (each saying why in the card's notes)
//! and the roles its two sides share.

use crate::model::catalog::{self, UsualOwner, sources};
use crate::model::company::{Company, Goal, Sector};
use crate::model::design::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Orientation, ReportsTo, Responsibility, Rgb,
    Role,
};
use crate::model::palette;

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
                entry.to_responsibility(owner).into()
            })
            .collect(),
        ..Default::default()
    };
    crate::chart::tidy::tidy_in_place(&mut design, &crate::chart::estimated_measure);
    design
}

/// Gives `executive` the `role` on the card `item`.
fn share(design: &mut Design, item: &str, executive: &str, role: Role) {
    if let Some(r) = card_mut(design, item) {
        r.roles.insert(ExecutiveId(executive.to_owned()), role);
    }
}

fn card_mut<'a>(design: &'a mut Design, item: &str) -> Option<&'a mut Responsibility> {
    design
        .responsibilities
        .iter_mut()
        .find(|r| r.id.0 == item)
        .map(|r| &mut **r)
}

/// Marks the place of the card `item` as deliberate, saying why in its
/// notes (the model settles an argued placement on purpose).
fn settle(design: &mut Design, item: &str, why: &str) {
    if let Some(r) = card_mut(design, item) {
        r.deliberate = true;
        r.notes = why.to_owned();
    }
}

/// Adds the catalog entry `id` (one of our own, beyond the sources' list),
/// owned by `owner`.
fn add_from_catalog(design: &mut Design, id: &str, owner: &str) {
    if let Some(entry) = catalog::entry(id) {
        design.responsibilities.push(
            entry
                .to_responsibility(Some(ExecutiveId(owner.to_owned())))
                .into(),
        );
    }
}

/// The design the app opens on: CIO and CTO as peers under the CEO,
/// internal items with the CIO, external items with the CTO; the two items
/// the sources argue about are placed on purpose, each saying why, and the
/// work the two must share says so.
pub fn default_design() -> Design {
    let mut design = from_catalog(
        "Traditional split",
        vec![
            cio(ReportsTo::Ceo),
            cto(ReportsTo::Ceo, Orientation::External),
        ],
        |id, usual| match (id, usual) {
            ("architecture", _) => Some("cto"),
            (_, UsualOwner::Cto) => Some("cto"),
            _ => Some("cio"),
        },
    );
    settle(
        &mut design,
        "vendor-management",
        "With the CIO on purpose: most of what the company buys is IT and cloud for \
         its own systems. Revisit if the product's suppliers grow.",
    );
    settle(
        &mut design,
        "architecture",
        "With the CTO on purpose: the architecture that matters most here is the \
         product's; the CIO is consulted for the company's own systems.",
    );
    share(&mut design, "architecture", "cio", Role::Consulted);
    share(&mut design, "security", "cto", Role::Responsible);
    share(&mut design, "data-analytics", "cto", Role::Consulted);
    // The product's rollouts run on the CIO's platforms.
    share(&mut design, "infrastructure", "cto", Role::Consulted);
    share(&mut design, "it-operations", "cto", Role::Informed);
    share(&mut design, "continuity", "cto", Role::Informed);
    share(&mut design, "product-development", "cio", Role::Consulted);
    design
}

/// A software company: the CTO is senior and owns the product and the
/// infrastructure it runs on (which faces outward here); the head of IT,
/// who reports to the CTO, owns the company's own IT operations and the
/// staff's systems.
pub(super) fn product_company() -> Design {
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
            "service-delivery" | "it-operations" | "enterprise-apps" | "change-management"
            | "it-budget" | "pmo" | "compliance" | "continuity" => Some("head-of-it"),
            _ => Some("cto"),
        },
    );
    design.company = Company {
        people: Some(400),
        sector: Sector::Software,
        goal: Goal::Product,
        ..Default::default()
    };
    if let Some(infrastructure) = card_mut(&mut design, "infrastructure") {
        infrastructure.name = "Product infrastructure".to_owned();
        infrastructure.description =
            "The cloud, networks and monitoring the product runs on.".to_owned();
        infrastructure.external_share = 0.7;
        infrastructure.deliberate = true;
        infrastructure.notes = "With the CTO on purpose: in a product company the \
                                infrastructure is the product's, and its uptime is what \
                                customers pay for. The staff's own IT runs with the head \
                                of IT."
            .to_owned();
    }
    settle(
        &mut design,
        "vendor-management",
        "With the CTO on purpose: most spending goes to the product's suppliers; the \
         head of IT is consulted on the staff's tools.",
    );
    settle(
        &mut design,
        "architecture",
        "With the CTO on purpose: the architecture is the product's.",
    );
    share(
        &mut design,
        "vendor-management",
        "head-of-it",
        Role::Consulted,
    );
    settle(
        &mut design,
        "security",
        "With the CTO on purpose: customer data and the product are the main \
         target; the head of IT is responsible for the staff's side.",
    );
    share(&mut design, "security", "head-of-it", Role::Responsible);
    share(&mut design, "infrastructure", "head-of-it", Role::Consulted);
    share(&mut design, "it-operations", "cto", Role::Informed);
    // Data flows between the product and the company's own reporting: the
    // head of IT has a say in it.
    share(&mut design, "data-analytics", "head-of-it", Role::Consulted);
    design
}

/// A large enterprise heavy on its own application development: the CIO
/// leads application-development VPs aligned to business areas (the one
/// for sales and service builds what customers use), the CTO runs the
/// platform (architecture, infrastructure, operations) and scouts new
/// technology; a CISO owns security under the CTO with a dotted line to the
/// CIO.
pub(super) fn cto_over_infrastructure() -> Design {
    let ciso = executive(
        "ciso",
        "CISO",
        "Chief Information Security Officer",
        CISO_GREEN,
        under("cto"),
        Orientation::Mixed,
    );
    let vp_finance = executive(
        "vp-apps-finance",
        "VP Apps Finance",
        "VP, Applications for Finance & Operations",
        palette::PALETTE[3],
        under("cio"),
        Orientation::Internal,
    );
    let vp_sales = Executive {
        notes: "Reports to the CIO on purpose: all application teams sit together, \
                each aligned to a business area; this one builds what customers use."
            .to_owned(),
        ..executive(
            "vp-apps-sales",
            "VP Apps Sales",
            "VP, Applications for Sales & Service",
            palette::PALETTE[4],
            under("cio"),
            Orientation::External,
        )
    };
    let mut design = from_catalog(
        "CTO over infrastructure",
        vec![
            cio(ReportsTo::Ceo),
            cto(ReportsTo::Ceo, Orientation::Internal),
            ciso,
            vp_finance,
            vp_sales,
        ],
        |id, _| match id {
            "infrastructure" | "it-operations" | "architecture" | "continuity" | "innovation" => {
                Some("cto")
            }
            "enterprise-apps" | "change-management" => Some("vp-apps-finance"),
            "product-development" | "engineering" | "rnd" | "product-strategy" | "partnerships" => {
                Some("vp-apps-sales")
            }
            "security" | "compliance" => Some("ciso"),
            _ => Some("cio"),
        },
    );
    add_from_catalog(&mut design, "business-automation", "vp-apps-finance");
    design.company = Company {
        people: Some(12_000),
        sector: Sector::Finance,
        goal: Goal::Both,
        ..Default::default()
    };
    if let Some(cto) = design.executives.iter_mut().find(|e| e.id.0 == "cto") {
        cto.notes = "Internal-facing on purpose: in this model the CTO keeps the platform \
                     standing for every application team."
            .to_owned();
    }
    design.dotted_lines.push(DottedLine {
        from: ExecutiveId("ciso".to_owned()),
        to: ExecutiveId("cio".to_owned()),
    });
    for (item, why) in [
        (
            "infrastructure",
            "With the CTO on purpose: the point of this model is one leader keeping the \
             platform standing for every application team.",
        ),
        (
            "architecture",
            "With the CTO on purpose: one architecture for the platform and the \
             application estate.",
        ),
        (
            "innovation",
            "With the CTO on purpose: the platform's chief scouts new technology for \
             every business area.",
        ),
        (
            "vendor-management",
            "With the CIO on purpose: most of what is bought is business \
             applications and their services.",
        ),
        (
            "security",
            "With the CISO on purpose, under the CTO who runs the platform; the CIO \
             and the customer applications are consulted, and the dotted line keeps \
             the applications in view.",
        ),
    ] {
        settle(&mut design, item, why);
    }
    share(&mut design, "security", "cio", Role::Consulted);
    share(&mut design, "security", "vp-apps-sales", Role::Consulted);
    share(&mut design, "security", "cto", Role::Responsible);
    share(&mut design, "enterprise-apps", "cto", Role::Consulted);
    share(
        &mut design,
        "infrastructure",
        "vp-apps-sales",
        Role::Consulted,
    );
    for item in ["it-operations", "continuity"] {
        share(&mut design, item, "vp-apps-sales", Role::Informed);
    }
    // Data flows between what customers use and the business's reporting.
    share(
        &mut design,
        "data-analytics",
        "vp-apps-sales",
        Role::Consulted,
    );
    share(&mut design, "data-analytics", "cto", Role::Consulted);
    crate::chart::tidy::tidy_in_place(&mut design, &crate::chart::estimated_measure);
    design
}

/// The CTO answers for all technology any user touches, and oversees a
/// head of infrastructure who runs the platforms, the business
/// applications, the suppliers, the architecture and the company's own IT.
pub(super) fn cto_has_taken_over() -> Design {
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
            cto(ReportsTo::Ceo, Orientation::External),
            head_of_infrastructure,
        ],
        |id, usual| match (id, usual) {
            ("security" | "compliance" | "data-analytics", _) => Some("cto"),
            ("vendor-management" | "architecture", _) | (_, UsualOwner::Cio) => {
                Some("head-of-infrastructure")
            }
            _ => Some("cto"),
        },
    );
    design.company = Company {
        people: Some(1_500),
        sector: Sector::Retail,
        goal: Goal::Product,
        ..Default::default()
    };
    for (item, why) in [
        (
            "infrastructure",
            "With the head of infrastructure on purpose: one team runs the platforms \
             for the product and the company alike.",
        ),
        (
            "vendor-management",
            "With the head of infrastructure on purpose: they run the suppliers.",
        ),
        (
            "architecture",
            "With the head of infrastructure on purpose: close to the platforms it \
             describes.",
        ),
        (
            "security",
            "With the CTO on purpose: one accountable leader for every system anyone \
             touches.",
        ),
    ] {
        settle(&mut design, item, why);
    }
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
    share(&mut design, "infrastructure", "cto", Role::Consulted);
    design
}

/// A small company whose technology serves the business: one technology
/// executive, a CIO as the goal of efficiency suggests, backed by a strong
/// head of digital product who reports to them and leads the external
/// side; the work the two must share says so.
pub(super) fn single_executive() -> Design {
    let head_of_digital = Executive {
        notes: "Reports to the CIO on purpose: one technology executive for a \
                company this size, backed by a strong lead for the digital products."
            .to_owned(),
        ..executive(
            "head-of-digital",
            "Head of Digital",
            "Head of Digital Products",
            CTO_ORANGE,
            under("cio"),
            Orientation::External,
        )
    };
    let mut design = from_catalog(
        "Single technology executive",
        vec![cio(ReportsTo::Ceo), head_of_digital],
        |_, usual| match usual {
            UsualOwner::Cto => Some("head-of-digital"),
            _ => Some("cio"),
        },
    );
    design.company = Company {
        people: Some(180),
        sector: Sector::Industry,
        goal: Goal::Efficiency,
        ..Default::default()
    };
    for (item, why) in [
        (
            "infrastructure",
            "With the CIO on purpose: one small team runs everything the company and \
             its digital products run on.",
        ),
        (
            "security",
            "With the CIO on purpose: the one technology executive sets the bar; the \
             head of digital is responsible for the products' side.",
        ),
        (
            "vendor-management",
            "With the CIO on purpose: one person signs the technology contracts.",
        ),
        (
            "architecture",
            "With the CIO on purpose: the one technology executive keeps the whole \
             consistent; the head of digital is consulted.",
        ),
    ] {
        settle(&mut design, item, why);
    }
    share(
        &mut design,
        "security",
        "head-of-digital",
        Role::Responsible,
    );
    share(
        &mut design,
        "data-analytics",
        "head-of-digital",
        Role::Consulted,
    );
    share(
        &mut design,
        "architecture",
        "head-of-digital",
        Role::Consulted,
    );
    share(
        &mut design,
        "infrastructure",
        "head-of-digital",
        Role::Consulted,
    );
    design
}
