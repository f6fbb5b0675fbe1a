//! The frame in which a card is dropped already shows it in its new box and
//! shows the new balance figures: no extra input or repaint is needed.
use crate::common;

use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, FileDialogs, RemitApp};

fn harness() -> Harness<'static, RemitApp> {
    common::window(AppOptions {
        path: None,
        file_dialogs: FileDialogs::InApp,
        ..AppOptions::default()
    })
}

#[test]
fn balance_changes_on_the_frame_of_the_drop() {
    let mut h = harness();
    h.run();
    let from = h.get_by_label("Information security").rect().center();
    let cto = h.get_by_label("CTO box").rect();
    let to = egui::pos2(cto.center().x, cto.bottom() + 150.0);
    h.drag_at(from);
    h.step();
    h.hover_at(from + egui::vec2(30.0, 0.0));
    h.step();
    h.hover_at(to);
    h.step();
    // Only the release (`drop_at` also removes the cursor, a second frame):
    // the accessibility tree of this one frame is what a user sees.
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.step();
    assert!(
        h.query_by_label("CTO: internal 23% · external 77%")
            .is_some()
    );
    assert!(
        h.query_by_label("CIO: internal 82% · external 18%")
            .is_some()
    );
    let card = h.get_by_label("Information security").rect();
    assert!(
        card.center().x > cto.left() && card.center().x < cto.right(),
        "the card is drawn inside the CTO box on the same frame"
    );
}
