//! Input that is not aimed at a widget, turned into [`Action`]s: the
//! window's close button, focus coming and going, keyboard shortcuts, and
//! files dropped onto the window (with the overlay shown while one hovers).

use egui::{Context, Event};

use super::keys;
use crate::controller::{Action, Command, Controller};

/// Collects this frame's actions from the window and the keyboard.
pub fn collect(
    ctx: &Context,
    controller: &Controller,
    was_typing: &mut bool,
    actions: &mut Vec<Action>,
) {
    if ctx.input(|i| i.viewport().close_requested()) {
        actions.push(Action::CloseRequested);
    }
    ctx.input(|i| {
        for event in &i.events {
            if let Event::WindowFocused(focused) = event {
                actions.push(Action::WindowFocused(*focused));
            }
        }
    });
    shortcuts(ctx, controller, was_typing, actions);
    dropped_files(ctx, actions);
}

fn shortcuts(
    ctx: &Context,
    controller: &Controller,
    was_typing: &mut bool,
    actions: &mut Vec<Action>,
) {
    // Only a focused text field counts as typing: a focused card must still
    // take Delete. egui drops a field's focus on Escape before this runs, so
    // last frame's state says whether Escape just left a field.
    let typing = ctx.text_edit_focused();
    let left_a_field = std::mem::replace(was_typing, typing);
    if controller.modal_open() {
        return;
    }
    // A shortcut is a key pressed: most frames (the pointer moving, a
    // repaint) have none to look for.
    let keys_pressed = ctx.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, Event::Key { pressed: true, .. }))
    });
    if !keys_pressed {
        return;
    }
    let state = controller.command_state();
    for (command, shortcut) in Command::with_shortcuts() {
        if typing && !command.works_while_typing() {
            continue;
        }
        if !command.enabled(&state) {
            continue;
        }
        // Escape closes a menu or leaves a text field before it clears the
        // selection.
        if command == Command::ClearSelection && (left_a_field || egui::Popup::is_any_open(ctx)) {
            continue;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&keys::to_egui(shortcut))) {
            actions.push(Action::Command(command));
        }
    }
}

/// Dropped files go to the controller (it decides what to open); while
/// files hover over the window, say what dropping does.
fn dropped_files(ctx: &Context, actions: &mut Vec<Action>) {
    let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .collect()
    });
    if !dropped.is_empty() {
        actions.push(Action::Dropped(dropped));
    }
    if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("remit-file-drop"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop a .ron design to open it",
            egui::FontId::proportional(28.0),
            egui::Color32::WHITE,
        );
    }
}
