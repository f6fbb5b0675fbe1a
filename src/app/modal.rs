//! A modal window: it dims the rest of the window and takes the input
//! until it is answered, closed with Esc or clicked outside.

use egui::{Context, Id, Modal, Ui};

/// Shows a modal window named `name`; true when it should close (Esc, or
/// a click outside it).
pub fn modal(ctx: &Context, name: &str, content: impl FnOnce(&mut Ui)) -> bool {
    let response = Modal::new(Id::unique(("remit-modal", name))).show(ctx, |ui| {
        ui.set_max_width(560.0);
        content(ui);
    });
    response.should_close()
}
