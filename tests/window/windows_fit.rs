//! UI tests: every window fits its content on a projector (1280×720) and
//! on a laptop (1920×1080): each widget of a window lies inside the
//! screen and inside its window (a row scrolled wholly out of a list is
//! not drawn, and is let be), nothing is cut short with "…", the findings
//! and decisions stay beside the balance panel and never over it, the
//! keyboard shortcuts keep their heading and Close in view, "About the
//! company" fits with its message, a popup left
//! open gives way to a dialog, and the inspector's preview during a drag
//! is on screen whole. Measured on the accessibility tree the window
//! builds, with each widget's bounds, and on the text it paints.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Rect, Vec2, vec2};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, Node};
use remit::app::{AppOptions, RemitApp};
use remit::model::{
    Decision, Design, Executive, ExecutiveId, Position, Responsibility, ResponsibilityId, Rgb, When,
};

/// A projector and a laptop.
const SIZES: [Vec2; 2] = [vec2(1280.0, 720.0), vec2(1920.0, 1080.0)];

/// The bank's design from the client material: five executives, findings
/// of every kind, a long size unit.
const HANSE: &str = "/work/shared/clients/hanse-bank/as-is.ron";

/// The window on `design` (saved to a file first) at `size`.
fn window_on(design: &Design, size: Vec2) -> (tempfile::TempDir, Harness<'static, RemitApp>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("design.ron");
    remit::file::save(design, &path).expect("save");
    let mut h = common::window_sized(
        AppOptions {
            path: Some(path),
            ..AppOptions::default()
        },
        size,
    );
    h.run();
    (dir, h)
}

/// The bank's design, or the richest built-in model where the client
/// material is not on this machine.
fn bank() -> Design {
    remit::file::load(std::path::Path::new(HANSE))
        .unwrap_or_else(|_| (remit::templates::TEMPLATES[2].build)())
}

/// The text of a node, for messages.
fn name(node: &Node<'_>) -> String {
    let a = node.accesskit_node();
    format!("{:?} {:?}", a.role(), a.label().or_else(|| a.value()))
}

/// The nearest list that scrolls (a scroll view) holding `node` within
/// `container`, if any.
fn scroll_view_of<'t>(node: &Node<'t>, container: &Node<'t>) -> Option<Node<'t>> {
    let mut at = node.parent()?;
    loop {
        if at.accesskit_node().id() == container.accesskit_node().id() {
            return None;
        }
        if at.accesskit_node().role() == Role::ScrollView {
            return Some(at);
        }
        at = at.parent()?;
    }
}

/// Asserts that `container` is inside the screen and that every widget in
/// it that is drawn lies inside it: inside the window, or inside the list
/// that scrolls it (itself inside the window), where a row may lie partly
/// beyond the list's top or bottom edge (scrolled there, not cut) but
/// never beyond its sides. Rows wholly out of view are not drawn.
fn assert_fits(h: &Harness<'_, RemitApp>, container: &Node<'_>, what: &str) {
    let screen = h.ctx.content_rect().expand(0.5);
    let outer = container.rect();
    assert!(
        screen.contains_rect(outer),
        "{what}: the window {outer:?} is not inside the screen {screen:?}"
    );
    let room = outer.expand(1.0);
    let mut seen = 0;
    for node in container.children_recursive() {
        let a = node.accesskit_node();
        // The resize handles lie across the window's edges on purpose.
        if a.role() == Role::Splitter || a.bounding_box().is_none() {
            continue;
        }
        let r = node.rect();
        if !r.is_finite() || r.area() <= 0.0 {
            continue;
        }
        let view = scroll_view_of(&node, container).map(|v| v.rect());
        let shown = view.unwrap_or(outer);
        // Scrolled wholly out of view: not drawn.
        if r.min.y >= shown.max.y - 0.5 || r.max.y <= shown.min.y + 0.5 {
            continue;
        }
        seen += 1;
        match view {
            Some(view) => {
                assert!(
                    room.contains_rect(view),
                    "{what}: a list at {view:?} sticks out of its window {outer:?}"
                );
                let sides = view.expand(1.0);
                assert!(
                    r.min.x >= sides.min.x && r.max.x <= sides.max.x,
                    "{what}: {} at {r:?} is cut by the side of its list {view:?}",
                    name(&node)
                );
            }
            None => assert!(
                room.contains_rect(r),
                "{what}: {} at {r:?} is cut by its window {outer:?}",
                name(&node)
            ),
        }
    }
    assert!(seen > 2, "{what}: nothing found in the window");
}

