//! One test per kind of change, on small designs built by hand.

use super::*;
use crate::model::{Decision, Orientation, When, WorkKind};

pub(super) fn exec(id: &str, title: &str) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: title.into(),
        full_title: format!("Chief {title}"),
        reports_to: ReportsTo::Ceo,
        orientation: Orientation::Internal,
        ..Executive::default()
    }
}

pub(super) fn card(id: &str, name: &str, owner: &str) -> Responsibility {
    Responsibility {
        id: ResponsibilityId(id.into()),
        name: name.into(),
        external_share: 0.2,
        size: 3.0,
        owner: Some(ExecutiveId(owner.into())),
        ..Responsibility::default()
    }
}

fn base() -> Design {
    let mut d = Design::empty("Base");
    d.executives = vec![exec("cio", "CIO"), exec("cto", "CTO")];
    d.responsibilities = vec![
        card("security", "Information security", "cio"),
        card("apps", "Apps", "cto"),
    ]
    .into_iter()
    .map(Into::into)
    .collect();
    d
}

/// The one change `edit` makes to the base design.
fn one(edit: impl FnOnce(&mut Design)) -> Change {
    let from = base();
    let mut to = base();
    edit(&mut to);
    let mut list = changes(&from, &to);
    assert_eq!(list.len(), 1, "{list:#?}");
    list.remove(0)
}

#[test]
fn a_design_against_itself_has_no_changes() {
    assert!(changes(&base(), &base()).is_empty());
}

#[test]
fn a_move_carries_the_latest_reason_for_that_move() {
    let change = one(|d| {
        d.responsibilities[0].owner = Some(ExecutiveId("cto".into()));
        let when = When::parse("2026-11-23T19:45:12Z").expect("a time");
        let entry = |to: &str, reason: &str| Decision {
            responsibility: ResponsibilityId("security".into()),
            name: "Information security".into(),
            from: Some(ExecutiveId("cio".into())),
            to: Some(ExecutiveId(to.into())),
            reason: reason.into(),
            when,
        };
        d.decisions = vec![
            entry("cto", "An old reason."),
            entry("cto", "Security is part of what we sell."),
            entry("cio", "Not this move."),
        ];
    });
    assert_eq!(change.kind, ChangeKind::CardMoved);
    assert_eq!(change.reason, "Security is part of what we sell.");
    assert_eq!(
        change.sentence(),
        "“Information security” moved from the CIO to the CTO: Security is part of what we sell."
    );
}

#[test]
fn a_move_without_a_reason_and_to_the_tray() {
    let change = one(|d| d.responsibilities[0].owner = None);
    assert_eq!(
        change.sentence(),
        "“Information security” moved from the CIO to the tray."
    );
}

#[test]
fn cards_added_removed_and_changed() {
    let change = one(|d| d.responsibilities.push(card("data", "Data", "cio").into()));
    assert_eq!(change.kind, ChangeKind::CardAdded);
    assert_eq!(change.sentence(), "“Data” is added, owned by the CIO.");
    let change = one(|d| {
        d.responsibilities.remove(1);
    });
    assert_eq!(change.kind, ChangeKind::CardRemoved);
    assert_eq!(
        change.sentence(),
        "“Apps” is removed (was owned by the CTO)."
    );
    let change = one(|d| d.responsibilities[1].name = "Applications".into());
    assert_eq!(change.kind, ChangeKind::CardRenamed);
    assert_eq!(change.sentence(), "“Apps” is renamed “Applications”.");
    let change = one(|d| d.responsibilities[1].external_share = 0.9);
    assert_eq!(change.kind, ChangeKind::FacingChanged);
    assert_eq!(
        (change.from.as_str(), change.to.as_str()),
        ("20% external", "90% external")
    );
    let change = one(|d| d.responsibilities[1].size = 4.5);
    assert_eq!(change.kind, ChangeKind::SizeChanged);
    assert_eq!((change.from.as_str(), change.to.as_str()), ("3", "4.5"));
    let change = one(|d| d.responsibilities[1].kind = WorkKind::Security);
    assert_eq!(change.kind, ChangeKind::KindChanged);
    let change = one(|d| d.responsibilities[1].external_share = 0.205);
    assert_eq!(
        change.sentence(),
        "“Apps” is now 20.5% external (was 20% external)."
    );
}

#[test]
fn each_role_that_differs_is_one_change() {
    let change = one(|d| {
        d.responsibilities[0]
            .roles
            .insert(ExecutiveId("cto".into()), Role::Consulted);
    });
    assert_eq!(change.kind, ChangeKind::RoleChanged);
    assert_eq!(change.executive, "CTO");
    assert_eq!(change.item_label(), "Information security: CTO");
    assert_eq!(
        change.sentence(),
        "The CTO's role on “Information security” is now consulted (was none)."
    );
}

