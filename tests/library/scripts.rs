//! Names in every script a client abroad uses: Japanese, Chinese, Korean,
//! Arabic, Hebrew and emoji are drawn with the shipped fonts in the SVG,
//! PNG and PDF (no glyph missing), right-to-left names in the right order,
//! the PDF's text reads back as the names, and two exports are the same
//! bytes; non-characters (U+FFFE, U+FFFF…) are refused wherever a design
//! comes in, so no export can meet one.

use remit::export::{self, Format, Options, font};
use remit::model::{Design, Edit, Responsibility, ResponsibilityId};
use remit::templates::default_design;
use resvg::usvg;

use crate::export::squeezed;

/// Names in the scripts a client abroad writes them in.
const JAPANESE: &str = "店舗システム（全店共通）";
const CHINESE: &str = "信息安全";
const ARABIC: &str = "أنظمة المتاجر – الشرق الأوسط";
const MIXED: &str = "فريق IT";
const HEBREW: &str = "מערכות מידע";
const EMOJI: &str = "Launch 🚀";
const KOREAN_TITLE: &str = "영업본부장";

/// The default design with a Korean title and cards named in each script.
fn worldwide() -> Design {
    let mut design = default_design();
    design.executives[0].full_title = KOREAN_TITLE.into();
    let owner = design.executives[1].id.clone();
    for (k, name) in [
        JAPANESE,
        CHINESE,
        ARABIC,
        MIXED,
        HEBREW,
        EMOJI,
        "\u{2067}فريق IT\u{2069}",
    ]
    .into_iter()
    .enumerate()
    {
        design.responsibilities.push(
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
    remit::model::rules::validate(&design).expect("valid");
    design
}

/// Every glyph of every text in `group`, depth first.
fn glyphs(group: &usvg::Group, out: &mut Vec<usvg::layout::PositionedGlyph>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => glyphs(g, out),
            usvg::Node::Text(text) => {
                for span in text.layouted() {
                    out.extend(span.positioned_glyphs.iter().cloned());
                }
            }
            _ => {}
        }
    }
}

/// The glyphs of every text in the SVG of `design`'s chart, as the
/// exports' renderer lays them out, and its font database.
fn laid_out(design: &Design) -> (Vec<usvg::layout::PositionedGlyph>, usvg::Tree) {
    let tree = font::parse(&export::svg::chart(design)).unwrap();
    let mut all = Vec::new();
    glyphs(tree.root(), &mut all);
    (all, tree)
}

#[test]
fn every_name_is_drawn_with_a_shipped_glyph_none_missing() {
    let design = worldwide();
    let (glyphs, tree) = laid_out(&design);
    let missing: Vec<&str> = glyphs
        .iter()
        .filter(|g| g.id.0 == 0)
        .map(|g| g.text.as_str())
        .collect();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
    // Each script's letters come from its own font.
    let family_of = |c: char| {
        let glyph = glyphs
            .iter()
            .find(|g| g.text.contains(c))
            .unwrap_or_else(|| panic!("{c} is not drawn"));
        let face = tree.fontdb().face(glyph.font).unwrap();
        face.families[0].0.clone()
    };
    assert!(family_of('店').starts_with("Noto Sans CJK JP"));
    assert!(family_of('영').starts_with("Noto Sans CJK JP"));
    assert_eq!(family_of('ظ'), "Noto Sans Arabic");
    assert_eq!(family_of('מ'), "Noto Sans Hebrew");
    assert_eq!(family_of('🚀'), "Noto Emoji");
    assert!(family_of('L').starts_with("Ubuntu"));
}

#[test]
fn right_to_left_names_are_drawn_in_reading_order() {
    let design = worldwide();
    let (glyphs, _) = laid_out(&design);
    // The glyphs drawing the letters of `word`, by their left edges.
    let lefts = |word: &str| -> Vec<f32> {
        glyphs
            .iter()
            .filter(|g| g.text.chars().all(|c| word.contains(c)) && !g.text.trim().is_empty())
            .map(|g| g.transform().tx)
            .collect()
    };
    // "מערכות מידע": the first word right of the second (by the letters
    // only one of them has).
    let first = lefts("רכות");
    let second = lefts("יד");
    assert!(!first.is_empty() && !second.is_empty());
    let min = |xs: &[f32]| xs.iter().copied().fold(f32::INFINITY, f32::min);
    let max = |xs: &[f32]| xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    assert!(min(&first) > max(&second), "{first:?} {second:?}");
    // An Arabic word is joined: the lam-alef of "الأوسط" is one glyph.
    assert!(glyphs.iter().any(|g| g.text == "لأ"), "no lam-alef ligature");
}

#[test]
fn the_svg_names_the_fallback_fonts() {
    let svg = export::svg::chart(&worldwide());
    assert!(
        svg.contains(
            "font-family=\"Ubuntu, 'Noto Sans CJK JP', 'Noto Sans Arabic', \
             'Noto Sans Hebrew', 'Noto Emoji', sans-serif\""
        ),
        "{}",
        &svg[..300]
    );
    // Each name is text in it, word for word (a long one on two lines).
    for name in [
        JAPANESE,
        CHINESE,
        ARABIC,
        MIXED,
        HEBREW,
        EMOJI,
        KOREAN_TITLE,
    ] {
        for word in name.split_whitespace() {
            assert!(svg.contains(word), "{word} of {name}");
        }
    }
}

