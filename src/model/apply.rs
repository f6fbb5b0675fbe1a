//! Applying an [`Edit`] to a design: [`Design::apply`] is the one place a
//! design changes. It checks the value with the rules in [`super::rules`]
//! (as loading a file does), refuses anything that would break them (a
//! reporting loop, a role for the owner, a dangling id), stores numbers on
//! their grid (so an edit that changes nothing visible changes nothing),
//! and keeps references whole when an executive is renamed or removed.

use super::design::{Design, ExecutiveId, ReportsTo, ResponsibilityId};
use super::edit::{Edit, EditError};
use super::rules::Problem;
use super::rules::{self, FieldProblem, RuleError, Subject};
use super::work_kind::WorkKind;

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

impl Design {
    /// Applies one edit. Returns `Ok(true)` if the design changed, `Ok(false)`
    /// if the edit was a no-op (moving a card to where it already is, a value
    /// equal to the one there once on its grid), and an error, with the
    /// design untouched, if the edit is invalid.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        match edit {
            Edit::Move { responsibility, to } => {
                if let Some(to) = &to {
                    self.executive_index(to)?;
                }
                let from = self.responsibility_index(&responsibility)?;
                if self.responsibilities[from].owner == to {
                    return Ok(false);
                }
                let item = &mut self.responsibilities[from];
                // The new owner is the one accountable: it holds no other role.
                if let Some(to) = &to {
                    item.roles.remove(to);
                }
                // The card keeps its place in the list: a saved design
                // changes on its line only.
                item.owner = to;
                Ok(true)
            }
            Edit::Reorder {
                responsibility,
                slot,
            } => {
                let from = self.responsibility_index(&responsibility)?;
                let owner = self.responsibilities[from].owner.clone();
                // The places of the owner's other cards, in the list's order.
                let others: Vec<usize> = self
                    .responsibilities
                    .iter()
                    .enumerate()
                    .filter(|&(i, r)| i != from && r.owner == owner)
                    .map(|(i, _)| i)
                    .collect();
                let now = others.iter().filter(|&&i| i < from).count();
                let slot = slot.min(others.len());
                if slot == now {
                    return Ok(false);
                }
                let item = self.responsibilities.remove(from);
                // Before the card now at `slot`, or after the last one.
                let at = match others.get(slot) {
                    Some(&i) => i,
                    None => others.last().map_or(from, |&i| i + 1),
                };
                let at = if at > from { at - 1 } else { at };
                self.responsibilities.insert(at, item);
                Ok(true)
            }
            Edit::SetName(id, name) => {
                let i = self.responsibility_index(&id)?;
                self.on_responsibility(i, rules::check_name(&name))?;
                let card = &mut self.responsibilities[i];
                // A card nobody has said the kind of yet takes the kind its
                // new name tells ("New responsibility" renamed "Cyber
                // defence" is security work); a kind once set stays.
                let kind = if card.kind == WorkKind::Other {
                    set(&mut card.kind, WorkKind::infer(id.as_str(), &name))
                } else {
                    false
                };
                // Either is a change (the name unchanged, the kind may
                // still be told by it for the first time).
                Ok(set(&mut card.name, name) | kind)
            }
            Edit::SetDescription(id, text) => {
                let i = self.responsibility_index(&id)?;
                let text = rules::text_block(text);
                self.on_responsibility(i, rules::check_text_block("description", &text))?;
                Ok(set(&mut self.responsibilities[i].description, text))
            }
            Edit::SetShare(id, share) => {
                let i = self.responsibility_index(&id)?;
                self.on_responsibility(i, rules::check_share(share))?;
                Ok(set(
                    &mut self.responsibilities[i].external_share,
                    rules::share(share),
                ))
            }
            Edit::SetSize(id, size) => {
                let i = self.responsibility_index(&id)?;
                self.on_responsibility(i, rules::check_size(size))?;
                Ok(set(&mut self.responsibilities[i].size, rules::size(size)))
            }
            Edit::SetNotes(id, text) => {
                let i = self.responsibility_index(&id)?;
                let text = rules::text_block(text);
                self.on_responsibility(i, rules::check_text_block("notes", &text))?;
                Ok(set(&mut self.responsibilities[i].notes, text))
            }
            Edit::SetDeliberate(id, deliberate) => {
                let i = self.responsibility_index(&id)?;
                Ok(set(&mut self.responsibilities[i].deliberate, deliberate))
            }
            Edit::SetKind(id, kind) => {
                let i = self.responsibility_index(&id)?;
                Ok(set(&mut self.responsibilities[i].kind, kind))
            }
            Edit::SetExecutiveNotes(id, text) => {
                let i = self.executive_index(&id)?;
                let text = rules::text_block(text);
                self.on_executive(i, rules::check_text_block("notes", &text))?;
                Ok(set(&mut self.executives[i].notes, text))
            }
            Edit::SetReason(index, text) => {
                let text = rules::text_block(text);
                rules::check_text_block("reason", &text)
                    .map_err(|problem| invalid(Subject::Decision { index }, problem))?;
                let decision = self
                    .decisions
                    .get_mut(index)
                    .ok_or(EditError::UnknownDecision(index))?;
                Ok(set(&mut decision.reason, text))
            }
            Edit::Add(mut item) => {
                let index = self.responsibilities.len();
                rules::check_responsibility(&item).map_err(|problem| {
                    invalid(
                        Subject::Responsibility {
                            index,
                            id: item.id.0.clone(),
                        },
                        problem,
                    )
                })?;
                if self.responsibility(&item.id).is_some() {
                    return Err(EditError::DuplicateId(item.id.0));
                }
                if let Some(owner) = &item.owner {
                    self.executive_index(owner)?;
                }
                if let Some(unknown) = item.roles.keys().find(|e| self.executive(e).is_none()) {
                    return Err(EditError::UnknownExecutive(unknown.0.clone()));
                }
                item.external_share = rules::share(item.external_share);
                item.size = rules::size(item.size);
                item.description = rules::text_block(item.description);
                item.notes = rules::text_block(item.notes);
                self.responsibilities.push(item.into());
                Ok(true)
            }
            Edit::Delete(id) => {
                let i = self.responsibility_index(&id)?;
                self.responsibilities.remove(i);
                Ok(true)
            }
            Edit::SetShortTitle(id, title) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_title("short_title", &title))?;
                Ok(set(&mut self.executives[i].short_title, title))
            }
            Edit::SetFullTitle(id, title) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_title("full_title", &title))?;
                Ok(set(&mut self.executives[i].full_title, title))
            }
            Edit::SetPerson(id, person) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_title("person", &person))?;
                Ok(set(&mut self.executives[i].person, person))
            }
            Edit::SetColour(id, colour) => {
                let i = self.executive_index(&id)?;
                Ok(set(&mut self.executives[i].colour, colour))
            }
            Edit::MoveExecutive(id, position) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_position(position))?;
                Ok(set(
                    &mut self.executives[i].position,
                    rules::position(position),
                ))
            }
            Edit::AddExecutive(mut executive) => {
                let index = self.executives.len();
                rules::check_executive(&executive).map_err(|problem| {
                    invalid(
                        Subject::Executive {
                            index,
                            id: executive.id.0.clone(),
                        },
                        problem,
                    )
                })?;
                if self.executive(&executive.id).is_some() {
                    return Err(EditError::DuplicateId(executive.id.0));
                }
                if let Err(problem) =
                    rules::check_manager(self, &executive.id, &executive.reports_to)
                {
                    return Err(invalid(
                        Subject::Executive {
                            index,
                            id: executive.id.0.clone(),
                        },
                        problem,
                    ));
                }
                executive.position = rules::position(executive.position);
                self.executives.push(executive);
                Ok(true)
            }
            Edit::RenameExecutiveId { from, to } => {
                let i = self.executive_index(&from)?;
                if from == to {
                    return Ok(false);
                }
                let mut renamed = self.executives[i].clone();
                renamed.id = to.clone();
                rules::check_executive(&renamed).map_err(|problem| {
                    invalid(
                        Subject::Executive {
                            index: i,
                            id: to.0.clone(),
                        },
                        problem,
                    )
                })?;
                if self.executive(&to).is_some() {
                    return Err(EditError::DuplicateId(to.0));
                }
                self.executives[i].id = to.clone();
                for e in &mut self.executives {
                    if e.reports_to == ReportsTo::Executive(from.clone()) {
                        e.reports_to = ReportsTo::Executive(to.clone());
                    }
                }
                for line in &mut self.dotted_lines {
                    for end in [&mut line.from, &mut line.to] {
                        if *end == from {
                            *end = to.clone();
                        }
                    }
                }
                for item in &mut self.responsibilities {
                    if item.owner.as_ref() == Some(&from) {
                        item.owner = Some(to.clone());
                    }
                    if let Some(role) = item.roles.remove(&from) {
                        item.roles.insert(to.clone(), role);
                    }
                }
                // The log names the executive as it is now called.
                for decision in &mut self.decisions {
                    for end in [&mut decision.from, &mut decision.to] {
                        if end.as_ref() == Some(&from) {
                            *end = Some(to.clone());
                        }
                    }
                }
                Ok(true)
            }
            Edit::RemoveExecutive(id) => {
                let i = self.executive_index(&id)?;
                let removed = self.executives.remove(i);
                // Its reports move up to its manager (which cannot be one of
                // them: there are no loops).
                let up = removed.reports_to;
                for e in &mut self.executives {
                    if e.reports_to == ReportsTo::Executive(id.clone()) {
                        e.reports_to = up.clone();
                    }
                }
                self.dotted_lines
                    .retain(|line| line.from != id && line.to != id);
                for item in &mut self.responsibilities {
                    if item.owner.as_ref() == Some(&id) {
                        item.owner = None;
                    }
                    item.roles.remove(&id);
                }
                Ok(true)
            }
            Edit::SetReportsTo(id, reports_to) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_manager(self, &id, &reports_to))?;
                Ok(set(&mut self.executives[i].reports_to, reports_to))
            }
            Edit::SetColumns(id, columns) => {
                let i = self.executive_index(&id)?;
                self.on_executive(i, rules::check_columns(columns))?;
                Ok(set(&mut self.executives[i].columns, columns))
            }
            Edit::SetOrientation(id, orientation) => {
                let i = self.executive_index(&id)?;
                Ok(set(&mut self.executives[i].orientation, orientation))
            }
            Edit::AddDottedLine(line) => {
                self.executive_index(&line.from)?;
                self.executive_index(&line.to)?;
                let index = self.dotted_lines.len();
                let subject = Subject::DottedLine { index };
                if line.from == line.to {
                    return Err(invalid(subject, ("to", Problem::ToItself)));
                }
                if let Some(first_index) = self.dotted_lines.iter().position(|l| l == &line) {
                    return Err(invalid(
                        subject,
                        ("to", Problem::DuplicateLine { first_index }),
                    ));
                }
                self.dotted_lines.push(line);
                Ok(true)
            }
            Edit::RemoveDottedLine(line) => {
                let before = self.dotted_lines.len();
                self.dotted_lines.retain(|l| l != &line);
                Ok(self.dotted_lines.len() != before)
            }
            Edit::SetRole {
                responsibility,
                executive,
                role,
            } => {
                let r = self.responsibility_index(&responsibility)?;
                self.executive_index(&executive)?;
                let item = &self.responsibilities[r];
                let Some(role) = role else {
                    return Ok(self.responsibilities[r].roles.remove(&executive).is_some());
                };
                if item.owner.as_ref() == Some(&executive) {
                    return Err(invalid(
                        Subject::Responsibility {
                            index: r,
                            id: item.id.0.clone(),
                        },
                        ("roles", Problem::RoleForOwner(executive.0)),
                    ));
                }
                let roles = &mut self.responsibilities[r].roles;
                Ok(roles.insert(executive, role) != Some(role))
            }
            Edit::SetCeo(ceo) => {
                if let Some(ceo) = &ceo {
                    rules::check_ceo(ceo).map_err(|p| invalid(Subject::Ceo, p))?;
                }
                let ceo = ceo.map(|mut c| {
                    c.position = rules::position(c.position);
                    c
                });
                Ok(set(&mut self.ceo, ceo))
            }
            Edit::SetCeoTitle(title) => {
                rules::check_title("title", &title).map_err(|p| invalid(Subject::Ceo, p))?;
                let ceo = self.ceo.as_mut().ok_or(EditError::NoCeo)?;
                Ok(set(&mut ceo.title, title))
            }
            Edit::SetCeoName(name) => {
                rules::check_title("name", &name).map_err(|p| invalid(Subject::Ceo, p))?;
                let ceo = self.ceo.as_mut().ok_or(EditError::NoCeo)?;
                Ok(set(&mut ceo.name, name))
            }
            Edit::Arrange {
                executives,
                ceo,
                columns,
            } => {
                let mut indices = Vec::with_capacity(executives.len());
                for (id, position) in &executives {
                    let i = self.executive_index(id)?;
                    self.on_executive(i, rules::check_position(*position))?;
                    indices.push(i);
                }
                let mut column_indices = Vec::with_capacity(columns.len());
                for (id, n) in &columns {
                    let i = self.executive_index(id)?;
                    self.on_executive(i, rules::check_columns(*n))?;
                    column_indices.push(i);
                }
                if let Some(position) = ceo {
                    rules::check_position(position).map_err(|p| invalid(Subject::Ceo, p))?;
                    if self.ceo.is_none() {
                        return Err(EditError::NoCeo);
                    }
                }
                let mut changed = false;
                for (i, (_, position)) in indices.into_iter().zip(executives) {
                    changed |= set(&mut self.executives[i].position, rules::position(position));
                }
                if let (Some(position), Some(c)) = (ceo, self.ceo.as_mut()) {
                    changed |= set(&mut c.position, rules::position(position));
                }
                for (i, (_, n)) in column_indices.into_iter().zip(columns) {
                    changed |= set(&mut self.executives[i].columns, n);
                }
                Ok(changed)
            }
            Edit::MoveCeo(position) => {
                rules::check_position(position).map_err(|p| invalid(Subject::Ceo, p))?;
                let ceo = self.ceo.as_mut().ok_or(EditError::NoCeo)?;
                Ok(set(&mut ceo.position, rules::position(position)))
            }
            Edit::SetDesignName(name) => {
                rules::check_design_name(&name).map_err(|p| invalid(Subject::Design, p))?;
                Ok(set(&mut self.name, name))
            }
            Edit::SetSizeUnit(unit) => {
                rules::check_size_unit(&unit).map_err(|p| invalid(Subject::Design, p))?;
                Ok(set(&mut self.size_unit, unit))
            }
            Edit::SetCompany(company) => {
                rules::check_company(&company).map_err(|p| invalid(Subject::Design, p))?;
                Ok(set(&mut self.company, company))
            }
        }
    }

    fn responsibility_index(&self, id: &ResponsibilityId) -> Result<usize, EditError> {
        self.responsibilities
            .iter()
            .position(|r| &r.id == id)
            .ok_or_else(|| EditError::UnknownResponsibility(id.0.clone()))
    }

    fn executive_index(&self, id: &ExecutiveId) -> Result<usize, EditError> {
        self.executives
            .iter()
            .position(|e| &e.id == id)
            .ok_or_else(|| EditError::UnknownExecutive(id.0.clone()))
    }

    fn on_responsibility(
        &self,
        index: usize,
        check: Result<(), FieldProblem>,
    ) -> Result<(), EditError> {
        check.map_err(|problem| {
            invalid(
                Subject::Responsibility {
                    index,
                    id: self.responsibilities[index].id.0.clone(),
                },
                problem,
            )
        })
    }

    fn on_executive(&self, index: usize, check: Result<(), FieldProblem>) -> Result<(), EditError> {
        check.map_err(|problem| {
            invalid(
                Subject::Executive {
                    index,
                    id: self.executives[index].id.0.clone(),
                },
                problem,
            )
        })
    }
}

fn invalid(subject: Subject, (field, problem): FieldProblem) -> EditError {
    EditError::Invalid(RuleError {
        subject,
        field,
        problem,
    })
}

#[cfg(test)]
mod tests;
