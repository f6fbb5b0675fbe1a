//! One test per kind of change, on small designs built by hand: the
//! change listed between two designs, applied to the first, leaves none;
//! a change picked alone changes only its own item and leaves the design
//! whole.

use super::super::changes;
use super::super::tests::{card, exec};
use super::*;
use crate::model::design::{Orientation, Role};
use crate::model::{WorkKind, rules};

fn eid(id: &str) -> ExecutiveId {
    ExecutiveId(id.into())
}

fn rid(id: &str) -> ResponsibilityId {
    ResponsibilityId(id.into())
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

/// `from` with every change to `to` applied, checked to leave none and to
/// be valid.
fn converge(from: &Design, to: &Design) -> Design {
    let mut out = from.clone();
    for change in changes(from, to) {
        apply(&mut out, &change, to);
    }
    assert_eq!(changes(&out, to), [], "changes left");
    assert_eq!(rules::validate(&out), Ok(()));
    out
}

/// The base design with the one change `edit` makes applied, checked.
fn one(edit: impl FnOnce(&mut Design)) -> Design {
    let mut to = base();
    edit(&mut to);
    assert_eq!(changes(&base(), &to).len(), 1);
    converge(&base(), &to)
}

#[test]
fn executives_added_in_place_and_changed() {
    let out = one(|d| d.executives.insert(1, exec("cdo", "CDO")));
    let ids: Vec<&str> = out.executives.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["cio", "cdo", "cto"], "after the one before it");
    let out = one(|d| d.executives.insert(0, exec("cdo", "CDO")));
    assert_eq!(out.executives[0].id, eid("cdo"), "first when first");
    let out = one(|d| d.executives[0].short_title = "CISO".into());
    assert_eq!(out.executives[0].short_title, "CISO");
    let out = one(|d| d.executives[0].full_title = "Chief Information Officer".into());
    assert_eq!(out.executives[0].full_title, "Chief Information Officer");
    let out = one(|d| d.executives[0].person = "Ada".into());
    assert_eq!(out.executives[0].person, "Ada");
    let out = one(|d| d.executives[0].orientation = Orientation::Mixed);
    assert_eq!(out.executives[0].orientation, Orientation::Mixed);
    let out = one(|d| d.executives[1].reports_to = ReportsTo::Executive(eid("cio")));
    assert_eq!(
        out.executives[1].reports_to,
        ReportsTo::Executive(eid("cio"))
    );
}

#[test]
fn an_executive_removed_takes_its_lines_cards_and_roles_and_its_reports_move_up() {
    let mut from = base();
    from.executives.push(exec("cdo", "CDO"));
    from.executives[0].reports_to = ReportsTo::Executive(eid("cdo"));
    from.dotted_lines.push(DottedLine {
        from: eid("cto"),
        to: eid("cdo"),
    });
    from.responsibilities[1]
        .roles
        .insert(eid("cdo"), Role::Informed);
    from.responsibilities
        .push(card("data", "Data", "cdo").into());
    let list = changes(&from, &base());
    let removal = list
        .iter()
        .find(|c| c.kind == ChangeKind::ExecutiveRemoved)
        .cloned();
    let mut out = from.clone();
    if let Some(removal) = &removal {
        apply(&mut out, removal, &base());
    }
    assert!(out.executive(&eid("cdo")).is_none());
    assert_eq!(out.executives[0].reports_to, ReportsTo::Ceo, "moved up");
    assert!(out.dotted_lines.is_empty());
    assert!(out.responsibilities[1].roles.is_empty());
    assert_eq!(
        out.responsibility(&rid("data")).map(|r| &r.owner),
        Some(&None)
    );
    assert_eq!(rules::validate(&out), Ok(()));
    converge(&from, &base());
}

#[test]
fn cards_added_in_place_removed_and_changed() {
    let out = one(|d| {
        d.responsibilities
            .insert(1, card("data", "Data", "cio").into());
    });
    let ids: Vec<&str> = out.cards().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["security", "data", "apps"]);
    let out = one(|d| {
        d.responsibilities.remove(0);
    });
    assert_eq!(out.responsibilities.len(), 1);
    let out = one(|d| d.responsibilities[1].name = "Applications".into());
    assert_eq!(out.responsibilities[1].name, "Applications");
    let out = one(|d| d.responsibilities[1].external_share = 0.9);
    assert_eq!(out.responsibilities[1].external_share, 0.9);
    let out = one(|d| d.responsibilities[1].size = 4.5);
    assert_eq!(out.responsibilities[1].size, 4.5);
    let out = one(|d| d.responsibilities[1].kind = WorkKind::Security);
    assert_eq!(out.responsibilities[1].kind, WorkKind::Security);
    let out = one(|d| d.responsibilities[0].owner = None);
    assert_eq!(out.responsibilities[0].owner, None);
}

