//! Changes made on disk while a design is open, with real processes.
//!
//! 1. Two designers (two processes) open the same file. The first moves a
//!    card and saves. The second, which has its own unsaved change, then
//!    saves: it is asked before overwriting (and Cancel leaves the first
//!    one's file alone); coming back to the window warns about the change on
//!    disk; and Overwrite finally writes its own design.
//! 2. A designer with nothing unsaved has its file changed by another
//!    program (a shell writing the file); when the window comes back to the
//!    front it reloads the file and says so.
//!
//! This target has its own `main` (`harness = false`): the same binary runs
//! as the test or, with `REMIT_TWO_WINDOWS_ROLE` set, as one of the
//! designers, talking to the test over its standard input and output.

use crate::common;

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, Conflict, Dialog, RemitApp};
use remit::file;
use remit::model::{ExecutiveId, ResponsibilityId};
use remit::templates::default_design;

fn designer(path: &Path) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        path: Some(path.to_owned()),
        ..AppOptions::default()
    });
    h.run();
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    h
}

fn owner(design: &remit::model::Design, id: &str) -> Option<String> {
    design
        .responsibility(&ResponsibilityId(id.into()))
        .and_then(|r| r.owner.clone())
        .map(|o| o.0)
}

fn move_card(h: &mut Harness<'_, RemitApp>, name: &str, key: Key) {
    h.get_by_label(name).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, key);
    h.run();
}

fn save(h: &mut Harness<'_, RemitApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
}

/// Waits for a line from the test on standard input.
fn wait_for_go() {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).expect("read stdin");
    assert_eq!(line.trim(), "GO", "unexpected instruction {line:?}");
}

/// The first window: moves Information security to the CTO and saves.
fn first(path: &Path) {
    let mut h = designer(path);
    move_card(&mut h, "Information security", Key::Num2);
    save(&mut h);
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert!(!h.state().document().is_dirty());
    println!("SAVED");
}

/// The second window: opened before the first saved, changes R&D, then
/// saves after the first did.
fn second(path: &Path) {
    let mut h = designer(path);
    println!("READY");
    wait_for_go();
    move_card(&mut h, "R&D", Key::Num0);
    save(&mut h);
    let asked = matches!(
        h.state().dialog(),
        Some(Dialog::Overwrite {
            conflict: Conflict::ChangedOnDisk,
            ..
        })
    );
    assert!(asked, "asked before overwriting: {:?}", h.state().dialog());
    h.get_by_label("The file changed on disk");
    h.get_by_label("Cancel").click();
    h.run();
    let on_disk = file::load(path).expect("load");
    assert_eq!(
        owner(&on_disk, "security").as_deref(),
        Some("cto"),
        "theirs kept"
    );
    assert!(h.state().document().is_dirty(), "mine kept too");

    // Back to the window: warned about the change on disk.
    h.event(egui::Event::WindowFocused(false));
    h.run();
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert_eq!(h.state().dialog(), Some(&Dialog::ChangedOnDisk));
    h.get_by_label("Keep my version").click();
    h.run();
    assert_eq!(owner(h.state().document().design(), "rnd"), None);

    // Saving still asks; this time, overwrite.
    save(&mut h);
    h.get_by_label("Overwrite").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert!(!h.state().document().is_dirty());
    println!("DONE");
}

/// A window with nothing unsaved, whose file another program changes.
fn reloading(path: &Path) {
    let mut h = designer(path);
    h.event(egui::Event::WindowFocused(false));
    h.run();
    println!("READY");
    wait_for_go();
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert_eq!(h.state().document().design().name, "Changed by a script");
    assert!(h.state().dialog().is_none());
    assert!(!h.state().document().is_dirty());
    let status = h.state().status_text().unwrap_or_default().to_owned();
    assert!(status.starts_with("Reloaded"), "{status}");
    h.get_by_label(&status);
    println!("DONE");
}

struct Designer {
    child: Child,
    lines: std::io::Lines<BufReader<ChildStdout>>,
}

impl Designer {
    fn start(role: &str, path: &Path) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("own path"))
            .env("REMIT_TWO_WINDOWS_ROLE", role)
            .env("REMIT_TWO_WINDOWS_FILE", path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start a designer");
        let lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        Self { child, lines }
    }

    fn expect(&mut self, word: &str) {
        for line in self.lines.by_ref() {
            if line.expect("read") == word {
                return;
            }
        }
        let status = self.child.wait().expect("wait");
        panic!("the designer ended ({status}) before saying {word}");
    }

    fn go(&mut self) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        writeln!(stdin, "GO").expect("write");
        stdin.flush().expect("flush");
    }

    fn finish(mut self) {
        let status = self.child.wait().expect("wait");
        assert!(status.success(), "the designer failed: {status}");
    }
}

fn two_windows_on_one_file(dir: &Path) {
    let path = dir.join("shared.ron");
    file::save(&default_design(), &path).expect("save");

    let mut second = Designer::start("second", &path);
    second.expect("READY");
    let mut first = Designer::start("first", &path);
    first.expect("SAVED");
    first.finish();
    second.go();
    second.expect("DONE");
    second.finish();

    let design = file::load(&path).expect("load");
    assert_eq!(owner(&design, "rnd"), None, "the second window's change");
    assert_eq!(
        owner(&design, "security"),
        Some(ExecutiveId("cio".into())).map(|e| e.0),
        "the overwrite was the second window's whole design"
    );
}

fn another_program_changes_the_file(dir: &Path) {
    let path = dir.join("pulled.ron");
    file::save(&default_design(), &path).expect("save");
    let mut window = Designer::start("reloading", &path);
    window.expect("READY");
    // Another program rewrites the file (as an editor or `git pull` would).
    let status = Command::new("sh")
        .arg("-c")
        .arg(r#"sed 's/name: "Traditional split"/name: "Changed by a script"/' "$1" > "$1.new" && mv "$1.new" "$1""#)
        .arg("sh")
        .arg(&path)
        .status()
        .expect("run sh");
    assert!(status.success());
    assert_eq!(
        file::load(&path).map(|d| d.name),
        Ok("Changed by a script".to_owned())
    );
    window.go();
    window.expect("DONE");
    window.finish();
}

/// Runs as one of the windows, when the test asked for one (and exits).
pub fn as_child() {
    if let Ok(role) = std::env::var("REMIT_TWO_WINDOWS_ROLE") {
        let path = PathBuf::from(std::env::var_os("REMIT_TWO_WINDOWS_FILE").expect("file"));
        match role.as_str() {
            "first" => first(&path),
            "second" => second(&path),
            "reloading" => reloading(&path),
            other => panic!("unknown role {other}"),
        }
        std::process::exit(0);
    }
}

fn in_a_new_folder(test: fn(&Path)) {
    let dir = tempfile::tempdir().expect("tempdir");
    test(dir.path());
}

/// The tests of this module.
pub const TESTS: &[(&str, fn())] = &[
    ("two_windows_on_one_file", || {
        in_a_new_folder(two_windows_on_one_file)
    }),
    ("another_program_changes_the_file", || {
        in_a_new_folder(another_program_changes_the_file)
    }),
];
