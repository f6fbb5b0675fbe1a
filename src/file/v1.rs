//! Format version 1, frozen: the shape of the file as plain serde structs,
//! its conversion into the domain [`Design`] (which brings it up to date:
//! no CEO box, no reporting lines, no orientations or roles, as version 1
//! could not say them), and where each field of the design is written (to
//! give lines in messages). Remit no longer writes version 1; see `v2`.
//!
//! Do not change these structs: files written with them must keep loading.

use serde::Deserialize;

use super::locate::Seg;
use super::v2::marked_in_notes;
use crate::model::rules::{Problem, RuleError, Subject};
use crate::model::{
    Design, Executive, ExecutiveId, Position, Responsibility, ResponsibilityId, Rgb,
};

/// This version's number.
pub const VERSION: u32 = 1;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV1 {
    /// Always 1.
    pub format_version: u32,
    /// The design's name.
    pub name: String,
    /// What sizes count.
    #[serde(default = "default_size_unit")]
    pub size_unit: String,
    /// The executives, in display order.
    pub executives: Vec<ExecutiveV1>,
    /// Every responsibility.
    pub responsibilities: Vec<ResponsibilityV1>,
}

fn default_size_unit() -> String {
    "points".to_owned()
}

/// One executive.
#[derive(Deserialize)]
#[serde(rename = "Executive", deny_unknown_fields)]
pub struct ExecutiveV1 {
    /// Stable id.
    pub id: String,
    /// e.g. "CIO".
    pub short_title: String,
    /// e.g. "Chief Information Officer".
    pub full_title: String,
    /// `"#rrggbb"`.
    pub colour: String,
    /// The box's top-left corner.
    pub position: PositionV1,
}

/// A box position.
#[derive(Deserialize)]
#[serde(rename = "Position", deny_unknown_fields)]
pub struct PositionV1 {
    /// Points from the left.
    pub x: f32,
    /// Points from the top.
    pub y: f32,
}

/// One responsibility.
#[derive(Deserialize)]
#[serde(rename = "Responsibility", deny_unknown_fields)]
pub struct ResponsibilityV1 {
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
    /// The owner's id; none for the tray.
    #[serde(default)]
    pub owner: Option<String>,
    /// Free text.
    #[serde(default)]
    pub notes: String,
}

/// The domain design this file describes (not yet checked against the
/// rules; the loader does that). A colour that is not `#rrggbb` is refused
/// here, as the model has no way to hold it.
pub fn into_design(file: DesignV1) -> Result<Design, RuleError> {
    let mut executives = Vec::with_capacity(file.executives.len());
    for (index, e) in file.executives.into_iter().enumerate() {
        let Some(colour) = Rgb::from_hex(&e.colour) else {
            return Err(RuleError {
                subject: Subject::Executive { index, id: e.id },
                field: "colour",
                problem: Problem::Colour(e.colour),
            });
        };
        executives.push(Executive {
            id: ExecutiveId(e.id),
            short_title: e.short_title,
            full_title: e.full_title,
            colour,
            position: Position {
                x: e.position.x,
                y: e.position.y,
            },
            ..Default::default()
        });
    }
    let responsibilities = file
        .responsibilities
        .into_iter()
        .map(|r| Responsibility {
            kind: crate::model::WorkKind::infer(&r.id, &r.name),
            id: ResponsibilityId(r.id),
            name: r.name,
            description: r.description,
            external_share: r.external_share,
            size: r.size,
            owner: r.owner.map(ExecutiveId),
            deliberate: marked_in_notes(&r.notes),
            notes: r.notes,
            ..Default::default()
        })
        .collect();
    let responsibilities = crate::model::shared::all(responsibilities);
    Ok(Design {
        name: file.name,
        size_unit: file.size_unit,
        executives,
        responsibilities,
        ..Default::default()
    })
}

/// Where the field a rule is about is written in a version 1 file.
pub fn path_of(rule: &RuleError) -> Vec<Seg<'static>> {
    match rule.subject {
        Subject::Design => vec![Seg::Field(rule.field)],
        Subject::Executive { index, .. } => vec![
            Seg::Field("executives"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
        Subject::Responsibility { index, .. } => vec![
            Seg::Field("responsibilities"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
        // Version 1 has no CEO box, no dotted lines and no decisions.
        Subject::Ceo | Subject::DottedLine { .. } | Subject::Decision { .. } => Vec::new(),
    }
}
