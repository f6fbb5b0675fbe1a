//! Findings about executives: reporting against the split, blurred
//! roles, concentration, one-sided leadership, empty boxes, many reports.

use super::*;

// ------------------------------------------------------------ reporting

#[test]
fn external_under_internal_is_a_note_fixed_by_reporting_to_the_ceo() {
    let mut cto = exec("cto", External);
    cto.reports_to = ReportsTo::Executive(ExecutiveId("cio".into()));
    let d = design(vec![exec("cio", Internal), cto], vec![]);
    let found = of_kind(&d, FindingKind::ReportingAgainstSplit);
    assert_eq!(found.len(), 1);
    // The traditional model: a shape the sources accept, so a note.
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(found[0].about, [ex("cto"), ex("cio")]);
    let after = fixed(&d, &found[0]);
    assert_eq!(after.executives[1].reports_to, ReportsTo::Ceo);
    assert!(of_kind(&after, FindingKind::ReportingAgainstSplit).is_empty());
}

#[test]
fn internal_under_external_is_only_a_note() {
    let mut it = exec("it", Internal);
    it.reports_to = ReportsTo::Executive(ExecutiveId("cto".into()));
    let d = design(vec![exec("cto", External), it], vec![]);
    let found = of_kind(&d, FindingKind::ReportingAgainstSplit);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(found[0].fix, None);
}

#[test]
fn a_note_on_the_executive_records_the_line_as_meant() {
    for (who, boss) in [(External, Internal), (Internal, External)] {
        let mut a = exec("a", who);
        a.reports_to = ReportsTo::Executive(ExecutiveId("b".into()));
        let mut d = design(vec![a, exec("b", boss)], vec![]);
        assert_eq!(of_kind(&d, FindingKind::ReportingAgainstSplit).len(), 1);
        d.executives[0].notes = "  \n".into();
        assert_eq!(
            of_kind(&d, FindingKind::ReportingAgainstSplit).len(),
            1,
            "blank notes say nothing"
        );
        d.executives[0].notes = "Product leads while the platform is rebuilt.".into();
        assert!(of_kind(&d, FindingKind::ReportingAgainstSplit).is_empty());
    }
}

#[test]
fn reporting_stays_quiet_when_the_sides_agree_or_are_not_set() {
    for (who, boss) in [
        (External, External),
        (Internal, Internal),
        (Mixed, Internal),
        (External, Mixed),
        (NotSet, External),
        (Internal, NotSet),
    ] {
        let mut a = exec("a", who);
        a.reports_to = ReportsTo::Executive(ExecutiveId("b".into()));
        let d = design(vec![a, exec("b", boss)], vec![]);
        assert!(of_kind(&d, FindingKind::ReportingAgainstSplit).is_empty());
    }
    // Reporting to the CEO or to someone off the chart says nothing.
    let mut a = exec("a", External);
    a.reports_to = ReportsTo::Outside("CFO".into());
    let d = design(vec![a, exec("b", Internal)], vec![]);
    assert!(of_kind(&d, FindingKind::ReportingAgainstSplit).is_empty());
}

// ------------------------------------------------------------ blurred

#[test]
fn blurred_from_40_to_60_percent_external() {
    let count = |share: f64, orientation: Orientation| {
        // With a peer: the only executive at the top covers both sides.
        let d = design(
            vec![exec("a", orientation), exec("peer", NotSet)],
            vec![card("x", share, 2.0, Some("a"))],
        );
        of_kind(&d, FindingKind::BlurredRole).len()
    };
    assert_eq!(count(0.39, NotSet), 0);
    assert_eq!(count(0.40, NotSet), 1);
    assert_eq!(count(0.50, Internal), 1);
    assert_eq!(count(0.60, External), 1);
    assert_eq!(count(0.61, NotSet), 0);
    // Mixed on purpose is not blurred.
    assert_eq!(count(0.50, Mixed), 0);
}

#[test]
fn an_empty_executive_is_not_blurred_and_the_fix_marks_the_mix_intended() {
    let d = design(
        vec![exec("a", Internal), exec("b", NotSet)],
        vec![
            card("x", 0.2, 1.0, Some("a")),
            card("y", 0.8, 1.0, Some("a")),
        ],
    );
    let found = of_kind(&d, FindingKind::BlurredRole);
    assert_eq!(found.len(), 1, "b has nothing and no percentage");
    assert_eq!(found[0].about, [ex("a")]);
    assert!(found[0].message.contains("50%"), "{}", found[0].message);
    let after = fixed(&d, &found[0]);
    assert!(of_kind(&after, FindingKind::BlurredRole).is_empty());
}

// ------------------------------------------------------------ concentration

#[test]
fn concentration_above_70_percent_with_another_executive() {
    let d = |a: f64, b: f64| {
        design(
            vec![exec("a", NotSet), exec("b", NotSet)],
            vec![card("x", 0.5, a, Some("a")), card("y", 0.5, b, Some("b"))],
        )
    };
    assert!(of_kind(&d(70.0, 30.0), FindingKind::Concentration).is_empty());
    let found = of_kind(&d(71.0, 29.0), FindingKind::Concentration);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [ex("a"), ex("b")]);
    assert!(found[0].message.contains("71%"), "{}", found[0].message);
    let found = of_kind(&d(29.0, 71.0), FindingKind::Concentration);
    assert_eq!(found[0].about, [ex("b"), ex("a")]);
}

