//! A card's name on lines: where a line may break, how many lines a name
//! takes at a width, and the lines themselves, the last one cut with "…"
//! when a name needs more lines than it is given. One set of rules and one
//! measure for every drawing of a card: the chart's geometry counts the
//! lines with the estimated measure ([`super::estimated_measure`]), and the
//! canvas and the exports break the name with the same measure
//! ([`estimated_lines`]), so each draws exactly the lines the geometry made
//! room for, broken in the same places on screen and in the handout; drawn
//! in the real fonts, which the estimate errs on the wide side of, each line
//! fits its room.
//!
//! A line breaks after a space, after a hyphen or a slash between letters
//! ("Mitarbeiter-", "Ein/"), and between Chinese or Japanese characters
//! (never before a closing bracket, a comma, a full stop or a small kana,
//! nor after an opening bracket), at the last such place where the line
//! still fits. A word wider than a whole line breaks inside it, after as
//! many characters as fit. White space at either end of a line is left
//! out of it. The work is linear in the length of the name.

use super::measure::Measure;

/// A character that ends a line when a line breaks after it: any white
/// space but the no-break spaces.
fn is_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}' | '\u{2060}')
}

/// Chinese and Japanese characters, which have no spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Characters a line never starts with (closing brackets and punctuation,
/// small kana, the long vowel mark).
const CLOSING: &str = "、。，．・：；？！ー）」』】〕〉》｝］〙〗〟｠ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻ゝゞヽヾ゠〜…‥％)]},.;:!?";

/// Characters a line never ends with (opening brackets).
const OPENING: &str = "（「『【〔〈《｛［〘〖〝｟([{";

/// Whether a line may break between `before` and `after` (with `prior`,
/// if any, the character before `before`).
pub fn may_break(prior: Option<char>, before: char, after: char) -> bool {
    if is_space(after) || after == '\u{200D}' || before == '\u{200D}' {
        // A break goes after white space, never before it; and never
        // inside a sequence joined by a zero-width joiner.
        return false;
    }
    if is_space(before) {
        return true;
    }
    if matches!(before, '-' | '\u{2010}' | '\u{2013}' | '\u{2014}' | '/') {
        // After a hyphen or a slash between letters or digits: "KI-Pilot",
        // "Ein/Ausgang", not "-5" or "a -b".
        return prior.is_some_and(char::is_alphanumeric) && after.is_alphanumeric();
    }
    (is_cjk(before) || is_cjk(after)) && !OPENING.contains(before) && !CLOSING.contains(after)
}

/// Where each line of `text` starts, as byte offsets (the first is 0),
/// when it is broken into lines at most `width` wide, `advance` giving
/// each character's width; at most `most` lines (the last runs to the end
/// of the text, whether it fits or not).
fn starts(text: &str, width: f32, most: usize, advance: &mut dyn FnMut(char) -> f32) -> Vec<usize> {
    let chars: Vec<(usize, char, f32)> = text
        .char_indices()
        .map(|(at, c)| (at, c, advance(c)))
        .collect();
    let mut starts = vec![0];
    // Leading white space takes no room.
    let mut start = chars.iter().take_while(|(_, c, _)| is_space(*c)).count();
    while starts.len() < most {
        let mut x = 0.0;
        // The last place the line may break where it still fits.
        let mut soft = None;
        let mut over = None;
        for j in start..chars.len() {
            let (_, c, w) = chars[j];
            x += w;
            // White space at the end of a line takes no room.
            if x > width && !is_space(c) {
                over = Some(j);
                break;
            }
            if let Some(&(_, next, _)) = chars.get(j + 1) {
                let prior = j.checked_sub(1).map(|p| chars[p].1);
                if may_break(prior, c, next) {
                    soft = Some(j + 1);
                }
            }
        }
        let Some(over) = over else {
            break;
        };
        // Else a word longer than the line: as much of it as fits, at
        // least one character, and never a joined sequence split.
        let mut next = soft.unwrap_or(over).max(start + 1);
        while soft.is_none()
            && next > start + 1
            && next < chars.len()
            && (chars[next].2 == 0.0 || chars[next - 1].1 == '\u{200D}')
        {
            next -= 1;
        }
        starts.push(chars.get(next).map_or(text.len(), |&(at, _, _)| at));
        start = next;
    }
    starts
}

