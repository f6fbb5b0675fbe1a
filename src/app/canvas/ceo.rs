//! The CEO box at the top of the chart: its title and the chief
//! executive's name; its surface moves it and selects it.

use egui::{Align2, CornerRadius, FontId, Id, Pos2, Sense, Stroke, StrokeKind, Ui, WidgetInfo};

use super::super::theme;
use super::boxes::drag_box;
use super::context::{Context, DETAIL_ZOOM};
use super::to_egui;
use crate::controller::{Action, Selection};
use crate::model::Edit;

/// The CEO box, if the design has one: its title and name; its header
/// moves it and selects it.
pub fn show(ui: &mut Ui, context: &Context<'_>, actions: &mut Vec<Action>) {
    let (Some(ceo), Some(geometry)) = (&context.design.ceo, context.derived.chart.ceo) else {
        return;
    };
    let rect = to_egui(geometry);
    let visuals = ui.visuals().clone();
    let pen = context.pen(ui, None);
    let painter = &pen.shapes;
    let selected = *context.selection == Selection::Ceo;
    painter.rect(
        rect,
        CornerRadius::same(8),
        visuals.faint_bg_color,
        Stroke::new(if selected { 3.0 } else { 1.5 }, visuals.text_color()),
        StrokeKind::Inside,
    );
    // Zoomed far out, the title stays readable on screen.
    let title_size = if context.zoom >= DETAIL_ZOOM {
        20.0
    } else {
        16.0 / context.zoom.max(0.01)
    };
    pen.with_clip_rect(rect).text(
        Pos2::new(rect.center().x, rect.top() + 20.0),
        Align2::CENTER_CENTER,
        &ceo.title,
        FontId::proportional(title_size),
        visuals.strong_text_color(),
    );
    let name = if ceo.name.is_empty() {
        "Chief executive"
    } else {
        ceo.name.as_str()
    };
    pen.text(
        Pos2::new(rect.center().x, rect.top() + 44.0),
        Align2::CENTER_CENTER,
        name,
        FontId::proportional(14.0),
        visuals.weak_text_color(),
    );
    let id = Id::unique("remit-ceo-box");
    let handle = ui
        .interact(rect, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_hover_text("Drag to move the box; click to edit it");
    let label = format!("{} box", ceo.title);
    handle.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    theme::screen_bounds(ui, &handle);
    if handle.clicked() || handle.gained_focus() || handle.drag_started() {
        actions.push(Action::Select(Selection::Ceo));
    }
    drag_box(ui, &handle, id, ceo.position, Edit::MoveCeo, actions);
}