#[test]
fn a_move_names_the_new_owner_once_and_the_old_owner_s_new_role_as_such() {
    // Before: the CIO owns security, the CTO is consulted. After: the CTO
    // owns it and the CIO is consulted.
    let mut from = base();
    from.responsibilities[0]
        .roles
        .insert(ExecutiveId("cto".into()), Role::Consulted);
    let mut to = base();
    to.responsibilities[0].owner = Some(ExecutiveId("cto".into()));
    to.responsibilities[0]
        .roles
        .insert(ExecutiveId("cio".into()), Role::Consulted);
    let list = changes(&from, &to);
    let sentences: Vec<String> = list.iter().map(Change::sentence).collect();
    assert_eq!(
        sentences,
        [
            "“Information security” moved from the CIO to the CTO.",
            "The CIO's role on “Information security” is now consulted (was the owner).",
        ],
        "{list:#?}"
    );
}

#[test]
fn an_executive_taken_off_the_chart_is_one_change_not_one_per_role() {
    let mut from = base();
    from.executives.push(exec("cdo", "CDO"));
    from.responsibilities[1]
        .roles
        .insert(ExecutiveId("cdo".into()), Role::Informed);
    let list = changes(&from, &base());
    assert_eq!(list.len(), 1, "{list:#?}");
    assert_eq!(list[0].kind, ChangeKind::ExecutiveRemoved);
}

#[test]
fn executives_added_removed_and_changed() {
    let change = one(|d| d.executives.push(exec("cdo", "CDO")));
    assert_eq!(change.kind, ChangeKind::ExecutiveAdded);
    assert_eq!(change.sentence(), "New executive: CDO (Chief CDO).");
    let mut to = base();
    to.executives.remove(1);
    to.responsibilities.remove(1);
    let kinds: Vec<ChangeKind> = changes(&base(), &to).iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChangeKind::ExecutiveRemoved, ChangeKind::CardRemoved]
    );
    let change = one(|d| d.executives[0].short_title = "CISO".into());
    assert_eq!(change.kind, ChangeKind::ExecutiveRetitled);
    assert_eq!(
        change.sentence(),
        "The CIO (Chief CIO) is now titled CISO (Chief CIO)."
    );
    let change = one(|d| d.executives[0].full_title = "Chief Information Officer".into());
    assert_eq!(change.kind, ChangeKind::ExecutiveRetitled);
    let change = one(|d| d.executives[0].person = "Ada".into());
    assert_eq!(change.kind, ChangeKind::PersonChanged);
    assert_eq!(change.sentence(), "The CIO is now Ada (was not named).");
    let change = one(|d| d.executives[0].orientation = Orientation::NotSet);
    assert_eq!(change.kind, ChangeKind::OrientationChanged);
    assert_eq!(
        change.sentence(),
        "The CIO's orientation is now not set (was internal-facing)."
    );
}

#[test]
fn reporting_and_dotted_lines() {
    let change =
        one(|d| d.executives[1].reports_to = ReportsTo::Executive(ExecutiveId("cio".into())));
    assert_eq!(change.kind, ChangeKind::ReportingLineChanged);
    assert_eq!(
        change.sentence(),
        "The CTO now reports to the CIO (was the CEO)."
    );
    let line = DottedLine {
        from: ExecutiveId("cto".into()),
        to: ExecutiveId("cio".into()),
    };
    let mut with_line = base();
    with_line.dotted_lines.push(line);
    let added = changes(&base(), &with_line);
    assert_eq!(added.len(), 1);
    assert_eq!(
        added[0].sentence(),
        "New dotted line from the CTO to the CIO."
    );
    let removed = changes(&with_line, &base());
    assert_eq!(removed[0].kind, ChangeKind::DottedLineRemoved);
}

#[test]
fn what_the_list_does_not_cover_is_no_change() {
    let mut to = base();
    to.name = "Other".into();
    to.executives[0].position.x = 40.0;
    to.executives[0].notes = "notes".into();
    to.responsibilities[0].description = "what it covers".into();
    to.responsibilities[0].deliberate = true;
    assert!(changes(&base(), &to).is_empty());
}

#[test]
fn the_order_is_executives_then_cards_then_lines() {
    let mut to = base();
    to.executives[1].reports_to = ReportsTo::NotSet;
    to.responsibilities[1].owner = Some(ExecutiveId("cio".into()));
    to.executives.push(exec("cdo", "CDO"));
    let kinds: Vec<ChangeKind> = changes(&base(), &to).iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChangeKind::ExecutiveAdded,
            ChangeKind::CardMoved,
            ChangeKind::ReportingLineChanged
        ]
    );
}

#[test]
fn two_thousand_cards_all_moved_are_listed_once_each_in_order() {
    let mut from = Design::empty("Big");
    from.executives = (0..40)
        .map(|i| exec(&format!("e{i}"), &format!("E{i}")))
        .collect();
    from.responsibilities = (0..2_000)
        .map(|i| {
            card(
                &format!("c{i}"),
                &format!("Card {i}"),
                &format!("e{}", i % 40),
            )
        })
        .map(Into::into)
        .collect();
    let mut to = from.clone();
    for (i, r) in to.responsibilities.iter_mut().enumerate() {
        r.owner = Some(ExecutiveId(format!("e{}", (i + 1) % 40)));
    }
    let list = changes(&from, &to);
    assert_eq!(list.len(), 2_000);
    assert!(list.iter().all(|c| c.kind == ChangeKind::CardMoved));
    assert_eq!(list[0].id, "c0");
    assert_eq!(list[1_999].id, "c1999");
    assert_eq!(list, changes(&from, &to), "the same list every time");
}
