//! Format version 1, frozen: the shape of the file as plain serde structs,
//! its conversion into the domain [`Design`], the way Remit writes it, and
//! where each field of the design is written (to give lines in messages).
//!
//! Do not change these structs: files written with them must keep loading.
//! A new format is a new module (`v2`) with a conversion from this one.

use std::fmt::Write as _;

use serde::Deserialize;

use super::locate::Seg;
use crate::model::rules::{self, Problem, RuleError, Subject};
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
        });
    }
    let responsibilities = file
        .responsibilities
        .into_iter()
        .map(|r| Responsibility {
            id: ResponsibilityId(r.id),
            name: r.name,
            description: r.description,
            external_share: r.external_share,
            size: r.size,
            owner: r.owner.map(ExecutiveId),
            notes: r.notes,
        })
        .collect();
    Ok(Design {
        name: file.name,
        size_unit: file.size_unit,
        executives,
        responsibilities,
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
    }
}

/// A string literal: `"` and `\` escaped, control characters and invisible
/// direction marks written as escapes (so a file cannot hide text from a
/// reader), everything else as it is (an apostrophe stays `'`).
fn quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_invisible_format(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Direction overrides and isolates, zero-width characters and the byte
/// order mark: characters that change how text looks without showing.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The design as version 1 text: fixed field order, one executive or
/// responsibility per line, empty optional fields left out, numbers on the
/// model's grid and as short as they can be. Two saves of the same design are the same bytes,
/// and a change to one card changes one line.
pub fn write(design: &Design) -> String {
    let mut out = String::with_capacity(128 + design.responsibilities.len() * 160);
    out.push_str("// A Remit org design. The format is described in Remit's README.\n(\n");
    let _ = writeln!(out, "    format_version: {VERSION},");
    out.push_str("    name: ");
    quoted(&mut out, &design.name);
    out.push_str(",\n    size_unit: ");
    quoted(&mut out, &design.size_unit);
    out.push_str(",\n    executives: [\n");
    for e in &design.executives {
        out.push_str("        (id: ");
        quoted(&mut out, e.id.as_str());
        out.push_str(", short_title: ");
        quoted(&mut out, &e.short_title);
        out.push_str(", full_title: ");
        quoted(&mut out, &e.full_title);
        out.push_str(", colour: ");
        quoted(&mut out, &e.colour.to_hex());
        let position = rules::position(e.position);
        let _ = writeln!(out, ", position: (x: {}, y: {})),", position.x, position.y);
    }
    out.push_str("    ],\n    responsibilities: [\n");
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
        if !r.notes.is_empty() {
            out.push_str(", notes: ");
            quoted(&mut out, &r.notes);
        }
        out.push_str("),\n");
    }
    out.push_str("    ],\n)\n");
    out
}
