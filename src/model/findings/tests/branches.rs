//! Findings that weigh the chart by its top-level branches: a manager is
//! counted with the executives under them, the single technology executive
//! gets one note, and cross-cutting roles are never blurred.

use super::*;

fn report(id: &str, orientation: Orientation, manager: &str) -> Executive {
    under(exec(id, orientation), manager)
}

#[test]
fn a_report_is_counted_with_its_manager_not_as_a_rival() {
    // CTO 77 %, Head of IT under the CTO 15 %, a CPO peer 8 %.
    let d = design(
        vec![
            exec("cto", External),
            report("it", Internal, "cto"),
            exec("cpo", External),
        ],
        vec![
            card("rnd", 0.9, 77.0, Some("cto")),
            card("helpdesk", 0.05, 15.0, Some("it")),
            card("roadmap", 0.9, 8.0, Some("cpo")),
        ],
    );
    let found = of_kind(&d, FindingKind::Concentration);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("92%"), "{}", found[0].message);
    assert!(
        found[0]
            .message
            .contains("The CTO and the IT, who reports to the CTO, hold 92%"),
        "{}",
        found[0].message
    );
    assert_eq!(found[0].about, [ex("cto"), ex("it"), ex("cpo")]);
    // Alone at the top with their report: no rival, so no concentration.
    let mut alone = d.clone();
    alone.executives.pop();
    alone.responsibilities.pop();
    assert!(of_kind(&alone, FindingKind::Concentration).is_empty());
}

#[test]
fn a_line_beside_only_cross_cutting_roles_is_no_concentration() {
    // The bank: the COO's line (the CIO under the COO, the CTO under the
    // CIO) holds most of the work; beside it only a CISO and a chief data
    // officer, whose portfolios are small by nature.
    let d = design(
        vec![
            exec("coo", NotSet),
            report("cio", Internal, "coo"),
            report("cto", External, "cio"),
            exec("ciso", NotSet),
            exec("cdo", NotSet),
        ],
        vec![
            card("payments", 0.5, 20.0, Some("coo")),
            card("helpdesk", 0.05, 40.0, Some("cio")),
            card("rnd", 0.9, 25.0, Some("cto")),
            card("security", 0.4, 8.0, Some("ciso")),
            card("data-analytics", 0.35, 7.0, Some("cdo")),
        ],
    );
    assert!(of_kind(&d, FindingKind::Concentration).is_empty());
    // A peer who leads a side, left with little, is another matter.
    let mut d = d;
    d.executives[4].short_title = "CPO".into();
    d.executives[4].orientation = External;
    assert_eq!(of_kind(&d, FindingKind::Concentration).len(), 1);
}

#[test]
fn a_ciso_beside_the_only_executive_leaves_them_the_only_one() {
    // A start-up's CTO with a head of IT under them, and a CISO who
    // reports to the CEO: still one technology executive, not a CTO to be
    // questioned card by card.
    let d = design(
        vec![
            exec("cto", External),
            report("it", Internal, "cto"),
            exec("ciso", NotSet),
        ],
        vec![
            card("rnd", 0.9, 10.0, Some("cto")),
            card("erp", 0.05, 3.0, Some("cto")),
            card("helpdesk", 0.05, 3.0, Some("it")),
            card("security", 0.4, 2.0, Some("ciso")),
        ],
    );
    let found = all(&d);
    assert_eq!(
        of_kind(&d, FindingKind::OnlyExecutive).len(),
        1,
        "{found:#?}"
    );
    assert!(
        of_kind(&d, FindingKind::FacingAgainstOwner).is_empty(),
        "{found:#?}"
    );
    // A CIO beside the CTO is another leader: the CTO's ERP is questioned.
    let mut two = d.clone();
    two.executives[2].short_title = "CIO".into();
    assert!(of_kind(&two, FindingKind::OnlyExecutive).is_empty());
    assert_eq!(of_kind(&two, FindingKind::FacingAgainstOwner).len(), 1);
}

#[test]
fn the_only_executive_gets_one_note_and_no_warning_per_card() {
    let d = design(
        vec![exec("cto", External)],
        vec![
            card("rnd", 0.9, 5.0, Some("cto")),
            card("helpdesk", 0.05, 3.0, Some("cto")),
            card("erp", 0.05, 3.0, Some("cto")),
        ],
    );
    let found = all(&d);
    let notes: Vec<&Finding> = found
        .iter()
        .filter(|f| f.kind == FindingKind::OnlyExecutive)
        .collect();
    assert_eq!(notes.len(), 1, "{found:?}");
    assert_eq!(notes[0].severity, Severity::Note);
    assert!(notes[0].why.contains("internal side"), "{}", notes[0].why);
    assert!(
        found.iter().all(|f| f.severity < Severity::Warning),
        "{found:?}"
    );
}

#[test]
fn the_note_names_a_strong_manager_under_the_only_executive() {
    let d = design(
        vec![exec("cto", External), report("it", Internal, "cto")],
        vec![
            card("rnd", 0.9, 5.0, Some("cto")),
            card("helpdesk", 0.05, 3.0, Some("it")),
        ],
    );
    let found = of_kind(&d, FindingKind::OnlyExecutive);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [ex("cto"), ex("it")]);
    assert!(
        found[0]
            .why
            .contains("The IT, under the CTO, backs them on the internal side"),
        "{}",
        found[0].why
    );
    assert!(of_kind(&d, FindingKind::OneSided).is_empty());
    // Two executives at the top: no note.
    let mut peers = d.clone();
    peers.executives[1].reports_to = ReportsTo::Ceo;
    assert!(of_kind(&peers, FindingKind::OnlyExecutive).is_empty());
    // Nothing to lead: no note.
    let empty = design(vec![exec("cto", External)], vec![]);
    assert!(of_kind(&empty, FindingKind::OnlyExecutive).is_empty());
}

#[test]
fn a_lead_holding_both_sides_is_not_told_nobody_leads_one() {
    // Once said "CTO carries the internal side, and nobody leads the
    // external side"; the CTO leads both, so only the concentration stands.
    // The CTO holds all the external work and most of the internal; the
    // CIO holds a little internal work.
    let d = design(
        vec![exec("cto", External), exec("cio", Internal)],
        vec![
            card("rnd", 0.9, 10.0, Some("cto")),
            card("helpdesk", 0.05, 8.0, Some("cto")),
            card("erp", 0.05, 1.0, Some("cio")),
        ],
    );
    assert!(of_kind(&d, FindingKind::OneSided).is_empty());
    assert_eq!(of_kind(&d, FindingKind::Concentration).len(), 1);
}

#[test]
fn cross_cutting_roles_are_never_blurred() {
    for (short, full, orientation) in [
        ("CISO", "", NotSet),
        ("CDO", "Chief Data Officer", Internal),
        ("Chief architect", "", External),
        ("X", "Head of Information Security", NotSet),
        ("CTO", "", Mixed),
    ] {
        let mut e = exec("x", orientation);
        e.short_title = short.into();
        e.full_title = full.into();
        let d = design(
            vec![e, exec("peer", NotSet)],
            vec![card("security", 0.5, 2.0, Some("x"))],
        );
        assert!(of_kind(&d, FindingKind::BlurredRole).is_empty(), "{short}");
    }
}
