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
    common::wait_for_work(h);
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

/// A design whose PDF handout takes more than a moment to draw.
fn slow_to_export() -> std::path::PathBuf {
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let path = dir.join("large.ron");
    remit::file::save(&common::large_design(8_000), &path).expect("save");
    path
}

#[test]
fn a_long_export_runs_while_the_window_keeps_working_and_can_be_cancelled() {
    let design = slow_to_export();
    let dir = design.parent().expect("folder").to_owned();
    let mut h = common::started(Some(design));
    let out = dir.join("handout.pdf");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label("PDF handout").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    h.get_by_label("File path (.pdf)")
        .type_text(&out.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().working(), "the export runs on its own thread");
    // The window shows it once it has run for a moment, and keeps working
    // meanwhile: an executive can be selected.
    common::wait_until(&mut h, "the work is shown", |h| {
        h.query_by_label_contains("Exporting the PDF handout")
            .is_some()
    });
    // (The bar under way is animated: step frames rather than wait for
    // the window to settle.)
    h.get_by_label("CTO box").click();
    h.step();
    h.step();
    assert!(matches!(
        h.state().selection(),
        remit::controller::Selection::Executive(_)
    ));
    h.get_by_label("Cancel").click();
    h.step();
    h.run();
    assert!(!h.state().working());
    assert!(
        h.state()
            .status_text()
            .is_some_and(|s| s.contains("Cancelled") && s.contains("Nothing was written")),
        "{:?}",
        h.state().status_text()
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    h.run();
    assert!(!out.exists(), "a cancelled export writes nothing");
}
