//! The designer window. [`RemitApp`] holds the [`Controller`] and the little
//! state that is only about pixels (which dialog was on screen last frame,
//! the sizes boxes were drawn at). Each frame it turns input into
//! [`Action`]s ([`input`]), draws the panels from what the controller holds
//! (each panel pushes more actions), hands the actions to the controller
//! after the pass, and carries out the [`Effect`]s only a window can.

mod balance_panel;
mod bidi;
mod blank;
mod canvas;
mod card;
mod carrying;
mod catalog_picker;
mod chart_fields;
mod choice;
mod company;
mod compare_window;
mod decisions_panel;
mod dialogs;
mod fields;
mod findings_panel;
mod fonts;
pub mod gallery;
mod handouts;
mod help;
mod import_preview;
mod input;
mod inspector;
pub mod keys;
mod matrix;
mod menu_bar;
mod modal;
pub mod option_tabs;
mod path_prompt;
mod pen;
mod presentation;
mod progress;
mod room;
mod rows;
mod theme;

use std::path::PathBuf;
use std::time::Instant;

use egui::ViewportCommand;

use crate::autosave::Orphan;
use crate::controller::Controller;
use crate::document::Document;
use crate::preferences::{self, Preferences};

/// The guide to the ideas (Help → Guide to the ideas): each section's
/// heading and text.
pub use help::GUIDE as HELP_GUIDE;

pub use crate::controller::{
    Action, Answer, Command, Conflict, Dialog, Effect, FileDialogs, PathPurpose, Pending,
    Selection, Source, StartOptions as AppOptions, Status,
};

/// How much one step of chart zoom enlarges it.
const CHART_ZOOM_STEP: f32 = 1.25;

/// What the advice windows keep between frames: which finding is open,
/// and the decision log's window and reason field.
#[derive(Default)]
struct Advice {
    findings: findings_panel::FindingsMemory,
    decisions: decisions_panel::DecisionsMemory,
    compare: compare_window::CompareMemory,
}

/// The Remit designer window.
pub struct RemitApp {
    controller: Controller,
    /// Which dialog was on screen last frame, to know when one first appears.
    shown_dialog: Option<std::mem::Discriminant<Dialog>>,
    /// Whether the error message was on screen last frame.
    shown_error: bool,
    /// Whether a text field had the keyboard last frame.
    was_typing: bool,
    title: String,
    canvas: canvas::CanvasMemory,
    /// The matrix view (Ctrl+M) and its own state.
    matrix: matrix::MatrixMemory,
    /// The findings and decisions windows.
    advice: Advice,
    /// The Export and import dialogs' choices.
    handouts: handouts::HandoutsMemory,
    presentation: presentation::Presentation,
    /// The theme the window has (from the preferences).
    light_theme: Option<bool>,
    /// An executive was just added: the inspector puts the keyboard in its
    /// title field on the next pass.
    name_new_executive: bool,
}

impl RemitApp {
    /// Creates the app as the binary does (and as the UI tests do).
    pub fn new(cc: &eframe::CreationContext<'_>, mut options: AppOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        fonts::install(&cc.egui_ctx);
        // Zoom is one of Remit's own commands (View menu, the same keys).
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        // Preferences stored by an older Remit, in eframe's storage, are
        // read when Remit's own preferences file is not there yet.
        let no_file = options
            .preferences_file
            .as_deref()
            .is_none_or(|file| !file.exists());
        if options.preferences.is_none() && no_file {
            options.preferences = cc
                .storage
                .and_then(|s| eframe::get_value::<Preferences>(s, preferences::STORAGE_KEY));
        }
        // One way to wake the window from another thread, for autosave
        // and for work such as an export or a large import.
        let ctx = cc.egui_ctx.clone();
        let wake: crate::controller::jobs::Waker =
            std::sync::Arc::new(move || ctx.request_repaint());
        let autosave_wake = std::sync::Arc::clone(&wake);
        let mut controller = Controller::new(options, Some(Box::new(move || autosave_wake())));
        controller.set_work_waker(wake);
        Self {
            controller,
            shown_dialog: None,
            shown_error: false,
            was_typing: false,
            title: String::new(),
            canvas: canvas::CanvasMemory::default(),
            matrix: matrix::MatrixMemory::default(),
            advice: Advice::default(),
            handouts: handouts::HandoutsMemory::default(),
            presentation: presentation::Presentation::default(),
            light_theme: None,
            name_new_executive: false,
        }
    }

