//! Dropping files onto the window: a `.ron` design opens (asking first when
//! there are unsaved changes); anything else is refused with a reason and the
//! design on screen stays as it was.
use crate::common::{self, Dropped};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, Dialog, FileDialogs, RemitApp};
use remit::file;
use remit::model::{ExecutiveId, ResponsibilityId};
use remit::templates;

fn harness() -> Harness<'static, RemitApp> {
    common::window(AppOptions {
        path: None,
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    })
}

fn drop_file(h: &mut Harness<'static, RemitApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    h.run();
}

fn saved_design_with_security_at_cto(dir: &Path) -> PathBuf {
    let mut design = templates::default_design();
    design.name = "Dropped design".into();
    design
        .apply(remit::model::Edit::Move {
            responsibility: ResponsibilityId("security".into()),
            to: Some(ExecutiveId("cto".into())),
        })
        .unwrap();
    let path = dir.join("dropped.ron");
    file::save(&design, &path).unwrap();
    path
}

#[test]
fn dropping_a_design_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_design_with_security_at_cto(dir.path());
    let mut h = harness();
    h.run();
    drop_file(&mut h, &path);
    assert_eq!(h.state().document().path(), Some(path.as_path()));
    assert!(
        h.query_by_label("CTO: internal 23% · external 77%")
            .is_some()
    );
    assert!(h.state().window_title().contains("dropped.ron"));
}

#[test]
fn dropping_a_design_over_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_design_with_security_at_cto(dir.path());
    let mut h = harness();
    h.run();
    h.get_by_label("Infrastructure").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num2);
    h.run();
    assert!(h.state().document().is_dirty());
    drop_file(&mut h, &path);
    assert!(
        h.query_by_label("Discard").is_some(),
        "asks Save / Discard / Cancel"
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().document().path(), None, "Cancel keeps the design");
    drop_file(&mut h, &path);
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(h.state().document().path(), Some(path.as_path()));
}

#[test]
fn dropping_something_else_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "hello").unwrap();
    let mut h = harness();
    h.run();
    let before = h.state().document().design().clone();
    drop_file(&mut h, &path);
    assert!(
        h.query_by_label_contains("is not a Remit design").is_some(),
        "the status line explains why"
    );
    assert_eq!(h.state().document().design(), &before);
}

#[test]
fn a_design_dropped_while_a_dialog_waits_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_design_with_security_at_cto(dir.path());
    let mut h = harness();
    h.run();
    h.get_by_label("Infrastructure").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num2);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    let asking = h.state().dialog().cloned();
    assert!(matches!(asking, Some(Dialog::Unsaved { .. })), "{asking:?}");
    let before = h.state().document().design().clone();

    drop_file(&mut h, &path);
    assert_eq!(h.state().dialog(), asking.as_ref(), "the question stays");
    assert_eq!(h.state().document().path(), None);
    assert_eq!(h.state().document().design(), &before);
    let status = h.state().status_text().unwrap_or_default().to_owned();
    assert!(
        status.contains("dropped.ron") && status.contains("Answer the open dialog first"),
        "the status line says why: {status:?}"
    );
    h.get_by_label_contains("Answer the open dialog first");
}
