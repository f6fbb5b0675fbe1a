//! Findings about cards: facing against the owner (by the owner's intent,
//! set or assumed from the title), the tray, contested cards, long runs.

use super::*;
use crate::model::edit::Edit;

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
    assert!(found[0].why.contains(DELIBERATE_LABEL), "{}", found[0].why);
    let after = fixed(&d, &found[0]);
    assert_eq!(
        after.responsibilities[0].owner,
        Some(ExecutiveId("cto".into()))
    );
    assert!(of_kind(&after, FindingKind::FacingAgainstOwner).is_empty());
}

#[test]
fn with_nobody_to_move_to_the_fix_marks_the_place_deliberate() {
    // A peer with no orientation: nobody facing inward to move the card to.
    let d = design(
        vec![exec("cto", External), exec("peer", NotSet)],
        vec![card("helpdesk", 0.05, 3.0, Some("cto"))],
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), 1);
    let after = fixed(&d, &found[0]);
    assert!(after.responsibilities[0].deliberate);
    assert_eq!(after.responsibilities[0].notes, d.responsibilities[0].notes);
    assert!(of_kind(&after, FindingKind::FacingAgainstOwner).is_empty());
}

#[test]
fn facing_fires_exactly_past_the_thirds() {
    let count = |owner: Orientation, share: f64| {
        // With a peer: the only executive at the top is not questioned
        // card by card.
        let d = design(
            vec![exec("a", owner), exec("peer", NotSet)],
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
    deliberate.deliberate = true;
    // Infrastructure faces inward, but its place is a judgement call.
    let infrastructure = card("infrastructure", 0.15, 5.0, Some("cto"));
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![deliberate, infrastructure],
    );
    assert!(of_kind(&d, FindingKind::FacingAgainstOwner).is_empty());
    assert_eq!(of_kind(&d, FindingKind::Contested).len(), 1);
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
fn a_full_tray_lists_the_first_cards_and_counts_the_rest() {
    let n = ABOUT_LISTED + 30;
    let d = design(
        vec![exec("a", NotSet)],
        (0..n)
            .map(|i| card(&format!("c{i}"), 0.5, 1.0, None))
            .collect(),
    );
    let found = of_kind(&d, FindingKind::Unassigned);
    assert_eq!(found[0].message, format!("{n} cards are unassigned"));
    let listed: Vec<About> = (0..ABOUT_LISTED).map(|i| rs(&format!("c{i}"))).collect();
    assert_eq!(found[0].about, listed);
    assert_eq!(found[0].unlisted, 30);
    // Exactly as many as are listed: none counted.
    let d = design(
        vec![exec("a", NotSet)],
        (0..ABOUT_LISTED)
            .map(|i| card(&format!("c{i}"), 0.5, 1.0, None))
            .collect(),
    );
    let found = of_kind(&d, FindingKind::Unassigned);
    assert_eq!((found[0].about.len(), found[0].unlisted), (ABOUT_LISTED, 0));
}

#[test]
fn no_unassigned_finding_when_every_card_has_an_owner() {
    let d = design(
        vec![exec("a", NotSet)],
        vec![card("y", 0.5, 1.0, Some("a"))],
    );
    assert!(of_kind(&d, FindingKind::Unassigned).is_empty());
}

// ------------------------------------------------------------ contested

#[test]
fn contested_cards_in_the_tray_are_one_judgement_call_with_both_views() {
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
    assert_eq!(found[0].about, [ex("cto"), rs("architecture")]);
    assert_eq!(found[1].about, [rs("vendor-management")]);
    assert!(
        found[1].message.starts_with("The tray"),
        "{}",
        found[1].message
    );
    for f in &found {
        assert!(f.why.contains("CIO") && f.why.contains("CTO"), "{}", f.why);
    }
}

#[test]
fn contested_is_by_catalog_id_or_name_and_quiet_once_marked_deliberate() {
    let mut security = card("security", 0.4, 2.0, Some("cio"));
    security.deliberate = true;
    security.notes = "Deliberate: small firm, the CIO keeps it.".into();
    let mut lookalike = card("buying", 0.5, 2.0, Some("cio"));
    lookalike.name = "Vendor management".into();
    let d = design(
        vec![exec("cio", Internal)],
        vec![security, lookalike.clone()],
    );
    // A card of its own named after the catalog's item gets its views.
    let found = of_kind(&d, FindingKind::Contested);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].about, [ex("cio"), rs("buying")]);
    let views = crate::model::catalog::entry("vendor-management")
        .and_then(|e| e.views)
        .unwrap();
    assert!(found[0].why.contains(views.with_cto), "{}", found[0].why);
    lookalike.deliberate = true;
    let mut d = d;
    d.responsibilities[1] = lookalike.into();
    assert!(of_kind(&d, FindingKind::Contested).is_empty());
}

