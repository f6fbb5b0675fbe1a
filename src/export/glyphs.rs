//! Text as glyphs of the shipped fonts ([`super::font`]): which font draws
//! each character (Ubuntu Light first, then the fallbacks in their order),
//! the glyphs and how far each moves the pen, in ems. The PDF writer draws
//! these glyphs, and the SVG gives each text its width in them (so that a
//! viewer with another font squeezes or stretches it to the same width).
//!
//! Most text (Latin, Greek, Cyrillic, Chinese, Japanese, Korean, emoji) is
//! one glyph per character, taken straight from each font's character map
//! with the font's own advance: fast, and what a reader copies out is what
//! was written. Text that needs shaping (Arabic letters join, Hebrew and
//! Arabic run right to left, combining marks sit on their letters) is put
//! in visual order by the Unicode bidirectional algorithm on a
//! left-to-right line, as the exports have always laid it out, and shaped
//! by rustybuzz, the shaper usvg itself uses.

use std::ops::Range;
use std::sync::OnceLock;

use rustybuzz::ttf_parser::GlyphId;
use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

use super::font::{FALLBACKS, FONT};

/// One glyph: its id in its font, where it goes and how far it moves the
/// pen, in ems, and the part of the text it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// The glyph's id in its font.
    pub id: u16,
    /// How far it moves the pen, in ems.
    pub advance: f32,
    /// How far it is moved right of the pen, in ems (marks).
    pub dx: f32,
    /// How far it is moved up, in ems (marks).
    pub dy: f32,
    /// The bytes of the text it stands for (empty for the second and later
    /// glyphs of one character or ligature).
    pub text: Range<usize>,
}

/// Glyphs of one font, in the order they are drawn (left to right).
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Which font: 0 is Ubuntu Light, then the fallbacks in their order.
    pub font: usize,
    /// Its glyphs.
    pub glyphs: Vec<Glyph>,
    /// Whether each glyph moves the pen by its font's own advance and sits
    /// on the pen (no shaping moved it), so that the run can be written as
    /// one string.
    pub plain: bool,
}

/// A line of text as glyphs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shaped {
    /// The runs, left to right.
    pub runs: Vec<Run>,
    /// The width of the whole line, in ems.
    pub advance: f32,
}

/// The shipped fonts, parsed once: Ubuntu Light, then the fallbacks.
pub fn faces() -> &'static [Face<'static>] {
    static FACES: OnceLock<Vec<Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        std::iter::once(FONT)
            .chain(FALLBACKS.iter().map(|f| f.data))
            .filter_map(|data| Face::from_slice(data, 0))
            .collect()
    })
}

/// The data of font `font` (as [`faces`] numbers them).
pub fn font_data(font: usize) -> &'static [u8] {
    match font {
        0 => FONT,
        k => FALLBACKS.get(k - 1).map_or(FONT, |f| f.data),
    }
}

/// The first shipped font with a glyph for `c` (Ubuntu Light if none has).
pub fn font_for(c: char) -> usize {
    match common(c) {
        Some(found) => usize::from(found.font),
        None => search(c),
    }
}

fn search(c: char) -> usize {
    faces()
        .iter()
        .position(|face| face.glyph_index(c).is_some())
        .unwrap_or(0)
}

/// A character's font, glyph and advance, looked up once.
#[derive(Clone, Copy)]
struct Found {
    font: u8,
    id: u16,
    advance: f32,
}

/// Characters below this are looked up once, in a table: Latin, Greek,
/// Cyrillic, Hebrew, Arabic and the punctuation most names use.
const COMMON: u32 = 0x2200;

fn look_up(c: char) -> Found {
    let font = search(c);
    let faces = faces();
    let (id, advance) = faces.get(font).map_or((0, 0.0), |face| {
        let id = face.glyph_index(c).map_or(0, |g| g.0);
        (id, advance_of(face, id))
    });
    Found {
        font: u8::try_from(font).unwrap_or(0),
        id,
        advance,
    }
}

/// `c`'s font, glyph and advance from the table, for a common character.
fn common(c: char) -> Option<Found> {
    static TABLE: OnceLock<Vec<Found>> = OnceLock::new();
    let k = u32::from(c);
    if k >= COMMON {
        return None;
    }
    let table = TABLE.get_or_init(|| {
        (0..COMMON)
            .map(|k| {
                char::from_u32(k).map_or(
                    Found {
                        font: 0,
                        id: 0,
                        advance: 0.0,
                    },
                    look_up,
                )
            })
            .collect()
    });
    table.get(k as usize).copied()
}

/// `c`'s font, glyph and advance.
fn found(c: char) -> Found {
    common(c).unwrap_or_else(|| look_up(c))
}

/// Whether `c` asks for shaping: right-to-left scripts, scripts whose
/// letters join or reorder, combining marks, joiners and direction marks,
/// variation selectors.
fn needs_shaping(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0590..=0x08FF
            | 0x0900..=0x0DFF
            | 0x0F00..=0x109F
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x200C..=0x200F
            | 0x202A..=0x202E
            | 0x2066..=0x2069
            | 0x20D0..=0x20FF
            | 0xFB1D..=0xFDFF
            | 0xFE00..=0xFE0F
            | 0xFE20..=0xFE2F
            | 0xFE70..=0xFEFF
            | 0xE0100..=0xE01EF
    )
}

/// How wide `text` is at `size` points in the shipped fonts.
pub fn width(text: &str, size: f32) -> f32 {
    if text.chars().any(needs_shaping) {
        return shape(text).advance * size;
    }
    text.chars().map(|c| found(c).advance).sum::<f32>() * size
}

