//! Looking is not editing. Every shipped example, opened as a file, is
//! looked at the way a user looks: Tab through every widget (focusing a card
//! selects it, so the inspector shows its name, share slider, size and notes,
//! and Tab then walks through those too), and click every card. Afterwards
//! the design is still clean: no unsaved marker, no undo step, no autosave,
//! and Ctrl+Q closes without asking.

use crate::common;

use common::{is_cancel_close, is_close, key_collecting, request_close};

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, RemitApp};
use remit::file;
use remit::templates::TEMPLATES;

fn examples() -> Vec<PathBuf> {
    TEMPLATES
        .iter()
        .map(|t| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/examples")
                .join(format!("{}.ron", t.file_stem))
        })
        .collect()
}

fn open(path: &Path, autosave: Option<&Path>) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        path: Some(path.to_owned()),
        autosave_dir: autosave.map(Path::to_owned),
        autosave_delay: std::time::Duration::ZERO,
        ..AppOptions::default()
    });
    h.run();
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    h
}

#[track_caller]
fn assert_clean(h: &Harness<'_, RemitApp>, what: &str) {
    let state = h.state();
    assert!(!state.document().is_dirty(), "{what}: marked unsaved");
    assert!(
        !state.document().can_undo(),
        "{what}: an undo step appeared"
    );
    assert!(
        !state.window_title().ends_with('*'),
        "{what}: the title says unsaved"
    );
}

/// Ctrl+Q asks the window to close, and the close goes through: nothing
/// cancels it and no question appears.
#[track_caller]
fn assert_quits_without_a_question(h: &mut Harness<'_, RemitApp>) {
    let sent = key_collecting(h, Modifiers::COMMAND, Key::Q);
    assert!(sent.iter().any(is_close), "Ctrl+Q asks to close: {sent:?}");
    let sent = request_close(h);
    assert!(
        !sent.iter().any(is_cancel_close),
        "the close is not cancelled: {sent:?}"
    );
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
}

/// Brings the card called `name` into view as a user would (only what is in
/// view is laid out): a card in a box by zooming to its box (Enter on the
/// box's header) and scrolling the chart down it; a card in the tray by
/// scrolling the tray.
fn reveal(h: &mut Harness<'_, RemitApp>, name: &str) {
    if h.query_by_label(name).is_some() {
        return;
    }
    let design = h.state().document().design().clone();
    let owner = design
        .responsibilities
        .iter()
        .find(|r| r.name == *name)
        .and_then(|r| r.owner.as_ref())
        .and_then(|o| design.executive(o));
    if let Some(owner) = owner {
        let header = format!("{} box", owner.short_title);
        if h.query_by_label(&header).is_none() {
            // Out of a text field (Escape), then Home shows the whole chart.
            h.key_press(Key::Escape);
            h.run();
            h.key_press(Key::Home);
            h.run();
        }
        h.get_by_label(&header).focus();
        h.run();
        h.key_press(Key::Enter);
        h.run();
        for _ in 0..60 {
            if h.query_by_label(name).is_some() {
                return;
            }
            let header = h.get_by_label(&format!("{} box", owner.short_title)).rect();
            h.hover_at(egui::pos2(header.center().x, 400.0));
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -60.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: Modifiers::NONE,
            });
            h.run_steps(4);
        }
        return;
    }
    for _ in 0..30 {
        if h.query_by_label(name).is_some() {
            return;
        }
        let tray = h.get_by_label("Unassigned").rect();
        h.hover_at(egui::pos2(tray.center().x + 200.0, tray.max.y + 30.0));
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -30.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        // The scroll is animated.
        h.run_steps(10);
    }
}

#[test]
fn tabbing_through_every_widget_of_every_example_changes_nothing() {
    for path in examples() {
        let data = tempfile::tempdir().expect("tempdir");
        let mut h = open(&path, Some(data.path()));
        let what = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut focused_cards = 0;
        let mut zoomed = false;
        for _ in 0..160 {
            h.key_press(Key::Tab);
            h.run();
            // On the first box's header, Enter zooms to the box (the whole
            // chart may be too small to show its cards), and Tab goes on
            // into its cards.
            if !zoomed && matches!(h.state().selection(), remit::app::Selection::Executive(_)) {
                h.key_press(Key::Enter);
                h.run();
                zoomed = true;
            }
            if matches!(
                h.state().selection(),
                remit::app::Selection::Responsibility(_)
            ) {
                focused_cards += 1;
            }
            assert_clean(&h, &what);
        }
        assert!(focused_cards > 0, "{what}: Tab reached the cards");
        // Nothing was autosaved: nothing was unsaved.
        let autosaves = std::fs::read_dir(data.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".autosave.ron"))
            .count();
        assert_eq!(autosaves, 0, "{what}: an autosave was written");
        assert_quits_without_a_question(&mut h);
    }
}

#[test]
fn clicking_every_card_of_every_example_changes_nothing() {
    for path in examples() {
        let mut h = open(&path, None);
        let what = path.file_name().unwrap().to_string_lossy().into_owned();
        let names: Vec<String> = h
            .state()
            .document()
            .design()
            .responsibilities
            .iter()
            .map(|r| r.name.clone())
            .collect();
        for name in &names {
            reveal(&mut h, name);
            h.get_by_label(name).click();
            h.run();
            // Then into the inspector and out again.
            for _ in 0..8 {
                h.key_press(Key::Tab);
                h.run();
            }
            assert_clean(&h, &format!("{what}, {name}"));
        }
        assert_quits_without_a_question(&mut h);
    }
}

#[test]
fn values_off_the_slider_steps_are_shown_without_being_changed() {
    // A share of 35.55 % and a size of 2.125 are not on the slider's 1 %
    // steps nor on two decimals: showing them must not round them.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut design = remit::templates::default_design();
    design.responsibilities[0].external_share = 0.3555;
    design.responsibilities[0].size = 2.125;
    design.executives[0].position.x = 31.0;
    let path = dir.path().join("odd values.ron");
    file::save(&design, &path).expect("save");
    let mut h = open(&path, None);
    let name = design.responsibilities[0].name.clone();
    h.get_by_label(&name).click();
    h.run();
    for _ in 0..40 {
        h.key_press(Key::Tab);
        h.run();
        assert_clean(&h, "odd values");
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(file::load(&path).expect("load"), design, "saved as it was");
}
