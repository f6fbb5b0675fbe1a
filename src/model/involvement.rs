//! How much each executive takes part in other executives' work: for each
//! executive, how many items owned by *someone else* it holds a role on
//! (Responsible, Consulted or Informed), counted per role.
//!
//! Items in the unassigned tray belong to nobody, so roles on them are not
//! counted; nor is a role an owner holds on its own item (the rules refuse
//! one anyway) or a role naming an executive the design does not have.
//! Computed in one pass over the items and their roles, never per
//! executive × item.

use std::collections::HashMap;

use super::design::{Design, ExecutiveId, Role};

/// One executive's roles on items other executives own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Involvement {
    /// Items it is Responsible on.
    pub responsible: usize,
    /// Items it is Consulted on.
    pub consulted: usize,
    /// Items it is Informed on.
    pub informed: usize,
}

impl Involvement {
    /// Items it holds any role on (one role per item, so this is the sum).
    pub fn total(&self) -> usize {
        self.responsible + self.consulted + self.informed
    }

    /// How many items it holds `role` on.
    pub fn count(&self, role: Role) -> usize {
        match role {
            Role::Responsible => self.responsible,
            Role::Consulted => self.consulted,
            Role::Informed => self.informed,
        }
    }

    fn add(&mut self, role: Role) {
        match role {
            Role::Responsible => self.responsible += 1,
            Role::Consulted => self.consulted += 1,
            Role::Informed => self.informed += 1,
        }
    }

    /// The line the balance panel shows, every number beside its word,
    /// e.g. "roles on others' items: responsible 1 · consulted 2" (a role
    /// held on none is left out), or "no role on others' items".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = Role::ALL
            .iter()
            .filter(|&&role| self.count(role) > 0)
            .map(|&role| format!("{} {}", role.word().to_lowercase(), self.count(role)))
            .collect();
        if parts.is_empty() {
            "no role on others' items".to_owned()
        } else {
            format!("roles on others' items: {}", parts.join(" · "))
        }
    }
}

/// The involvement of every executive of a design, in the design's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DesignInvolvement {
    executives: Vec<Involvement>,
}

impl DesignInvolvement {
    /// Counts every executive's roles on items others own, in one pass over
    /// the items (work grows with items + roles, never executives × items).
    pub fn of(design: &Design) -> Self {
        let positions: HashMap<&ExecutiveId, usize> = design
            .executives
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, i))
            .collect();
        let mut executives = vec![Involvement::default(); design.executives.len()];
        for item in &design.responsibilities {
            let Some(owner) = &item.owner else {
                continue;
            };
            if !positions.contains_key(owner) {
                continue;
            }
            for (holder, &role) in &item.roles {
                if holder == owner {
                    continue;
                }
                if let Some(&i) = positions.get(holder) {
                    executives[i].add(role);
                }
            }
        }
        Self { executives }
    }

    /// The same as [`DesignInvolvement::of`], from the design's index (which
    /// the window builds anyway, every role already resolved to its
    /// holder's position): one walk over a flat list, no lookups.
    pub fn of_indexed(design: &Design, index: &super::Index) -> Self {
        let mut executives = vec![Involvement::default(); design.executives.len()];
        for grant in index.role_grants() {
            if let Some(holder) = executives.get_mut(grant.holder) {
                holder.add(grant.role);
            }
        }
        Self { executives }
    }

    /// The involvement of the executive at `index` in the design's list
    /// (none if there is no such executive).
    pub fn executive_at(&self, index: usize) -> Involvement {
        self.executives.get(index).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::design::{Executive, Responsibility, ResponsibilityId};
    use crate::templates::default_design;

    fn exec(id: &str) -> Executive {
        Executive {
            id: ExecutiveId(id.into()),
            short_title: id.to_uppercase(),
            ..Default::default()
        }
    }

    fn item(id: &str, owner: Option<&str>, roles: &[(&str, Role)]) -> Responsibility {
        Responsibility {
            id: ResponsibilityId(id.into()),
            name: id.into(),
            size: 1.0,
            owner: owner.map(|o| ExecutiveId(o.into())),
            roles: roles
                .iter()
                .map(|(e, r)| (ExecutiveId((*e).into()), *r))
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn counts_roles_on_items_others_own() {
        let mut design = Design::empty("t");
        design.executives = vec![exec("cio"), exec("cto"), exec("ciso")];
        design.responsibilities = vec![
            item(
                "a",
                Some("cio"),
                &[("cto", Role::Responsible), ("ciso", Role::Consulted)],
            ),
            item("b", Some("cio"), &[("cto", Role::Consulted)]),
            item("c", Some("cto"), &[("cio", Role::Informed)]),
            item("d", Some("ciso"), &[("cto", Role::Informed)]),
        ]
        .into_iter()
        .map(Into::into)
        .collect();
        let involvement = DesignInvolvement::of(&design);
        let cto = involvement.executive_at(1);
        assert_eq!(
            cto,
            Involvement {
                responsible: 1,
                consulted: 1,
                informed: 1
            }
        );
        assert_eq!(cto.total(), 3);
        assert_eq!(
            cto.describe(),
            "roles on others' items: responsible 1 · consulted 1 · informed 1"
        );
        assert_eq!(involvement.executive_at(0).total(), 1);
        assert_eq!(involvement.executive_at(2).count(Role::Consulted), 1);
        assert_eq!(involvement.executive_at(99), Involvement::default());
    }

    #[test]
    fn the_tray_the_owner_and_strangers_do_not_count() {
        let mut design = Design::empty("t");
        design.executives = vec![exec("cio"), exec("cto")];
        design.responsibilities = vec![
            // In the tray: nobody's item.
            item("tray", None, &[("cto", Role::Responsible)]),
            // A role for the owner itself (the rules refuse it; never counted).
            item("own", Some("cio"), &[("cio", Role::Consulted)]),
            // A role for an executive the design does not have.
            item("ghost", Some("cio"), &[("nobody", Role::Informed)]),
            // Owned by an executive the design does not have.
            item("orphan", Some("gone"), &[("cto", Role::Informed)]),
        ]
        .into_iter()
        .map(Into::into)
        .collect();
        let involvement = DesignInvolvement::of(&design);
        assert_eq!(involvement.executive_at(0).total(), 0);
        assert_eq!(involvement.executive_at(1).total(), 0);
        assert_eq!(
            involvement.executive_at(1).describe(),
            "no role on others' items"
        );
    }

    #[test]
    fn the_default_design_shares_seven_items() {
        let design = default_design();
        let involvement = DesignInvolvement::of(&design);
        // The CTO is Responsible on security, Consulted on data & analytics
        // and on infrastructure, Informed on IT operations and continuity
        // (all the CIO's); the CIO is Consulted on product development and
        // architecture (the CTO's).
        let at = |id: &str| {
            design
                .executives
                .iter()
                .position(|e| e.id.0 == id)
                .map(|i| involvement.executive_at(i))
                .unwrap_or_default()
        };
        assert_eq!(
            at("cto").describe(),
            "roles on others' items: responsible 1 · consulted 2 · informed 2"
        );
        assert_eq!(at("cio").describe(), "roles on others' items: consulted 2");
    }
}
