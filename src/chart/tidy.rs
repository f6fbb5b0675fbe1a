//! Laying the chart out: a top-down tree (managers centred above their
//! reports, one row per level, no two boxes overlapping), and a free place
//! for a new box under its manager. Both are pure functions of the design
//! and its [`ChartGeometry`] (which gives each box's size), and work in
//! time linear in the number of executives, without recursion (a deep chain
//! of reports cannot exhaust the stack).

use super::geometry::{BOX_WIDTH, CEO_HEIGHT, CEO_WIDTH, ChartGeometry, Rect, empty_box_height};
use crate::model::reporting::Tree;
use crate::model::rules;
use crate::model::{Design, Position, ReportsTo};

/// Space around the chart.
pub const MARGIN: f32 = 24.0;
/// Space between boxes side by side.
pub const SIBLING_GAP: f32 = 32.0;
/// Space between rows.
pub const LEVEL_GAP: f32 = 56.0;

/// Where tidying puts every box.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrangement {
    /// The CEO box's place, if the design has one.
    pub ceo: Option<Position>,
    /// Each executive's place, in the design's order.
    pub executives: Vec<Position>,
    /// Each executive's number of card columns, in the design's order.
    pub columns: Vec<u8>,
}

impl Arrangement {
    /// The edit that puts every box in its place (one undo step).
    pub fn into_edit(self, design: &Design) -> crate::model::Edit {
        crate::model::Edit::Arrange {
            executives: design
                .executives
                .iter()
                .map(|e| e.id.clone())
                .zip(self.executives)
                .collect(),
            ceo: self.ceo,
            columns: design
                .executives
                .iter()
                .map(|e| e.id.clone())
                .zip(self.columns)
                .collect(),
        }
    }
}

/// How many cards a column holds before tidying gives a box another one.
pub const CARDS_PER_COLUMN: usize = 6;
/// The shape the tidy layout aims for: a screen's (16:9).
const TARGET_ASPECT: f32 = 16.0 / 9.0;

/// The chart tidied: card columns chosen so that the whole chart, as laid
/// out by [`arrange`], is as large as it can be on a 16:9 screen (boxes
/// with up to [`CARDS_PER_COLUMN`] cards keep one column; the others get
/// one column per that many cards, up to a limit tried from 1 to 4, and the
/// best limit wins, fewer columns on a tie). Text is measured by `measure`.
pub fn tidy(
    design: &Design,
    index: &crate::model::Index,
    measure: &dyn super::Measure,
) -> Arrangement {
    let counts: Vec<usize> = (0..design.executives.len())
        .map(|i| index.cards(Some(i)).len())
        .collect();
    let mut best: Option<(f32, Arrangement)> = None;
    for limit in 1..=rules::MAX_COLUMNS {
        let columns: Vec<u8> = counts
            .iter()
            .map(|&n| {
                let wanted = n.div_ceil(CARDS_PER_COLUMN).max(1);
                u8::try_from(wanted).unwrap_or(u8::MAX).min(limit)
            })
            .collect();
        let geometry = ChartGeometry::with_columns(design, index, measure, &columns);
        let mut arrangement = arrange(design, &geometry);
        arrangement.columns = columns;
        let bounds = arranged_bounds(&geometry, &arrangement);
        let score = (TARGET_ASPECT / bounds.w.max(1.0)).min(1.0 / bounds.h.max(1.0));
        if best.as_ref().is_none_or(|(s, _)| score > *s * 1.001) {
            best = Some((score, arrangement));
        }
    }
    best.map_or_else(
        || Arrangement {
            ceo: None,
            executives: Vec::new(),
            columns: Vec::new(),
        },
        |(_, a)| a,
    )
}

/// The rectangle the boxes of `geometry` cover once placed as arranged.
fn arranged_bounds(geometry: &ChartGeometry, arrangement: &Arrangement) -> Rect {
    let boxes = geometry
        .boxes
        .iter()
        .zip(&arrangement.executives)
        .map(|(b, p)| Rect {
            x: p.x,
            y: p.y,
            ..b.rect
        });
    let ceo = arrangement.ceo.map(|p| Rect {
        x: p.x,
        y: p.y,
        w: CEO_WIDTH,
        h: CEO_HEIGHT,
    });
    boxes
        .chain(ceo)
        .reduce(|a, b| a.union(&b))
        .unwrap_or_default()
}

