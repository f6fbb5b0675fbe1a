//! What the UI tests and the benchmarks share: the real designer in a
//! headless `egui_kittest` window the size of a projector, 1280×720, and
//! large synthetic designs (fixtures that are not shipped templates).

#![allow(dead_code)]

use std::time::{Duration, Instant};

use egui::{Key, Modifiers, ViewportCommand, ViewportId};
use egui_kittest::{Harness, kittest::Queryable as _};
use remit::app::{AppOptions, RemitApp};
use remit::model::catalog::sources;
use remit::model::{Design, Executive, ExecutiveId, Position, ResponsibilityId, Rgb};
use remit::templates::default_design;

/// A file dropped on the window (as a file manager drops it).
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The designer showing the file at `path` in a window of `size`, settled,
/// with no accessibility check (for the benchmarks: what the desktop runs).
pub fn settled_on(path: &std::path::Path, size: egui::Vec2) -> Harness<'static, RemitApp> {
    let options = AppOptions {
        path: Some(path.to_owned()),
        ..AppOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(size)
        .with_accessibility_check(false)
        .build_eframe(move |cc| RemitApp::new(cc, options));
    h.run();
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    h
}

/// The designer started with `options`, before its first frame.
pub fn window(options: AppOptions) -> Harness<'static, RemitApp> {
    window_sized(options, egui::vec2(1280.0, 720.0))
}

/// The designer started with `options` in a window of `size` points
/// (1280×720, a projector; 1920×1080, a laptop), before its first frame.
pub fn window_sized(options: AppOptions, size: egui::Vec2) -> Harness<'static, RemitApp> {
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| RemitApp::new(cc, options))
}

/// Presses `key` with `modifiers`, a frame after each press, until `done`
/// holds (checked first, and after each press); `false` if it still does not
/// after `most` presses.
pub fn press_until(
    h: &mut Harness<'_, RemitApp>,
    modifiers: egui::Modifiers,
    key: egui::Key,
    most: usize,
    done: impl Fn(&Harness<'_, RemitApp>) -> bool,
) -> bool {
    for _ in 0..most {
        if done(h) {
            return true;
        }
        h.key_press_modifiers(modifiers, key);
        h.run();
    }
    done(h)
}

/// Runs the window in real time, a frame every 10 ms, until `done` holds;
/// fails after five seconds. (Autosaves are written on a background
/// thread, some time after the change.)
pub fn wait_until(
    h: &mut Harness<'_, RemitApp>,
    what: &str,
    done: impl Fn(&Harness<'_, RemitApp>) -> bool,
) {
    let start = Instant::now();
    while !done(h) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "waited five seconds, yet not: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
}

/// Waits (in real time) until work under way on its own thread, an
/// export, has finished and its result is in.
pub fn wait_for_work(h: &mut Harness<'_, RemitApp>) {
    // One frame to start it, not a run to settle: while the work is under
    // way the window keeps drawing its progress, and a busy machine may
    // take more frames than a run allows before the work ends.
    h.step();
    wait_until(h, "the work under way has finished", |h| {
        !h.state().working()
    });
    h.run();
}

/// The designer started on `path` (or the default design) with the test
/// options (in-app dialogs, no autosave), settled.
pub fn started(path: Option<std::path::PathBuf>) -> Harness<'static, RemitApp> {
    let mut h = window(AppOptions {
        path,
        ..AppOptions::default()
    });
    h.run();
    h
}

/// The designer on the default design saved as `design.ron` in `dir`, with
/// in-app file dialogs, settled; and the file's path.
pub fn on_saved_default(dir: &std::path::Path) -> (Harness<'static, RemitApp>, std::path::PathBuf) {
    let path = dir.join("design.ron");
    remit::file::save(&default_design(), &path).expect("save the default design");
    let mut h = window(AppOptions {
        path: Some(path.clone()),
        file_dialogs: remit::app::FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.run();
    (h, path)
}

/// The designer started as on a first start: on the default design, with
/// no stored preferences and the gallery of reference models asked for
/// (the desktop app asks for it; [`started`] does not), settled.
pub fn first_start() -> Harness<'static, RemitApp> {
    let mut h = window(AppOptions {
        welcome: true,
        ..AppOptions::default()
    });
    h.run();
    h
}

/// Sends the card labelled `card` to the unassigned tray as a user does
/// with the keyboard: a click selects it, Alt+0 moves it (one undo step).
/// The default design has no card in the tray; tests about the tray's cards
/// put them there first.
pub fn send_to_tray(h: &mut Harness<'_, RemitApp>, card: &str) {
    h.get_by_label(card).click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::Num0);
    h.run();
    let design = h.state().document().design();
    assert!(
        design
            .responsibilities
            .iter()
            .any(|r| r.name == card && r.owner.is_none()),
        "{card} is in the tray"
    );
}

/// Presses at `from`, moves a little, then to `to`, without letting go.
pub fn carry(h: &mut Harness<'_, RemitApp>, from: egui::Pos2, to: egui::Pos2) {
    h.drag_at(from);
    h.run();
    h.hover_at(from + egui::vec2(12.0, 12.0));
    h.run();
    h.hover_at(to);
    h.run();
}

/// Presses at `from`, moves a little, then to `to`, and lets go.
pub fn drag(h: &mut Harness<'_, RemitApp>, from: egui::Pos2, to: egui::Pos2) {
    carry(h, from, to);
    h.drop_at(to);
    h.run();
}

/// The viewport commands the app sent in the last frame.
pub fn viewport_commands(h: &Harness<'_, RemitApp>) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

/// Whether a command asks the window to close.
pub fn is_close(c: &ViewportCommand) -> bool {
    matches!(c, ViewportCommand::Close)
}

/// Whether a command stops a close.
pub fn is_cancel_close(c: &ViewportCommand) -> bool {
    matches!(c, ViewportCommand::CancelClose)
}

/// The platform asks the window to close (its close button); returns the
/// viewport commands the app answered with.
pub fn request_close(h: &mut Harness<'_, RemitApp>) -> Vec<ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    let commands = viewport_commands(h);
    h.run();
    commands
}

/// Presses `modifiers`+`key` one event per frame, as a real keyboard does,
/// and returns every viewport command sent meanwhile (one frame's output
/// alone would miss them).
pub fn key_collecting(
    h: &mut Harness<'_, RemitApp>,
    modifiers: Modifiers,
    key: Key,
) -> Vec<ViewportCommand> {
    let mut all = Vec::new();
    let events = [
        egui::Event::ModifiersChanged(modifiers),
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        },
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: false,
            repeat: false,
            modifiers,
        },
        egui::Event::ModifiersChanged(Modifiers::NONE),
    ];
    for event in events {
        h.event(event);
        h.step();
        all.extend(viewport_commands(h));
    }
    h.run();
    all
}