    /// The controller, with everything the window shows.
    pub fn controller(&self) -> &Controller {
        &self.controller
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        self.controller.document()
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        self.controller.selection()
    }

    /// The chart's zoom (1 = natural size), once it has been shown.
    pub fn chart_zoom(&self) -> Option<f32> {
        self.canvas.zoom()
    }

    /// Shows a part of the chart (in chart points), as if the user had
    /// panned and zoomed there: scripted views for benchmarks and tests.
    pub fn show_chart_part(&mut self, view: egui::Rect) {
        self.canvas.show_part(view);
    }

    /// Where a point of the chart (in chart points) is on screen, once the
    /// chart has been shown.
    pub fn chart_to_screen(&self, p: egui::Pos2) -> Option<egui::Pos2> {
        self.canvas.to_screen(p)
    }

    /// The point of the chart (in chart points) under a point on screen,
    /// once the chart has been shown.
    pub fn screen_to_chart(&self, p: egui::Pos2) -> Option<egui::Pos2> {
        self.canvas.to_chart(p)
    }

    /// The part of the chart in view, in chart points, once shown.
    pub fn chart_view(&self) -> Option<egui::Rect> {
        self.canvas.view()
    }

    /// Whether the matrix is shown instead of the chart (Ctrl+M).
    pub fn is_matrix_shown(&self) -> bool {
        self.matrix.is_shown()
    }

