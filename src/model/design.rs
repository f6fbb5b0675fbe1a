//! The design: a name, the executives on the canvas and the responsibilities
//! they own. This is the one value that undo, the unsaved check and the file
//! format work on. It knows nothing of files: the `file` module converts each
//! format version into it, and the rules it must meet live in [`super::rules`].

/// A stable, human-readable identifier of an executive, e.g. `"cio"`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExecutiveId(pub String);

/// A stable, human-readable identifier of a responsibility, e.g. `"security"`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// An executive: one box on the canvas that can own responsibilities.
#[derive(Clone, Debug, PartialEq)]
pub struct Executive {
    /// Stable id, referenced by responsibilities' `owner`.
    pub id: ExecutiveId,
    /// Short title shown on the box, e.g. "CIO".
    pub short_title: String,
    /// Full title, e.g. "Chief Information Officer".
    pub full_title: String,
    /// The box's accent colour.
    pub colour: Rgb,
    /// Where the box sits on the canvas.
    pub position: Position,
}

/// One technology responsibility: a card on the canvas.
#[derive(Clone, Debug, PartialEq)]
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
    /// The executive who owns it; `None` = the unassigned tray.
    pub owner: Option<ExecutiveId>,
    /// Free-text notes, e.g. why it sits where it does.
    pub notes: String,
}

/// A whole org design.
#[derive(Clone, Debug, PartialEq)]
pub struct Design {
    /// The design's name, e.g. "Acme 2027 target".
    pub name: String,
    /// What `size` counts: "headcount", "budget (k€)", "points"…
    pub size_unit: String,
    /// The executives, in display order (Alt+1 is the first).
    pub executives: Vec<Executive>,
    /// Every responsibility, assigned or not.
    pub responsibilities: Vec<Responsibility>,
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
            executives: Vec::new(),
            responsibilities: Vec::new(),
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
            })
            .sum();
        let responsibilities: usize = self
            .responsibilities
            .iter()
            .map(|r| {
                std::mem::size_of::<Responsibility>()
                    + r.id.0.len()
                    + r.name.len()
                    + r.description.len()
                    + r.notes.len()
                    + r.owner.as_ref().map_or(0, |o| o.0.len())
            })
            .sum();
        std::mem::size_of::<Self>()
            + self.name.len()
            + self.size_unit.len()
            + executives
            + responsibilities
    }

    /// The executive with this id.
    pub fn executive(&self, id: &ExecutiveId) -> Option<&Executive> {
        self.executives.iter().find(|e| &e.id == id)
    }

    /// The executive with this id, mutably.
    pub fn executive_mut(&mut self, id: &ExecutiveId) -> Option<&mut Executive> {
        self.executives.iter_mut().find(|e| &e.id == id)
    }

    /// The responsibility with this id.
    pub fn responsibility(&self, id: &ResponsibilityId) -> Option<&Responsibility> {
        self.responsibilities.iter().find(|r| &r.id == id)
    }

    /// The responsibility with this id, mutably.
    pub fn responsibility_mut(&mut self, id: &ResponsibilityId) -> Option<&mut Responsibility> {
        self.responsibilities.iter_mut().find(|r| &r.id == id)
    }

    /// The responsibilities owned by `owner` (`None` = the unassigned tray),
    /// in document order.
    pub fn owned_by<'a>(
        &'a self,
        owner: Option<&'a ExecutiveId>,
    ) -> impl Iterator<Item = &'a Responsibility> + 'a {
        self.responsibilities
            .iter()
            .filter(move |r| r.owner.as_ref() == owner)
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
        design.responsibilities.push(Responsibility {
            id,
            name: "Vendor management".into(),
            description: String::new(),
            external_share: 0.5,
            size: 1.0,
            owner: None,
            notes: String::new(),
        });
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
