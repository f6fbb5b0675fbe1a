//! The change list between two designs: what a second design does
//! differently from a first, matched by the ids of executives and cards
//! (the same id is the same card, whatever its name). Each [`Change`] is
//! typed ([`ChangeKind`]), names its item and the value before and after
//! in words, carries the reason for a move from the second design's
//! decision log (the latest entry for that card, from that owner to that
//! owner, that gives a reason), and says itself in one sentence.
//!
//! What the list covers: executives (added, removed, short or full title,
//! person, orientation, whom they report to), cards (added, removed, owner,
//! name, external share, size, kind, each executive's role on them) and
//! dotted lines. It does not cover where boxes sit, colours, notes,
//! descriptions, the CEO box, the company or the log itself.
//!
//! Order: executives (in the second design's order, then the removed ones
//! in the first's), then cards (the same way), then reporting lines and
//! dotted lines. The work is linear in the size of both designs, and
//! light: a card both designs share in memory at the same place (an
//! option and its copy share every card neither has changed) is passed
//! over with one comparison of pointers; only the others are indexed by
//! id.
//!
//! Plain Rust: no egui, nothing of files.

mod apply;
mod kind;
pub mod summary;
#[cfg(test)]
mod tests;

pub use apply::apply;
pub use kind::ChangeKind;
pub use summary::{Comparison, SideBySide, Weighed, Weights};

use std::collections::{HashMap, HashSet};

use super::design::{
    Design, DottedLine, Executive, ExecutiveId, Orientation, ReportsTo, Responsibility,
    ResponsibilityId, Role, Shared,
};
use super::format::size;

/// One difference between two designs, in words taken from them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What kind of difference.
    pub kind: ChangeKind,
    /// The id of the executive or card it is about (for a dotted line, the
    /// executive it starts from).
    pub id: String,
    /// The item as a reader knows it: a card's name, an executive's short
    /// title (for a role, the card's name; for a dotted line, both ends).
    pub item: String,
    /// The value before, in words (empty when there was none).
    pub from: String,
    /// The value after, in words (empty when there is none).
    pub to: String,
    /// For a move: why, from the second design's decision log (empty when
    /// it does not say).
    pub reason: String,
    /// For a role: the executive whose role on the card differs.
    pub executive: String,
}

impl Change {
    fn new(kind: ChangeKind, id: &str, item: &str, from: String, to: String) -> Self {
        Self {
            kind,
            id: id.to_owned(),
            item: item.to_owned(),
            from,
            to,
            reason: String::new(),
            executive: String::new(),
        }
    }

    /// The item as a table shows it: the item, and for a role the
    /// executive too ("Information security: CTO").
    pub fn item_label(&self) -> String {
        if self.executive.is_empty() {
            self.item.clone()
        } else {
            format!("{}: {}", self.item, self.executive)
        }
    }

    /// The change in one plain sentence, e.g. "“Information security”
    /// moved from the CIO to the CTO: Security is part of what we sell."
    pub fn sentence(&self) -> String {
        let (item, from, to) = (&self.item, &self.from, &self.to);
        let text = match self.kind {
            ChangeKind::ExecutiveAdded => format!("New executive: {to}."),
            ChangeKind::ExecutiveRemoved => format!("Executive removed: {from}."),
            ChangeKind::ExecutiveRetitled => format!("The {from} is now titled {to}."),
            ChangeKind::PersonChanged => {
                format!("The {item} is now {to} (was {from}).")
            }
            ChangeKind::OrientationChanged => {
                format!("The {item}'s orientation is now {to} (was {from}).")
            }
            ChangeKind::ReportingLineChanged => {
                format!("The {item} now reports to {to} (was {from}).")
            }
            ChangeKind::CardAdded => format!("“{item}” is added, owned by {to}."),
            ChangeKind::CardRemoved => format!("“{item}” is removed (was owned by {from})."),
            ChangeKind::CardMoved => format!("“{item}” moved from {from} to {to}"),
            ChangeKind::CardRenamed => format!("“{from}” is renamed “{to}”."),
            ChangeKind::FacingChanged => {
                format!("“{item}” is now {to} (was {from}).")
            }
            ChangeKind::SizeChanged => format!("“{item}” now has size {to} (was {from})."),
            ChangeKind::KindChanged => format!("“{item}” is now {to} work (was {from})."),
            ChangeKind::RoleChanged => format!(
                "The {}'s role on “{item}” is now {to} (was {from}).",
                self.executive
            ),
            ChangeKind::DottedLineAdded => format!("New dotted line from the {item}."),
            ChangeKind::DottedLineRemoved => format!("Dotted line removed from the {item}."),
        };
        if self.kind != ChangeKind::CardMoved {
            text
        } else if self.reason.trim().is_empty() {
            format!("{text}.")
        } else {
            format!("{text}: {}", self.reason.trim())
        }
    }
}

