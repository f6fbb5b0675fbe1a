//! Format version 4: version 3 plus the person in each executive's role
//! (`person: "Karsten Möller"`, left out when not said). Here are its
//! frozen serde types (everything else is version 3's types, reused) and
//! its conversion into the domain [`Design`] (through version 3's). Where
//! each field is written is as in version 3 ([`super::v3::path_of`]).
//! Remit no longer writes it: version 5 does.
//!
//! Do not change these structs once released: files written with them must
//! keep loading.

use serde::Deserialize;

use super::v2::{CeoV2, DottedLineV2, OrientationV2, PositionV2, ReportsToV2};
use super::v3::{self, DecisionV3, DesignV3, ExecutiveV3, ResponsibilityV3};
use crate::model::Design;
use crate::model::rules::RuleError;

/// This version's number.
pub const VERSION: u32 = 4;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV4 {
    /// Always 4.
    pub format_version: u32,
    /// The design's name.
    pub name: String,
    /// What sizes count.
    #[serde(default = "default_size_unit")]
    pub size_unit: String,
    /// The CEO box, if the chart has one.
    #[serde(default)]
    pub ceo: Option<CeoV2>,
    /// The executives, in display order.
    pub executives: Vec<ExecutiveV4>,
    /// Secondary reporting lines.
    #[serde(default)]
    pub dotted_lines: Vec<DottedLineV2>,
    /// Every responsibility.
    pub responsibilities: Vec<ResponsibilityV3>,
    /// Every move of a card, oldest first.
    #[serde(default)]
    pub decisions: Vec<DecisionV3>,
}

fn default_size_unit() -> String {
    "points".to_owned()
}

/// One executive.
#[derive(Deserialize)]
#[serde(rename = "Executive", deny_unknown_fields)]
pub struct ExecutiveV4 {
    /// Stable id.
    pub id: String,
    /// e.g. "CIO".
    pub short_title: String,
    /// e.g. "Chief Information Officer".
    pub full_title: String,
    /// The person in the role, e.g. "Karsten Möller"; left out when empty.
    #[serde(default)]
    pub person: String,
    /// `"#rrggbb"`.
    pub colour: String,
    /// The box's top-left corner.
    pub position: PositionV2,
    /// Whom the executive reports to; left out when not set.
    #[serde(default)]
    pub reports_to: Option<ReportsToV2>,
    /// Which way the portfolio is meant to face; left out when not set.
    #[serde(default)]
    pub orientation: Option<OrientationV2>,
    /// Columns of cards in the box; left out when 1.
    #[serde(default)]
    pub columns: Option<u8>,
    /// Free text; left out when empty.
    #[serde(default)]
    pub notes: String,
}

/// The domain design this file describes (not yet checked against the
/// rules; the loader does that): version 3's conversion, with each
/// executive's person added.
pub fn into_design(file: DesignV4) -> Result<Design, RuleError> {
    let mut people = Vec::with_capacity(file.executives.len());
    let executives = file
        .executives
        .into_iter()
        .map(|e| {
            people.push(e.person);
            ExecutiveV3 {
                id: e.id,
                short_title: e.short_title,
                full_title: e.full_title,
                colour: e.colour,
                position: e.position,
                reports_to: e.reports_to,
                orientation: e.orientation,
                columns: e.columns,
                notes: e.notes,
            }
        })
        .collect();
    let mut design = v3::into_design(DesignV3 {
        format_version: v3::VERSION,
        name: file.name,
        size_unit: file.size_unit,
        ceo: file.ceo,
        executives,
        dotted_lines: file.dotted_lines,
        responsibilities: file.responsibilities,
        decisions: file.decisions,
    })?;
    for (executive, person) in design.executives.iter_mut().zip(people) {
        executive.person = person;
    }
    Ok(design)
}
