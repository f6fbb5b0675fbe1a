//! Data work: the sources say data has to flow between the product and the
//! company's own reporting, so a design with no data work at all, or whose
//! data work no card shares between the two sides, is a warning. Data work
//! is every card of kind Data ([`WorkKind::Data`]); an executive's side is
//! its camp ([`Facts::camps`]).

use crate::model::catalog;
use crate::model::design::Role;
use crate::model::edit::Edit;
use crate::model::work_kind::WorkKind;

use super::facts::{BOTH_SIDES, Camp, Facts, Sides};
use super::wording;
use super::{ABOUT_LISTED, Finding, FindingKind, Fix, Severity};

/// The catalog entry a design with no data work is pointed to.
const DATA_ENTRY: &str = "data-analytics";

/// Why data matters, in one sentence, shared by both findings.
const FLOW: &str = "Data has to flow between the product and the company's own reporting: \
                    what customers do in the product feeds the figures the company is run \
                    on, and the company's data feeds the product in turn.";

/// With two executives or more and some cards: no card of kind Data at
/// all. The fix adds the catalog's data management & analytics, owned by
/// the internal side's first executive (its usual owner) with the external
/// side's consulted, where the chart has them.
pub(super) fn no_data_work(f: &Facts, out: &mut Vec<Finding>) {
    if f.design.executives.len() < 2 || f.cards.len() == 0 {
        return;
    }
    if (0..f.cards.len()).any(|i| f.cards.kind(i) == WorkKind::Data) {
        return;
    }
    let entry = catalog::entry(DATA_ENTRY);
    let name = entry.map_or("Data management & analytics", |e| e.name);
    let owner = f.partner_on(Camp::Internal);
    let fix = entry.zip(owner).map(|(entry, owner)| {
        let mut card = entry.to_responsibility(Some(f.design.executives[owner].id.clone()));
        card.id = f.design.fresh_responsibility_id(entry.id);
        if let Some(p) = f.partner_on(Camp::External) {
            card.roles
                .insert(f.design.executives[p].id.clone(), Role::Consulted);
        }
        Fix {
            label: format!("Add “{name}” for {}", f.who(owner)),
            edit: Edit::Add(card),
        }
    });
    out.push(Finding {
        kind: FindingKind::NoDataWork,
        severity: Severity::Warning,
        message: "Nobody owns data work".to_owned(),
        why: format!(
            "No card in the design is data work. {FLOW} Someone has to own that, with \
             both sides taking part: add a card such as the catalog's “{name}”, or say \
             which card is data work in its details."
        ),
        about: Vec::new(),
        fix,
        unlisted: 0,
    });
}

/// On a chart with an executive leading each side: owned data work, no
/// card of which both sides take part in (as owner, Responsible or
/// Consulted). One warning about the data cards; the fix consults the
/// missing side on the largest.
pub(super) fn data_flow(f: &Facts, out: &mut Vec<Finding>) {
    if !f.both_sides_on_chart() {
        return;
    }
    let mut cards: Vec<usize> = Vec::new();
    let mut touched: Sides = 0;
    for e in 0..f.design.executives.len() {
        for &i in f.index.cards(Some(e)) {
            if f.cards.kind(i) != WorkKind::Data {
                continue;
            }
            let sides = f.sides_taking_part(i);
            if sides == BOTH_SIDES {
                return;
            }
            touched |= sides;
            cards.push(i);
        }
    }
    cards.sort_unstable();
    let size = |i: usize| f.design.responsibilities[i].size;
    let Some(&largest) = cards.iter().max_by(|&&a, &&b| size(a).total_cmp(&size(b))) else {
        return;
    };
    let which = |c: Camp| touched & c.bit() != 0;
    let (message, detail) = match (which(Camp::Internal), which(Camp::External)) {
        (true, true) => (
            "The two sides keep their data work apart: no data card has both".to_owned(),
            "Each side works on data of its own, but no data card has both on it, so nobody \
             owns the hand-over between them."
                .to_owned(),
        ),
        (false, false) => (
            "Neither side takes part in the data work".to_owned(),
            "The data work sits with executives who stand on neither side, and nobody on \
             either side is Responsible or Consulted on it."
                .to_owned(),
        ),
        (inside, _) => {
            let (only, other) = if inside {
                (Camp::Internal, Camp::External)
            } else {
                (Camp::External, Camp::Internal)
            };
            (
                format!("Only the {} side works on data", only.word()),
                format!(
                    "Nobody on the {} side owns any data card or is Responsible or \
                     Consulted on one, so the flow has no one at the other end.",
                    other.word()
                ),
            )
        }
    };
    let missing = Camp::BOTH
        .into_iter()
        .find(|c| f.sides_taking_part(largest) & c.bit() == 0);
    let card = f.card(largest);
    let fix = missing.and_then(|c| f.partner_on(c)).map(|p| Fix {
        label: format!("Consult {} on {card}", f.who(p)),
        edit: Edit::SetRole {
            responsibility: f.design.responsibilities[largest].id.clone(),
            executive: f.design.executives[p].id.clone(),
            role: Some(Role::Consulted),
        },
    });
    let named: Vec<String> = cards.iter().take(5).map(|&i| f.card(i)).collect();
    let more = cards.len().saturating_sub(named.len());
    let listed = if more > 0 {
        format!("{} and {more} more", named.join(", "))
    } else {
        wording::and_list(&named)
    };
    out.push(Finding {
        kind: FindingKind::DataFlow,
        severity: Severity::Warning,
        message,
        why: format!(
            "{FLOW} {detail} The data work here: {listed}. Make the side that is missing \
             Responsible or Consulted on at least the main data card, {card}."
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
