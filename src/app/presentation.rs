//! Presentation mode, for a room: the window full screen, menus and
//! inspector hidden, the chart fit to the screen in large type with the
//! balance beside it, the findings a click away, and cards still
//! draggable. F5 (or the toolbar's Present) comes in; Escape or F5 goes
//! out, and the window is as it was.

use egui::{Key, Modifiers, RichText, Ui, ViewportCommand};

use super::Advice;
use super::room::{self, RoomView};
use super::{balance_panel, canvas};
use super::{decisions_panel, findings_panel};
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;

/// How large Fit may make the chart while presenting (type large enough for
/// the back of the room when the chart is small).
pub const FIT_MAX_ZOOM: f32 = 1.8;

/// Whether the window is presenting, and how it shows the chart.
#[derive(Default)]
pub struct Presentation {
    on: bool,
    layout: Layout,
    room: RoomView,
    /// Whether, last frame, the chart fit to its space would have been too
    /// small to read (what Auto goes by).
    columns_last_frame: bool,
}

/// How presenting shows the chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// In columns when the chart, fit to the screen, would write card
    /// names smaller than [`crate::chart::room::MIN_NAME_SIZE`]; as drawn
    /// otherwise.
    #[default]
    Auto,
    /// As drawn, with its reporting lines.
    Chart,
    /// The boxes in columns of large type.
    Columns,
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
#[allow(clippy::too_many_arguments, reason = "the window's parts, passed down")]
pub fn show(
    ui: &mut Ui,
    presentation: &mut Presentation,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    canvas_memory: &mut canvas::CanvasMemory,
    advice: &mut Advice,
    actions: &mut Vec<Action>,
) {
    let columns_allowed =
        document.design().responsibilities.len() <= crate::chart::room::MOST_CARDS;
    // Decided on the space the chart had last frame (the panels around it
    // keep their sizes while presenting).
    let columns = columns_allowed
        && match presentation.layout {
            Layout::Auto => presentation.columns_last_frame,
            Layout::Chart => false,
            Layout::Columns => true,
        };
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
                if !columns && ui.button("Fit").clicked() {
                    actions.push(Action::Command(Command::FitChart));
                }
                let chart = ui
                    .selectable_label(!columns, "Chart")
                    .on_hover_text("The chart as drawn, with its reporting lines");
                let in_columns = ui
                    .add_enabled(columns_allowed, egui::Button::selectable(columns, "Columns"))
                    .on_hover_text("Every box in columns of large type that fill the screen, for the back of the room (the design is not changed)")
                    .on_disabled_hover_text(format!(
                        "For designs of at most {} responsibilities",
                        crate::chart::room::MOST_CARDS
                    ));
                if chart.clicked() {
                    presentation.layout = Layout::Chart;
                    canvas_memory.request_fit();
                }
                if in_columns.clicked() {
                    presentation.layout = Layout::Columns;
                }
                findings_panel::button(ui, derived, &mut advice.findings);
            });
        });
        // Which option the room is looking at, on a row of its own: a long
        // name never runs under the buttons.
        if document.options().len() > 1 {
            ui.horizontal(|ui| super::option_tabs::presented(ui, document, actions));
        }
    });
    // Wide enough at a projector's 1280 points for the organisation's line
    // and its sizes beside the clarity badge, in the larger type; the rest
    // is the chart's.
    let width = (ui.ctx().content_rect().width() * 0.3).clamp(380.0, 560.0);
    egui::Panel::right("presentation_balance")
        .resizable(false)
        .exact_size(width)
        .show(ui, |ui| {
            // Large type for the back of the room, as large as lets every
            // executive's row be seen at once.
            let scale = balance_panel::scale_to_fit(
                ui.available_height(),
                document.design().executives.len(),
                LARGE_TYPE,
            );
            larger_type(ui, scale);
            // Every executive's row, whatever is selected: the reason
            // prompt has a strip of its own under the chart.
            balance_panel::show(ui, document.design(), derived, 0.0);
        });
    let design = document.design();
    // Beside the balance, never over it.
    let room_left = ui.available_rect_before_wrap();
    findings_panel::window(
        ui.ctx(),
        room_left,
        design,
        derived,
        super::option_tabs::shown_name(document),
        &mut advice.findings,
        actions,
    );
    canvas::tray::show_as(
        ui,
        canvas::tray::Tray::Presenting,
        design,
        derived,
        selection,
        canvas_memory,
        actions,
    );
    // The card just moved: why, typed straight after the drop, as the
    // room decides; in large type across the foot of the chart, over the
    // tray.
    if let Selection::Responsibility(id) = selection
        && let Some(i) = derived.index.responsibility(id)
        && design.last_decision_about(id).is_some()
    {
        egui::Panel::bottom("presentation_reason")
            .resizable(false)
            .show(ui, |ui| {
                larger_type(ui, LARGE_TYPE);
                ui.add_space(4.0);
                let item = &design.responsibilities[i];
                decisions_panel::reason_prompt(ui, design, item, &mut advice.decisions, actions);
                ui.add_space(4.0);
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        presentation.columns_last_frame = room::chart_too_small(derived, ui.available_size());
        if columns {
            room::show(
                ui,
                document,
                derived,
                selection,
                &mut presentation.room,
                canvas_memory,
                actions,
            );
        } else {
            canvas::show(ui, document, derived, selection, canvas_memory, actions);
        }
    });
}

/// How much larger than the designer's the type is beside the chart while
/// presenting, for the back of the room.
const LARGE_TYPE: f32 = 1.25;

/// Every text style of `ui` made `scale` times larger.
fn larger_type(ui: &mut Ui, scale: f32) {
    ui.style_mut()
        .text_styles
        .iter_mut()
        .for_each(|(_, font)| font.size *= scale);
}
