//! Format version 5, the one Remit writes: version 4 plus what kind of work
//! each card is (`kind: Security`) and what the design says about its
//! company (`company: (people: 150, sector: Software, goal: Product)`, left
//! out when it says nothing). Here are its frozen serde types (everything
//! else is version 4's and older types, reused), its conversion into the
//! domain [`Design`] (through version 4's), and its writer.
//!
//! A card with no `kind` (a file written by hand) takes the kind its
//! catalog entry or its name tells, as cards of older files do.
//!
//! Do not change these structs once released: files written with them must
//! keep loading. A new format is a new module (`v6`) with a conversion from
//! this one, which then stops being written.

use std::fmt::Write as _;

use serde::Deserialize;

use super::escape::quoted;
use super::locate::Seg;
use super::v2::{CeoV2, DottedLineV2, RoleV2};
use super::v3::{self, DecisionV3, ResponsibilityV3};
use super::v4::{self, DesignV4, ExecutiveV4};
use crate::model::company::{Goal, Sector, SizeBand};
use crate::model::rules::{self, RuleError, Subject};
use crate::model::{Company, Design, Orientation, Position, ReportsTo, WorkKind};

/// This version's number.
pub const VERSION: u32 = 5;

/// The whole file.
#[derive(Deserialize)]
#[serde(rename = "Design", deny_unknown_fields)]
pub struct DesignV5 {
    /// Always 5.
    pub format_version: u32,
    /// The design's name.
    pub name: String,
    /// What sizes count.
    #[serde(default = "default_size_unit")]
    pub size_unit: String,
    /// What the design says about its company; left out when nothing.
    #[serde(default)]
    pub company: Option<CompanyV5>,
    /// The CEO box, if the chart has one.
    #[serde(default)]
    pub ceo: Option<CeoV2>,
    /// The executives, in display order.
    pub executives: Vec<ExecutiveV4>,
    /// Secondary reporting lines.
    #[serde(default)]
    pub dotted_lines: Vec<DottedLineV2>,
    /// Every responsibility.
    pub responsibilities: Vec<ResponsibilityV5>,
    /// Every move of a card, oldest first.
    #[serde(default)]
    pub decisions: Vec<DecisionV3>,
}

fn default_size_unit() -> String {
    "points".to_owned()
}

/// What the design says about its company; each field left out when not
/// said.
#[derive(Deserialize, Default)]
#[serde(rename = "Company", deny_unknown_fields)]
pub struct CompanyV5 {
    /// How many people it has.
    #[serde(default)]
    pub people: Option<u32>,
    /// Roughly how large it is, when no number is given.
    #[serde(default)]
    pub size: Option<SizeBandV5>,
    /// Its sector.
    #[serde(default)]
    pub sector: Option<SectorV5>,
    /// Its main goal for technology.
    #[serde(default)]
    pub goal: Option<GoalV5>,
}

/// A size band.
#[derive(Deserialize, Clone, Copy)]
pub enum SizeBandV5 {
    /// Under about 200 people.
    Small,
    /// About 200 to 2,000.
    Midsize,
    /// Over about 2,000.
    Large,
}

/// A sector.
#[derive(Deserialize, Clone, Copy)]
#[allow(missing_docs)]
pub enum SectorV5 {
    Software,
    Technology,
    Finance,
    Retail,
    Industry,
    Health,
    Public,
    Other,
}

/// A goal for technology.
#[derive(Deserialize, Clone, Copy)]
#[allow(missing_docs)]
pub enum GoalV5 {
    Efficiency,
    Product,
    Both,
}

/// A kind of work.
#[derive(Deserialize, Clone, Copy)]
#[allow(missing_docs)]
pub enum KindV5 {
    Infrastructure,
    Operations,
    BusinessSystems,
    Data,
    Product,
    Customer,
    Security,
    Compliance,
    Architecture,
    Management,
    Other,
}

