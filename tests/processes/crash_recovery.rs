//! Crash recovery, for real: a designer in a child process opens a design,
//! moves a card twice (autosaved when it loses focus, long before the
//! autosave delay), and is killed (SIGKILL, no clean-up of any kind). A new designer then offers the autosave, recovers
//! it, shows the change, and saves it over the user's file; a clean exit
//! leaves no autosave behind.
//!
//! This target has its own `main` (`harness = false`): the same binary runs
//! as the parent (the test) or, with `REMIT_CRASH_CHILD` set, as the child
//! that gets killed.

use crate::common;

use common::wait_until;

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, RemitApp};
use remit::file;
use remit::model::{ExecutiveId, ResponsibilityId};
use remit::templates::default_design;

const SECURITY: &str = "Information security";

fn harness(design: &Path, data: &Path) -> Harness<'static, RemitApp> {
    let options = AppOptions {
        path: Some(design.to_owned()),
        autosave_dir: Some(data.to_owned()),
        // The real interval: the child autosaves because it loses focus.
        autosave_delay: Duration::from_secs(30),
        ..AppOptions::default()
    };
    let mut h = common::window(options);
    h.run();
    h
}

fn security_owner(h: &Harness<'_, RemitApp>) -> Option<ExecutiveId> {
    h.state()
        .document()
        .design()
        .responsibility(&ResponsibilityId("security".into()))
        .and_then(|r| r.owner.clone())
}

fn child(design: &Path, data: &Path) -> ! {
    let mut h = harness(design, data);
    h.get_by_label(SECURITY).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::Num2);
    h.run();
    assert_eq!(security_owner(&h), Some(ExecutiveId("cto".into())));
    let autosave = h.state().autosave_path().expect("autosave is on");
    let autosaved_owner = || {
        remit::autosave::read_record(&autosave)
            .expect("autosave readable")
            .options
            .first()
            .responsibility(&ResponsibilityId("security".into()))
            .and_then(|r| r.owner.clone())
    };
    // Changes wait for the 30 s delay...
    h.key_press_modifiers(Modifiers::ALT, Key::Num0);
    h.run();
    assert_eq!(security_owner(&h), None);
    assert!(!autosave.exists(), "not autosaved before the delay");
    // ...unless the window loses focus.
    h.event(egui::Event::WindowFocused(false));
    h.step();
    wait_until(&mut h, "losing focus autosaves", |h| {
        h.state().controller().autosave_is_current()
    });
    assert_eq!(autosaved_owner(), None, "the last change is autosaved");
    println!("AUTOSAVED {}", autosave.display());
    // Wait to be killed.
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|e| e.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn parent() {
    let temp = tempfile::tempdir().expect("tempdir");
    let design_path = temp.path().join("workshop.ron");
    let data = temp.path().join("autosave");
    let mut design = default_design();
    design.name = "Acme workshop".into();
    file::save(&design, &design_path).expect("save");
    let original = std::fs::read(&design_path).expect("read");

    // 1. A designer that changes the design and is then killed.
    let mut child = Command::new(std::env::current_exe().expect("own path"))
        .env("REMIT_CRASH_CHILD", "1")
        .env("REMIT_CRASH_DESIGN", &design_path)
        .env("REMIT_CRASH_DATA", &data)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the child designer");
    let stdout = child.stdout.take().expect("stdout");
    let mut autosaved = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("read child output");
        if let Some(path) = line.strip_prefix("AUTOSAVED ") {
            autosaved = Some(PathBuf::from(path));
            break;
        }
    }
    let autosaved = match autosaved {
        Some(path) => path,
        None => {
            let status = child.wait().expect("wait");
            panic!("the child designer ended ({status}) without autosaving");
        }
    };
    child.kill().expect("kill the designer");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the designer was killed, not closed");
    assert!(autosaved.exists(), "the autosave survives the kill");
    assert_eq!(
        std::fs::read(&design_path).expect("read"),
        original,
        "autosave never writes over the user's file"
    );

    // 2. The next start offers the autosave: name, file and time.
    let mut h = harness(&design_path, &data);
    assert_eq!(h.state().orphans().len(), 1, "one autosave to recover");
    h.get_by_label("Recover unsaved work?");
    h.get_by_label("Acme workshop");
    h.get_by_label(&format!("File: {}", design_path.display()));
    h.get_by_label_contains("Autosaved ");
    assert_eq!(
        security_owner(&h),
        Some(ExecutiveId("cio".into())),
        "until recovered, the file as saved is shown"
    );

    // 3. Recover: the change is back, unsaved, and belongs to the same file.
    h.get_by_label("Recover").click();
    h.step();
    let own = h.state().autosave_path().expect("autosave on");
    wait_until(
        &mut h,
        "the recovered design is autosaved at once, and the old autosave goes",
        |h| h.state().controller().autosave_is_current() && !autosaved.exists(),
    );
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(security_owner(&h), None, "the last change is back");
    // The tray holds what the design left unassigned, and security with it.
    let in_tray = default_design()
        .responsibilities
        .iter()
        .filter(|r| r.owner.is_none())
        .count()
        + 1;
    let items = if in_tray == 1 { "item" } else { "items" };
    h.get_by_label_contains(&format!("{in_tray} {items} · drop a card here"));
    assert!(h.state().document().is_dirty());
    assert_eq!(h.state().document().path(), Some(design_path.as_path()));
    assert!(h.state().window_title().ends_with('*'));
    assert!(
        own.exists(),
        "the recovered design is in this designer's autosave"
    );
    assert_eq!(
        remit::autosave::read_record(&own)
            .expect("readable")
            .options,
        *h.state().document().options()
    );

    // 4. Save puts it in the user's file; a clean exit leaves nothing behind.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    wait_until(&mut h, "nothing unsaved, no autosave", |_| !own.exists());
    h.run();
    let saved = file::load(&design_path).expect("load saved");
    assert_eq!(
        saved
            .responsibility(&ResponsibilityId("security".into()))
            .and_then(|r| r.owner.clone()),
        None
    );
    assert!(!h.state().document().is_dirty());
    h.state_mut().shutdown();
    assert_eq!(files_in(&data), Vec::<PathBuf>::new());

    // 5. And the next start offers nothing.
    let h = harness(&design_path, &data);
    assert!(h.state().orphans().is_empty());
    assert!(h.state().dialog().is_none());
}

/// Runs as the child that gets killed, when the parent asked for one.
pub fn as_child() {
    if std::env::var_os("REMIT_CRASH_CHILD").is_some() {
        let design = std::env::var_os("REMIT_CRASH_DESIGN").map(PathBuf::from);
        let data = std::env::var_os("REMIT_CRASH_DATA").map(PathBuf::from);
        match (design, data) {
            (Some(design), Some(data)) => child(&design, &data),
            _ => std::process::exit(2),
        }
    }
}

/// The tests of this module.
pub const TESTS: &[(&str, fn())] = &[("kill_the_designer_then_recover_its_autosave", parent)];
