//! UI tests: the clarity score in the balance panel, and how it was worked
//! out one click (or one key) away. Expected scores come from the model
//! ([`DesignClarity`]) and the README's formula.

use crate::common;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use remit::model::{DesignBalance, DesignClarity};
use remit::templates::default_design;

#[test]
fn each_row_shows_its_score_and_a_click_shows_the_sum() {
    let mut h = common::started(None);
    let design = default_design();
    let clarity = DesignClarity::of(&design, &DesignBalance::of(&design));
    // The default design: an internal-facing CIO at 18% external, an
    // external-facing CTO at 86%.
    assert_eq!(clarity.executives, vec![Some(64), Some(72)]);
    h.get_by_label("CIO clarity 64 of 100");
    h.get_by_label("CTO clarity 72 of 100");
    let overall = clarity.overall.expect("a score");
    h.get_by_label(&format!("Organisation clarity {overall} of 100"));

    let sum = "Meant to be internal-facing and 18% external: 100 − 2 × 18 = 64.";
    assert!(h.query_by_label(sum).is_none());
    h.get_by_label("CIO clarity 64 of 100").click();
    h.run();
    h.get_by_label(sum);
    h.get_by_label("CIO clarity: 64 of 100");
    // Looking is not editing.
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().document().can_undo());

    // A second click closes it.
    h.get_by_label("CIO clarity 64 of 100").click();
    h.run();
    assert!(h.query_by_label(sum).is_none());
}

#[test]
fn the_keyboard_opens_it_too() {
    let mut h = common::started(None);
    h.get_by_label("CTO clarity 72 of 100").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Meant to be external-facing and 86% external: 2 × 86 − 100 = 72.");
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label("Meant to be external-facing and 86% external: 2 × 86 − 100 = 72.")
            .is_none()
    );
}
