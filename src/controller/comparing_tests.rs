use super::*;
use crate::model::catalog::sources;
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

#[test]
fn it_is_worked_out_again_only_when_the_revision_or_the_pair_changes() {
    let mut document = two_options();
    let mut comparing = Comparing::default();
    comparing.follow(&document);
    assert_eq!(comparing.times_computed(), 0, "closed: nothing worked out");
    comparing.toggle(&document);
    assert!(comparing.is_open());
    assert_eq!(comparing.times_computed(), 1);
    let moved = comparing.comparison().expect("open").changes.clone();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].kind, ChangeKind::CardMoved);
    // Frames without a change: nothing worked out again.
    for _ in 0..10 {
        comparing.follow(&document);
    }
    assert_eq!(comparing.times_computed(), 1);
    // An edit: worked out again.
    document
        .apply(Edit::Move {
            responsibility: card("infrastructure"),
            to: cto(),
        })
        .expect("move");
    comparing.follow(&document);
    assert_eq!(comparing.times_computed(), 2);
    comparing.follow(&document);
    assert_eq!(comparing.times_computed(), 2);
    // Another pair: worked out again; the same pair chosen again: not.
    comparing.swap(&document);
    assert_eq!(comparing.pair(&document), (1, 0));
    assert_eq!(comparing.times_computed(), 3);
    comparing.pick(&document, 1, 0);
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
    comparing.toggle(&document);
    assert!(comparing.marks(&document).is_none(), "As is is shown");
    document.switch_option(1);
    comparing.follow(&document);
    let marks = comparing.marks(&document).expect("Option A is shown");
    let mark = marks.get(&card("security")).expect("security moved");
    assert_eq!(mark.tag, "from CIO");
    assert_eq!(mark.spoken, "moved from CIO");
    assert_eq!(marks.len(), 1);
}

/// A rough measure of the work on the window's thread: "As is" of 2,000
/// cards against a copy where every tenth card moved. Prints the time;
/// fails only if it is far beyond a frame.
#[test]
fn a_comparison_of_two_thousand_cards_is_quick() {
    let mut design = default_design();
    let owners = [Some("cio"), Some("cto"), None];
    design.responsibilities = (0..2000)
        .map(|i| {
            let entry = &sources::ENTRIES[i % sources::ENTRIES.len()];
            let owner = owners[i % owners.len()].map(|o| ExecutiveId(o.into()));
            let mut r = entry.to_responsibility(owner);
            r.id = ResponsibilityId(format!("{}-{i}", entry.id));
            r.name = format!("{} {}", entry.name, i + 1);
            r
        })
        .map(Into::into)
        .collect();
    let mut other = design.clone();
    for i in (0..2000).step_by(10) {
        let id = other.responsibilities[i].id.clone();
        other
            .apply(Edit::Move {
                responsibility: id,
                to: cto(),
            })
            .expect("move");
    }
    let runs = 5;
    let start = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Comparison::of(&design, &other));
    }
    let each = start.elapsed() / runs;
    println!("Comparison::of on 2,000 cards: {each:?} each");
    assert!(each < std::time::Duration::from_secs(2), "{each:?}");
}
