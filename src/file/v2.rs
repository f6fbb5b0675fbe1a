//! Format version 2 (Remit 0.2 to 0.3): version 1 plus the org chart (a
//! CEO box, whom each executive reports to, dotted lines, each executive's
//! intended orientation) and the shared roles on each card (Responsible,
//! Consulted, Informed). Here are its frozen serde types and their
//! conversion into version 3, which Remit writes now; its fields are where
//! version 3 has them, so messages find their lines the same way.
//!
//! Do not change these structs: files written with them must keep loading.
//! A card marked deliberate in version 2 said so in its notes (a line
//! starting `Deliberate:`); it comes into version 3 marked.

use serde::Deserialize;

use super::v3::{DesignV3, ExecutiveV3, ResponsibilityV3};

/// This version's number.
pub const VERSION: u32 = 2;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV2 {
    /// Always 2.
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
    pub executives: Vec<ExecutiveV2>,
    /// Secondary reporting lines.
    #[serde(default)]
    pub dotted_lines: Vec<DottedLineV2>,
    /// Every responsibility.
    pub responsibilities: Vec<ResponsibilityV2>,
}

fn default_size_unit() -> String {
    "points".to_owned()
}

/// The CEO box.
#[derive(Deserialize)]
#[serde(rename = "Ceo", deny_unknown_fields)]
pub struct CeoV2 {
    /// e.g. "CEO".
    pub title: String,
    /// The person, if named.
    #[serde(default)]
    pub name: String,
    /// The box's top-left corner.
    pub position: PositionV2,
}

/// One executive.
#[derive(Deserialize)]
#[serde(rename = "Executive", deny_unknown_fields)]
pub struct ExecutiveV2 {
    /// Stable id.
    pub id: String,
    /// e.g. "CIO".
    pub short_title: String,
    /// e.g. "Chief Information Officer".
    pub full_title: String,
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
}

/// Whom an executive reports to: `Ceo`, `Executive("cio")` or
/// `Outside("CFO")`.
#[derive(Deserialize)]
pub enum ReportsToV2 {
    /// The chief executive.
    Ceo,
    /// Another executive, by id.
    Executive(String),
    /// A role not on the chart.
    Outside(String),
}

/// `Internal`, `External` or `Mixed`.
#[derive(Deserialize)]
pub enum OrientationV2 {
    /// Internal-facing.
    Internal,
    /// External-facing.
    External,
    /// Mixed on purpose.
    Mixed,
}

/// A box position.
#[derive(Deserialize)]
#[serde(rename = "Position", deny_unknown_fields)]
pub struct PositionV2 {
    /// Points from the left.
    pub x: f32,
    /// Points from the top.
    pub y: f32,
}

/// A dotted line.
#[derive(Deserialize)]
#[serde(rename = "DottedLine", deny_unknown_fields)]
pub struct DottedLineV2 {
    /// The executive with the dotted line, by id.
    pub from: String,
    /// The executive it leads to, by id.
    pub to: String,
}

/// One responsibility.
#[derive(Deserialize)]
#[serde(rename = "Responsibility", deny_unknown_fields)]
pub struct ResponsibilityV2 {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// One line.
    #[serde(default)]
    pub description: String,
    /// 0 = internal … 1 = external.
    pub external_share: f64,
    /// How big, in the size unit.
    pub size: f64,
    /// The owner's id (the one accountable); none for the tray.
    #[serde(default)]
    pub owner: Option<String>,
    /// Other executives who take part: `[Responsible("cto"), Informed("cfo")]`.
    #[serde(default)]
    pub roles: Vec<RoleV2>,
    /// Free text.
    #[serde(default)]
    pub notes: String,
}

/// One executive's part in a responsibility it does not own.
#[derive(Deserialize)]
pub enum RoleV2 {
    /// Does part of the work.
    Responsible(String),
    /// Is asked before decisions.
    Consulted(String),
    /// Is told of decisions.
    Informed(String),
}

/// The same design as a version 3 file (nothing is checked here; the
/// loader checks the design version 3 converts into).
pub fn into_v3(file: DesignV2) -> DesignV3 {
    DesignV3 {
        format_version: super::v3::VERSION,
        name: file.name,
        size_unit: file.size_unit,
        ceo: file.ceo,
        executives: file
            .executives
            .into_iter()
            .map(|e| ExecutiveV3 {
                id: e.id,
                short_title: e.short_title,
                full_title: e.full_title,
                colour: e.colour,
                position: e.position,
                reports_to: e.reports_to,
                orientation: e.orientation,
                columns: e.columns,
                notes: String::new(),
            })
            .collect(),
        dotted_lines: file.dotted_lines,
        responsibilities: file
            .responsibilities
            .into_iter()
            .map(|r| ResponsibilityV3 {
                deliberate: marked_in_notes(&r.notes),
                id: r.id,
                name: r.name,
                description: r.description,
                external_share: r.external_share,
                size: r.size,
                owner: r.owner,
                roles: r.roles,
                notes: r.notes,
            })
            .collect(),
        decisions: Vec::new(),
    }
}

/// Whether a card's notes mark its place as deliberate, as Remit 0.3 did
/// before the format had a field for it: a line that starts, after any
/// spaces, with `Deliberate:` in any letter case.
pub fn marked_in_notes(notes: &str) -> bool {
    const MARKER: &[u8] = b"deliberate:";
    notes.lines().any(|line| {
        line.trim_start()
            .as_bytes()
            .get(..MARKER.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(MARKER))
    })
}

#[cfg(test)]
mod tests {
    use super::marked_in_notes;

    #[test]
    fn the_old_mark_is_a_line_starting_deliberate_in_any_case() {
        assert!(marked_in_notes("Deliberate: the lab is new"));
        assert!(marked_in_notes("first line\n   DELIBERATE: yes"));
        assert!(marked_in_notes("deliberate:"));
        assert!(!marked_in_notes(""));
        assert!(!marked_in_notes("Deliberately here"));
        assert!(!marked_in_notes("not deliberate: really"));
        assert!(!marked_in_notes("Délibéré: non"));
    }
}
