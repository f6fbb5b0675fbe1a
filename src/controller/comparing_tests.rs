use super::*;
use crate::model::{Edit, OptionEdit, Options};
use crate::templates::default_design;

fn card(id: &str) -> ResponsibilityId {
    ResponsibilityId(id.into())
}

fn cto() -> Option<ExecutiveId> {
    Some(ExecutiveId("cto".into()))
}

/// "As is" (the default design) and "Option A", where security moved
/// from the CIO to the CTO, shown on "As is".
fn two_options() -> Document {
    let mut options = Options::one(default_design());
    options
        .apply(OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        })
        .expect("copy");
    let b = options.design_mut(1);
    b.apply(Edit::Move {
        responsibility: card("security"),
        to: cto(),
    })
    .expect("move");
    let mut document = Document::recovered(options, None);
    document.switch_option(0);
    document
}

#[test]
fn the_usual_pair_is_as_is_against_the_option_shown_or_the_second() {
    let mut document = two_options();
    let comparing = Comparing::default();
    assert_eq!(comparing.pair(&document), (0, 1));
    document.switch_option(1);
    assert_eq!(comparing.pair(&document), (0, 1));
    let one = Document::untitled(default_design());
    assert_eq!(comparing.pair(&one), (0, 0));
}

/// What the controller does after each action: the figures of the option
/// shown brought up to date, then the comparison.
fn refresh(comparing: &mut Comparing, derived: &mut Derived, document: &Document) {
    derived.follow(document);
    comparing.follow_with(document, derived);
}

#[test]
fn it_is_worked_out_again_only_when_the_revision_or_the_pair_changes() {
    let mut document = two_options();
    let mut derived = Derived::of(&document);
    let mut comparing = Comparing::default();
    refresh(&mut comparing, &mut derived, &document);
    assert_eq!(comparing.times_computed(), 0, "closed: nothing worked out");
    comparing.toggle(&document);
    refresh(&mut comparing, &mut derived, &document);
    assert!(comparing.is_open());
    assert_eq!(comparing.times_computed(), 1);
    assert_eq!(comparing.times_weighed(), 1, "Option A, not shown");
    let moved = comparing.comparison().expect("open").changes.clone();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].kind, ChangeKind::CardMoved);
    // Frames without a change: nothing worked out again.
    for _ in 0..10 {
        refresh(&mut comparing, &mut derived, &document);
    }
    assert_eq!(comparing.times_computed(), 1);
    // An edit to the option shown: worked out again, from the figures the
    // window has for it; the other option is not weighed again.
    document
        .apply(Edit::Move {
            responsibility: card("infrastructure"),
            to: cto(),
        })
        .expect("move");
    refresh(&mut comparing, &mut derived, &document);
    assert_eq!(comparing.times_computed(), 2);
    assert_eq!(comparing.times_weighed(), 1);
    assert!(
        comparing
            .comparison()
            .is_some_and(|c| c.changes.iter().any(|c| c.id == "infrastructure")),
        "the infrastructure move shows"
    );
    assert_eq!(
        comparing.comparison().map(|c| c.as_ref().clone()),
        Some(Comparison::of(
            document.options().design(0),
            document.options().design(1)
        )),
        "the same as worked out afresh"
    );
    refresh(&mut comparing, &mut derived, &document);
    assert_eq!(comparing.times_computed(), 2);
    // Another pair: worked out again; the same pair chosen again: not.
    comparing.swap(&document);
    refresh(&mut comparing, &mut derived, &document);
    assert_eq!(comparing.pair(&document), (1, 0));
    assert_eq!(comparing.times_computed(), 3);
    assert_eq!(comparing.times_weighed(), 1, "still the same Option A");
    comparing.pick(&document, 1, 0);
    refresh(&mut comparing, &mut derived, &document);
    assert_eq!(comparing.times_computed(), 3);
    comparing.close();
    assert!(comparing.comparison().is_none());
}

#[test]
fn the_pair_follows_the_names_and_falls_back_when_one_goes() {
    let mut document = two_options();
    document
        .apply_option(OptionEdit::Copy {
            from: 1,
            name: "Option B".into(),
        })
        .expect("copy");
    let mut comparing = Comparing::default();
    comparing.toggle(&document);
    comparing.pick(&document, 2, 1);
    // Moved to the front: still B against A.
    document
        .apply_option(OptionEdit::Move { from: 2, to: 0 })
        .expect("move");
    assert_eq!(document.options().name(0), "Option B");
    assert_eq!(comparing.pair(&document), (0, 2));
    // A deleted: the usual pair, the first against the one shown.
    document
        .apply_option(OptionEdit::Delete { index: 2 })
        .expect("delete");
    document.switch_option(1);
    assert_eq!(comparing.pair(&document), (0, 1));
}

#[test]
fn the_chart_marks_moved_cards_with_their_old_owner_on_the_second_option() {
    let mut document = two_options();
    let mut comparing = Comparing::default();
    let mut derived = Derived::of(&document);
    comparing.toggle(&document);
    refresh(&mut comparing, &mut derived, &document);
    assert!(comparing.marks(&document).is_none(), "As is is shown");
    document.switch_option(1);
    refresh(&mut comparing, &mut derived, &document);
    let marks = comparing.marks(&document).expect("Option A is shown");
    let mark = marks.get(&card("security")).expect("security moved");
    assert_eq!(mark.tag, "from CIO");
    assert_eq!(mark.spoken, "moved from CIO");
    assert_eq!(marks.len(), 1);
}
