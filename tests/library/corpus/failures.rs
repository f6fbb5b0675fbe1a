//! What the sources say goes wrong, at the interfaces between the two
//! sides: security set by one side, data nobody shares or owns, two sides
//! sharing no work, client names read wrongly, work counted twice.

use remit::model::company::{Goal, Sector};
use remit::model::{FindingKind::*, Orientation::*, Role, Severity::*};

use super::{Build, Case, Never};

/// A bank: CIO and CTO as peers, a CISO under the CIO, a chief data
/// officer under the CEO; security operations leave the product side out.
pub(super) fn bank_with_cio_cto_ciso_and_cdo() -> Case {
    Case {
        name: "a bank with a CIO, a CTO, a CISO and a CDO",
        design: Build::new("Bank")
            .company(Some(12_000), Sector::Finance, Goal::Both)
            .exec("cio", "CIO", Internal, None)
            .exec("cto", "CTO", External, None)
            .exec("ciso", "CISO", NotSet, Some("cio"))
            .exec("cdo", "Chief Data Officer", NotSet, None)
            .cards(
                &[
                    "infrastructure",
                    "it-operations",
                    "service-delivery",
                    "enterprise-apps",
                    "continuity",
                    "pmo",
                    "it-budget",
                ],
                "cio",
            )
            .cards(
                &[
                    "digital-channels",
                    "mobile-apps",
                    "api-platform",
                    "product-development",
                ],
                "cto",
            )
            .cards(
                &[
                    "security",
                    "identity-access",
                    "security-operations",
                    "compliance",
                ],
                "ciso",
            )
            .cards(&["data-analytics", "data-governance"], "cdo")
            .role("security", "cto", Role::Consulted)
            .role("identity-access", "cto", Role::Consulted)
            .role("security-operations", "cto", Role::Informed)
            .role("data-analytics", "cio", Role::Responsible)
            .role("data-analytics", "cto", Role::Consulted)
            .role("infrastructure", "cto", Role::Informed)
            .role("it-operations", "cto", Role::Informed)
            .role("continuity", "cto", Role::Informed)
            .done(),
        expect: vec![
            (
                SecurityBar,
                Warning,
                "Only the internal side sets the security bar for “Security operations & incident response”",
            ),
            (
                CountedTwice,
                Note,
                "“Identity & access management” and “Information security”",
            ),
            (Contested, Judgement, "The CISO holds"),
        ],
        why: vec![(
            SecurityBar,
            "the CISO (owner, internal side, through the CIO)",
        )],
        never: vec![
            Never::Kind(BlurredRole),
            Never::Kind(OnlyExecutive),
            Never::Kind(NoDataWork),
            Never::Kind(DataFlow),
            Never::Kind(NoCollaboration),
            Never::Kind(FacingAgainstOwner),
            Never::Kind(Concentration),
            Never::KindSaying(SecurityBar, "“Information security”"),
            Never::KindSaying(SecurityBar, "“Identity & access management”"),
        ],
    }
}

/// Two peers who split the work cleanly and share none of it.
pub(super) fn peers_sharing_no_work() -> Case {
    Case {
        name: "peers sharing no work at all",
        design: Build::new("No shared work")
            .exec("cio", "CIO", NotSet, None)
            .exec("cto", "CTO", NotSet, None)
            .cards(
                &[
                    "infrastructure",
                    "service-delivery",
                    "erp",
                    "security",
                    "data-analytics",
                ],
                "cio",
            )
            .cards(&["product-development", "engineering", "rnd"], "cto")
            .done(),
        expect: vec![
            (NoCollaboration, Warning, "share no work"),
            (
                SecurityBar,
                Warning,
                "Only the internal side sets the security bar",
            ),
            (DataFlow, Warning, "Only the internal side works on data"),
            (ProductFoundation, Note, "“Infrastructure”"),
        ],
        why: vec![
            (NoCollaboration, "failure"),
            (
                DataFlow,
                "between the product and the company's own reporting",
            ),
            (
                SecurityBar,
                "the CIO (owner, internal side, assumed from the title)",
            ),
        ],
        never: vec![
            Never::Kind(BlurredRole),
            Never::Kind(OnlyExecutive),
            Never::Kind(FacingAgainstOwner),
        ],
    }
}

/// Security cut into finer cards, each kept on one side.
pub(super) fn security_split_badly() -> Case {
    Case {
        name: "security split badly across finer cards",
        design: Build::new("Security in pieces")
            .exec("cio", "CIO", Internal, None)
            .exec("cto", "CTO", External, None)
            .exec("ciso", "CISO", NotSet, Some("cio"))
            .cards(&["erp", "service-delivery", "data-analytics"], "cio")
            .cards(
                &[
                    "product-development",
                    "product-security",
                    "customer-identity",
                ],
                "cto",
            )
            .cards(&["identity-access", "security-operations"], "ciso")
            .role("security-operations", "cio", Role::Consulted)
            .role("data-analytics", "cto", Role::Consulted)
            .done(),
        expect: vec![
            (
                SecurityBar,
                Warning,
                "Only the internal side sets the security bar for “Identity & access management”",
            ),
            (
                SecurityBar,
                Warning,
                "Only the internal side sets the security bar for “Security operations & incident response”",
            ),
            (
                SecurityBar,
                Warning,
                "Only the external side sets the security bar for “Product & application security”",
            ),
            (
                SecurityBar,
                Warning,
                "Only the external side sets the security bar for “Customer sign-in & accounts”",
            ),
        ],
        why: vec![],
        never: vec![
            Never::Kind(BlurredRole),
            Never::Kind(FacingAgainstOwner),
            Never::Kind(DataFlow),
        ],
    }
}

