//! Reporting lines (solid) and dotted lines (dashed) between boxes, drawn
//! under the boxes; only those that cross the view are painted.

use egui::{Pos2, Rect, Shape, Stroke, Ui};

use crate::chart::ChartGeometry;
use crate::chart::geometry::LineKind;

/// Paints every connector that crosses `visible`.
pub fn show(ui: &Ui, chart: &ChartGeometry, visible: Rect) {
    let visuals = ui.visuals();
    let solid = Stroke::new(2.0, visuals.weak_text_color());
    let dashed = Stroke::new(2.0, visuals.text_color().gamma_multiply(0.7));
    let painter = ui.painter();
    for connector in &chart.connectors {
        let points: Vec<Pos2> = connector
            .points
            .iter()
            .map(|[x, y]| Pos2::new(*x, *y))
            .collect();
        let bounds = Rect::from_points(&points).expand(4.0);
        if !visible.intersects(bounds) {
            continue;
        }
        match connector.kind {
            LineKind::Reporting => {
                painter.add(Shape::line(points, solid));
            }
            LineKind::Dotted => {
                painter.extend(Shape::dashed_line(&points, dashed, 8.0, 6.0));
            }
        }
    }
}
