//! UI tests: while a card is carried, the inspector says where it would
//! land and what letting go there would do to the balance, and what it
//! says is what the drop then does. Expected figures come from the model
//! ([`DesignBalance`] of an independently edited copy of the design).

use crate::common;

use egui::{Key, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use remit::app::RemitApp;
use remit::model::{Balance, Design, DesignBalance, ExecutiveId};
use remit::templates::default_design;

const SECURITY: &str = "Information security";
const SECURITY_ID: &str = "security";

/// The default design with `id` given to `to` (`None`: the tray): its
/// balance is the balance after the move.
fn moved(id: &str, to: Option<&str>) -> Design {
    let mut design = default_design();
    let item = design
        .responsibilities
        .iter_mut()
        .find(|r| r.id.0 == id)
        .expect("the card");
    item.owner = to.map(|t| ExecutiveId(t.into()));
    design
}

fn figures(balance: &Balance) -> String {
    match (balance.internal_percent(), balance.external_percent()) {
        (Some(i), Some(e)) => format!("internal {i}% · external {e}%"),
        _ => "nothing assigned".to_owned(),
    }
}

/// The figures of executive `id` in `design`.
fn of(design: &Design, id: &str) -> String {
    figures(&DesignBalance::of(design).executive(&ExecutiveId(id.into())))
}

/// A point inside an executive's box, just below its header.
fn inside_box(h: &Harness<'_, RemitApp>, short_title: &str) -> Pos2 {
    let header = h.get_by_label(&format!("{short_title} box")).rect();
    pos2(header.center().x, header.bottom() + 20.0)
}

#[test]
fn carrying_a_card_previews_the_move_and_the_drop_does_what_it_said() {
    let mut h = common::started(None);
    let now = default_design();
    let after = moved(SECURITY_ID, Some("cto"));
    let from = h.get_by_label(SECURITY).rect().center();
    let to = inside_box(&h, "CTO");
    common::carry(&mut h, from, to);

    h.get_by_label(&format!("Moving “{SECURITY}”"));
    h.get_by_label("From CIO to CTO");
    h.get_by_label(&format!("CIO would be {}", of(&after, "cio")));
    h.get_by_label(&format!("now {}", of(&now, "cio")));
    h.get_by_label(&format!("CTO would be {}", of(&after, "cto")));
    h.get_by_label(&format!("now {}", of(&now, "cto")));
    // The CTO is Responsible on it in the default design: the drop makes it
    // the owner, and ends the role.
    h.get_by_label(
        "CTO is Responsible on it now; as its owner, CTO becomes accountable for it and that role ends.",
    );
    assert!(
        h.query_by_label("Name").is_none(),
        "the card's editors give way while it is carried"
    );
    // Nothing has moved yet.
    assert_eq!(h.state().document().design(), &now);
    assert!(!h.state().document().is_dirty());

    h.drop_at(to);
    h.run();
    let design = h.state().document().design();
    let security = design.responsibility(&remit::model::ResponsibilityId(SECURITY_ID.into()));
    assert_eq!(
        security.and_then(|r| r.owner.clone()),
        Some(ExecutiveId("cto".into()))
    );
    let panel = |id: &str, title: &str| format!("{title}: {}", of(&after, id));
    h.get_by_label(&panel("cio", "CIO"));
    h.get_by_label(&panel("cto", "CTO"));
    assert!(h.query_by_label("Moving a responsibility").is_none());
    h.get_by_label("Name");
}

#[test]
fn carrying_over_the_tray_its_own_box_and_nowhere() {
    let mut h = common::started(None);
    let after = moved(SECURITY_ID, None);
    let from = h.get_by_label(SECURITY).rect().center();
    let tray = h.get_by_label_contains("drop a card here").rect().center();
    common::carry(&mut h, from, tray);
    h.get_by_label("From CIO to the tray");
    h.get_by_label(&format!("CIO would be {}", of(&after, "cio")));

    // Over its own place in its own box: nothing moves; nearer the top
    // of that box, it would go to another place among its cards.
    h.hover_at(from);
    h.run();
    h.get_by_label("Over CIO, where it is now: nothing moves.");
    let own = inside_box(&h, "CIO");
    h.hover_at(own);
    h.run();
    h.get_by_label_contains("Within CIO: to place ");

    // Above every box: the top-left corner of the chart.
    let chart = h.get_by_label("CIO box").rect();
    h.hover_at(pos2(chart.left() - 4.0, chart.top() - 30.0).max(pos2(2.0, 40.0)));
    h.run();
    h.get_by_label("From CIO: not over a box.");

    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Moving a responsibility").is_none());
    h.get_by_label("Name");
    assert_eq!(h.state().document().design(), &default_design());
}
