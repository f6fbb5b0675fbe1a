//! Each kind of finding fires when it should and stays quiet when it should
//! not, at the edges of its thresholds; each fix settles its finding.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::model::design::{Executive, Orientation, ReportsTo, Responsibility, Role, WorkKind};
use crate::templates::TEMPLATES;

mod branches;
mod cards;
mod collaboration;
mod contested;
mod counted_twice;
mod data;
mod executives;
mod intents;
mod only_executive;
mod security;

fn exec(id: &str, orientation: Orientation) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: id.to_uppercase(),
        orientation,
        reports_to: ReportsTo::Ceo,
        ..Default::default()
    }
}

/// A card named after its id, of the kind its id says (the catalog
/// entry's, or what the words point to), as a new card gets it.
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

/// `card`, named `name`, of the kind that name gets.
fn named(id: &str, name: &str, share: f64, owner: Option<&str>) -> Responsibility {
    let mut c = card(id, share, 1.0, owner);
    c.name = name.into();
    c.kind = WorkKind::infer(id, name);
    c
}

/// `e` reporting to the executive `manager`.
fn under(mut e: Executive, manager: &str) -> Executive {
    e.reports_to = ReportsTo::Executive(ExecutiveId(manager.into()));
    e
}

/// An executive with this title and no orientation set.
fn titled(id: &str, title: &str) -> Executive {
    let mut e = exec(id, NotSet);
    e.short_title = title.into();
    e
}

/// `card` with `who` in `role` on it.
fn with_role(mut c: Responsibility, who: &str, role: Role) -> Responsibility {
    c.roles.insert(ExecutiveId(who.into()), role);
    c
}

/// The findings' messages, for assertion messages.
fn messages(found: &[Finding]) -> Vec<String> {
    found
        .iter()
        .map(|f| format!("{:?} {:?}: {}", f.severity, f.kind, f.message))
        .collect()
}

fn design(executives: Vec<Executive>, cards: Vec<Responsibility>) -> Design {
    let mut d = Design::empty("t");
    d.executives = executives;
    d.responsibilities = cards.into_iter().map(Into::into).collect();
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
    // The CTO under the CIO is a shape the sources accept: a note, last.
    assert_eq!(found.last().map(|f| f.severity), Some(Severity::Note));
}

#[test]
fn templates_have_findings_that_name_their_items() {
    for template in TEMPLATES {
        let d = (template.build)();
        for f in all(&d) {
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
    let d = crate::templates::default_design();
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
                c.kind = WorkKind::Data;
            }
            if i % 17 == 0 {
                c.kind = WorkKind::Security;
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
