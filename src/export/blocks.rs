//! Text laid out for printed pages: pieces of text on blocks, blocks
//! split between their lines, text wrapped without losing a word, and the
//! pager that fills pages (A4, portrait) with the blocks of each section.
//!
//! A page takes as many blocks as fit, and a table that goes on over a
//! page repeats its header. A block is moved whole to the next page,
//! unless it is taller than half a page (a finding or a decision with a
//! very long reason): then it is split between two of its lines, over as
//! many pages as it takes. Room is kept at the bottom of every page for
//! its number.

use super::draw::{TEXT, WEAK};
use crate::chart::estimated_measure;

/// A4 width in PDF points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 height in PDF points.
pub const PAGE_HEIGHT: f32 = 842.0;
/// Space around the page's content.
pub const PAGE_MARGIN: f32 = 40.0;
/// Room kept at the bottom for the page number.
pub const FOOTER: f32 = 24.0;
/// Height of a table row.
pub const ROW: f32 = 14.0;

/// One piece of text on a block, placed from the block's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// From the block's left edge.
    pub x: f32,
    /// From the block's top.
    pub baseline: f32,
    /// Text size in points.
    pub size: f32,
    /// Its colour.
    pub fill: &'static str,
    /// The text.
    pub content: String,
    /// Whether `x` is where it ends (right-aligned) rather than starts.
    pub end: bool,
}

/// Something laid out in one piece: kept on one page unless it is taller
/// than half a page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// How tall it is, in points.
    pub height: f32,
    /// Its text.
    pub pieces: Vec<Piece>,
    /// A line under the block.
    pub rule: bool,
}

impl Block {
    /// The block with `content` added at (`x`, `baseline`).
    pub fn text(mut self, x: f32, baseline: f32, size: f32, content: impl Into<String>) -> Self {
        self.pieces.push(Piece {
            x,
            baseline,
            size,
            fill: TEXT,
            content: content.into(),
            end: false,
        });
        self
    }

    /// The block with its last piece of text in the weaker colour.
    pub fn weak(mut self) -> Self {
        if let Some(p) = self.pieces.last_mut() {
            p.fill = WEAK;
        }
        self
    }

    /// The block with its last piece of text ending at its `x`.
    pub fn right_aligned(mut self) -> Self {
        if let Some(p) = self.pieces.last_mut() {
            p.end = true;
        }
        self
    }

    /// The block cut between two of its lines so that the first part fits
    /// in `room` points: the part that fits (none if not even its first
    /// line does) and the rest (none if all of it fits), each a block of
    /// its own with its lines moved up to its top.
    fn split(self, room: f32) -> (Option<Block>, Option<Block>) {
        if self.height <= room {
            return (Some(self), None);
        }
        let mut lines: Vec<(f32, f32)> = self.pieces.iter().map(|p| (p.baseline, p.size)).collect();
        lines.sort_by(|a, b| a.0.total_cmp(&b.0));
        lines.dedup_by(|a, b| a.0 == b.0);
        // The first line that does not fit; the cut goes just above it.
        let first_out = lines.partition_point(|&(baseline, size)| baseline + 0.3 * size <= room);
        let Some(&(baseline, size)) = lines.get(first_out) else {
            return (Some(self), None);
        };
        let cut = baseline - size;
        if first_out == 0 || cut <= 0.0 {
            return (None, Some(self));
        }
        let (mut head, mut tail) = (Block::default(), Block::default());
        for piece in self.pieces {
            if piece.baseline < baseline {
                head.pieces.push(piece);
            } else {
                tail.pieces.push(Piece {
                    baseline: piece.baseline - cut,
                    ..piece
                });
            }
        }
        head.height = cut.min(room);
        tail.height = self.height - cut;
        tail.rule = self.rule;
        (Some(head), Some(tail))
    }
}

/// The blocks of a section, and the block repeated at the top of a page
/// when the section goes on there (a table's header).
pub struct Section {
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
    /// A table's header, repeated on each page it goes on to.
    pub repeat: Option<Block>,
}

/// `text` broken between words into lines of at most `width` points; a
/// word longer than a line is broken between its characters, so nothing
/// is left out.
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if estimated_measure(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut rest = word;
            while estimated_measure(rest, size) > width {
                let cut = longest_fitting(rest, size, width);
                lines.push(rest[..cut].to_owned());
                rest = &rest[cut..];
            }
            line = rest.to_owned();
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The length in bytes of the longest start of `text` that fits `width`
/// points at `size` (at least one character).
fn longest_fitting(text: &str, size: f32, width: f32) -> usize {
    let mut used = 0.0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        used += estimated_measure(c.encode_utf8(&mut [0; 4]), size);
        if used > width && end > 0 {
            break;
        }
        end = at + c.len_utf8();
    }
    end
}

