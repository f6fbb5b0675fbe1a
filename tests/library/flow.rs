//! The controller without a window: the open/save/close flow as a plain
//! state machine. Each test sends actions the way the window would, then
//! checks the question asked, the design held, what the status line says
//! and what is on disk.

use std::path::{Path, PathBuf};

use remit::controller::{
    Action, Answer, Command, Conflict, Controller, Dialog, Effect, PathPurpose, Pending, Selection,
    Source, StartOptions,
};
use remit::file;
use remit::model::{Edit, ExecutiveId, ResponsibilityId};
use remit::templates::default_design;

fn controller_on(path: Option<PathBuf>) -> Controller {
    Controller::new(
        StartOptions {
            path,
            ..StartOptions::default()
        },
        None,
    )
}

fn move_security_to_cto() -> Action {
    Action::Edit(Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: Some(ExecutiveId("cto".into())),
    })
}

fn security_owner(c: &Controller) -> Option<String> {
    c.document()
        .design()
        .responsibility(&ResponsibilityId("security".into()))
        .and_then(|r| r.owner.clone())
        .map(|o| o.0)
}

fn saved_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    file::save(&default_design(), &path).expect("save");
    path
}

#[test]
fn new_with_unsaved_changes_asks_and_each_answer_does_what_it_says() {
    let mut c = controller_on(None);
    c.apply(vec![move_security_to_cto()]);
    assert!(c.document().is_dirty());

    c.apply(vec![Action::Command(Command::New)]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::New(0)
        })
    );
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    assert_eq!(c.dialog(), None);
    assert_eq!(
        security_owner(&c).as_deref(),
        Some("cto"),
        "cancel keeps it"
    );

    c.apply(vec![
        Action::Command(Command::New),
        Action::Answer(Answer::Discard),
    ]);
    assert_eq!(c.dialog(), None);
    assert_eq!(
        security_owner(&c).as_deref(),
        Some("cio"),
        "a new default design"
    );
    assert!(!c.document().is_dirty());
}

#[test]
fn saving_a_design_without_a_file_asks_for_one_then_carries_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut c = controller_on(None);
    c.apply(vec![move_security_to_cto(), Action::Command(Command::Quit)]);
    assert_eq!(c.take_effects(), vec![Effect::CloseWindow]);
    // The window then reports the close request.
    c.apply(vec![Action::CloseRequested]);
    assert_eq!(c.take_effects(), vec![Effect::CancelClose]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::Close
        })
    );
    c.apply(vec![Action::Answer(Answer::Save)]);
    let Some(Dialog::PathPrompt { purpose, text }) = c.dialog().cloned() else {
        panic!("asks where to save: {:?}", c.dialog());
    };
    assert!(text.ends_with("traditional-split.ron"), "{text}");
    let path = dir.path().join("workshop");
    c.apply(vec![Action::PathTyped {
        path: path.clone(),
        purpose,
    }]);
    let saved = path.with_extension("ron");
    assert_eq!(
        file::load(&saved).map(|d| d.responsibilities.len()),
        Ok(default_design().responsibilities.len())
    );
    assert_eq!(c.take_effects(), vec![Effect::CloseWindow], "then closes");
    c.apply(vec![Action::CloseRequested]);
    assert!(c.take_effects().is_empty(), "and lets the close happen");
}

