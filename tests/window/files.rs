//! UI tests for keeping files safe and finding them again: autosave timing
//! and clean-up, the recovery dialog, Open Recent, reopening the last design,
//! and failed saves that keep the design and its unsaved marker.

use crate::common;

use common::wait_until;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::NodeT as _, kittest::Queryable};
use remit::app::{AppOptions, Conflict, Dialog, RemitApp};
use remit::autosave::Session;
use remit::file;
use remit::model::{Design, Edit, ExecutiveId, ResponsibilityId};
use remit::preferences::Preferences;
use remit::templates;

const SECURITY: &str = "Information security";

fn harness(options: AppOptions) -> Harness<'static, RemitApp> {
    let mut h = common::window(options);
    h.run();
    h
}

/// Autosave into `data`. Changes are written 30 s after the last one, so
/// never while a test that does not wait for them runs (the writer wakes
/// the window when it is done, which would add frames to `run`).
fn with_autosave(path: Option<PathBuf>, data: &Path) -> AppOptions {
    AppOptions {
        path,
        autosave_dir: Some(data.to_owned()),
        autosave_delay: Duration::from_secs(30),
        ..AppOptions::default()
    }
}

/// Autosave into `data`, written [`SHORT_DELAY`] after the last change.
fn with_quick_autosave(path: Option<PathBuf>, data: &Path) -> AppOptions {
    AppOptions {
        autosave_delay: SHORT_DELAY,
        ..with_autosave(path, data)
    }
}

/// A short autosave delay, for tests that wait for a timed write (long
/// enough that the write does not start within the frames of one `run`).
const SHORT_DELAY: Duration = Duration::from_millis(200);

/// Waits until the autosave file holds the design as it is now (or is gone,
/// when nothing is unsaved).
fn wait_for_autosave(h: &mut Harness<'_, RemitApp>) {
    wait_until(h, "the autosave holds the design on screen", |h| {
        h.state().controller().autosave_is_current()
            && match autosaved(h) {
                Some(design) => {
                    h.state().document().is_dirty() && &design == h.state().document().design()
                }
                None => !h.state().document().is_dirty(),
            }
    });
}

/// Runs the frame that takes the input just given (which starts an
/// autosave write or removal), waits for the autosave to hold the design on
/// screen, then lets the window settle.
fn run_and_wait_for_autosave(h: &mut Harness<'_, RemitApp>) {
    h.step();
    wait_for_autosave(h);
    h.run();
}

/// Runs the window in real time for `time`.
fn run_for(h: &mut Harness<'_, RemitApp>, time: Duration) {
    let start = Instant::now();
    while start.elapsed() < time {
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
}

fn with_preferences(preferences: Preferences) -> AppOptions {
    AppOptions {
        preferences: Some(preferences),
        ..AppOptions::default()
    }
}

fn owner(h: &Harness<'_, RemitApp>, id: &str) -> Option<String> {
    h.state()
        .document()
        .design()
        .responsibility(&ResponsibilityId(id.into()))
        .and_then(|r| r.owner.as_ref().map(|o| o.0.clone()))
}

fn move_security(h: &mut Harness<'_, RemitApp>, key: Key) {
    h.get_by_label(SECURITY).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, key);
    h.run();
}

fn saved_design(dir: &Path, file: &str, name: &str) -> PathBuf {
    let mut design = templates::default_design();
    design.name = name.into();
    let path = dir.join(file);
    file::save(&design, &path).unwrap();
    path
}

fn autosaved(h: &Harness<'_, RemitApp>) -> Option<Design> {
    let path = h.state().autosave_path()?;
    remit::autosave::read_record(&path)
        .ok()
        .map(|r| r.options.first().clone())
}

fn open_file_menu(h: &mut Harness<'_, RemitApp>) {
    h.get_by_label("File").click();
    h.run();
}

// ---------------------------------------------------------------------------
// Autosave
// ---------------------------------------------------------------------------

#[test]
fn nothing_is_autosaved_until_something_changes() {
    let data = tempfile::tempdir().unwrap();
    let mut h = harness(with_quick_autosave(None, data.path()));
    h.event(egui::Event::WindowFocused(false));
    h.run();
    // Well past the delay, with time for a write on the autosave thread.
    run_for(&mut h, SHORT_DELAY * 6);
    assert_eq!(autosaved(&h), None);
    assert!(h.state().controller().autosave_is_current());
}

