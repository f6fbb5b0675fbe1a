//! Names in every script through the real window: the fonts the designer
//! sets up draw Korean, Japanese, Chinese, Arabic and Hebrew names and
//! emoji (no empty boxes), and right-to-left names are painted in the
//! order they are read: an Arabic name's first word rightmost, the Latin
//! part of an Arabic name on its left, a long one broken into lines in
//! reading order.

use crate::common;

use egui::epaint::{Galley, Shape};
use egui::{FontFamily, FontId};
use egui_kittest::Harness;
use remit::app::{AppOptions, RemitApp};
use remit::model::{Responsibility, ResponsibilityId};
use remit::templates::default_design;

const KOREAN_TITLE: &str = "영업본부장";
const JAPANESE: &str = "店舗システム（全店共通）";
const CHINESE: &str = "信息安全";
const HEBREW: &str = "מערכות מידע";
const EMOJI: &str = "Launch 🚀";
/// Two Arabic words with no letter in common: "support team".
const TWO_WORDS: &str = "دعم فريق";
const MIXED: &str = "فريق IT";
/// Long enough to take three lines on a card.
const LONG: &str = "أنظمة المتاجر والمستودعات – الشرق الأوسط وشمال أفريقيا";

/// The designer on a design with a Korean title and a card named in each
/// script, settled, and the design's file folder.
fn worldwide() -> (Harness<'static, RemitApp>, tempfile::TempDir) {
    let mut design = default_design();
    design.executives[0].full_title = KOREAN_TITLE.into();
    let owner = design.executives[1].id.clone();
    for (k, name) in [JAPANESE, CHINESE, HEBREW, EMOJI, TWO_WORDS, MIXED, LONG]
        .into_iter()
        .enumerate()
    {
        design.responsibilities.insert(
            k,
            Responsibility {
                id: ResponsibilityId(format!("script-{k}")),
                name: name.into(),
                external_share: 0.5,
                size: 1.0,
                owner: Some(owner.clone()),
                ..Responsibility::default()
            }
            .into(),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("worldwide.ron");
    remit::file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    (h, dir)
}

/// Every galley the last frame painted.
fn galleys(h: &Harness<'_, RemitApp>) -> Vec<std::sync::Arc<Galley>> {
    fn flatten(shape: &Shape, out: &mut Vec<std::sync::Arc<Galley>>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| flatten(s, out)),
            Shape::Text(t) => out.push(t.galley.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        flatten(&clipped.shape, &mut out);
    }
    out
}

/// The painted galley holding every letter of `name` (in whatever order).
fn galley_of(h: &Harness<'_, RemitApp>, name: &str) -> std::sync::Arc<Galley> {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    galleys(h)
        .into_iter()
        .filter(|g| letters.iter().all(|c| g.job.text.contains(*c)))
        .min_by_key(|g| g.job.text.len())
        .unwrap_or_else(|| panic!("no text painted with the letters of {name:?}"))
}

/// Each glyph of `galley` that takes room, with its row and its left edge
/// (egui adds glyphs of no width for the characters of a cluster the
/// shaper drew as one).
fn placed(galley: &Galley) -> Vec<(usize, f32, char)> {
    galley
        .rows
        .iter()
        .enumerate()
        .flat_map(|(n, row)| {
            row.row
                .glyphs
                .iter()
                .filter(|g| g.advance_width > 0.0)
                .map(move |g| (n, row.pos.x + g.pos.x, g.chr))
        })
        .collect()
}

/// The left edges of the glyphs of `galley` drawing letters of `word`, on
/// row `row`.
fn lefts(galley: &Galley, row: usize, word: &str) -> Vec<f32> {
    placed(galley)
        .into_iter()
        .filter(|(n, _, c)| *n == row && word.contains(*c) && c.is_alphabetic())
        .map(|(_, x, _)| x)
        .collect()
}

fn max(xs: &[f32]) -> f32 {
    xs.iter().copied().fold(f32::NEG_INFINITY, f32::max)
}

fn min(xs: &[f32]) -> f32 {
    xs.iter().copied().fold(f32::INFINITY, f32::min)
}

#[test]
fn the_window_has_glyphs_for_every_script_and_emoji() {
    let (h, _dir) = worldwide();
    for name in [KOREAN_TITLE, JAPANESE, CHINESE, HEBREW, EMOJI, MIXED, LONG] {
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let font = FontId::new(14.0, family.clone());
            let missing: Vec<char> = name
                .chars()
                .filter(|&c| !h.ctx.fonts_mut(|f| f.has_glyph(&font, c)))
                .collect();
            assert!(missing.is_empty(), "{family:?} lacks {missing:?} of {name}");
        }
    }
    // What the chart painted: the Korean title and the Japanese card name
    // are laid out with real glyphs, none of them the empty box.
    for name in [KOREAN_TITLE, JAPANESE] {
        let galley = galley_of(&h, name);
        for row in &galley.rows {
            for glyph in &row.row.glyphs {
                assert!(glyph.advance_width > 0.0, "{:?} in {name}", glyph.chr);
            }
        }
    }
}

#[test]
fn an_arabic_name_is_painted_first_word_rightmost() {
    let (h, _dir) = worldwide();
    let galley = galley_of(&h, TWO_WORDS);
    let (first, second) = TWO_WORDS.split_once(' ').unwrap();
    let first = lefts(&galley, 0, first);
    let second = lefts(&galley, 0, second);
    assert_eq!((first.len(), second.len()), (3, 4), "{:?}", placed(&galley));
    assert!(
        min(&first) > max(&second),
        "the first word is not right of the second: {first:?} {second:?}"
    );
}

#[test]
fn latin_in_an_arabic_name_is_painted_on_its_left() {
    let (h, _dir) = worldwide();
    let galley = galley_of(&h, MIXED);
    let latin = lefts(&galley, 0, "IT");
    let arabic = lefts(&galley, 0, "فريق");
    assert_eq!((latin.len(), arabic.len()), (2, 4), "{:?}", placed(&galley));
    assert!(max(&latin) < min(&arabic), "{latin:?} {arabic:?}");
    // "I" then "T", left to right.
    assert!(latin[0] < latin[1]);
}

#[test]
fn a_long_arabic_name_breaks_into_lines_in_reading_order() {
    let (h, _dir) = worldwide();
    let galley = galley_of(&h, "أنظمة");
    assert_eq!(galley.rows.len(), 3, "{:?}", placed(&galley));
    // Letters only the first word has (ن ظ ة), and only the last (ي).
    let first = lefts(&galley, 0, "نظة");
    assert_eq!(first.len(), 3, "{:?}", placed(&galley));
    // The first word opens the first line: rightmost on it.
    let others: Vec<f32> = placed(&galley)
        .into_iter()
        .filter(|&(n, _, c)| n == 0 && c.is_alphabetic() && !"أنظمة".contains(c))
        .map(|(_, x, _)| x)
        .collect();
    assert!(
        !others.is_empty() && min(&first) > max(&others),
        "{:?}",
        placed(&galley)
    );
    // Nothing of it on the second line, and nothing of the last words on
    // the first.
    assert!(lefts(&galley, 1, "نظة").is_empty());
    assert!(lefts(&galley, 0, "ي").is_empty(), "{:?}", placed(&galley));
}

/// The Japanese card names of a client's design.
const KAITO: [&str; 6] = [
    "店舗システム（全店共通）",
    "POS端末・レジ",
    "在庫管理（店舗・倉庫）",
    "会員アプリ（ポイント・クーポン）",
    "社内ヘルプデスク",
    "デジタルサイネージ",
];

#[test]
fn the_chart_estimate_of_text_is_close_to_the_fonts_in_every_script() {
    let (h, _dir) = worldwide();
    let names = [
        KOREAN_TITLE,
        CHINESE,
        HEBREW,
        EMOJI,
        TWO_WORDS,
        MIXED,
        LONG,
        "ｶﾀｶﾅ",
        "Привет мир",
        "Sécurité",
    ];
    for name in KAITO.iter().chain(&names) {
        let real = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                (*name).to_owned(),
                FontId::proportional(14.0),
                egui::Color32::WHITE,
            )
            .size()
            .x
        });
        let estimate = remit::chart::estimated_measure(name, 14.0);
        // On the wide side (a name it says fits does), by at most a fifth.
        assert!(
            real <= estimate * 1.02,
            "{name}: {real} drawn, {estimate} estimated"
        );
        assert!(
            estimate <= real * 1.2,
            "{name}: {real} drawn, {estimate} estimated"
        );
    }
}

#[test]
fn japanese_names_fit_their_cards_on_the_canvas() {
    let mut design = default_design();
    let owner = design.executives[0].id.clone();
    for (k, name) in KAITO.into_iter().enumerate() {
        design.responsibilities.insert(
            k,
            Responsibility {
                id: ResponsibilityId(format!("kaito-{k}")),
                name: name.into(),
                external_share: 0.5,
                size: 12.0,
                owner: Some(owner.clone()),
                ..Responsibility::default()
            }
            .into(),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaito.ron");
    remit::file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    for name in KAITO {
        let galley = galley_of(&h, name);
        let shown: String = galley
            .rows
            .iter()
            .flat_map(|row| row.row.glyphs.iter().map(|g| g.chr))
            .collect();
        assert_eq!(shown, name, "cut or broken on the canvas");
        // One line if the chart said one, two where it gave the card two.
        let room = remit::chart::geometry::name_room(
            12.0,
            &design.size_unit,
            &remit::chart::estimated_measure,
        );
        let lines = if remit::chart::estimated_measure(name, 14.0) <= room {
            1
        } else {
            2
        };
        assert_eq!(galley.rows.len(), lines, "{name}");
    }
}
