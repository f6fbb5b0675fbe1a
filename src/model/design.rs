//! The design: a name, the executives on the canvas and the responsibilities
//! they own. This is the one value that undo, the unsaved check and the file
//! format work on. It knows nothing of files: the `file` module converts each
//! format version into it, and the rules it must meet live in [`super::rules`].

use std::collections::BTreeMap;

pub use super::company::Company;
pub use super::decision::{Decision, When};
pub use super::shared::Shared;
pub use super::work_kind::WorkKind;

/// A stable, human-readable identifier of an executive, e.g. `"cio"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExecutiveId(pub String);

/// A stable, human-readable identifier of a responsibility, e.g. `"security"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResponsibilityId(pub String);

impl ExecutiveId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl ResponsibilityId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ExecutiveId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for ResponsibilityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An sRGB colour, written in files as `"#rrggbb"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (the `#` is optional).
    pub fn from_hex(text: &str) -> Option<Self> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Self(byte(0)?, byte(2)?, byte(4)?))
    }

    /// Formats as `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Where an executive box sits on the canvas, in points from the canvas's
/// top-left corner.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Position {
    /// Points from the left edge of the canvas.
    pub x: f32,
    /// Points from the top edge of the canvas.
    pub y: f32,
}

/// Which way an executive's portfolio is meant to face.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Orientation {
    /// Not decided (or not said).
    #[default]
    NotSet,
    /// Runs what keeps the company operating: employees, operations.
    Internal,
    /// Runs what the company sells or shows: customers, product.
    External,
    /// Both, on purpose.
    Mixed,
}

impl Orientation {
    /// Every orientation, "not set" first.
    pub const ALL: [Self; 4] = [Self::NotSet, Self::Internal, Self::External, Self::Mixed];

    /// How it is said on a box and in lists.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotSet => "Orientation not set",
            Self::Internal => "Internal-facing",
            Self::External => "External-facing",
            Self::Mixed => "Mixed on purpose",
        }
    }
}

/// Whom an executive reports to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum ReportsTo {
    /// Not stated.
    #[default]
    NotSet,
    /// The chief executive (shown as the CEO box, if the design has one).
    Ceo,
    /// Another executive on the chart.
    Executive(ExecutiveId),
    /// A role not on the chart: "CFO", "COO", "the board"…
    Outside(String),
}

/// The chief executive's box at the top of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Ceo {
    /// The title shown, e.g. "CEO".
    pub title: String,
    /// The person's name, if the design says (may be empty).
    pub name: String,
    /// Where the box sits on the canvas.
    pub position: Position,
}

impl Default for Ceo {
    fn default() -> Self {
        Self {
            title: "CEO".to_owned(),
            name: String::new(),
            position: Position::default(),
        }
    }
}

/// A secondary ("dotted") line: `from` also answers to `to`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DottedLine {
    /// The executive with the dotted line.
    pub from: ExecutiveId,
    /// The executive it leads to.
    pub to: ExecutiveId,
}

/// How an executive other than the owner takes part in a responsibility.
/// The owner is the one accountable (the "A"); these are the rest of RACI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Does part of the work.
    Responsible,
    /// Is asked before decisions.
    Consulted,
    /// Is told of decisions.
    Informed,
}

impl Role {
    /// Every role, in RACI order.
    pub const ALL: [Self; 3] = [Self::Responsible, Self::Consulted, Self::Informed];

    /// The letter shown in chips and the matrix.
    pub fn letter(self) -> char {
        match self {
            Self::Responsible => 'R',
            Self::Consulted => 'C',
            Self::Informed => 'I',
        }
    }

    /// The word.
    pub fn word(self) -> &'static str {
        match self {
            Self::Responsible => "Responsible",
            Self::Consulted => "Consulted",
            Self::Informed => "Informed",
        }
    }
}

/// An executive: one box on the canvas that can own responsibilities.
#[derive(Clone, Debug, PartialEq)]
pub struct Executive {
    /// Stable id, referenced by responsibilities' `owner`.
    pub id: ExecutiveId,
    /// Short title shown on the box, e.g. "CIO".
    pub short_title: String,
    /// Full title, e.g. "Chief Information Officer".
    pub full_title: String,
    /// The person in the role, e.g. "Karsten Möller"; empty when the design
    /// does not say (an org design is often drawn before people are named).
    pub person: String,
    /// The box's accent colour.
    pub colour: Rgb,
    /// Where the box sits on the canvas.
    pub position: Position,
    /// Whom the executive reports to.
    pub reports_to: ReportsTo,
    /// Which way the portfolio is meant to face.
    pub orientation: Orientation,
    /// How many columns of cards the box has (1 to 4): a wide box keeps a
    /// large portfolio from running far down the chart.
    pub columns: u8,
    /// Free-text notes, e.g. why it reports where it does.
    pub notes: String,
}