#[test]
fn autosave_follows_changes_and_goes_when_they_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = saved_design(dir.path(), "plan.ron", "Plan");
    let original = std::fs::read(&file).unwrap();
    let mut h = harness(with_quick_autosave(Some(file.clone()), &data));

    move_security(&mut h, Key::Num2);
    wait_for_autosave(&mut h);
    let kept = autosaved(&h).expect("the change is autosaved");
    assert_eq!(&kept, h.state().document().design());
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original,
        "never the user's file"
    );

    // Undoing back to the saved state leaves nothing unsaved: no autosave.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    run_and_wait_for_autosave(&mut h);
    assert!(!h.state().document().is_dirty());
    assert_eq!(autosaved(&h), None);

    // Change again; losing the focus autosaves it without waiting for the
    // delay; save: the autosave goes.
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    h.run();
    h.event(egui::Event::WindowFocused(false));
    run_and_wait_for_autosave(&mut h);
    assert!(autosaved(&h).is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    run_and_wait_for_autosave(&mut h);
    assert!(!h.state().document().is_dirty());
    assert_eq!(autosaved(&h), None);
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
}

#[test]
fn losing_the_focus_autosaves_at_once() {
    let data = tempfile::tempdir().unwrap();
    let mut h = harness(with_autosave(None, data.path()));
    move_security(&mut h, Key::Num2);
    run_for(&mut h, Duration::from_millis(200));
    assert_eq!(autosaved(&h), None, "the delay is 30 s");
    h.event(egui::Event::WindowFocused(false));
    run_and_wait_for_autosave(&mut h);
    assert_eq!(autosaved(&h).as_ref(), Some(h.state().document().design()));
}

#[test]
fn changes_within_the_interval_wait_for_it() {
    let data = tempfile::tempdir().unwrap();
    let options = AppOptions {
        autosave_delay: Duration::from_millis(800),
        ..with_quick_autosave(None, data.path())
    };
    let mut h = harness(options);
    let security_owner = |design: Option<Design>| {
        design.and_then(|d| {
            d.responsibility(&ResponsibilityId("security".into()))
                .and_then(|r| r.owner.clone())
        })
    };

    // A change is not written at once, but once the delay has passed.
    move_security(&mut h, Key::Num2);
    assert_eq!(
        autosaved(&h),
        None,
        "not yet: the delay runs from the change"
    );
    wait_for_autosave(&mut h);
    assert_eq!(
        security_owner(autosaved(&h)),
        Some(ExecutiveId("cto".into()))
    );

    // Another change: the autosave keeps the first until the delay has
    // passed again.
    h.key_press_modifiers(Modifiers::ALT, Key::Num0);
    h.run();
    let waiting = autosaved(&h).unwrap();
    assert_ne!(&waiting, h.state().document().design(), "not yet");
    assert!(!h.state().controller().autosave_is_current());
    wait_for_autosave(&mut h);
    assert_eq!(autosaved(&h).as_ref(), Some(h.state().document().design()));
    assert_eq!(security_owner(autosaved(&h)), None);
}

// ---------------------------------------------------------------------------
// Recovery
// ---------------------------------------------------------------------------

/// Leaves an autosave as a designer that died would: written, lock released.
fn leave_autosave(data: &Path, design: &Design, file: Option<&Path>) {
    let session = Session::start(data).unwrap();
    session
        .write(&remit::model::Options::one(design.clone()), file)
        .unwrap();
    drop(session);
}

#[test]
fn recovery_lists_each_autosave_and_discard_deletes_it() {
    let data = tempfile::tempdir().unwrap();
    let mut first = templates::default_design();
    first.name = "Board pack".into();
    let mut second = templates::default_design();
    second.name = "Workshop draft".into();
    leave_autosave(data.path(), &first, Some(Path::new("/designs/board.ron")));
    leave_autosave(data.path(), &second, None);

    let mut h = harness(with_autosave(None, data.path()));
    assert_eq!(h.state().dialog(), Some(&Dialog::Recovery));
    h.get_by_label("Board pack");
    h.get_by_label("File: /designs/board.ron");
    h.get_by_label("Workshop draft");
    h.get_by_label("Never saved to a file");
    assert_eq!(h.get_all_by_label("Recover").count(), 2);
    assert!(h.get_all_by_label("Recover").next().unwrap().is_focused());

    h.get_all_by_label("Discard").next().unwrap().click();
    h.run();
    assert_eq!(h.state().orphans().len(), 1);
    assert!(h.query_by_label("Board pack").is_none());

    h.get_by_label("Recover").click();
    // One frame, and straight to a clean close: the recovered design is
    // still being written to this designer's autosave (`run` would wait
    // for the writer's wake-up), and the old autosave must go all the same.
    h.step();
    assert_eq!(h.state().document().design().name, "Workshop draft");
    assert!(h.state().document().is_dirty());
    assert!(h.state().document().path().is_none());
    assert!(h.state().dialog().is_none());
    h.state_mut().shutdown();
    assert_eq!(
        std::fs::read_dir(data.path()).unwrap().count(),
        0,
        "one discarded, one recovered then cleanly closed: nothing left"
    );
}