/// Both designs, indexed by id once.
struct Sides<'a> {
    from: &'a Design,
    to: &'a Design,
    old_executives: HashMap<&'a ExecutiveId, &'a Executive>,
    new_executives: HashMap<&'a ExecutiveId, &'a Executive>,
}

impl<'a> Sides<'a> {
    /// How `id` is named in the first design (the second's title if the
    /// first does not have it, the id if neither has).
    fn old_title(&self, id: &'a ExecutiveId) -> &'a str {
        self.old_executives
            .get(id)
            .or_else(|| self.new_executives.get(id))
            .map_or(id.as_str(), |e| title(e))
    }

    /// How `id` is named in the second design (or the first, or the id).
    fn new_title(&self, id: &'a ExecutiveId) -> &'a str {
        self.new_executives
            .get(id)
            .or_else(|| self.old_executives.get(id))
            .map_or(id.as_str(), |e| title(e))
    }

    /// "the CIO" for an owner in the first design, "the tray" for none.
    fn old_owner(&self, owner: Option<&'a ExecutiveId>) -> String {
        owner.map_or_else(
            || "the tray".to_owned(),
            |id| format!("the {}", self.old_title(id)),
        )
    }

    /// The same in the second design.
    fn new_owner(&self, owner: Option<&'a ExecutiveId>) -> String {
        owner.map_or_else(
            || "the tray".to_owned(),
            |id| format!("the {}", self.new_title(id)),
        )
    }

    /// Whom an executive reports to, in words, in the first or second design.
    fn manager(&self, reports_to: &'a ReportsTo, old: bool) -> String {
        match reports_to {
            ReportsTo::NotSet => "no one said".to_owned(),
            ReportsTo::Ceo => {
                let design = if old { self.from } else { self.to };
                let ceo = design.ceo_title();
                if ceo.trim().is_empty() {
                    "the CEO".to_owned()
                } else {
                    format!("the {ceo}")
                }
            }
            ReportsTo::Executive(id) if old => format!("the {}", self.old_title(id)),
            ReportsTo::Executive(id) => format!("the {}", self.new_title(id)),
            ReportsTo::Outside(role) => format!("{role} (not on the chart)"),
        }
    }
}

/// How an executive is named: its short title, or its id if that is blank.
fn title(e: &Executive) -> &str {
    if e.short_title.trim().is_empty() {
        e.id.as_str()
    } else {
        &e.short_title
    }
}

/// "CIO (Chief Information Officer)", or the short title alone.
fn both_titles(e: &Executive) -> String {
    if e.full_title.trim().is_empty() {
        title(e).to_owned()
    } else {
        format!("{} ({})", title(e), e.full_title)
    }
}

/// "Karsten Möller", or "not named".
fn person(e: &Executive) -> String {
    if e.person.trim().is_empty() {
        "not named".to_owned()
    } else {
        e.person.clone()
    }
}

/// "80% external", to two decimals when it needs them ("20.5% external"),
/// so that a small change still reads as one.
fn facing(share: f64) -> String {
    format!("{}% external", size(share * 100.0))
}

/// An orientation as the sentence says it: "internal-facing", "not set".
fn orientation(o: Orientation) -> String {
    match o {
        Orientation::NotSet => "not set".to_owned(),
        other => other.label().to_lowercase(),
    }
}

/// A role in words, or "none".
fn role_word(role: Option<&Role>) -> String {
    role.map_or_else(|| "none".to_owned(), |r| r.word().to_lowercase())
}

/// Every difference `to` makes to `from`, in the order the module explains.
pub fn changes(from: &Design, to: &Design) -> Vec<Change> {
    let sides = Sides {
        from,
        to,
        old_executives: from.executives.iter().map(|e| (&e.id, e)).collect(),
        new_executives: to.executives.iter().map(|e| (&e.id, e)).collect(),
    };
    let mut out = Vec::new();
    executives(&sides, &mut out);
    cards(&sides, &mut out);
    lines(&sides, &mut out);
    out
}

fn executives(sides: &Sides<'_>, out: &mut Vec<Change>) {
    for new in &sides.to.executives {
        let id = new.id.as_str();
        let Some(old) = sides.old_executives.get(&new.id) else {
            out.push(Change::new(
                ChangeKind::ExecutiveAdded,
                id,
                title(new),
                String::new(),
                both_titles(new),
            ));
            continue;
        };
        if old.short_title != new.short_title || old.full_title != new.full_title {
            out.push(Change::new(
                ChangeKind::ExecutiveRetitled,
                id,
                title(new),
                both_titles(old),
                both_titles(new),
            ));
        }
        if old.person != new.person {
            out.push(Change::new(
                ChangeKind::PersonChanged,
                id,
                title(new),
                person(old),
                person(new),
            ));
        }
        if old.orientation != new.orientation {
            out.push(Change::new(
                ChangeKind::OrientationChanged,
                id,
                title(new),
                orientation(old.orientation),
                orientation(new.orientation),
            ));
        }
    }
    for old in &sides.from.executives {
        if !sides.new_executives.contains_key(&old.id) {
            out.push(Change::new(
                ChangeKind::ExecutiveRemoved,
                old.id.as_str(),
                title(old),
                both_titles(old),
                String::new(),
            ));
        }
    }
}

/// Whether the card at `i` is one value in memory in both designs (an
/// option and its copy share the cards neither has changed): then it is
/// the same card, unchanged, and needs no look at all.
fn same_at(from: &Design, to: &Design, i: usize) -> bool {
    matches!(
        (from.responsibilities.get(i), to.responsibilities.get(i)),
        (Some(a), Some(b)) if Shared::same(a, b)
    )
}

fn cards(sides: &Sides<'_>, out: &mut Vec<Change>) {
    let (from, to) = (sides.from, sides.to);
    // One pass over the places: only the cards not shared at their place
    // are looked at again. A card shared at its place has its id there on
    // both sides, so no other card can be its old or new self.
    let places = from.responsibilities.len().max(to.responsibilities.len());
    let (mut old_places, mut new_places) = (Vec::new(), Vec::new());
    for i in (0..places).filter(|&i| !same_at(from, to, i)) {
        if i < from.responsibilities.len() {
            old_places.push(i);
        }
        if i < to.responsibilities.len() {
            new_places.push(i);
        }
    }
    let old_cards: HashMap<&ResponsibilityId, &Responsibility> = old_places
        .iter()
        .map(|&i| (&from.responsibilities[i].id, &*from.responsibilities[i]))
        .collect();
    let new_ids: HashSet<&ResponsibilityId> = new_places
        .iter()
        .map(|&i| &to.responsibilities[i].id)
        .collect();
    // The latest entry with a reason for each card, move and destination
    // (read from the log the first time a move needs it).
    type Move<'a> = (
        &'a ResponsibilityId,
        Option<&'a ExecutiveId>,
        Option<&'a ExecutiveId>,
    );
    let mut reasons: Option<HashMap<Move<'_>, &str>> = None;
    let read_log = || {
        let mut reasons: HashMap<Move<'_>, &str> = HashMap::new();
        for d in &to.decisions {
            if !d.reason.trim().is_empty() {
                reasons.insert(
                    (&d.responsibility, d.from.as_ref(), d.to.as_ref()),
                    &d.reason,
                );
            }
        }
        reasons
    };
    for &i in &new_places {
        let new: &Responsibility = &to.responsibilities[i];
        let (id, name) = (new.id.as_str(), new.name.as_str());
        let Some(old) = old_cards.get(&new.id) else {
            out.push(Change::new(
                ChangeKind::CardAdded,
                id,
                name,
                String::new(),
                sides.new_owner(new.owner.as_ref()),
            ));
            continue;
        };
        if old.owner != new.owner {
            let mut change = Change::new(
                ChangeKind::CardMoved,
                id,
                name,
                sides.old_owner(old.owner.as_ref()),
                sides.new_owner(new.owner.as_ref()),
            );
            let key = (&new.id, old.owner.as_ref(), new.owner.as_ref());
            change.reason = reasons
                .get_or_insert_with(read_log)
                .get(&key)
                .map_or_else(String::new, |r| r.to_string());
            out.push(change);
        }
        if old.name != new.name {
            out.push(Change::new(
                ChangeKind::CardRenamed,
                id,
                name,
                old.name.clone(),
                new.name.clone(),
            ));
        }
        if old.external_share != new.external_share {
            out.push(Change::new(
                ChangeKind::FacingChanged,
                id,
                name,
                facing(old.external_share),
                facing(new.external_share),
            ));
        }
        if old.size != new.size {
            out.push(Change::new(
                ChangeKind::SizeChanged,
                id,
                name,
                size(old.size),
                size(new.size),
            ));
        }
        if old.kind != new.kind {
            out.push(Change::new(
                ChangeKind::KindChanged,
                id,
                name,
                old.kind.label().to_lowercase(),
                new.kind.label().to_lowercase(),
            ));
        }
        roles(sides, old, new, out);
    }
    for &i in &old_places {
        let old: &Responsibility = &from.responsibilities[i];
        if !new_ids.contains(&old.id) {
            out.push(Change::new(
                ChangeKind::CardRemoved,
                old.id.as_str(),
                &old.name,
                sides.old_owner(old.owner.as_ref()),
                String::new(),
            ));
        }
    }
}

/// One change per executive whose role on the card differs, in id order
/// (not for the one who became its owner, whom the move names, nor for
/// one taken off the chart).
fn roles(sides: &Sides<'_>, old: &Responsibility, new: &Responsibility, out: &mut Vec<Change>) {
    if old.roles == new.roles {
        return;
    }
    let mut who: Vec<&ExecutiveId> = old.roles.keys().chain(new.roles.keys()).collect();
    who.sort();
    who.dedup();
    for executive in who {
        let (before, after) = (old.roles.get(executive), new.roles.get(executive));
        // An executive who now owns the card holds no other role on it:
        // the move says so already; one taken off the chart holds none,
        // as its removal says.
        let gone = !sides.new_executives.contains_key(executive);
        if before != after && new.owner.as_ref() != Some(executive) && !gone {
            // The owner before held the card, not "no role".
            let before_word = if old.owner.as_ref() == Some(executive) {
                "the owner".to_owned()
            } else {
                role_word(before)
            };
            let mut change = Change::new(
                ChangeKind::RoleChanged,
                new.id.as_str(),
                &new.name,
                before_word,
                role_word(after),
            );
            change.executive = sides.new_title(executive).to_owned();
            out.push(change);
        }
    }
}

fn lines(sides: &Sides<'_>, out: &mut Vec<Change>) {
    for new in &sides.to.executives {
        let Some(old) = sides.old_executives.get(&new.id) else {
            continue;
        };
        if old.reports_to != new.reports_to {
            out.push(Change::new(
                ChangeKind::ReportingLineChanged,
                new.id.as_str(),
                title(new),
                sides.manager(&old.reports_to, true),
                sides.manager(&new.reports_to, false),
            ));
        }
    }
    let old_lines: HashSet<&DottedLine> = sides.from.dotted_lines.iter().collect();
    let new_lines: HashSet<&DottedLine> = sides.to.dotted_lines.iter().collect();
    for line in &sides.to.dotted_lines {
        if !old_lines.contains(line) {
            let item = format!(
                "{} to the {}",
                sides.new_title(&line.from),
                sides.new_title(&line.to)
            );
            out.push(Change::new(
                ChangeKind::DottedLineAdded,
                line.from.as_str(),
                &item,
                String::new(),
                item.clone(),
            ));
        }
    }
    for line in &sides.from.dotted_lines {
        if !new_lines.contains(line) {
            let item = format!(
                "{} to the {}",
                sides.old_title(&line.from),
                sides.old_title(&line.to)
            );
            out.push(Change::new(
                ChangeKind::DottedLineRemoved,
                line.from.as_str(),
                &item,
                item.clone(),
                String::new(),
            ));
        }
    }
}
