//! How wide text is on the chart, worked out the same way on every machine
//! (no fonts): the one measure the chart's geometry, the canvas's fitting
//! and the exports use.

/// Measures text: how wide `text` is at `size` points.
pub trait Measure {
    /// The width in points.
    fn text_width(&self, text: &str, size: f32) -> f32;
}

impl<F: Fn(&str, f32) -> f32> Measure for F {
    fn text_width(&self, text: &str, size: f32) -> f32 {
        self(text, size)
    }
}

/// A measure that needs no fonts: each character's width estimated from
/// its kind (narrow letters and punctuation, wide letters, capitals,
/// spaces, the letters of other scripts), erring on the wide side of the
/// fonts the window and the exports draw with, so that a name it says
/// fits on one line does. The chart's geometry is worked out with it
/// everywhere (window, templates, command line, exports), so it is the
/// same on every machine.
pub fn estimated_measure(text: &str, size: f32) -> f32 {
    text.chars().map(estimated_em).sum::<f32>() * size
}

/// How wide `c` is, in ems, on the wide side of the font that draws it.
fn estimated_em(c: char) -> f32 {
    use unicode_width::UnicodeWidthChar;
    match c {
        ' ' => 0.27,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.26,
        'f' | 't' | 'r' | '(' | ')' | '-' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.86,
        // The mark a name cut short ends with: an em in Ubuntu Light.
        '…' => 1.0,
        c if c.is_ascii_uppercase() => 0.64,
        c if c.is_ascii_digit() => 0.53,
        c if c.is_ascii() => 0.52,
        // Emoji: Noto Emoji's glyphs are 1.27 em wide.
        '\u{1F000}'..='\u{1FAFF}' => 1.3,
        // Marks, joiners and other characters of no width (Arabic and
        // Hebrew vowel marks among them).
        c if c.width() == Some(0) => 0.0,
        // Hebrew letters are about as wide as Latin lower case, joined
        // Arabic ones a little narrower (Noto Sans Hebrew and Arabic).
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => 0.56,
        '\u{0600}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => 0.52,
        // Accented Latin, Greek and Cyrillic (Ubuntu Light): small letters
        // like Latin ones, capitals as the widest.
        '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{04FF}' if !c.is_uppercase() => 0.6,
        // Half-width katakana and hangul: half an em.
        '\u{FF61}'..='\u{FFDC}' => 0.52,
        // East Asian wide and full-width characters (kanji, kana, hangul,
        // CJK punctuation): a full em in Noto Sans CJK.
        c if c.width() == Some(2) => 1.0,
        // Other scripts and symbols: as wide as a capital.
        _ => 0.7,
    }
}
