//! Other names for the catalog's responsibilities, in English and German,
//! as clients' spreadsheets write them: "IT security" and
//! "Informationssicherheit" are the catalog's "Information security". The
//! import uses them to find a card already in the design that a row is
//! about (see `matching`), never to rename anything.
//!
//! Only true other names are listed, not parts: "Data centre" is part of
//! infrastructure, not another name for it, so a row called so is never
//! taken for the design's "Infrastructure" card. Names are compared by
//! [`super::matching::name_key`] (case, spaces and punctuation do not
//! matter), so each is written once, as people write it.

/// For each catalog id, the other names it goes by.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "infrastructure",
        &[
            "IT infrastructure",
            "Infrastruktur",
            "IT-Infrastruktur",
            "Infra",
        ],
    ),
    (
        "service-delivery",
        &[
            "IT support",
            "Service desk",
            "IT service desk",
            "Help desk",
            "Helpdesk",
            "User help desk",
            "Service delivery",
            "IT-Support",
            "Anwenderbetreuung",
        ],
    ),
    (
        "pmo",
        &[
            "Project management office",
            "Programme management office",
            "Program management office",
            "Portfolio management office",
            "IT PMO",
            "Project office",
            "Projektbüro",
            "Projektmanagement-Office",
        ],
    ),
    (
        "it-operations",
        &["IT Ops", "IT-Betrieb", "IT Betrieb", "Operations (IT)"],
    ),
    (
        "enterprise-apps",
        &[
            "Business applications",
            "Corporate applications",
            "Enterprise apps",
            "Fachanwendungen",
        ],
    ),
    (
        "security",
        &[
            "IT security",
            "Cyber security",
            "Cybersecurity",
            "InfoSec",
            "Information security management",
            "ISMS",
            "Informationssicherheit",
            "IT-Sicherheit",
            "Cybersicherheit",
        ],
    ),
    (
        "compliance",
        &[
            "Compliance and data protection",
            "Data protection & compliance",
            "IT compliance",
            "Datenschutz & Compliance",
        ],
    ),
    (
        "continuity",
        &[
            "Business continuity",
            "Business continuity management",
            "Business continuity and disaster recovery",
            "BCM",
            "BCM / DR",
            "Disaster recovery",
            "Notfallmanagement",
        ],
    ),
    (
        "it-budget",
        &[
            "IT budget",
            "IT finance",
            "IT controlling",
            "IT-Controlling",
            "IT budget and strategy",
        ],
    ),
    (
        "change-management",
        &["Organisational change management", "OCM"],
    ),
    (
        "data-analytics",
        &[
            "Data & analytics",
            "Data and analytics",
            "Analytics",
            "Business intelligence",
            "BI",
            "BI & reporting",
            "Data & reporting",
        ],
    ),
    (
        "vendor-management",
        &[
            "Supplier management",
            "Vendor & supplier management",
            "Lieferantenmanagement",
            "Dienstleistersteuerung",
        ],
    ),
    ("architecture", &["IT architecture", "IT-Architektur"]),
    (
        "rnd",
        &[
            "Research and development",
            "Research & development",
            "R and D",
            "Forschung und Entwicklung",
            "F&E",
        ],
    ),
    ("product-development", &["Produktentwicklung"]),
    (
        "engineering",
        &["Software engineering", "Engineering", "Web development"],
    ),
    (
        "innovation",
        &[
            "Innovation",
            "Innovation lab",
            "Emerging technology",
            "Digital lab",
        ],
    ),
    (
        "partnerships",
        &["Technology partnerships", "Tech partnerships"],
    ),
    ("product-strategy", &["Product strategy"]),
    (
        "cloud-platform",
        &[
            "Cloud platform",
            "Cloud",
            "Public cloud",
            "Cloud operations",
        ],
    ),
    (
        "platform-engineering",
        &[
            "Platform engineering",
            "DevOps",
            "Platform / DevOps",
            "Platform & DevOps",
        ],
    ),
    ("site-reliability", &["SRE", "Site reliability engineering"]),
    ("data-platform", &["Data warehouse", "DWH", "Data lake"]),
    (
        "ai-ml",
        &[
            "AI",
            "AI/ML",
            "Machine learning",
            "Artificial intelligence",
            "KI",
            "Künstliche Intelligenz",
        ],
    ),
    (
        "identity-access",
        &["IAM", "Identity and access management", "Identity & access"],
    ),
    (
        "end-user-computing",
        &[
            "Workplace",
            "Digital workplace",
            "Modern workplace",
            "End-user devices",
            "Arbeitsplatz-IT",
            "Endgeräte",
        ],
    ),
    ("erp", &["ERP", "Finance systems", "ERP systems"]),
    ("crm", &["CRM", "Sales systems"]),
    (
        "digital-channels",
        &["Digital channels", "Website", "Online channels"],
    ),
    (
        "customer-support-tooling",
        &["Customer support tools", "Customer service tools"],
    ),
    ("api-platform", &["API platform", "API management", "APIs"]),
    (
        "quality-testing",
        &["QA", "Quality assurance", "Testing", "Test management"],
    ),
    (
        "enterprise-architecture",
        &["EA", "Unternehmensarchitektur"],
    ),
    ("procurement", &["IT procurement", "IT-Einkauf"]),
    (
        "it-risk",
        &[
            "IT risk",
            "IT audit",
            "IT risk management",
            "IT-Risikomanagement",
        ],
    ),
    ("privacy", &["Privacy"]),
    (
        "security-operations",
        &[
            "SOC",
            "Security operations",
            "Security operations centre",
            "Security operations center",
            "Incident response",
            "CSIRT",
        ],
    ),
    (
        "product-security",
        &["Application security", "AppSec", "Product security"],
    ),
    ("customer-identity", &["CIAM", "Customer identity"]),
    ("hr-systems", &["HR systems", "HRIS", "People systems"]),
    (
        "business-automation",
        &["RPA", "Process automation", "Low-code"],
    ),
    (
        "integration",
        &["Middleware", "Integration", "Integration platform", "ESB"],
    ),
    (
        "software-assets",
        &[
            "Software asset management",
            "SAM",
            "Licence management",
            "License management",
            "Lizenzmanagement",
        ],
    ),
    (
        "data-governance",
        &["Data governance", "Data quality", "Datenqualität"],
    ),
    ("product-analytics", &["Product analytics"]),
    ("mobile-apps", &["Mobile app", "Mobile"]),
    (
        "ecommerce",
        &["E-commerce", "eCommerce", "Online shop", "Webshop"],
    ),
    (
        "martech",
        &["MarTech", "Marketing systems", "Marketing technology"],
    ),
    (
        "legacy-modernisation",
        &["Legacy modernization", "Technical debt"],
    ),
    (
        "connected-devices",
        &["IoT", "OT", "Operational technology", "Connected devices"],
    ),
];

#[cfg(test)]
mod tests {
    use super::super::matching::name_key;
    use super::*;
    use crate::model::catalog::{CATALOG, entry};
    use std::collections::HashMap;

    #[test]
    fn every_synonym_names_one_catalog_entry_and_no_other_entrys_name() {
        let mut seen: HashMap<String, &str> =
            CATALOG.iter().map(|e| (name_key(e.name), e.id)).collect();
        for (id, names) in SYNONYMS {
            assert!(entry(id).is_some(), "{id} is not in the catalog");
            for name in *names {
                let key = name_key(name);
                assert!(!key.is_empty(), "{name}");
                if let Some(other) = seen.insert(key, id) {
                    assert_eq!(other, *id, "{name} names both {other} and {id}");
                }
            }
        }
    }
}
