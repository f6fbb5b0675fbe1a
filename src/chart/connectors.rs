//! The lines between boxes: each reporting line as an elbow from the
//! manager's box (or the CEO box) down to the report's, each dotted line
//! as a straight line between the two boxes' edges.

use super::geometry::BoxGeometry;
use super::rect::Rect;
use crate::model::{Design, DottedLine, Index, ReportsTo};

/// How a connector is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A reporting line.
    Reporting,
    /// A dotted (secondary) line.
    Dotted,
}

/// A line between two boxes, as a polyline in chart points.
#[derive(Clone, Debug, PartialEq)]
pub struct Connector {
    /// Solid or dashed.
    pub kind: LineKind,
    /// The points, from the manager (or the dotted line's target) down.
    pub points: Vec<[f32; 2]>,
    /// Who reports (position in `design.executives`).
    pub from: usize,
    /// To whom: an executive's position, or `None` for the CEO box.
    pub to: Option<usize>,
}

/// The reporting and dotted lines between `boxes` (and the CEO box).
pub(super) fn connectors(
    design: &Design,
    index: &Index,
    boxes: &[BoxGeometry],
    ceo: Option<Rect>,
) -> Vec<Connector> {
    let mut connectors = Vec::new();
    for (i, e) in design.executives.iter().enumerate() {
        let (manager, to) = match &e.reports_to {
            ReportsTo::Ceo => match ceo {
                Some(rect) => (rect, None),
                None => continue,
            },
            ReportsTo::Executive(id) => match index.executive(id) {
                Some(m) if m != i => (boxes[m].rect, Some(m)),
                _ => continue,
            },
            ReportsTo::NotSet | ReportsTo::Outside(_) => continue,
        };
        connectors.push(Connector {
            kind: LineKind::Reporting,
            points: elbow(&manager, &boxes[i].rect),
            from: i,
            to,
        });
    }
    for DottedLine { from, to } in &design.dotted_lines {
        if let (Some(f), Some(t)) = (index.executive(from), index.executive(to)) {
            connectors.push(Connector {
                kind: LineKind::Dotted,
                points: straight(&boxes[t].rect, &boxes[f].rect),
                from: f,
                to: Some(t),
            });
        }
    }
    connectors
}

/// A reporting line from the bottom of `manager` to the top of `report`:
/// down, across, down, when the report is below; otherwise from side to
/// side.
fn elbow(manager: &Rect, report: &Rect) -> Vec<[f32; 2]> {
    if report.y >= manager.bottom() + 8.0 {
        let (x0, y0) = (manager.center_x(), manager.bottom());
        let (x1, y1) = (report.center_x(), report.y);
        let mid = y0 + (y1 - y0) / 2.0;
        if (x0 - x1).abs() < 0.5 {
            vec![[x0, y0], [x1, y1]]
        } else {
            vec![[x0, y0], [x0, mid], [x1, mid], [x1, y1]]
        }
    } else {
        straight(manager, report)
    }
}

/// A straight line between the edges of two boxes, along the line joining
/// their centres.
fn straight(a: &Rect, b: &Rect) -> Vec<[f32; 2]> {
    let (ax, ay) = (a.center_x(), a.center_y());
    let (bx, by) = (b.center_x(), b.center_y());
    vec![edge_point(a, bx, by), edge_point(b, ax, ay)]
}

/// Where the line from the centre of `r` towards (x, y) leaves `r`.
fn edge_point(r: &Rect, x: f32, y: f32) -> [f32; 2] {
    let (cx, cy) = (r.center_x(), r.center_y());
    let (dx, dy) = (x - cx, y - cy);
    if dx == 0.0 && dy == 0.0 {
        return [cx, cy];
    }
    let tx = if dx == 0.0 {
        f32::INFINITY
    } else {
        (r.w / 2.0) / dx.abs()
    };
    let ty = if dy == 0.0 {
        f32::INFINITY
    } else {
        (r.h / 2.0) / dy.abs()
    };
    let t = tx.min(ty).min(1.0);
    [cx + dx * t, cy + dy * t]
}