/// How far glyph `id` of `face` moves the pen, in ems.
fn advance_of(face: &Face<'_>, id: u16) -> f32 {
    let per_em = face.units_per_em().max(1) as f32;
    face.glyph_hor_advance(GlyphId(id))
        .map_or(0.0, |a| f32::from(a) / per_em)
}

/// `text` as glyphs of the shipped fonts, left to right.
pub fn shape(text: &str) -> Shaped {
    if text.chars().any(needs_shaping) {
        return shape_complex(text);
    }
    let mut shaped = Shaped::default();
    for (at, c) in text.char_indices() {
        let Found { font, id, advance } = found(c);
        let font = usize::from(font);
        let glyph = Glyph {
            id,
            advance,
            dx: 0.0,
            dy: 0.0,
            text: at..at + c.len_utf8(),
        };
        shaped.advance += advance;
        match shaped.runs.last_mut() {
            Some(run) if run.font == font => run.glyphs.push(glyph),
            _ => shaped.runs.push(Run {
                font,
                glyphs: vec![glyph],
                plain: true,
            }),
        }
    }
    shaped
}

/// The stretches of `range` of `text` that one font draws, in logical
/// order: a mark stays with the font of the letter it sits on when that
/// font has it.
fn font_segments(text: &str, range: Range<usize>) -> Vec<(usize, Range<usize>)> {
    let faces = faces();
    let mut segments: Vec<(usize, Range<usize>)> = Vec::new();
    for (k, c) in text[range.clone()].char_indices() {
        let at = range.start + k;
        let end = at + c.len_utf8();
        let previous = segments.last().map(|s| s.0);
        let mark = unicode_width::UnicodeWidthChar::width(c) == Some(0);
        let font = match previous {
            Some(p) if mark && faces.get(p).is_some_and(|f| f.glyph_index(c).is_some()) => p,
            Some(p) if mark && font_for(c) == 0 => p,
            _ => font_for(c),
        };
        match segments.last_mut() {
            Some(last) if last.0 == font => last.1.end = end,
            _ => segments.push((font, at..end)),
        }
    }
    segments
}

/// Text that needs shaping: bidirectional runs on a left-to-right line,
/// each split by font and shaped by rustybuzz.
fn shape_complex(text: &str) -> Shaped {
    let faces = faces();
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    let mut shaped = Shaped::default();
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut segments = font_segments(text, run);
            if rtl {
                segments.reverse();
            }
            for (font, range) in segments {
                let Some(face) = faces.get(font) else {
                    continue;
                };
                let out = shape_segment(face, text, range, rtl);
                shaped.advance += out.iter().map(|g| g.advance).sum::<f32>();
                shaped.runs.push(Run {
                    font,
                    glyphs: out,
                    plain: false,
                });
            }
        }
    }
    shaped
}

/// One stretch of one font shaped by rustybuzz, its glyphs left to right.
fn shape_segment(face: &Face<'_>, text: &str, range: Range<usize>, rtl: bool) -> Vec<Glyph> {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let output = rustybuzz::shape(face, &[], buffer);
    let per_em = face.units_per_em().max(1) as f32;
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // Where each cluster ends: the next cluster's start in the text.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        let k = starts.partition_point(|&s| s <= start);
        starts.get(k).copied().unwrap_or(range.len())
    };
    let mut seen = std::collections::BTreeSet::new();
    infos
        .iter()
        .zip(positions)
        .map(|(info, p)| {
            let start = info.cluster as usize;
            let text = if seen.insert(start) {
                range.start + start..range.start + end_of(start)
            } else {
                range.start..range.start
            };
            Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: p.x_advance as f32 / per_em,
                dx: p.x_offset as f32 / per_em,
                dy: p.y_offset as f32 / per_em,
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_is_one_glyph_a_character_in_ubuntu_light() {
        let shaped = shape("IT budget & strategy");
        assert_eq!(shaped.runs.len(), 1);
        assert_eq!(shaped.runs[0].font, 0);
        assert_eq!(shaped.runs[0].glyphs.len(), "IT budget & strategy".len());
        assert!(shaped.runs[0].glyphs.iter().all(|g| g.id != 0));
        let w = width("IT budget & strategy", 14.0);
        assert!((w - shaped.advance * 14.0).abs() < 1e-3);
        // Close to the chart's estimate (which needs no font).
        let estimate = crate::chart::estimated_measure("IT budget & strategy", 14.0);
        assert!(
            (w - estimate).abs() < 0.1 * estimate,
            "{w} against {estimate}"
        );
    }

    #[test]
    fn other_scripts_fall_back_and_arabic_is_shaped_in_visual_order() {
        let shaped = shape("会員 app");
        assert!(shaped.runs[0].font > 0, "kanji from a fallback");
        assert_eq!(shaped.runs.last().map(|r| r.font), Some(0));
        let arabic = "فريق IT";
        let shaped = shape(arabic);
        assert!(!shaped.runs.is_empty());
        // The Latin part is drawn after (right of) the Arabic one.
        assert_eq!(shaped.runs.last().map(|r| r.font), Some(0));
        // Every character is accounted for in the glyphs' text.
        let covered: usize = shaped
            .runs
            .iter()
            .flat_map(|r| &r.glyphs)
            .map(|g| g.text.len())
            .sum();
        assert_eq!(covered, arabic.len());
        assert!(shaped.advance > 0.0);
    }
}
