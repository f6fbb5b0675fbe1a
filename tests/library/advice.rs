//! The advice a consultant would give on small designs written from the
//! domain brief: for each, the findings expected and those that must not
//! appear (by kind, severity and key words, never whole sentences); and a
//! property over random small charts: a finding never says nobody leads a
//! side that some executive holds work on.

use proptest::prelude::*;

use remit::model::{
    Design, DesignBalance, Executive, ExecutiveId, Facing, Finding, FindingKind, Index,
    Orientation, ReportsTo, Responsibility, ResponsibilityId, Role, Severity, findings,
};

use FindingKind::{
    BlurredRole, Concentration, FacingAgainstOwner, OneSided, OnlyExecutive, ReportingAgainstSplit,
};
use Orientation::{External, Internal, NotSet};

fn exec(id: &str, title: &str, orientation: Orientation, manager: Option<&str>) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: title.into(),
        orientation,
        reports_to: manager.map_or(ReportsTo::Ceo, |m| {
            ReportsTo::Executive(ExecutiveId(m.into()))
        }),
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
    let mut d = Design::empty("advice");
    d.executives = executives;
    d.responsibilities = cards;
    d
}

fn all(d: &Design) -> Vec<Finding> {
    let index = Index::of(d);
    let balance = DesignBalance::of_indexed(d, &index);
    findings(d, &index, &balance)
}

