//! Shapes the sources describe or accept: one technology executive in a
//! small company (and past that size), the traditional peers, the CTO
//! under the CIO, the product company, the CTO over infrastructure, the
//! CTO who has taken over. What a consultant raises here is mostly notes.

use remit::model::company::{Goal, Sector};
use remit::model::{Design, FindingKind::*, Orientation::*, Role, Severity::*};

use super::{Build, Case, Never};

/// Everything a young SaaS company runs, with its CTO (no orientation
/// set, as a first sketch has none).
pub(super) fn start_up_with_only_a_cto() -> Case {
    Case {
        name: "a SaaS start-up of 150 people with only a CTO",
        design: Build::new("Start-up")
            .company(Some(150), Sector::Software, Goal::Product)
            .exec("cto", "CTO", NotSet, None)
            .cards(
                &[
                    "product-development",
                    "engineering",
                    "rnd",
                    "site-reliability",
                    "cloud-platform",
                    "service-delivery",
                    "security",
                    "data-analytics",
                    "erp",
                ],
                "cto",
            )
            .done(),
        expect: vec![(
            OnlyExecutive,
            Note,
            "The CTO is the only technology executive",
        )],
        why: vec![
            (OnlyExecutive, "normal for a company of 150 people"),
            (OnlyExecutive, "fits an outward-facing lead such as the CTO"),
            (OnlyExecutive, "such as a head of IT reporting to them"),
        ],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(BlurredRole),
            Never::Kind(Concentration),
            Never::Kind(OneSided),
        ],
    }
}

/// A manufacturer of 80 people that wants technology for efficiency: a
/// CIO, backed by a head of product for what customers see.
pub(super) fn small_company_with_a_cio_and_a_strong_product_manager() -> Case {
    Case {
        name: "a small manufacturer with a CIO and a strong head of product",
        design: Build::new("Small manufacturer")
            .company(Some(80), Sector::Industry, Goal::Efficiency)
            .exec("cio", "CIO", NotSet, None)
            .exec("prod", "Head of Product", NotSet, Some("cio"))
            .cards(
                &[
                    "infrastructure",
                    "service-delivery",
                    "erp",
                    "it-operations",
                    "security",
                    "data-analytics",
                    "vendor-management",
                ],
                "cio",
            )
            .cards(
                &["product-development", "digital-channels", "ecommerce"],
                "prod",
            )
            .role("security", "prod", Role::Consulted)
            .role("data-analytics", "prod", Role::Consulted)
            .role("it-operations", "prod", Role::Informed)
            .done(),
        expect: vec![
            (
                OnlyExecutive,
                Note,
                "The CIO is the one technology executive at the top",
            ),
            (
                ReportingAgainstSplit,
                Note,
                "The external-facing Head of Product reports to the internal-facing CIO",
            ),
        ],
        why: vec![
            (
                OnlyExecutive,
                "The Head of Product, under the CIO, backs them on the external side",
            ),
            (OnlyExecutive, "fits an inward-facing lead such as the CIO"),
        ],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(NoCollaboration),
        ],
    }
}

/// A retailer of 3,000 people whose only technology executive, a CIO,
/// runs the web shop too.
pub(super) fn retailer_whose_cio_runs_e_commerce() -> Case {
    Case {
        name: "a retailer whose CIO runs e-commerce",
        design: Build::new("Retailer")
            .company(Some(3_000), Sector::Retail, Goal::Efficiency)
            .exec("cio", "CIO", NotSet, None)
            .cards(
                &[
                    "erp",
                    "service-delivery",
                    "infrastructure",
                    "it-operations",
                    "ecommerce",
                    "digital-channels",
                    "martech",
                    "security",
                    "data-analytics",
                ],
                "cio",
            )
            .done(),
        expect: vec![(
            OnlyExecutive,
            Note,
            "The CIO is the only technology executive of a company of 3,000 people",
        )],
        why: vec![
            (OnlyExecutive, "worth their cost"),
            (
                OnlyExecutive,
                "such as a head of product or engineering reporting to them",
            ),
        ],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(OneSided),
        ],
    }
}

/// The traditional split: CIO and CTO as peers, each side's work with the
/// executive facing it, security, data and the product's foundations
/// shared.
pub(super) fn traditional_peers() -> Case {
    Case {
        name: "the traditional split, CIO and CTO as peers",
        design: traditional("Traditional peers", None),
        expect: vec![(Contested, Judgement, "The CIO holds")],
        why: vec![],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(BlurredRole),
            Never::Kind(OneSided),
            Never::Kind(Concentration),
            Never::Kind(OnlyExecutive),
            Never::Kind(ReportingAgainstSplit),
            Never::Kind(ProductFoundation),
        ],
    }
}

/// The traditional split, the CTO reporting to `cto_reports_to` (the CEO
/// when `None`).
fn traditional(name: &str, cto_reports_to: Option<&str>) -> Design {
    Build::new(name)
        .company(Some(1_500), Sector::Industry, Goal::Both)
        .exec("cio", "CIO", Internal, None)
        .exec("cto", "CTO", External, cto_reports_to)
        .cards(
            &[
                "infrastructure",
                "service-delivery",
                "pmo",
                "it-operations",
                "enterprise-apps",
                "security",
                "compliance",
                "continuity",
                "it-budget",
                "data-analytics",
            ],
            "cio",
        )
        .cards(
            &[
                "rnd",
                "product-development",
                "engineering",
                "innovation",
                "product-strategy",
            ],
            "cto",
        )
        .role("security", "cto", Role::Responsible)
        .role("data-analytics", "cto", Role::Consulted)
        .role("infrastructure", "cto", Role::Informed)
        .role("it-operations", "cto", Role::Informed)
        .role("continuity", "cto", Role::Informed)
        .role("product-development", "cio", Role::Consulted)
        .done()
}