/// The window titled `title` (an egui window).
fn window<'h>(h: &'h Harness<'_, RemitApp>, title: &'h str) -> Node<'h> {
    h.get_by_role_and_label(Role::Window, title)
}

/// The dialog titled `title` (a modal window, which says its title in
/// its description).
fn dialog<'h>(h: &'h Harness<'_, RemitApp>, title: &'h str) -> Node<'h> {
    h.query_all_by_role(Role::Dialog)
        .find(|n| n.accesskit_node().description().as_deref() == Some(title))
        .unwrap_or_else(|| panic!("no dialog {title:?}"))
}

/// Every text painted in the last frame, with whether it was cut short.
fn painted_texts(h: &Harness<'_, RemitApp>) -> Vec<(String, Rect, bool)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, Rect, bool)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => out.push((
                t.galley.job.text.clone(),
                t.galley.rect.translate(t.pos.to_vec2()),
                t.galley.elided,
            )),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The left edge of the balance panel (its clarity rows).
fn balance_left(h: &Harness<'_, RemitApp>) -> f32 {
    h.query_all_by_label_contains(" clarity ")
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .map(|n| n.rect().left())
        .fold(f32::INFINITY, f32::min)
}

fn press(h: &mut Harness<'_, RemitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Opens the findings window with its toolbar button.
fn open_findings(h: &mut Harness<'_, RemitApp>) {
    h.get_by_label_contains("Findings:").click();
    h.run();
}

/// Asserts the findings window fits, beside the balance, each finding in
/// view painted whole.
fn assert_findings_fit(h: &Harness<'_, RemitApp>, design: &Design, what: &str) {
    let found = remit::model::findings(
        design,
        &remit::model::Index::of(design),
        &remit::model::DesignBalance::of(design),
    );
    let w = window(h, "Findings");
    assert_fits(h, &w, what);
    let outer = w.rect();
    assert!(
        outer.right() <= balance_left(h) + 0.5,
        "{what}: the findings {outer:?} cover the balance (from x = {})",
        balance_left(h)
    );
    let texts = painted_texts(h);
    let mut whole = 0;
    for finding in &found {
        let text = format!("{} {}", finding.severity.word(), finding.message);
        if let Some((_, rect, elided)) = texts.iter().find(|(t, ..)| *t == text)
            && outer.contains_rect(*rect)
        {
            assert!(!elided, "{what}: cut short: {text}");
            whole += 1;
        }
    }
    assert!(whole >= 3, "{what}: only {whole} findings painted whole");
}

#[test]
fn the_findings_fit_whole_beside_the_balance_at_both_sizes() {
    let design = bank();
    for size in SIZES {
        let what = format!("findings at {size:?}");
        let (_dir, mut h) = window_on(&design, size);
        open_findings(&mut h);
        assert_findings_fit(&h, &design, &what);
        // Each open in turn: why it matters and its fix (a long fix wraps
        // to two lines), in the window too.
        let warnings = h.query_all_by_label_contains("warning: ").count();
        assert!(warnings > 0, "{what}: no warning");
        for k in 0..warnings {
            h.query_all_by_label_contains("warning: ")
                .nth(k)
                .expect("a warning")
                .click();
            h.run();
            assert_findings_fit(&h, &design, &format!("{what}, warning {k} open"));
            h.get_by_label("Close").click();
            h.run();
        }

        // Presenting, too: beside the balance, never over it.
        press(&mut h, Modifiers::NONE, Key::F5);
        assert!(h.state().is_presenting());
        if h.query_by_role_and_label(Role::Window, "Findings")
            .is_none()
        {
            open_findings(&mut h);
        }
        assert_findings_fit(&h, &design, &format!("{what}, presenting"));
        assert!(!h.state().document().is_dirty(), "looking is not editing");
    }
}

/// The bank's design with a log of moves with long reasons.
fn with_decisions(mut design: Design) -> Design {
    let when = When::parse("2026-11-23T10:00:00Z").expect("a time");
    let reason = "The board asked for one owner of everything that touches customers' \
                  money, so payments move out of operations and into the digital \
                  channels, where the product decisions are taken; the CIO keeps the \
                  platforms underneath and is consulted on every change to them.";
    let cards: Vec<(ResponsibilityId, String)> = design
        .responsibilities
        .iter()
        .take(12)
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let owners: Vec<ExecutiveId> = design.executives.iter().map(|e| e.id.clone()).collect();
    design.decisions = cards
        .into_iter()
        .enumerate()
        .map(|(i, (id, name))| Decision {
            responsibility: id,
            name: format!("{name}, with the long name it has in the bank's own workbook"),
            from: owners.get(i % owners.len()).cloned(),
            to: owners.get((i + 1) % owners.len()).cloned(),
            reason: if i % 3 == 0 {
                String::new()
            } else {
                reason.to_owned()
            },
            when,
        })
        .collect();
    design
}

#[test]
fn the_decisions_fit_with_their_times_and_reasons_whole() {
    let design = with_decisions(bank());
    for size in SIZES {
        let what = format!("decisions at {size:?}");
        let (_dir, mut h) = window_on(&design, size);
        h.get_by_label_contains("Decisions: 12 moves").click();
        h.run();
        let w = window(&h, "Decisions");
        assert_fits(&h, &w, &what);
        let outer = w.rect();
        assert!(
            outer.right() <= balance_left(&h) + 0.5,
            "{what}: over the balance"
        );
        // When each move was made is written, inside the window.
        let times: Vec<Rect> = h
            .query_all_by_label_contains("Moved 2026-11-23")
            .map(|n| n.rect())
            .filter(|r| outer.intersects(*r))
            .collect();
        assert!(times.len() >= 2, "{what}: {times:?}");
        // A long reason is in its field whole, the field wraps it inside
        // the window.
        let reasons: Vec<Node<'_>> = h
            .query_all_by_role(Role::MultilineTextInput)
            .filter(|n| n.value().is_some_and(|v| v.starts_with("The board asked")))
            .collect();
        assert!(!reasons.is_empty(), "{what}: no reason shown");
        for field in reasons {
            let r = field.rect();
            if outer.contains_rect(r) {
                assert!(
                    r.height() > 40.0,
                    "{what}: a long reason on one line: {r:?}"
                );
            }
        }
        assert!(!h.state().document().is_dirty(), "looking is not editing");
    }
}

#[test]
fn the_keyboard_shortcuts_keep_their_heading_and_close_in_view() {
    for size in SIZES {
        for larger in [0, 5, 10] {
            let what = format!("F1 at {size:?}, panels {larger} steps larger");
            let mut h = common::window_sized(AppOptions::default(), size);
            h.run();
            // Larger text and panels, with the pointer on the side panel.
            h.hover_at(Pos2::new(size.x - 40.0, size.y - 10.0));
            h.run();
            for _ in 0..larger {
                press(&mut h, Modifiers::COMMAND, Key::Plus);
            }
            press(&mut h, Modifiers::NONE, Key::F1);
            let d = dialog(&h, "Keyboard shortcuts");
            assert_fits(&h, &d, &what);
            let outer = d.rect();
            for label in ["Keyboard shortcuts", "Close"] {
                let r = h.get_by_label(label).rect();
                assert!(outer.contains_rect(r), "{what}: {label} at {r:?}");
            }
            // Close has the keyboard: Enter answers.
            press(&mut h, Modifiers::NONE, Key::Enter);
            assert!(h.state().dialog().is_none(), "{what}");
        }
    }
}

#[test]
fn the_guide_about_the_file_prompt_and_the_questions_fit() {
    for size in SIZES {
        for larger in [0, 10] {
            let what = format!("at {size:?}, panels {larger} steps larger");
            let mut h = common::window_sized(AppOptions::default(), size);
            h.run();
            h.hover_at(Pos2::new(size.x - 40.0, size.y - 10.0));
            h.run();
            for _ in 0..larger {
                press(&mut h, Modifiers::COMMAND, Key::Plus);
            }
            press(&mut h, Modifiers::SHIFT, Key::F1);
            assert_fits(
                &h,
                &dialog(&h, "Guide to the ideas"),
                &format!("guide {what}"),
            );
            h.get_by_label("About Remit…").click();
            h.run();
            // The licence's full text, scrolled to (the body scrolls).
            h.get_by_label_contains("SIL Open Font Licence, version 1.1 (full text)")
                .scroll_to_me();
            h.run();
            h.get_by_label_contains("SIL Open Font Licence, version 1.1 (full text)")
                .click();
            h.run();
            assert_fits(&h, &dialog(&h, "About Remit"), &format!("About {what}"));
            press(&mut h, Modifiers::NONE, Key::Escape);
            press(&mut h, Modifiers::COMMAND, Key::O);
            assert_fits(&h, &dialog(&h, "Open design"), &format!("Open {what}"));
            press(&mut h, Modifiers::NONE, Key::Escape);
            // A question about unsaved changes: its answers in view.
            press(&mut h, Modifiers::COMMAND, Key::E);
            assert!(h.state().document().is_dirty());
            press(&mut h, Modifiers::COMMAND, Key::N);
            let answers = h.get_by_label("Discard").rect();
            assert!(
                h.ctx.content_rect().contains_rect(answers),
                "{what}: the answers at {answers:?}"
            );
        }
    }
}

#[test]
fn about_the_company_fits_with_its_message_at_both_sizes_and_larger() {
    for size in SIZES {
        for larger in [0, 10] {
            let what = format!("about the company at {size:?}, panels {larger} steps larger");
            let mut h = common::window_sized(AppOptions::default(), size);
            h.run();
            h.hover_at(Pos2::new(size.x - 40.0, size.y - 10.0));
            h.run();
            for _ in 0..larger {
                press(&mut h, Modifiers::COMMAND, Key::Plus);
            }
            h.get_by_label("Edit").click();
            h.run();
            h.get_by_label("Company…").click();
            h.run();
            assert_fits(&h, &dialog(&h, "About the company"), &what);
            // With the message a number that cannot be read gets.
            h.get_by_label("People in the company")
                .type_text("a hundred and fifty, give or take");
            h.run();
            h.get_by_label_contains("is not a number of people");
            assert_fits(
                &h,
                &dialog(&h, "About the company"),
                &format!("{what}, with its message"),
            );
        }
    }
}

#[test]
fn a_dialog_closes_the_clarity_popup_left_open_over_it() {
    let mut h = common::started(None);
    h.get_by_label("CIO clarity 94 of 100").click();
    h.run();
    h.get_by_label_contains("CIO clarity: 94 of 100");
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(h.state().dialog().is_some());
    assert!(
        h.query_by_label_contains("CIO clarity: 94 of 100")
            .is_none(),
        "the popup stays over the dialog"
    );
    assert!(!egui::Popup::is_any_open(&h.ctx));
}

#[test]
fn the_preview_while_carrying_a_card_is_on_screen_whole() {
    let design = bank();
    for size in SIZES {
        let what = format!("preview at {size:?}");
        let (_dir, mut h) = window_on(&design, size);
        // A card from the tray (the chart may be an overview of bars at
        // this size), carried onto the CISO's box.
        let card = design
            .responsibilities
            .iter()
            .find(|r| r.owner.is_none() && h.query_by_label(&r.name).is_some())
            .expect("a card in the tray");
        let from = h.get_by_label(&card.name).rect().center();
        let to = h.get_by_label("CISO box").rect().center() + vec2(0.0, 40.0);
        common::carry(&mut h, from, to);
        let screen = h.ctx.content_rect();
        let parts = [
            format!("Moving “{}”", card.name),
            "From the tray to CISO".to_owned(),
            "CISO would be".to_owned(),
            "now ".to_owned(),
            "Let go on a box".to_owned(),
        ];
        for part in parts {
            let nodes: Vec<Rect> = h
                .query_all_by_label_contains(&part)
                .map(|n| n.rect())
                .collect();
            assert!(!nodes.is_empty(), "{what}: {part} is not shown");
            for r in nodes {
                assert!(screen.contains_rect(r), "{what}: {part} at {r:?} is cut");
            }
        }
        h.drop_at(from);
        h.run();
    }
}

/// The default design with six more executives, each with a card, far to
/// the right of the CIO and the CTO: a balance list as long as a real
/// client's, beside a chart zoomed to the CIO and the CTO.
fn eight_executives() -> Design {
    let mut design = remit::templates::default_design();
    for i in 0..6 {
        let id = ExecutiveId(format!("head-{i}"));
        design.executives.push(Executive {
            id: id.clone(),
            short_title: format!("Head {i}"),
            full_title: format!("Head of area {i}"),
            colour: Rgb(0x40, 0x80 + 10 * i as u8, 0x60),
            position: Position {
                x: 1400.0 + 330.0 * i as f32,
                y: 144.0,
            },
            ..Default::default()
        });
        design.responsibilities.push(
            Responsibility {
                id: ResponsibilityId(format!("area-{i}")),
                name: format!("Area {i}"),
                external_share: 0.5,
                size: 3.0,
                owner: Some(id),
                ..Default::default()
            }
            .into(),
        );
    }
    design
}

#[test]
fn the_preview_of_a_move_between_two_boxes_is_on_screen_whole_beside_a_long_balance() {
    let design = eight_executives();
    let security = design
        .responsibilities
        .iter()
        .find(|r| r.id.as_str() == "security")
        .expect("security")
        .clone();
    for size in SIZES {
        let what = format!("preview at {size:?}");
        let (_dir, mut h) = window_on(&design, size);
        // The CIO and the CTO whole, and nothing else (their boxes have two
        // columns of cards each: wider than a projector's canvas at natural
        // size, so the view zooms out a little there).
        let chart = &h.state().controller().derived().chart;
        let (cio, cto) = (chart.boxes[0].rect, chart.boxes[1].rect);
        h.state_mut().show_chart_part(Rect::from_min_max(
            Pos2::new(cio.x - 24.0, cio.y - 44.0),
            Pos2::new(
                cto.x + cto.w + 24.0,
                (cio.y + cio.h).max(cto.y + cto.h) + 24.0,
            ),
        ));
        h.run();
        let from = h.get_by_label(&security.name).rect().center();
        let to = h.get_by_label("CTO box").rect().center() + vec2(0.0, 80.0);
        common::carry(&mut h, from, to);
        let screen = h.ctx.content_rect();
        let mut parts = vec![
            format!("Moving “{}”", security.name),
            "From CIO to CTO".to_owned(),
            "CIO would be".to_owned(),
            "CTO would be".to_owned(),
            "Let go on a box".to_owned(),
        ];
        if !security.roles.is_empty() {
            parts.push("that role ends".to_owned());
        }
        for part in parts {
            let nodes: Vec<Rect> = h
                .query_all_by_label_contains(&part)
                .map(|n| n.rect())
                .collect();
            assert!(!nodes.is_empty(), "{what}: {part} is not shown");
            for r in nodes {
                assert!(screen.contains_rect(r), "{what}: {part} at {r:?} is cut");
            }
        }
        h.drop_at(from);
        h.run();
    }
}