/// A synthetic design of `n` responsibilities (the catalog's entries from
/// the sources repeated, numbered, spread over a CIO, a CTO, a CISO and the
/// tray; the same entries the templates use, so the fixture does not change
/// when the catalog grows).
pub fn large_design(n: usize) -> Design {
    let mut design = default_design();
    design.name = format!("Large design ({n} responsibilities)");
    design.executives.push(Executive {
        id: ExecutiveId("ciso".into()),
        short_title: "CISO".into(),
        full_title: "Chief Information Security Officer".into(),
        colour: Rgb(0x3a, 0x8f, 0x5c),
        position: Position { x: 966.0, y: 144.0 },
        ..Default::default()
    });
    let owners = [Some("cio"), Some("cto"), Some("ciso"), None];
    design.responsibilities = (0..n)
        .map(|i| {
            let entry = &sources::ENTRIES[i % sources::ENTRIES.len()];
            let owner = owners[i % owners.len()].map(|o| ExecutiveId(o.into()));
            let mut r = entry.to_responsibility(owner);
            r.id = ResponsibilityId(format!("{}-{i}", entry.id));
            r.name = format!("{} {}", entry.name, i + 1);
            r.size = 1.0 + (i % 7) as f64;
            r
        })
        .map(Into::into)
        .collect();
    design
}

/// A design of `cards` responsibilities spread evenly over `executives`
/// executives laid out in a grid (the many-executives case). Cards carry no
/// description or notes, so 100,000 of them stay within the size limit.
pub fn spread_design(executives: usize, cards: usize) -> Design {
    let mut design = large_design(cards);
    design.name = format!("{executives} executives, {cards} responsibilities");
    design.executives = (0..executives)
        .map(|i| Executive {
            id: ExecutiveId(format!("exec-{i}")),
            short_title: format!("E{i}"),
            full_title: format!("Executive {i}"),
            colour: Rgb(0x2f, 0x6f, 0xb5),
            position: Position {
                x: 24.0 + (i % 100) as f32 * 324.0,
                y: 24.0 + (i / 100) as f32 * 700.0,
            },
            ..Default::default()
        })
        .collect();
    for (i, r) in design.responsibilities.iter_mut().enumerate() {
        r.owner = Some(ExecutiveId(format!("exec-{}", i % executives)));
        r.description.clear();
        r.notes.clear();
    }
    design
}
