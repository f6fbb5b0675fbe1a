//! UI tests: the long lists that scroll (the tray, the balance rows, the
//! decisions; the findings have theirs in `ui_findings.rs`) build only the
//! rows in view, yet the keyboard alone reaches every row: Tab goes on into
//! the row just out of view, which scrolls into view, and Shift+Tab comes
//! back.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::{RemitApp, Selection};
use remit::file;
use remit::model::{Decision, Design, ExecutiveId, Responsibility, ResponsibilityId};
use remit::templates::default_design;

/// The window on `design`, saved to a file first.
fn window_on(design: &Design) -> (tempfile::TempDir, Harness<'static, RemitApp>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.ron");
    file::save(design, &path).expect("save");
    (dir, common::started(Some(path)))
}

/// Whether the widget labelled `label` (in full, or starting so when
/// `prefix`) has the keyboard.
fn focused(h: &Harness<'_, RemitApp>, label: &str) -> bool {
    h.query_all_by_label_contains(label).any(|n| {
        n.is_focused()
            && n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(label))
    })
}

/// Presses `key` (with `modifiers`) until `label` has the keyboard; fails
/// after `most` presses.
fn press_until(
    h: &mut Harness<'_, RemitApp>,
    modifiers: Modifiers,
    key: Key,
    label: &str,
    most: usize,
) {
    assert!(
        common::press_until(h, modifiers, key, most, |h| focused(h, label)),
        "{most} presses of {key:?} never reached {label:?}"
    );
}

#[test]
fn tab_reaches_the_last_card_of_a_long_tray_and_shift_tab_comes_back() {
    let mut design = default_design();
    for i in 0..80 {
        design.responsibilities.push(
            Responsibility {
                id: ResponsibilityId(format!("spare-{i}")),
                name: format!("Spare {i}"),
                external_share: 0.5,
                size: 1.0,
                ..Default::default()
            }
            .into(),
        );
    }
    let (_dir, mut h) = window_on(&design);
    // The last ones are far out of view: not built at all.
    assert!(h.query_by_label("Spare 79").is_none());
    press_until(&mut h, Modifiers::NONE, Key::Tab, "Spare 0", 400);
    press_until(&mut h, Modifiers::NONE, Key::Tab, "Spare 79", 100);
    // A card that takes the keyboard is selected, as a click would.
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("spare-79".into()))
    );
    press_until(&mut h, Modifiers::SHIFT, Key::Tab, "Spare 0", 100);
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}

#[test]
fn tab_reaches_the_balance_row_of_the_last_of_many_executives() {
    let design = common::spread_design(60, 120);
    let (_dir, mut h) = window_on(&design);
    assert!(h.query_by_label_contains("E59 clarity").is_none());
    press_until(&mut h, Modifiers::NONE, Key::Tab, "E0 clarity", 400);
    press_until(&mut h, Modifiers::NONE, Key::Tab, "E59 clarity", 100);
    press_until(&mut h, Modifiers::SHIFT, Key::Tab, "E0 clarity", 100);
}

#[test]
fn tab_reaches_the_oldest_of_many_decisions() {
    let mut design = default_design();
    let cio = ExecutiveId("cio".into());
    let cto = ExecutiveId("cto".into());
    let when = remit::model::When::parse("2026-11-23T10:00:00Z").expect("a time");
    design.decisions = (0..40)
        .map(|i| Decision {
            responsibility: ResponsibilityId("security".into()),
            name: "Information security".into(),
            from: Some(if i % 2 == 0 { cio.clone() } else { cto.clone() }),
            to: Some(if i % 2 == 0 { cto.clone() } else { cio.clone() }),
            reason: format!("Reason {i}"),
            when,
        })
        .collect();
    let (_dir, mut h) = window_on(&design);
    h.get_by_label("Decisions: 40 moves").click();
    h.run();
    // Newest first: the oldest entry, reason "Reason 0", is far down.
    assert!(h.query_all_by_value("Reason 0").next().is_none());
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 600, |h| {
            h.query_all_by_value("Reason 0").any(|n| n.is_focused())
        }),
        "Tab never reached the oldest decision"
    );
    assert!(!h.state().document().is_dirty(), "looking is not editing");
}