#[test]
fn a_clean_design_closes_without_a_question() {
    let mut c = controller_on(None);
    // Looking at things changes nothing.
    for id in ["security", "data-management", "tech-partnerships"] {
        c.apply(vec![Action::Select(Selection::Responsibility(
            ResponsibilityId(id.into()),
        ))]);
    }
    c.apply(vec![Action::SealHistory, Action::CloseRequested]);
    assert!(c.take_effects().is_empty());
    assert_eq!(c.dialog(), None);
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first_and_each_answer_is_honoured() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "shared.ron");
    let mut c = controller_on(Some(path.clone()));
    c.apply(vec![move_security_to_cto()]);
    // Someone else saves a different design there.
    let mut theirs = default_design();
    theirs.name = "Their version".into();
    file::save(&theirs, &path).expect("their save");
    let theirs_bytes = std::fs::read(&path).expect("read");

    c.apply(vec![Action::Command(Command::Save)]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Overwrite {
            path: path.clone(),
            conflict: Conflict::ChangedOnDisk,
            then: None
        })
    );
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        theirs_bytes,
        "cancel writes nothing"
    );
    assert!(c.document().is_dirty());

    c.apply(vec![
        Action::Command(Command::Save),
        Action::Answer(Answer::SaveAs),
    ]);
    let Some(Dialog::PathPrompt { purpose, .. }) = c.dialog().cloned() else {
        panic!("Save As… asks for a path: {:?}", c.dialog());
    };
    let mine = dir.path().join("mine.ron");
    c.apply(vec![Action::PathTyped {
        path: mine.clone(),
        purpose,
    }]);
    assert_eq!(std::fs::read(&path).expect("read"), theirs_bytes);
    assert_eq!(c.document().path(), Some(mine.as_path()));

    // Back on the shared file: Overwrite replaces it.
    let mut c = controller_on(Some(path.clone()));
    c.apply(vec![move_security_to_cto()]);
    file::save(&default_design(), &path).expect("changed again");
    c.apply(vec![Action::Command(Command::Save)]);
    assert!(matches!(c.dialog(), Some(Dialog::Overwrite { .. })));
    c.apply(vec![Action::Answer(Answer::Overwrite)]);
    assert_eq!(c.dialog(), None);
    assert!(!c.document().is_dirty());
    let on_disk = file::load(&path).expect("load");
    assert_eq!(&on_disk, c.document().design());
    // And the next save does not ask again.
    c.apply(vec![move_security_to_cto()]);
    c.apply(vec![
        Action::Edit(Edit::SetDesignName("Again".into())),
        Action::Command(Command::Save),
    ]);
    assert_eq!(c.dialog(), None);
    assert_eq!(file::load(&path).map(|d| d.name), Ok("Again".into()));
}

#[test]
fn coming_back_to_a_changed_file_reloads_it_if_nothing_is_unsaved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "plan.ron");
    let mut c = controller_on(Some(path.clone()));
    let mut theirs = default_design();
    theirs.name = "Pulled from git".into();
    file::save(&theirs, &path).expect("save");
    c.apply(vec![Action::WindowFocused(true)]);
    assert_eq!(c.document().design().name, "Pulled from git");
    assert!(!c.document().is_dirty());
    let status = c.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.contains("Reloaded"), "{status}");
    // Nothing changed since: coming back again does nothing.
    c.apply(vec![Action::WindowFocused(true)]);
    assert_eq!(c.dialog(), None);
}

#[test]
fn coming_back_to_a_changed_file_with_unsaved_changes_warns_and_keeps_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "plan.ron");
    let mut c = controller_on(Some(path.clone()));
    c.apply(vec![move_security_to_cto()]);
    let mut theirs = default_design();
    theirs.name = "Edited elsewhere".into();
    file::save(&theirs, &path).expect("save");

    c.apply(vec![Action::WindowFocused(true)]);
    assert_eq!(c.dialog(), Some(&Dialog::ChangedOnDisk));
    c.apply(vec![Action::Answer(Answer::Keep)]);
    assert_eq!(security_owner(&c).as_deref(), Some("cto"), "mine kept");
    // Asked once per change on disk.
    c.apply(vec![Action::WindowFocused(true)]);
    assert_eq!(c.dialog(), None);

    // Reload takes theirs.
    c.apply(vec![Action::WindowFocused(false)]);
    theirs.name = "Edited elsewhere, twice".into();
    file::save(&theirs, &path).expect("save");
    c.apply(vec![Action::WindowFocused(true)]);
    assert_eq!(c.dialog(), Some(&Dialog::ChangedOnDisk));
    c.apply(vec![Action::Answer(Answer::Reload)]);
    assert_eq!(c.document().design().name, "Edited elsewhere, twice");
    assert!(!c.document().is_dirty());
}

