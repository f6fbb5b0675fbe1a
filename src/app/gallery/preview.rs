//! A template's chart in miniature, and its balance figures: the boxes,
//! cards (bars coloured by facing) and reporting lines of the chart's own
//! geometry ([`ChartGeometry`]), scaled down to fit and drawn with the
//! painter. Each template is built and measured once per process.

use std::sync::OnceLock;

use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2, WidgetInfo,
};

use super::super::balance_panel::split_words;
use super::super::theme;
use crate::chart::ChartGeometry;
use crate::chart::geometry::{HEADER_HEIGHT, LineKind};
use crate::model::format::{count, size as format_size};
use crate::model::reporting::manager_words;
use crate::model::{Design, DesignBalance, Facing, Index};
use crate::templates::{TEMPLATES, Template, designs};

/// A template's design and what the gallery shows of it.
pub struct Preview {
    /// The design the template starts.
    pub design: &'static Design,
    /// What the chart shows, in words, for screen readers.
    chart_words: String,
    /// Where its boxes, cards and lines go.
    chart: ChartGeometry,
    /// The balance of each executive and of the organisation.
    balance: DesignBalance,
}

impl Preview {
    fn of(template: &Template, design: &'static Design) -> Self {
        let index = Index::of(design);
        let balance = DesignBalance::of_indexed(design, &index);
        let chart = ChartGeometry::of(design, &index, &crate::chart::estimated_measure);
        Self {
            design,
            chart_words: format!("Chart of “{}”: {}", template.title, reporting_words(design)),
            chart,
            balance,
        }
    }
}

/// The preview of the template with this index (the first for an index
/// out of range).
pub fn of(template: usize) -> &'static Preview {
    static PREVIEWS: OnceLock<Vec<Preview>> = OnceLock::new();
    let previews = PREVIEWS.get_or_init(|| {
        TEMPLATES
            .iter()
            .zip(designs())
            .map(|(t, d)| Preview::of(t, d))
            .collect()
    });
    previews.get(template).unwrap_or(&previews[0])
}

/// Who reports to whom, in words, for screen readers: "CIO reports to the
/// CEO; CTO reports to the CEO".
fn reporting_words(design: &Design) -> String {
    design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| match manager_words(design, i) {
            Some(manager) => format!("{} reports to the {manager}", e.short_title),
            None => e.short_title.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Draws the chart of `preview` in a `size` rectangle, scaled to fit.
pub fn chart(ui: &mut Ui, preview: &Preview, size: Vec2) {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response
        .widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, preview.chart_words.as_str()));
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    painter.rect_filled(rect, CornerRadius::same(6), visuals.extreme_bg_color);
    let bounds = preview.chart.bounds;
    if bounds.w <= 0.0 || bounds.h <= 0.0 {
        return;
    }
    let margin = 10.0;
    let scale = ((rect.width() - 2.0 * margin) / bounds.w)
        .min((rect.height() - 2.0 * margin) / bounds.h)
        .max(0.001);
    let offset = rect.center() - Vec2::new(bounds.w, bounds.h) * scale / 2.0;
    let to_screen = |x: f32, y: f32| offset + Vec2::new(x - bounds.x, y - bounds.y) * scale;
    let to_rect = |r: crate::chart::Rect| {
        Rect::from_min_size(to_screen(r.x, r.y), Vec2::new(r.w, r.h) * scale)
    };
    let line = visuals.weak_text_color();
    for connector in &preview.chart.connectors {
        let points: Vec<Pos2> = connector
            .points
            .iter()
            .map(|[x, y]| to_screen(*x, *y))
            .collect();
        match connector.kind {
            LineKind::Reporting => {
                painter.add(egui::Shape::line(points, Stroke::new(1.5, line)));
            }
            LineKind::Dotted => {
                painter.extend(egui::Shape::dashed_line(
                    &points,
                    Stroke::new(1.5, line),
                    4.0,
                    3.0,
                ));
            }
        }
    }
    let text = visuals.strong_text_color();
    let title_size = (HEADER_HEIGHT * scale * 0.4).clamp(9.0, 15.0);
    if let Some(ceo) = preview.chart.ceo {
        let r = to_rect(ceo);
        painter.rect_filled(r, CornerRadius::same(4), visuals.widgets.inactive.bg_fill);
        painter.text(
            r.center(),
            Align2::CENTER_CENTER,
            preview.design.ceo_title(),
            FontId::proportional(title_size),
            text,
        );
    }
    for (b, executive) in preview.chart.boxes.iter().zip(&preview.design.executives) {
        let colour = theme::colour(executive.colour);
        let r = to_rect(b.rect);
        painter.rect_filled(r, CornerRadius::same(4), colour.gamma_multiply(0.18));
        painter.rect_stroke(
            r,
            CornerRadius::same(4),
            Stroke::new(1.0, colour),
            egui::StrokeKind::Inside,
        );
        let header = Rect::from_min_size(r.min, Vec2::new(r.width(), HEADER_HEIGHT * scale));
        painter.rect_filled(header, CornerRadius::same(4), colour.gamma_multiply(0.7));
        // As large as the header allows, and never past the box.
        let room = header.width() - 6.0;
        let at_one = crate::chart::estimated_measure(&executive.short_title, 1.0).max(0.1);
        let size = title_size.min(room / at_one);
        painter.with_clip_rect(header).text(
            header.center(),
            Align2::CENTER_CENTER,
            &executive.short_title,
            FontId::proportional(size.max(6.0)),
            Color32::WHITE,
        );
        for k in 0..b.cards.len() {
            let item = &preview.design.responsibilities[b.cards[k]];
            let (fill, _) = theme::facing_marker(Facing::of_share(item.external_share));
            let card = to_rect(b.card_rect(k)).shrink2(Vec2::new(0.0, 0.5));
            painter.rect_filled(card, CornerRadius::same(2), fill.gamma_multiply(0.8));
        }
    }
}

/// The balance of each executive (and the tray, when it holds anything),
/// as the balance panel words it, with a bar split internal | external;
/// scrolled when there are more than fit beside the chart.
pub fn balance(ui: &mut Ui, preview: &Preview, height: f32) {
    egui::ScrollArea::vertical()
        .id_salt("gallery-balance")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| rows(ui, preview));
}

fn rows(ui: &mut Ui, preview: &Preview) {
    let design = &preview.design;
    for (i, executive) in design.executives.iter().enumerate() {
        let b = preview.balance.executive_at(i);
        ui.label(egui::RichText::new(&executive.short_title).strong());
        let (bar, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 8.0), Sense::hover());
        theme::split_bar(
            ui.painter(),
            bar,
            b.external_fraction(),
            ui.visuals().widgets.inactive.bg_fill,
        );
        let share = b
            .percent_of(&preview.balance.organisation)
            .map(|p| format!(" · {p}% of the work"))
            .unwrap_or_default();
        ui.small(format!("{}{share}", split_words(&b)))
            .on_hover_text(format!("{} {}", format_size(b.size), design.size_unit));
        ui.add_space(2.0);
    }
    let tray = preview.balance.unassigned.count;
    if tray > 0 {
        ui.small(format!("{} in the tray", count(tray, "card", "cards")));
    }
}