/// Peers sharing their work, but nobody owns data.
pub(super) fn nobody_owning_data() -> Case {
    Case {
        name: "nobody owning data",
        design: Build::new("No data")
            .exec("cio", "CIO", Internal, None)
            .exec("cto", "CTO", External, None)
            .cards(
                &["infrastructure", "service-delivery", "erp", "security"],
                "cio",
            )
            .cards(&["product-development", "engineering"], "cto")
            .role("security", "cto", Role::Responsible)
            .role("infrastructure", "cto", Role::Informed)
            .done(),
        expect: vec![(NoDataWork, Warning, "Nobody owns data work")],
        why: vec![(NoDataWork, "Data management & analytics")],
        never: vec![
            Never::Kind(DataFlow),
            Never::Kind(SecurityBar),
            Never::Kind(NoCollaboration),
        ],
    }
}

/// As a client's spreadsheet arrives: no orientations, the client's own
/// names for the work.
pub(super) fn import_with_client_names() -> Case {
    Case {
        name: "an imported design with no orientations and client names",
        design: Build::new("Imported")
            .exec("cio", "CIO", NotSet, None)
            .exec("cto", "CTO", NotSet, None)
            .exec("infra", "Head of Infrastructure", NotSet, Some("cio"))
            .own("ndc", "Network & Data Centre", 0.15, "infra")
            .own("iam", "IAM", 0.3, "cio")
            .own("shop", "Webshop", 0.9, "cio")
            .own("sap", "SAP Basis", 0.05, "cio")
            .own("bi", "BI & Reporting", 0.3, "cio")
            .own("app", "Mobile App", 0.9, "cto")
            .own("rnd", "Research & Development", 0.85, "cto")
            .role("sap", "cto", Role::Informed)
            .done(),
        expect: vec![
            (
                FacingAgainstOwner,
                Warning,
                "“Webshop” faces customers but sits with the CIO, inward-facing by title",
            ),
            (SecurityBar, Warning, "“IAM”"),
            (DataFlow, Warning, "Only the internal side works on data"),
            (ProductFoundation, Note, "“Network & Data Centre”"),
        ],
        why: vec![(
            FacingAgainstOwner,
            "The CIO is assumed inward-facing from the title; set an orientation to say otherwise.",
        )],
        never: vec![
            Never::Kind(NoDataWork),
            Never::KindSaying(DataFlow, "Network & Data Centre"),
            Never::KindSaying(FacingAgainstOwner, "Network"),
            Never::KindSaying(FacingAgainstOwner, "IAM"),
        ],
    }
}

/// CRM beside the enterprise applications that usually include it.
pub(super) fn overlapping_crm_and_enterprise_applications() -> Case {
    Case {
        name: "CRM beside enterprise applications",
        design: Build::new("Overlap")
            .exec("cio", "CIO", Internal, None)
            .exec("cto", "CTO", External, None)
            .cards(
                &[
                    "enterprise-apps",
                    "service-delivery",
                    "security",
                    "data-analytics",
                ],
                "cio",
            )
            .cards(&["crm", "product-development"], "cto")
            .role("security", "cto", Role::Consulted)
            .role("data-analytics", "cto", Role::Consulted)
            .size("enterprise-apps", 6.0)
            .done(),
        expect: vec![(
            CountedTwice,
            Note,
            "“CRM & sales systems” and “Enterprise applications” may count the same work twice",
        )],
        why: vec![(CountedTwice, "the sales systems staff use")],
        never: vec![Never::Warnings],
    }
}

/// A CISO under the CIO owns security, the CIO consulted: two executives,
/// one side.
pub(super) fn ciso_and_cio_alone_on_security() -> Case {
    Case {
        name: "security with the CISO and the CIO only",
        design: Build::new("CISO and CIO")
            .exec("cio", "CIO", Internal, None)
            .exec("cto", "CTO", External, None)
            .exec("ciso", "CISO", NotSet, Some("cio"))
            .cards(&["erp", "service-delivery"], "cio")
            .cards(&["product-development"], "cto")
            .cards(&["security"], "ciso")
            .role("security", "cio", Role::Consulted)
            .card("data-analytics", Some("cio"))
            .role("data-analytics", "cto", Role::Consulted)
            .done(),
        expect: vec![(
            SecurityBar,
            Warning,
            "Only the internal side sets the security bar for “Information security”",
        )],
        why: vec![(SecurityBar, "Nobody on the external side")],
        never: vec![Never::Kind(BlurredRole), Never::Kind(NoCollaboration)],
    }
}
