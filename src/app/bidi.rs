//! Right-to-left text (Arabic, Hebrew) in the order it is read. egui
//! shapes each run of one font with the direction its script asks for, so
//! a single Arabic word comes out right, but it lays the runs out left to
//! right in the order they are stored (it does no bidirectional
//! reordering): the words of an Arabic name come out last word first, and
//! in "فريق IT" the Latin part lands on the wrong side.
//!
//! [`visual`] turns a [`LayoutJob`] holding right-to-left text into one
//! laid out in visual order, with the Unicode bidirectional algorithm
//! (`unicode-bidi`): the text is broken into lines first (in reading order,
//! as the original job would wrap), then each line's runs are put in the
//! order they are seen. Each run of right-to-left letters stays in reading
//! order in its own section, for egui's shaper to turn round and join;
//! spaces and punctuation between them are turned round here (brackets
//! mirrored). Text with no right-to-left character is left as it was.

use std::ops::Range;

use egui::text::{ByteIndex, LayoutJob, LayoutSection};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

/// One part of a line, in the order parts are laid out left to right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where it is in the line (bytes, in reading order).
    pub range: Range<usize>,
    /// Whether its characters are to be laid out last first (and brackets
    /// mirrored): neutral characters inside right-to-left text. Letters of
    /// right-to-left scripts are never turned here: the shaper turns them.
    pub reversed: bool,
}

/// Whether `c` is written right to left.
fn is_rtl(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
    )
}

/// Whether `text` holds anything written right to left. Nothing below
/// U+0590 is, so text without such characters (every Latin name) is passed
/// over at the speed of a byte scan: the chart asks this of every text it
/// lays out, on every frame.
pub fn has_rtl(text: &str) -> bool {
    // 0xD6 is the first byte of U+0590 and of every character above it.
    text.bytes().any(|b| b >= 0xD6) && text.chars().any(is_rtl)
}

/// The direction of a paragraph: that of its first letter with one (left
/// to right when none has).
pub fn paragraph_level(text: &str) -> Level {
    ParagraphBidiInfo::new(text, None).paragraph_level
}

/// Which right-to-left script `c` is a letter of, for telling apart runs
/// that different fonts draw: Hebrew, or another (Arabic and the rest).
fn script(c: char) -> u8 {
    match c {
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => 1,
        _ => 2,
    }
}

/// The parts of `line` (one line, no line breaks) in visual order, for a
/// paragraph of direction `level`.
pub fn pieces(line: &str, level: Level) -> Vec<Piece> {
    if line.is_empty() {
        // (The bidirectional algorithm's crate fails on an empty line.)
        return Vec::new();
    }
    let info = ParagraphBidiInfo::new(line, Some(level));
    let (levels, runs) = info.visual_runs(0..line.len());
    let mut out = Vec::new();
    for run in runs {
        if levels.get(run.start).is_none_or(Level::is_ltr) {
            out.push(Piece {
                range: run,
                reversed: false,
            });
            continue;
        }
        // A right-to-left run: its letters (with their marks and joiners)
        // in runs of one script, and the characters between them.
        let mut parts: Vec<(Range<usize>, Option<u8>)> = Vec::new();
        for (i, c) in line[run.clone()].char_indices() {
            let at = run.start + i..run.start + i + c.len_utf8();
            let class = bidi_class(c);
            let letter = matches!(class, BidiClass::R | BidiClass::AL).then(|| script(c));
            let attached = matches!(class, BidiClass::NSM | BidiClass::BN);
            match parts.last_mut() {
                Some((range, Some(s))) if letter == Some(*s) || (letter.is_none() && attached) => {
                    range.end = at.end;
                }
                Some((range, None)) if letter.is_none() => range.end = at.end,
                _ => parts.push((at, letter)),
            }
        }
        out.extend(parts.into_iter().rev().map(|(range, letter)| Piece {
            range,
            reversed: letter.is_none(),
        }));
    }
    out
}

/// `text` last character first, each mirrored where it has a mirror image
/// (an opening bracket read right to left is drawn as a closing one).
fn turned(text: &str) -> String {
    text.chars()
        .rev()
        .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
        .collect()
}