/// One responsibility: version 3's fields and its kind of work.
#[derive(Deserialize)]
#[serde(rename = "Responsibility", deny_unknown_fields)]
pub struct ResponsibilityV5 {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// One line.
    #[serde(default)]
    pub description: String,
    /// What kind of work it is; when left out, its catalog entry or name
    /// tells.
    #[serde(default)]
    pub kind: Option<KindV5>,
    /// 0 = internal … 1 = external.
    pub external_share: f64,
    /// How big, in the size unit.
    pub size: f64,
    /// The owner's id; none for the tray.
    #[serde(default)]
    pub owner: Option<String>,
    /// Other executives who take part.
    #[serde(default)]
    pub roles: Vec<RoleV2>,
    /// Free text.
    #[serde(default)]
    pub notes: String,
    /// Its place is a deliberate choice; left out when not.
    #[serde(default)]
    pub deliberate: bool,
}

impl From<KindV5> for WorkKind {
    fn from(kind: KindV5) -> Self {
        match kind {
            KindV5::Infrastructure => Self::Infrastructure,
            KindV5::Operations => Self::Operations,
            KindV5::BusinessSystems => Self::BusinessSystems,
            KindV5::Data => Self::Data,
            KindV5::Product => Self::Product,
            KindV5::Customer => Self::Customer,
            KindV5::Security => Self::Security,
            KindV5::Compliance => Self::Compliance,
            KindV5::Architecture => Self::Architecture,
            KindV5::Management => Self::Management,
            KindV5::Other => Self::Other,
        }
    }
}

impl From<CompanyV5> for Company {
    fn from(c: CompanyV5) -> Self {
        Self {
            people: c.people,
            band: match c.size {
                None => SizeBand::NotSaid,
                Some(SizeBandV5::Small) => SizeBand::Small,
                Some(SizeBandV5::Midsize) => SizeBand::Midsize,
                Some(SizeBandV5::Large) => SizeBand::Large,
            },
            sector: match c.sector {
                None => Sector::NotSaid,
                Some(SectorV5::Software) => Sector::Software,
                Some(SectorV5::Technology) => Sector::Technology,
                Some(SectorV5::Finance) => Sector::Finance,
                Some(SectorV5::Retail) => Sector::Retail,
                Some(SectorV5::Industry) => Sector::Industry,
                Some(SectorV5::Health) => Sector::Health,
                Some(SectorV5::Public) => Sector::Public,
                Some(SectorV5::Other) => Sector::Other,
            },
            goal: match c.goal {
                None => Goal::NotSaid,
                Some(GoalV5::Efficiency) => Goal::Efficiency,
                Some(GoalV5::Product) => Goal::Product,
                Some(GoalV5::Both) => Goal::Both,
            },
        }
    }
}

/// The domain design this file describes (not yet checked against the
/// rules; the loader does that): version 4's conversion, with each card's
/// kind, where the file says it, and the company added.
pub fn into_design(file: DesignV5) -> Result<Design, RuleError> {
    let mut kinds = Vec::with_capacity(file.responsibilities.len());
    let responsibilities = file
        .responsibilities
        .into_iter()
        .map(|r| {
            kinds.push(r.kind);
            ResponsibilityV3 {
                id: r.id,
                name: r.name,
                description: r.description,
                external_share: r.external_share,
                size: r.size,
                owner: r.owner,
                roles: r.roles,
                notes: r.notes,
                deliberate: r.deliberate,
            }
        })
        .collect();
    let mut design = v4::into_design(DesignV4 {
        format_version: v4::VERSION,
        name: file.name,
        size_unit: file.size_unit,
        ceo: file.ceo,
        executives: file.executives,
        dotted_lines: file.dotted_lines,
        responsibilities,
        decisions: file.decisions,
    })?;
    for (card, kind) in design.responsibilities.iter_mut().zip(kinds) {
        if let Some(kind) = kind {
            card.kind = kind.into();
        }
    }
    design.company = file.company.map(Company::from).unwrap_or_default();
    Ok(design)
}

/// Where in a version 5 file the field a rule names is: as in version 3
/// ([`v3::path_of`]), with the company's number of people inside
/// `company`.
pub fn path_of(rule: &RuleError) -> Vec<Seg<'static>> {
    match (&rule.subject, rule.field) {
        (Subject::Design, "people") => vec![Seg::Field("company"), Seg::Field("people")],
        _ => v3::path_of(rule),
    }
}