/// Lays `design` out in place, measuring text with `measure`.
pub fn tidy_in_place(design: &mut Design, measure: &dyn super::Measure) {
    let arrangement = tidy(design, &crate::model::Index::of(design), measure);
    if let (Some(ceo), Some(p)) = (design.ceo.as_mut(), arrangement.ceo) {
        ceo.position = p;
    }
    for ((e, p), c) in design
        .executives
        .iter_mut()
        .zip(arrangement.executives)
        .zip(arrangement.columns)
    {
        e.position = p;
        e.columns = c;
    }
}

/// The chart laid out as a tree, with the box sizes of `geometry`. With a
/// CEO box, it sits on top, over the executives who report to the CEO;
/// every other executive without a manager on the chart starts a tree of
/// its own beside them, on the same row. Within a tree, reports sit in the
/// design's order, below their manager, who is centred over them. The
/// boxes keep the columns `geometry` has.
pub fn arrange(design: &Design, geometry: &ChartGeometry) -> Arrangement {
    let n = design.executives.len();
    let tree = Tree::of(design);
    let has_ceo = design.ceo.is_some();
    let width = |i: usize| geometry.boxes.get(i).map_or(BOX_WIDTH, |b| b.rect.w);
    let height = |i: usize| {
        geometry
            .boxes
            .get(i)
            .map_or_else(empty_box_height, |b| b.rect.h)
    };

    // Rows: with a CEO box, executives start on the second row.
    let first_row = usize::from(has_ceo);
    let levels = tree.depth.iter().max().map_or(0, |d| d + 1) + first_row;
    let mut row_height = vec![0.0_f32; levels.max(1)];
    if has_ceo {
        row_height[0] = CEO_HEIGHT;
    }
    for i in 0..n {
        let row = tree.depth[i] + first_row;
        row_height[row] = row_height[row].max(height(i));
    }
    let mut row_top = Vec::with_capacity(row_height.len());
    let mut y = MARGIN;
    for h in &row_height {
        row_top.push(y);
        y += h + LEVEL_GAP;
    }

    // Widths of subtrees, children before parents (reverse of a pre-order).
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<usize> = tree.roots.iter().rev().copied().collect();
    while let Some(i) = stack.pop() {
        order.push(i);
        stack.extend(tree.reports[i].iter().rev());
    }
    let mut span = vec![0.0_f32; n];
    for &i in order.iter().rev() {
        let children: f32 = tree.reports[i].iter().map(|&c| span[c]).sum::<f32>()
            + SIBLING_GAP * tree.reports[i].len().saturating_sub(1) as f32;
        span[i] = width(i).max(children);
    }

    // Left edges of spans, parents before children.
    let mut left = vec![0.0_f32; n];
    let mut x = MARGIN;
    let ceo_reports: Vec<usize> = tree
        .roots
        .iter()
        .copied()
        .filter(|&r| has_ceo && design.executives[r].reports_to == ReportsTo::Ceo)
        .collect();
    let mut under_ceo = vec![false; n];
    for &r in &ceo_reports {
        under_ceo[r] = true;
    }
    let others: Vec<usize> = tree
        .roots
        .iter()
        .copied()
        .filter(|&r| !under_ceo[r])
        .collect();
    let mut ceo_span = (MARGIN, MARGIN);
    for (group, roots) in [(true, &ceo_reports), (false, &others)] {
        let start = x;
        for &r in roots.iter() {
            left[r] = x;
            x += span[r] + SIBLING_GAP;
        }
        if group {
            ceo_span = (start, (x - SIBLING_GAP).max(start + CEO_WIDTH));
            x = x.max(ceo_span.1 + SIBLING_GAP);
        }
    }
    let mut positions = vec![Position::default(); n];
    for &i in &order {
        let row = tree.depth[i] + first_row;
        positions[i] = rules::position(Position {
            x: left[i] + (span[i] - width(i)) / 2.0,
            y: row_top[row],
        });
        let children: f32 = tree.reports[i].iter().map(|&c| span[c]).sum::<f32>()
            + SIBLING_GAP * tree.reports[i].len().saturating_sub(1) as f32;
        let mut cx = left[i] + (span[i] - children) / 2.0;
        for &c in &tree.reports[i] {
            left[c] = cx;
            cx += span[c] + SIBLING_GAP;
        }
    }
    // The CEO box is centred over the boxes of those who report to it.
    let (left_edge, right_edge) = ceo_reports
        .iter()
        .map(|&r| (positions[r].x, positions[r].x + width(r)))
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        .unwrap_or(ceo_span);
    let ceo = design.ceo.as_ref().map(|_| {
        rules::position(Position {
            x: ((left_edge + right_edge - CEO_WIDTH) / 2.0).max(MARGIN),
            y: MARGIN,
        })
    });
    Arrangement {
        ceo,
        executives: positions,
        columns: geometry.boxes.iter().map(|b| b.columns).collect(),
    }
}

