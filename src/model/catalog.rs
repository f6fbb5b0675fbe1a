//! The built-in catalog of technology responsibilities, with the facing and
//! the usual owner practitioners start from. Every value is only a default:
//! a design copies an entry and the user may change anything.

use super::design::{ExecutiveId, Responsibility, ResponsibilityId};

/// Who usually owns a responsibility in the traditional split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsualOwner {
    /// The internal-facing executive.
    Cio,
    /// The external-facing executive.
    Cto,
    /// Practitioners disagree: a judgement call, not an error.
    Contested,
}

/// One entry of the catalog.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogEntry {
    /// Stable id used in designs, e.g. `"security"`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// One line saying what it covers (our own words).
    pub description: &'static str,
    /// Default external share, 0 = internal, 1 = external.
    pub external_share: f64,
    /// Default size in points.
    pub size: f64,
    /// Who usually owns it.
    pub usual_owner: UsualOwner,
    /// Why the owner is debated, where it is.
    pub caveat: &'static str,
}

impl CatalogEntry {
    /// A responsibility built from this entry, owned by `owner`.
    pub fn to_responsibility(&self, owner: Option<ExecutiveId>) -> Responsibility {
        Responsibility {
            id: ResponsibilityId(self.id.to_owned()),
            name: self.name.to_owned(),
            description: self.description.to_owned(),
            external_share: self.external_share,
            size: self.size,
            owner,
            notes: self.caveat.to_owned(),
            ..Default::default()
        }
    }
}

/// Every built-in responsibility, internal-facing first.
pub const CATALOG: &[CatalogEntry] = &[
    CatalogEntry {
        id: "infrastructure",
        name: "Infrastructure",
        description: "Data centres, networks, cloud accounts, patching and monitoring that everything runs on.",
        external_share: 0.15,
        size: 5.0,
        usual_owner: UsualOwner::Cio,
        caveat: "Some organisations give it to the CTO, or split off the infrastructure that serves the product.",
    },
    CatalogEntry {
        id: "service-delivery",
        name: "Service delivery & IT support",
        description: "Help desk tiers I to III, laptops and accounts, joiners and leavers.",
        external_share: 0.05,
        size: 4.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "pmo",
        name: "PMO",
        description: "Runs the portfolio of technology projects: intake, priorities, status and delivery.",
        external_share: 0.10,
        size: 2.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "it-operations",
        name: "IT operations",
        description: "Keeps internal systems running day to day: incidents, changes, backups, on-call.",
        external_share: 0.10,
        size: 3.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "enterprise-apps",
        name: "Enterprise applications",
        description: "The systems staff work in every day: finance, HR, CRM, collaboration tools.",
        external_share: 0.10,
        size: 4.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "security",
        name: "Information security",
        description: "Protects systems and data, sets the security bar for products and for internal IT.",
        external_share: 0.40,
        size: 3.0,
        usual_owner: UsualOwner::Cio,
        caveat: "Often with the CIO in smaller firms; a CISO may report to either executive, and both must agree the security bar.",
    },
    CatalogEntry {
        id: "compliance",
        name: "Compliance & data protection",
        description: "Regulatory duties, privacy, audits and the evidence that controls work.",
        external_share: 0.30,
        size: 2.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "continuity",
        name: "Business continuity & DR",
        description: "Plans and rehearses how the company keeps working and recovers after an outage.",
        external_share: 0.25,
        size: 1.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "it-budget",
        name: "IT budget & strategy alignment",
        description: "Sets technology spending and ties it to the business plan.",
        external_share: 0.10,
        size: 1.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "change-management",
        name: "Change management & internal comms",
        description: "Helps employees adopt new systems and explains what changes and why.",
        external_share: 0.05,
        size: 1.0,
        usual_owner: UsualOwner::Cio,
        caveat: "",
    },
    CatalogEntry {
        id: "data-analytics",
        name: "Data management & analytics",
        description: "Data platforms, reporting and analytics; data has to flow between product and internal systems.",
        external_share: 0.35,
        size: 3.0,
        usual_owner: UsualOwner::Cio,
        caveat: "Data crosses the line between product and internal IT, so both executives depend on it.",
    },
    CatalogEntry {
        id: "vendor-management",
        name: "Vendor management",
        description: "Chooses, contracts and manages technology suppliers and cloud providers.",
        external_share: 0.50,
        size: 2.0,
        usual_owner: UsualOwner::Contested,
        caveat: "Practitioners disagree: some place it with the CIO (IT and cloud suppliers), others with the CTO.",
    },
    CatalogEntry {
        id: "architecture",
        name: "Technology architecture",
        description: "The target shape of systems and platforms, and the standards they follow.",
        external_share: 0.50,
        size: 2.0,
        usual_owner: UsualOwner::Contested,
        caveat: "Sits with the CIO in one common model and with the CTO in another.",
    },
    CatalogEntry {
        id: "rnd",
        name: "R&D",
        description: "Research and prototypes that could become future products.",
        external_share: 0.85,
        size: 3.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
    CatalogEntry {
        id: "product-development",
        name: "Product development",
        description: "Builds and evolves the technology in what the company sells.",
        external_share: 0.90,
        size: 6.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
    CatalogEntry {
        id: "engineering",
        name: "Engineering & web development",
        description: "Engineering teams, the public website and customer-facing apps.",
        external_share: 0.85,
        size: 5.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
    CatalogEntry {
        id: "innovation",
        name: "Emerging technology & innovation",
        description: "Scouts new technology and judges what it could mean for the market.",
        external_share: 0.75,
        size: 1.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
    CatalogEntry {
        id: "partnerships",
        name: "Tech partnerships & client engagement",
        description: "Meets clients, speaks at conferences and builds technology partnerships.",
        external_share: 0.95,
        size: 1.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
    CatalogEntry {
        id: "product-strategy",
        name: "Product technology strategy & vision",
        description: "Where the product's technology is heading and how it will stay ahead.",
        external_share: 0.80,
        size: 1.0,
        usual_owner: UsualOwner::Cto,
        caveat: "",
    },
];

/// The catalog entry with this id.
pub fn entry(id: &str) -> Option<&'static CatalogEntry> {
    CATALOG.iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn catalog_is_valid() {
        let mut ids = HashSet::new();
        for e in CATALOG {
            assert!(ids.insert(e.id), "duplicate id {}", e.id);
            assert!((0.0..=1.0).contains(&e.external_share), "{}", e.id);
            assert!(e.size > 0.0, "{}", e.id);
            assert!(!e.name.is_empty() && !e.description.is_empty(), "{}", e.id);
            if e.usual_owner == UsualOwner::Contested {
                assert!(!e.caveat.is_empty(), "contested {} must say why", e.id);
            }
        }
        assert!(CATALOG.len() >= 19);
    }

    #[test]
    fn the_five_users_expect_are_there() {
        for id in [
            "infrastructure",
            "pmo",
            "rnd",
            "vendor-management",
            "security",
        ] {
            assert!(entry(id).is_some(), "{id} missing from the catalog");
        }
    }
}
