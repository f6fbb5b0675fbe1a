//! The gallery of reference models, in the real window: the first screen
//! on a first start (and only then), listing the five models; choosing one
//! and starting gives its design; *File → New from template…* and
//! Ctrl+Shift+N open it; Esc or Cancel close it and leave the design as it
//! was, not marked unsaved; the keyboard alone can choose and start; it
//! opens on the model closest to the design open, marked as such.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use remit::app::gallery::{CLOSEST, HEADING, START};
use remit::app::{AppOptions, Dialog, Pending, RemitApp};
use remit::templates::{TEMPLATES, default_design};

fn gallery_open(h: &Harness<'_, RemitApp>) -> bool {
    matches!(h.state().dialog(), Some(Dialog::Gallery { .. }))
}

#[track_caller]
fn assert_untouched_default(h: &Harness<'_, RemitApp>) {
    let state = h.state();
    assert_eq!(state.document().design(), &default_design());
    assert!(!state.document().is_dirty(), "marked unsaved");
    assert!(!state.document().can_undo(), "an undo step appeared");
    assert!(
        !state.window_title().ends_with('*'),
        "{}",
        state.window_title()
    );
}

#[test]
fn the_first_start_shows_the_gallery_over_the_default_design() {
    let h = common::first_start();
    assert!(gallery_open(&h), "{:?}", h.state().dialog());
    h.get_by_label(HEADING);
    for template in TEMPLATES {
        h.get_by_label(template.title);
    }
    assert_eq!(TEMPLATES.len(), 5);
    h.get_by_label(START);
    h.get_by_label_contains("Chart of “Traditional split");
    assert!(h.state().preferences().gallery_seen, "remembered as seen");
    assert_untouched_default(&h);
}

#[test]
fn choosing_a_model_and_starting_gives_its_design() {
    let mut h = common::first_start();
    h.get_by_label(TEMPLATES[1].title).click();
    h.run();
    // The preview and the explanation follow the choice.
    h.get_by_label_contains("Chart of “Product company");
    h.get_by_label(START).click();
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert_eq!(h.state().document().design().name, "Product company");
    h.get_by_label_contains("Head of IT: internal");
    h.get_by_label_contains("CTO: internal");
    assert!(h.query_by_label_contains("CIO: internal").is_none());
    assert!(!h.state().document().is_dirty());
}

#[test]
fn the_keyboard_alone_chooses_and_starts() {
    let mut h = common::first_start();
    // The first model has the focus; the selection follows the arrows.
    assert!(h.get_by_label(TEMPLATES[0].title).is_focused());
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Gallery {
            selected: 2,
            closest: Some(0)
        }),
        "two models down"
    );
    assert!(h.get_by_label(TEMPLATES[2].title).is_focused());
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert_eq!(
        h.state().document().design().name,
        "CTO over infrastructure"
    );
    h.get_by_label_contains("CISO: internal");
}

#[test]
fn escape_closes_it_leaving_the_design_as_it_was() {
    let mut h = common::first_start();
    h.get_by_label(TEMPLATES[4].title).click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(!gallery_open(&h), "{:?}", h.state().dialog());
    assert_untouched_default(&h);
    h.get_by_label_contains("CIO: internal");
}

#[test]
fn a_later_start_goes_straight_to_the_design() {
    let first = common::first_start();
    let remembered = first.state().preferences().clone();
    drop(first);
    let mut h = common::window(AppOptions {
        welcome: true,
        preferences: Some(remembered),
        ..AppOptions::default()
    });
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert!(h.query_by_label(HEADING).is_none());
}

#[test]
fn tests_and_files_named_on_start_get_no_gallery() {
    let h = common::started(None);
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/product-company.ron");
    let mut h = common::window(AppOptions {
        welcome: true,
        path: Some(example),
        ..AppOptions::default()
    });
    h.run();
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert!(!h.state().preferences().gallery_seen, "not seen yet");
}

#[test]
fn file_new_from_template_opens_it_and_cancel_closes_it() {
    let mut h = common::started(None);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("New from template…").click();
    h.run();
    assert!(gallery_open(&h), "{:?}", h.state().dialog());
    for template in TEMPLATES {
        h.get_by_label(template.title);
    }
    h.get_by_label(TEMPLATES[3].title).click();
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!gallery_open(&h));
    assert_untouched_default(&h);
}

#[test]
fn ctrl_shift_n_opens_it_and_starting_asks_about_unsaved_changes() {
    let mut h = common::started(None);
    // An unsaved change: R&D to the tray.
    h.get_by_label("R&D").click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::Num0);
    h.run();
    assert!(h.state().document().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    assert!(gallery_open(&h), "{:?}", h.state().dialog());
    h.get_by_label(TEMPLATES[4].title).click();
    h.run();
    h.get_by_label(START).click();
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Unsaved {
            then: Pending::New(4)
        })
    );
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(
        h.state().document().design().name,
        "Single technology executive"
    );
    // Its one technology executive, a CIO, backed by a head of digital.
    h.get_by_label_contains("Head of Digital: internal");
}

#[test]
fn it_opens_on_the_model_closest_to_the_design_open() {
    // A product-company design whose executives were renamed, and one card
    // moved: still closest to the product company.
    let mut design = (TEMPLATES[1].build)();
    for e in &mut design.executives {
        e.short_title = format!("Our {}", e.short_title);
    }
    let first = design.executives[0].id.clone();
    if let Some(r) = design
        .responsibilities
        .iter_mut()
        .find(|r| r.owner.as_ref() != Some(&first))
    {
        r.owner = Some(first.clone());
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ours.ron");
    remit::file::save(&design, &path).expect("save");
    let mut h = common::started(Some(path));
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Gallery {
            selected: 1,
            closest: Some(1)
        })
    );
    assert!(h.get_by_label(TEMPLATES[1].title).is_focused());
    h.get_by_label(CLOSEST);
    // Choosing another model keeps the mark where it was.
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(
        h.state().dialog(),
        Some(&Dialog::Gallery {
            selected: 0,
            closest: Some(1)
        })
    );
    h.get_by_label(CLOSEST);
    h.key_press(Key::Escape);
    h.run();
    assert!(!gallery_open(&h));
    assert!(!h.state().document().is_dirty());
}