// ------------------------------------------------------------ long runs

#[test]
fn past_ten_alike_cards_for_one_executive_the_rest_are_one_finding() {
    let cards = |n: usize, owner: &'static str| {
        (0..n).map(move |i| card(&format!("{owner}-{i}"), 0.9, 1.0, Some(owner)))
    };
    // 25 external cards with the internal CIO, 3 with the internal head
    // of IT; one external executive to move them to.
    let d = design(
        vec![
            exec("cio", Internal),
            exec("it", Internal),
            exec("cto", External),
        ],
        cards(25, "cio").chain(cards(3, "it")).collect(),
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), PER_EXECUTIVE + 1 + 3);
    let folded: Vec<&Finding> = found.iter().filter(|f| f.fix.is_none()).collect();
    assert_eq!(folded.len(), 1, "one finding for the rest of the CIO's");
    assert_eq!(folded[0].message, "…and 15 more cards face against the CIO");
    // The CIO first (choosing the finding selects its box), then as many
    // of its cards as a finding lists; the others are counted.
    let listed = FOLDED_LISTED;
    let mut expected = vec![ex("cio")];
    expected.extend((PER_EXECUTIVE..PER_EXECUTIVE + listed).map(|i| rs(&format!("cio-{i}"))));
    assert_eq!(folded[0].about, expected);
    assert_eq!(folded[0].unlisted, 15 - listed);
    // The head of IT's three are each written out, with their fix.
    for i in 0..3 {
        assert!(
            found
                .iter()
                .any(|f| f.about.first() == Some(&rs(&format!("it-{i}"))) && f.fix.is_some())
        );
    }
    // Exactly ten: no folded finding.
    let d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        cards(PER_EXECUTIVE, "cio").collect(),
    );
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    assert_eq!(found.len(), PER_EXECUTIVE);
    assert!(found.iter().all(|f| f.fix.is_some()));
}

#[test]
fn past_thirty_alike_cards_in_all_each_executives_rest_is_folded() {
    // Five internal executives with eight external cards each: 40 in all,
    // none past ten for one executive.
    let mut executives: Vec<Executive> = (0..5).map(|e| exec(&format!("e{e}"), Internal)).collect();
    executives.push(exec("cto", External));
    let cards = (0..5)
        .flat_map(|e| (0..8).map(move |i| (e, i)))
        .map(|(e, i)| card(&format!("e{e}-{i}"), 0.9, 1.0, None))
        .zip((0..5).flat_map(|e| std::iter::repeat_n(e, 8)))
        .map(|(mut c, e)| {
            c.owner = Some(ExecutiveId(format!("e{e}")));
            c
        })
        .collect();
    let d = design(executives, cards);
    let found = of_kind(&d, FindingKind::FacingAgainstOwner);
    let full = found.iter().filter(|f| f.fix.is_some()).count();
    assert_eq!(full, PER_KIND);
    let folded: usize = found
        .iter()
        .filter(|f| f.fix.is_none())
        .map(|f| f.about.len() - 1 + f.unlisted)
        .sum();
    assert_eq!(full + folded, 40, "every card is named once");
}

// ------------------------------------------------------------ kept facts

#[test]
fn a_change_of_kind_is_followed_by_the_kept_facts() {
    let mut d = design(
        vec![exec("cio", Internal), exec("cto", External)],
        vec![
            card("x", 0.35, 2.0, Some("cio")),
            card("rnd", 0.9, 2.0, Some("cto")),
        ],
    );
    let before = Index::of(&d);
    let mut kept = CardFacts::of(&d);
    assert_eq!(of_kind(&d, FindingKind::NoDataWork).len(), 1);
    let edit = Edit::SetKind(ResponsibilityId("x".into()), WorkKind::Data);
    let change = edit.cards_change();
    assert_eq!(d.apply(edit), Ok(true));
    let after = Index::of(&d);
    kept.follow(&change, &before, &after, &d);
    assert_eq!(kept, CardFacts::of(&d));
    let balance = DesignBalance::of_indexed(&d, &after);
    let found = findings_with(&d, &after, &balance, &kept);
    assert_eq!(found, all(&d));
    assert!(found.iter().all(|f| f.kind != FindingKind::NoDataWork));
    assert!(found.iter().any(|f| f.kind == FindingKind::DataFlow));
}
