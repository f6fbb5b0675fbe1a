//! Tests of [`Design::apply`]: every edit, its refusals, and the
//! references it keeps whole.

use super::*;
use crate::model::design::Position;
use crate::model::edit::MAX_NAME_CHARS;
use crate::templates::default_design;

fn rid(s: &str) -> ResponsibilityId {
    ResponsibilityId(s.into())
}
fn eid(s: &str) -> ExecutiveId {
    ExecutiveId(s.into())
}

#[test]
fn move_changes_owner_and_keeps_one_copy() {
    let mut d = default_design();
    let n = d.responsibilities.len();
    let edit = Edit::Move {
        responsibility: rid("security"),
        to: Some(eid("cto")),
    };
    assert_eq!(d.apply(edit.clone()), Ok(true));
    assert_eq!(
        d.apply(edit),
        Ok(false),
        "moving to the same owner is a no-op"
    );
    assert_eq!(d.responsibilities.len(), n);
    assert_eq!(
        d.responsibility(&rid("security"))
            .and_then(|r| r.owner.clone()),
        Some(eid("cto"))
    );
}

#[test]
fn invalid_edits_leave_the_design_alone() {
    let d0 = default_design();
    let mut d = d0.clone();
    let bad = [
        Edit::Move {
            responsibility: rid("security"),
            to: Some(eid("nobody")),
        },
        Edit::Move {
            responsibility: rid("nothing"),
            to: None,
        },
        Edit::SetShare(rid("pmo"), 1.5),
        Edit::SetShare(rid("pmo"), f64::NAN),
        Edit::SetSize(rid("pmo"), 0.0),
        Edit::SetSize(rid("pmo"), -1.0),
        Edit::SetSize(rid("pmo"), f64::INFINITY),
        Edit::SetName(rid("pmo"), "x".repeat(MAX_NAME_CHARS + 1)),
        Edit::Add((*d0.responsibilities[0]).clone()),
        Edit::Delete(rid("nothing")),
        Edit::RemoveExecutive(eid("nobody")),
        Edit::MoveExecutive(
            eid("cio"),
            Position {
                x: f32::NAN,
                y: 0.0,
            },
        ),
    ];
    for edit in bad {
        assert!(d.apply(edit.clone()).is_err(), "{edit:?} should be refused");
        assert_eq!(d, d0, "{edit:?} changed the design");
    }
}

#[test]
fn removing_an_executive_sends_its_items_to_the_tray() {
    let mut d = default_design();
    let cio_items = d.owned_by(Some(&eid("cio"))).count();
    let tray = d.owned_by(None).count();
    assert_eq!(d.apply(Edit::RemoveExecutive(eid("cio"))), Ok(true));
    assert_eq!(d.owned_by(None).count(), tray + cio_items);
    assert!(d.executive(&eid("cio")).is_none());
}

#[test]
fn a_value_that_only_looks_different_is_no_edit() {
    let mut d = default_design();
    let id = d
        .responsibilities
        .iter()
        .find(|r| r.external_share == 0.35)
        .map(|r| r.id.clone())
        .expect("a card with share 0.35");
    let snapped = (0.35_f64 / 0.01).round() * 0.01;
    assert_ne!(snapped, 0.35);
    assert_eq!(d.apply(Edit::SetShare(id.clone(), snapped)), Ok(false));
    assert_eq!(d.apply(Edit::SetShare(id.clone(), 0.4)), Ok(true));
    assert_eq!(
        d.responsibility(&id).map(|r| r.external_share),
        Some(0.4),
        "stored on its grid"
    );
    let size = d.responsibility(&id).map_or(0.0, |r| r.size);
    assert_eq!(d.apply(Edit::SetSize(id, size + 1e-9)), Ok(false));
}

#[test]
fn a_moved_card_keeps_its_place_in_the_list_and_stands_where_it_puts_it() {
    let mut d = default_design();
    let security = rid("security");
    let at = |d: &Design| d.responsibilities.iter().position(|r| r.id == security);
    let before = at(&d);
    let cto = eid("cto");
    assert_eq!(
        d.apply(Edit::Move {
            responsibility: security.clone(),
            to: Some(cto.clone()),
        }),
        Ok(true)
    );
    assert_eq!(at(&d), before, "the same place in the file");
    // Among the CTO's cards, it stands where its place in the list puts it.
    let ids: Vec<&ResponsibilityId> = d.owned_by(Some(&cto)).map(|r| &r.id).collect();
    let expected = d
        .responsibilities
        .iter()
        .filter(|r| r.owner.as_ref() == Some(&cto))
        .position(|r| r.id == security);
    assert_eq!(ids.iter().position(|id| **id == security), expected);
}

#[test]
fn reordering_puts_a_card_at_a_slot_among_its_owners_cards_only() {
    let mut d = default_design();
    let cio = eid("cio");
    let order =
        |d: &Design| -> Vec<String> { d.owned_by(Some(&cio)).map(|r| r.id.0.clone()).collect() };
    let start = order(&d);
    assert!(start.len() >= 3);
    let others: Vec<String> = d
        .responsibilities
        .iter()
        .filter(|r| r.owner.as_ref() != Some(&cio))
        .map(|r| r.id.0.clone())
        .collect();
    let first = rid(&start[0]);
    // To the end, then to the middle, then back to the start.
    for (slot, expected_at) in [(usize::MAX, start.len() - 1), (1, 1), (0, 0)] {
        assert_eq!(
            d.apply(Edit::Reorder {
                responsibility: first.clone(),
                slot,
            }),
            Ok(true),
            "slot {slot}"
        );
        let now = order(&d);
        assert_eq!(now.iter().position(|id| *id == first.0), Some(expected_at));
        let mut sorted = now.clone();
        sorted.sort();
        let mut was = start.clone();
        was.sort();
        assert_eq!(sorted, was, "the same cards");
        let rest: Vec<String> = d
            .responsibilities
            .iter()
            .filter(|r| r.owner.as_ref() != Some(&cio))
            .map(|r| r.id.0.clone())
            .collect();
        assert_eq!(rest, others, "nobody else's cards move");
    }
    assert_eq!(order(&d), start, "back where it began");
    // Its own slot is no change.
    assert_eq!(
        d.apply(Edit::Reorder {
            responsibility: first,
            slot: 0,
        }),
        Ok(false)
    );
}

