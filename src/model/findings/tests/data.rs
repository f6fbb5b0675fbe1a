//! Data work: none at all is a warning, and so is data work no card of
//! which both sides take part in; data is known by the card's kind, never
//! by a word in its name.

use super::*;
use crate::model::edit::Edit;

fn cio_and_cto() -> Vec<Executive> {
    vec![exec("cio", NotSet), exec("cto", NotSet)]
}

#[test]
fn no_data_work_at_all_is_a_warning_fixed_by_adding_the_catalogs_item() {
    let d = design(
        cio_and_cto(),
        vec![
            card("erp", 0.05, 3.0, Some("cio")),
            card("rnd", 0.9, 3.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::NoDataWork);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Nobody owns data work");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0].why.contains("Data management & analytics"),
        "{}",
        found[0].why
    );
    let after = fixed(&d, &found[0]);
    let added = after.responsibilities.last().unwrap();
    assert_eq!(added.kind, WorkKind::Data);
    assert_eq!(added.owner, Some(ExecutiveId("cio".into())));
    assert_eq!(
        added.roles.get(&ExecutiveId("cto".into())),
        Some(&Role::Consulted)
    );
    assert!(of_kind(&after, FindingKind::NoDataWork).is_empty());
    assert!(of_kind(&after, FindingKind::DataFlow).is_empty());
}

#[test]
fn network_and_data_centre_is_infrastructure_not_data() {
    let d = design(
        cio_and_cto(),
        vec![
            named("ndc", "Network & Data Centre", 0.15, Some("cio")),
            card("rnd", 0.9, 3.0, Some("cto")),
        ],
    );
    assert_eq!(d.responsibilities[0].kind, WorkKind::Infrastructure);
    assert_eq!(of_kind(&d, FindingKind::NoDataWork).len(), 1);
    assert!(of_kind(&d, FindingKind::DataFlow).is_empty());
}

#[test]
fn no_data_warning_for_one_executive_an_empty_design_or_data_in_the_tray() {
    let alone = design(
        vec![exec("cto", NotSet)],
        vec![card("rnd", 0.9, 3.0, Some("cto"))],
    );
    assert!(of_kind(&alone, FindingKind::NoDataWork).is_empty());
    assert!(of_kind(&design(cio_and_cto(), vec![]), FindingKind::NoDataWork).is_empty());
    let tray = design(cio_and_cto(), vec![card("data-analytics", 0.35, 3.0, None)]);
    assert!(of_kind(&tray, FindingKind::NoDataWork).is_empty());
    assert!(of_kind(&tray, FindingKind::DataFlow).is_empty());
}

#[test]
fn data_only_one_side_touches_names_the_flow_and_consults_the_other_side() {
    let d = design(
        cio_and_cto(),
        vec![
            card("data-analytics", 0.35, 3.0, Some("cio")),
            card("rnd", 0.9, 3.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::DataFlow);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Only the internal side works on data");
    assert!(
        found[0]
            .why
            .contains("between the product and the company's own reporting"),
        "{}",
        found[0].why
    );
    assert_eq!(found[0].about, [rs("data-analytics")]);
    let fix = found[0].fix.clone().unwrap();
    assert!(matches!(&fix.edit, Edit::SetRole { executive, .. } if executive.as_str() == "cto"));
    let after = fixed(&d, &found[0]);
    assert!(of_kind(&after, FindingKind::DataFlow).is_empty());
}

#[test]
fn data_kept_apart_by_the_two_sides_is_a_warning_too() {
    let d = design(
        cio_and_cto(),
        vec![
            card("data-analytics", 0.35, 3.0, Some("cio")),
            card("product-analytics", 0.9, 4.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::DataFlow);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("apart"), "{}", found[0].message);
    assert_eq!(
        found[0].about,
        [rs("data-analytics"), rs("product-analytics")]
    );
    // The fix brings the internal side into the largest data card.
    let after = fixed(&d, &found[0]);
    assert!(of_kind(&after, FindingKind::DataFlow).is_empty());
    assert_eq!(
        after.responsibilities[1]
            .roles
            .get(&ExecutiveId("cio".into())),
        Some(&Role::Consulted)
    );
}

#[test]
fn one_data_card_both_sides_share_is_enough() {
    let d = design(
        cio_and_cto(),
        vec![
            with_role(
                card("data-analytics", 0.35, 3.0, Some("cio")),
                "cto",
                Role::Responsible,
            ),
            card("product-analytics", 0.9, 4.0, Some("cto")),
            card("data-governance", 0.2, 1.0, Some("cio")),
        ],
    );
    assert!(of_kind(&d, FindingKind::DataFlow).is_empty());
}

#[test]
fn a_name_with_data_in_it_is_not_data_work_unless_its_kind_says_so() {
    // Once any name with the word "data" counted; now only the kind does.
    let mut c = card("x", 0.35, 3.0, Some("cio"));
    c.name = "Customer data lake".into();
    let d = design(cio_and_cto(), vec![c, card("rnd", 0.9, 3.0, Some("cto"))]);
    assert_eq!(of_kind(&d, FindingKind::NoDataWork).len(), 1);
    let mut d = d;
    d.responsibilities[0].kind = WorkKind::Data;
    assert!(of_kind(&d, FindingKind::NoDataWork).is_empty());
    assert_eq!(of_kind(&d, FindingKind::DataFlow).len(), 1);
}
