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
    let screen = ctx.content_rect();
    let width = MAX_WIDTH
        .min(screen.width() - 2.0 * SCREEN_MARGIN)
        .max(120.0);
    let response = Modal::new(Id::unique(("remit-modal", name))).show(ctx, |ui| {
        ui.set_max_width(width);
        content(ui);
    });
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
    modal(ctx, name, |ui| {
        ui.heading(heading);
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .id_salt((name, "body"))
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, body);
        ui.add_space(6.0);
        footer(ui);
    })
}