#[test]
fn a_deleted_file_is_reported_and_saving_asks_before_writing_it_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "gone.ron");
    let mut c = controller_on(Some(path.clone()));
    std::fs::remove_file(&path).expect("delete");
    c.apply(vec![Action::WindowFocused(true)]);
    let status = c.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.contains("no longer on disk"), "{status}");
    c.apply(vec![move_security_to_cto(), Action::Command(Command::Save)]);
    assert!(matches!(
        c.dialog(),
        Some(Dialog::Overwrite {
            conflict: Conflict::Deleted,
            ..
        })
    ));
    c.apply(vec![Action::Answer(Answer::Overwrite)]);
    assert!(path.exists());
}

#[test]
fn save_as_onto_another_existing_file_asks_before_replacing_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let other = saved_file(dir.path(), "other.ron");
    let before = std::fs::read(&other).expect("read");
    let mut c = controller_on(None);
    c.apply(vec![
        move_security_to_cto(),
        Action::Command(Command::SaveAs),
    ]);
    c.apply(vec![Action::PathTyped {
        path: other.clone(),
        purpose: PathPurpose::SaveAs { then: None },
    }]);
    assert!(matches!(
        c.dialog(),
        Some(Dialog::Overwrite {
            conflict: Conflict::Exists,
            ..
        })
    ));
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    assert_eq!(std::fs::read(&other).expect("read"), before);
    assert!(c.document().is_dirty());
}

#[test]
fn a_failed_save_keeps_the_design_and_the_pending_close_waits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "plan.ron");
    let before = std::fs::read(&path).expect("read");
    let mut c = controller_on(Some(path.clone()));
    c.apply(vec![move_security_to_cto()]);
    // The folder goes away under the file.
    let moved = dir.path().join("elsewhere");
    std::fs::create_dir(&moved).expect("mkdir");
    let blocked = moved.join("plan.ron");
    c.apply(vec![Action::Command(Command::SaveAs)]);
    c.apply(vec![Action::PathTyped {
        path: blocked.join("inside-a-file.ron"),
        purpose: PathPurpose::SaveAs {
            then: Some(Pending::Close),
        },
    }]);
    assert!(c.error().is_some(), "the failure is shown");
    assert!(c.take_effects().is_empty(), "and the window stays open");
    assert!(c.document().is_dirty());
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_dropped_design_waits_for_an_open_dialog_and_opens_after_asking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let other = saved_file(dir.path(), "dropped.ron");
    let mut c = controller_on(None);
    c.apply(vec![move_security_to_cto(), Action::CloseRequested]);
    let _ = c.take_effects();
    assert!(matches!(
        c.dialog(),
        Some(Dialog::Unsaved {
            then: Pending::Close
        })
    ));
    c.apply(vec![Action::Dropped(vec![other.clone()])]);
    assert!(
        matches!(
            c.dialog(),
            Some(Dialog::Unsaved {
                then: Pending::Close
            })
        ),
        "the pending quit is still the question"
    );
    let status = c.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.contains("Not opened"), "{status}");
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    // Now it opens, asking about the unsaved changes first.
    c.apply(vec![Action::Dropped(vec![other.clone()])]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::Open(Some(other.clone()))
        })
    );
    c.apply(vec![Action::Answer(Answer::Discard)]);
    assert_eq!(c.document().path(), Some(other.as_path()));
}

#[test]
fn open_recent_asks_about_unsaved_changes_but_the_path_prompt_does_not_ask_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = saved_file(dir.path(), "a.ron");
    let mut c = controller_on(Some(a.clone()));
    c.apply(vec![move_security_to_cto()]);
    c.apply(vec![Action::Open {
        path: a.clone(),
        source: Source::Recent,
    }]);
    assert!(matches!(c.dialog(), Some(Dialog::Unsaved { .. })));
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    c.apply(vec![
        Action::Command(Command::Open),
        Action::Answer(Answer::Discard),
    ]);
    let Some(Dialog::PathPrompt { purpose, .. }) = c.dialog().cloned() else {
        panic!("asks which file: {:?}", c.dialog());
    };
    c.apply(vec![Action::PathTyped {
        path: a.clone(),
        purpose,
    }]);
    assert_eq!(c.dialog(), None, "no second question");
    assert!(!c.document().is_dirty());
}

