//! Every change a user can make to a design, as a value. The UI and the tests
//! build [`Edit`]s; [`Design::apply`] is the one place that changes a design,
//! and it refuses anything that would make the design invalid.

use super::design::{
    Design, Executive, ExecutiveId, Position, Responsibility, ResponsibilityId, Rgb,
};

/// Longest text accepted in a name or title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest text accepted in a description or notes, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// One change to a design.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Give a responsibility to an executive, or to the tray (`None`).
    Move {
        /// Which responsibility.
        responsibility: ResponsibilityId,
        /// The new owner.
        to: Option<ExecutiveId>,
    },
    /// Rename a responsibility.
    SetName(ResponsibilityId, String),
    /// Change a responsibility's one-line description.
    SetDescription(ResponsibilityId, String),
    /// Change a responsibility's external share (0..=1).
    SetShare(ResponsibilityId, f64),
    /// Change a responsibility's size (> 0).
    SetSize(ResponsibilityId, f64),
    /// Change a responsibility's notes.
    SetNotes(ResponsibilityId, String),
    /// Add a responsibility (its id must be new).
    Add(Responsibility),
    /// Remove a responsibility.
    Delete(ResponsibilityId),
    /// Change an executive's short title.
    SetShortTitle(ExecutiveId, String),
    /// Change an executive's full title.
    SetFullTitle(ExecutiveId, String),
    /// Change an executive's colour.
    SetColour(ExecutiveId, Rgb),
    /// Move an executive's box on the canvas.
    MoveExecutive(ExecutiveId, Position),
    /// Add an executive (its id must be new).
    AddExecutive(Executive),
    /// Remove an executive; what it owned goes to the tray.
    RemoveExecutive(ExecutiveId),
    /// Rename the design.
    SetDesignName(String),
    /// Change what sizes count.
    SetSizeUnit(String),
}

/// Why an edit was refused. The design is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No responsibility has this id.
    UnknownResponsibility(String),
    /// No executive has this id.
    UnknownExecutive(String),
    /// The id is already used.
    DuplicateId(String),
    /// A value is out of range; the text says which and why.
    Invalid(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownResponsibility(id) => write!(f, "there is no responsibility \"{id}\""),
            Self::UnknownExecutive(id) => write!(f, "there is no executive \"{id}\""),
            Self::DuplicateId(id) => write!(f, "the id \"{id}\" is already used"),
            Self::Invalid(why) => f.write_str(why),
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
}

impl Edit {
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
            Self::SetShortTitle(id, _) => E(id.clone(), "short_title"),
            Self::SetFullTitle(id, _) => E(id.clone(), "full_title"),
            Self::SetColour(id, _) => E(id.clone(), "colour"),
            Self::MoveExecutive(id, _) => E(id.clone(), "position"),
            Self::SetDesignName(_) => D("name"),
            Self::SetSizeUnit(_) => D("size_unit"),
            Self::Move { .. }
            | Self::Add(_)
            | Self::Delete(_)
            | Self::AddExecutive(_)
            | Self::RemoveExecutive(_) => return None,
        })
    }
}

fn check_share(share: f64) -> Result<f64, EditError> {
    if share.is_finite() && (0.0..=1.0).contains(&share) {
        Ok(share)
    } else {
        Err(EditError::Invalid(format!(
            "external share must be between 0 and 1, not {share}"
        )))
    }
}

fn check_size(size: f64) -> Result<f64, EditError> {
    if size.is_finite() && size > 0.0 {
        Ok(size)
    } else {
        Err(EditError::Invalid(format!(
            "size must be a number greater than 0, not {size}"
        )))
    }
}

fn check_text(what: &str, text: String, max: usize) -> Result<String, EditError> {
    check_len(what, &text, max)?;
    Ok(text)
}

fn check_len(what: &str, text: &str, max: usize) -> Result<(), EditError> {
    if text.chars().count() > max {
        Err(EditError::Invalid(format!(
            "{what} is longer than {max} characters"
        )))
    } else {
        Ok(())
    }
}

