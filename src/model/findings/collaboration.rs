//! Whether the two sides work together, where the sources say it fails if
//! they do not: two sides with no role at all on each other's work (a
//! warning), and the infrastructure and operations the product runs on
//! held on the internal side with nobody from the product side involved
//! (a note). An executive's side is its camp ([`Facts::camps`]).

use crate::model::design::Role;
use crate::model::edit::Edit;
use crate::model::work_kind::WorkKind;

use super::branches::Branch;
use super::facts::{BOTH_SIDES, Camp, Facts};
use super::wording;
use super::{ABOUT_LISTED, FOLDED_LISTED, Finding, FindingKind, Fix, Severity};

/// With an executive on each side: no card owned on one side gives anyone
/// on the other side a role, either way, and no top-level branch holds
/// both sides (a manager and their reports work together through the
/// reporting line: the CTO under the CIO, a VP for customer applications
/// under the CIO). The fix consults the external side's first executive on
/// the internal side's first card where it matters most (security, then
/// data, then infrastructure or operations, then any).
pub(super) fn no_collaboration(f: &Facts, out: &mut Vec<Finding>) {
    if !f.both_sides_on_chart() {
        return;
    }
    if f.branches.iter().any(|b| holds_both_sides(f, b)) {
        return;
    }
    let crosses = f.index.role_grants().iter().any(|g| {
        matches!(
            (f.camp(g.owner), f.camp(g.holder)),
            (Some(a), Some(b)) if a != b
        )
    });
    if crosses {
        return;
    }
    let on = |c: Camp| -> Vec<usize> {
        (0..f.design.executives.len())
            .filter(|&e| f.camp(e) == Some(c))
            .collect()
    };
    let (inside, outside) = (on(Camp::Internal), on(Camp::External));
    let names =
        |list: &[usize]| wording::and_list(&list.iter().map(|&e| f.who(e)).collect::<Vec<_>>());
    let internal_cards: Vec<usize> = inside
        .iter()
        .flat_map(|&e| f.index.cards(Some(e)).iter().copied())
        .collect();
    let rank = |i: usize| match f.cards.kind(i) {
        WorkKind::Security => 0,
        WorkKind::Data => 1,
        WorkKind::Infrastructure | WorkKind::Operations => 2,
        _ => 3,
    };
    let first = internal_cards.iter().copied().min_by_key(|&i| (rank(i), i));
    let fix = first.zip(f.partner_on(Camp::External)).map(|(i, p)| Fix {
        label: format!("Consult {} on {}", f.who(p), f.card(i)),
        edit: Edit::SetRole {
            responsibility: f.design.responsibilities[i].id.clone(),
            executive: f.design.executives[p].id.clone(),
            role: Some(Role::Consulted),
        },
    });
    let mut about: Vec<_> = inside.iter().map(|&e| f.about_executive(e)).collect();
    about.extend(outside.iter().map(|&e| f.about_executive(e)));
    out.push(Finding {
        kind: FindingKind::NoCollaboration,
        severity: Severity::Warning,
        message: "The internal and the external side share no work: no role either way".to_owned(),
        why: format!(
            "Practitioners call it a failure when the two sides do not work together: the \
             company's own systems have to carry the product as it grows, and security and \
             data cross the line. Here no card owned by {} gives {} any role, and none \
             owned by them gives the internal side one. Make each side Responsible, \
             Consulted or Informed on the other's work where it touches them, starting with \
             security and data.",
            names(&inside),
            names(&outside)
        ),
        about,
        fix,
        unlisted: 0,
    });
}

/// Whether the executives of a top-level branch stand on both sides: they
/// work together through the reporting line.
fn holds_both_sides(f: &Facts, branch: &Branch) -> bool {
    let sides = branch
        .members
        .iter()
        .filter_map(|&e| f.camp(e))
        .fold(0, |mask, c| mask | c.bit());
    sides == BOTH_SIDES
}

/// Below this external share a card serves staff only (the help desk,
/// laptops): it does not carry the product.
const STAFF_ONLY_BELOW: f64 = 0.10;

/// When the external side holds product work: the infrastructure and
/// operations cards owned on the internal side on which nobody from the
/// external side has any role (Responsible, Consulted or Informed), those
/// that serve staff only ([`STAFF_ONLY_BELOW`]) left out, and so are
/// those owned in a top-level branch that also holds someone on the
/// external side who owns product work (the product's leader manages the
/// owner, or reports to them: they meet through the reporting line). An
/// external executive in the owner's branch who builds no product (a VP
/// for the website under the CIO) does not bring the product's leader in.
/// One note listing them; a fix only when there is one card.
pub(super) fn product_foundation(f: &Facts, out: &mut Vec<Finding>) {
    let n = f.design.executives.len();
    let builds_product = |e: usize| {
        f.camp(e) == Some(Camp::External)
            && f.index
                .cards(Some(e))
                .iter()
                .any(|&i| f.cards.kind(i) == WorkKind::Product)
    };
    if !(0..n).any(builds_product) {
        return;
    }
    let mut joined = vec![false; n];
    for branch in f
        .branches
        .iter()
        .filter(|b| b.members.iter().any(|&e| builds_product(e)))
    {
        for &e in &branch.members {
            joined[e] = true;
        }
    }
    let mut cards: Vec<usize> = (0..n)
        .filter(|&e| f.camp(e) == Some(Camp::Internal) && !joined[e])
        .flat_map(|e| f.index.cards(Some(e)).iter().copied())
        .filter(|&i| {
            matches!(
                f.cards.kind(i),
                WorkKind::Infrastructure | WorkKind::Operations
            ) && f.sides_with_a_role(i) & Camp::External.bit() == 0
                && f.design.responsibilities[i].external_share >= STAFF_ONLY_BELOW
        })
        .collect();
    if cards.is_empty() {
        return;
    }
    cards.sort_unstable();
    let partner = f.partner_on(Camp::External);
    let product_side = partner.map_or_else(|| "the external side".to_owned(), |p| f.who(p));
    let named: Vec<String> = cards
        .iter()
        .take(FOLDED_LISTED)
        .map(|&i| f.card(i))
        .collect();
    let listed = match cards.len() - named.len() {
        0 => wording::and_list(&named),
        more => format!("{} and {more} more", named.join(", ")),
    };
    let fix = match (cards.as_slice(), partner) {
        ([i], Some(p)) => Some(Fix {
            label: format!("Consult {} on {}", f.who(p), f.card(*i)),
            edit: Edit::SetRole {
                responsibility: f.design.responsibilities[*i].id.clone(),
                executive: f.design.executives[p].id.clone(),
                role: Some(Role::Consulted),
            },
        }),
        _ => None,
    };
    out.push(Finding {
        kind: FindingKind::ProductFoundation,
        severity: Severity::Note,
        message: format!(
            "The product side has no role on {} of infrastructure or operations: {listed}",
            wording::cards(cards.len())
        ),
        why: format!(
            "The product is rolled out on what the internal side runs: when this work \
             changes, or has to grow with the product, {product_side} should hear of it \
             early. Nobody on the external side is Responsible, Consulted or Informed on \
             these; being informed is enough to start. Leave it if this work does not carry \
             the product."
        ),
        about: cards
            .iter()
            .take(ABOUT_LISTED)
            .map(|&i| f.about_card(i))
            .collect(),
        fix,
        unlisted: cards.len().saturating_sub(ABOUT_LISTED),
    });
}
