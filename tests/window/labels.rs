//! UI tests: every number on screen says what it is. A card's size and a
//! box's total carry the design's size unit ("29 FTE"), the roles an
//! executive holds on others' items are in words, and the legend names the
//! three facing marks (INT, MIX and EXT) with their colours.

use crate::common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::RemitApp;
use remit::file;
use remit::model::Design;
use remit::templates::default_design;

/// Every text painted in the last frame.
fn painted(h: &Harness<'_, RemitApp>) -> Vec<String> {
    fn walk(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

fn window_on(design: &Design) -> (tempfile::TempDir, Harness<'static, RemitApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("design.ron");
    file::save(design, &path).unwrap();
    (dir, common::started(Some(path)))
}

#[test]
fn sizes_on_cards_and_boxes_carry_the_size_unit() {
    let mut design = default_design();
    design.size_unit = "headcount (FTE)".into();
    let (_dir, h) = window_on(&design);
    let texts = painted(&h);
    // Each card in view writes its size with the unit, short.
    let infrastructure = design
        .responsibilities
        .iter()
        .find(|r| r.name == "Infrastructure")
        .unwrap();
    let figure = format!("{} FTE", remit::model::format::size(infrastructure.size));
    assert!(texts.contains(&figure), "no card says {figure:?}");
    // No bare number is painted on the chart: every text that starts with
    // a digit goes on with a word.
    for text in &texts {
        if text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            assert!(
                text.contains(' ') || text.ends_with('%'),
                "a bare number on screen: {text:?}"
            );
        }
    }
    // The box header: count, size with its unit, share.
    assert!(
        texts
            .iter()
            .any(|t| t.contains(" items · ") && t.contains(" FTE · ")),
        "no header says its size in FTE"
    );
}

#[test]
fn the_legend_names_int_mix_and_ext() {
    let h = common::started(None);
    for (letters, words) in [
        ("INT", "Internal-facing"),
        ("MIX", "Mixed"),
        ("EXT", "External-facing"),
    ] {
        h.get_by_label_contains(&format!("{letters}: {words}"));
    }
    let texts = painted(&h);
    for letters in ["INT", "MIX", "EXT"] {
        assert!(texts.iter().any(|t| t == letters), "{letters} not painted");
    }
    for word in ["internal", "mixed", "external"] {
        assert!(texts.iter().any(|t| t == word), "{word} not painted");
    }
}

#[test]
fn roles_on_others_items_are_counted_in_words() {
    let (_dir, h) = window_on(&(remit::templates::TEMPLATES[2].build)());
    let texts = painted(&h);
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("roles on others' items: ") || t == "no role on others' items"),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("(R ") || t.contains("· C ")),
        "letters and bare counts: {texts:?}"
    );
}
