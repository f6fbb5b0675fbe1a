//! The executive closes the lid: a designer in a child process starts for
//! the first time (the gallery opens), saves a new design with Ctrl+S, and
//! is killed (SIGKILL) a moment later, long before eframe would have saved
//! anything on its own. The next start must open the saved design, list it
//! in Open Recent and not show the gallery again (issue 18, item 1: the
//! preferences were written only on a clean exit or every 30 seconds).

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable as _};
use remit::app::{AppOptions, RemitApp};

use crate::common;

fn harness(design: Option<&Path>, preferences: &Path) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        path: design.map(Path::to_owned),
        preferences_file: Some(preferences.to_owned()),
        welcome: true,
        ..AppOptions::default()
    });
    h.run();
    h
}

fn child(design: &Path, preferences: &Path) -> ! {
    let mut h = harness(None, preferences);
    assert!(h.state().dialog().is_some(), "the gallery on a first start");
    h.key_press(Key::Escape);
    h.run();
    // Save As through the in-app prompt, as a user without a file would.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("File path (.ron)")
        .type_text(&design.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(design.exists(), "saved");
    println!("SAVED");
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Runs as the child that saves and is killed, when the parent asked.
pub fn as_child() {
    if std::env::var_os("REMIT_LID_CHILD").is_some() {
        let design = std::env::var_os("REMIT_LID_DESIGN").map(PathBuf::from);
        let preferences = std::env::var_os("REMIT_LID_PREFERENCES").map(PathBuf::from);
        match (design, preferences) {
            (Some(design), Some(preferences)) => child(&design, &preferences),
            _ => std::process::exit(2),
        }
    }
}

fn killed_right_after_saving() {
    let temp = tempfile::tempdir().expect("tempdir");
    let design = std::path::absolute(temp.path().join("board.ron")).expect("absolute");
    let preferences = temp.path().join("data").join("preferences.ron");
    let mut child = Command::new(std::env::current_exe().expect("own path"))
        .env("REMIT_LID_CHILD", "1")
        .env("REMIT_LID_DESIGN", &design)
        .env("REMIT_LID_PREFERENCES", &preferences)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the child designer");
    let stdout = child.stdout.take().expect("stdout");
    let saved = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line == "SAVED");
    if !saved {
        let status = child.wait().expect("wait");
        panic!("the child designer ended ({status}) without saving");
    }
    child.kill().expect("kill the designer");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "killed, not closed");

    let h = harness(None, &preferences);
    assert_eq!(h.state().document().path(), Some(design.as_path()));
    assert_eq!(h.state().preferences().recent, vec![design.clone()]);
    assert!(h.state().dialog().is_none(), "the gallery was seen before");
    assert!(!h.state().document().is_dirty());
}

/// The tests of this module.
pub const TESTS: &[(&str, fn())] = &[("killed_right_after_saving", killed_right_after_saving)];