/// Where a new, empty box goes: on the row below its manager (`reports_to`
/// as the new executive will have it), as close to the manager's left edge
/// as it can be without overlapping any box; without a manager on the
/// chart, to the right of everything, on the top row of executives.
pub fn place_new(design: &Design, geometry: &ChartGeometry, reports_to: &ReportsTo) -> Position {
    let manager: Option<Rect> = match reports_to {
        ReportsTo::Ceo => geometry.ceo,
        ReportsTo::Executive(id) => design
            .executives
            .iter()
            .position(|e| &e.id == id)
            .and_then(|i| geometry.boxes.get(i))
            .map(|b| b.rect),
        ReportsTo::NotSet | ReportsTo::Outside(_) => None,
    };
    let size = (BOX_WIDTH, empty_box_height());
    let occupied: Vec<Rect> = geometry
        .boxes
        .iter()
        .map(|b| b.rect)
        .chain(geometry.ceo)
        .map(|r| r.expand(SIBLING_GAP / 2.0 - 1.0))
        .collect();
    let (start_x, y) = match manager {
        Some(m) => (m.center_x() - size.0 / 2.0, m.bottom() + LEVEL_GAP),
        None => {
            let top = geometry
                .boxes
                .iter()
                .map(|b| b.rect.y)
                .fold(f32::INFINITY, f32::min);
            let top = if top.is_finite() { top } else { MARGIN };
            (geometry.bounds.right() + SIBLING_GAP, top)
        }
    };
    let step = BOX_WIDTH + SIBLING_GAP;
    // To the right of the start, then to the left, one box width at a time;
    // at most one step per box can be blocked, so this ends (and after a
    // few hundred steps, the new box goes beside everything instead).
    for k in 0..=occupied.len().min(256) {
        for x in [start_x + step * k as f32, start_x - step * k as f32] {
            let candidate = Rect {
                x,
                y,
                w: size.0,
                h: size.1,
            };
            if x >= 0.0 && !occupied.iter().any(|r| r.intersects(&candidate)) {
                return clamp(Position { x, y });
            }
        }
    }
    clamp(Position {
        x: geometry.bounds.right() + SIBLING_GAP,
        y,
    })
}

fn clamp(p: Position) -> Position {
    let limit = rules::MAX_COORDINATE - 1000.0;
    rules::position(Position {
        x: p.x.clamp(0.0, limit),
        y: p.y.clamp(0.0, limit),
    })
}

