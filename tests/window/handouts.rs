//! UI tests: *File → Export…* and *File → Import spreadsheet…* through the real
//! window and the in-app path prompt. What Export writes is what the
//! library draws for the design on screen; Import shows a preview (good
//! rows, bad rows by line, owners not on the chart), changes nothing until
//! accepted, and is then one undo step.

use crate::common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::RemitApp;
use remit::export::{self, CsvTable, Format, Options};

/// The import prompt's field.
const IMPORT_FIELD: &str = "File path (.csv, .xlsx, .ods, .txt)";

fn design<'h>(h: &'h Harness<'_, RemitApp>) -> &'h remit::model::Design {
    h.state().document().design()
}

/// Types `path` into the path prompt (whose field is labelled `field`),
/// presses Enter, and waits for an export it starts to be written.
fn answer_prompt(h: &mut Harness<'_, RemitApp>, field: &str, path: &Path) {
    let input = h.get_by_label(field);
    assert!(input.is_focused(), "the path prompt has the keyboard");
    input.type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    crate::common::wait_for_work(h);
}

#[test]
fn export_writes_what_the_library_draws_for_the_design_on_screen() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");

    // The CSV matrix, chosen in the dialog.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label("Export");
    h.get_by_label("CSV table").click();
    h.run();
    h.get_by_label("R/A/C/I matrix").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let csv = dir.path().join("matrix");
    answer_prompt(&mut h, "File path (.csv)", &csv);
    let written = dir.path().join("matrix.csv");
    let options = Options {
        csv_table: CsvTable::Matrix,
        ..Options::default()
    };
    let expected = export::render(design(&h), Format::Csv, &options).expect("render");
    assert_eq!(std::fs::read(&written).expect("written"), expected);
    assert!(
        h.state()
            .status_text()
            .is_some_and(|s| s.contains("Exported the CSV table")),
        "{:?}",
        h.state().status_text()
    );
    assert!(!h.state().document().is_dirty(), "exporting is not editing");

    // The PNG at 3×, from the File menu this time.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export…").click();
    h.run();
    h.get_by_label("PNG picture of the chart").click();
    h.run();
    let scale = h.get_by_role_and_label(egui::accesskit::Role::Slider, "Scale");
    scale.focus();
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let png = dir.path().join("chart.png");
    answer_prompt(&mut h, "File path (.png)", &png);
    let options = Options {
        scale: remit::export::Scale::from_hundredths(205).expect("a scale"),
        date: Some(remit::export::legend::today()),
        ..Options::default()
    };
    let expected = export::render(design(&h), Format::Png, &options).expect("render");
    assert_eq!(std::fs::read(&png).expect("written"), expected);
}

#[test]
fn import_previews_changes_nothing_until_accepted_then_is_one_undo_step() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("client.csv");
    std::fs::write(
        &path,
        "name,facing,size,owner,notes\n\
         Payroll systems,10%,3,CIO,\n\
         Mobile app,0.9,5,Head of Digital,\"From the client's list\"\n\
         Broken row,lots,2,CTO,\n",
    )
    .expect("write");
    let before = design(&h).clone();

    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    answer_prompt(&mut h, IMPORT_FIELD, &path);

    // The preview: two rows, the bad one by its line, the unknown owner.
    h.get_by_label("client.csv: 2 responsibilities to add.");
    h.get_by_label("Payroll systems");
    h.get_by_label("Mobile app");
    h.get_by_label("Head of Digital (not on the chart)");
    h.get_by_label("1 row cannot be imported and is left out:");
    h.get_by_label_contains("line 4:");
    assert_eq!(design(&h), &before, "nothing changes before Import");

    h.get_by_label("Add these executives to the chart: Head of Digital")
        .click();
    h.run();
    h.get_by_label("Import 2 responsibilities").click();
    h.run();
    let after = design(&h).clone();
    assert_eq!(
        after.responsibilities.len(),
        before.responsibilities.len() + 2
    );
    assert_eq!(after.executives.len(), before.executives.len() + 1);
    let app = after
        .responsibilities
        .iter()
        .find(|r| r.name == "Mobile app")
        .expect("imported");
    let owner = after.executive(app.owner.as_ref().expect("an owner"));
    assert_eq!(
        owner.map(|e| e.short_title.as_str()),
        Some("Head of Digital")
    );
    assert_eq!(app.notes, "From the client's list");
    assert!(h.state().document().is_dirty());
    h.get_by_label("Head of Digital box");

    // One step back takes the whole import out.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(design(&h), &before);
    assert!(!h.state().document().is_dirty());
}

#[test]
fn an_import_cancelled_or_of_a_file_that_is_not_there_changes_nothing() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    let before = design(&h).clone();

    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    answer_prompt(&mut h, IMPORT_FIELD, &dir.path().join("missing.csv"));
    let error = h.state().error().expect("an error").to_owned();
    assert!(error.contains("missing.csv"), "{error}");
    assert_eq!(design(&h), &before);

    let path = dir.path().join("one.csv");
    std::fs::write(&path, "name\nArchive\n").expect("write");
    h.get_by_label("OK").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    answer_prompt(&mut h, IMPORT_FIELD, &path);
    h.get_by_label("one.csv: 1 responsibility to add.");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(design(&h), &before);
    assert!(!h.state().document().can_undo());
}

