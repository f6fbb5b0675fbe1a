//! UI tests: the findings list beside the balance. Expected findings come
//! from the model ([`findings`]) for the same design.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::{RemitApp, Selection};
use remit::file;
use remit::model::findings::DELIBERATE_LABEL;
use remit::model::{
    About, Design, DesignBalance, Edit, ExecutiveId, Finding, FindingKind, Index, Responsibility,
    ResponsibilityId, Severity, findings,
};
use remit::templates::default_design;

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
    // The sources' traditional split draws no warning: its one finding is
    // the judgement call on the contested cards the CIO holds the usual
    // way without saying they are placed on purpose (vendor management
    // and architecture are, so they are not in it).
    assert_eq!(header(&found), "Findings: 1 judgement call");
    h.get_by_label(&header(&found));
    open_list(&mut h, &found);
    let first = &found[0];
    assert_eq!(first.severity, Severity::Judgement);
    assert_eq!(first.kind, FindingKind::Contested);
    let card = |id: &str| About::Responsibility(ResponsibilityId(id.into()));
    assert_eq!(
        first.about,
        [
            About::Executive(ExecutiveId("cio".into())),
            card("infrastructure"),
            card("security")
        ]
    );
    // A click selects the executive it is about, and shows why.
    h.get_by_label(&row(first)).click();
    h.run();
    assert_eq!(
        h.state().selection(),
        &Selection::Executive(ExecutiveId("cio".into()))
    );
    h.get_by_label(&first.why);
    // Each card it names is a link that selects it.
    h.get_by_role_and_label(Role::Link, "Information security")
        .click();
    h.run();
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(ResponsibilityId("security".into()))
    );
    // Looking is not editing.
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_fix_is_one_step_and_undo_takes_it_back() {
    // The shipped models draw no finding that one change settles (each
    // passes its own check): the default design with R&D given to the
    // internal-facing CIO, as a user might, does.
    let mut design = default_design();
    design
        .apply(Edit::Move {
            responsibility: ResponsibilityId("rnd".into()),
            to: Some(ExecutiveId("cio".into())),
        })
        .expect("R&D moves");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("model.ron");
    file::save(&design, &path).expect("save");
    let mut h = common::started(Some(path));
    let found = findings_of(&design);
    let with_fix = found
        .iter()
        .find(|f| f.fix.is_some())
        .expect("a finding with a fix");
    let fix = with_fix.fix.as_ref().expect("a fix");
    assert_eq!(with_fix.kind, FindingKind::FacingAgainstOwner);
    assert_eq!(fix.label, "Move “R&D” to the CTO");
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

/// The findings the window shows now, and those worked out afresh for the
/// design it shows: the same.
fn assert_findings_are_the_designs(h: &Harness<'_, RemitApp>) {
    let design = h.state().document().design();
    assert_eq!(
        h.state().controller().derived().findings,
        findings_of(design)
    );
}

#[test]
fn a_long_run_is_folded_and_the_findings_stay_true_through_edits() {
    // Thirty customer-facing data cards with the internal-facing CIO: ten
    // findings in full for each kind, and the rest folded into one.
    let mut design = default_design();
    let cio = ExecutiveId("cio".into());
    for i in 0..30 {
        design.responsibilities.push(
            Responsibility {
                id: ResponsibilityId(format!("portal-{i}")),
                name: format!("Customer data portal {i}"),
                external_share: 0.9,
                size: 1.0,
                owner: Some(cio.clone()),
                ..Default::default()
            }
            .into(),
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portals.ron");
    file::save(&design, &path).expect("save");
    let mut h = common::started(Some(path));
    assert_findings_are_the_designs(&h);

    let found = findings_of(&design);
    let folded = found
        .iter()
        .find(|f| f.kind == FindingKind::FacingAgainstOwner && f.fix.is_none())
        .expect("a folded finding");
    assert_eq!(folded.message, "…and 20 more cards face against the CIO");
    assert!(folded.unlisted > 0, "more cards than a finding lists");
    open_list(&mut h, &found);
    // Out of view at first: Tab reaches it, row by row, each scrolled into
    // view as it takes the keyboard.
    assert!(h.query_by_label(&row(folded)).is_none());
    assert!(
        common::press_until(&mut h, Modifiers::NONE, Key::Tab, 200, |h| {
            h.query_by_label(&row(folded))
                .is_some_and(|n| n.is_focused())
        }),
        "Tab never reached the folded finding"
    );
    h.key_press(Key::Enter);
    h.run();
    // Choosing it selects the CIO's box, where all of them are; it links
    // to the first few and counts the others.
    assert_eq!(h.state().selection(), &Selection::Executive(cio.clone()));
    h.get_by_label(&format!("and {} more", folded.unlisted));

    // A card it links to chosen, marked deliberate, then moved from the
    // keyboard, and both undone: after each, what the window shows is the
    // design's.
    h.get_by_label("Customer data portal 10").click();
    h.run();
    let portal = ResponsibilityId("portal-10".into());
    assert_eq!(
        h.state().selection(),
        &Selection::Responsibility(portal.clone())
    );
    // From the keyboard: the findings window may cover the inspector.
    h.get_by_label(DELIBERATE_LABEL).focus();
    h.run();
    h.key_press(Key::Space);
    h.run();
    let card = |h: &Harness<'_, RemitApp>| {
        h.state()
            .document()
            .design()
            .responsibility(&portal)
            .cloned()
            .expect("the card")
    };
    assert!(card(&h).deliberate);
    assert_findings_are_the_designs(&h);
    assert!(
        h.state()
            .controller()
            .derived()
            .findings
            .iter()
            .any(|f| f.message == "…and 19 more cards face against the CIO")
    );
    h.key_press_modifiers(Modifiers::ALT, Key::Num2);
    h.run();
    assert_eq!(card(&h).owner, Some(ExecutiveId("cto".into())));
    assert_findings_are_the_designs(&h);
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert_findings_are_the_designs(&h);
    }
    assert!(!h.state().document().is_dirty());
}
