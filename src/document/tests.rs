use super::*;
use crate::model::{Executive, Position, ResponsibilityId, Rgb};
use crate::templates::default_design;

#[test]
fn dirty_follows_the_saved_state_through_undo() {
    let mut doc = Document::untitled(default_design());
    assert!(!doc.is_dirty());
    let edit = Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: Some(ExecutiveId("cto".into())),
    };
    assert_eq!(doc.apply(edit), Ok(true));
    assert!(doc.is_dirty());
    assert_eq!(
        doc.undo().as_deref(),
        Some("move “Information security” to CTO")
    );
    assert!(!doc.is_dirty(), "undoing back to the saved state is clean");
    assert!(doc.redo().is_some());
    assert!(doc.is_dirty());
}

#[test]
fn save_without_a_path_fails_and_stays_dirty() {
    let mut doc = Document::untitled(default_design());
    let _ = doc.apply(Edit::SetDesignName("x".into()));
    assert!(doc.save().is_err());
    assert!(doc.is_dirty());
}

#[test]
fn a_new_executive_takes_its_id_from_its_title_until_saved() {
    let mut doc = Document::untitled(default_design());
    let id = ExecutiveId("new-executive".into());
    let added = Edit::AddExecutive(Executive {
        id: id.clone(),
        short_title: "Executive 3".into(),
        full_title: "New executive".into(),
        colour: Rgb(1, 2, 3),
        position: Position { x: 0.0, y: 0.0 },
        ..Default::default()
    });
    assert_eq!(doc.apply(added), Ok(true));
    doc.seal_history();
    for title in ["C", "CI", "CISO"] {
        assert_eq!(
            doc.apply(Edit::SetShortTitle(id.clone(), title.into())),
            Ok(true)
        );
    }
    let renamed = doc.seal_history().expect("renamed");
    let ciso = ExecutiveId("ciso".into());
    assert_eq!(renamed.to, ciso);
    assert!(doc.design().executive(&ciso).is_some());
    // One undo takes back the title and the id together.
    assert!(doc.undo().is_some());
    assert!(doc.design().executive(&id).is_some());
    // An executive that was in the file keeps its id.
    let cio = ExecutiveId("cio".into());
    let _ = doc.apply(Edit::SetShortTitle(cio.clone(), "Head of IT".into()));
    assert_eq!(doc.seal_history(), None);
    assert!(doc.design().executive(&cio).is_some());
}

#[test]
fn what_the_last_change_did_to_the_cards_is_known_from_the_revision_before() {
    let mut doc = Document::untitled(default_design());
    let start = doc.revision();
    assert_eq!(doc.cards_change_since(start), &CardsChange::Nothing);
    let security = ResponsibilityId("security".into());
    // Changing hands changes no card's own facts, nor its place.
    let moved = Edit::Move {
        responsibility: security.clone(),
        to: Some(ExecutiveId("cto".into())),
    };
    assert_eq!(doc.apply(moved), Ok(true));
    assert_eq!(doc.cards_change_since(start), &CardsChange::Nothing);
    let after_hands = doc.revision();
    let first = Edit::Reorder {
        responsibility: security.clone(),
        slot: usize::MAX,
    };
    assert_eq!(doc.apply(first), Ok(true));
    assert_eq!(
        doc.cards_change_since(after_hands),
        &CardsChange::Moved(security.clone())
    );
    let after_move = doc.revision();
    // An edit that changes nothing is no change.
    assert_eq!(
        doc.apply(Edit::SetName(
            security.clone(),
            "Information security".into()
        )),
        Ok(false)
    );
    assert_eq!(doc.revision(), after_move);
    assert_eq!(
        doc.apply(Edit::SetName(security.clone(), "Cyber".into())),
        Ok(true)
    );
    assert_eq!(
        doc.cards_change_since(after_move),
        &CardsChange::Changed(security)
    );
    // From further back, or across undo, nothing is assumed.
    assert_eq!(doc.cards_change_since(start), &CardsChange::Any);
    let before_undo = doc.revision();
    assert!(doc.undo().is_some());
    assert_eq!(doc.cards_change_since(before_undo), &CardsChange::Any);
}