#[test]
fn a_move_drops_the_new_owner_s_role_and_the_old_owner_takes_its_listed_role() {
    let mut from = base();
    from.responsibilities[0]
        .roles
        .insert(eid("cto"), Role::Consulted);
    let mut to = base();
    to.responsibilities[0].owner = Some(eid("cto"));
    to.responsibilities[0]
        .roles
        .insert(eid("cio"), Role::Consulted);
    let out = converge(&from, &to);
    assert_eq!(out.responsibilities[0].owner, Some(eid("cto")));
}

#[test]
fn a_role_change_picked_alone_changes_that_executive_s_role_only() {
    let mut from = base();
    from.executives.push(exec("cdo", "CDO"));
    let mut to = from.clone();
    to.responsibilities[0]
        .roles
        .insert(eid("cto"), Role::Consulted);
    to.responsibilities[0]
        .roles
        .insert(eid("cdo"), Role::Informed);
    let list = changes(&from, &to);
    assert_eq!(list.len(), 2, "{list:#?}");
    let mut out = from.clone();
    apply(&mut out, &list[1], &to);
    let roles: Vec<(&str, Role)> = out.responsibilities[0]
        .roles
        .iter()
        .map(|(e, r)| (e.as_str(), *r))
        .collect();
    assert_eq!(roles, [("cto", Role::Consulted)], "{:?}", list[1]);
    apply(&mut out, &list[0], &to);
    assert_eq!(changes(&out, &to), []);
    // Taken away again, one by one.
    converge(&to, &from);
}

#[test]
fn a_reporting_line_picked_alone_closes_no_loop() {
    // From: the CTO reports to the CIO. To: the CIO reports to the CTO.
    let mut from = base();
    from.executives[1].reports_to = ReportsTo::Executive(eid("cio"));
    let mut to = base();
    to.executives[0].reports_to = ReportsTo::Executive(eid("cto"));
    let list = changes(&from, &to);
    assert_eq!(list.len(), 2, "{list:#?}");
    let mut out = from.clone();
    apply(&mut out, &list[0], &to);
    assert_eq!(rules::validate(&out), Ok(()));
    assert_eq!(
        changes(&out, &to),
        [],
        "the loop is broken the target's way"
    );
    converge(&from, &to);
}

#[test]
fn an_executive_added_before_its_new_manager_reports_to_it_once_it_comes() {
    let mut to = base();
    let mut cdo = exec("cdo", "CDO");
    cdo.reports_to = ReportsTo::Executive(eid("cso"));
    to.executives.push(cdo);
    to.executives.push(exec("cso", "CSO"));
    let list = changes(&base(), &to);
    let mut out = base();
    apply(&mut out, &list[0], &to);
    assert_eq!(out.executives[2].reports_to, ReportsTo::NotSet, "not yet");
    assert_eq!(rules::validate(&out), Ok(()));
    let out = converge(&base(), &to);
    assert_eq!(
        out.executives[2].reports_to,
        ReportsTo::Executive(eid("cso"))
    );
}

#[test]
fn a_change_naming_an_executive_the_design_lacks_makes_no_dangling_id() {
    let mut to = base();
    to.executives.push(exec("cdo", "CDO"));
    to.responsibilities[0].owner = Some(eid("cdo"));
    to.responsibilities[1]
        .roles
        .insert(eid("cdo"), Role::Informed);
    to.dotted_lines.push(DottedLine {
        from: eid("cto"),
        to: eid("cdo"),
    });
    to.responsibilities.push(card("data", "Data", "cdo").into());
    let mut out = base();
    for change in changes(&base(), &to)
        .iter()
        .filter(|c| c.kind != ChangeKind::ExecutiveAdded)
    {
        apply(&mut out, change, &to);
    }
    assert_eq!(rules::validate(&out), Ok(()));
    assert_eq!(out.responsibilities[0].owner, Some(eid("cio")), "stays");
    assert!(out.dotted_lines.is_empty());
    converge(&base(), &to);
}

#[test]
fn dotted_lines_added_and_removed_one_at_a_time() {
    let mut from = base();
    from.executives.push(exec("cdo", "CDO"));
    let mut to = from.clone();
    let line = |to: &str| DottedLine {
        from: eid("cio"),
        to: eid(to),
    };
    to.dotted_lines = vec![line("cto"), line("cdo")];
    let list = changes(&from, &to);
    assert_eq!(list.len(), 2);
    let mut out = from.clone();
    apply(&mut out, &list[1], &to);
    assert_eq!(out.dotted_lines, [line("cdo")], "only the line it names");
    converge(&from, &to);
    let list = changes(&to, &from);
    let mut out = to.clone();
    apply(&mut out, &list[0], &from);
    assert_eq!(out.dotted_lines, [line("cdo")]);
    converge(&to, &from);
}

#[test]
fn a_change_already_made_changes_nothing() {
    let mut to = base();
    to.responsibilities[0].owner = Some(eid("cto"));
    to.executives.push(exec("cdo", "CDO"));
    let list = changes(&base(), &to);
    let once = converge(&base(), &to);
    let mut twice = once.clone();
    for change in &list {
        apply(&mut twice, change, &to);
    }
    assert_eq!(twice, once);
}