/// What a consultant expects of one design.
struct Case {
    name: &'static str,
    design: Design,
    /// Kinds that must appear, with their severity and a few words of the
    /// message.
    expect: Vec<(FindingKind, Severity, &'static str)>,
    /// Kinds that must not appear at all.
    never: Vec<FindingKind>,
    /// Whether any warning at all may appear.
    warnings_allowed: bool,
}

fn check(case: &Case) {
    let found = all(&case.design);
    let list: Vec<String> = found
        .iter()
        .map(|f| format!("{:?} {:?}: {}", f.severity, f.kind, f.message))
        .collect();
    for (kind, severity, words) in &case.expect {
        assert!(
            found
                .iter()
                .any(|f| f.kind == *kind && f.severity == *severity && f.message.contains(words)),
            "{}: expected {kind:?} ({severity:?}) saying “{words}”, found {list:#?}",
            case.name
        );
    }
    for kind in &case.never {
        assert!(
            found.iter().all(|f| f.kind != *kind),
            "{}: {kind:?} must not appear, found {list:#?}",
            case.name
        );
    }
    if !case.warnings_allowed {
        assert!(
            found.iter().all(|f| f.severity < Severity::Warning),
            "{}: no warning expected, found {list:#?}",
            case.name
        );
    }
    for f in &found {
        assert!(
            !f.message.contains("nobody leads") || f.kind == OneSided,
            "{}: {}",
            case.name,
            f.message
        );
    }
}

fn cases() -> Vec<Case> {
    let mut bank_security = card("security", 0.4, 4.0, Some("ciso"));
    bank_security
        .roles
        .insert(ExecutiveId("cto".into()), Role::Consulted);
    let mut bank_data = card("data-analytics", 0.35, 3.0, Some("cdo"));
    bank_data
        .roles
        .insert(ExecutiveId("cto".into()), Role::Consulted);
    let mut cdo = exec("cdo", "CDO", Internal, None);
    cdo.full_title = "Chief Data Officer".into();
    vec![
        Case {
            name: "a CTO-only start-up with an IT lead under the CTO",
            design: design(
                vec![
                    exec("cto", "CTO", External, None),
                    exec("it", "IT lead", Internal, Some("cto")),
                ],
                vec![
                    card("product-development", 0.9, 8.0, Some("cto")),
                    card("rnd", 0.85, 5.0, Some("cto")),
                    card("it-operations", 0.1, 3.0, Some("cto")),
                    card("service-delivery", 0.05, 2.0, Some("it")),
                ],
            ),
            expect: vec![(OnlyExecutive, Severity::Note, "CTO")],
            never: vec![Concentration, OneSided, FacingAgainstOwner, BlurredRole],
            warnings_allowed: false,
        },
        Case {
            name: "a CIO who also runs e-commerce, with nobody else",
            design: design(
                vec![exec("cio", "CIO", Internal, None)],
                vec![
                    card("erp", 0.05, 4.0, Some("cio")),
                    card("service-delivery", 0.05, 3.0, Some("cio")),
                    card("e-commerce", 0.95, 6.0, Some("cio")),
                ],
            ),
            expect: vec![(OnlyExecutive, Severity::Note, "only technology executive")],
            never: vec![Concentration, OneSided, FacingAgainstOwner, BlurredRole],
            warnings_allowed: false,
        },
        Case {
            name: "the traditional split with the CTO under the CIO",
            design: design(
                vec![
                    exec("cio", "CIO", Internal, None),
                    exec("cto", "CTO", External, Some("cio")),
                ],
                vec![
                    card("erp", 0.05, 5.0, Some("cio")),
                    card("service-delivery", 0.05, 4.0, Some("cio")),
                    card("product-development", 0.9, 5.0, Some("cto")),
                    card("rnd", 0.85, 3.0, Some("cto")),
                ],
            ),
            expect: vec![
                (ReportingAgainstSplit, Severity::Note, "reports to"),
                (OnlyExecutive, Severity::Note, "CIO"),
            ],
            never: vec![Concentration, OneSided, FacingAgainstOwner, BlurredRole],
            warnings_allowed: false,
        },
        Case {
            name: "a bank with a CIO, a CTO, a CISO for security and a CDO",
            design: design(
                vec![
                    exec("cio", "CIO", Internal, None),
                    exec("cto", "CTO", External, None),
                    exec("ciso", "CISO", NotSet, None),
                    cdo,
                ],
                vec![
                    card("erp", 0.05, 6.0, Some("cio")),
                    card("service-delivery", 0.05, 4.0, Some("cio")),
                    card("digital-banking", 0.9, 6.0, Some("cto")),
                    card("payments-api", 0.85, 4.0, Some("cto")),
                    bank_security,
                    bank_data,
                    card("data-platform", 0.5, 3.0, Some("cdo")),
                ],
            ),
            expect: vec![],
            never: vec![
                BlurredRole,
                OnlyExecutive,
                OneSided,
                Concentration,
                FacingAgainstOwner,
            ],
            warnings_allowed: false,
        },
        Case {
            name: "a product company whose head of IT reports to the CTO, and a CISO",
            design: design(
                vec![
                    exec("cto", "CTO", External, None),
                    exec("it", "Head of IT", Internal, Some("cto")),
                    exec("ciso", "CISO", NotSet, None),
                ],
                vec![
                    card("product-development", 0.9, 77.0, Some("cto")),
                    card("service-delivery", 0.05, 15.0, Some("it")),
                    card("risk", 0.45, 8.0, Some("ciso")),
                ],
            ),
            expect: vec![
                (Concentration, Severity::Warning, "who reports to CTO"),
                (Concentration, Severity::Warning, "92%"),
                (ReportingAgainstSplit, Severity::Note, "Head of IT"),
            ],
            never: vec![OnlyExecutive, BlurredRole, OneSided],
            warnings_allowed: true,
        },
        Case {
            name: "two peers who each hold only internal work, the product in the tray",
            design: design(
                vec![
                    exec("cio", "CIO", Internal, None),
                    exec("cto", "CTO", External, None),
                ],
                vec![
                    card("erp", 0.05, 10.0, Some("cio")),
                    card("infrastructure", 0.15, 3.0, Some("cto")),
                    card("rnd", 0.9, 6.0, None),
                ],
            ),
            expect: vec![(
                OneSided,
                Severity::Warning,
                "nobody leads the external side",
            )],
            never: vec![OnlyExecutive],
            warnings_allowed: true,
        },
        Case {
            name: "two peers, the external side thinly held",
            design: design(
                vec![
                    exec("cio", "CIO", Internal, None),
                    exec("cto", "CTO", External, None),
                ],
                vec![
                    card("erp", 0.05, 10.0, Some("cio")),
                    card("rnd", 0.9, 1.0, Some("cto")),
                    card("product-development", 0.9, 9.0, None),
                ],
            ),
            expect: vec![(OneSided, Severity::Warning, "no clear lead")],
            never: vec![OnlyExecutive],
            warnings_allowed: true,
        },
    ]
}

#[test]
fn designs_from_the_brief_get_the_advice_a_consultant_would_give() {
    for case in cases() {
        check(&case);
    }
}

// ------------------------------------------------------------ property

/// A small chart: up to four executives, each reporting to the CEO or to
/// one listed before it, and up to eight cards of a few telling shares,
/// each with an executive or in the tray.
fn small_design() -> impl Strategy<Value = Design> {
    let orientation = prop_oneof![Just(NotSet), Just(Internal), Just(External)];
    let executives = prop::collection::vec((orientation, any::<prop::sample::Index>()), 1..=4);
    let share = prop_oneof![
        Just(0.0),
        Just(0.05),
        Just(0.4),
        Just(0.5),
        Just(0.9),
        Just(1.0)
    ];
    let cards = prop::collection::vec(
        (
            share,
            1.0..20.0f64,
            any::<prop::sample::Index>(),
            any::<bool>(),
        ),
        0..=8,
    );
    (executives, cards).prop_map(|(executives, cards)| {
        let n = executives.len();
        let executives = executives
            .into_iter()
            .enumerate()
            .map(|(i, (orientation, manager))| {
                let id = format!("e{i}");
                // Reports to the CEO, or to an executive listed before it.
                let m = manager.index(i + 1);
                let manager = (m < i).then(|| format!("e{m}"));
                exec(&id, &id.to_uppercase(), orientation, manager.as_deref())
            })
            .collect();
        let cards = cards
            .into_iter()
            .enumerate()
            .map(|(i, (share, size, owner, tray))| {
                let owner = (!tray).then(|| format!("e{}", owner.index(n)));
                card(&format!("c{i}"), share, size.round(), owner.as_deref())
            })
            .collect();
        design(executives, cards)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// A finding that says nobody leads a side is only ever given when no
    /// executive holds a card facing that side.
    #[test]
    fn nobody_leads_a_side_only_when_no_executive_holds_it(d in small_design()) {
        for f in all(&d) {
            for (side, facing) in [("internal", Facing::Internal), ("external", Facing::External)] {
                let says = [format!("nobody leads the {side} side"), format!("no one leads the {side} side")]
                    .iter()
                    .any(|words| f.message.contains(words.as_str()));
                if !says {
                    continue;
                }
                let holder = d.responsibilities.iter().find(|r| {
                    r.owner.is_some() && Facing::of_share(r.external_share) == facing
                });
                prop_assert!(
                    holder.is_none(),
                    "“{}”, but {:?} holds {}",
                    f.message,
                    holder.and_then(|r| r.owner.clone()),
                    holder.map_or("", |r| r.id.as_str())
                );
            }
        }
    }
}