impl Default for Executive {
    fn default() -> Self {
        Self {
            id: ExecutiveId::default(),
            short_title: String::new(),
            full_title: String::new(),
            person: String::new(),
            colour: Rgb::default(),
            position: Position::default(),
            reports_to: ReportsTo::NotSet,
            orientation: Orientation::NotSet,
            columns: 1,
            notes: String::new(),
        }
    }
}

/// One technology responsibility: a card on the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Responsibility {
    /// Stable id.
    pub id: ResponsibilityId,
    /// Display name, e.g. "Information security".
    pub name: String,
    /// One line saying what it covers.
    pub description: String,
    /// 0.0 = fully internal-facing (employees, operations),
    /// 1.0 = fully external-facing (customers, product).
    pub external_share: f64,
    /// How big it is, in the design's `size_unit`; always > 0.
    pub size: f64,
    /// The executive who owns it (the one accountable); `None` = the
    /// unassigned tray.
    pub owner: Option<ExecutiveId>,
    /// Other executives who take part, and how.
    pub roles: BTreeMap<ExecutiveId, Role>,
    /// Free-text notes, e.g. why it sits where it does.
    pub notes: String,
    /// Whether its place is a deliberate choice (so advice that it faces
    /// the other way from its owner is set aside).
    pub deliberate: bool,
    /// What kind of work it is (security, data, product…): what the
    /// findings reason on.
    pub kind: WorkKind,
}

/// A whole org design.
#[derive(Clone, Debug, PartialEq)]
pub struct Design {
    /// The design's name, e.g. "Acme 2027 target".
    pub name: String,
    /// What `size` counts: "headcount", "budget (k€)", "points"…
    pub size_unit: String,
    /// The chief executive's box, if the chart shows one.
    pub ceo: Option<Ceo>,
    /// The executives, in display order (Alt+1 is the first).
    pub executives: Vec<Executive>,
    /// Every responsibility, assigned or not; each shared with copies of
    /// the design until one of them changes it.
    pub responsibilities: Vec<Shared<Responsibility>>,
    /// Secondary reporting lines.
    pub dotted_lines: Vec<DottedLine>,
    /// Every move of a card between owners, oldest first.
    pub decisions: Vec<Decision>,
    /// What the design says about its company (all optional).
    pub company: Company,
}

impl Default for Design {
    fn default() -> Self {
        Self::empty("")
    }
}

/// The unit used when a file does not name one.
pub fn default_size_unit() -> String {
    "points".to_owned()
}

