//! The person in an executive's role: typed in the inspector, shown on the
//! box (a screen reader hears it with the box), kept in the saved file, and
//! undone in one step.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use remit::model::ExecutiveId;
use remit::templates::default_design;

use crate::common::started;

#[test]
fn a_person_typed_for_an_executive_is_on_its_box_and_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.ron");
    remit::file::save(&default_design(), &path).unwrap();
    let mut h = started(Some(path.clone()));

    h.get_by_label("CIO box").click();
    h.run();
    h.get_by_label("Person").focus();
    h.run();
    h.get_by_label("Person").type_text("Karsten Möller");
    h.run();
    // The box, as a screen reader hears it, says who holds the role.
    h.get_by_label_contains("(CIO), Karsten Möller:");
    assert!(h.state().window_title().ends_with(" *"));

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("person: \"Karsten Möller\""), "{text}");
    let saved = remit::file::load(&path).unwrap();
    assert_eq!(
        saved.executive(&ExecutiveId("cio".into())).unwrap().person,
        "Karsten Möller"
    );

    // One undo step takes the whole name away again.
    h.get_by_label("CIO box").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let design = h.state().document().design().clone();
    assert_eq!(
        design.executive(&ExecutiveId("cio".into())).unwrap().person,
        ""
    );
}
