//! Text on the chart through the real window: laid out at the size it is
//! seen (sharp at any zoom, not a stretched copy), painted above the boxes
//! it belongs to, and still covered by a box lying over another; a long
//! card name painted whole over several lines of its card.

use crate::common;

use egui::epaint::TextShape;
use egui::{Key, Modifiers, Pos2, Rect, Shape, vec2};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::{AppOptions, RemitApp};

fn harness() -> Harness<'static, RemitApp> {
    let mut h = common::window(AppOptions::default());
    h.run();
    h
}

/// What the last frame painted, in order, flattened.
fn painted(h: &Harness<'_, RemitApp>) -> Vec<Shape> {
    fn flatten(shape: &Shape, out: &mut Vec<Shape>) {
        if let Shape::Vec(shapes) = shape {
            for s in shapes {
                flatten(s, out);
            }
        } else {
            out.push(shape.clone());
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        flatten(&clipped.shape, &mut out);
    }
    out
}

/// Where the text that reads exactly `text`, painted inside `within`, is in
/// the paint order, and its shape.
fn text(shapes: &[Shape], text: &str, within: Rect) -> (usize, TextShape) {
    shapes
        .iter()
        .enumerate()
        .find_map(|(i, s)| match s {
            Shape::Text(t) if t.galley.job.text == text && within.contains(t.pos) => {
                Some((i, t.clone()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no text {text:?} painted in {within:?}"))
}

/// Where the rectangle that is the box of the executive at `index` is in
/// the paint order (the rectangle that has the box's place on screen).
fn box_shape(h: &Harness<'_, RemitApp>, shapes: &[Shape], index: usize) -> (usize, Rect) {
    let r = h.state().controller().derived().chart.boxes[index].rect;
    let min = h.state().chart_to_screen(Pos2::new(r.x, r.y)).unwrap();
    let max = h
        .state()
        .chart_to_screen(Pos2::new(r.x + r.w, r.y + r.h))
        .unwrap();
    let on_screen = Rect::from_min_max(min, max);
    shapes
        .iter()
        .enumerate()
        .find_map(|(i, s)| match s {
            Shape::Rect(rect)
                if (rect.rect.min - on_screen.min).length() < 1.0
                    && (rect.rect.max - on_screen.max).length() < 1.0 =>
            {
                Some((i, rect.rect))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no box painted at {on_screen:?}"))
}

/// The CIO box's title as painted in the last frame, checked to be laid
/// out at its 21 points on the chart times the zoom (within 3%).
fn cio_title_at_zoom(h: &Harness<'_, RemitApp>) -> TextShape {
    let zoom = h.state().chart_zoom().unwrap();
    let shapes = painted(h);
    let (_, cio) = box_shape(h, &shapes, 0);
    let (_, title) = text(&shapes, "CIO", cio);
    let size = title.galley.job.sections[0].format.font_id.size;
    assert!(
        (size / (21.0 * zoom) - 1.0).abs() < 0.03,
        "{size} at zoom {zoom}"
    );
    title
}

#[test]
fn box_titles_are_laid_out_at_the_size_they_are_seen() {
    let mut h = harness();
    let fitted = h.state().chart_zoom().unwrap();
    cio_title_at_zoom(&h);
    let header = h.get_by_label("CIO box").rect().center();
    for _ in 0..6 {
        h.hover_at(header);
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    let zoom = h.state().chart_zoom().unwrap();
    assert!(zoom > fitted * 1.5, "{fitted} → {zoom}");
    let title = cio_title_at_zoom(&h);
    // Its glyphs are the font's at that size, not the fitted ones stretched.
    let height = title.galley.size().y;
    assert!(
        height > 21.0 * zoom && height < 21.0 * zoom * 1.6,
        "{height}"
    );
}

#[test]
fn text_is_painted_above_its_box() {
    let h = harness();
    let shapes = painted(&h);
    let (frame, cio) = box_shape(&h, &shapes, 0);
    let (title, _) = text(&shapes, "CIO", cio);
    assert!(frame < title, "box at {frame}, its title at {title}");
}

#[test]
fn a_box_moved_over_another_covers_its_text() {
    let mut h = harness();
    // Drag the CTO box by its header onto the CIO box.
    let cio = h.get_by_label("CIO box").rect();
    let cto = h.get_by_label("CTO box").rect();
    common::drag(&mut h, cto.center(), cio.center() + vec2(20.0, 0.0));
    let shapes = painted(&h);
    let (_, cio) = box_shape(&h, &shapes, 0);
    let (cto_frame, cto) = box_shape(&h, &shapes, 1);
    assert!(cio.intersects(cto), "the boxes overlap");
    let (cio_title, _) = text(&shapes, "CIO", cio);
    let (cto_title, _) = text(&shapes, "CTO", cto);
    assert!(
        cio_title < cto_frame,
        "the CIO title ({cio_title}) is under the CTO box ({cto_frame})"
    );
    assert!(cto_frame < cto_title, "the CTO box has its own title on it");
}

/// Twelve executives in a tree under the CEO, two hundred cards, tidied.
fn twelve_by_two_hundred() -> remit::model::Design {
    use remit::model::{ExecutiveId, ReportsTo};
    let mut design = common::spread_design(12, 200);
    for (i, e) in design.executives.iter_mut().enumerate() {
        e.reports_to = if i < 2 {
            ReportsTo::Ceo
        } else {
            ReportsTo::Executive(ExecutiveId(format!("exec-{}", i % 2)))
        };
    }
    remit::chart::tidy::tidy_in_place(&mut design, &remit::chart::estimated_measure);
    design
}

#[test]
fn after_fit_at_1280_by_720_every_box_and_card_of_twelve_by_two_hundred_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twelve.ron");
    let design = twelve_by_two_hundred();
    remit::file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    let zoom = h.state().chart_zoom().unwrap();
    assert!(
        zoom < 0.55,
        "the whole chart is in view, zoomed out: {zoom}"
    );
    let shapes = painted(&h);
    let texts: Vec<&TextShape> = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text(t) => Some(t),
            _ => None,
        })
        .collect();
    for item in &design.responsibilities {
        let name = texts
            .iter()
            .find(|t| t.galley.job.text == item.name)
            .unwrap_or_else(|| panic!("{} is not written on the chart", item.name));
        let size = name.galley.job.sections[0].format.font_id.size;
        assert!(size >= 7.5, "{} is written {size} points high", item.name);
        let visible = Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 720.0));
        assert!(visible.contains(name.pos), "{} is off screen", item.name);
    }
    for executive in &design.executives {
        assert!(
            texts
                .iter()
                .any(|t| t.galley.job.text == executive.short_title),
            "{} has no title",
            executive.short_title
        );
    }
}

/// Whether `rows`, in order, are `name` with only white space left out
/// between them.
fn whole(rows: &[String], name: &str) -> bool {
    let mut rest = name;
    for row in rows {
        rest = rest.trim_start();
        match rest.strip_prefix(row.trim()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.trim().is_empty()
}

#[test]
fn a_long_name_is_painted_whole_on_its_card_over_several_lines() {
    use remit::model::Role;
    let name = "Lagerverwaltungssystem (WMS) Betrieb und Wartung";
    let mut design = remit::templates::default_design();
    let cio = design.executives[0].id.clone();
    let cto = design.executives[1].id.clone();
    let i = design
        .responsibilities
        .iter()
        .position(|r| r.owner.as_ref() == Some(&cio))
        .unwrap();
    // With a role: its chip takes a line of its own under the name.
    let item = &mut design.responsibilities[i];
    item.name = name.into();
    item.roles.clear();
    item.roles.insert(cto, Role::Consulted);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.ron");
    remit::file::save(&design, &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    let geometry = &h.state().controller().derived().chart.boxes[0];
    let k = geometry.cards.iter().position(|&c| c == i).unwrap();
    assert_eq!(geometry.lines[k], 4, "three lines of name and the chips");
    let card = geometry.card_rect(k);
    let screen = Rect::from_min_max(
        h.state()
            .chart_to_screen(Pos2::new(card.x, card.y))
            .unwrap(),
        h.state()
            .chart_to_screen(Pos2::new(card.right(), card.bottom()))
            .unwrap(),
    );
    let shapes = painted(&h);
    let painted_name = shapes
        .iter()
        .find_map(|s| match s {
            Shape::Text(t) if screen.contains(t.pos) && t.galley.job.text.contains("WMS") => {
                Some(t.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no name painted on the card at {screen:?}"));
    let rows: Vec<String> = painted_name
        .galley
        .rows
        .iter()
        .map(|row| row.row.glyphs.iter().map(|g| g.chr).collect())
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(whole(&rows, name), "{name} painted as {rows:?}");
    assert!(!rows.concat().contains('…'), "{rows:?}");
    // Every line inside the card, above its chip.
    let name_bottom = painted_name.pos.y + painted_name.galley.size().y;
    let (_, chip) = text(&shapes, "C CTO", screen);
    assert!(
        name_bottom <= chip.pos.y + 1.0,
        "{name_bottom} over the chip at {}",
        chip.pos.y
    );
    assert!(chip.pos.y + chip.galley.size().y <= screen.bottom());
}