/// The traditional model as one source draws it: the CTO under the CIO.
pub(super) fn cto_under_the_cio() -> Case {
    Case {
        name: "the CTO reporting to the CIO",
        design: traditional("CTO under the CIO", Some("cio")),
        expect: vec![
            (
                ReportingAgainstSplit,
                Note,
                "The external-facing CTO reports to the internal-facing CIO",
            ),
            (OnlyExecutive, Note, "over both sides"),
        ],
        why: vec![(
            OnlyExecutive,
            "The CTO, under the CIO, backs them on the external side",
        )],
        never: vec![
            Never::Warnings,
            Never::Kind(NoCollaboration),
            Never::Kind(FacingAgainstOwner),
        ],
    }
}

/// A software company of 400: the CTO is senior and owns the product and
/// the infrastructure that serves it; the head of IT under the CTO runs
/// the company's own systems. The head of IT's IT operations are the
/// internal IT the sources leave with the head of IT, and the CTO manages
/// the head of IT: the two meet through the reporting line, so no note
/// asks for the product side to be involved in them.
pub(super) fn product_company_with_head_of_it_under_the_cto() -> Case {
    Case {
        name: "a product company with the head of IT under the CTO",
        design: Build::new("Product company")
            .company(Some(400), Sector::Software, Goal::Product)
            .exec("cto", "CTO", NotSet, None)
            .exec("it", "Head of IT", NotSet, Some("cto"))
            .cards(
                &[
                    "product-development",
                    "engineering",
                    "rnd",
                    "cloud-platform",
                    "site-reliability",
                    "api-platform",
                    "security",
                    "data-platform",
                ],
                "cto",
            )
            .cards(&["service-delivery", "erp", "it-operations"], "it")
            .role("security", "it", Role::Consulted)
            .role("data-platform", "it", Role::Consulted)
            .done(),
        expect: vec![
            (
                OnlyExecutive,
                Note,
                "The CTO is the one technology executive at the top, over both sides",
            ),
            (
                ReportingAgainstSplit,
                Note,
                "The internal-facing Head of IT reports to the external-facing CTO",
            ),
        ],
        why: vec![
            (
                OnlyExecutive,
                "a leader for each side, as here, is a shape the sources accept",
            ),
            (
                OnlyExecutive,
                "The Head of IT, under the CTO, backs them on the internal side",
            ),
            (
                ReportingAgainstSplit,
                "The Head of IT is assumed inward-facing and the CTO outward-facing from their titles",
            ),
        ],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(Concentration),
            Never::Kind(NoCollaboration),
            Never::Kind(ProductFoundation),
            Never::KindSaying(OnlyExecutive, "worth their cost"),
        ],
    }
}

/// A large enterprise heavy on its own applications: the CIO leads two
/// application-development VPs; the CTO, across both sides, owns
/// architecture, infrastructure and operations.
pub(super) fn cto_over_infrastructure() -> Case {
    Case {
        name: "the CTO over infrastructure in a large enterprise",
        design: Build::new("CTO over infrastructure")
            .company(Some(20_000), Sector::Industry, Goal::Efficiency)
            .exec("cio", "CIO", Internal, None)
            .exec("vp-fin", "VP Finance Applications", Internal, Some("cio"))
            .exec(
                "vp-ops",
                "VP Operations Applications",
                Internal,
                Some("cio"),
            )
            .exec("cto", "CTO", Mixed, None)
            .cards(
                &["pmo", "it-budget", "service-delivery", "data-analytics"],
                "cio",
            )
            .cards(&["erp", "hr-systems"], "vp-fin")
            .cards(&["business-automation", "legacy-modernisation"], "vp-ops")
            .cards(
                &[
                    "architecture",
                    "infrastructure",
                    "it-operations",
                    "continuity",
                    "security",
                    "innovation",
                ],
                "cto",
            )
            .role("security", "cio", Role::Consulted)
            .done(),
        expect: vec![(Contested, Judgement, "The CTO holds")],
        why: vec![],
        never: vec![
            Never::Warnings,
            Never::Kind(FacingAgainstOwner),
            Never::Kind(BlurredRole),
            Never::Kind(OnlyExecutive),
            Never::Kind(ReportingAgainstSplit),
        ],
    }
}

/// A hardware company of 1,200 where the CTO runs all technology that
/// touches any user and oversees a CIO for applications, suppliers and IT
/// architecture.
pub(super) fn cto_has_taken_over() -> Case {
    Case {
        name: "the CTO has taken over, with a CIO under them",
        design: Build::new("CTO has taken over")
            .company(Some(1_200), Sector::Technology, Goal::Product)
            .exec("cto", "CTO", External, None)
            .exec("cio", "CIO", Internal, Some("cto"))
            .cards(
                &[
                    "product-development",
                    "engineering",
                    "connected-devices",
                    "digital-channels",
                    "security",
                    "infrastructure",
                ],
                "cto",
            )
            .cards(
                &[
                    "enterprise-apps",
                    "vendor-management",
                    "enterprise-architecture",
                    "data-analytics",
                ],
                "cio",
            )
            .role("security", "cio", Role::Consulted)
            .role("data-analytics", "cto", Role::Consulted)
            .done(),
        expect: vec![
            (
                ReportingAgainstSplit,
                Note,
                "The internal-facing CIO reports to the external-facing CTO",
            ),
            (OnlyExecutive, Note, "over both sides"),
            (Contested, Judgement, "The CIO holds"),
        ],
        why: vec![(
            OnlyExecutive,
            "The CIO, under the CTO, backs them on the internal side",
        )],
        never: vec![Never::Warnings, Never::Kind(FacingAgainstOwner)],
    }
}
