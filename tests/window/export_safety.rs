//! UI tests: *File → Export…* never writes over what it should not. Not
//! over the open design's own file, by its name or through a link; through
//! the in-app path prompt (which does not ask before replacing), not over
//! a file Remit did not write, while an earlier export is replaced; and a
//! folder that does not exist is named as such.

use crate::common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::RemitApp;

/// Exports the PDF handout (the dialog's first choice on a fresh start)
/// to `path`, typed into the path prompt.
fn export_pdf_to(h: &mut Harness<'_, RemitApp>, path: &Path) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label("PDF handout").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let input = h.get_by_label("File path (.pdf)");
    assert!(input.is_focused(), "the path prompt has the keyboard");
    input.type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

/// The error on screen, dismissed.
fn take_error(h: &mut Harness<'_, RemitApp>) -> String {
    let error = h.state().error().expect("an error").to_owned();
    h.get_by_label("OK").click();
    h.run();
    error
}

#[test]
fn export_refuses_the_open_designs_own_file_by_any_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("acme.ron");
    remit::file::save(&remit::templates::default_design(), &path).expect("save");
    let before = std::fs::read(&path).expect("read");
    let mut h = common::started(Some(path.clone()));

    export_pdf_to(&mut h, &path);
    let error = take_error(&mut h);
    assert!(error.contains("the open design's own file"), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), before);

    let link = dir.path().join("handout.pdf");
    std::fs::hard_link(&path, &link).expect("link");
    export_pdf_to(&mut h, &link);
    let error = take_error(&mut h);
    assert!(error.contains("the open design's own file"), "{error}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the design is whole"
    );
    assert!(!h.state().document().is_dirty());
}

#[test]
fn the_path_prompt_replaces_an_earlier_export_but_not_the_users_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::started(None);

    let theirs = dir.path().join("board.pdf");
    std::fs::write(&theirs, b"%PDF-1.7\n% the board's own pack\n").expect("write");
    export_pdf_to(&mut h, &theirs);
    let error = take_error(&mut h);
    assert!(
        error.contains("board.pdf") && error.contains("Remit did not write it"),
        "{error}"
    );
    assert_eq!(
        std::fs::read(&theirs).expect("read"),
        b"%PDF-1.7\n% the board's own pack\n"
    );

    // An earlier export there (its start is what counts) is replaced.
    let ours = dir.path().join("handout.pdf");
    export_pdf_to(&mut h, &ours);
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    let first = std::fs::read(&ours).expect("written");
    std::fs::write(&ours, [&first[..first.len() / 2], b"cut short"].concat()).expect("write");
    export_pdf_to(&mut h, &ours);
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    assert_eq!(std::fs::read(&ours).expect("written"), first);
}

#[test]
fn exporting_into_a_folder_that_does_not_exist_names_the_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::started(None);
    let missing = dir.path().join("no-such-folder");
    export_pdf_to(&mut h, &missing.join("handout.pdf"));
    let error = take_error(&mut h);
    assert!(
        error.contains("the folder")
            && error.contains("no-such-folder")
            && error.contains("does not exist"),
        "{error}"
    );
    assert!(!error.contains("no such file"), "{error}");
}
