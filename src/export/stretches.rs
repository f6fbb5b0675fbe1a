//! Long empty stretches of the chart closed up for print: along each axis,
//! a stretch longer than [`CLOSE_FROM`] between the boxes (and the CEO
//! box) is shortened to [`CLOSED_TO`], moving the boxes beyond it
//! together. Boxes keep their order and their places relative to their
//! neighbours (those less than [`CLOSE_FROM`] apart move as one), their
//! sizes do not change, no boxes come to overlap, and the lines are laid
//! out again between the moved boxes, so every line still joins the boxes
//! it joined. Each closed stretch is a [`Break`], marked on the page.

use crate::chart::{ChartGeometry, Rect, estimated_measure};
use crate::model::{Design, Index};

/// An empty stretch of the chart longer than this (chart points), along
/// either axis, is closed up for print.
pub const CLOSE_FROM: f32 = 600.0;
/// What an empty stretch is closed up to.
pub const CLOSED_TO: f32 = 160.0;

/// `spans` (start, end) sorted, those that overlap or touch merged.
pub fn merged(spans: impl Iterator<Item = (f32, f32)>) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = spans.collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f32, f32)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Which way a stretch runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Left to right: boxes beyond it moved left.
    Across,
    /// Top to bottom: boxes beyond it moved up.
    Down,
}

/// An empty stretch of the chart closed up for print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    /// Which way it ran.
    pub axis: Axis,
    /// Where it is marked, a third of the way across what is left of it,
    /// in the print layout's chart points (an x for [`Axis::Across`], a y for [`Axis::Down`]).
    pub at: f32,
    /// How many chart points were taken out.
    pub removed: f32,
}

/// A design with its boxes moved together for print.
#[derive(Clone, Debug)]
pub struct Closed {
    /// The design, with only the positions of its boxes changed.
    pub design: Design,
    /// The stretches closed up.
    pub breaks: Vec<Break>,
}

/// Along one axis: the stretches the boxes take (overlapping ones merged),
/// how far each moves, and the breaks between them.
struct Stretches {
    starts: Vec<f32>,
    shifts: Vec<f32>,
    breaks: Vec<(f32, f32)>,
}

impl Stretches {
    fn of(spans: impl Iterator<Item = (f32, f32)>) -> Self {
        let merged = merged(spans);
        let mut out = Self {
            starts: Vec::with_capacity(merged.len()),
            shifts: Vec::with_capacity(merged.len()),
            breaks: Vec::new(),
        };
        let mut removed = 0.0;
        for (k, &(start, _)) in merged.iter().enumerate() {
            if k > 0 {
                let end = merged[k - 1].1;
                let gap = start - end;
                if gap > CLOSE_FROM {
                    let cut = (gap - CLOSED_TO).floor();
                    // Marked a third of the way across what is left, so
                    // that the mark does not run along a reporting line
                    // (which turns halfway between two boxes).
                    out.breaks.push((end - removed + (gap - cut) / 3.0, cut));
                    removed += cut;
                }
            }
            out.starts.push(start);
            out.shifts.push(removed);
        }
        out
    }

    /// How far a box starting at `v` moves back.
    fn shift(&self, v: f32) -> f32 {
        let k = self.starts.partition_point(|&s| s <= v);
        k.checked_sub(1).map_or(0.0, |k| self.shifts[k])
    }
}

/// `design` with long empty stretches between its boxes closed up.
pub fn close_up(design: &Design) -> Closed {
    let index = Index::of(design);
    let geometry = ChartGeometry::of(design, &index, &estimated_measure);
    let rects: Vec<Rect> = geometry
        .boxes
        .iter()
        .map(|b| b.rect)
        .chain(geometry.ceo)
        .collect();
    let across = Stretches::of(rects.iter().map(|r| (r.x, r.right())));
    let down = Stretches::of(rects.iter().map(|r| (r.y, r.bottom())));
    let mut closed = design.clone();
    for (e, b) in closed.executives.iter_mut().zip(&geometry.boxes) {
        e.position.x -= across.shift(b.rect.x);
        e.position.y -= down.shift(b.rect.y);
    }
    if let (Some(ceo), Some(r)) = (closed.ceo.as_mut(), geometry.ceo) {
        ceo.position.x -= across.shift(r.x);
        ceo.position.y -= down.shift(r.y);
    }
    let breaks = (across.breaks.iter().map(|&b| (Axis::Across, b)))
        .chain(down.breaks.iter().map(|&b| (Axis::Down, b)))
        .map(|(axis, (at, removed))| Break { axis, at, removed })
        .collect();
    Closed {
        design: closed,
        breaks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_stretches_close_up_and_short_ones_stay() {
        let spans = [
            (0.0, 300.0),
            (200.0, 500.0),
            (700.0, 1000.0),
            (5000.0, 5300.0),
        ];
        let s = Stretches::of(spans.into_iter());
        // 0..500 and 700..1000 are 200 apart: kept. 1000..5000 is closed
        // up to CLOSED_TO.
        assert_eq!(s.shift(0.0), 0.0);
        assert_eq!(s.shift(700.0), 0.0);
        let moved = 5000.0 - s.shift(5000.0);
        assert_eq!(moved - 1000.0, CLOSED_TO);
        assert_eq!(s.breaks, [(1000.0 + CLOSED_TO / 3.0, 4000.0 - CLOSED_TO)]);
    }
}