#[test]
fn png_and_pdf_of_names_in_every_script_are_the_same_bytes_twice() {
    let design = worldwide();
    for format in [Format::Png, Format::Pdf, Format::Svg] {
        let once = export::render(&design, format, &Options::default()).unwrap();
        let twice = export::render(&worldwide(), format, &Options::default()).unwrap();
        assert!(once == twice, "{format:?} differs");
    }
}

#[test]
fn the_pdf_text_reads_back_the_names() {
    let design = worldwide();
    let bytes = export::render(&design, Format::Pdf, &Options::default()).unwrap();
    let text = squeezed(&pdf_extract::extract_text_from_mem(&bytes).unwrap());
    for name in [JAPANESE, CHINESE, EMOJI, KOREAN_TITLE] {
        assert!(text.contains(&squeezed(name)), "{name} not in the PDF text");
    }
    // Right-to-left text is stored as it is drawn, right to left: a reader
    // that knows the script (poppler's pdftotext) puts it back in reading
    // order; pdf-extract gives the letters in the order drawn.
    for name in [HEBREW, "فريق"] {
        let drawn: String = squeezed(name).chars().rev().collect();
        assert!(text.contains(&drawn), "{name} not in the PDF text");
    }
}

/// The default design's text with `name` as the PMO card's name, written
/// as it is in the file (a character or an escape), and where the field
/// is written (line, column).
fn with_pmo_named(name: &str) -> (String, (usize, usize)) {
    let text = remit::file::to_text(&default_design()).unwrap();
    let old = "name: \"PMO\"";
    let at = text.find(old).expect("the PMO card");
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
    (
        text.replacen(old, &format!("name: \"{name}\""), 1),
        (line, column),
    )
}

#[test]
fn a_file_holding_a_noncharacter_is_refused_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    for (written, code) in [
        ("PM\u{FFFE}O", "U+FFFE"),
        ("PM\\u{FFFF}O", "U+FFFF"),
        ("PM\u{FDD0}O", "U+FDD0"),
        ("PM\u{10FFFF}O", "U+10FFFF"),
    ] {
        let (text, (line, column)) = with_pmo_named(written);
        let path = dir.path().join("kaito.ron");
        std::fs::write(&path, &text).unwrap();
        let e = remit::file::load(&path).unwrap_err();
        let message = e.to_string();
        let place = format!("kaito.ron:{line}:{column}: responsibility \"pmo\": its name");
        assert!(message.contains(&place), "{message}");
        assert!(message.contains(&format!("contains {code}, which is not a character")));
    }
}

#[test]
fn no_export_can_meet_a_noncharacter() {
    let dir = tempfile::tempdir().unwrap();
    let (text, (line, _)) = with_pmo_named("PM\u{FFFF}O");
    std::fs::write(dir.path().join("bad.ron"), text).unwrap();
    // The command line refuses the file and writes nothing.
    for format in ["svg", "png", "pdf"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_remit"))
            .args(["export", "bad.ron", "--format", format])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(message.contains(&format!("bad.ron:{line}:")), "{message}");
        assert!(message.contains("U+FFFF"), "{message}");
        assert!(!dir.path().join(format!("bad.{format}")).exists());
    }
    // An edit in the window is refused, the design left as it was.
    let mut design = default_design();
    let before = design.clone();
    let e = design
        .apply(Edit::SetName(
            ResponsibilityId("pmo".into()),
            "P\u{FFFE}".into(),
        ))
        .unwrap_err();
    assert!(
        e.to_string().contains("U+FFFE, which is not a character"),
        "{e}"
    );
    assert_eq!(design, before);
    // So is a spreadsheet row.
    let preview = remit::import::preview("name\nPM\u{FFFF}O\n", &design);
    assert!(preview.rows.is_empty());
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 2);
    assert!(
        preview.errors[0].why.contains("U+FFFF"),
        "{:?}",
        preview.errors[0]
    );
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

/// Every text of `group` with its box as the renderer lays it out.
fn text_boxes(group: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => text_boxes(g, out),
            usvg::Node::Text(text) => {
                let content: String = text.chunks().iter().map(|c| c.text()).collect();
                out.push((content, text.bounding_box()));
            }
            _ => {}
        }
    }
}

#[test]
fn japanese_names_fit_their_cards_in_the_svg() {
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
    let svg = export::svg::chart(&design);
    let mut boxes = Vec::new();
    text_boxes(font::parse(&svg).unwrap().root(), &mut boxes);
    let doc = usvg::roxmltree::Document::parse(&svg).unwrap();
    let size_width = remit::chart::estimated_measure("12", 13.0);
    for name in KAITO {
        let card = doc
            .descendants()
            .find(|n| {
                n.attribute("class") == Some("card")
                    && n.children()
                        .any(|t| t.has_tag_name("title") && t.text() == Some(name))
            })
            .unwrap_or_else(|| panic!("no card for {name}"));
        let rect = card.children().find(|n| n.has_tag_name("rect")).unwrap();
        let number = |a: &str| rect.attribute(a).unwrap().parse::<f32>().unwrap();
        let room_right = number("x") + number("width") - 10.0 - size_width - 8.0;
        let lines: Vec<&str> = card
            .children()
            .filter(|n| n.attribute("class") == Some("name"))
            .filter_map(|n| n.text())
            .collect();
        // Whole (broken between characters where it takes two lines).
        assert_eq!(lines.concat(), name, "cut in the SVG");
        for line in lines {
            let (_, drawn) = boxes
                .iter()
                .find(|(text, _)| text == line)
                .unwrap_or_else(|| panic!("{line} is not drawn"));
            assert!(
                drawn.right() <= room_right + 0.5,
                "{line} runs past its room"
            );
        }
    }
}
