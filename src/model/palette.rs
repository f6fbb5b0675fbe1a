//! Colours for executives: eight that stay apart on a washed-out projector
//! and for viewers with the common forms of colour blindness (after the
//! Okabe–Ito set, darkened where a light background needs it). Colour is
//! never the only cue: every box also carries its title.

use super::design::{Design, Rgb};

/// The palette, in the order new executives take it.
pub const PALETTE: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xb2), // blue
    Rgb(0xe6, 0x9f, 0x00), // orange
    Rgb(0x00, 0x9e, 0x73), // bluish green
    Rgb(0xd5, 0x5e, 0x00), // vermilion
    Rgb(0xcc, 0x79, 0xa7), // reddish purple
    Rgb(0x56, 0xb4, 0xe9), // sky blue
    Rgb(0x9a, 0x7b, 0x2f), // ochre
    Rgb(0x88, 0x88, 0x88), // grey
];

/// The colour for a new executive: the first in the palette no executive
/// has yet; when all are taken, the one fewest executives have.
pub fn next_colour(design: &Design) -> Rgb {
    let uses = |c: Rgb| design.executives.iter().filter(|e| e.colour == c).count();
    PALETTE
        .iter()
        .copied()
        .min_by_key(|&c| uses(c))
        .unwrap_or(PALETTE[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Executive;

    #[test]
    fn new_executives_get_distinct_colours_until_the_palette_runs_out() {
        let mut design = Design::empty("t");
        let mut seen = Vec::new();
        for _ in 0..PALETTE.len() {
            let colour = next_colour(&design);
            assert!(!seen.contains(&colour));
            seen.push(colour);
            design.executives.push(Executive {
                colour,
                ..Default::default()
            });
        }
        assert_eq!(next_colour(&design), PALETTE[0], "then round again");
    }

    #[test]
    fn the_palette_colours_are_far_apart() {
        for (i, a) in PALETTE.iter().enumerate() {
            for b in &PALETTE[i + 1..] {
                let d = (i32::from(a.0) - i32::from(b.0)).abs()
                    + (i32::from(a.1) - i32::from(b.1)).abs()
                    + (i32::from(a.2) - i32::from(b.2)).abs();
                assert!(d >= 80, "{a:?} and {b:?} are too close");
            }
        }
    }
}