/// Whether any two boxes (the CEO box included) overlap.
pub fn overlaps(geometry: &ChartGeometry) -> Option<(usize, usize)> {
    let rects: Vec<Rect> = geometry.boxes.iter().map(|b| b.rect).collect();
    for i in 0..rects.len() {
        if geometry.ceo.is_some_and(|c| c.intersects(&rects[i])) {
            return Some((i, usize::MAX));
        }
        for j in i + 1..rects.len() {
            if rects[i].intersects(&rects[j]) {
                return Some((i, j));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::geometry::estimated_measure;
    use crate::model::{Ceo, Executive, ExecutiveId, Index};

    fn exec(id: &str, reports_to: ReportsTo) -> Executive {
        Executive {
            id: ExecutiveId(id.into()),
            short_title: id.to_uppercase(),
            reports_to,
            ..Default::default()
        }
    }

    fn to(id: &str) -> ReportsTo {
        ReportsTo::Executive(ExecutiveId(id.into()))
    }

    fn arranged(mut design: Design) -> (Design, ChartGeometry) {
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let arrangement = arrange(&design, &geometry);
        design.ceo = design.ceo.map(|c| Ceo {
            position: arrangement.ceo.unwrap_or_default(),
            ..c
        });
        for (e, p) in design.executives.iter_mut().zip(arrangement.executives) {
            e.position = p;
        }
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        (design, geometry)
    }

    #[test]
    fn managers_sit_above_their_reports_and_nothing_overlaps() {
        let mut design = Design::empty("t");
        design.ceo = Some(Ceo::default());
        design.executives = vec![
            exec("cio", ReportsTo::Ceo),
            exec("cto", ReportsTo::Ceo),
            exec("ciso", to("cio")),
            exec("vp1", to("cio")),
            exec("vp2", to("cto")),
            exec("cpo", ReportsTo::Outside("COO".into())),
            exec("loose", ReportsTo::NotSet),
        ];
        let (design, geometry) = arranged(design);
        assert_eq!(overlaps(&geometry), None);
        let rect = |i: usize| geometry.boxes[i].rect;
        let ceo = geometry.ceo.expect("a CEO box");
        for (report, manager) in [(2, 0), (3, 0), (4, 1)] {
            assert!(rect(report).y > rect(manager).bottom(), "below its manager");
        }
        assert!(rect(0).y > ceo.bottom() && rect(1).y > ceo.bottom());
        // The CEO is centred over the executives who report to it.
        let middle = (rect(0).x + rect(1).right()) / 2.0;
        assert!((ceo.center_x() - middle).abs() <= 1.0, "{ceo:?}");
        // A manager is centred over its reports.
        let under = (rect(2).x + rect(3).right()) / 2.0;
        assert!((rect(0).center_x() - under).abs() <= 1.0);
        // Executives with no manager on the chart share the first row.
        assert_eq!(rect(5).y, rect(0).y);
        assert_eq!(rect(6).y, rect(0).y);
        assert!(design.executives.iter().all(|e| e.position.x >= 0.0));
    }

    #[test]
    fn tidy_widens_large_boxes_when_that_makes_the_chart_larger_on_screen() {
        let mut design = crate::templates::default_design();
        for e in &mut design.executives {
            e.columns = 1;
        }
        let index = Index::of(&design);
        let arrangement = tidy(&design, &index, &estimated_measure);
        // The CIO has 11 cards: more than one column's worth.
        assert!(arrangement.columns[0] > 1, "{:?}", arrangement.columns);
        // A box with few cards keeps one column.
        let mut small = design.clone();
        small.responsibilities.truncate(3);
        let small_index = Index::of(&small);
        let arranged = tidy(&small, &small_index, &estimated_measure);
        assert!(arranged.columns.iter().all(|&c| c == 1));
        // Whatever it chooses, nothing overlaps.
        tidy_in_place(&mut design, &estimated_measure);
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        assert_eq!(overlaps(&geometry), None);
    }

    #[test]
    fn a_deep_chain_is_laid_out_without_recursion() {
        let mut design = Design::empty("t");
        design.executives.push(exec("e0", ReportsTo::NotSet));
        for i in 1..2000 {
            design
                .executives
                .push(exec(&format!("e{i}"), to(&format!("e{}", i - 1))));
        }
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        let arrangement = arrange(&design, &geometry);
        assert!(arrangement.executives[1999].y > arrangement.executives[1998].y);
    }

    #[test]
    fn a_new_box_goes_under_its_manager_in_free_space() {
        let mut design = Design::empty("t");
        design.ceo = Some(Ceo::default());
        design.executives = vec![
            exec("cio", ReportsTo::Ceo),
            exec("cto", ReportsTo::Ceo),
            exec("ciso", to("cio")),
        ];
        let (mut design, geometry) = arranged(design);
        let place = place_new(&design, &geometry, &to("cio"));
        let cio = geometry.boxes[0].rect;
        assert!(place.y >= cio.bottom(), "under the CIO");
        let mut added = exec("new", to("cio"));
        added.position = place;
        design.executives.push(added);
        let geometry = ChartGeometry::of(&design, &Index::of(&design), &estimated_measure);
        assert_eq!(overlaps(&geometry), None);
        // With no manager: beside everything.
        let place = place_new(&design, &geometry, &ReportsTo::NotSet);
        assert!(place.x >= geometry.bounds.right());
    }
}
