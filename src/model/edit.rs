//! Every change a user can make to a design, as a value: what it is, how it
//! is described for undo, and which edits merge into one undo step. The UI
//! and the tests build [`Edit`]s; [`Design::apply`](super::apply) is the one
//! place that changes a design.

use super::company::Company;
use super::design::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role,
};
use super::rules::RuleError;
use super::work_kind::WorkKind;

pub use super::rules::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// One change to a design.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Give a responsibility to an executive, or to the tray (`None`). The
    /// card keeps its place in the design's list (so a saved file changes
    /// on the card's own line only): among its new owner's cards it stands
    /// where that place puts it.
    Move {
        /// Which responsibility.
        responsibility: ResponsibilityId,
        /// The new owner.
        to: Option<ExecutiveId>,
    },
    /// Put a responsibility at another place among its owner's cards (the
    /// tray's, when it has no owner): `slot` 0 is the first.
    Reorder {
        /// Which responsibility.
        responsibility: ResponsibilityId,
        /// Its place among its owner's cards, counted without it; past the
        /// last means last.
        slot: usize,
    },
    /// Rename a responsibility.
    SetName(ResponsibilityId, String),
    /// Change a responsibility's one-line description.
    SetDescription(ResponsibilityId, String),
    /// Change a responsibility's external share (0..=1).
    SetShare(ResponsibilityId, f64),
    /// Change a responsibility's size.
    SetSize(ResponsibilityId, f64),
    /// Change a responsibility's notes.
    SetNotes(ResponsibilityId, String),
    /// Mark a responsibility's place as a deliberate choice, or not.
    SetDeliberate(ResponsibilityId, bool),
    /// Say what kind of work a responsibility is.
    SetKind(ResponsibilityId, WorkKind),
    /// Change an executive's notes.
    SetExecutiveNotes(ExecutiveId, String),
    /// Say why the move at this place in the decision log was made.
    SetReason(usize, String),
    /// Add a responsibility (its id must be new).
    Add(Responsibility),
    /// Remove a responsibility.
    Delete(ResponsibilityId),
    /// Change an executive's short title.
    SetShortTitle(ExecutiveId, String),
    /// Change an executive's full title.
    SetFullTitle(ExecutiveId, String),
    /// Change the name of the person in an executive's role.
    SetPerson(ExecutiveId, String),
    /// Change an executive's colour.
    SetColour(ExecutiveId, Rgb),
    /// Move an executive's box on the canvas.
    MoveExecutive(ExecutiveId, Position),
    /// Add an executive (its id must be new).
    AddExecutive(Executive),
    /// Give an executive a new id; the cards it owns follow.
    RenameExecutiveId {
        /// The id it has.
        from: ExecutiveId,
        /// The id it gets (must be new).
        to: ExecutiveId,
    },
    /// Remove an executive: what it owned goes to the tray, those who
    /// reported to it report to its manager, and its roles and dotted lines
    /// go with it.
    RemoveExecutive(ExecutiveId),
    /// Change whom an executive reports to (a loop is refused).
    SetReportsTo(ExecutiveId, ReportsTo),
    /// Change an executive's intended orientation.
    SetOrientation(ExecutiveId, Orientation),
    /// Change how many columns of cards an executive's box has.
    SetColumns(ExecutiveId, u8),
    /// Add a dotted line (both ends on the chart, not already there).
    AddDottedLine(DottedLine),
    /// Remove a dotted line.
    RemoveDottedLine(DottedLine),
    /// Give an executive a role on a card it does not own, or take its role
    /// away (`None`).
    SetRole {
        /// Which responsibility.
        responsibility: ResponsibilityId,
        /// Which executive.
        executive: ExecutiveId,
        /// The role, or none.
        role: Option<Role>,
    },
    /// Show the CEO box (`Some`) or take it away (`None`). Executives that
    /// report to the CEO still do.
    SetCeo(Option<Ceo>),
    /// Change the title on the CEO box.
    SetCeoTitle(String),
    /// Change the name on the CEO box.
    SetCeoName(String),
    /// Move the CEO box.
    MoveCeo(Position),
    /// Move many boxes at once (tidying the chart): one undo step.
    Arrange {
        /// New places of executives' boxes.
        executives: Vec<(ExecutiveId, Position)>,
        /// New place of the CEO box, if it moves.
        ceo: Option<Position>,
        /// New numbers of card columns.
        columns: Vec<(ExecutiveId, u8)>,
    },
    /// Rename the design.
    SetDesignName(String),
    /// Change what sizes count.
    SetSizeUnit(String),
    /// Change what the design says about its company.
    SetCompany(Company),
}