/// The lines `job` breaks into, as byte ranges of its text in reading
/// order, with the text of a cut last line (ending in the job's overflow
/// character) where the job has fewer rows than the text needs. `width`
/// measures a job laid out on one line.
fn lines(job: &LayoutJob, width: &dyn Fn(LayoutJob) -> f32) -> Vec<(Range<usize>, Option<String>)> {
    let text = job.text.as_str();
    let paragraphs = if job.break_on_newline {
        split_keeping(text, '\n')
    } else {
        std::iter::once(0..text.len()).collect()
    };
    let max = job.wrap.max_width;
    let fits = |range: Range<usize>, extra: &str| {
        // White space at the end of a line takes no room.
        let end = range.start + text[range.clone()].trim_end().len();
        let mut piece = slice(job, range.start..end);
        piece.text.push_str(extra);
        if let (Some(last), false) = (piece.sections.last_mut(), extra.is_empty()) {
            last.byte_range.end = ByteIndex(piece.text.len());
        }
        width(piece) <= max
    };
    let mut out = Vec::new();
    for paragraph in paragraphs {
        if !max.is_finite() {
            out.push(paragraph);
            continue;
        }
        if paragraph.is_empty() {
            out.push(paragraph);
            continue;
        }
        let mut start = paragraph.start;
        while start < paragraph.end {
            let mut end = None;
            for stop in breaks(text, start, paragraph.end) {
                if fits(start..stop, "") {
                    end = Some(stop);
                } else {
                    break;
                }
            }
            let end = end.unwrap_or_else(|| {
                // A word longer than the line: as much of it as fits, at
                // least one character.
                let mut stop = next_char(text, start);
                while stop < paragraph.end && fits(start..next_char(text, stop), "") {
                    stop = next_char(text, stop);
                }
                stop
            });
            out.push(start..end);
            start = end;
        }
    }
    let rows = job.wrap.max_rows;
    if out.len() <= rows {
        return out.into_iter().map(|line| (line, None)).collect();
    }
    out.truncate(rows);
    let Some(last) = out.pop() else {
        return Vec::new();
    };
    // The last row holds what fits of the rest, then the overflow mark.
    let mark = job
        .wrap
        .overflow_character
        .map(String::from)
        .unwrap_or_default();
    let mut end = text.len();
    while end > last.start && !fits(last.start..end, &mark) {
        end = previous_char(text, end);
    }
    let cut = format!("{}{mark}", text[last.start..end].trim_end());
    let mut lines: Vec<_> = out.into_iter().map(|line| (line, None)).collect();
    lines.push((last.start..end, Some(cut)));
    lines
}

/// Ranges of `text` between `separator`s (the separator kept at the end of
/// each but the last).
fn split_keeping(text: &str, separator: char) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == separator {
            out.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    out.push(start..text.len());
    out
}

/// Where a line starting at `start` may end, up to `end`: after each run
/// of white space, and at `end`.
fn breaks(text: &str, start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut previous_space = false;
    for (i, c) in text[start..end].char_indices() {
        if previous_space && !c.is_whitespace() {
            out.push(start + i);
        }
        previous_space = c.is_whitespace();
    }
    out.push(end);
    out
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
}

fn previous_char(text: &str, at: usize) -> usize {
    text[..at]
        .chars()
        .next_back()
        .map_or(0, |c| at - c.len_utf8())
}

/// The part `range` of `job` on one line, with the sections it covers.
fn slice(job: &LayoutJob, range: Range<usize>) -> LayoutJob {
    let mut out = LayoutJob {
        text: job.text[range.clone()].trim_end_matches('\n').to_owned(),
        ..LayoutJob::default()
    };
    let end = range.start + out.text.len();
    for section in &job.sections {
        let from = section.byte_range.start.0.max(range.start);
        let to = section.byte_range.end.0.min(end);
        if from < to {
            out.sections.push(LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(from - range.start)..ByteIndex(to - range.start),
                format: section.format.clone(),
            });
        }
    }
    out
}

