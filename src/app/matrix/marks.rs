//! What the matrix's cells mean, with no egui: the columns and cells, the
//! marks a cell can be given (A, R, C, I or none) and the edit each one
//! makes, what a cell shows and how it is named, and the row orders.

use crate::model::{Design, Edit, ExecutiveId, Index, Responsibility, ResponsibilityId, Role};

/// The order the rows are in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// As the design lists them.
    #[default]
    Design,
    /// Grouped by owner, in the executives' order, the tray last.
    Owner,
    /// Most internal-facing first, most external-facing last.
    Facing,
}

impl SortBy {
    /// Every order, as offered above the table.
    pub const ALL: [Self; 3] = [Self::Design, Self::Owner, Self::Facing];

    /// How the choice is written.
    pub fn label(self) -> &'static str {
        match self {
            Self::Design => "design order",
            Self::Owner => "owner",
            Self::Facing => "facing",
        }
    }
}

/// A column of the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// An executive's column.
    Executive(ExecutiveId),
    /// The unassigned tray's column.
    Tray,
}

/// One cell: a responsibility's row and a column.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    /// The row's responsibility.
    pub item: ResponsibilityId,
    /// The column.
    pub column: Column,
}

/// What a cell is set to from its menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// "A": this column owns the card (the tray's column: to the tray).
    Owner,
    /// "R", "C" or "I".
    Role(Role),
    /// No role.
    Clear,
}

/// The responsibilities' positions in row order. Sorting is stable: rows
/// that tie keep the design's order.
pub fn row_order(design: &Design, index: &Index, sort: SortBy) -> Vec<usize> {
    let mut order: Vec<usize> = (0..design.responsibilities.len()).collect();
    let items = &design.responsibilities;
    match sort {
        SortBy::Design => {}
        SortBy::Owner => {
            let tray = design.executives.len();
            order.sort_by_key(|&i| {
                items[i]
                    .owner
                    .as_ref()
                    .and_then(|o| index.executive(o))
                    .unwrap_or(tray)
            });
        }
        SortBy::Facing => {
            order.sort_by(|&a, &b| items[a].external_share.total_cmp(&items[b].external_share));
        }
    }
    order
}

/// The edit that gives `column` the `mark` on `item`: `Ok(None)` when it
/// has it already, `Err` saying why when it cannot have it (an owner holds
/// no other role and keeps its "A" until the card moves; the tray holds no
/// roles).
pub fn edit_for(
    design: &Design,
    item: &Responsibility,
    column: &Column,
    mark: Mark,
) -> Result<Option<Edit>, String> {
    let name = &item.name;
    let move_to = |to: Option<ExecutiveId>| Edit::Move {
        responsibility: item.id.clone(),
        to,
    };
    let set_role = |executive: &ExecutiveId, role: Option<Role>| Edit::SetRole {
        responsibility: item.id.clone(),
        executive: executive.clone(),
        role,
    };
    match column {
        Column::Executive(e) => {
            let owns = item.owner.as_ref() == Some(e);
            match mark {
                Mark::Owner if owns => Ok(None),
                Mark::Owner => Ok(Some(move_to(Some(e.clone())))),
                Mark::Role(_) | Mark::Clear if owns => Err(format!(
                    "{} owns “{name}”: to change that, choose A for another executive, or the tray.",
                    title(design, e)
                )),
                Mark::Role(role) if item.roles.get(e) == Some(&role) => Ok(None),
                Mark::Role(role) => Ok(Some(set_role(e, Some(role)))),
                Mark::Clear if item.roles.contains_key(e) => Ok(Some(set_role(e, None))),
                Mark::Clear => Ok(None),
            }
        }
        Column::Tray => match mark {
            Mark::Owner if item.owner.is_none() => Ok(None),
            Mark::Owner => Ok(Some(move_to(None))),
            Mark::Role(_) => Err("The unassigned tray holds no roles.".to_owned()),
            Mark::Clear if item.owner.is_none() => Err(format!(
                "“{name}” is in the tray: choose A for an executive to give it an owner."
            )),
            Mark::Clear => Ok(None),
        },
    }
}

fn title<'a>(design: &'a Design, id: &'a ExecutiveId) -> &'a str {
    design
        .executive(id)
        .map_or(id.as_str(), |e| e.short_title.as_str())
}

/// What a cell shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The owner: "A".
    Owner,
    /// Another executive's role: "R", "C" or "I".
    Role(Role),
    /// The tray's column of a card in the tray.
    InTray,
    /// Nothing.
    Empty,
}

impl Shown {
    /// What `column` shows for `item`.
    pub fn of(item: &Responsibility, column: &Column) -> Self {
        match column {
            Column::Executive(e) if item.owner.as_ref() == Some(e) => Self::Owner,
            Column::Executive(e) => item.roles.get(e).map_or(Self::Empty, |&r| Self::Role(r)),
            Column::Tray if item.owner.is_none() => Self::InTray,
            Column::Tray => Self::Empty,
        }
    }

    /// The text in the cell: always letters (or "yes"), never colour alone.
    pub fn text(self) -> &'static str {
        match self {
            Self::Owner => "A",
            Self::Role(Role::Responsible) => "R",
            Self::Role(Role::Consulted) => "C",
            Self::Role(Role::Informed) => "I",
            Self::InTray => "yes",
            Self::Empty => "",
        }
    }
}

