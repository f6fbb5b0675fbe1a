//! Format version 3, the one Remit writes: version 2 plus the advice a
//! design keeps (a card's place marked deliberate, notes on an executive,
//! and the decision log: each move of a card, when, and why). Here are its
//! frozen serde types (the parts version 2 already had are its types,
//! reused), its conversion into the domain [`Design`], its writer, and
//! where each field of the design is written (to give lines in messages).
//!
//! Do not change these structs once released: files written with them must
//! keep loading. A new format is a new module (`v4`) with a conversion from
//! this one, which then stops being written.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use super::escape::quoted;
use super::locate::Seg;
use super::v2::{CeoV2, DottedLineV2, OrientationV2, PositionV2, ReportsToV2, RoleV2};
use crate::model::rules::{self, Problem, RuleError, Subject};
use crate::model::{
    Ceo, Decision, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role, When,
};

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
        responsibilities,
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

fn write_position(out: &mut String, p: Position) {
    let p = rules::position(p);
    let _ = write!(out, "(x: {}, y: {})", p.x, p.y);
}

/// The design as version 3 text: fixed field order, one item per line,
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
        if !e.notes.is_empty() {
            out.push_str(", notes: ");
            quoted(&mut out, &e.notes);
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
        if r.deliberate {
            out.push_str(", deliberate: true");
        }
        out.push_str("),\n");
    }
    out.push_str("    ],\n");
    if !design.decisions.is_empty() {
        out.push_str("    decisions: [\n");
        for d in &design.decisions {
            out.push_str("        (responsibility: ");
            quoted(&mut out, d.responsibility.as_str());
            out.push_str(", name: ");
            quoted(&mut out, &d.name);
            for (field, owner) in [("from", &d.from), ("to", &d.to)] {
                if let Some(id) = owner {
                    let _ = write!(out, ", {field}: ");
                    quoted(&mut out, id.as_str());
                }
            }
            let _ = write!(out, ", when: \"{}\"", d.when);
            if !d.reason.is_empty() {
                out.push_str(", reason: ");
                quoted(&mut out, &d.reason);
            }
            out.push_str("),\n");
        }
        out.push_str("    ],\n");
    }
    out.push_str(")\n");
    out
}