#[test]
fn undo_says_what_it_undid_and_a_note_fades_at_the_next_change() {
    let mut c = controller_on(None);
    c.apply(vec![move_security_to_cto(), Action::Command(Command::Undo)]);
    let status = c.status().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(status, "Undone: move “Information security” to CTO.");
    c.apply(vec![Action::Edit(Edit::SetDesignName("x".into()))]);
    assert!(c.status().is_none(), "stale after a change");
}

#[test]
fn a_new_executive_is_named_by_its_title_and_stays_selected() {
    let mut c = controller_on(None);
    c.apply(vec![Action::Command(Command::AddExecutive)]);
    let Selection::Executive(id) = c.selection().clone() else {
        panic!("the new executive is selected");
    };
    c.apply(vec![
        Action::Edit(Edit::SetShortTitle(id.clone(), "CISO".into())),
        Action::SealHistory,
    ]);
    let ciso = ExecutiveId("ciso".into());
    assert_eq!(c.selection(), &Selection::Executive(ciso.clone()));
    assert!(c.document().design().executive(&ciso).is_some());
    assert!(c.document().design().executive(&id).is_none());
}

#[test]
fn moves_from_the_keyboard_go_through_the_command_list() {
    let mut c = controller_on(None);
    let security = ResponsibilityId("security".into());
    // Nothing selected: the move is not available.
    c.apply(vec![Action::Command(Command::MoveSelectedTo(2))]);
    assert_eq!(security_owner(&c).as_deref(), Some("cio"));
    c.apply(vec![
        Action::Select(Selection::Responsibility(security)),
        Action::Command(Command::MoveSelectedTo(2)),
    ]);
    assert_eq!(security_owner(&c).as_deref(), Some("cto"));
    c.apply(vec![Action::Command(Command::MoveSelectedTo(3))]);
    assert_eq!(
        security_owner(&c).as_deref(),
        Some("cto"),
        "no 3rd executive"
    );
    c.apply(vec![Action::Command(Command::MoveSelectedTo(0))]);
    assert_eq!(security_owner(&c), None);
}

#[test]
fn an_autosave_written_by_remit_0_1_is_offered_and_recovers() {
    let data = tempfile::tempdir().expect("tempdir");
    let frozen = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/versions/autosave-v1.ron");
    std::fs::copy(&frozen, data.path().join("session-1-2.autosave.ron")).expect("copy");
    let mut c = Controller::new(
        StartOptions {
            autosave_dir: Some(data.path().to_owned()),
            ..StartOptions::default()
        },
        None,
    );
    assert_eq!(c.dialog(), Some(&Dialog::Recovery));
    assert_eq!(c.orphans().len(), 1);
    let record = c.orphans()[0].record.as_ref().expect("readable");
    assert_eq!(record.options.first().name, "Acme workshop");
    c.apply(vec![Action::Recover(0)]);
    assert_eq!(c.dialog(), None);
    assert_eq!(
        security_owner(&c).as_deref(),
        Some("cto"),
        "the unsaved change"
    );
    assert_eq!(
        c.document().path(),
        Some(Path::new("/home/consultant/acme/workshop.ron"))
    );
    assert!(c.document().is_dirty());
    // The apostrophe written as `\'` by 0.1 reads back as an apostrophe.
    let strategy = c
        .document()
        .design()
        .responsibilities
        .iter()
        .find(|r| r.description.contains("product's technology"));
    assert!(strategy.is_some());
    // A clean exit leaves nothing behind, the old autosave included.
    c.shutdown();
    assert_eq!(std::fs::read_dir(data.path()).expect("dir").count(), 0);
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_not_yet_made_opens_as_new_and_saving_makes_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("current.ron");
    std::os::unix::fs::symlink("plans/2027.ron", &link).expect("symlink");
    std::fs::create_dir(dir.path().join("plans")).expect("mkdir");
    let mut c = controller_on(Some(link.clone()));
    assert_eq!(c.error(), None);
    assert_eq!(c.document().path(), Some(link.as_path()));
    c.apply(vec![Action::Command(Command::Save)]);
    assert_eq!(c.dialog(), None);
    assert_eq!(c.error(), None);
    let target = dir.path().join("plans/2027.ron");
    assert_eq!(file::load(&target), Ok(default_design()));
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
}