/// The text a screen reader (and a UI test) finds a cell by, e.g.
/// "PMO, CTO: Consulted", "PMO, CIO: Accountable (owner)", "PMO, CTO: no
/// role" or "PMO, Unassigned: no".
pub fn cell_label(design: &Design, item: &Responsibility, column: &Column) -> String {
    let words = match Shown::of(item, column) {
        Shown::Owner => "Accountable (owner)",
        Shown::Role(role) => role.word(),
        Shown::InTray => "yes",
        Shown::Empty if *column == Column::Tray => "no",
        Shown::Empty => "no role",
    };
    let title = match column {
        Column::Executive(e) => title(design, e),
        Column::Tray => "Unassigned",
    };
    format!("{}, {title}: {words}", item.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::default_design;

    fn eid(id: &str) -> ExecutiveId {
        ExecutiveId(id.to_owned())
    }

    fn item<'a>(design: &'a Design, id: &str) -> &'a Responsibility {
        design
            .responsibilities
            .iter()
            .find(|r| r.id.0 == id)
            .unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn marks_become_moves_and_roles() {
        let design = default_design();
        let security = item(&design, "security"); // the CIO's; the CTO is R
        let cto = Column::Executive(eid("cto"));
        let cio = Column::Executive(eid("cio"));
        assert_eq!(
            edit_for(&design, security, &cto, Mark::Role(Role::Consulted)),
            Ok(Some(Edit::SetRole {
                responsibility: security.id.clone(),
                executive: eid("cto"),
                role: Some(Role::Consulted),
            }))
        );
        assert_eq!(
            edit_for(&design, security, &cto, Mark::Role(Role::Responsible)),
            Ok(None),
            "already Responsible"
        );
        assert_eq!(
            edit_for(&design, security, &cto, Mark::Clear),
            Ok(Some(Edit::SetRole {
                responsibility: security.id.clone(),
                executive: eid("cto"),
                role: None,
            }))
        );
        assert_eq!(
            edit_for(&design, security, &cto, Mark::Owner),
            Ok(Some(Edit::Move {
                responsibility: security.id.clone(),
                to: Some(eid("cto")),
            }))
        );
        assert_eq!(edit_for(&design, security, &cio, Mark::Owner), Ok(None));
        assert_eq!(
            edit_for(&design, security, &Column::Tray, Mark::Owner),
            Ok(Some(Edit::Move {
                responsibility: security.id.clone(),
                to: None,
            }))
        );
    }

    /// The default design with vendor management back in the tray.
    fn with_vendors_in_the_tray() -> Design {
        let mut design = default_design();
        if let Some(r) = design
            .responsibilities
            .iter_mut()
            .find(|r| r.id.0 == "vendor-management")
        {
            r.owner = None;
        }
        design
    }

    #[test]
    fn the_owner_keeps_its_a_and_the_tray_holds_no_roles() {
        let design = with_vendors_in_the_tray();
        let security = item(&design, "security");
        let cio = Column::Executive(eid("cio"));
        let Err(why) = edit_for(&design, security, &cio, Mark::Clear) else {
            panic!("the owner's A cannot be cleared");
        };
        assert!(why.starts_with("CIO owns “Information security”"), "{why}");
        assert!(edit_for(&design, security, &cio, Mark::Role(Role::Informed)).is_err());
        let tray = Column::Tray;
        assert!(edit_for(&design, security, &tray, Mark::Role(Role::Informed)).is_err());
        assert_eq!(edit_for(&design, security, &tray, Mark::Clear), Ok(None));
        let vendors = item(&design, "vendor-management"); // in the tray
        assert_eq!(edit_for(&design, vendors, &tray, Mark::Owner), Ok(None));
        assert!(edit_for(&design, vendors, &tray, Mark::Clear).is_err());
    }

    #[test]
    fn cells_show_letters_and_are_named() {
        let design = with_vendors_in_the_tray();
        let security = item(&design, "security");
        let cto = Column::Executive(eid("cto"));
        let cio = Column::Executive(eid("cio"));
        assert_eq!(Shown::of(security, &cio).text(), "A");
        assert_eq!(Shown::of(security, &cto).text(), "R");
        assert_eq!(Shown::of(security, &Column::Tray).text(), "");
        assert_eq!(
            cell_label(&design, security, &cto),
            "Information security, CTO: Responsible"
        );
        assert_eq!(
            cell_label(&design, security, &cio),
            "Information security, CIO: Accountable (owner)"
        );
        assert_eq!(
            cell_label(&design, security, &Column::Tray),
            "Information security, Unassigned: no"
        );
        let pmo = item(&design, "pmo");
        assert_eq!(cell_label(&design, pmo, &cto), "PMO, CTO: no role");
        let vendors = item(&design, "vendor-management");
        assert_eq!(Shown::of(vendors, &Column::Tray).text(), "yes");
        assert_eq!(
            cell_label(&design, vendors, &Column::Tray),
            "Vendor management, Unassigned: yes"
        );
    }

    #[test]
    fn rows_sort_by_owner_and_by_facing() {
        let design = default_design();
        let index = Index::of(&design);
        let n = design.responsibilities.len();
        let same = row_order(&design, &index, SortBy::Design);
        assert_eq!(same, (0..n).collect::<Vec<_>>());

        let by_owner = row_order(&design, &index, SortBy::Owner);
        let owners: Vec<usize> = by_owner
            .iter()
            .map(|&i| {
                design.responsibilities[i]
                    .owner
                    .as_ref()
                    .and_then(|o| index.executive(o))
                    .unwrap_or(usize::MAX)
            })
            .collect();
        assert!(owners.windows(2).all(|w| w[0] <= w[1]), "{owners:?}");
        assert_eq!(by_owner.len(), n);

        let by_facing = row_order(&design, &index, SortBy::Facing);
        let shares: Vec<f64> = by_facing
            .iter()
            .map(|&i| design.responsibilities[i].external_share)
            .collect();
        assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{shares:?}");
        assert_ne!(by_facing, same, "the default design is not in facing order");
    }
}