    /// Whether the window is presenting (F5).
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_on()
    }

    /// The open dialog, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.controller.dialog()
    }

    /// The error message being shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.controller.error()
    }

    /// Whether work (an export) is under way on its own thread.
    pub fn working(&self) -> bool {
        self.controller.working()
    }

    /// The status line's text, if it says something now.
    pub fn status_text(&self) -> Option<&str> {
        self.controller.status().map(|s| s.text.as_str())
    }

    /// The preferences kept between runs.
    pub fn preferences(&self) -> &Preferences {
        self.controller.preferences()
    }

    /// The autosaves found on start that are waiting to be recovered or
    /// discarded.
    pub fn orphans(&self) -> &[Orphan] {
        self.controller.orphans()
    }

    /// This designer's autosave file, if autosave is on.
    pub fn autosave_path(&self) -> Option<PathBuf> {
        self.controller.autosave_path()
    }

    /// The window title: starts with "Remit", names the file, and ends with
    /// `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        self.controller.window_title()
    }

    /// Ends the session cleanly: the autosave is removed.
    pub fn shutdown(&mut self) {
        self.controller.shutdown();
    }

    fn carry_out(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        // The view of the chart is the window's own business. Ctrl+plus/minus
        // zoom the chart while the pointer is on it (or, with the pointer
        // outside the window, while a box or card has the keyboard), and text
        // and panels otherwise: the pointer on a panel, a window or the menu
        // bar, and the View menu's own items, always size the panels.
        let pointer_in_window = ctx
            .pointer_latest_pos()
            .is_some_and(|p| ctx.content_rect().contains(p));
        let chart_focus = !self.matrix.is_shown()
            && (self.canvas.has_pointer() || (!pointer_in_window && self.canvas.has_keyboard()));
        // While a matrix cell has the keyboard, Delete clears its role.
        let design = self.controller.document().design();
        self.matrix.claim_delete(ctx, design, actions);
        let matrix = &mut self.matrix;
        let canvas = &mut self.canvas;
        let presentation = &mut self.presentation;
        actions.retain(|action| match action {
            Action::Command(Command::ZoomIn) if chart_focus => {
                canvas.request_zoom(CHART_ZOOM_STEP);
                false
            }
            Action::Command(Command::ZoomOut) if chart_focus => {
                canvas.request_zoom(1.0 / CHART_ZOOM_STEP);
                false
            }
            Action::Command(Command::ChartZoomIn) => {
                canvas.request_zoom(CHART_ZOOM_STEP);
                false
            }
            Action::Command(Command::ChartZoomOut) => {
                canvas.request_zoom(1.0 / CHART_ZOOM_STEP);
                false
            }
            Action::Command(Command::FitChart) => {
                canvas.request_fit();
                false
            }
            Action::Command(Command::ToggleMatrix) => {
                matrix.toggle();
                false
            }
            Action::Command(Command::Present) => {
                presentation.toggle(ctx, canvas);
                false
            }
            Action::Command(Command::TidyChart) => {
                // Tidied by the controller; then the whole chart is shown.
                canvas.request_fit();
                true
            }
            // Larger or smaller text and panels: a preference, kept by the
            // controller and applied at the start of the next frame.
            _ => true,
        });
        // After Add executive (the menu, Ctrl+E, the inspector's "Add an
        // executive under this one"), the new box is selected and what is
        // typed next names it.
        let adding = actions.contains(&Action::Command(Command::AddExecutive));
        let executives = self.controller.document().design().executives.len();
        self.name_new_executive = false;
        self.controller.apply(std::mem::take(actions));
        let added = self.controller.document().design().executives.len() > executives;
        if adding && added && matches!(self.controller.selection(), Selection::Executive(_)) {
            self.name_new_executive = true;
        }
        for effect in self.controller.take_effects() {
            match effect {
                Effect::CloseWindow => ctx.send_viewport_cmd(ViewportCommand::Close),
                Effect::CancelClose => ctx.send_viewport_cmd(ViewportCommand::CancelClose),
                Effect::AskReason => self.advice.decisions.ask_reason(),
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for RemitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        self.apply_theme(&ctx);
        Self::apply_panel_zoom(&ctx, self.controller.preferences());
        if self.presentation.escape_pressed(&ctx) {
            actions.push(Action::Command(Command::Present));
        }
        if !self.controller.modal_open() {
            let (comparing, selection) = (self.controller.comparing(), self.controller.selection());
            compare_window::escape(
                &ctx,
                comparing,
                selection,
                &self.advice.compare,
                &mut actions,
            );
        }
        input::collect(&ctx, &self.controller, &mut self.was_typing, &mut actions);

        let derived = self.controller.derived();
        let document = self.controller.document();
        let selection = self.controller.selection();
        self.advice.decisions.notice();
        compare_window::publish_marks(&ctx, self.controller.comparing().marks(document));
        self.canvas
            .find_drop_target(&ctx, document.design(), derived);
        if self.presentation.is_on() {
            presentation::show(
                ui,
                &mut self.presentation,
                document,
                derived,
                selection,
                &mut self.canvas,
                &mut self.advice,
                &mut actions,
            );
            self.finish_frame(&ctx, actions);
            return;
        }
        let matrix_shown = self.matrix.is_shown();
        menu_bar::show(
            ui,
            &self.controller,
            matrix_shown,
            &mut self.advice,
            &mut actions,
        );
        egui::Panel::right("balance_and_inspector")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                let design = document.design();
                if let Some(item) = card::carried(&ctx, design, &derived.index) {
                    // Nothing can be scrolled while a card is carried: what
                    // letting go would do comes first, whole, and the
                    // balance (its list scrolls) below it.
                    let target = self.canvas.drop_target();
                    carrying::show(ui, design, derived, item, target);
                    ui.separator();
                    balance_panel::show_with_involvement(ui, design, derived);
                    return;
                }
                balance_panel::show_with_involvement(ui, design, derived);
                ui.separator();

                egui::ScrollArea::vertical()
                    .id_salt("inspector")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        inspector::show(
                            ui,
                            document.design(),
                            derived,
                            selection,
                            &mut self.advice.decisions,
                            &mut self.name_new_executive,
                            &mut actions,
                        );
                    });
            });
        // The advice windows stay in the room left of the balance panel
        // (and below the menu bar and the options), never over the balance.
        let mut room = ui.available_rect_before_wrap();
        room.min.y += option_tabs::height(document);
        let design = document.design();
        let advice = &mut self.advice;
        let option = option_tabs::shown_name(document);
        findings_panel::window(
            &ctx,
            room,
            design,
            derived,
            option,
            &mut advice.findings,
            &mut actions,
        );
        decisions_panel::window(
            &ctx,
            room,
            design,
            derived,
            option,
            &mut advice.decisions,
            &mut actions,
        );
        let comparing = self.controller.comparing();
        compare_window::window(
            &ctx,
            room,
            document,
            comparing,
            &mut advice.compare,
            &mut actions,
        );
        if !matrix_shown {
            let design = document.design();
            canvas::tray::show(
                ui,
                design,
                derived,
                selection,
                &mut self.canvas,
                &mut actions,
            );
        }
        let state = self.controller.command_state();
        egui::CentralPanel::default().show(ui, |ui| {
            // Which option is shown, above the chart (and the matrix).
            option_tabs::strip(ui, document, &state, &mut actions);
            if matrix_shown {
                let memory = &mut self.matrix;
                matrix::show(ui, document, derived, selection, memory, &mut actions);
                return;
            }
            canvas::show(
                ui,
                document,
                derived,
                selection,
                &mut self.canvas,
                &mut actions,
            );
        });

        self.finish_frame(&ctx, actions);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }
}

