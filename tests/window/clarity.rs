//! UI tests: the clarity score in the balance panel, and how it was worked
//! out one click (or one key) away; a lone executive holding all the work
//! reads "not graded" and says why. Expected scores come from the model
//! ([`DesignClarity`]) and the user guide's formula.

use crate::common;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use remit::file;
use remit::model::{DesignClarity, ExecutiveId};
use remit::templates::default_design;

#[test]
fn each_row_shows_its_score_and_a_click_shows_the_sum() {
    let mut h = common::started(None);
    let design = default_design();
    let clarity = DesignClarity::of(&design);
    // The default design is the sources' traditional split: nothing of the
    // CIO's faces outward, nothing of the CTO's inward. The CIO also holds
    // vendor management on purpose (2 of its 31 points, facing both ways:
    // 6%, counted half), and security, compliance and data (8 points, 26%)
    // count against neither side: 100 − 2 × (0 + 6 ÷ 2) = 94.
    assert_eq!(clarity.executive_at(0), Some(94));
    assert_eq!(clarity.executive_at(1), Some(100));
    h.get_by_label("CIO clarity 94 of 100");
    h.get_by_label("CTO clarity 100 of 100");
    // (31 × 94 + 19 × 100) ÷ 50 = 96.28.
    assert_eq!(clarity.overall, Some(96));
    h.get_by_label("Organisation clarity 96 of 100");

    let sum = "Meant to be internal-facing: 0% of its size faces outward and 6% both ways, and \
               26% is security, data, compliance or architecture work, which counts against \
               neither side, so 100 − 2 × (0 + 6 ÷ 2) = 94.";
    assert_eq!(clarity.explain_at(0), sum);
    assert!(h.query_by_label(sum).is_none());
    h.get_by_label("CIO clarity 94 of 100").click();
    h.run();
    h.get_by_label(sum);
    h.get_by_label("CIO clarity: 94 of 100");
    // Looking is not editing.
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().document().can_undo());

    // A second click closes it.
    h.get_by_label("CIO clarity 94 of 100").click();
    h.run();
    assert!(h.query_by_label(sum).is_none());
}

#[test]
fn the_keyboard_opens_it_too() {
    let mut h = common::started(None);
    // Technology architecture (2 of the CTO's 19 points, 11%) is placed
    // with the CTO and counts against neither side.
    let sum = "Meant to be external-facing: 0% of its size faces inward, and 11% is security, \
               data, compliance or architecture work, which counts against neither side, so \
               100 − 2 × 0 = 100.";
    h.get_by_label("CTO clarity 100 of 100").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label(sum);
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label(sum).is_none());
}

#[test]
fn a_lone_executive_reads_not_graded_and_says_why() {
    // The traditional split with the CTO's work moved to the CIO.
    let mut design = default_design();
    for card in &mut design.responsibilities {
        card.owner = Some(ExecutiveId("cio".into()));
        card.roles.clear();
    }
    let clarity = DesignClarity::of(&design);
    assert_eq!(clarity.overall, None);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alone.ron");
    file::save(&design, &path).unwrap();
    let mut h = common::started(Some(path));
    // The CTO holds nothing: no figure to click.
    assert!(h.query_by_label_contains("CTO clarity").is_none());
    h.get_by_label("Organisation clarity not graded");
    h.get_by_label("CIO clarity not graded").click();
    h.run();
    h.get_by_label("CIO clarity: not graded");
    h.get_by_label(&clarity.explain_at(0));
    assert!(
        clarity
            .explain_at(0)
            .starts_with("Not graded: as the only executive")
    );
}