impl Design {
    /// An empty design with no executives and no responsibilities.
    pub fn empty(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            size_unit: default_size_unit(),
            ceo: None,
            executives: Vec::new(),
            responsibilities: Vec::new(),
            dotted_lines: Vec::new(),
            decisions: Vec::new(),
            company: Company::default(),
        }
    }

    /// Roughly how many bytes of memory the design takes (to bound undo).
    pub fn approx_bytes(&self) -> usize {
        let executives: usize = self
            .executives
            .iter()
            .map(|e| {
                std::mem::size_of::<Executive>()
                    + e.id.0.len()
                    + e.short_title.len()
                    + e.full_title.len()
                    + e.notes.len()
            })
            .sum();
        let responsibilities: usize = self.cards().map(card_bytes).sum();
        let decisions: usize = self
            .decisions
            .iter()
            .map(|d| std::mem::size_of::<Decision>() + d.name.len() + d.reason.len() + 48)
            .sum();
        std::mem::size_of::<Self>()
            + decisions
            + self.name.len()
            + self.size_unit.len()
            + executives
            + responsibilities
    }

    /// Roughly how many bytes of memory the design holds that no copy of
    /// it shares: everything but the cards it still shares with a copy.
    pub fn approx_own_bytes(&self) -> usize {
        let shared: usize = self
            .responsibilities
            .iter()
            .filter(|r| !Shared::is_unique(r))
            .map(|r| card_bytes(r).saturating_sub(std::mem::size_of::<Shared<Responsibility>>()))
            .sum();
        self.approx_bytes().saturating_sub(shared)
    }

    /// The executive with this id.
    pub fn executive(&self, id: &ExecutiveId) -> Option<&Executive> {
        self.executives.iter().find(|e| &e.id == id)
    }

    /// The title the CEO box shows, or "CEO" when the chart has none.
    pub fn ceo_title(&self) -> &str {
        self.ceo.as_ref().map_or("CEO", |c| c.title.as_str())
    }

    /// The executive with this id, mutably.
    pub fn executive_mut(&mut self, id: &ExecutiveId) -> Option<&mut Executive> {
        self.executives.iter_mut().find(|e| &e.id == id)
    }

    /// The responsibility with this id.
    pub fn responsibility(&self, id: &ResponsibilityId) -> Option<&Responsibility> {
        self.responsibilities
            .iter()
            .find(|r| &r.id == id)
            .map(|r| &**r)
    }

    /// The responsibility with this id, mutably.
    pub fn responsibility_mut(&mut self, id: &ResponsibilityId) -> Option<&mut Responsibility> {
        self.responsibilities
            .iter_mut()
            .find(|r| &r.id == id)
            .map(|r| &mut **r)
    }

    /// The responsibilities owned by `owner` (`None` = the unassigned tray),
    /// in document order.
    pub fn owned_by<'a>(
        &'a self,
        owner: Option<&'a ExecutiveId>,
    ) -> impl Iterator<Item = &'a Responsibility> + 'a {
        self.cards().filter(move |r| r.owner.as_ref() == owner)
    }

    /// Every responsibility, in document order.
    pub fn cards(&self) -> impl ExactSizeIterator<Item = &Responsibility> + Clone {
        self.responsibilities.iter().map(|r| &**r)
    }

    /// A responsibility id not yet used in this design, derived from `name`.
    pub fn fresh_responsibility_id(&self, name: &str) -> ResponsibilityId {
        let base = slug(name, "responsibility");
        let taken = |candidate: &str| self.responsibilities.iter().any(|r| r.id.0 == candidate);
        ResponsibilityId(unique(&base, taken))
    }

    /// An executive id not yet used in this design, derived from `title`.
    pub fn fresh_executive_id(&self, title: &str) -> ExecutiveId {
        let base = slug(title, "executive");
        let taken = |candidate: &str| self.executives.iter().any(|e| e.id.0 == candidate);
        ExecutiveId(unique(&base, taken))
    }
}

/// Roughly how many bytes one card takes, with the pointer that holds it.
fn card_bytes(r: &Responsibility) -> usize {
    std::mem::size_of::<Shared<Responsibility>>()
        + std::mem::size_of::<Responsibility>()
        + r.id.0.len()
        + r.name.len()
        + r.description.len()
        + r.notes.len()
        + r.owner.as_ref().map_or(0, |o| o.0.len())
        + r.roles.keys().map(|e| e.0.len() + 32).sum::<usize>()
}

/// Lower-case ASCII letters and digits joined by `-`; `fallback` if nothing
/// is left. Used for ids and suggested file names.
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        fallback.to_owned()
    } else {
        out
    }
}

fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_round_trip() {
        assert_eq!(Rgb::from_hex("#2f6fb5"), Some(Rgb(0x2f, 0x6f, 0xb5)));
        assert_eq!(Rgb::from_hex("2F6FB5"), Some(Rgb(0x2f, 0x6f, 0xb5)));
        assert_eq!(Rgb(1, 2, 255).to_hex(), "#0102ff");
        assert_eq!(Rgb::from_hex("#12345"), None);
        assert_eq!(Rgb::from_hex("#gg0000"), None);
        assert_eq!(Rgb::from_hex("#ééé"), None);
    }

    #[test]
    fn fresh_ids_are_unique_and_readable() {
        let mut design = Design::empty("t");
        let id = design.fresh_responsibility_id("Vendor management!");
        assert_eq!(id.0, "vendor-management");
        design.responsibilities.push(
            Responsibility {
                id,
                name: "Vendor management".into(),
                description: String::new(),
                external_share: 0.5,
                size: 1.0,
                owner: None,
                notes: String::new(),
                roles: BTreeMap::new(),
                deliberate: false,
                kind: WorkKind::Other,
            }
            .into(),
        );
        assert_eq!(
            design.fresh_responsibility_id("Vendor management").0,
            "vendor-management-2"
        );
        assert_eq!(design.fresh_responsibility_id("  ").0, "responsibility");
        assert_eq!(
            design.fresh_executive_id("Chief Data Officer").0,
            "chief-data-officer"
        );
    }
}