impl RemitApp {
    /// Text, panels, menus and windows at the size the preferences say
    /// (egui's zoom factor; the chart has its own zoom).
    fn apply_panel_zoom(ctx: &egui::Context, preferences: &Preferences) {
        let zoom = preferences.panel_zoom();
        if (ctx.zoom_factor() - zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
    }

    /// The dark or the light theme, as the preferences say.
    fn apply_theme(&mut self, ctx: &egui::Context) {
        let light = self.controller.preferences().light_theme;
        if self.light_theme != Some(light) {
            ctx.set_theme(if light {
                egui::Theme::Light
            } else {
                egui::Theme::Dark
            });
            self.light_theme = Some(light);
        }
    }

    /// Dialogs, then the frame's actions carried out, the next repaint
    /// planned and the title kept up to date.
    fn finish_frame(&mut self, ctx: &egui::Context, mut actions: Vec<Action>) {
        let ctx = ctx.clone();
        let showing = self.controller.dialog().map(std::mem::discriminant);
        let fresh = showing.is_some() && showing != self.shown_dialog;
        self.shown_dialog = showing;
        let error_fresh = self.controller.error().is_some() && !self.shown_error;
        self.shown_error = self.controller.error().is_some();
        progress::show(&ctx, self.controller.job_status().as_ref(), &mut actions);
        dialogs::show(
            &ctx,
            fresh,
            error_fresh,
            &mut self.controller,
            &mut self.handouts,
            &mut actions,
        );

        if !actions.is_empty() {
            // The panels above were drawn from the design as it was; run the
            // pass again (input is not replayed) so that what is shown this
            // frame already includes the change: the dropped card in its new
            // box and the new balance figures.
            ctx.request_discard("Remit applied a change");
        }
        self.carry_out(&ctx, &mut actions);
        if let Some(wait) = self.controller.tick(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
        self.update_title(&ctx);
    }
}