#[test]
fn a_first_start_opens_the_gallery_unless_recovery_has_a_question() {
    let c = Controller::new(
        StartOptions {
            welcome: true,
            ..StartOptions::default()
        },
        None,
    );
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Gallery {
            selected: 0,
            closest: Some(0)
        })
    );
    assert!(c.preferences().gallery_seen);
    assert!(!c.document().is_dirty());

    // Unsaved work to recover comes first; the gallery waits for a later
    // start.
    let data = tempfile::tempdir().expect("tempdir");
    let frozen = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/versions/autosave-v1.ron");
    std::fs::copy(&frozen, data.path().join("session-1-2.autosave.ron")).expect("copy");
    let c = Controller::new(
        StartOptions {
            welcome: true,
            autosave_dir: Some(data.path().to_owned()),
            ..StartOptions::default()
        },
        None,
    );
    assert_eq!(c.dialog(), Some(&Dialog::Recovery));
    assert!(!c.preferences().gallery_seen);
}

#[test]
fn starting_from_the_gallery_closes_it_and_asks_about_unsaved_changes() {
    let mut c = controller_on(None);
    c.apply(vec![Action::Command(Command::TemplateGallery)]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Gallery {
            selected: 0,
            closest: Some(0)
        })
    );
    c.apply(vec![Action::Command(Command::NewFromTemplate(3))]);
    assert_eq!(c.dialog(), None);
    assert_eq!(c.document().design().name, "CTO has taken over");

    c.apply(vec![Action::Edit(Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: None,
    })]);
    assert!(c.document().is_dirty());
    c.apply(vec![
        Action::Command(Command::TemplateGallery),
        Action::Command(Command::NewFromTemplate(1)),
    ]);
    assert_eq!(
        c.dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::New(1)
        })
    );
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    assert_eq!(c.dialog(), None);
    assert_eq!(c.document().design().name, "CTO has taken over");
}

/// Issue 18, item 1: preferences were written only by eframe's periodic
/// save or on a clean exit, so a crash right after saving forgot the
/// design, Open Recent and that the gallery had been seen.
#[test]
fn preferences_are_on_disk_as_soon_as_they_change_and_the_next_start_reads_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let prefs_file = dir.path().join("data").join("preferences.ron");
    let design = dir.path().join("acme.ron");
    let options = || StartOptions {
        welcome: true,
        preferences_file: Some(prefs_file.clone()),
        ..StartOptions::default()
    };
    let mut c = Controller::new(options(), None);
    assert!(matches!(c.dialog(), Some(Dialog::Gallery { .. })));
    // The gallery being seen is remembered at once.
    let stored = remit::preferences::read(&prefs_file).expect("written on start");
    assert!(stored.gallery_seen);
    c.apply(vec![Action::CloseDialog]);

    c.apply(vec![move_security_to_cto()]);
    c.apply(vec![Action::Command(Command::Save)]);
    c.apply(vec![Action::PathTyped {
        path: design.clone(),
        purpose: PathPurpose::SaveAs { then: None },
    }]);
    assert!(design.exists());
    // No shutdown, no periodic save: the process could die here.
    let stored = remit::preferences::read(&prefs_file).expect("written after saving");
    let absolute = std::path::absolute(&design).expect("absolute");
    assert_eq!(stored.recent, vec![absolute.clone()]);
    assert_eq!(stored.last_open, Some(absolute.clone()));
    drop(c);

    let c = Controller::new(options(), None);
    assert_eq!(c.document().path(), Some(absolute.as_path()));
    assert_eq!(security_owner(&c).as_deref(), Some("cto"));
    assert_eq!(c.dialog(), None, "no gallery on a second start");
    assert_eq!(c.preferences().recent, vec![absolute]);
}

