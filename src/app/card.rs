//! One responsibility card: name, facing marker and size. It can be clicked
//! or focused (selects it) and dragged (carries a [`CardDrag`] payload to the
//! executive boxes and the tray).

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, LayerId, Order, Rect, Response, Sense, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::theme;
use crate::model::format::size as format_size;
use crate::model::{Facing, Responsibility, ResponsibilityId};

/// The drag-and-drop payload: which card is being carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDrag(pub ResponsibilityId);

/// The id of a card's widget, stable across frames and owners.
pub fn card_id(id: &ResponsibilityId) -> Id {
    Id::unique(("remit-card", id.as_str()))
}

/// The text a screen reader (and a UI test) finds the card by: its name.
pub fn accessible_label(item: &Responsibility) -> String {
    item.name.clone()
}

/// Shows a card `width` wide. The caller handles selection and the context menu.
pub fn show(ui: &mut Ui, item: &Responsibility, width: f32, selected: bool) -> Response {
    // Reserve the space without sensing anything, then interact with an id
    // derived from the responsibility, so the card keeps its identity (focus,
    // drag) when it moves between boxes, and is one widget, one Tab stop.
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, theme::CARD_HEIGHT), Sense::hover());
    let response = ui.interact(rect, card_id(&item.id), Sense::click_and_drag());
    response.dnd_set_drag_payload(CardDrag(item.id.clone()));
    let label = accessible_label(item);
    response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, &label));

    let carrying =
        response.dragged() && egui::DragAndDrop::has_payload_of_type::<CardDrag>(ui.ctx());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        if carrying {
            // Leave a faint outline where the card was.
            painter.rect_stroke(
                rect,
                CornerRadius::same(5),
                Stroke::new(1.0, ui.visuals().weak_text_color()),
                StrokeKind::Inside,
            );
        } else {
            paint(
                ui,
                painter,
                rect,
                item,
                selected,
                response.hovered(),
                response.has_focus(),
            );
        }
    }
    if carrying && let Some(pointer) = ui.ctx().pointer_interact_pos() {
        let ghost = Rect::from_center_size(pointer, rect.size());
        let layer = LayerId::new(Order::Tooltip, card_id(&item.id).with("ghost"));
        let painter = ui.ctx().layer_painter(layer);
        paint(ui, &painter, ghost, item, true, true, false);
    }
    // Nothing to say about a card hidden behind a dialog or a menu.
    let on_top = ui
        .ctx()
        .pointer_hover_pos()
        .and_then(|p| ui.ctx().layer_id_at(p))
        .is_none_or(|layer| layer == ui.layer_id());
    if !on_top {
        return response;
    }
    // Built only when the tooltip shows, not for every card every frame.
    response.on_hover_ui(|ui| {
        let facing = Facing::of_share(item.external_share);
        ui.label(format!(
            "{}\n{}-facing ({:.0}% external), size {}\n{}\nDrag it to another box, or right-click for Move to…",
            item.name,
            facing.word(),
            item.external_share * 100.0,
            format_size(item.size),
            item.description
        ));
    })
}

fn paint(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    item: &Responsibility,
    selected: bool,
    hovered: bool,
    focused: bool,
) {
    let visuals = ui.visuals();
    let fill = if hovered {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.widgets.inactive.weak_bg_fill
    };
    let stroke = if selected || focused {
        Stroke::new(2.0, visuals.selection.stroke.color)
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    painter.rect(
        rect,
        CornerRadius::same(5),
        fill,
        stroke,
        StrokeKind::Inside,
    );

    let facing = Facing::of_share(item.external_share);
    let (marker_colour, marker_text) = theme::facing_marker(facing);
    let marker = Rect::from_min_size(
        rect.left_center() + Vec2::new(6.0, -9.0),
        Vec2::new(34.0, 18.0),
    );
    painter.rect_filled(marker, CornerRadius::same(4), marker_colour);
    painter.text(
        marker.center(),
        Align2::CENTER_CENTER,
        marker_text,
        FontId::proportional(11.0),
        Color32::WHITE,
    );

    let size_text = format_size(item.size);
    let size_galley = painter.layout_no_wrap(
        size_text,
        FontId::proportional(13.0),
        visuals.weak_text_color(),
    );
    let size_pos =
        rect.right_center() - Vec2::new(8.0 + size_galley.size().x, size_galley.size().y / 2.0);
    let name_left = marker.right() + 8.0;
    let name_width = (size_pos.x - 8.0 - name_left).max(10.0);
    let mut job = egui::text::LayoutJob::simple_singleline(
        item.name.clone(),
        FontId::proportional(14.5),
        visuals.text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(name_width);
    let name_galley = painter.layout_job(job);
    painter.galley(
        egui::pos2(name_left, rect.center().y - name_galley.size().y / 2.0),
        name_galley,
        visuals.text_color(),
    );
    painter.galley(size_pos, size_galley, visuals.weak_text_color());
}
