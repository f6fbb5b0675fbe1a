//! Format version 2, the one Remit writes: version 1 plus the org chart
//! (a CEO box, whom each executive reports to, dotted lines, each
//! executive's intended orientation) and the shared roles on each card
//! (Responsible, Consulted, Informed). Here are its frozen serde types, its
//! conversion into the domain [`Design`], its writer, and where each field
//! of the design is written (to give lines in messages).
//!
//! Do not change these structs once released: files written with them must
//! keep loading. A new format is a new module (`v3`) with a conversion from
//! this one, which then stops being written.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use super::escape::quoted;
use super::locate::Seg;
use crate::model::rules::{self, Problem, RuleError, Subject};
use crate::model::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role,
};

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

fn position(p: PositionV2) -> Position {
    Position { x: p.x, y: p.y }
}

/// The domain design this file describes (not yet checked against the
/// rules; the loader does that). What the model cannot hold (a colour that
/// is not `#rrggbb`, two roles for one executive on a card) is refused here.
pub fn into_design(file: DesignV2) -> Result<Design, RuleError> {
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
        responsibilities.push(Responsibility {
            id: ResponsibilityId(r.id),
            name: r.name,
            description: r.description,
            external_share: r.external_share,
            size: r.size,
            owner: r.owner.map(ExecutiveId),
            roles,
            notes: r.notes,
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
        responsibilities,
        dotted_lines: file
            .dotted_lines
            .into_iter()
            .map(|l| DottedLine {
                from: ExecutiveId(l.from),
                to: ExecutiveId(l.to),
            })
            .collect(),
    })
}

/// Where the field a rule is about is written in a version 2 file.
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
    }
}

fn write_position(out: &mut String, p: Position) {
    let p = rules::position(p);
    let _ = write!(out, "(x: {}, y: {})", p.x, p.y);
}

/// The design as version 2 text: fixed field order, one item per line,
/// empty optional fields left out, numbers on the model's grid and as short
/// as they can be. Two saves of the same design are the same bytes, and a
/// change to one card changes one line.
pub fn write(design: &Design) -> String {
    let mut out = String::with_capacity(160 + design.responsibilities.len() * 160);
    out.push_str("// A Remit org design. The format is described in Remit's README.\n(\n");
    let _ = writeln!(out, "    format_version: {VERSION},");
    out.push_str("    name: ");
    quoted(&mut out, &design.name);
    out.push_str(",\n    size_unit: ");
    quoted(&mut out, &design.size_unit);
    out.push_str(",\n");
    if let Some(ceo) = &design.ceo {
        out.push_str("    ceo: (title: ");
        quoted(&mut out, &ceo.title);
        if !ceo.name.is_empty() {
            out.push_str(", name: ");
            quoted(&mut out, &ceo.name);
        }
        out.push_str(", position: ");
        write_position(&mut out, ceo.position);
        out.push_str("),\n");
    }
    out.push_str("    executives: [\n");
    for e in &design.executives {
        out.push_str("        (id: ");
        quoted(&mut out, e.id.as_str());
        out.push_str(", short_title: ");
        quoted(&mut out, &e.short_title);
        out.push_str(", full_title: ");
        quoted(&mut out, &e.full_title);
        out.push_str(", colour: ");
        quoted(&mut out, &e.colour.to_hex());
        out.push_str(", position: ");
        write_position(&mut out, e.position);
        match &e.reports_to {
            ReportsTo::NotSet => {}
            ReportsTo::Ceo => out.push_str(", reports_to: Ceo"),
            ReportsTo::Executive(id) => {
                out.push_str(", reports_to: Executive(");
                quoted(&mut out, id.as_str());
                out.push(')');
            }
            ReportsTo::Outside(role) => {
                out.push_str(", reports_to: Outside(");
                quoted(&mut out, role);
                out.push(')');
            }
        }
        match e.orientation {
            Orientation::NotSet => {}
            Orientation::Internal => out.push_str(", orientation: Internal"),
            Orientation::External => out.push_str(", orientation: External"),
            Orientation::Mixed => out.push_str(", orientation: Mixed"),
        }
        if e.columns != 1 {
            let _ = write!(out, ", columns: {}", e.columns);
        }
        out.push_str("),\n");
    }
    out.push_str("    ],\n");
    if !design.dotted_lines.is_empty() {
        out.push_str("    dotted_lines: [\n");
        for line in &design.dotted_lines {
            out.push_str("        (from: ");
            quoted(&mut out, line.from.as_str());
            out.push_str(", to: ");
            quoted(&mut out, line.to.as_str());
            out.push_str("),\n");
        }
        out.push_str("    ],\n");
    }
    out.push_str("    responsibilities: [\n");
    for r in &design.responsibilities {
        out.push_str("        (id: ");
        quoted(&mut out, r.id.as_str());
        out.push_str(", name: ");
        quoted(&mut out, &r.name);
        if !r.description.is_empty() {
            out.push_str(", description: ");
            quoted(&mut out, &r.description);
        }
        let _ = write!(
            out,
            ", external_share: {}, size: {}",
            rules::share(r.external_share),
            rules::size(r.size)
        );
        if let Some(owner) = &r.owner {
            out.push_str(", owner: ");
            quoted(&mut out, owner.as_str());
        }
        if !r.roles.is_empty() {
            out.push_str(", roles: [");
            for (i, (executive, role)) in r.roles.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(role.word());
                out.push('(');
                quoted(&mut out, executive.as_str());
                out.push(')');
            }
            out.push(']');
        }
        if !r.notes.is_empty() {
            out.push_str(", notes: ");
            quoted(&mut out, &r.notes);
        }
        out.push_str("),\n");
    }
    out.push_str("    ],\n)\n");
    out
}
