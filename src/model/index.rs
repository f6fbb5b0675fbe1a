//! Where things are in a design: each id's position in its list, and the
//! cards of each executive and of the tray, in document order. Built once
//! per change in time linear in the design, so that drawing a box, finding a
//! card or reporting never scans every item for every executive.

use ahash::HashMap;

use super::design::{Design, Executive, ExecutiveId, ResponsibilityId, Role};

/// A role an owned card gives another executive of the design, every
/// position resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleGrant {
    /// The card's position in `design.responsibilities`.
    pub card: usize,
    /// Its owner's position in `design.executives`.
    pub owner: usize,
    /// The position of the executive holding the role (never the owner).
    pub holder: usize,
    /// The role it holds.
    pub role: Role,
}

/// Positions and owner groups of one version of a design.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    executives: HashMap<ExecutiveId, usize>,
    responsibilities: HashMap<ResponsibilityId, usize>,
    /// For each executive (by position), the positions of its cards.
    owned: Vec<Vec<usize>>,
    /// Positions of the cards in the tray.
    unassigned: Vec<usize>,
    /// The roles owned cards give other executives of the design.
    grants: Vec<RoleGrant>,
}

impl Index {
    /// Indexes `design`.
    pub fn of(design: &Design) -> Self {
        let executives: HashMap<ExecutiveId, usize> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut owned = vec![Vec::new(); design.executives.len()];
        let mut unassigned = Vec::new();
        let mut grants = Vec::new();
        let mut responsibilities =
            HashMap::with_capacity_and_hasher(design.responsibilities.len(), Default::default());
        for (i, r) in design.responsibilities.iter().enumerate() {
            responsibilities.insert(r.id.clone(), i);
            match r.owner.as_ref().and_then(|o| executives.get(o)) {
                Some(&e) => {
                    owned[e].push(i);
                    for (holder, &role) in &r.roles {
                        if let Some(&h) = executives.get(holder).filter(|&&h| h != e) {
                            grants.push(RoleGrant {
                                card: i,
                                owner: e,
                                holder: h,
                                role,
                            });
                        }
                    }
                }
                None => unassigned.push(i),
            }
        }
        Self {
            executives,
            responsibilities,
            owned,
            unassigned,
            grants,
        }
    }

    /// Where the executive with this id is in `design.executives`.
    pub fn executive(&self, id: &ExecutiveId) -> Option<usize> {
        self.executives.get(id).copied()
    }

    /// The executive with this id in `design` (the design this index was
    /// built from), found without scanning the list.
    pub fn executive_in<'a>(&self, design: &'a Design, id: &ExecutiveId) -> Option<&'a Executive> {
        self.executive(id).and_then(|i| design.executives.get(i))
    }

    /// Where the responsibility with this id is in `design.responsibilities`.
    pub fn responsibility(&self, id: &ResponsibilityId) -> Option<usize> {
        self.responsibilities.get(id).copied()
    }

    /// The positions of the cards owned by the executive at `executive`
    /// (`None` = the tray), in document order.
    pub fn cards(&self, executive: Option<usize>) -> &[usize] {
        match executive {
            Some(e) => self.owned.get(e).map_or(&[], Vec::as_slice),
            None => &self.unassigned,
        }
    }

    /// The roles cards on the chart give executives other than their owners
    /// (roles naming no executive of the design left out), in document
    /// order.
    pub fn role_grants(&self) -> &[RoleGrant] {
        &self.grants
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::default_design;

    #[test]
    fn groups_match_a_plain_scan() {
        let design = default_design();
        let index = Index::of(&design);
        for (e, executive) in design.executives.iter().enumerate() {
            let scanned: Vec<usize> = design
                .responsibilities
                .iter()
                .enumerate()
                .filter(|(_, r)| r.owner.as_ref() == Some(&executive.id))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(index.cards(Some(e)), scanned.as_slice());
            assert_eq!(index.executive(&executive.id), Some(e));
        }
        let tray: Vec<usize> = design
            .responsibilities
            .iter()
            .enumerate()
            .filter(|(_, r)| r.owner.is_none())
            .map(|(i, _)| i)
            .collect();
        assert_eq!(index.cards(None), tray.as_slice());
        for (i, r) in design.responsibilities.iter().enumerate() {
            assert_eq!(index.responsibility(&r.id), Some(i));
        }
        assert_eq!(index.cards(Some(99)), &[] as &[usize]);
    }

    #[test]
    fn role_grants_resolve_every_role_but_the_owners_own_and_strangers() {
        let mut design = default_design();
        for r in &mut design.responsibilities {
            r.roles.clear();
        }
        let cio = design.executives[0].id.clone();
        let cto = design.executives[1].id.clone();
        let stranger = ExecutiveId("nobody".into());
        // A role for another executive, one for the owner itself and one
        // for an executive the design does not have, on an owned card; and
        // a role on a card in the tray.
        let owned = design
            .responsibilities
            .iter()
            .position(|r| r.owner.as_ref() == Some(&cio))
            .expect("the CIO owns a card");
        let roles = &mut design.responsibilities[owned].roles;
        roles.insert(cto.clone(), Role::Consulted);
        roles.insert(cio.clone(), Role::Informed);
        roles.insert(stranger, Role::Responsible);
        let tray = design.responsibilities.len() - 1;
        design.responsibilities[tray].owner = None;
        design.responsibilities[tray]
            .roles
            .insert(cto, Role::Responsible);
        let index = Index::of(&design);
        assert_eq!(
            index.role_grants(),
            &[RoleGrant {
                card: owned,
                owner: 0,
                holder: 1,
                role: Role::Consulted,
            }]
        );
    }
}