#[test]
fn concentration_needs_a_second_executive_and_counts_the_tray() {
    let alone = design(
        vec![exec("a", NotSet)],
        vec![card("x", 0.5, 1.0, Some("a"))],
    );
    assert!(of_kind(&alone, FindingKind::Concentration).is_empty());
    // A second executive with nothing still counts; the tray is in the total.
    let d = design(
        vec![exec("a", NotSet), exec("b", NotSet)],
        vec![card("x", 0.5, 8.0, Some("a")), card("y", 0.5, 2.0, None)],
    );
    assert_eq!(of_kind(&d, FindingKind::Concentration).len(), 1);
    let d = design(
        vec![exec("a", NotSet), exec("b", NotSet)],
        vec![card("x", 0.5, 7.0, Some("a")), card("y", 0.5, 3.0, None)],
    );
    assert!(of_kind(&d, FindingKind::Concentration).is_empty());
    assert!(of_kind(&design(vec![], vec![]), FindingKind::Concentration).is_empty());
}

// ------------------------------------------------------------ one-sided

/// A lead holding external work `lead`, another executive holding external
/// work `peer` and internal work `second`, and internal work `tray` in the
/// tray.
fn sides(lead: f64, peer: f64, second: f64, tray: f64) -> Design {
    let mut cards = vec![card("lead-work", 1.0, lead, Some("lead"))];
    if peer > 0.0 {
        cards.push(card("peer-work", 1.0, peer, Some("other")));
    }
    if second > 0.0 {
        cards.push(card("second-work", 0.0, second, Some("other")));
    }
    if tray > 0.0 {
        cards.push(card("tray-work", 0.0, tray, None));
    }
    design(vec![exec("lead", External), exec("other", NotSet)], cards)
}

#[test]
fn one_sided_fires_when_nobody_leads_the_other_side() {
    let found = of_kind(&sides(10.0, 0.0, 0.0, 5.0), FindingKind::OneSided);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [ex("lead")]);
    assert!(
        found[0].message.contains("external side"),
        "{}",
        found[0].message
    );
    // A second with 29 % of the internal work is not strong.
    assert_eq!(
        of_kind(&sides(10.0, 0.0, 2.9, 7.1), FindingKind::OneSided).len(),
        1
    );
}

#[test]
fn one_sided_stays_quiet_with_a_strong_second_or_a_small_lead() {
    // 30 % of the internal side is a strong second.
    assert!(of_kind(&sides(10.0, 0.0, 3.0, 7.0), FindingKind::OneSided).is_empty());
    // The lead holds exactly 60 % of the external side: large.
    assert_eq!(
        of_kind(&sides(6.0, 4.0, 0.0, 1.0), FindingKind::OneSided).len(),
        1
    );
    // 59 %: not large.
    assert!(of_kind(&sides(5.9, 4.1, 0.0, 1.0), FindingKind::OneSided).is_empty());
    // No internal work at all: there is no other side to lead.
    assert!(of_kind(&sides(10.0, 0.0, 0.0, 0.0), FindingKind::OneSided).is_empty());
    assert!(of_kind(&design(vec![], vec![]), FindingKind::OneSided).is_empty());
}

#[test]
fn an_internal_lead_with_no_external_second_is_one_sided_too() {
    // A second executive at the top holding nothing (alone, the CIO would
    // get the note for a single technology executive instead).
    let d = design(
        vec![exec("cio", Internal), exec("idle", NotSet)],
        vec![
            card("helpdesk", 0.0, 9.0, Some("cio")),
            card("rnd", 1.0, 1.0, None),
        ],
    );
    let found = of_kind(&d, FindingKind::OneSided);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("internal side"),
        "{}",
        found[0].message
    );
}

// ------------------------------------------------------------ empty

#[test]
fn an_executive_with_nothing_is_a_warning_or_a_note_if_it_has_roles() {
    let mut c = card("x", 0.5, 1.0, Some("a"));
    c.roles
        .insert(ExecutiveId("adviser".into()), Role::Consulted);
    let d = design(
        vec![
            exec("a", NotSet),
            exec("idle", NotSet),
            exec("adviser", NotSet),
        ],
        vec![c],
    );
    let found = of_kind(&d, FindingKind::EmptyExecutive);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].about, [ex("idle")]);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[1].about, [ex("adviser")]);
    assert_eq!(found[1].severity, Severity::Note);
}

#[test]
fn an_executive_with_a_card_is_not_empty() {
    let d = design(
        vec![exec("a", NotSet)],
        vec![card("x", 0.5, 1.0, Some("a"))],
    );
    assert!(of_kind(&d, FindingKind::EmptyExecutive).is_empty());
}

// ------------------------------------------------------------ many reports

fn with_reports(n: usize) -> Design {
    let mut executives = vec![exec("boss", NotSet)];
    for i in 0..n {
        let mut e = exec(&format!("r{i}"), NotSet);
        e.reports_to = ReportsTo::Executive(ExecutiveId("boss".into()));
        executives.push(e);
    }
    // Others under the CEO do not count for anyone.
    executives.extend((0..9).map(|i| exec(&format!("peer{i}"), NotSet)));
    design(executives, vec![])
}

#[test]
fn more_than_seven_direct_reports_is_a_note() {
    let found = of_kind(
        &with_reports(MAX_DIRECT_REPORTS + 1),
        FindingKind::ManyReports,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Note);
    assert_eq!(found[0].about.len(), MAX_DIRECT_REPORTS + 2);
    assert_eq!(found[0].about[0], ex("boss"));
    assert!(of_kind(&with_reports(MAX_DIRECT_REPORTS), FindingKind::ManyReports).is_empty());
}