#[test]
fn looking_does_not_write_the_preferences_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let prefs_file = dir.path().join("preferences.ron");
    let mut c = Controller::new(
        StartOptions {
            preferences_file: Some(prefs_file.clone()),
            ..StartOptions::default()
        },
        None,
    );
    let written = std::fs::metadata(&prefs_file).expect("written once");
    std::fs::remove_file(&prefs_file).expect("remove");
    c.apply(vec![Action::Select(Selection::Responsibility(
        ResponsibilityId("security".into()),
    ))]);
    assert!(written.len() > 0);
    assert!(!prefs_file.exists(), "selecting changed no preference");
    c.apply(vec![Action::Command(Command::ToggleLightTheme)]);
    assert!(remit::preferences::read(&prefs_file).is_some_and(|p| p.light_theme));
}

/// Issue 18, item 17: a hand-written design lost its comments when Remit
/// saved it, without a word. The comments a file opens with are kept; a
/// file with comments inside the design says so on opening and asks
/// before Remit saves over it.
#[test]
fn a_files_opening_comments_survive_a_save_and_others_are_asked_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from(
        "// Acme's 2027 target: security moves to the CTO.\n// Reviewed with the board.\n\n",
    );
    text.push_str(&file::to_text(&default_design()).expect("text"));
    let heading = dir.path().join("heading.ron");
    std::fs::write(&heading, &text).expect("write");
    let mut c = controller_on(Some(heading.clone()));
    c.apply(vec![move_security_to_cto()]);
    c.apply(vec![Action::Command(Command::Save)]);
    assert_eq!(
        c.dialog(),
        None,
        "nothing to ask: only the heading has comments"
    );
    let saved = std::fs::read_to_string(&heading).expect("read");
    assert!(
        saved.starts_with(
            "// Acme's 2027 target: security moves to the CTO.\n// Reviewed with the board.\n"
        ),
        "{saved}"
    );
    assert_eq!(
        file::load(&heading).map(|d| security_owner_of(&d)),
        Ok(Some("cto".to_owned()))
    );

    // Comments inside the design: said on opening, asked before saving.
    let inside = dir.path().join("inside.ron");
    let text = file::to_text(&default_design()).expect("text").replacen(
        "    executives: [",
        "    // who is on the chart\n    executives: [",
        1,
    );
    std::fs::write(&inside, &text).expect("write");
    let mut c = controller_on(Some(inside.clone()));
    let said = c.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("comments inside the design"), "{said}");
    c.apply(vec![move_security_to_cto()]);
    c.apply(vec![Action::Command(Command::Save)]);
    assert!(
        matches!(
            c.dialog(),
            Some(Dialog::Overwrite {
                conflict: Conflict::LosesComments,
                ..
            })
        ),
        "{:?}",
        c.dialog()
    );
    c.apply(vec![Action::Answer(Answer::Cancel)]);
    assert_eq!(std::fs::read_to_string(&inside).expect("read"), text);
    c.apply(vec![Action::Command(Command::Save)]);
    c.apply(vec![Action::Answer(Answer::Overwrite)]);
    assert!(!c.document().is_dirty());
    // Once written by Remit, there is nothing more to ask.
    c.apply(vec![Action::Edit(remit::model::Edit::Move {
        responsibility: ResponsibilityId("security".into()),
        to: None,
    })]);
    c.apply(vec![Action::Command(Command::Save)]);
    assert_eq!(c.dialog(), None);
}

fn security_owner_of(d: &remit::model::Design) -> Option<String> {
    d.responsibility(&ResponsibilityId("security".into()))
        .and_then(|r| r.owner.clone())
        .map(|o| o.0)
}
