//! The building blocks of Remit's SVG: colours, escaping, numbers, text cut
//! to fit (measured in the shipped fonts, [`super::glyphs`]), and the
//! `<text>` (with its width, for viewers with other fonts) and `<rect>`
//! elements. The chart ([`super::svg`]) and the
//! handout's pages ([`super::pages`]) are written with them.

use std::fmt::Write as _;

use super::glyphs::width as measure;
use crate::chart::Rect;
use crate::chart::look;
use crate::model::{Facing, Rgb};

/// Main text.
pub const TEXT: &str = "#1f2328";
/// Secondary text.
pub const WEAK: &str = "#5f6670";
/// Lines between boxes.
pub const LINE: &str = "#6b7280";

/// The opening tag of an SVG document `w` × `h` points showing the area
/// from (`x`, `y`), its text in the shipped font.
pub fn svg_open(x: f32, y: f32, w: f32, h: f32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="{x} {y} {w} {h}" font-family="{family}, sans-serif">"#,
        x = num(x),
        y = num(y),
        w = num(w),
        h = num(h),
        family = super::font::FAMILY,
    )
}

/// Text safe inside an XML element or attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 has no place for other control characters.
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate, briefly: `12`, `12.5`, `12.25`.
pub fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// `#rrggbb`.
pub fn hex(rgb: Rgb) -> String {
    rgb.to_hex()
}

/// `text` cut with "…" to fit `width` points at `size`, measured in the
/// shipped fonts.
pub fn fit(text: &str, size: f32, width: f32) -> String {
    if measure(text, size) <= width {
        return text.to_owned();
    }
    let ellipsis = measure("…", size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let w = measure(c.encode_utf8(&mut [0; 4]), size);
        if used + w + ellipsis > width {
            break;
        }
        used += w;
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// `name · rest` in `width` points at `size`: where it is too long, the
/// name is cut with "…" and `rest` (a page number, which part of the
/// chart) is kept whole.
pub fn labelled(name: &str, rest: &str, size: f32, width: f32) -> String {
    let whole = format!("{name} · {rest}");
    if measure(&whole, size) <= width {
        return whole;
    }
    let tail = format!(" · {rest}");
    let room = width - measure(&tail, size);
    if room < measure("M…", size) {
        return fit(rest, size, width);
    }
    format!("{}{tail}", fit(name, size, room))
}

/// `text` on at most `most` lines of `width` points at `size`: broken
/// where the chart's geometry broke it when it counted a card's lines
/// ([`crate::chart::wrap`]: between words, after a hyphen or a slash,
/// between Chinese and Japanese characters, inside a word longer than a
/// line), the last line cut with "…" if the text needs more.
pub fn lines(text: &str, size: f32, width: f32, most: usize) -> Vec<String> {
    crate::chart::wrap::estimated_lines(text, size, width, most)
}

/// A `<text>` element, with its width in the shipped fonts as its
/// `textLength`: a viewer that draws it in another font (one without
/// Ubuntu, say) squeezes or stretches it to that width, so that it stays
/// where Remit put it (inside its card) rather than running out.
pub fn text(out: &mut String, x: f32, y: f32, size: f32, fill: &str, extra: &str, content: &str) {
    let length = if content.contains(['\n', '\t']) {
        super::glyphs::width(&content.replace(['\n', '\t'], " "), size)
    } else {
        super::glyphs::width(content, size)
    };
    let fitted = if length > 0.0 {
        format!(
            r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
            num(length)
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" fill="{fill}"{extra}{fitted}>{}</text>"#,
        num(x),
        num(y),
        num(size),
        escape(content)
    );
}

/// A rectangle.
pub fn rect(out: &mut String, r: Rect, radius: f32, attributes: &str) {
    let _ = writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" {attributes}/>"#,
        num(r.x),
        num(r.y),
        num(r.w),
        num(r.h),
        num(radius)
    );
}

/// The colour (as `#rrggbb`) and letters of a facing mark, as the window
/// draws it ([`look::facing_mark`]).
pub fn facing_mark(facing: Facing) -> (String, &'static str) {
    let (rgb, letters) = look::facing_mark(facing);
    (hex(rgb), letters)
}

/// `n` with its thousands grouped: "3,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 item", "3,000 items".
pub fn grouped(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// "1 responsibility", "3,000 responsibilities".
pub fn grouped_count(n: usize) -> String {
    grouped(n, "responsibility", "responsibilities")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_fitted() {
        assert_eq!(escape("R&D <x> \"q\""), "R&amp;D &lt;x&gt; &quot;q&quot;");
        assert_eq!(escape("a\u{1b}b"), "a\u{fffd}b");
        assert_eq!(fit("short", 14.0, 200.0), "short");
        let cut = fit("a very long name that will not fit at all", 14.0, 80.0);
        assert!(cut.ends_with('…') && measure(&cut, 14.0) <= 80.0, "{cut}");
        let two = |text: &str, width: f32| lines(text, 14.0, width, 2);
        assert_eq!(
            two("Technology partnerships and client engagement", 150.0).len(),
            2
        );
        // Japanese breaks between characters, but not before a middle dot,
        // a closing bracket or a small kana.
        assert_eq!(
            two("会員アプリ（ポイント・クーポン）", 150.0),
            ["会員アプリ（ポイン", "ト・クーポン）"]
        );
        assert_eq!(
            two("在庫管理システムの更新", 100.0),
            ["在庫管理システ", "ムの更新"]
        );
        assert_eq!(two("ショップ", 45.0), ["ショッ", "プ"]);
        assert_ne!(
            two("ショップ", 30.0),
            ["シ", "ョップ"],
            "before a small kana"
        );
        // A word longer than a line breaks inside it.
        let word = two("Lagerverwaltungssystemadministration", 150.0);
        assert_eq!(word.concat(), "Lagerverwaltungssystemadministration");
        assert!(word.iter().all(|l| measure(l, 14.0) <= 150.0), "{word:?}");
        // Three and four lines, and beyond the most, the last cut.
        let name = "Mitarbeiter-Arbeitsplätze (Notebooks, Drucker)";
        let three = lines(name, 14.0, 120.0, 4);
        assert_eq!(
            three,
            ["Mitarbeiter-", "Arbeitsplätze", "(Notebooks,", "Drucker)"]
        );
        let long = "Lagerverwaltungssystem (WMS) Betrieb und Wartung aller Standorte";
        let four = lines(long, 14.0, 100.0, 4);
        assert_eq!(four.len(), 4);
        assert!(four[3].ends_with('…'), "{four:?}");
        assert!(four.iter().all(|l| measure(l, 14.0) <= 100.0), "{four:?}");
        assert!(!four[..3].concat().contains('…'));
        let label = labelled(&"Long name ".repeat(40), "page 12 of 300", 8.0, 300.0);
        assert!(label.ends_with("… · page 12 of 300"), "{label}");
        assert!(measure(&label, 8.0) <= 300.0, "{label}");
        assert_eq!(
            labelled("Acme", "page 1 of 2", 8.0, 300.0),
            "Acme · page 1 of 2"
        );
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
    }
}
