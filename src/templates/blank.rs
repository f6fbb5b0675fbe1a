//! The blank design: no responsibilities yet, and the executives the user
//! picks from the roles that usually share technology (and the business
//! roles a technology executive often reports to), each reporting to the
//! CEO box, laid out as a tree. What a consultant starts from before the
//! client's own list is imported.

use crate::model::design::{Ceo, Design, Executive, ExecutiveId, Orientation, ReportsTo};
use crate::model::palette;

/// A role that can be put on a blank chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlankRole {
    /// The executive's id in the design.
    pub id: &'static str,
    /// e.g. "CIO".
    pub short_title: &'static str,
    /// e.g. "Chief Information Officer".
    pub full_title: &'static str,
    /// Which way the portfolio is usually meant to face.
    pub orientation: Orientation,
    /// Whether it is ticked when the dialog opens.
    pub usual: bool,
}

const fn role(
    id: &'static str,
    short_title: &'static str,
    full_title: &'static str,
    orientation: Orientation,
    usual: bool,
) -> BlankRole {
    BlankRole {
        id,
        short_title,
        full_title,
        orientation,
        usual,
    }
}

/// The roles offered, technology first.
pub const ROLES: &[BlankRole] = &[
    role(
        "cio",
        "CIO",
        "Chief Information Officer",
        Orientation::Internal,
        true,
    ),
    role(
        "cto",
        "CTO",
        "Chief Technology Officer",
        Orientation::External,
        true,
    ),
    role(
        "ciso",
        "CISO",
        "Chief Information Security Officer",
        Orientation::Mixed,
        false,
    ),
    role(
        "cdo",
        "CDO",
        "Chief Digital Officer",
        Orientation::External,
        false,
    ),
    role(
        "cdao",
        "CDAO",
        "Chief Data & Analytics Officer",
        Orientation::Mixed,
        false,
    ),
    role(
        "cpo",
        "CPO",
        "Chief Product Officer",
        Orientation::External,
        false,
    ),
    role(
        "head-of-infrastructure",
        "Infrastructure",
        "Head of Infrastructure",
        Orientation::Internal,
        false,
    ),
    role(
        "cfo",
        "CFO",
        "Chief Financial Officer",
        Orientation::Internal,
        false,
    ),
    role(
        "coo",
        "COO",
        "Chief Operating Officer",
        Orientation::Internal,
        false,
    ),
];

/// Which roles are ticked when the dialog opens.
pub fn usual_picks() -> Vec<bool> {
    ROLES.iter().map(|r| r.usual).collect()
}

/// A design with no responsibilities, a CEO box, and an executive for
/// each ticked role in `picked` (in [`ROLES`] order; missing entries count
/// as not ticked), each reporting to the CEO, laid out as a tree.
pub fn blank_design(picked: &[bool]) -> Design {
    let mut design = Design {
        name: "New design".to_owned(),
        size_unit: "points".to_owned(),
        ceo: Some(Ceo::default()),
        ..Default::default()
    };
    for (role, _) in ROLES.iter().zip(picked).filter(|(_, on)| **on) {
        let colour = palette::next_colour(&design);
        design.executives.push(Executive {
            id: ExecutiveId(role.id.to_owned()),
            short_title: role.short_title.to_owned(),
            full_title: role.full_title.to_owned(),
            colour,
            reports_to: ReportsTo::Ceo,
            orientation: role.orientation,
            ..Default::default()
        });
    }
    crate::chart::tidy::tidy_in_place(&mut design, &crate::chart::estimated_measure);
    design
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rules;

    #[test]
    fn a_blank_design_has_the_picked_executives_and_no_cards() {
        let mut picked = vec![false; ROLES.len()];
        picked[0] = true;
        picked[2] = true;
        picked[7] = true;
        let design = blank_design(&picked);
        assert!(design.responsibilities.is_empty());
        let titles: Vec<&str> = design
            .executives
            .iter()
            .map(|e| e.short_title.as_str())
            .collect();
        assert_eq!(titles, ["CIO", "CISO", "CFO"]);
        assert!(
            design
                .executives
                .iter()
                .all(|e| e.reports_to == ReportsTo::Ceo)
        );
        assert_eq!(rules::validate(&design), Ok(()));
        // Laid out as a tree: side by side under the CEO box, no overlaps.
        let index = crate::model::Index::of(&design);
        let geometry =
            crate::chart::ChartGeometry::of(&design, &index, &crate::chart::estimated_measure);
        assert_eq!(crate::chart::tidy::overlaps(&geometry), None);
        let ceo = design
            .ceo
            .as_ref()
            .map(|c| c.position.y)
            .unwrap_or_default();
        assert!(design.executives.iter().all(|e| e.position.y > ceo));
        // Each box its own colour.
        assert_ne!(design.executives[0].colour, design.executives[1].colour);
    }

    #[test]
    fn the_usual_picks_are_the_cio_and_the_cto_and_none_is_valid() {
        let design = blank_design(&usual_picks());
        assert_eq!(design.executives.len(), 2);
        let empty = blank_design(&[]);
        assert!(empty.executives.is_empty());
        assert_eq!(rules::validate(&empty), Ok(()));
    }
}
