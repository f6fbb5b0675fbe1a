//! Where the printed chart is cut into pages, along one axis: as few parts
//! as the length needs, as even as the drawing allows, none shorter than a
//! third of a page (no sliver of a box on a page of its own), each cut
//! between whole boxes where it can be, else between cards, and a part
//! more where that keeps every box whole.

use super::stretches::merged;

/// Where a cut may go along one axis without cutting any of `solids`
/// (their spans along the axis): before the first, between two, after the
/// last, in order.
pub fn gaps(solids: impl Iterator<Item = (f32, f32)>) -> Vec<(f32, f32)> {
    let spans = merged(solids);
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return vec![(f32::MIN, f32::MAX)];
    };
    std::iter::once((f32::MIN, first.0))
        .chain(spans.windows(2).map(|w| (w[0].1, w[1].0)))
        .chain(std::iter::once((last.1, f32::MAX)))
        .collect()
}

/// Whether `at` is in one of `gaps`.
fn in_gap(gaps: &[(f32, f32)], at: f32) -> bool {
    let k = gaps.partition_point(|g| g.0 <= at);
    k.checked_sub(1)
        .and_then(|k| gaps.get(k))
        .is_some_and(|g| at <= g.1)
}

/// The place in `gaps` between `low` and `high` nearest `ideal`, if any.
fn nearest_in(gaps: &[(f32, f32)], low: f32, high: f32, ideal: f32) -> Option<f32> {
    let k = gaps.partition_point(|g| g.0 <= ideal);
    [k.checked_sub(1), Some(k)]
        .into_iter()
        .flatten()
        .filter_map(|i| gaps.get(i))
        .filter_map(|&(start, end)| {
            let (a, b) = (start.max(low), end.min(high));
            (a <= b).then(|| ideal.clamp(a, b))
        })
        .min_by(|a, b| (a - ideal).abs().total_cmp(&(b - ideal).abs()))
}

/// Where to cut `from..to` into parts at most `size` long: as few parts as
/// that takes, as even as the drawing allows, none shorter than a third of
/// `size` (no sliver of a box on a page of its own). Each cut goes as near
/// its even place as it can in a gap between whole boxes (`boxes`), else
/// between cards or under a box's header (`pieces`), else at its even
/// place. Where that would cut a box and one part more would cut none, it
/// takes one part more. The boundaries, `from` first and `to` last.
pub fn cuts(
    from: f32,
    to: f32,
    size: f32,
    boxes: &[(f32, f32)],
    pieces: &[(f32, f32)],
) -> Vec<f32> {
    let length = to - from;
    if length <= size || size <= 0.0 {
        return vec![from, to];
    }
    let n = (length / size).ceil() as usize;
    let even = cuts_into(n, from, to, size, boxes, pieces);
    let whole = |bounds: &[f32]| {
        bounds[1..bounds.len() - 1]
            .iter()
            .all(|&at| in_gap(boxes, at))
    };
    if !whole(&even) {
        let more = cuts_into(n + 1, from, to, size, boxes, pieces);
        if whole(&more) {
            return more;
        }
    }
    even
}

/// `from..to` cut into `n` parts (see [`cuts`]), each from a third of
/// `size` to `size` long; `n` must allow it.
fn cuts_into(
    n: usize,
    from: f32,
    to: f32,
    size: f32,
    boxes: &[(f32, f32)],
    pieces: &[(f32, f32)],
) -> Vec<f32> {
    let third = size / 3.0;
    let mut bounds = Vec::with_capacity(n + 1);
    bounds.push(from);
    let mut start = from;
    for k in 1..n {
        // The parts after this cut must each be a third to a whole of
        // `size`, so the cut keeps within what leaves room for them.
        let after = (n - k) as f32;
        let low = (start + third).max(to - after * size);
        let high = (start + size).min(to - after * third);
        let ideal = (start + (to - start) / (after + 1.0)).clamp(low, high.max(low));
        let cut = nearest_in(boxes, low, high, ideal)
            .or_else(|| nearest_in(pieces, low, high, ideal))
            .unwrap_or(ideal);
        bounds.push(cut);
        start = cut;
    }
    bounds.push(to);
    bounds
}

