//! Presentation mode and the light theme, through the real window: F5 goes
//! full screen with the menus and inspector hidden and the balance beside
//! the chart; cards can still be dragged; Escape comes back. The light
//! theme is chosen in View and remembered. The toolbar buttons (Present
//! among them) say what they do, and their keys, when rested on.

use crate::common;

use common::key_collecting;
use egui::{Key, Modifiers, ViewportCommand, pos2};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, FileDialogs, RemitApp};
use remit::model::{ExecutiveId, ResponsibilityId, Severity};
use remit::preferences::Preferences;

fn harness_with(preferences: Option<Preferences>) -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions {
        file_dialogs: FileDialogs::InApp,
        preferences,
        ..AppOptions::default()
    });
    h.run();
    h
}

/// F5 (or Escape) pressed; returns the viewport commands sent meanwhile.
fn press(h: &mut Harness<'_, RemitApp>, key: Key) -> Vec<ViewportCommand> {
    let commands = key_collecting(h, Modifiers::NONE, key);
    h.run();
    commands
}

#[test]
fn f5_presents_and_escape_comes_back() {
    let mut h = harness_with(None);
    let normal_zoom = h.state().chart_zoom().unwrap();
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("Design name").is_some(), "the inspector");

    let commands = press(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    assert!(commands.contains(&ViewportCommand::Fullscreen(true)));
    assert!(h.query_by_label("File").is_none(), "no menus");
    assert!(h.query_by_label("Design name").is_none(), "no inspector");
    // The balance stays, beside the chart; the chart is fit, larger.
    assert!(
        h.query_by_label("CIO: internal 80% · external 20%")
            .is_some()
    );
    // The chart as drawn, fit to the screen, would write names too small
    // to read: the boxes are in columns of large type instead; the chart
    // is a click away.
    assert!(h.query_by_label("CIO box").is_none());
    assert!(h.query_by_label("PMO").is_some());
    h.get_by_label("Chart").click();
    h.run();
    h.run();
    assert!(h.query_by_label("CIO box").is_some());
    // The whole chart is fit to what the screen has left for it.
    let bounds = h.state().controller().derived().chart.bounds;
    let bounds =
        egui::Rect::from_min_size(pos2(bounds.x, bounds.y), egui::vec2(bounds.w, bounds.h));
    assert!(h.state().chart_view().unwrap().contains_rect(bounds));

    // Cards are still draggable.
    let card = h.get_by_label("PMO").rect().center();
    let header = h.get_by_label("CTO box").rect();
    let target = pos2(header.center().x, header.bottom() + 20.0);
    h.drag_at(card);
    h.run();
    h.hover_at(card + egui::vec2(12.0, 0.0));
    h.run();
    h.hover_at(target);
    h.run();
    h.drop_at(target);
    h.run();
    let owner = h
        .state()
        .document()
        .design()
        .responsibility(&ResponsibilityId("pmo".into()))
        .and_then(|r| r.owner.clone());
    assert_eq!(owner, Some(ExecutiveId("cto".into())));
    // Why, typed straight after the drop, beside the balance.
    h.event(egui::Event::Text("The PMO serves the product teams".into()));
    h.run();
    let design = h.state().document().design();
    assert_eq!(design.decisions.len(), 1);
    assert_eq!(
        design.decisions[0].reason,
        "The PMO serves the product teams"
    );
    h.get_by_label("Why did “PMO” move?");
    // Undo takes the reason, then the move.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    // Undo works from the keyboard too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().document().is_dirty());

    let commands = press(&mut h, Key::Escape);
    assert!(!h.state().is_presenting());
    assert!(commands.contains(&ViewportCommand::Fullscreen(false)));
    assert!(h.query_by_label("File").is_some(), "the menus are back");
    // The inspector is back, on the card that was dragged.
    assert!(h.query_by_label("Notes").is_some());
    assert!((h.state().chart_zoom().unwrap() - normal_zoom).abs() < 1e-3);
}

