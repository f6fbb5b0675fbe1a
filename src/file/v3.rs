//! Format version 3: version 2 plus the advice a design keeps (a card's
//! place marked deliberate, notes on an executive, and the decision log:
//! each move of a card, when, and why). Here are its frozen serde types
//! (the parts version 2 already had are its types, reused), its conversion
//! into the domain [`Design`], and where each field of a design is written
//! (to give lines in messages; version 4 writes them in the same places).
//!
//! Do not change these structs: files written with them must keep loading.
//! Remit writes version 4 ([`super::v4`]) now.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::locate::Seg;
use super::v2::{CeoV2, DottedLineV2, OrientationV2, PositionV2, ReportsToV2, RoleV2};
use crate::model::rules::{Problem, RuleError, Subject};
use crate::model::{
    Ceo, Decision, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role, When,
};
use crate::model::{Company, WorkKind};

/// This version's number.
pub const VERSION: u32 = 3;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV3 {
    /// Always 3.
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
    pub executives: Vec<ExecutiveV3>,
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
pub struct ExecutiveV3 {
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
    /// Free text; left out when empty.
    #[serde(default)]
    pub notes: String,
}

/// One responsibility.
#[derive(Deserialize)]
#[serde(rename = "Responsibility", deny_unknown_fields)]
pub struct ResponsibilityV3 {
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
    /// Its place is a deliberate choice; left out when not.
    #[serde(default)]
    pub deliberate: bool,
}

/// One entry of the decision log.
#[derive(Deserialize)]
#[serde(rename = "Decision", deny_unknown_fields)]
pub struct DecisionV3 {
    /// The card that moved, by id.
    pub responsibility: String,
    /// Its name when it moved.
    pub name: String,
    /// Its owner before, by id; left out for the tray.
    #[serde(default)]
    pub from: Option<String>,
    /// Its owner after, by id; left out for the tray.
    #[serde(default)]
    pub to: Option<String>,
    /// When, as `"2026-11-23T19:45:12Z"` (UTC, to the second).
    pub when: String,
    /// Why; left out until someone says.
    #[serde(default)]
    pub reason: String,
}

fn position(p: PositionV2) -> Position {
    Position { x: p.x, y: p.y }
}

/// The domain design this file describes (not yet checked against the
/// rules; the loader does that). What the model cannot hold (a colour that
/// is not `#rrggbb`, two roles for one executive on a card) is refused here.
pub fn into_design(file: DesignV3) -> Result<Design, RuleError> {
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
            position: position(e.position),
            reports_to: match e.reports_to {
                None => ReportsTo::NotSet,
                Some(ReportsToV2::Ceo) => ReportsTo::Ceo,
                Some(ReportsToV2::Executive(id)) => ReportsTo::Executive(ExecutiveId(id)),
                Some(ReportsToV2::Outside(role)) => ReportsTo::Outside(role),
            },
            orientation: match e.orientation {
                None => Orientation::NotSet,
                Some(OrientationV2::Internal) => Orientation::Internal,
                Some(OrientationV2::External) => Orientation::External,
                Some(OrientationV2::Mixed) => Orientation::Mixed,
            },
            columns: e.columns.unwrap_or(1),
            notes: e.notes,
            person: String::new(),
        });
    }
    let mut responsibilities = Vec::with_capacity(file.responsibilities.len());
    for (index, r) in file.responsibilities.into_iter().enumerate() {
        let mut roles = BTreeMap::new();
        for role in r.roles {
            let (id, role) = match role {
                RoleV2::Responsible(id) => (id, Role::Responsible),
                RoleV2::Consulted(id) => (id, Role::Consulted),
                RoleV2::Informed(id) => (id, Role::Informed),
            };
            if roles.insert(ExecutiveId(id.clone()), role).is_some() {
                return Err(RuleError {
                    subject: Subject::Responsibility { index, id: r.id },
                    field: "roles",
                    problem: Problem::DuplicateRole(id),
                });
            }
        }
        // Files before version 5 do not say what kind of work each card
        // is: the catalog entry or the name's words tell.
        let kind = WorkKind::infer(&r.id, &r.name);
        responsibilities.push(Responsibility {
            id: ResponsibilityId(r.id),
            name: r.name,
            description: r.description,
            external_share: r.external_share,
            size: r.size,
            owner: r.owner.map(ExecutiveId),
            roles,
            kind,
            notes: r.notes,
            deliberate: r.deliberate,
        });
    }
    let mut decisions = Vec::with_capacity(file.decisions.len());
    for (index, d) in file.decisions.into_iter().enumerate() {
        let Some(when) = When::parse(&d.when) else {
            return Err(RuleError {
                subject: Subject::Decision { index },
                field: "when",
                problem: Problem::Time(d.when),
            });
        };
        decisions.push(Decision {
            responsibility: ResponsibilityId(d.responsibility),
            name: d.name,
            from: d.from.map(ExecutiveId),
            to: d.to.map(ExecutiveId),
            reason: d.reason,
            when,
        });
    }
    Ok(Design {
        name: file.name,
        size_unit: file.size_unit,
        ceo: file.ceo.map(|c| Ceo {
            title: c.title,
            name: c.name,
            position: position(c.position),
        }),
        executives,
        responsibilities: crate::model::shared::all(responsibilities),
        company: Company::default(),
        dotted_lines: file
            .dotted_lines
            .into_iter()
            .map(|l| DottedLine {
                from: ExecutiveId(l.from),
                to: ExecutiveId(l.to),
            })
            .collect(),
        decisions,
    })
}

/// Where the field a rule is about is written in a version 3 file (or a
/// version 2 one, which has the same fields but for the new ones).
pub fn path_of(rule: &RuleError) -> Vec<Seg<'static>> {
    match rule.subject {
        Subject::Design => vec![Seg::Field(rule.field)],
        Subject::Ceo => vec![Seg::Field("ceo"), Seg::Field(rule.field)],
        Subject::Executive { index, .. } => vec![
            Seg::Field("executives"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
        Subject::DottedLine { index } => vec![
            Seg::Field("dotted_lines"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
        Subject::Responsibility { index, .. } => vec![
            Seg::Field("responsibilities"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
        Subject::Decision { index } => vec![
            Seg::Field("decisions"),
            Seg::Index(index),
            Seg::Field(rule.field),
        ],
    }
}