/// The part of `bounds` (a list of boundaries) that `from..to` reaches.
pub fn reached(bounds: &[f32], from: f32, to: f32) -> std::ops::RangeInclusive<usize> {
    let last = bounds.len().saturating_sub(2);
    let first = bounds
        .partition_point(|&b| b <= from)
        .saturating_sub(1)
        .min(last);
    let end = bounds
        .partition_point(|&b| b < to)
        .saturating_sub(1)
        .min(last);
    first..=end.max(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pages_are_cut_evenly_between_boxes_else_between_cards() {
        // Cards 30 high with gaps of 6, from 0 to 3,600, in two boxes.
        let cards: Vec<(f32, f32)> = (0..100)
            .map(|k| (k as f32 * 36.0, k as f32 * 36.0 + 30.0))
            .collect();
        let boxes = gaps([(0.0, 1_290.0), (1_296.0, 3_600.0)].into_iter());
        let pieces = gaps(cards.iter().copied());
        let bounds = cuts(0.0, 3_600.0, 1_000.0, &boxes, &pieces);
        assert_eq!(bounds.first(), Some(&0.0));
        assert_eq!(bounds.last(), Some(&3_600.0));
        assert_eq!(bounds.len(), 5, "four parts: {bounds:?}");
        for pair in bounds.windows(2) {
            let length = pair[1] - pair[0];
            assert!(length <= 1_000.0, "{bounds:?}");
            // Even: each about a quarter, give or take a card.
            assert!((length - 900.0).abs() <= 100.0, "{bounds:?}");
        }
        for &cut in &bounds[1..bounds.len() - 1] {
            assert!(
                cards.iter().all(|&(a, b)| cut <= a || cut >= b),
                "{cut} cuts a card"
            );
        }
        // Between the boxes rather than at a gap between cards nearer the
        // even place.
        let bounds = cuts(0.0, 3_600.0, 1_400.0, &boxes, &pieces);
        assert!((1_290.0..=1_296.0).contains(&bounds[1]), "{bounds:?}");
        // One piece longer than a part is cut into even parts.
        let long = gaps([(0.0, 2_500.0)].into_iter());
        let bounds = cuts(0.0, 2_500.0, 1_000.0, &long, &long);
        assert_eq!(bounds.len(), 4);
        for pair in bounds.windows(2) {
            assert!(
                (pair[1] - pair[0] - 2_500.0 / 3.0).abs() < 0.5,
                "{bounds:?}"
            );
        }
    }

    /// The case: a row just too long for one page at the old
    /// smallest scale gave a second page holding a 40-point sliver.
    #[test]
    fn no_part_is_a_sliver() {
        // Five boxes of 300 with gaps of 32, 24 of margin.
        let boxes: Vec<(f32, f32)> = (0..5)
            .map(|k| (24.0 + k as f32 * 332.0, 24.0 + k as f32 * 332.0 + 300.0))
            .collect();
        let box_gaps = gaps(boxes.iter().copied());
        // Just over one part long: two parts, neither a sliver.
        let bounds = cuts(0.0, 1_700.0, 1_650.0, &box_gaps, &box_gaps);
        assert_eq!(bounds.len(), 3);
        for pair in bounds.windows(2) {
            assert!(pair[1] - pair[0] >= 1_650.0 / 3.0, "{bounds:?}");
        }
    }

    #[test]
    fn a_part_more_rather_than_a_box_cut() {
        // Three boxes: 0..700, 760..1300, 1360..2000; parts of at most
        // 1,000. Two parts would cut the middle box; three cut none.
        let boxes = gaps([(0.0, 700.0), (760.0, 1_300.0), (1_360.0, 2_000.0)].into_iter());
        let bounds = cuts(0.0, 2_000.0, 1_000.0, &boxes, &boxes);
        assert_eq!(bounds.len(), 4, "{bounds:?}");
        assert!((700.0..=760.0).contains(&bounds[1]), "{bounds:?}");
        assert!((1_300.0..=1_360.0).contains(&bounds[2]), "{bounds:?}");
    }

    proptest! {
        /// However the solids lie, the parts are as few as the length
        /// needs, none longer than `size` and none shorter than a third of
        /// it.
        #[test]
        fn cuts_are_few_even_and_never_slivers(
            length in 1.0f32..20_000.0,
            size in 50.0f32..2_000.0,
            solids in proptest::collection::vec((0.0f32..20_000.0, 1.0f32..900.0), 0..40),
        ) {
            let spans: Vec<(f32, f32)> = solids.iter().map(|&(a, w)| (a, a + w)).collect();
            let g = gaps(spans.iter().copied());
            let bounds = cuts(0.0, length, size, &g, &g);
            let n = if length <= size { 1 } else { (length / size).ceil() as usize };
            prop_assert!(bounds.len() == n + 1 || bounds.len() == n + 2, "{:?}", bounds);
            for pair in bounds.windows(2) {
                let part = pair[1] - pair[0];
                prop_assert!(part <= size + 0.01, "{:?}", bounds);
                if n > 1 {
                    prop_assert!(part >= size / 3.0 - 0.01, "{:?}", bounds);
                }
            }
        }
    }
}