#[test]
fn decide_later_keeps_the_autosave_for_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let mut design = templates::default_design();
    design.name = "Keep me".into();
    leave_autosave(data.path(), &design, None);

    let mut h = harness(with_autosave(None, data.path()));
    h.get_by_label("Decide later").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().document().design(), &templates::default_design());
    h.get_by_label_contains("1 autosaved design kept");
    h.state_mut().shutdown();
    drop(h);

    let h = harness(with_autosave(None, data.path()));
    assert_eq!(h.state().orphans().len(), 1);
    h.get_by_label("Keep me");
}

#[test]
fn a_damaged_autosave_can_only_be_discarded() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("session-1-1.autosave.ron"),
        "(remit_autosave: 1, saved_at: 1, file: None, design: (format_version: 1, name: \"x\"",
    )
    .unwrap();
    let mut h = harness(with_autosave(None, data.path()));
    h.get_by_label("An autosave that cannot be read");
    assert!(h.get_by_label("Recover").accesskit_node().is_disabled());
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert!(!data.path().join("session-1-1.autosave.ron").exists());
}

#[test]
fn recovering_from_the_menu_asks_about_unsaved_changes_first() {
    let data = tempfile::tempdir().unwrap();
    let mut h = harness(with_autosave(None, data.path()));
    move_security(&mut h, Key::Num2);
    let mut design = templates::default_design();
    design.name = "From another window".into();
    leave_autosave(data.path(), &design, None);

    open_file_menu(&mut h);
    h.get_by_label("Recover Autosaved Designs…").click();
    h.run();
    assert_eq!(h.state().dialog(), Some(&Dialog::Recovery));
    h.get_by_label("Recover").click();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Unsaved { .. })));
    h.get_by_label("Discard").click();
    run_and_wait_for_autosave(&mut h);
    assert_eq!(h.state().document().design().name, "From another window");
}

// ---------------------------------------------------------------------------
// Open Recent and reopening the last design
// ---------------------------------------------------------------------------

#[test]
fn open_recent_lists_files_and_greys_out_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let here = saved_design(dir.path(), "here.ron", "Still here");
    let gone = dir.path().join("gone.ron");
    let mut h = harness(with_preferences(Preferences {
        recent: vec![gone.clone(), here.clone()],
        ..Preferences::default()
    }));
    open_file_menu(&mut h);
    h.get_by_label("Open Recent").hover();
    h.run();
    assert!(
        h.get_by_label_contains("gone.ron (missing)")
            .accesskit_node()
            .is_disabled()
    );
    let item = h.get_by_label_contains("here.ron");
    assert!(!item.accesskit_node().is_disabled());
    item.click();
    h.run();
    assert_eq!(h.state().document().design().name, "Still here");
    assert_eq!(h.state().document().path(), Some(here.as_path()));
    assert_eq!(h.state().preferences().recent[0], here, "newest first");
}

#[test]
fn opening_and_saving_put_files_at_the_top_of_recent() {
    let dir = tempfile::tempdir().unwrap();
    let a = saved_design(dir.path(), "a.ron", "A");
    let mut h = harness(AppOptions {
        path: Some(a.clone()),
        ..AppOptions::default()
    });
    assert_eq!(h.state().preferences().recent, vec![a.clone()]);
    let b = dir.path().join("b.ron");
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    h.run();
    let field = h.get_by_label("File path (.ron)");
    field.type_text(&b.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(b.exists());
    assert_eq!(h.state().preferences().recent, vec![b, a]);

    open_file_menu(&mut h);
    h.get_by_label("Open Recent").hover();
    h.run();
    h.get_by_label("Clear Recent").click();
    h.run();
    assert!(h.state().preferences().recent.is_empty());
}

#[test]
fn the_last_design_is_reopened_on_start_unless_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let last = saved_design(dir.path(), "last.ron", "Last time");
    let prefs = Preferences {
        last_open: Some(last.clone()),
        ..Preferences::default()
    };
    let h = harness(with_preferences(prefs.clone()));
    assert_eq!(h.state().document().design().name, "Last time");
    assert_eq!(h.state().document().path(), Some(last.as_path()));

    let h = harness(with_preferences(Preferences {
        reopen_last: false,
        ..prefs.clone()
    }));
    assert_eq!(h.state().document().design(), &templates::default_design());

    // A file on the command line wins.
    let other = saved_design(dir.path(), "other.ron", "Other");
    let h = harness(AppOptions {
        path: Some(other),
        ..with_preferences(prefs)
    });
    assert_eq!(h.state().document().design().name, "Other");
}

