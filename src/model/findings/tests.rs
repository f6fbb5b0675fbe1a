//! Each kind of finding fires when it should and stays quiet when it should
//! not, at the edges of its thresholds; each fix settles its finding.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::model::design::{Executive, Orientation, ReportsTo, Responsibility, Role};
use crate::model::edit::MAX_TEXT_CHARS;
use crate::model::templates::TEMPLATES;

fn exec(id: &str, orientation: Orientation) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: id.to_uppercase(),
        orientation,
        reports_to: ReportsTo::Ceo,
        ..Default::default()
    }
}

fn card(id: &str, share: f64, size: f64, owner: Option<&str>) -> Responsibility {
    Responsibility {
        id: ResponsibilityId(id.into()),
        name: id.into(),
        external_share: share,
        size,
        owner: owner.map(|o| ExecutiveId(o.into())),
        ..Default::default()
    }
}

fn design(executives: Vec<Executive>, cards: Vec<Responsibility>) -> Design {
    let mut d = Design::empty("t");
    d.executives = executives;
    d.responsibilities = cards;
    d
}

fn all(d: &Design) -> Vec<Finding> {
    let index = Index::of(d);
    let balance = DesignBalance::of_indexed(d, &index);
    findings(d, &index, &balance)
}

fn of_kind(d: &Design, kind: FindingKind) -> Vec<Finding> {
    all(d).into_iter().filter(|f| f.kind == kind).collect()
}

/// The design after the finding's fix (which must apply and change it).
fn fixed(d: &Design, finding: &Finding) -> Design {
    let fix = finding.fix.clone().expect("a fix");
    let mut d = d.clone();
    assert_eq!(d.apply(fix.edit), Ok(true), "{}", fix.label);
    d
}

fn ex(id: &str) -> About {
    About::Executive(ExecutiveId(id.into()))
}

fn rs(id: &str) -> About {
    About::Responsibility(ResponsibilityId(id.into()))
}

use Orientation::{External, Internal, Mixed, NotSet};

// ------------------------------------------------------------ deliberate

#[test]
fn a_deliberate_mark_is_a_line_starting_with_the_marker() {
    assert!(is_deliberate("Deliberate: the lab is new"));
    assert!(is_deliberate("first line\n   DELIBERATE: yes"));
    assert!(is_deliberate("deliberate:"));
    assert!(!is_deliberate(""));
    assert!(!is_deliberate("Deliberately here"));
    assert!(!is_deliberate("not deliberate: really"));
    assert!(!is_deliberate("Délibéré: non"));
    assert!(is_deliberate(&marked_deliberate("")));
    assert_eq!(
        marked_deliberate("why\n"),
        format!("why\n{}", marked_deliberate(""))
    );
    assert!(marked_deliberate("why").starts_with("why\nDeliberate:"));
}

// ------------------------------------------------------------ facing

#[test]
fn an_external_card_with_the_internal_executive_is_a_warning_fixed_by_a_move() {
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![card("rnd", 0.85, 3.0, Some("cio"))],
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].about, [rs("rnd"), ex("cio")]);
    assert!(found[0].why.contains(DELIBERATE_MARKER), "{}", found[0].why);
    let after = fixed(&d, &found[0]);
    assert_eq!(
        after.responsibilities[0].owner,
        Some(ExecutiveId("cto".into()))
    );
    assert!(of_kind(&after, FindingKind::FacingAgainstOwner).is_empty());
}

#[test]
fn with_nobody_to_move_to_the_fix_marks_the_place_deliberate() {
    let d = design(
        vec![exec("cto", External)],
        vec![card("helpdesk", 0.05, 3.0, Some("cto"))],
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 1);
    let after = fixed(&d, &found[0]);
    assert!(is_deliberate(&after.responsibilities[0].notes));
    assert!(of_kind(&after, FindingKind::FacingAgainstOwner).is_empty());
    // Notes too long to take the mark: no fix, still the finding.
    let mut full = d.clone();
    full.responsibilities[0].notes = "x".repeat(MAX_TEXT_CHARS);
    let found = of_kind(&full, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].fix, None);
}

#[test]
fn facing_fires_exactly_past_the_thirds() {
    let count = |owner: Orientation, share: f64| {
        let d = design(
            vec![exec("a", owner)],
            vec![card("x", share, 1.0, Some("a"))],
        );
        of_kind(&d, FindingKind::FacingAgainstOwner).len()
    };
    assert_eq!(count(Internal, 0.6666), 0);
    assert_eq!(count(Internal, 0.6667), 1);
    assert_eq!(count(External, 0.3333), 1);
    assert_eq!(count(External, 0.3334), 0);
    for share in [0.0, 0.5, 1.0] {
        assert_eq!(count(Mixed, share), 0);
        assert_eq!(count(NotSet, share), 0);
    }
}