#[test]
fn renaming_an_executive_id_takes_its_cards_along() {
    let mut d = default_design();
    let owned = d.owned_by(Some(&eid("cto"))).count();
    let edit = Edit::RenameExecutiveId {
        from: eid("cto"),
        to: eid("chief-technology-officer"),
    };
    assert_eq!(d.apply(edit), Ok(true));
    assert_eq!(
        d.owned_by(Some(&eid("chief-technology-officer"))).count(),
        owned
    );
    assert_eq!(d.owned_by(Some(&eid("cto"))).count(), 0);
    let clash = Edit::RenameExecutiveId {
        from: eid("cio"),
        to: eid("chief-technology-officer"),
    };
    assert!(d.apply(clash).is_err());
}

#[test]
fn control_characters_and_long_ids_are_refused() {
    let d0 = default_design();
    let mut d = d0.clone();
    let mut item = (*d0.responsibilities[0]).clone();
    item.id = ResponsibilityId("x".repeat(MAX_NAME_CHARS + 1));
    assert!(d.apply(Edit::Add(item)).is_err());
    assert!(
        d.apply(Edit::SetName(rid("pmo"), "a\u{1b}]0;owned\u{7}".into()))
            .is_err()
    );
    assert_eq!(d, d0);
}

#[test]
fn merge_keys() {
    assert_eq!(
        Edit::SetShare(rid("a"), 0.1).merge_key(),
        Edit::SetShare(rid("a"), 0.9).merge_key()
    );
    assert_ne!(
        Edit::SetShare(rid("a"), 0.1).merge_key(),
        Edit::SetShare(rid("b"), 0.1).merge_key()
    );
    assert_eq!(
        Edit::Move {
            responsibility: rid("a"),
            to: None
        }
        .merge_key(),
        None
    );
}

#[test]
fn advice_edits_set_their_field_refuse_bad_text_and_keep_the_log_named() {
    let mut d = default_design();
    let security = ResponsibilityId("security".into());
    assert_eq!(
        d.apply(Edit::SetDeliberate(security.clone(), true)),
        Ok(true)
    );
    assert_eq!(
        d.apply(Edit::SetDeliberate(security.clone(), true)),
        Ok(false)
    );
    assert!(d.responsibility(&security).is_some_and(|r| r.deliberate));

    let cto = ExecutiveId("cto".into());
    let notes = Edit::SetExecutiveNotes(cto.clone(), "Peers.\r\nOn purpose.".into());
    assert_eq!(d.apply(notes), Ok(true));
    assert_eq!(
        d.executive(&cto).map(|e| e.notes.as_str()),
        Some("Peers.\nOn purpose.")
    );
    let bell = Edit::SetExecutiveNotes(cto.clone(), "ring\u{7}".into());
    assert!(matches!(d.apply(bell), Err(EditError::Invalid(_))));

    // A reason needs an entry to belong to.
    assert_eq!(
        d.apply(Edit::SetReason(0, "why".into())),
        Err(EditError::UnknownDecision(0))
    );
    let from = d.responsibility(&security).and_then(|r| r.owner.clone());
    let moved = Edit::Move {
        responsibility: security.clone(),
        to: Some(cto.clone()),
    };
    assert_eq!(d.apply(moved), Ok(true));
    d.log_move(&security, from, jiff::Timestamp::UNIX_EPOCH);
    assert_eq!(
        d.apply(Edit::SetReason(0, "Product security.".into())),
        Ok(true)
    );
    assert_eq!(d.decisions[0].reason, "Product security.");
    let bad = Edit::SetReason(0, "esc\u{1b}[2J".into());
    assert!(matches!(d.apply(bad), Err(EditError::Invalid(_))));
    assert_eq!(d.decisions[0].reason, "Product security.");

    // Renaming an executive renames it in the log too.
    let renamed = Edit::RenameExecutiveId {
        from: cto,
        to: ExecutiveId("chief-technology".into()),
    };
    assert_eq!(d.apply(renamed), Ok(true));
    assert_eq!(
        d.decisions[0].to,
        Some(ExecutiveId("chief-technology".into()))
    );
    assert_eq!(
        d.decision_line(&d.decisions[0]),
        "Information security: from CIO to CTO"
    );
}

#[test]
fn naming_a_card_its_own_name_that_first_tells_its_kind_is_a_change() {
    // Found by the undo property: the kind changed, the edit said nothing
    // had.
    let mut d = default_design();
    let mut card = (*d.responsibilities[0]).clone();
    card.id = ResponsibilityId("new-0".into());
    card.name = "Data platform".into();
    card.kind = crate::model::WorkKind::Other;
    assert_eq!(d.apply(Edit::Add(card)), Ok(true));
    let before = d.clone();
    assert_eq!(
        d.apply(Edit::SetName(rid("new-0"), "Data platform".into())),
        Ok(true)
    );
    assert_ne!(d, before);
    assert_eq!(
        d.responsibility(&rid("new-0")).map(|r| r.kind),
        Some(crate::model::WorkKind::Data)
    );
    assert_eq!(
        d.apply(Edit::SetName(rid("new-0"), "Data platform".into())),
        Ok(false),
        "once told, nothing more changes"
    );
}
