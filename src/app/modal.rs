//! A modal window: it dims the rest of the window and takes the input
//! until it is answered, closed with Esc or clicked outside. It is never
//! wider than the screen, and [`scrolling_modal`] keeps its heading and its
//! buttons in view however tall its body is: the body scrolls.

use egui::{Context, Id, Modal, Ui};

/// The widest a modal window grows, in points (narrower on a small screen
/// or with large text and panels).
const MAX_WIDTH: f32 = 560.0;
/// Room kept free around a modal window, on each side.
const SCREEN_MARGIN: f32 = 24.0;
/// Room a scrolling modal keeps for its heading, its buttons and its
/// frame, in lines of body text.
const RESERVED_LINES: f32 = 9.0;

/// Shows a modal window named `name`; true when it should close (Esc, or
/// a click outside it).
pub fn modal(ctx: &Context, name: &str, content: impl FnOnce(&mut Ui)) -> bool {
    titled_modal(ctx, name, None, content)
}

/// Shows a modal window, described as `title` for a screen reader when
/// given; true when it should close.
pub fn titled_modal(
    ctx: &Context,
    name: &str,
    title: Option<&str>,
    content: impl FnOnce(&mut Ui),
) -> bool {
    let screen = ctx.content_rect();
    let width = MAX_WIDTH
        .min(screen.width() - 2.0 * SCREEN_MARGIN)
        .max(120.0);
    let mut dialog = None;
    let response = Modal::new(Id::unique(("remit-modal", name))).show(ctx, |ui| {
        // The dialog's own node in the accessibility tree.
        dialog = ui
            .stack()
            .iter()
            .find(|level| level.kind() == Some(egui::UiKind::Modal))
            .map(|level| level.unique_id);
        ui.set_max_width(width);
        content(ui);
    });
    // egui centres a modal window from its size the frame before: draw
    // again until it settles, so it is not left off centre (or cut) on a
    // still screen.
    let rect = response.response.rect;
    let key = Id::unique(("remit-modal-rect", name));
    if ctx.data(|d| d.get_temp::<egui::Rect>(key)) != Some(rect) {
        ctx.data_mut(|d| d.insert_temp(key, rect));
        ctx.request_repaint();
    }
    // Tell assistive technology where the dialog is on screen (the node
    // has no bounds of its own), and what it is.
    if let Some(id) = dialog {
        ctx.accesskit_node_builder(id, |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
            // Its heading names it already (a second name would make two
            // nodes answer to the heading): the title goes in its
            // description.
            if let Some(title) = title {
                node.set_description(title);
            }
        });
    }
    response.should_close()
}

/// How tall the body of a scrolling modal may be on this screen.
pub fn body_height(ctx: &Context) -> f32 {
    let body = ctx
        .global_style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(super::theme::BODY_SIZE, |font| font.size);
    let line = body * 1.35;
    let screen = ctx.content_rect().height();
    (screen - 2.0 * SCREEN_MARGIN - RESERVED_LINES * line).max(3.0 * line)
}

/// A modal window with `heading` on top and `footer` (its buttons) at the
/// bottom, always in view; `body` between them scrolls when it is taller
/// than the screen allows. True when it should close.
pub fn scrolling_modal(
    ctx: &Context,
    name: &str,
    heading: &str,
    body: impl FnOnce(&mut Ui),
    footer: impl FnOnce(&mut Ui),
) -> bool {
    let height = body_height(ctx);
    titled_modal(ctx, name, Some(heading), |ui| {
        ui.heading(heading);
        ui.add_space(4.0);
        scroll_area(ui, (name, "body"), height, body);
        ui.add_space(6.0);
        footer(ui);
    })
}

/// A list or text that scrolls once taller than `height`, in a modal
/// window: it may be `height` tall whatever room the window had the frame
/// before (egui gives a window's contents only that), so the window takes
/// its size at once rather than growing frame by frame.
pub fn scroll_area(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    height: f32,
    content: impl FnOnce(&mut Ui),
) {
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui(size, |ui| {
        egui::ScrollArea::vertical()
            .id_salt(id_salt)
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                content(ui);
                super::rows::mark_scroll_view(ui);
            });
    });
}