/// The pages laid out so far, and where the next block goes.
struct Pager {
    pages: Vec<Vec<(f32, Block)>>,
    y: f32,
}

impl Pager {
    /// The lowest a block may reach, above the page number.
    const BOTTOM: f32 = PAGE_HEIGHT - PAGE_MARGIN - FOOTER;

    fn new() -> Self {
        Self {
            pages: vec![Vec::new()],
            y: PAGE_MARGIN,
        }
    }

    fn at_top(&self) -> bool {
        self.y <= PAGE_MARGIN
    }

    fn room(&self) -> f32 {
        Self::BOTTOM - self.y
    }

    fn place(&mut self, block: Block) {
        let height = block.height;
        if let Some(page) = self.pages.last_mut() {
            page.push((self.y, block));
        }
        self.y += height;
    }

    /// Starts a new page, with the section's repeated header if it has one.
    fn next_page(&mut self, repeat: Option<&Block>) {
        self.pages.push(Vec::new());
        self.y = PAGE_MARGIN;
        if let Some(repeat) = repeat {
            self.place(repeat.clone());
        }
    }
}

/// The pages that `sections` fill, each a list of blocks and where each
/// block's top goes, in points from the top of the page.
pub fn paginate(sections: Vec<Section>) -> Vec<Vec<(f32, Block)>> {
    let mut pager = Pager::new();
    let page_room = Pager::BOTTOM - PAGE_MARGIN;
    for section in sections {
        // A new section starts on the page it fits on, after a gap.
        if !pager.at_top() {
            pager.y += 12.0;
        }
        for (k, block) in section.blocks.into_iter().enumerate() {
            let repeat = if k > 0 { section.repeat.as_ref() } else { None };
            if block.height > page_room / 2.0 {
                // Too tall to move whole to the next page: split by lines,
                // starting here when a few lines fit.
                if pager.room() < 3.0 * ROW && !pager.at_top() {
                    pager.next_page(repeat);
                }
                let mut rest = block;
                loop {
                    match rest.split(pager.room()) {
                        (Some(head), tail) => {
                            pager.place(head);
                            match tail {
                                Some(tail) => {
                                    rest = tail;
                                    pager.next_page(repeat);
                                }
                                None => break,
                            }
                        }
                        (None, Some(all)) if !pager.at_top() => {
                            rest = all;
                            pager.next_page(repeat);
                        }
                        // Not one line fits on an empty page (which
                        // cannot be for text): placed as it is.
                        (None, tail) => {
                            pager.place(tail.unwrap_or_default());
                            break;
                        }
                    }
                }
                continue;
            }
            // A heading is kept with the block after it.
            let needs = block.height + if k == 0 { 2.0 * ROW + 30.0 } else { 0.0 };
            if needs > pager.room() && !pager.at_top() {
                pager.next_page(repeat);
            }
            pager.place(block);
        }
    }
    pager.pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text =
            "Practitioners tie a half-and-half portfolio to turf fights and duplicated work.";
        let lines = wrap(text, 10.0, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(estimated_measure(line, 10.0) <= 120.0, "{line}");
        }
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken_not_cut() {
        let word = "https://example.com/a/very/long/address/that/fits/on/no/line/at/all";
        let text = format!("See {word} for more.");
        let lines = wrap(&text, 10.0, 120.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        for line in &lines {
            assert!(estimated_measure(line, 10.0) <= 120.0, "{line}");
        }
    }

    #[test]
    fn a_tall_block_splits_between_lines_and_keeps_them_all() {
        let mut block = Block::default();
        for k in 0..100 {
            block = block.text(0.0, 11.0 + 13.0 * k as f32, 9.5, format!("line {k}"));
        }
        block.height = 11.0 + 13.0 * 100.0;
        let (head, tail) = block.clone().split(300.0);
        let (head, tail) = (head.expect("a head"), tail.expect("a tail"));
        assert!(head.height <= 300.0);
        for p in &head.pieces {
            assert!(p.baseline + 3.0 <= head.height, "{p:?}");
        }
        assert!(tail.pieces.iter().all(|p| p.baseline > 0.0));
        assert_eq!(head.pieces.len() + tail.pieces.len(), 100);
        assert!((head.height + tail.height - block.height).abs() < 14.0);
        // Nothing fits: nothing is split off.
        let (none, all) = block.split(5.0);
        assert!(none.is_none() && all.is_some());
    }
}
