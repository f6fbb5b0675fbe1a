//! The only technology executive gets one note, read against what the
//! design says of its company (size, sector, goal) or what was assumed.

use super::*;
use crate::model::company::{Company, Goal, Sector, SizeBand};

/// Everything of both sides with one executive titled `title`, no
/// orientation set.
fn alone(title: &str, company: Company) -> Design {
    let mut d = design(
        vec![titled("lead", title)],
        vec![
            card("product-development", 0.9, 8.0, Some("lead")),
            card("rnd", 0.85, 4.0, Some("lead")),
            card("engineering", 0.85, 4.0, Some("lead")),
            card("service-delivery", 0.05, 3.0, Some("lead")),
            card("erp", 0.05, 2.0, Some("lead")),
            card("it-operations", 0.1, 2.0, Some("lead")),
            card("security", 0.4, 2.0, Some("lead")),
            card("data-analytics", 0.35, 2.0, Some("lead")),
        ],
    );
    d.company = company;
    d
}

fn note(d: &Design) -> Finding {
    let found = of_kind(d, FindingKind::OnlyExecutive);
    assert_eq!(found.len(), 1, "{:#?}", messages(&all(d)));
    found[0].clone()
}

#[test]
fn a_cto_only_start_up_of_150_gets_one_note_and_no_warning_about_cards() {
    let d = alone(
        "CTO",
        Company {
            people: Some(150),
            sector: Sector::Software,
            goal: Goal::Product,
            ..Default::default()
        },
    );
    let found = all(&d);
    let list = messages(&found);
    assert!(
        found.iter().all(|f| f.severity < Severity::Warning),
        "{list:#?}"
    );
    let notes: Vec<&Finding> = found
        .iter()
        .filter(|f| f.severity == Severity::Note)
        .collect();
    assert_eq!(notes.len(), 1, "{list:#?}");
    let n = note(&d);
    assert_eq!(
        n.message,
        "The CTO is the only technology executive, over both sides"
    );
    for words in [
        "normal for a company of 150 people",
        "fits an outward-facing lead such as the CTO",
        "No one backs the CTO on the internal side yet",
        "such as a head of IT reporting to them",
        "The CTO is assumed outward-facing from the title",
    ] {
        assert!(n.why.contains(words), "{words}: {}", n.why);
    }
    assert!(
        !found.iter().any(|f| f.message.contains("nobody leads")),
        "{list:#?}"
    );
}

#[test]
fn with_no_size_said_the_note_says_what_it_assumed() {
    let n = note(&alone("CTO", Company::default()));
    assert!(
        n.why.contains(
            "The design does not say how large the company is; assumed small enough for one \
             technology executive"
        ),
        "{}",
        n.why
    );
    assert!(n.why.contains("does not say its goal"), "{}", n.why);
    let mid = Company {
        band: SizeBand::Midsize,
        ..Default::default()
    };
    let n = note(&alone("CTO", mid));
    assert!(
        n.why.contains("does not say the company's sector"),
        "{}",
        n.why
    );
}

#[test]
fn a_title_against_the_goal_is_mentioned() {
    let efficiency = Company {
        people: Some(90),
        goal: Goal::Efficiency,
        ..Default::default()
    };
    let n = note(&alone("CTO", efficiency));
    assert!(
        n.why.contains("points to an inward-facing lead (a CIO)"),
        "{}",
        n.why
    );
    let n = note(&alone("CIO", efficiency));
    assert!(
        n.why.contains("fits an inward-facing lead such as the CIO"),
        "{}",
        n.why
    );
    assert!(
        n.why.contains("head of product or engineering"),
        "{}",
        n.why
    );
}

#[test]
fn a_large_company_with_one_executive_gets_a_note_that_two_pay_their_way() {
    let large = Company {
        people: Some(5_000),
        sector: Sector::Retail,
        ..Default::default()
    };
    let d = alone("CIO", large);
    let n = note(&d);
    assert_eq!(n.severity, Severity::Note);
    assert_eq!(
        n.message,
        "The CIO is the only technology executive of a company of 5,000 people"
    );
    assert!(n.why.contains("worth their cost"), "{}", n.why);
    let mid_software = Company {
        band: SizeBand::Midsize,
        sector: Sector::Software,
        ..Default::default()
    };
    let n = note(&alone("CTO", mid_software));
    assert!(
        n.message.contains("mid-sized high-tech company"),
        "{}",
        n.message
    );
}

#[test]
fn a_strong_manager_on_the_other_side_is_named() {
    let mut d = alone(
        "CIO",
        Company {
            people: Some(120),
            goal: Goal::Efficiency,
            ..Default::default()
        },
    );
    d.executives
        .push(under(titled("prod", "Head of Product"), "lead"));
    for id in ["product-development", "rnd"] {
        if let Some(r) = d.responsibilities.iter_mut().find(|r| r.id.as_str() == id) {
            r.owner = Some(ExecutiveId("prod".into()));
        }
    }
    let n = note(&d);
    assert_eq!(n.about, [ex("lead"), ex("prod")]);
    assert!(
        n.why
            .contains("The Head of Product, under the CIO, backs them on the external side"),
        "{}",
        n.why
    );
    assert!(
        n.message
            .contains("the one technology executive at the top"),
        "{}",
        n.message
    );
}

#[test]
fn a_cto_holding_all_of_both_sides_is_never_told_nobody_leads_one() {
    for title in ["CTO", "CIO", "Head of Technology"] {
        let d = alone(title, Company::default());
        for f in all(&d) {
            assert!(
                !f.message.contains("nobody leads"),
                "{title}: {}",
                f.message
            );
            assert_ne!(f.kind, FindingKind::OneSided, "{title}");
        }
    }
}

#[test]
fn a_report_leading_the_other_side_is_the_second_executive_a_larger_company_wants() {
    // A software company of 400 with a head of IT under the CTO: the
    // product company the sources describe, not one executive alone.
    let mut d = alone(
        "CTO",
        Company {
            people: Some(400),
            sector: Sector::Software,
            goal: Goal::Product,
            ..Default::default()
        },
    );
    d.executives.push(under(titled("it", "Head of IT"), "lead"));
    for id in ["service-delivery", "erp", "it-operations"] {
        if let Some(r) = d.responsibilities.iter_mut().find(|r| r.id.as_str() == id) {
            r.owner = Some(ExecutiveId("it".into()));
        }
    }
    let n = note(&d);
    assert_eq!(
        n.message,
        "The CTO is the one technology executive at the top, over both sides"
    );
    assert!(!n.why.contains("worth their cost"), "{}", n.why);
    assert!(n.why.contains("a shape the sources accept"), "{}", n.why);
    // Without them, the same company gets the note that two pay their way.
    let n = note(&alone("CTO", d.company));
    assert!(
        n.message.ends_with("of a high-tech company of 400 people"),
        "{}",
        n.message
    );
}