/// The word this version writes for a kind of work (`kind: Security`),
/// the name of its [`KindV5`] variant. Frozen with the format: the model's
/// names may change, these may not.
pub fn kind_word(kind: WorkKind) -> &'static str {
    match kind {
        WorkKind::Infrastructure => "Infrastructure",
        WorkKind::Operations => "Operations",
        WorkKind::BusinessSystems => "BusinessSystems",
        WorkKind::Data => "Data",
        WorkKind::Product => "Product",
        WorkKind::Customer => "Customer",
        WorkKind::Security => "Security",
        WorkKind::Compliance => "Compliance",
        WorkKind::Architecture => "Architecture",
        WorkKind::Management => "Management",
        WorkKind::Other => "Other",
    }
}

/// The word this version writes for a size band (`size: Small`); `None`
/// for one not said, which is left out.
pub fn size_word(band: SizeBand) -> Option<&'static str> {
    match band {
        SizeBand::NotSaid => None,
        SizeBand::Small => Some("Small"),
        SizeBand::Midsize => Some("Midsize"),
        SizeBand::Large => Some("Large"),
    }
}

/// The word this version writes for a sector; `None` when not said.
pub fn sector_word(sector: Sector) -> Option<&'static str> {
    match sector {
        Sector::NotSaid => None,
        Sector::Software => Some("Software"),
        Sector::Technology => Some("Technology"),
        Sector::Finance => Some("Finance"),
        Sector::Retail => Some("Retail"),
        Sector::Industry => Some("Industry"),
        Sector::Health => Some("Health"),
        Sector::Public => Some("Public"),
        Sector::Other => Some("Other"),
    }
}

/// The word this version writes for a goal; `None` when not said.
pub fn goal_word(goal: Goal) -> Option<&'static str> {
    match goal {
        Goal::NotSaid => None,
        Goal::Efficiency => Some("Efficiency"),
        Goal::Product => Some("Product"),
        Goal::Both => Some("Both"),
    }
}

/// The company line (left out when the design says nothing of it).
pub fn write_company(out: &mut String, company: &Company) {
    if company.is_unsaid() {
        return;
    }
    let mut fields = Vec::new();
    if let Some(n) = company.people {
        fields.push(format!("people: {n}"));
    }
    for (field, word) in [
        ("size", size_word(company.band)),
        ("sector", sector_word(company.sector)),
        ("goal", goal_word(company.goal)),
    ] {
        if let Some(word) = word {
            fields.push(format!("{field}: {word}"));
        }
    }
    let _ = writeln!(out, "    company: ({}),", fields.join(", "));
}

fn write_position(out: &mut String, p: Position) {
    let p = rules::position(p);
    let _ = write!(out, "(x: {}, y: {})", p.x, p.y);
}

/// The design as version 5 text: fixed field order, one item per line,
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
    write_company(&mut out, &design.company);
    write_organisation(&mut out, design, "    ");
    out.push_str(")\n");
    out
}