/// Whether `text` fits on one line of `width`, measured as [`starts`]
/// measures its first line (most names do: they cost no allocation).
fn fits_on_one(text: &str, width: f32, advance: &mut dyn FnMut(char) -> f32) -> bool {
    let mut x = 0.0;
    for c in text.chars().skip_while(|&c| is_space(c)) {
        x += advance(c);
        if x > width && !is_space(c) {
            return false;
        }
    }
    true
}

/// How many lines `text` takes at `width`, `advance` giving each
/// character's width: at most `most`.
pub fn line_count(
    text: &str,
    width: f32,
    most: usize,
    advance: &mut dyn FnMut(char) -> f32,
) -> usize {
    if fits_on_one(text, width, advance) {
        return 1;
    }
    starts(text, width, most.max(1), advance).len()
}

/// `text` on at most `most` lines of `width`, `advance` giving each
/// character's width: broken as the module says, white space at the ends
/// of lines left out; where it needs more lines, the last is cut with "…"
/// to fit.
pub fn lines(
    text: &str,
    width: f32,
    most: usize,
    advance: &mut dyn FnMut(char) -> f32,
) -> Vec<String> {
    if fits_on_one(text, width, advance) {
        return vec![text.trim().to_owned()];
    }
    let most = most.max(1);
    let starts = starts(text, width, most + 1, advance);
    let piece = |k: usize| {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        text[starts[k]..end].trim().to_owned()
    };
    if starts.len() <= most {
        return (0..starts.len()).map(piece).collect();
    }
    let mut out: Vec<String> = (0..most - 1).map(piece).collect();
    out.push(cut(text[starts[most - 1]..].trim(), width, advance));
    out
}