#[test]
fn a_last_design_that_is_gone_or_broken_falls_back_to_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone.ron");
    let h = harness(with_preferences(Preferences {
        last_open: Some(gone),
        ..Preferences::default()
    }));
    assert_eq!(h.state().document().design(), &templates::default_design());
    h.get_by_label_contains("is no longer there");

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, name: ").unwrap();
    let h = harness(with_preferences(Preferences {
        last_open: Some(broken),
        ..Preferences::default()
    }));
    assert_eq!(h.state().document().design(), &templates::default_design());
    h.get_by_label_contains("Could not reopen the last design");
}

#[test]
fn the_reopen_preference_can_be_turned_off_from_the_file_menu() {
    let mut h = harness(with_preferences(Preferences::default()));
    open_file_menu(&mut h);
    h.get_by_label("Reopen last design on start").click();
    h.run();
    assert!(!h.state().preferences().reopen_last);
}

// ---------------------------------------------------------------------------
// Failed saves
// ---------------------------------------------------------------------------

fn save_as(h: &mut Harness<'_, RemitApp>, path: &Path) {
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    h.run();
    h.get_by_label("File path (.ron)")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn a_save_that_fails_says_why_and_keeps_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should go, and a "folder" that is a file.
    let in_the_way = dir.path().join("taken.ron");
    std::fs::create_dir(&in_the_way).unwrap();
    let not_a_folder = dir.path().join("plain-file");
    std::fs::write(&not_a_folder, "x").unwrap();

    for target in [in_the_way.clone(), not_a_folder.join("design.ron")] {
        let mut h = harness(AppOptions::default());
        move_security(&mut h, Key::Num2);
        save_as(&mut h, &target);
        // A folder is not a file to replace: no question, straight to why
        // it cannot be saved there.
        assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
        let message = h.state().error().expect("an error is shown").to_owned();
        assert!(message.contains(&target.display().to_string()), "{message}");
        h.get_by_label_contains("the file on disk was not changed");
        assert!(h.state().document().is_dirty());
        assert!(h.state().window_title().ends_with('*'));
        assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    }
    assert!(in_the_way.is_dir());
    assert_eq!(std::fs::read(&not_a_folder).unwrap(), b"x");
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_leaves_the_old_file_whole() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let file = saved_design(&folder, "plan.ron", "Plan");
    let before = std::fs::read(&file).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores permission bits; the folder is then made unusable
    // another way: replaced, for the save, by a path through a plain file.
    let blocks = std::fs::write(folder.join("probe"), "").is_err();
    let mut h = harness(AppOptions {
        path: Some(file.clone()),
        ..AppOptions::default()
    });
    move_security(&mut h, Key::Num2);
    if blocks {
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run();
    } else {
        let _ = std::fs::remove_file(folder.join("probe"));
        save_as(&mut h, &file.join("cannot-exist.ron"));
    }
    let message = h.state().error().expect("an error is shown").to_owned();
    assert!(message.contains("plan.ron"), "{message}");
    assert!(h.state().document().is_dirty());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the old file is whole"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".remit-save-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Presses Tab (or Shift+Tab) until the widget whose label contains `label`
/// has the keyboard focus; `false` if it never does.
fn tab_to(h: &mut Harness<'_, RemitApp>, label: &str) -> bool {
    let there = |h: &Harness<'_, RemitApp>| {
        h.query_by_label_contains(label)
            .is_some_and(|n| n.is_focused())
    };
    [Modifiers::NONE, Modifiers::SHIFT]
        .into_iter()
        .any(|modifiers| common::press_until(h, modifiers, Key::Tab, 12, there))
}

#[test]
fn open_recent_works_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let here = saved_design(dir.path(), "here.ron", "Keyboard pick");
    let mut h = harness(with_preferences(Preferences {
        recent: vec![here.clone()],
        ..Preferences::default()
    }));
    assert!(tab_to(&mut h, "File"));
    h.key_press(Key::Enter);
    h.run();
    assert!(tab_to(&mut h, "Open Recent"));
    h.key_press(Key::Enter);
    h.run();
    assert!(tab_to(&mut h, "here.ron"));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().document().path(), Some(here.as_path()));
    assert_eq!(h.state().document().design().name, "Keyboard pick");
}