#[test]
fn the_toolbar_button_presents_and_its_own_button_leaves() {
    let mut h = harness_with(None);
    h.get_by_label("Present").click();
    h.run();
    assert!(h.state().is_presenting());
    h.get_by_label("Leave presentation (Esc)").click();
    h.run();
    assert!(!h.state().is_presenting());
}

#[test]
fn the_light_theme_is_chosen_in_view_and_remembered() {
    let mut h = harness_with(None);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Light theme").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert!(h.state().preferences().light_theme);
    assert!(
        !h.state().document().is_dirty(),
        "a preference is not an edit"
    );
    // The next start has it.
    let kept = h.state().preferences().clone();
    let h = harness_with(Some(kept));
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
}

#[test]
fn toolbar_buttons_say_what_they_do_and_their_keys_when_rested_on() {
    use remit::controller::Command;
    let mut h = harness_with(None);
    let keys = |h: &Harness<'_, RemitApp>, command: Command| {
        remit::app::keys::describe(&h.ctx, command.shortcut().unwrap())
    };
    for (button, command) in [
        ("Present", Command::Present),
        ("Matrix", Command::ToggleMatrix),
    ] {
        let said = format!("{} ({})", command.help(), keys(&h, command));
        assert!(
            h.query_by_label(&said).is_none(),
            "not before resting on it"
        );
        let at = h.get_by_label(button).rect().center();
        h.hover_at(at);
        h.run_steps(60);
        assert!(h.query_by_label(&said).is_some(), "{said:?} shows");
        h.remove_cursor();
        h.run_steps(60);
    }
    // Undo names the step it would undo.
    h.get_by_label("R&D").click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::Num1);
    h.run();
    let step = h
        .state()
        .document()
        .undo_label()
        .expect("a step to undo")
        .to_owned();
    let said = format!("Undo {step} ({})", keys(&h, Command::Undo));
    let at = h.get_by_label("Undo").rect().center();
    h.hover_at(at);
    h.run_steps(60);
    assert!(h.query_by_label(&said).is_some(), "{said:?} shows");
}

#[test]
fn the_findings_are_a_click_away_while_presenting() {
    let mut h = harness_with(None);
    press(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    // The header counts the default design's findings by severity.
    let found = h.state().controller().derived().findings.clone();
    let count = |s: Severity| found.iter().filter(|f| f.severity == s).count();
    let counted: Vec<String> = [
        (Severity::Warning, "warning"),
        (Severity::Judgement, "judgement call"),
        (Severity::Note, "note"),
    ]
    .into_iter()
    .filter(|&(s, _)| count(s) > 0)
    .map(|(s, word)| match count(s) {
        1 => format!("1 {word}"),
        n => format!("{n} {word}s"),
    })
    .collect();
    // The sources' traditional split: no warning, one judgement call (the
    // CIO's contested cards).
    assert_eq!(counted, ["1 judgement call"]);
    h.get_by_label(&format!("Findings: {}", counted.join(" · ")))
        .click();
    h.run();
    // The list, and a click on a finding shows why.
    let first = h.state().controller().derived().findings[0].clone();
    h.get_by_label(&format!("{}: {}", first.severity.word(), first.message))
        .click();
    h.run();
    h.get_by_label(&first.why);
    assert!(h.state().is_presenting(), "still presenting");
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}

#[test]
fn at_a_projector_s_size_the_balance_lines_are_whole() {
    let mut h = common::window(AppOptions {
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    });
    h.set_size(egui::vec2(1280.0, 720.0));
    h.run();
    press(&mut h, Key::F5);
    // Each painted line is as wide as its whole text in the presenting
    // type (1.25 times the usual): none is cut short with "…".
    for (line, size) in [
        ("Organisation: internal 56% · external 44%", 15.0),
        ("19 items · size 50 points · 100% of total", 12.0),
        ("CIO: internal 80% · external 20%", 15.0),
        ("12 items · size 31 points · 62% of total", 12.0),
    ] {
        let font = egui::FontId::proportional(size * 1.25);
        let whole = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(line.to_owned(), font, egui::Color32::WHITE)
                .size()
                .x
        });
        let shown = h.get_by_label(line).rect().width();
        assert!(shown >= whole - 0.5, "{line}: {shown} of {whole}");
    }
}
