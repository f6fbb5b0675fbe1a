//! Contested cards: one judgement call per executive that holds any (and
//! one for those waiting in the tray), naming the cards and giving, for
//! each, the catalog's two views of where it belongs. Cards whose place is
//! marked deliberate are settled and left out.

use super::facts::Facts;
use super::wording;
use super::{ABOUT_LISTED, FOLDED_LISTED, Finding, FindingKind, Severity};

/// One judgement call per executive holding contested cards not marked
/// deliberate, in the design's order, then one for the tray.
pub(super) fn contested(f: &Facts, out: &mut Vec<Finding>) {
    let executives = (0..f.design.executives.len()).map(Some);
    for owner in executives.chain([None]) {
        let cards: Vec<usize> = f
            .index
            .cards(owner)
            .iter()
            .copied()
            .filter(|&i| f.cards.is_contested(i) && !f.cards.deliberate(i))
            .collect();
        if let Some(finding) = about_cards(f, owner, &cards) {
            out.push(finding);
        }
    }
}

/// The judgement call about `cards` (all contested, held by `owner`, or
/// in the tray for `None`); none when there are no cards.
fn about_cards(f: &Facts, owner: Option<usize>, cards: &[usize]) -> Option<Finding> {
    if cards.is_empty() {
        return None;
    }
    let n = cards.len();
    let what = if n == 1 {
        "1 contested responsibility".to_owned()
    } else {
        format!("{n} contested responsibilities")
    };
    let mut names: Vec<String> = cards
        .iter()
        .take(FOLDED_LISTED)
        .map(|&i| f.card(i))
        .collect();
    if n > FOLDED_LISTED {
        names.push(format!("and {} more", n - FOLDED_LISTED));
    }
    let names = names.join(", ");
    let message = match owner {
        Some(e) => format!("{} holds {what}: {names}", f.who_starts(e)),
        None => format!("The tray holds {what}: {names}"),
    };
    let mut why = String::from(
        "Practitioners place these with either executive; the choice depends on the \
         organisation.",
    );
    for &i in cards.iter().take(ABOUT_LISTED) {
        let views = f
            .cards
            .contested_entry(i)
            .map_or_else(String::new, wording::views);
        why.push_str(&format!("\n\n{}: {views}", f.card(i)));
    }
    if n > ABOUT_LISTED {
        why.push_str(&format!(
            "\n\n…and {} more, each in its details.",
            n - ABOUT_LISTED
        ));
    }
    why.push_str(&format!(
        "\n\nEither place can be right. Once one is settled, mark it “{}” in its \
         details and say why in its notes.",
        super::DELIBERATE_LABEL
    ));
    let mut about = Vec::with_capacity(ABOUT_LISTED + 1);
    about.extend(owner.map(|e| f.about_executive(e)));
    about.extend(cards.iter().take(ABOUT_LISTED).map(|&i| f.about_card(i)));
    Some(Finding {
        kind: FindingKind::Contested,
        severity: Severity::Judgement,
        message,
        why,
        about,
        unlisted: n.saturating_sub(ABOUT_LISTED),
        fix: None,
    })
}
