//! Presentation mode, for a room: the window full screen, menus and
//! inspector hidden, the chart fit to the screen in large type with the
//! balance beside it, the findings a click away, and cards still
//! draggable. F5 (or the toolbar's Present) comes in; Escape or F5 goes
//! out, and the window is as it was.

use egui::{Key, Modifiers, RichText, Ui, ViewportCommand};

use super::Advice;
use super::{balance_panel, canvas};
use super::{decisions_panel, findings_panel};
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;

/// How large Fit may make the chart while presenting (type large enough for
/// the back of the room when the chart is small).
pub const FIT_MAX_ZOOM: f32 = 1.8;

/// Whether the window is presenting.
#[derive(Default)]
pub struct Presentation {
    on: bool,
}

impl Presentation {
    /// Whether presenting now.
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Comes in or goes out.
    pub fn toggle(&mut self, ctx: &egui::Context, canvas: &mut canvas::CanvasMemory) {
        self.on = !self.on;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(self.on));
        canvas.set_fit_max_zoom(self.on.then_some(FIT_MAX_ZOOM));
        canvas.request_fit();
    }

    /// While presenting, Escape leaves (unless a card is being carried:
    /// then it only drops the card where it was).
    pub fn escape_pressed(&self, ctx: &egui::Context) -> bool {
        self.on
            && !egui::DragAndDrop::has_any_payload(ctx)
            && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
    }
}

/// The presenting window: a slim bar, the balance in large type beside the
/// chart, the tray below it.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    canvas_memory: &mut canvas::CanvasMemory,
    advice: &mut Advice,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("presentation_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&document.design().name).heading().strong());
            super::menu_bar::unsaved_marker(ui, document.is_dirty());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Leave presentation (Esc)")
                    .on_hover_text(Command::Present.help())
                    .clicked()
                {
                    actions.push(Action::Command(Command::Present));
                }
                if ui.button("Fit").clicked() {
                    actions.push(Action::Command(Command::FitChart));
                }
                findings_panel::button(ui, derived, &mut advice.findings);
            });
        });
    });
    // Wide enough at a projector's 1280 points for the organisation's line
    // and its sizes beside the clarity badge, in the larger type.
    let width = (ui.ctx().content_rect().width() * 0.3).clamp(380.0, 560.0);
    egui::Panel::right("presentation_balance")
        .resizable(false)
        .exact_size(width)
        .show(ui, |ui| {
            // Large type for the back of the room.
            ui.style_mut().text_styles.iter_mut().for_each(|(_, font)| {
                font.size *= 1.25;
            });
            let design = document.design();
            balance_panel::show(ui, design, derived);
            // The card just moved: why, typed straight after the drop, as
            // the room decides.
            if let Selection::Responsibility(id) = selection
                && let Some(i) = derived.index.responsibility(id)
            {
                ui.add_space(8.0);
                let item = &design.responsibilities[i];
                decisions_panel::reason_prompt(ui, design, item, &mut advice.decisions, actions);
            }
        });
    let design = document.design();
    // Beside the balance, never over it.
    let room = ui.available_rect_before_wrap();
    findings_panel::window(
        ui.ctx(),
        room,
        design,
        derived,
        &mut advice.findings,
        actions,
    );
    canvas::tray::show(ui, design, derived, selection, canvas_memory, actions);
    egui::CentralPanel::default().show(ui, |ui| {
        canvas::show(ui, document, derived, selection, canvas_memory, actions);
    });
}