/// `text` cut with "…" to fit `width` (it does not fit whole).
fn cut(text: &str, width: f32, advance: &mut dyn FnMut(char) -> f32) -> String {
    let ellipsis = advance('…');
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let w = advance(c);
        if used + w + ellipsis > width {
            break;
        }
        used += w;
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// `text` in type `size` on at most `most` lines of `width`, as
/// [`lines`] breaks it with the estimated measure: the lines the canvas and
/// the exports draw on a card, the ones the geometry counted.
pub fn estimated_lines(text: &str, size: f32, width: f32, most: usize) -> Vec<String> {
    lines(
        text,
        width,
        most,
        &mut advance_of(&super::estimated_measure, size),
    )
}

/// Each character's width at `size`, by `measure`.
pub fn advance_of(measure: &dyn Measure, size: f32) -> impl FnMut(char) -> f32 + '_ {
    move |c| measure.text_width(c.encode_utf8(&mut [0; 4]), size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::estimated_measure;

    /// One point per character: easy to reason about.
    fn unit(_: char) -> f32 {
        1.0
    }

    fn at(text: &str, width: f32, most: usize) -> Vec<String> {
        lines(text, width, most, &mut unit)
    }

    #[test]
    fn lines_break_after_spaces_hyphens_and_slashes_at_the_last_place_that_fits() {
        assert_eq!(at("short", 10.0, 4), ["short"]);
        assert_eq!(at("one two three", 8.0, 4), ["one two", "three"]);
        // White space hangs at the end of a line: "one two " is 8 wide.
        assert_eq!(at("one two three", 7.0, 4), ["one two", "three"]);
        assert_eq!(
            at("Mitarbeiter-Arbeitsplätze", 14.0, 4),
            ["Mitarbeiter-", "Arbeitsplätze"]
        );
        assert_eq!(at("Ein/Ausgang", 7.0, 4), ["Ein/", "Ausgang"]);
        // Not after a hyphen that starts a number or stands alone.
        assert_eq!(at("a -5 b", 3.0, 4), ["a", "-5", "b"]);
        // A word longer than the line breaks inside it.
        assert_eq!(at("abcdefghij", 4.0, 4), ["abcd", "efgh", "ij"]);
        // More than `most` lines: the last is cut with "…".
        assert_eq!(at("aa bb cc dd ee", 2.0, 3), ["aa", "bb", "c…"]);
        assert_eq!(line_count("aa bb cc dd ee", 2.0, 4, &mut unit), 4);
        assert_eq!(line_count("aa bb cc dd ee", 2.0, 9, &mut unit), 5);
        // No-break spaces hold words together.
        assert_eq!(at("a\u{A0}b c", 3.0, 4), ["a\u{A0}b", "c"]);
    }

    #[test]
    fn chinese_and_japanese_break_between_characters_but_not_before_closers() {
        let cjk = |c: char| {
            if is_cjk(c) || c > '\u{2000}' {
                2.0
            } else {
                1.0
            }
        };
        let broken = lines("会員アプリ（ポイント・クーポン）", 20.0, 4, &mut { cjk });
        assert_eq!(broken, ["会員アプリ（ポイン", "ト・クーポン）"]);
        // Never a line starting with a small kana or ending with an
        // opening bracket.
        for width in 3..12 {
            for line in lines("ショップ（店舗）", width as f32 * 2.0, 8, &mut {
                cjk
            }) {
                assert!(!line.starts_with(['ョ', 'ッ', '）']), "{line}");
                assert!(!line.ends_with('（') || line == "（", "{line}");
            }
        }
    }

    #[test]
    fn the_lines_drawn_are_the_lines_counted_and_make_the_whole_name() {
        let names = [
            "Lagerverwaltungssystem (WMS) Betrieb",
            "Mitarbeiter-Arbeitsplätze (Notebooks, Drucker)",
            "Kundenportal Sendungsverfolgung",
            "Robotik & Fördertechnik-Steuerung",
            "KI-Pilot Dokumentenerkennung",
            "Lieferanten-Onboarding",
            "  spaced   out  words ",
            "会員アプリ（ポイント・クーポン）の在庫管理システム",
            "أنظمة المتاجر والمستودعات – الشرق الأوسط",
            "Launch 🚀 of the new 👩‍💻 programme",
            "",
        ];
        for name in names {
            for width in [12.0, 30.0, 60.0, 100.0, 150.0, 171.75, 400.0] {
                let advance = &mut advance_of(&estimated_measure, 14.0);
                let counted = line_count(name, width, 99, advance);
                let drawn = estimated_lines(name, 14.0, width, 99);
                assert_eq!(counted, drawn.len(), "{name} at {width}: {drawn:?}");
                // Each line the next piece of the name, only white space
                // between them.
                let mut rest = name;
                for line in &drawn {
                    rest = rest
                        .trim_start()
                        .strip_prefix(line.as_str())
                        .unwrap_or_else(|| panic!("{name} at {width}: {drawn:?}"));
                }
                assert!(rest.trim().is_empty(), "{name} at {width}: {drawn:?}");
                // A line wider than its room only where one character is.
                for line in &drawn {
                    let w = estimated_measure(line, 14.0);
                    assert!(
                        w <= width + 0.01 || line.chars().count() == 1,
                        "{line} at {width}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_wider_measure_never_gives_fewer_lines() {
        let names = [
            "Lagerverwaltungssystem (WMS) Betrieb",
            "Mitarbeiter-Arbeitsplätze (Notebooks, Drucker)",
            "Robotik & Fördertechnik-Steuerung",
            "在庫管理システムの更新と店舗システム（全店共通）",
        ];
        for name in names {
            for width in [40.0, 90.0, 150.0, 174.0] {
                let wide = line_count(name, width, 9, &mut advance_of(&estimated_measure, 14.0));
                let narrow = line_count(name, width, 9, &mut |c| {
                    0.9 * estimated_measure(c.encode_utf8(&mut [0; 4]), 14.0)
                });
                assert!(narrow <= wide, "{name} at {width}");
            }
        }
    }
}
