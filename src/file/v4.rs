//! Format version 4, the one Remit writes: version 3 plus the person in
//! each executive's role (`person: "Karsten Möller"`, left out when not
//! said). Here are its frozen serde types (everything else is version 3's
//! types, reused), its conversion into the domain [`Design`] (through
//! version 3's), and its writer. Where each field is written is as in
//! version 3 ([`super::v3::path_of`]).
//!
//! Do not change these structs once released: files written with them must
//! keep loading. A new format is a new module (`v5`) with a conversion from
//! this one, which then stops being written.

use std::fmt::Write as _;

use serde::Deserialize;

use super::escape::quoted;
use super::v2::{CeoV2, DottedLineV2, OrientationV2, PositionV2, ReportsToV2};
use super::v3::{self, DecisionV3, DesignV3, ExecutiveV3, ResponsibilityV3};
use crate::model::rules::{self, RuleError};
use crate::model::{Design, Orientation, Position, ReportsTo};

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

fn write_position(out: &mut String, p: Position) {
    let p = rules::position(p);
    let _ = write!(out, "(x: {}, y: {})", p.x, p.y);
}

/// The design as version 4 text: fixed field order, one item per line,
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
        if !e.person.is_empty() {
            out.push_str(", person: ");
            quoted(&mut out, &e.person);
        }
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
