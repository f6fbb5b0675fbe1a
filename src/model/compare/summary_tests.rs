use super::*;
use crate::model::{Edit, ResponsibilityId};
use crate::templates::default_design;

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.into())
}

#[test]
fn an_option_compared_with_itself_is_empty_and_every_delta_is_nil() {
    let d = default_design();
    let c = Comparison::of(&d, &d.clone());
    assert!(c.is_empty());
    assert_eq!(c.rows.len(), d.executives.len() + 1);
    for row in &c.rows {
        assert_eq!(signed(row.external_delta()), "±0", "{}", row.label);
        assert!(
            matches!(row.clarity_delta(), Some(0) | None),
            "{}",
            row.label
        );
    }
}

#[test]
fn a_move_shows_in_both_executives_rows_and_the_organisation_stays() {
    let from = default_design();
    let mut to = from.clone();
    let moved = to.apply(Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: Some(eid("cto")),
    });
    assert_eq!(moved, Ok(true));
    let c = Comparison::of(&from, &to);
    assert_eq!(c.changes.len(), 1);
    let row = |id: &str| {
        c.rows
            .iter()
            .find(|r| r.executive.as_ref() == Some(&eid(id)))
            .expect("row")
    };
    let (cio, cto) = (row("cio"), row("cto"));
    assert_eq!(
        cio.cards_after
            .zip(cio.cards_before)
            .map(|(a, b)| a + 1 == b),
        Some(true)
    );
    assert_eq!(
        cto.cards_after
            .zip(cto.cards_before)
            .map(|(a, b)| a == b + 1),
        Some(true)
    );
    let organisation = c.rows.last().expect("organisation");
    assert_eq!(organisation.executive, None);
    assert_eq!(signed(organisation.external_delta()), "±0");
}

#[test]
fn an_executive_only_one_option_has_has_figures_on_that_side_only() {
    let from = default_design();
    let mut to = from.clone();
    assert_eq!(to.apply(Edit::RemoveExecutive(eid("cto"))), Ok(true));
    let c = Comparison::of(&from, &to);
    let cto = c
        .rows
        .iter()
        .find(|r| r.executive.as_ref() == Some(&eid("cto")))
        .expect("listed after the second option's own");
    assert_eq!(cto.cards_after, None);
    assert_eq!(cto.external_delta(), None);
    assert_eq!(signed(cto.external_delta()), "—");
    assert_eq!(signed(Some(-3)), "−3");
    assert_eq!(signed(Some(4)), "+4");
}

#[test]
fn findings_the_second_option_settles_and_adds() {
    let from = default_design();
    let mut to = from.clone();
    // Everything to one executive: the findings change.
    let ids: Vec<ResponsibilityId> = to.responsibilities.iter().map(|r| r.id.clone()).collect();
    for id in ids {
        let _ = to.apply(Edit::Move {
            responsibility: id,
            to: Some(eid("cio")),
        });
    }
    let c = Comparison::of(&from, &to);
    let back = Comparison::of(&to, &from);
    assert!(!c.added.is_empty() || !c.settled.is_empty());
    assert_eq!(c.added.len(), back.settled.len());
    assert_eq!(c.settled.len(), back.added.len());
}
