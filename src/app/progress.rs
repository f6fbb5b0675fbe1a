//! Work under way on its own thread (an export, a large import), once it
//! has run for a moment: a small window in the corner saying what is
//! being done, for how long and how far it has got, with Cancel (Escape
//! while it has the keyboard). The rest of the window keeps working.

use egui::{Align2, Context, ProgressBar, RichText, Vec2};

use crate::controller::Action;
use crate::controller::jobs::JobStatus;

/// Shows the running work, if any has run long enough to show.
pub fn show(ctx: &Context, status: Option<&JobStatus>, actions: &mut Vec<Action>) {
    let Some(status) = status else {
        return;
    };
    egui::Window::new("Working")
        .id(egui::Id::unique("remit-work-under-way"))
        .anchor(Align2::RIGHT_BOTTOM, Vec2::new(-16.0, -16.0))
        .collapsible(false)
        .resizable(false)
        .title_bar(false)
        .show(ctx, |ui| {
            ui.label(RichText::new(format!("{}…", status.what)).strong());
            let seconds = status.elapsed.as_secs_f32();
            let bar = match status.fraction {
                Some(fraction) => ProgressBar::new(fraction).text(format!(
                    "{:.0}% done · {seconds:.0} s so far",
                    fraction * 100.0
                )),
                None => ProgressBar::new(0.0)
                    .animate(true)
                    .text(format!("{seconds:.0} s so far")),
            };
            ui.add(bar.desired_width(280.0));
            if ui
                .button("Cancel")
                .on_hover_text("Stop it; nothing is written or imported")
                .clicked()
            {
                actions.push(Action::CancelJob);
            }
        });
}
