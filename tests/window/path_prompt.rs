//! UI tests: Remit's own file prompt (where no native dialog exists)
//! starts in the design's folder, lists it (folders, then the files asked
//! for), goes into a folder on a click or Enter, completes a typed name
//! with Tab, and opens a design with the keyboard alone.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{AppOptions, Dialog, FileDialogs, RemitApp};
use remit::controller::file_dialog::folder;
use remit::file;
use remit::model::Design;
use remit::templates::{TEMPLATES, default_design};

/// The prompt's field.
const FIELD: &str = "File path (.ron)";

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn type_text(h: &mut Harness<'_, RemitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

/// What the prompt's field holds.
fn field(h: &Harness<'_, RemitApp>) -> String {
    h.get_by_role_and_label(Role::TextInput, FIELD)
        .value()
        .unwrap_or_default()
}

/// A folder holding the design that is open, another design in a
/// sub-folder, and a file of another kind.
fn workshop() -> (tempfile::TempDir, Design) {
    let dir = tempfile::tempdir().unwrap();
    file::save(&default_design(), &dir.path().join("acme.ron")).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    std::fs::create_dir(dir.path().join("archive")).unwrap();
    let old = (TEMPLATES[1].build)();
    file::save(&old, &dir.path().join("archive").join("option-b.ron")).unwrap();
    (dir, old)
}

fn started_in(dir: &std::path::Path) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        path: Some(dir.join("acme.ron")),
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.run();
    h
}

#[test]
fn the_prompt_lists_the_designs_folder_and_opens_from_the_keyboard() {
    let (dir, old) = workshop();
    let mut h = started_in(dir.path());
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt { .. })
    ));
    // It starts in the design's folder, and lists it.
    assert_eq!(field(&h), folder::as_typed(dir.path()));
    h.get_by_label("archive/");
    h.get_by_label("acme.ron");
    assert!(h.query_by_label("notes.txt").is_none(), "only designs");
    // Typing replaces the suggestion; Tab completes the folder's name.
    type_text(&mut h, "ar");
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(field(&h), "archive/");
    assert!(
        h.get_by_role_and_label(Role::TextInput, FIELD).is_focused(),
        "Tab completed instead of moving on"
    );
    // The list is now the folder's.
    h.get_by_label("option-b.ron");
    assert!(h.query_by_label("acme.ron").is_none());
    type_text(&mut h, "o");
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(field(&h), "archive/option-b.ron");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert_eq!(h.state().document().design(), &old);
    assert_eq!(
        h.state().document().path(),
        Some(dir.path().join("archive").join("option-b.ron").as_path())
    );
}

#[test]
fn a_click_goes_into_a_folder_or_up_and_enter_on_a_folder_goes_in() {
    let (dir, _) = workshop();
    let mut h = started_in(dir.path());
    press(&mut h, Modifiers::COMMAND, Key::O);
    h.get_by_label("archive/").click();
    h.run();
    assert_eq!(field(&h), folder::as_typed(&dir.path().join("archive")));
    h.get_by_label("option-b.ron");
    // Up to the folder above.
    let up = format!("Up to {}", folder::as_typed(dir.path()));
    h.get_by_label(&up).click();
    h.run();
    assert_eq!(field(&h), folder::as_typed(dir.path()));
    // A folder typed whole and Enter: into it, not an attempt to open it.
    let archive = dir.path().join("archive").display().to_string();
    h.get_by_role_and_label(Role::TextInput, FIELD).focus();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::A);
    type_text(&mut h, &archive);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::PathPrompt { .. })
    ));
    assert!(h.state().error().is_none());
    assert_eq!(field(&h), folder::as_typed(&dir.path().join("archive")));
    // A file clicked in the list is put in the field, with the keyboard.
    h.get_by_label("option-b.ron").click();
    h.run();
    assert!(field(&h).ends_with("option-b.ron"));
    assert!(h.get_by_role_and_label(Role::TextInput, FIELD).is_focused());
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().dialog().is_none());
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}

/// Found on a walk: the import reads workbooks and text files, yet its
/// prompt was titled "from CSV" and listed only `.csv` files, so a
/// client's `.xlsx` beside the design was not there to choose.
#[test]
fn the_import_prompt_lists_every_spreadsheet_it_reads() {
    let (dir, _) = workshop();
    for name in ["list.csv", "Verantwortlichkeiten.xlsx", "plan.ods"] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    let mut h = started_in(dir.path());
    press(&mut h, Modifiers::COMMAND, Key::I);
    h.get_by_label("Import responsibilities from a spreadsheet");
    for name in [
        "list.csv",
        "Verantwortlichkeiten.xlsx",
        "plan.ods",
        "notes.txt",
    ] {
        h.get_by_label(name);
    }
    assert!(h.query_by_label("acme.ron").is_none(), "no designs");
    h.get_by_role_and_label(Role::TextInput, "File path (.csv, .xlsx, .ods, .txt)");
}
