//! How the matrix looks: a cell's fill, letter, grid line and focus ring;
//! the name, facing and size of a row; and the column titles. Painting
//! only: where things go and what they do is in [`super::grid`].

use std::sync::Arc;

use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Align2, Color32, CornerRadius, FontId, Galley, Id, Painter, Rect, Response, Sense, Stroke,
    StrokeKind, Ui, WidgetInfo, pos2, vec2,
};

use super::marks::{Column, Shown};
use crate::app::pen::Pen;
use crate::app::theme;
use crate::model::format::size as format_size;
use crate::model::{Design, Facing, Index, Responsibility};

/// Width of the name column (the pinned rows draw their names in it).
pub const NAME_WIDTH: f32 = 250.0;

/// Paints a cell: tinted by its column's colour when it holds A or a
/// role, always with its letter, and ringed while it has the keyboard.
pub fn paint_cell(
    ui: &Ui,
    rect: Rect,
    design: &Design,
    index: &Index,
    column: &Column,
    shown: Shown,
    response: &Response,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    let colour = match column {
        Column::Executive(e) => index
            .executive_in(design, e)
            .map_or(visuals.weak_text_color(), |x| theme::colour(x.colour)),
        Column::Tray => visuals.weak_text_color(),
    };
    let fill = match shown {
        Shown::Owner => colour.gamma_multiply(0.55),
        Shown::Role(_) => colour.gamma_multiply(0.2),
        Shown::InTray => visuals.faint_bg_color,
        Shown::Empty => Color32::TRANSPARENT,
    };
    let inner = rect.shrink(1.5);
    painter.rect_filled(inner, CornerRadius::same(3), fill);
    if response.hovered() {
        painter.rect_filled(
            inner,
            CornerRadius::same(3),
            visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.6),
        );
    }
    painter.rect_stroke(
        rect,
        CornerRadius::ZERO,
        Stroke::new(0.5, visuals.widgets.noninteractive.bg_stroke.color),
        StrokeKind::Inside,
    );
    let (size, text_colour) = match shown {
        Shown::Owner => (16.0, visuals.strong_text_color()),
        Shown::InTray => (13.0, visuals.text_color()),
        _ => (15.0, visuals.text_color()),
    };
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        shown.text(),
        FontId::proportional(size),
        text_colour,
    );
    if response.has_focus() {
        painter.rect_stroke(
            inner,
            CornerRadius::same(3),
            Stroke::new(2.0, visuals.selection.stroke.color),
            StrokeKind::Inside,
        );
    }
}

/// Text cut to `width`, ending in "…" when it does not fit.
fn elided(painter: &Painter, text: &str, font: FontId, colour: Color32, width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, colour);
    job.wrap = TextWrapping::truncate_at_width(width);
    painter.layout_job(job)
}

/// The name, facing and size of one row.
pub fn pinned_row(ui: &Ui, rect: Rect, item: &Responsibility, selected: bool) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    if selected {
        painter.rect_filled(rect, 0.0, visuals.selection.bg_fill.gamma_multiply(0.35));
    }
    painter.line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(0.5, visuals.widgets.noninteractive.bg_stroke.color),
    );
    let middle = rect.center().y;
    let name = elided(
        painter,
        &item.name,
        FontId::proportional(14.0),
        visuals.text_color(),
        NAME_WIDTH - 12.0,
    );
    painter.galley(
        pos2(rect.left() + 6.0, middle - name.size().y / 2.0),
        name,
        visuals.text_color(),
    );
    let marker = theme::paint_facing_marker(
        &Pen::plain(painter.clone()),
        pos2(rect.left() + NAME_WIDTH, middle - 9.0),
        Facing::of_share(item.external_share),
    );
    painter.text(
        pos2(marker.right() + 6.0, middle),
        Align2::LEFT_CENTER,
        format!("{:.0}% ext", item.external_share * 100.0),
        FontId::proportional(12.0),
        visuals.weak_text_color(),
    );
    painter.text(
        pos2(rect.right() - 8.0, middle),
        Align2::RIGHT_CENTER,
        format_size(item.size),
        FontId::proportional(14.0),
        visuals.text_color(),
    );
}

/// The titles above the pinned columns.
pub fn pinned_header(ui: &Ui, rect: Rect) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    let middle = rect.center().y;
    let font = FontId::proportional(14.0);
    let colour = visuals.strong_text_color();
    for (x, text, align) in [
        (rect.left() + 6.0, "Responsibility", Align2::LEFT_CENTER),
        (rect.left() + NAME_WIDTH, "Facing", Align2::LEFT_CENTER),
        (rect.right() - 8.0, "Size", Align2::RIGHT_CENTER),
    ] {
        painter.text(pos2(x, middle), align, text, font.clone(), colour);
    }
}

/// An executive's (or the tray's) column title, with the box's colour
/// underneath and the full title on hover.
pub fn header_cell(ui: &mut Ui, rect: Rect, design: &Design, index: &Index, column: &Column) {
    let visuals = ui.visuals().clone();
    let (title, full, colour) = match column {
        Column::Executive(e) => match index.executive_in(design, e) {
            Some(x) => (
                x.short_title.as_str(),
                x.full_title.as_str(),
                theme::colour(x.colour),
            ),
            None => (e.as_str(), e.as_str(), visuals.weak_text_color()),
        },
        Column::Tray => (
            "Unassigned",
            "The unassigned tray: cards no executive owns yet",
            visuals.weak_text_color(),
        ),
    };
    let painter = ui.painter().clone();
    painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    let galley = elided(
        &painter,
        title,
        FontId::proportional(14.0),
        visuals.strong_text_color(),
        rect.width() - 6.0,
    );
    let at = rect.center() - galley.size() / 2.0 - vec2(0.0, 2.0);
    painter.galley(at, galley, visuals.strong_text_color());
    let bar = Rect::from_min_max(
        pos2(rect.left() + 3.0, rect.bottom() - 4.0),
        rect.right_bottom() - vec2(3.0, 1.0),
    );
    painter.rect_filled(bar, 0.0, colour);
    let id = match column {
        Column::Executive(e) => Id::unique(("remit-matrix-header", e.as_str())),
        Column::Tray => Id::unique("remit-matrix-header-tray"),
    };
    if ui.is_rect_visible(rect) {
        let response = ui.interact(rect, id, Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::ColumnHeader, true, full));
        response.on_hover_text(full);
    }
}