/// The organisation of `design` (its CEO box, executives, dotted lines,
/// cards and decision log) as fields of a version 5 design, each field
/// line starting with `pad` and each item one line deeper: one item per
/// line, so a change to one card changes one line. Version 6 writes each
/// of its options this way.
pub fn write_organisation(out: &mut String, design: &Design, pad: &str) {
    if let Some(ceo) = &design.ceo {
        out.push_str(pad);
        out.push_str("ceo: (title: ");
        quoted(out, &ceo.title);
        if !ceo.name.is_empty() {
            out.push_str(", name: ");
            quoted(out, &ceo.name);
        }
        out.push_str(", position: ");
        write_position(out, ceo.position);
        out.push_str("),\n");
    }
    out.push_str(pad);
    out.push_str("executives: [\n");
    for e in &design.executives {
        out.push_str(pad);
        out.push_str("    (id: ");
        quoted(out, e.id.as_str());
        out.push_str(", short_title: ");
        quoted(out, &e.short_title);
        out.push_str(", full_title: ");
        quoted(out, &e.full_title);
        if !e.person.is_empty() {
            out.push_str(", person: ");
            quoted(out, &e.person);
        }
        out.push_str(", colour: ");
        quoted(out, &e.colour.to_hex());
        out.push_str(", position: ");
        write_position(out, e.position);
        match &e.reports_to {
            ReportsTo::NotSet => {}
            ReportsTo::Ceo => out.push_str(", reports_to: Ceo"),
            ReportsTo::Executive(id) => {
                out.push_str(", reports_to: Executive(");
                quoted(out, id.as_str());
                out.push(')');
            }
            ReportsTo::Outside(role) => {
                out.push_str(", reports_to: Outside(");
                quoted(out, role);
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
            quoted(out, &e.notes);
        }
        out.push_str("),\n");
    }
    out.push_str(pad);
    out.push_str("],\n");
    if !design.dotted_lines.is_empty() {
        out.push_str(pad);
        out.push_str("dotted_lines: [\n");
        for line in &design.dotted_lines {
            out.push_str(pad);
            out.push_str("    (from: ");
            quoted(out, line.from.as_str());
            out.push_str(", to: ");
            quoted(out, line.to.as_str());
            out.push_str("),\n");
        }
        out.push_str(pad);
        out.push_str("],\n");
    }
    out.push_str(pad);
    out.push_str("responsibilities: [\n");
    for r in &design.responsibilities {
        out.push_str(pad);
        out.push_str("    (id: ");
        quoted(out, r.id.as_str());
        out.push_str(", name: ");
        quoted(out, &r.name);
        if !r.description.is_empty() {
            out.push_str(", description: ");
            quoted(out, &r.description);
        }
        let _ = write!(out, ", kind: {}", kind_word(r.kind));
        let _ = write!(
            out,
            ", external_share: {}, size: {}",
            rules::share(r.external_share),
            rules::size(r.size)
        );
        if let Some(owner) = &r.owner {
            out.push_str(", owner: ");
            quoted(out, owner.as_str());
        }
        if !r.roles.is_empty() {
            out.push_str(", roles: [");
            for (i, (executive, role)) in r.roles.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(role.word());
                out.push('(');
                quoted(out, executive.as_str());
                out.push(')');
            }
            out.push(']');
        }
        if !r.notes.is_empty() {
            out.push_str(", notes: ");
            quoted(out, &r.notes);
        }
        if r.deliberate {
            out.push_str(", deliberate: true");
        }
        out.push_str("),\n");
    }
    out.push_str(pad);
    out.push_str("],\n");
    if !design.decisions.is_empty() {
        out.push_str(pad);
        out.push_str("decisions: [\n");
        for d in &design.decisions {
            out.push_str(pad);
            out.push_str("    (responsibility: ");
            quoted(out, d.responsibility.as_str());
            out.push_str(", name: ");
            quoted(out, &d.name);
            for (field, owner) in [("from", &d.from), ("to", &d.to)] {
                if let Some(id) = owner {
                    let _ = write!(out, ", {field}: ");
                    quoted(out, id.as_str());
                }
            }
            let _ = write!(out, ", when: \"{}\"", d.when);
            if !d.reason.is_empty() {
                out.push_str(", reason: ");
                quoted(out, &d.reason);
            }
            out.push_str("),\n");
        }
        out.push_str(pad);
        out.push_str("],\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::company::{Goal, Sector, SizeBand};

    /// Every kind and every company a design can hold is written in words
    /// this version reads back to the same values.
    #[test]
    fn every_kind_and_company_reads_back() {
        let mut design = crate::templates::default_design();
        let cards = design.responsibilities.len();
        for (i, kind) in WorkKind::ALL.into_iter().enumerate() {
            design.responsibilities[i % cards].kind = kind;
            let back =
                crate::file::parse(&write(&design)).map(|d| d.responsibilities[i % cards].kind);
            assert_eq!(back, Ok(kind));
        }
        for band in SizeBand::ALL {
            for sector in Sector::ALL {
                for goal in Goal::ALL {
                    for people in [None, Some(1), Some(150), Some(10_000_000)] {
                        design.company = Company {
                            people,
                            band,
                            sector,
                            goal,
                        };
                        let back = crate::file::parse(&write(&design)).map(|d| d.company);
                        assert_eq!(back, Ok(design.company), "{}", write(&design));
                    }
                }
            }
        }
    }
}