/// Why an edit was refused. The design is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    /// No responsibility has this id.
    UnknownResponsibility(String),
    /// No executive has this id.
    UnknownExecutive(String),
    /// The id is already used.
    DuplicateId(String),
    /// The design has no CEO box to change.
    NoCeo,
    /// The decision log has no entry at this place.
    UnknownDecision(usize),
    /// The new value breaks a rule.
    Invalid(RuleError),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownResponsibility(id) => write!(f, "there is no responsibility \"{id}\""),
            Self::UnknownExecutive(id) => write!(f, "there is no executive \"{id}\""),
            Self::DuplicateId(id) => write!(f, "the id \"{id}\" is already used"),
            Self::NoCeo => f.write_str("the design has no CEO box"),
            Self::UnknownDecision(index) => write!(f, "the decision log has no entry {index}"),
            Self::Invalid(rule) => write!(f, "{rule}"),
        }
    }
}

impl std::error::Error for EditError {}

/// What a run of edits to the same field has in common, so that dragging a
/// slider or typing a word becomes one undo step instead of hundreds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeKey {
    /// A text or number field of a responsibility.
    Responsibility(ResponsibilityId, &'static str),
    /// A field of an executive (including its position while dragging).
    Executive(ExecutiveId, &'static str),
    /// A field of the design itself.
    Design(&'static str),
    /// The reason of the decision at this place in the log.
    Reason(usize),
}

/// What a change did to the cards themselves, apart from who holds them:
/// their order in the design, and each card's id, name, external share and
/// deliberate mark. What is worked out from each card on its own (the
/// findings' [`CardFacts`](super::findings::CardFacts)) is kept between
/// changes and brought up to date from this, instead of reading every card
/// again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardsChange {
    /// None of that changed (an executive edited, a role given, a card's
    /// size, description or notes changed).
    Nothing,
    /// This card moved to another place in the list (it was reordered);
    /// nothing else about any card changed.
    Moved(ResponsibilityId),
    /// This card's name, external share or deliberate mark changed; no
    /// card moved in the list.
    Changed(ResponsibilityId),
    /// Anything else: cards added or removed, the whole design replaced.
    Any,
}

impl Edit {
    /// What this edit does to the cards themselves, if it changes the
    /// design at all.
    pub fn cards_change(&self) -> CardsChange {
        match self {
            Self::Reorder { responsibility, .. } => CardsChange::Moved(responsibility.clone()),
            Self::SetName(id, _)
            | Self::SetShare(id, _)
            | Self::SetDeliberate(id, _)
            | Self::SetKind(id, _) => CardsChange::Changed(id.clone()),
            Self::Add(_) | Self::Delete(_) => CardsChange::Any,
            // Owners, roles and everything about executives live outside
            // the cards' own fields; removing an executive sends its cards
            // to the tray where they are in the list, and a new executive
            // id is written into its cards' owner.
            Self::Move { .. }
            | Self::SetDescription(..)
            | Self::SetSize(..)
            | Self::SetNotes(..)
            | Self::SetExecutiveNotes(..)
            | Self::SetReason(..)
            | Self::SetShortTitle(..)
            | Self::SetFullTitle(..)
            | Self::SetPerson(..)
            | Self::SetColour(..)
            | Self::MoveExecutive(..)
            | Self::AddExecutive(_)
            | Self::RenameExecutiveId { .. }
            | Self::RemoveExecutive(_)
            | Self::SetReportsTo(..)
            | Self::SetOrientation(..)
            | Self::SetColumns(..)
            | Self::AddDottedLine(_)
            | Self::RemoveDottedLine(_)
            | Self::SetRole { .. }
            | Self::SetCeo(_)
            | Self::SetCeoTitle(_)
            | Self::SetCeoName(_)
            | Self::MoveCeo(_)
            | Self::Arrange { .. }
            | Self::SetDesignName(_)
            | Self::SetSizeUnit(_)
            | Self::SetCompany(_) => CardsChange::Nothing,
        }
    }

    /// Edits with the same key, one after another, merge into one undo step.
    /// Structural edits (move, add, delete) never merge.
    pub fn merge_key(&self) -> Option<MergeKey> {
        use MergeKey::{Design as D, Executive as E, Responsibility as R};
        Some(match self {
            Self::SetName(id, _) => R(id.clone(), "name"),
            Self::SetDescription(id, _) => R(id.clone(), "description"),
            Self::SetShare(id, _) => R(id.clone(), "share"),
            Self::SetSize(id, _) => R(id.clone(), "size"),
            Self::SetNotes(id, _) => R(id.clone(), "notes"),
            Self::SetExecutiveNotes(id, _) => E(id.clone(), "notes"),
            Self::SetReason(index, _) => MergeKey::Reason(*index),
            Self::SetShortTitle(id, _) => E(id.clone(), "short_title"),
            Self::SetFullTitle(id, _) => E(id.clone(), "full_title"),
            Self::SetPerson(id, _) => E(id.clone(), "person"),
            Self::SetColour(id, _) => E(id.clone(), "colour"),
            Self::MoveExecutive(id, _) => E(id.clone(), "position"),
            Self::SetColumns(id, _) => E(id.clone(), "columns"),
            Self::SetCeoTitle(_) => D("ceo_title"),
            Self::SetCeoName(_) => D("ceo_name"),
            Self::MoveCeo(_) => D("ceo_position"),
            Self::SetDesignName(_) => D("name"),
            Self::SetSizeUnit(_) => D("size_unit"),
            Self::SetCompany(_) => D("company"),
            Self::Move { .. }
            | Self::Reorder { .. }
            | Self::Add(_)
            | Self::Delete(_)
            | Self::AddExecutive(_)
            | Self::RenameExecutiveId { .. }
            | Self::RemoveExecutive(_)
            | Self::SetReportsTo(..)
            | Self::SetOrientation(..)
            | Self::AddDottedLine(_)
            | Self::RemoveDottedLine(_)
            | Self::SetRole { .. }
            | Self::SetDeliberate(..)
            | Self::SetKind(..)
            | Self::SetCeo(_)
            | Self::Arrange { .. } => return None,
        })
    }

    /// What the edit does, in words, for "Undone: …" (lower case, no full
    /// stop). `design` is the design the edit applies to.
    pub fn describe(&self, design: &Design) -> String {
        let card = |id: &ResponsibilityId| {
            design
                .responsibility(id)
                .map_or_else(|| id.0.clone(), |r| r.name.clone())
        };
        let exec = |id: &ExecutiveId| {
            design
                .executive(id)
                .map_or_else(|| id.0.clone(), |e| e.short_title.clone())
        };
        match self {
            Self::Move {
                responsibility,
                to: Some(to),
            } => format!("move “{}” to {}", card(responsibility), exec(to)),
            Self::Move {
                responsibility,
                to: None,
            } => format!("move “{}” to the unassigned tray", card(responsibility)),
            Self::Reorder { responsibility, .. } => {
                let owner = design
                    .responsibility(responsibility)
                    .and_then(|r| r.owner.as_ref())
                    .map_or_else(|| "the tray".to_owned(), |o| format!("the {} box", exec(o)));
                format!("move “{}” within {owner}", card(responsibility))
            }
            Self::SetName(id, _) => format!("rename “{}”", card(id)),
            Self::SetDescription(id, _) => format!("edit the description of “{}”", card(id)),
            Self::SetShare(id, _) => format!("change the external share of “{}”", card(id)),
            Self::SetSize(id, _) => format!("change the size of “{}”", card(id)),
            Self::SetNotes(id, _) => format!("edit the notes of “{}”", card(id)),
            Self::SetDeliberate(id, true) => format!("mark the place of “{}” deliberate", card(id)),
            Self::SetDeliberate(id, false) => {
                format!("unmark the place of “{}” as deliberate", card(id))
            }
            Self::SetKind(id, kind) => {
                format!("call “{}” {}", card(id), kind.label().to_lowercase())
            }
            Self::SetExecutiveNotes(id, _) => format!("edit the notes of {}", exec(id)),
            Self::SetReason(index, _) => match design.decisions.get(*index) {
                Some(d) => format!("edit the reason for moving “{}”", d.name),
                None => "edit a reason".to_owned(),
            },
            Self::Add(item) => format!("add “{}”", item.name),
            Self::Delete(id) => format!("delete “{}”", card(id)),
            Self::SetShortTitle(id, _) | Self::SetFullTitle(id, _) => {
                format!("rename {}", exec(id))
            }
            Self::SetPerson(id, _) => format!("change the person in the {} role", exec(id)),
            Self::SetColour(id, _) => format!("change the colour of {}", exec(id)),
            Self::MoveExecutive(id, _) => format!("move the {} box", exec(id)),
            Self::AddExecutive(e) => format!("add {}", e.short_title),
            Self::RenameExecutiveId { from, .. } => format!("rename {}", exec(from)),
            Self::RemoveExecutive(id) => format!("remove {}", exec(id)),
            Self::SetReportsTo(id, ReportsTo::NotSet) => {
                format!("clear whom {} reports to", exec(id))
            }
            Self::SetReportsTo(id, ReportsTo::Ceo) => {
                let ceo = design.ceo_title();
                format!("make {} report to the {ceo}", exec(id))
            }
            Self::SetReportsTo(id, ReportsTo::Executive(to)) => {
                format!("make {} report to {}", exec(id), exec(to))
            }
            Self::SetReportsTo(id, ReportsTo::Outside(role)) => {
                format!("make {} report to {role}", exec(id))
            }
            Self::SetOrientation(id, _) => format!("change the orientation of {}", exec(id)),
            Self::SetColumns(id, _) => format!("change the columns of the {} box", exec(id)),
            Self::AddDottedLine(line) => {
                format!(
                    "add a dotted line from {} to {}",
                    exec(&line.from),
                    exec(&line.to)
                )
            }
            Self::RemoveDottedLine(line) => format!(
                "remove the dotted line from {} to {}",
                exec(&line.from),
                exec(&line.to)
            ),
            Self::SetRole {
                responsibility,
                executive,
                role: Some(role),
            } => format!(
                "make {} {} on “{}”",
                exec(executive),
                role.word().to_lowercase(),
                card(responsibility)
            ),
            Self::SetRole {
                responsibility,
                executive,
                role: None,
            } => format!(
                "take {}'s role on “{}” away",
                exec(executive),
                card(responsibility)
            ),
            Self::SetCeo(Some(_)) => "show the CEO box".to_owned(),
            Self::SetCeo(None) => "hide the CEO box".to_owned(),
            Self::SetCeoTitle(_) | Self::SetCeoName(_) => "rename the CEO box".to_owned(),
            Self::MoveCeo(_) => "move the CEO box".to_owned(),
            Self::Arrange { .. } => "tidy the chart".to_owned(),
            Self::SetDesignName(_) => "rename the design".to_owned(),
            Self::SetSizeUnit(_) => "change the size unit".to_owned(),
            Self::SetCompany(_) => "change what the design says about the company".to_owned(),
        }
    }
}