#[test]
fn facing_stays_quiet_for_deliberate_and_contested_cards() {
    let mut deliberate = card("rnd", 0.85, 3.0, Some("cio"));
    deliberate.notes = "Lab sits here.\ndeliberate: until it grows".into();
    // Infrastructure faces inward, but its place is a judgement call.
    let infrastructure = card("infrastructure", 0.15, 5.0, Some("cto"));
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![deliberate, infrastructure],
    );
    assert!(of_kind(&d, FindingKind::FacingAgainstOwner).is_empty());
    assert_eq!(of_kind(&d, FindingKind::Contested).len(), 1);
}

// ------------------------------------------------------------ reporting

#[test]
fn external_under_internal_is_a_warning_fixed_by_reporting_to_the_ceo() {
    let mut cto = exec("cto", External);
    cto.reports_to = ReportsTo::Executive(ExecutiveId("cio".into()));
    let d = design(vec![exec("cio", Internal), cto], vec![]);
    let found = of_kind(&d, FindingKind::ReportingAgainstSplit);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
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
        let d = design(
            vec![exec("a", orientation)],
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
    let d = design(
        vec![exec("cio", Internal)],
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

// ------------------------------------------------------------ unassigned

#[test]
fn unassigned_cards_are_one_warning_about_all_of_them() {
    let d = design(
        vec![exec("a", NotSet)],
        vec![
            card("x", 0.5, 1.0, None),
            card("y", 0.5, 1.0, Some("a")),
            card("z", 0.5, 1.0, None),
        ],
    );
    let found = of_kind(&d, FindingKind::Unassigned);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].about, [rs("x"), rs("z")]);
    assert_eq!(found[0].message, "2 cards are unassigned");
    let one = design(vec![], vec![card("x", 0.5, 1.0, None)]);
    assert_eq!(
        of_kind(&one, FindingKind::Unassigned)[0].message,
        "“x” is unassigned"
    );
}

#[test]
fn no_unassigned_finding_when_every_card_has_an_owner() {
    let d = design(
        vec![exec("a", NotSet)],
        vec![card("y", 0.5, 1.0, Some("a"))],
    );
    assert!(of_kind(&d, FindingKind::Unassigned).is_empty());
}

// ------------------------------------------------------------ shared work

#[test]
fn security_nobody_shares_is_a_warning_fixed_by_consulting_the_other_side() {
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![card("security", 0.4, 3.0, Some("cio"))],
    );
    let found = of_kind(&d, FindingKind::UnsharedWork);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [rs("security"), ex("cio")]);
    let after = fixed(&d, &found[0]);
    assert_eq!(
        after.responsibilities[0]
            .roles
            .get(&ExecutiveId("cto".into())),
        Some(&Role::Consulted)
    );
    assert!(of_kind(&after, FindingKind::UnsharedWork).is_empty());
}

#[test]
fn shared_work_is_recognised_by_id_and_by_name() {
    let count = |id: &str, name: &str| {
        let mut c = card(id, 0.4, 1.0, Some("a"));
        c.name = name.into();
        let d = design(vec![exec("a", NotSet), exec("b", NotSet)], vec![c]);
        of_kind(&d, FindingKind::UnsharedWork).len()
    };
    assert_eq!(count("data-analytics", "Numbers"), 1);
    assert_eq!(count("lake", "Customer DATA lake"), 1);
    assert_eq!(count("cyber", "Cybersecurity"), 1);
    assert_eq!(count("appsec", "Product security"), 1);
    assert_eq!(count("patching", "Update management"), 0);
    assert_eq!(count("rnd", "R&D"), 0);
}

#[test]
fn shared_work_stays_quiet_when_shared_alone_or_unowned() {
    let with_role = |role: Role| {
        let mut c = card("security", 0.4, 1.0, Some("a"));
        c.roles.insert(ExecutiveId("b".into()), role);
        let d = design(vec![exec("a", NotSet), exec("b", NotSet)], vec![c]);
        of_kind(&d, FindingKind::UnsharedWork).len()
    };
    assert_eq!(with_role(Role::Responsible), 0);
    assert_eq!(with_role(Role::Consulted), 0);
    assert_eq!(with_role(Role::Informed), 1, "being told is not sharing");
    let alone = design(
        vec![exec("a", NotSet)],
        vec![card("security", 0.4, 1.0, Some("a"))],
    );
    assert!(of_kind(&alone, FindingKind::UnsharedWork).is_empty());
    let tray = design(
        vec![exec("a", NotSet), exec("b", NotSet)],
        vec![card("security", 0.4, 1.0, None)],
    );
    assert!(of_kind(&tray, FindingKind::UnsharedWork).is_empty());
}

