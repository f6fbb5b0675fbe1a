//! Format version 6, the one Remit writes: version 5 plus options. The
//! file is a version 5 design (its first option, "As is" unless
//! `option_name` says otherwise) followed by `options: [...]`, one section
//! per further option with that option's organisation: its CEO box,
//! executives, dotted lines, cards and decision log, in version 5's types
//! and layout, one item per line. A move in option B changes one line of
//! option B. What the design says of itself (name, size unit, company) is
//! written once, at the top, and is every option's.
//!
//! A file with one option is a version 5 file with the new number (and
//! `option_name` when the option was renamed).
//!
//! Do not change these structs once released: files written with them must
//! keep loading. A new format is a new module (`v7`) with a conversion from
//! this one, which then stops being written.

use std::fmt::Write as _;

use serde::Deserialize;

use super::escape::quoted;
use super::v2::{CeoV2, DottedLineV2};
use super::v3::DecisionV3;
use super::v4::ExecutiveV4;
use super::v5::{self, CompanyV5, DesignV5, ResponsibilityV5};
use crate::model::options::FIRST_OPTION_NAME;
use crate::model::{Design, Options};

/// This version's number.
pub const VERSION: u32 = 6;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV6 {
    /// Always 6.
    pub format_version: u32,
    /// The design's name.
    pub name: String,
    /// What sizes count.
    #[serde(default = "default_size_unit")]
    pub size_unit: String,
    /// What the design says about its company; left out when nothing.
    #[serde(default)]
    pub company: Option<CompanyV5>,
    /// The first option's name; left out when it is "As is".
    #[serde(default)]
    pub option_name: Option<String>,
    /// The first option's CEO box, if its chart has one.
    #[serde(default)]
    pub ceo: Option<CeoV2>,
    /// The first option's executives, in display order.
    pub executives: Vec<ExecutiveV4>,
    /// The first option's secondary reporting lines.
    #[serde(default)]
    pub dotted_lines: Vec<DottedLineV2>,
    /// The first option's cards.
    pub responsibilities: Vec<ResponsibilityV5>,
    /// The first option's moves, oldest first.
    #[serde(default)]
    pub decisions: Vec<DecisionV3>,
    /// The other options, in order; left out when there are none.
    #[serde(default)]
    pub options: Vec<OptionV6>,
}

/// One option after the first: a whole organisation and its name. An
/// option with nothing but a name is an empty organisation.
#[derive(Deserialize)]
#[serde(rename = "Option", deny_unknown_fields)]
pub struct OptionV6 {
    /// The option's name, unique in the design.
    pub name: String,
    /// Its CEO box, if its chart has one.
    #[serde(default)]
    pub ceo: Option<CeoV2>,
    /// Its executives, in display order.
    #[serde(default)]
    pub executives: Vec<ExecutiveV4>,
    /// Its secondary reporting lines.
    #[serde(default)]
    pub dotted_lines: Vec<DottedLineV2>,
    /// Its cards.
    #[serde(default)]
    pub responsibilities: Vec<ResponsibilityV5>,
    /// Its moves, oldest first.
    #[serde(default)]
    pub decisions: Vec<DecisionV3>,
}

fn default_size_unit() -> String {
    "points".to_owned()
}

/// The file's options, each as a version 5 design (the loader converts and
/// checks each one, to give lines in messages), with their names.
pub fn into_v5(file: DesignV6) -> Vec<(String, DesignV5)> {
    let first_name = file
        .option_name
        .unwrap_or_else(|| FIRST_OPTION_NAME.to_owned());
    let mut out = Vec::with_capacity(1 + file.options.len());
    let shared = |ceo, executives, dotted_lines, responsibilities, decisions| DesignV5 {
        format_version: v5::VERSION,
        name: file.name.clone(),
        size_unit: file.size_unit.clone(),
        company: None,
        ceo,
        executives,
        dotted_lines,
        responsibilities,
        decisions,
    };
    out.push((
        first_name,
        shared(
            file.ceo,
            file.executives,
            file.dotted_lines,
            file.responsibilities,
            file.decisions,
        ),
    ));
    for option in file.options {
        out.push((
            option.name,
            shared(
                option.ceo,
                option.executives,
                option.dotted_lines,
                option.responsibilities,
                option.decisions,
            ),
        ));
    }
    if let Some((_, first)) = out.first_mut() {
        first.company = file.company;
    }
    out
}

/// The design as version 6 text: the first option as version 5 lays a
/// design out, then each other option in its own section. Two saves of the
/// same design are the same bytes, and a change to one card of one option
/// changes one line.
pub fn write(options: &Options) -> String {
    let first = options.first();
    let cards: usize = options
        .iter()
        .map(|o| o.design.responsibilities.len())
        .sum();
    let mut out = String::with_capacity(200 + cards * 160);
    out.push_str("// A Remit org design. The format is described in Remit's README.\n(\n");
    let _ = writeln!(out, "    format_version: {VERSION},");
    out.push_str("    name: ");
    quoted(&mut out, &first.name);
    out.push_str(",\n    size_unit: ");
    quoted(&mut out, &first.size_unit);
    out.push_str(",\n");
    v5::write_company(&mut out, &first.company);
    let first_name = options.name(0);
    if first_name != FIRST_OPTION_NAME {
        out.push_str("    option_name: ");
        quoted(&mut out, first_name);
        out.push_str(",\n");
    }
    v5::write_organisation(&mut out, first, "    ");
    if options.len() > 1 {
        out.push_str("    options: [\n");
        for option in options.iter().skip(1) {
            out.push_str("        (\n            name: ");
            quoted(&mut out, &option.name);
            out.push_str(",\n");
            v5::write_organisation(&mut out, &option.design, "            ");
            out.push_str("        ),\n");
        }
        out.push_str("    ],\n");
    }
    out.push_str(")\n");
    out
}

/// One organisation as version 6 text: a design with one option, "As is".
pub fn write_one(design: &Design) -> String {
    write(&Options::one(design.clone()))
}
