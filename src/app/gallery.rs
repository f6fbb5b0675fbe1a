//! The gallery of reference models (*File → New from template…*, and the
//! first screen on a first start): the five templates in a list; for the
//! one selected, a miniature of its chart, its balance, and its
//! explanation — the model in a line, when it fits, what to watch for, and
//! what each finding it starts with means.
//!
//! It is keyboard-complete: the selected model has the focus when the
//! gallery opens, the arrows (or Tab) move between models and the selection
//! follows the focus, Enter starts from the selected model and Esc cancels.
//! Every model, the chart and both buttons have an accessible label.
//!
//! Like every dialog it only answers with [`Action`]s: starting goes through
//! [`Command::NewFromTemplate`] (which asks about unsaved changes first), and
//! cancelling through [`Action::CloseDialog`]. Looking changes nothing.

mod preview;

use egui::{Context, Id, Key, Modal, RichText, Ui, Vec2};

use crate::controller::{Action, Command, OptionAction};
use crate::templates::{Explanation, TEMPLATES};

/// The gallery's title.
pub const HEADING: &str = "Start from a reference model";
/// The button that starts a new design from the selected model.
pub const START: &str = "Start from this model";

/// The button that adds the selected model to the open design as a new
/// option.
pub const ADD_AS_OPTION: &str = "Add as option";

/// Width of the list of models.
const LIST_WIDTH: f32 = 250.0;
/// Width of the balance figures beside the chart.
const BALANCE_WIDTH: f32 = 270.0;

/// Under the model closest to the design open now.
pub const CLOSEST: &str = "Closest to the design you have open";

/// Shows the gallery with the template at `selected` chosen and the one at
/// `closest` marked as closest to the design open; `fresh` on the frame it
/// opens.
pub fn show(
    ctx: &Context,
    fresh: bool,
    selected: &mut usize,
    closest: Option<usize>,
    actions: &mut Vec<Action>,
) {
    if *selected >= TEMPLATES.len() {
        *selected = 0;
    }
    let screen = ctx.content_rect().size();
    let width = (screen.x - 80.0).clamp(560.0, 1080.0);
    let height = (screen.y - 200.0).clamp(340.0, 640.0);
    let mut start = false;
    let mut cancel = false;
    let mut blank = false;
    let mut add = false;
    let response = Modal::new(Id::unique(("remit-modal", "gallery"))).show(ctx, |ui| {
        ui.set_width(width);
        ui.heading(HEADING);
        ui.label(
            "Five ways companies divide technology work between their executives. \
             Pick the one closest to yours: everything in it can be changed afterwards.",
        );
        ui.add_space(4.0);
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal_top(|ui| {
            ui.set_height(height);
            let chosen = list(ui, fresh, selected, closest);
            start |= chosen;
            ui.separator();
            ui.vertical(|ui| details(ui, *selected, height));
        });
        ui.separator();
        ui.horizontal(|ui| {
            let go = ui
                .button(RichText::new(START).strong())
                .on_hover_text("A new design from this model (asks to save unsaved changes first)");
            let as_option = ui
                .button(ADD_AS_OPTION)
                .on_hover_text(
                    "Keep the design you have and add this model to it as a new option, to compare (Ctrl+Z takes it out again)",
                );
            add |= as_option.clicked();
            let empty = ui
                .button("Blank design…")
                .on_hover_text(Command::NewBlank.help());
            let back = ui
                .button("Cancel")
                .on_hover_text("Keep the design you have");
            ui.weak("Arrow keys choose · Enter starts · Esc cancels");
            start |= go.clicked()
                || (enter && !back.has_focus() && !empty.has_focus() && !as_option.has_focus());
            blank |= empty.clicked();
            cancel |= back.clicked();
        });
    });
    if blank {
        actions.push(Action::Command(Command::NewBlank));
    } else if add {
        actions.push(Action::Option(OptionAction::AddTemplate(*selected)));
    } else if cancel || response.should_close() {
        actions.push(Action::CloseDialog);
    } else if start {
        actions.push(Action::Command(Command::NewFromTemplate(*selected)));
    }
}

/// The list of models, the closest one marked; the selection follows the
/// keyboard focus. Returns whether one was double-clicked (start from it).
fn list(ui: &mut Ui, fresh: bool, selected: &mut usize, closest: Option<usize>) -> bool {
    let mut chosen = false;
    ui.vertical(|ui| {
        ui.set_width(LIST_WIDTH);
        for (i, template) in TEMPLATES.iter().enumerate() {
            let response = ui.add(
                egui::Button::selectable(*selected == i, template.title)
                    .wrap()
                    .min_size(Vec2::new(LIST_WIDTH, 0.0)),
            );
            if fresh && *selected == i {
                response.request_focus();
            }
            if response.clicked() || response.has_focus() {
                *selected = i;
            }
            if response.double_clicked() {
                chosen = true;
            }
            if closest == Some(i) {
                ui.weak(CLOSEST);
            }
            ui.add_space(2.0);
        }
    });
    chosen
}

/// The chart, the balance and the explanation of the template at `index`.
fn details(ui: &mut Ui, index: usize, height: f32) {
    let Some(template) = TEMPLATES.get(index) else {
        return;
    };
    let preview = preview::of(index);
    let chart_height = (height * 0.42).clamp(150.0, 260.0);
    ui.horizontal_top(|ui| {
        let chart_width = (ui.available_width() - BALANCE_WIDTH - 12.0).max(200.0);
        preview::chart(ui, preview, Vec2::new(chart_width, chart_height));
        ui.vertical(|ui| {
            ui.set_width(BALANCE_WIDTH);
            preview::balance(ui, preview, chart_height);
        });
    });
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt(("gallery-explanation", index))
        .max_height((height - chart_height - 12.0).max(80.0))
        .auto_shrink([false, true])
        .show(ui, |ui| explanation(ui, template.explanation));
}

/// The model in a line, when it fits, what to watch for, and what each
/// finding it starts with means.
fn explanation(ui: &mut Ui, e: &Explanation) {
    ui.label(RichText::new(e.summary).strong());
    ui.add_space(4.0);
    egui::Grid::new("gallery-fits")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for (what, text) in [
                ("Company size", e.size),
                ("Industry", e.industry),
                ("Goals", e.goals),
            ] {
                ui.label(RichText::new(what).strong());
                ui.add(egui::Label::new(text).wrap());
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    ui.label(RichText::new("Watch for").strong());
    for point in e.watch_for {
        ui.horizontal_top(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(*point).wrap());
        });
    }
    ui.add_space(4.0);
    ui.label(RichText::new(format!("Findings it starts with ({})", e.expected.len())).strong());
    for claim in e.expected {
        ui.horizontal_top(|ui| {
            let colour = super::findings_panel::colour(ui, claim.severity);
            ui.label(RichText::new(claim.severity.word()).color(colour));
            ui.add(egui::Label::new(claim.meaning).wrap());
        });
    }
}