/// A spreadsheet of `rows` rows, each with a note of `note` characters,
/// written to `dir/name`.
fn spreadsheet(dir: &Path, name: &str, rows: usize, note: usize) -> std::path::PathBuf {
    let path = dir.join(name);
    let mut text = String::from("Area;Lead;Headcount;Notes\r\n");
    let words = "as agreed with the business ".repeat(note / 28 + 1);
    for k in 0..rows {
        let lead = ["CIO", "CTO", "Chief Digital Officer"][k % 3];
        text.push_str(&format!(
            "Item {k};{lead};{},5;{}\r\n",
            k % 9,
            &words[..note]
        ));
    }
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_large_spreadsheet_is_read_off_the_window_s_thread_and_its_preview_comes() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = spreadsheet(dir.path(), "large.csv", 2_000, 200);
    assert!(
        std::fs::metadata(&path).expect("size").len()
            >= remit::controller::READ_AT_ONCE_BELOW as u64,
        "large enough to be read on the work thread"
    );
    let before = design(&h).clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label(IMPORT_FIELD)
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.step();
    assert!(h.state().working(), "the reading runs on its own thread");
    common::wait_for_work(&mut h);
    h.get_by_label("large.csv: 2000 responsibilities to add.");
    assert_eq!(design(&h), &before, "nothing changes before Import");
    h.get_by_label("Import 2000 responsibilities").click();
    h.run();
    assert_eq!(
        design(&h).responsibilities.len(),
        before.responsibilities.len() + 2_000
    );
}

#[test]
fn a_long_import_can_be_cancelled_and_changes_nothing() {
    let mut h = common::started(None);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = spreadsheet(dir.path(), "huge.csv", 400_000, 4);
    let before = design(&h).clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label(IMPORT_FIELD)
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.step();
    common::wait_until(&mut h, "the reading is shown", |h| {
        h.query_by_label_contains("Reading huge.csv").is_some()
    });
    // The window keeps working meanwhile.
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
            .is_some_and(|s| s.contains("Cancelled") && s.contains("Nothing was imported")),
        "{:?}",
        h.state().status_text()
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    h.run();
    assert!(h.state().dialog().is_none(), "no preview comes after all");
    assert_eq!(design(&h), &before);
    assert!(!h.state().document().can_undo());
}

/// Issue 19: a preview taller than egui's first guess at a window (a
/// client's sheet with bad rows and owners not on the chart) was cut at
/// 400 points, and a click on its Import button, drawn below the cut, was
/// taken as a click outside the dialog: it closed, and nothing was
/// imported.
#[test]
fn a_tall_preview_is_whole_and_its_buttons_answer_the_mouse_at_both_sizes() {
    for size in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        let mut h = common::window_sized(remit::app::AppOptions::default(), size);
        h.run();
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tall.csv");
        let mut text = String::from("Area;Lead;Headcount;Notes\r\n");
        for k in 0..60 {
            let lead = ["CIO", "Head of Data", "Chief Digital Officer"][k % 3];
            text.push_str(&format!("Item {k};{lead};{},5;noted\r\n", k % 9));
        }
        text.push_str(";CIO;3;no name\r\nBad size;CTO;many;x\r\n");
        std::fs::write(&path, text).expect("write");
        let before = design(&h).responsibilities.len();
        h.key_press_modifiers(Modifiers::COMMAND, Key::I);
        h.run();
        answer_prompt(&mut h, IMPORT_FIELD, &path);
        let button = h.get_by_label("Import 60 responsibilities").rect();
        let heading = h.get_by_label("Import responsibilities").rect();
        assert!(
            heading.top() >= 0.0 && button.bottom() <= size.y,
            "{heading:?} {button:?} on {size:?}"
        );
        h.get_by_label("Import 60 responsibilities").click();
        h.run();
        assert_eq!(
            design(&h).responsibilities.len(),
            before + 60,
            "{:?} {:?}",
            h.state().status_text(),
            h.state().dialog().is_some()
        );
    }
}

#[test]
fn the_change_list_between_options_is_offered_once_there_are_options() {
    let versions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/versions");
    let dir = tempfile::tempdir().expect("tempdir");
    // One option: the choice is there, greyed out.
    let mut h = common::started(Some(versions.join("v5.ron")));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label("CSV table").click();
    h.run();
    let offered = h.get_by_label("Change list between options (one row per change)");
    assert!(offered.accesskit_node().is_disabled());
    h.key_press(Key::Escape);
    h.run();

    // Three options, "Option A" shown: its changes to "As is".
    let mut h = common::started(Some(versions.join("v6.ron")));
    h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    h.run();
    assert_eq!(h.state().document().current_option(), 1);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    h.get_by_label("CSV table").click();
    h.run();
    h.get_by_label("Change list between options (one row per change)")
        .click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let csv = dir.path().join("changes");
    answer_prompt(&mut h, "File path (.csv)", &csv);
    let written = std::fs::read(dir.path().join("changes.csv")).expect("written");
    let options = Options {
        csv_table: CsvTable::Changes,
        ..Options::default()
    };
    let expected = export::render_option(
        h.state().document().options(),
        1,
        Format::Csv,
        &options,
        &mut remit::export::Progress::none(),
    )
    .expect("render");
    assert_eq!(written, expected.bytes);
    let text = String::from_utf8_lossy(&written);
    assert!(
        text.contains("No Chief Data Officer in this option"),
        "{text}"
    );
    assert!(!h.state().document().is_dirty(), "exporting is not editing");
}