#[test]
fn without_an_opposite_executive_the_fix_consults_the_largest_other() {
    let d = design(
        vec![exec("a", NotSet), exec("b", NotSet), exec("c", NotSet)],
        vec![
            card("security", 0.4, 9.0, Some("a")),
            card("b-work", 0.4, 1.0, Some("b")),
            card("c-work", 0.4, 2.0, Some("c")),
        ],
    );
    let found = of_kind(&d, FindingKind::UnsharedWork);
    let fix = found[0].fix.clone().expect("a fix");
    assert!(matches!(
        fix.edit,
        Edit::SetRole { executive, .. } if executive.as_str() == "c"
    ));
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

// ------------------------------------------------------------ contested

#[test]
fn contested_cards_are_judgement_calls_with_both_placements() {
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![
            card("vendor-management", 0.5, 2.0, None),
            card("architecture", 0.5, 2.0, Some("cto")),
            card("rnd", 0.85, 2.0, Some("cto")),
        ],
    );
    let found = of_kind(&d, FindingKind::Contested);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|f| f.severity == Severity::Judgement));
    assert_eq!(found[0].about, [rs("vendor-management")]);
    assert!(
        found[0].message.starts_with("Where"),
        "{}",
        found[0].message
    );
    assert_eq!(found[1].about, [rs("architecture"), ex("cto")]);
    for f in &found {
        assert!(f.why.contains("CIO") && f.why.contains("CTO"), "{}", f.why);
    }
}

#[test]
fn contested_is_by_catalog_id_and_quiet_once_marked_deliberate() {
    let mut security = card("security", 0.4, 2.0, Some("cio"));
    security.notes = "Deliberate: small firm, the CIO keeps it.".into();
    let mut lookalike = card("buying", 0.5, 2.0, Some("cio"));
    lookalike.name = "Vendor management".into();
    let d = design(vec![exec("cio", Internal)], vec![security, lookalike]);
    assert!(of_kind(&d, FindingKind::Contested).is_empty());
}

// ------------------------------------------------------------ overall

#[test]
fn findings_are_sorted_by_severity_then_kind() {
    let mut cto = exec("cto", External);
    cto.reports_to = ReportsTo::Executive(ExecutiveId("cio".into()));
    let d = design(
        vec![exec("cio", Internal), cto, exec("idle", NotSet)],
        vec![
            card("vendor-management", 0.5, 2.0, None),
            card("rnd", 0.85, 3.0, Some("cio")),
            card("security", 0.4, 3.0, Some("cio")),
        ],
    );
    let found = all(&d);
    assert!(found.len() >= 5);
    for pair in found.windows(2) {
        let key = |f: &Finding| (std::cmp::Reverse(f.severity), f.kind);
        assert!(key(&pair[0]) <= key(&pair[1]), "{:?}", pair);
    }
    assert_eq!(found[0].kind, FindingKind::FacingAgainstOwner);
    assert_eq!(found.last().map(|f| f.severity), Some(Severity::Judgement));
}

#[test]
fn templates_have_findings_that_name_their_items_and_no_problems() {
    for template in TEMPLATES {
        let d = (template.build)();
        for f in all(&d) {
            assert!(
                f.severity < Severity::Problem,
                "{}: {}",
                template.file_stem,
                f.message
            );
            assert!(!f.message.is_empty() && !f.why.is_empty());
            for about in &f.about {
                match about {
                    About::Executive(id) => assert!(d.executive(id).is_some()),
                    About::Responsibility(id) => assert!(d.responsibility(id).is_some()),
                }
            }
            if let Some(fix) = &f.fix {
                assert_eq!(d.clone().apply(fix.edit.clone()), Ok(true), "{}", fix.label);
            }
        }
    }
    // The traditional split has no card against its owner and no blur.
    let d = crate::model::templates::default_design();
    let kinds: Vec<FindingKind> = all(&d).iter().map(|f| f.kind).collect();
    assert!(
        !kinds.contains(&FindingKind::FacingAgainstOwner),
        "{kinds:?}"
    );
    assert!(!kinds.contains(&FindingKind::BlurredRole), "{kinds:?}");
    assert!(!kinds.contains(&FindingKind::OneSided), "{kinds:?}");
}

#[test]
fn a_large_design_is_analysed_in_one_pass() {
    let mut executives: Vec<Executive> = (0..50)
        .map(|i| exec(&format!("e{i}"), [Internal, External, Mixed][i % 3]))
        .collect();
    executives[10].reports_to = ReportsTo::Executive(ExecutiveId("e0".into()));
    let cards: Vec<Responsibility> = (0..10_000)
        .map(|i| {
            let mut c = card(
                &format!("c{i}"),
                f64::from(i % 11) / 10.0,
                1.0 + f64::from(i % 5),
                (i % 7 != 0).then(|| format!("e{}", i % 50)).as_deref(),
            );
            if i % 13 == 0 {
                c.name = format!("Data {i}");
            }
            c
        })
        .collect();
    let d = design(executives, cards);
    let index = Index::of(&d);
    let balance = DesignBalance::of_indexed(&d, &index);
    let start = std::time::Instant::now();
    let found = findings(&d, &index, &balance);
    let took = start.elapsed();
    eprintln!("{} findings of 10,000 cards in {took:?}", found.len());
    assert!(!found.is_empty());
}