fn check_position(position: Position) -> Result<Position, EditError> {
    if position.x.is_finite() && position.y.is_finite() {
        Ok(position)
    } else {
        Err(EditError::Invalid(
            "a box position must be a finite number".into(),
        ))
    }
}

impl Design {
    /// Applies one edit. Returns `Ok(true)` if the design changed, `Ok(false)`
    /// if the edit was a no-op (e.g. moving a card to where it already is),
    /// and an error, with the design untouched, if the edit is invalid.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
            if *slot == value {
                false
            } else {
                *slot = value;
                true
            }
        }
        match edit {
            Edit::Move { responsibility, to } => {
                if let Some(to) = &to {
                    self.require_executive(to)?;
                }
                Ok(set(
                    &mut self.require_responsibility(&responsibility)?.owner,
                    to,
                ))
            }
            Edit::SetName(id, name) => {
                let name = check_text("a name", name, MAX_NAME_CHARS)?;
                Ok(set(&mut self.require_responsibility(&id)?.name, name))
            }
            Edit::SetDescription(id, text) => {
                let text = check_text("a description", text, MAX_TEXT_CHARS)?;
                Ok(set(
                    &mut self.require_responsibility(&id)?.description,
                    text,
                ))
            }
            Edit::SetShare(id, share) => {
                let share = check_share(share)?;
                Ok(set(
                    &mut self.require_responsibility(&id)?.external_share,
                    share,
                ))
            }
            Edit::SetSize(id, size) => {
                let size = check_size(size)?;
                Ok(set(&mut self.require_responsibility(&id)?.size, size))
            }
            Edit::SetNotes(id, text) => {
                let text = check_text("notes", text, MAX_TEXT_CHARS)?;
                Ok(set(&mut self.require_responsibility(&id)?.notes, text))
            }
            Edit::Add(item) => {
                if self.responsibility(&item.id).is_some() {
                    return Err(EditError::DuplicateId(item.id.0));
                }
                if item.id.0.trim().is_empty() {
                    return Err(EditError::Invalid("an id cannot be empty".into()));
                }
                if let Some(owner) = &item.owner {
                    self.require_executive(owner)?;
                }
                check_share(item.external_share)?;
                check_size(item.size)?;
                check_len("a name", &item.name, MAX_NAME_CHARS)?;
                check_len("a description", &item.description, MAX_TEXT_CHARS)?;
                check_len("notes", &item.notes, MAX_TEXT_CHARS)?;
                self.responsibilities.push(item);
                Ok(true)
            }
            Edit::Delete(id) => {
                let before = self.responsibilities.len();
                self.responsibilities.retain(|r| r.id != id);
                if self.responsibilities.len() == before {
                    Err(EditError::UnknownResponsibility(id.0))
                } else {
                    Ok(true)
                }
            }
            Edit::SetShortTitle(id, title) => {
                let title = check_text("a title", title, MAX_NAME_CHARS)?;
                Ok(set(&mut self.require_executive(&id)?.short_title, title))
            }
            Edit::SetFullTitle(id, title) => {
                let title = check_text("a title", title, MAX_NAME_CHARS)?;
                Ok(set(&mut self.require_executive(&id)?.full_title, title))
            }
            Edit::SetColour(id, colour) => {
                Ok(set(&mut self.require_executive(&id)?.colour, colour))
            }
            Edit::MoveExecutive(id, position) => {
                let position = check_position(position)?;
                Ok(set(&mut self.require_executive(&id)?.position, position))
            }
            Edit::AddExecutive(executive) => {
                if self.executive(&executive.id).is_some() {
                    return Err(EditError::DuplicateId(executive.id.0));
                }
                if executive.id.0.trim().is_empty() {
                    return Err(EditError::Invalid("an id cannot be empty".into()));
                }
                check_position(executive.position)?;
                check_len("a title", &executive.short_title, MAX_NAME_CHARS)?;
                check_len("a title", &executive.full_title, MAX_NAME_CHARS)?;
                self.executives.push(executive);
                Ok(true)
            }
            Edit::RemoveExecutive(id) => {
                self.require_executive(&id)?;
                self.executives.retain(|e| e.id != id);
                for item in &mut self.responsibilities {
                    if item.owner.as_ref() == Some(&id) {
                        item.owner = None;
                    }
                }
                Ok(true)
            }
            Edit::SetDesignName(name) => {
                let name = check_text("a design name", name, MAX_NAME_CHARS)?;
                Ok(set(&mut self.name, name))
            }
            Edit::SetSizeUnit(unit) => {
                let unit = check_text("a size unit", unit, MAX_NAME_CHARS)?;
                Ok(set(&mut self.size_unit, unit))
            }
        }
    }

    fn require_responsibility(
        &mut self,
        id: &ResponsibilityId,
    ) -> Result<&mut Responsibility, EditError> {
        self.responsibility_mut(id)
            .ok_or_else(|| EditError::UnknownResponsibility(id.0.clone()))
    }

    fn require_executive(&mut self, id: &ExecutiveId) -> Result<&mut Executive, EditError> {
        self.executive_mut(id)
            .ok_or_else(|| EditError::UnknownExecutive(id.0.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::default_design;

    fn rid(s: &str) -> ResponsibilityId {
        ResponsibilityId(s.into())
    }
    fn eid(s: &str) -> ExecutiveId {
        ExecutiveId(s.into())
    }

    #[test]
    fn move_changes_owner_and_keeps_one_copy() {
        let mut d = default_design();
        let n = d.responsibilities.len();
        let edit = Edit::Move {
            responsibility: rid("security"),
            to: Some(eid("cto")),
        };
        assert_eq!(d.apply(edit.clone()), Ok(true));
        assert_eq!(
            d.apply(edit),
            Ok(false),
            "moving to the same owner is a no-op"
        );
        assert_eq!(d.responsibilities.len(), n);
        assert_eq!(
            d.responsibility(&rid("security"))
                .and_then(|r| r.owner.clone()),
            Some(eid("cto"))
        );
    }

    #[test]
    fn invalid_edits_leave_the_design_alone() {
        let d0 = default_design();
        let mut d = d0.clone();
        let bad = [
            Edit::Move {
                responsibility: rid("security"),
                to: Some(eid("nobody")),
            },
            Edit::Move {
                responsibility: rid("nothing"),
                to: None,
            },
            Edit::SetShare(rid("pmo"), 1.5),
            Edit::SetShare(rid("pmo"), f64::NAN),
            Edit::SetSize(rid("pmo"), 0.0),
            Edit::SetSize(rid("pmo"), -1.0),
            Edit::SetSize(rid("pmo"), f64::INFINITY),
            Edit::SetName(rid("pmo"), "x".repeat(MAX_NAME_CHARS + 1)),
            Edit::Add(d0.responsibilities[0].clone()),
            Edit::Delete(rid("nothing")),
            Edit::RemoveExecutive(eid("nobody")),
            Edit::MoveExecutive(
                eid("cio"),
                Position {
                    x: f32::NAN,
                    y: 0.0,
                },
            ),
        ];
        for edit in bad {
            assert!(d.apply(edit.clone()).is_err(), "{edit:?} should be refused");
            assert_eq!(d, d0, "{edit:?} changed the design");
        }
    }

    #[test]
    fn removing_an_executive_sends_its_items_to_the_tray() {
        let mut d = default_design();
        let cio_items = d.owned_by(Some(&eid("cio"))).count();
        let tray = d.owned_by(None).count();
        assert_eq!(d.apply(Edit::RemoveExecutive(eid("cio"))), Ok(true));
        assert_eq!(d.owned_by(None).count(), tray + cio_items);
        assert!(d.executive(&eid("cio")).is_none());
    }

    #[test]
    fn merge_keys() {
        assert_eq!(
            Edit::SetShare(rid("a"), 0.1).merge_key(),
            Edit::SetShare(rid("a"), 0.9).merge_key()
        );
        assert_ne!(
            Edit::SetShare(rid("a"), 0.1).merge_key(),
            Edit::SetShare(rid("b"), 0.1).merge_key()
        );
        assert_eq!(
            Edit::Move {
                responsibility: rid("a"),
                to: None
            }
            .merge_key(),
            None
        );
    }
}