mod options {
    use super::*;
    use crate::model::ResponsibilityId;
    use crate::templates::default_design;

    fn move_security(doc: &mut Document, to: &str) {
        let edit = Edit::Move {
            responsibility: ResponsibilityId("security".into()),
            to: Some(ExecutiveId(to.into())),
        };
        assert_eq!(doc.apply(edit), Ok(true));
    }

    fn owner(doc: &Document, option: usize) -> Option<ExecutiveId> {
        doc.options()
            .design(option)
            .responsibility(&ResponsibilityId("security".into()))
            .and_then(|r| r.owner.clone())
    }

    #[test]
    fn switching_is_not_an_edit_and_edits_go_to_the_option_shown() {
        let mut doc = Document::untitled(default_design());
        let copy = OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        };
        assert_eq!(doc.apply_option(copy), Ok(()));
        assert_eq!(doc.current_option(), 1, "the new option is shown");
        assert!(doc.is_dirty());
        assert_eq!(doc.undo_label(), Some("new option “Option A” from “As is”"));
        move_security(&mut doc, "cto");
        assert_eq!(
            doc.undo_label(),
            Some("move “Information security” to CTO in “Option A”")
        );
        assert_eq!(owner(&doc, 0), Some(ExecutiveId("cio".into())));
        assert_eq!(owner(&doc, 1), Some(ExecutiveId("cto".into())));
        let steps = doc.undo_label().map(str::to_owned);
        let revision = doc.revision();
        assert!(doc.switch_option(0));
        assert_ne!(doc.revision(), revision, "every panel sees another design");
        assert_eq!(doc.undo_label().map(str::to_owned), steps, "not a step");
        assert!(!doc.switch_option(0));
        assert!(!doc.switch_option(9));
        // Undo brings back the option the step was made in.
        assert!(doc.undo().is_some());
        assert_eq!(doc.current_option(), 1);
        assert_eq!(owner(&doc, 1), Some(ExecutiveId("cio".into())));
        assert!(doc.undo().is_some());
        assert_eq!(doc.options().len(), 1);
        assert_eq!(doc.current_option(), 0);
        assert!(!doc.is_dirty(), "back where it started");
        assert!(doc.redo().is_some());
        assert!(doc.redo().is_some());
        assert_eq!(doc.current_option(), 1);
        assert_eq!(owner(&doc, 1), Some(ExecutiveId("cto".into())));
    }

    #[test]
    fn the_design_s_own_name_is_every_option_s() {
        let mut doc = Document::untitled(default_design());
        let copy = OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        };
        assert_eq!(doc.apply_option(copy), Ok(()));
        assert_eq!(doc.apply(Edit::SetDesignName("Workshop".into())), Ok(true));
        assert!(doc.options().iter().all(|o| o.design.name == "Workshop"));
        assert!(doc.undo().is_some());
        assert!(doc.options().iter().all(|o| o.design.name != "Workshop"));
    }

    #[test]
    fn a_refused_option_change_changes_nothing() {
        let mut doc = Document::untitled(default_design());
        let revision = doc.revision();
        assert_eq!(
            doc.apply_option(OptionEdit::Delete { index: 0 }),
            Err(OptionsError::LastOption)
        );
        let clash = OptionEdit::Copy {
            from: 0,
            name: "AS IS".into(),
        };
        assert!(doc.apply_option(clash).is_err());
        assert_eq!(doc.revision(), revision);
        assert!(!doc.can_undo());
    }

    #[test]
    fn saving_writes_every_option_and_opening_brings_them_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("options.ron");
        let mut doc = Document::untitled(default_design());
        let copy = OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        };
        assert_eq!(doc.apply_option(copy), Ok(()));
        move_security(&mut doc, "cto");
        assert_eq!(doc.save_as(&path), Ok(()));
        assert!(!doc.is_dirty());
        let opened = Document::open(&path).expect("opens");
        assert_eq!(opened.options(), doc.options());
        assert_eq!(opened.current_option(), 0, "opens on the first option");
    }
}