/// `job` laid out in visual order (see the module doc); `width` measures a
/// job laid out on one line, with the fonts it will be drawn with. A job
/// with no right-to-left text comes back as it was.
pub fn visual(job: LayoutJob, width: &dyn Fn(LayoutJob) -> f32) -> LayoutJob {
    if !has_rtl(&job.text) {
        return job;
    }
    let mut out = LayoutJob {
        halign: job.halign,
        justify: job.justify,
        first_row_min_height: job.first_row_min_height,
        round_output_to_gui: job.round_output_to_gui,
        break_on_newline: true,
        ..LayoutJob::default()
    };
    out.wrap.max_width = f32::INFINITY;
    let lines = lines(&job, width);
    let mut level = paragraph_level(&job.text);
    for (n, (range, cut)) in lines.iter().enumerate() {
        if n > 0 {
            let format = out
                .sections
                .last()
                .map(|s| s.format.clone())
                .unwrap_or_default();
            out.append("\n", 0.0, format);
        }
        // A new paragraph starts after a line break in the text.
        if n == 0 || job.text[..range.start].ends_with('\n') {
            let rest = &job.text[range.start..];
            level = paragraph_level(rest.split('\n').next().unwrap_or(rest));
        }
        let line = slice(&job, range.clone());
        let (text, sections) = match cut {
            // The cut last line: its text with the overflow mark, in the
            // format of its last character.
            Some(cut) => {
                let mut sections = line.sections.clone();
                if let Some(last) = sections.last_mut() {
                    last.byte_range.end = ByteIndex(cut.len());
                }
                (cut.clone(), sections)
            }
            None => (line.text.clone(), line.sections.clone()),
        };
        for piece in pieces(&text, level) {
            let mut parts: Vec<(String, egui::TextFormat)> = sections
                .iter()
                .filter_map(|s| {
                    let from = s.byte_range.start.0.max(piece.range.start);
                    let to = s.byte_range.end.0.min(piece.range.end);
                    (from < to).then(|| (text[from..to].to_owned(), s.format.clone()))
                })
                .collect();
            if piece.reversed {
                parts.reverse();
                for (part, _) in &mut parts {
                    *part = turned(part);
                }
            }
            for (part, format) in parts {
                out.append(&part, 0.0, format);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `line` as text, turned where they are to be turned.
    fn seen(line: &str) -> Vec<String> {
        pieces(line, paragraph_level(line))
            .into_iter()
            .map(|p| {
                let text = &line[p.range];
                if p.reversed {
                    turned(text)
                } else {
                    text.to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn latin_text_is_one_piece_as_it_was() {
        assert_eq!(seen("Vendor management (IT)"), ["Vendor management (IT)"]);
        assert!(!has_rtl("店舗システム"));
        assert!(!has_rtl("Sécurité – Ωμέγα Привет"));
        for c in [
            '\u{0590}', 'א', 'ب', '\u{FB1D}', '\u{202B}', '\u{202E}', '\u{2067}',
        ] {
            assert!(has_rtl(&format!("a{c}")), "{c:?}");
        }
    }

    #[test]
    fn arabic_words_come_last_word_first_each_left_for_the_shaper() {
        assert_eq!(seen("دعم فريق"), ["فريق", " ", "دعم"]);
        assert_eq!(
            seen("أنظمة المتاجر – الشرق الأوسط"),
            ["الأوسط", " ", "الشرق", " – ", "المتاجر", " ", "أنظمة"]
        );
    }

    #[test]
    fn latin_in_an_arabic_name_goes_to_its_left_and_the_reverse() {
        assert_eq!(seen("فريق IT"), ["IT", " ", "فريق"]);
        assert_eq!(seen("IT فريق"), ["IT ", "فريق"]);
        assert_eq!(seen("Team فريق دعم"), ["Team ", "دعم", " ", "فريق"]);
    }

    #[test]
    fn brackets_in_right_to_left_text_are_mirrored_and_numbers_read_left_to_right() {
        assert_eq!(seen("فريق (دعم)"), ["(", "دعم", ") ", "فريق"]);
        assert_eq!(seen("שנת 2024"), ["2024", " ", "שנת"]);
    }

    proptest::proptest! {
        /// Every character of a line is laid out once, the pieces turned
        /// here hold no right-to-left letter (the shaper turns those), and
        /// text with nothing right to left (letters or Arabic digits) is
        /// one piece as it was.
        #[test]
        fn pieces_lay_out_every_character_once(
            line in "[a-zA-Z0-9 ()\\-–.,!?\u{0621}-\u{064A}\u{064B}\u{0660}-\u{0669}\u{05D0}-\u{05EA}\u{200C}]{0,24}"
        ) {
            let pieces = pieces(&line, paragraph_level(&line));
            let mut covered: Vec<usize> = pieces
                .iter()
                .flat_map(|p| line[p.range.clone()].char_indices().map(|(i, _)| p.range.start + i).collect::<Vec<_>>())
                .collect();
            covered.sort_unstable();
            let every: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(covered, every);
            for p in &pieces {
                proptest::prop_assert!(!(p.reversed && has_rtl(&line[p.range.clone()])), "{:?}", p);
            }
            let right_to_left = |c: char| {
                matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
            };
            if !line.chars().any(right_to_left) && !line.is_empty() {
                proptest::prop_assert_eq!(pieces.len(), 1);
            }
        }
    }

    #[test]
    fn an_empty_line_among_right_to_left_ones_is_laid_out_empty() {
        assert_eq!(pieces("", Level::rtl()), []);
        let job = LayoutJob::single_section("فريق\n\nدعم".to_owned(), egui::TextFormat::default());
        let visual = visual(job, &|line| line.text.chars().count() as f32);
        assert_eq!(visual.text, "فريق\n\nدعم");
    }

    #[test]
    fn marks_and_joiners_stay_with_their_letters_and_scripts_part() {
        // A shadda and a zero-width non-joiner inside a word.
        assert_eq!(seen("مُحَمَّد\u{200C}ي"), ["مُحَمَّد\u{200C}ي"]);
        // Hebrew and Arabic side by side are drawn by two fonts.
        assert_eq!(seen("שלוםسلام"), ["سلام", "שלום"]);
    }
}
