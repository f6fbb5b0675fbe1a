//! UI tests: the findings list beside the balance. Expected findings come
//! from the model ([`findings`]) for the same design.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{RemitApp, Selection};
use remit::file;
use remit::model::templates::{TEMPLATES, default_design};
use remit::model::{About, Design, DesignBalance, Edit, Finding, Index, Severity, findings};

fn findings_of(design: &Design) -> Vec<Finding> {
    let index = Index::of(design);
    findings(design, &index, &DesignBalance::of_indexed(design, &index))
}

/// The header the panel shows for `found`.
fn header(found: &[Finding]) -> String {
    let count = |s: Severity| found.iter().filter(|f| f.severity == s).count();
    let mut parts = Vec::new();
    for (severity, one, many) in [
        (Severity::Warning, "warning", "warnings"),
        (Severity::Judgement, "judgement call", "judgement calls"),
        (Severity::Note, "note", "notes"),
    ] {
        match count(severity) {
            0 => {}
            1 => parts.push(format!("1 {one}")),
            n => parts.push(format!("{n} {many}")),
        }
    }
    format!("Findings: {}", parts.join(" · "))
}

/// The list's button for `finding`.
fn row(finding: &Finding) -> String {
    format!("{}: {}", finding.severity.word(), finding.message)
}

/// Opens the list (on a 1280×720 window it starts folded).
fn open_list(h: &mut Harness<'_, RemitApp>, found: &[Finding]) {
    if h.query_by_label(&row(&found[0])).is_none() {
        h.get_by_label(&header(found)).click();
        h.run();
    }
}

#[test]
fn the_default_design_lists_its_findings_and_a_click_selects_what_one_is_about() {
    let mut h = common::started(None);
    let found = findings_of(&default_design());
    assert!(!found.is_empty());
    h.get_by_label(&header(&found));
    open_list(&mut h, &found);
    // Highest severity first: the unassigned cards.
    let first = &found[0];
    assert_eq!(first.severity, Severity::Warning);
    h.get_by_label(&row(first)).click();
    h.run();
    let About::Responsibility(id) = &first.about[0] else {
        panic!("the tray finding is about its cards");
    };
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(id.clone())
    );
    h.get_by_label(&first.why);
    // Looking is not editing.
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_fix_is_one_step_and_undo_takes_it_back() {
    let template = &TEMPLATES[1];
    let design = (template.build)();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("product.ron");
    file::save(&design, &path).expect("save");
    let mut h = common::started(Some(path));
    let found = findings_of(&design);
    let with_fix = found
        .iter()
        .find(|f| f.fix.is_some())
        .expect("the product company has a finding with a fix");
    let fix = with_fix.fix.as_ref().expect("a fix");
    open_list(&mut h, &found);
    h.get_by_label(&row(with_fix)).click();
    h.run();
    h.get_by_label(&fix.label).click();
    h.run();
    let mut expected = design.clone();
    expected.apply(fix.edit.clone()).expect("the fix applies");
    let mut shown = h.state().document().design().clone();
    // A fix that moves a card is logged like any move.
    let logged = std::mem::take(&mut shown.decisions);
    assert_eq!(shown, expected);
    assert_eq!(
        logged.len(),
        usize::from(matches!(fix.edit, Edit::Move { .. }))
    );
    assert!(h.state().document().is_dirty());
    // The finding it settled is gone from the list.
    assert!(h.query_by_label(&row(with_fix)).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document().design(), &design);
}
