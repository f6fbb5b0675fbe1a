//! The advice a consultant would give on small designs written from the
//! domain brief: for each, the findings expected and those that must not
//! appear (by kind, severity and key words, never whole sentences); and a
//! property over random small charts (titles that say a side or not, cards
//! of several kinds, roles): what a finding says is true of the design
//! (nobody is said to lead no side that someone holds, no data work is
//! said to be missing when a card is data work, and so on).
//! `corpus.rs` holds the larger table of designs written from the sources.

use proptest::prelude::*;

use remit::model::{
    About, Design, DesignBalance, Executive, ExecutiveId, Facing, Finding, FindingKind, Index,
    Orientation, ReportsTo, Responsibility, ResponsibilityId, Role, Severity, WorkKind, findings,
    intent,
};

use FindingKind::{
    BlurredRole, Concentration, FacingAgainstOwner, NoCollaboration, NoDataWork, OneSided,
    OnlyExecutive, ReportingAgainstSplit, SecurityBar,
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
        kind: WorkKind::infer(id, id),
        ..Default::default()
    }
}

fn design(executives: Vec<Executive>, cards: Vec<Responsibility>) -> Design {
    let mut d = Design::empty("advice");
    d.executives = executives;
    d.responsibilities = cards.into_iter().map(Into::into).collect();
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
    let mut shared_data = card("data-analytics", 0.35, 2.0, Some("cio"));
    shared_data
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
            // One note about the CTO; with no data work at all, the one
            // warning is that nobody owns it.
            expect: vec![
                (OnlyExecutive, Severity::Note, "CTO"),
                (NoDataWork, Severity::Warning, "Nobody owns data work"),
            ],
            never: vec![
                Concentration,
                OneSided,
                FacingAgainstOwner,
                BlurredRole,
                SecurityBar,
                NoCollaboration,
            ],
            warnings_allowed: true,
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
                    // Data work both take part in (none at all is a
                    // warning of its own).
                    shared_data.clone(),
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
            // The CISO reports to the CEO, so stands on neither side: with
            // only the CTO consulted, the internal side has no say in the
            // security bar. That is the one warning.
            expect: vec![(
                SecurityBar,
                Severity::Warning,
                "Only the external side sets the security bar",
            )],
            never: vec![
                BlurredRole,
                OnlyExecutive,
                OneSided,
                Concentration,
                FacingAgainstOwner,
                NoDataWork,
                NoCollaboration,
            ],
            warnings_allowed: true,
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
            // The CTO leads both sides, the head of IT under them; a CISO
            // beside them, small by nature, is nobody left with little.
            expect: vec![
                (OnlyExecutive, Severity::Note, "The CTO"),
                (ReportingAgainstSplit, Severity::Note, "Head of IT"),
            ],
            never: vec![Concentration, BlurredRole, OneSided],
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

/// Titles a chart is drawn with: some say a side, some across both, some
/// nothing.
const TITLES: [&str; 6] = ["CIO", "CTO", "CISO", "Head of IT", "COO", ""];

/// Cards of a few kinds, by catalog id or by a client's own name.
const CARDS: [&str; 10] = [
    "rnd",
    "service-delivery",
    "security",
    "data-analytics",
    "infrastructure",
    "crm",
    "enterprise-apps",
    "Network & Data Centre",
    "IAM",
    "Webshop",
];

/// A small chart: up to four executives, each reporting to the CEO or to
/// one listed before it, with a title that may or may not say a side, and
/// up to eight cards of a few telling shares and kinds, each with an
/// executive or in the tray, some with a role for another executive.
fn small_design() -> impl Strategy<Value = Design> {
    let orientation = prop_oneof![
        Just(NotSet),
        Just(NotSet),
        Just(Internal),
        Just(External),
        Just(Orientation::Mixed)
    ];
    let executives = prop::collection::vec(
        (orientation, any::<prop::sample::Index>(), 0..TITLES.len()),
        1..=4,
    );
    let share = prop_oneof![
        Just(0.0),
        Just(0.05),
        Just(0.4),
        Just(0.5),
        Just(0.9),
        Just(1.0)
    ];
    let role = prop_oneof![
        Just(None),
        Just(Some(Role::Responsible)),
        Just(Some(Role::Consulted)),
        Just(Some(Role::Informed))
    ];
    let cards = prop::collection::vec(
        (
            share,
            1.0..20.0f64,
            any::<prop::sample::Index>(),
            any::<bool>(),
            0..CARDS.len(),
            role,
            any::<prop::sample::Index>(),
        ),
        0..=8,
    );
    (executives, cards).prop_map(|(executives, cards)| {
        let n = executives.len();
        let executives = executives
            .into_iter()
            .enumerate()
            .map(|(i, (orientation, manager, title))| {
                let id = format!("e{i}");
                // Reports to the CEO, or to an executive listed before it.
                let m = manager.index(i + 1);
                let manager = (m < i).then(|| format!("e{m}"));
                let title = if TITLES[title].is_empty() {
                    id.to_uppercase()
                } else {
                    TITLES[title].to_owned()
                };
                exec(&id, &title, orientation, manager.as_deref())
            })
            .collect();
        let cards = cards
            .into_iter()
            .enumerate()
            .map(|(i, (share, size, owner, tray, what, role, holder))| {
                let owner = (!tray).then(|| format!("e{}", owner.index(n)));
                let mut c = card(&format!("c{i}"), share, size.round(), owner.as_deref());
                c.name = CARDS[what].to_owned();
                c.kind = WorkKind::infer(CARDS[what], CARDS[what]);
                let holder = format!("e{}", holder.index(n));
                if let Some(role) = role
                    && owner.as_deref() != Some(holder.as_str())
                {
                    c.roles.insert(ExecutiveId(holder), role);
                }
                c
            })
            .collect();
        design(executives, cards)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// What the findings say is true of the design: nobody is said to
    /// lead a side that some executive holds work on, nobody is said to
    /// own no data work when a card is data work, the only executive at
    /// the top is never questioned card by card, a role across both sides
    /// is never blurred, and every fix applies.
    #[test]
    fn findings_say_only_what_is_true(d in small_design()) {
        let found = all(&d);
        let index = Index::of(&d);
        for f in &found {
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
            if f.kind == NoDataWork {
                prop_assert!(
                    d.responsibilities.iter().all(|r| r.kind != WorkKind::Data),
                    "“{}”, but a card is data work", f.message
                );
            }
            if f.kind == BlurredRole {
                for about in &f.about {
                    if let About::Executive(id) = about {
                        let e = index.executive_in(&d, id).expect("on the chart");
                        let across = intent::of(e).is_some_and(|i| i.side == intent::Side::Across);
                        prop_assert!(!across, "{} is across both sides: {}", id, f.message);
                    }
                }
            }
            if let Some(fix) = &f.fix {
                prop_assert_eq!(d.clone().apply(fix.edit.clone()), Ok(true), "{}", fix.label);
            }
        }
        if let Some(note) = found.iter().find(|f| f.kind == OnlyExecutive) {
            let root = note.about.first().cloned();
            prop_assert!(
                found.iter().all(|f| f.kind != FacingAgainstOwner || !f.about.contains(root.as_ref().expect("a root"))),
                "the only executive questioned card by card"
            );
        }
    }
}