// ---------------------------------------------------------------------------
// Files changed by another program, and files already there
// ---------------------------------------------------------------------------

/// Another program writes `name`'s design, with Information security at
/// `security`, to `path`.
fn written_elsewhere(path: &Path, name: &str, security: Option<&str>) {
    let mut design = templates::default_design();
    design.name = name.into();
    let security = security.map(|o| ExecutiveId(o.into()));
    design
        .apply(Edit::Move {
            responsibility: ResponsibilityId("security".into()),
            to: security,
        })
        .unwrap();
    file::save(&design, path).unwrap();
}

fn loaded_name(path: &Path) -> String {
    file::load(path).unwrap().name
}

fn focus_window(h: &mut Harness<'_, RemitApp>) {
    h.event(egui::Event::WindowFocused(true));
    h.run();
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_design(dir.path(), "plan.ron", "Plan");
    let mut h = harness(AppOptions {
        path: Some(file.clone()),
        ..AppOptions::default()
    });
    move_security(&mut h, Key::Num2);
    written_elsewhere(&file, "Edited elsewhere", Some("cio"));

    // Ctrl+S asks; Cancel leaves the other program's file as it is.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Overwrite {
            path: file.clone(),
            conflict: Conflict::ChangedOnDisk,
            then: None,
        })
    );
    h.get_by_label("The file changed on disk");
    assert!(
        h.get_by_label("Save As…").is_focused(),
        "the safe answer has the keyboard"
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(loaded_name(&file), "Edited elsewhere");
    assert!(h.state().document().is_dirty());

    // Enter picks the focused answer, Save As…: the path prompt.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        matches!(h.state().dialog(), Some(Dialog::PathPrompt { .. })),
        "{:?}",
        h.state().dialog()
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(loaded_name(&file), "Edited elsewhere");

    // Overwrite replaces it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Overwrite").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(&file::load(&file).unwrap(), h.state().document().design());
    assert!(!h.state().document().is_dirty());
}

#[test]
fn save_as_over_another_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let other = saved_design(dir.path(), "other.ron", "Other");
    let mut h = harness(AppOptions::default());
    move_security(&mut h, Key::Num2);

    save_as(&mut h, &other);
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::Overwrite {
                conflict: Conflict::Exists,
                ..
            })
        ),
        "{:?}",
        h.state().dialog()
    );
    h.get_by_label("Replace the file?");
    assert!(h.get_by_label("Save As…").is_focused());
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(loaded_name(&other), "Other");
    assert_eq!(h.state().document().path(), None);
    assert!(h.state().document().is_dirty());

    save_as(&mut h, &other);
    h.get_by_label("Replace").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(&file::load(&other).unwrap(), h.state().document().design());
    assert_eq!(h.state().document().path(), Some(other.as_path()));
    assert!(!h.state().document().is_dirty());
}

#[test]
fn coming_back_to_the_window_reloads_or_asks_about_a_changed_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_design(dir.path(), "plan.ron", "Plan");
    let mut h = harness(AppOptions {
        path: Some(file.clone()),
        ..AppOptions::default()
    });

    // Nothing unsaved: the file is reloaded.
    written_elsewhere(&file, "Plan v2", Some("cto"));
    focus_window(&mut h);
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().document().design().name, "Plan v2");
    assert_eq!(owner(&h, "security").as_deref(), Some("cto"));
    assert!(!h.state().document().is_dirty());
    h.get_by_label("CTO: internal 23% · external 77%");
    h.get_by_label_contains("Reloaded");

    // Unsaved changes: it asks; keeping them keeps them.
    move_security(&mut h, Key::Num1);
    written_elsewhere(&file, "Plan v3", None);
    focus_window(&mut h);
    assert_eq!(h.state().dialog(), Some(&Dialog::ChangedOnDisk));
    assert!(h.get_by_label("Keep my version").is_focused());
    h.get_by_label("Keep my version").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().document().design().name, "Plan v2");
    assert_eq!(owner(&h, "security").as_deref(), Some("cio"));
    assert!(h.state().document().is_dirty());
    // Asked once about this version of the file.
    focus_window(&mut h);
    assert!(h.state().dialog().is_none());

    // A newer version asks again; reloading loses the changes.
    written_elsewhere(&file, "Plan v4", None);
    focus_window(&mut h);
    assert_eq!(h.state().dialog(), Some(&Dialog::ChangedOnDisk));
    h.get_by_label("Reload from disk").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().document().design().name, "Plan v4");
    assert_eq!(owner(&h, "security"), None);
    assert!(!h.state().document().is_dirty());
}
