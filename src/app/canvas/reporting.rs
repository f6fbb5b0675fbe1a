//! Reporting lines drawn by hand: the round handle on top of a box, and
//! the line that follows the pointer until it is let go over another box
//! (or the CEO box), which makes the executive report there.

use egui::{Id, Pos2, Rect, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::super::theme;
use super::context::Context;
use super::to_egui;
use crate::controller::{Action, Selection};
use crate::model::{Edit, ExecutiveId, ReportsTo};

/// Radius of the reporting-line handle.
const LINE_HANDLE: f32 = 7.0;

fn line_drag_id() -> Id {
    Id::unique("remit-reporting-line-drag")
}

/// Whether a reporting line is being drawn.
pub fn drawing_line(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<ExecutiveId>(line_drag_id()).is_some())
}

/// The round handle on top of a box: drag it onto another box (or the CEO
/// box) to make this executive report there.
pub fn handle(
    ui: &mut Ui,
    context: &Context<'_>,
    index: usize,
    rect: Rect,
    actions: &mut Vec<Action>,
) {
    let executive = &context.design.executives[index];
    let centre = Pos2::new(rect.center().x, rect.top());
    let hit = Rect::from_center_size(centre, Vec2::splat(LINE_HANDLE * 2.0 + 6.0));
    let id = Id::unique(("reporting-handle", executive.id.as_str()));
    let response = ui
        .interact(hit, id, Sense::drag())
        .on_hover_cursor(egui::CursorIcon::Crosshair)
        .on_hover_text("Drag onto another box to choose whom this executive reports to");
    let label = format!("Draw {}'s reporting line", executive.short_title);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    theme::screen_bounds(ui, &response);
    let visuals = ui.visuals();
    let active = response.hovered() || response.dragged();
    ui.painter().circle(
        centre,
        LINE_HANDLE,
        if active {
            visuals.selection.bg_fill
        } else {
            visuals.extreme_bg_color
        },
        Stroke::new(1.5, theme::colour(executive.colour)),
    );
    if response.drag_started() {
        ui.ctx()
            .data_mut(|d| d.insert_temp(line_drag_id(), executive.id.clone()));
        actions.push(Action::Select(Selection::Executive(executive.id.clone())));
    }
    let _ = actions;
}

/// While a reporting line is drawn: the line follows the pointer; let go
/// over a box, the executive reports there; anywhere else, nothing changes.
pub fn drag(ui: &mut Ui, context: &Context<'_>, actions: &mut Vec<Action>) {
    let Some(from) = ui.ctx().data(|d| d.get_temp::<ExecutiveId>(line_drag_id())) else {
        return;
    };
    let chart = &context.derived.chart;
    let Some(index) = context.derived.index.executive(&from) else {
        ui.ctx()
            .data_mut(|d| d.remove_temp::<ExecutiveId>(line_drag_id()));
        return;
    };
    let rect = to_egui(chart.boxes[index].rect);
    let start = Pos2::new(rect.center().x, rect.top());
    let target = context.pointer.and_then(|p| {
        if chart.ceo.is_some_and(|c| to_egui(c).contains(p)) {
            return Some(ReportsTo::Ceo);
        }
        chart
            .boxes
            .iter()
            .position(|b| to_egui(b.rect).contains(p))
            .filter(|&i| i != index)
            .map(|i| ReportsTo::Executive(context.design.executives[i].id.clone()))
    });
    if let Some(p) = context.pointer {
        let colour = ui.visuals().selection.stroke.color;
        ui.painter()
            .line_segment([start, p], Stroke::new(2.5, colour));
    }
    let released = ui.input(|i| i.pointer.any_released() || !i.pointer.any_down());
    if released {
        ui.ctx()
            .data_mut(|d| d.remove_temp::<ExecutiveId>(line_drag_id()));
        if let Some(target) = target {
            actions.push(Action::Edit(Edit::SetReportsTo(from, target)));
        }
    }
}
