//! What a design may say about the company it is for: how many people it
//! has (or roughly, as a size band), its sector, and its main goal for
//! technology. All optional. The advice uses them as the sources do (one
//! technology executive is normal in a small company or outside high tech;
//! the title should follow the goal), and says what it assumed where the
//! design does not say.

/// Roughly how large the company is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SizeBand {
    /// Not said.
    #[default]
    NotSaid,
    /// Below about two hundred people: one technology executive is normal.
    Small,
    /// About two hundred to two thousand people.
    Midsize,
    /// Above about two thousand people.
    Large,
}

impl SizeBand {
    /// Every band, "not said" first.
    pub const ALL: [Self; 4] = [Self::NotSaid, Self::Small, Self::Midsize, Self::Large];

    /// Below this many people a company is small.
    pub const SMALL_BELOW: u32 = 200;
    /// From this many people a company is large.
    pub const LARGE_FROM: u32 = 2_000;

    /// The band of a company of `people`.
    pub fn of_people(people: u32) -> Self {
        if people < Self::SMALL_BELOW {
            Self::Small
        } else if people < Self::LARGE_FROM {
            Self::Midsize
        } else {
            Self::Large
        }
    }

    /// How it is said in lists.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotSaid => "Not said",
            Self::Small => "Small (under 200 people)",
            Self::Midsize => "Mid-sized (200 to 2,000 people)",
            Self::Large => "Large (over 2,000 people)",
        }
    }
}

/// The company's sector, as far as the advice cares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    /// Not said.
    #[default]
    NotSaid,
    /// Software and internet: the product is technology.
    Software,
    /// Hardware, electronics, telecoms.
    Technology,
    /// Banking, insurance, payments.
    Finance,
    /// Retail and consumer goods.
    Retail,
    /// Manufacturing, energy, logistics.
    Industry,
    /// Health and life sciences.
    Health,
    /// Government and the public sector.
    Public,
    /// Anything else.
    Other,
}

impl Sector {
    /// Every sector, "not said" first.
    pub const ALL: [Self; 9] = [
        Self::NotSaid,
        Self::Software,
        Self::Technology,
        Self::Finance,
        Self::Retail,
        Self::Industry,
        Self::Health,
        Self::Public,
        Self::Other,
    ];

    /// How it is said in lists.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotSaid => "Not said",
            Self::Software => "Software & internet",
            Self::Technology => "Hardware & telecoms",
            Self::Finance => "Financial services",
            Self::Retail => "Retail & consumer",
            Self::Industry => "Industry, energy & logistics",
            Self::Health => "Health & life sciences",
            Self::Public => "Public sector",
            Self::Other => "Other",
        }
    }

    /// Whether it is high tech, where the sources see two technology
    /// executives sooner.
    pub fn is_high_tech(self) -> bool {
        matches!(self, Self::Software | Self::Technology)
    }
}

/// What the company mainly wants from technology.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Goal {
    /// Not said.
    #[default]
    NotSaid,
    /// Running the business better and cheaper: points to a CIO.
    Efficiency,
    /// Growing through what it sells: points to a CTO.
    Product,
    /// Both, about equally.
    Both,
}

impl Goal {
    /// Every goal, "not said" first.
    pub const ALL: [Self; 4] = [Self::NotSaid, Self::Efficiency, Self::Product, Self::Both];

    /// How it is said in lists.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotSaid => "Not said",
            Self::Efficiency => "Efficiency of the business",
            Self::Product => "Growth through the product",
            Self::Both => "Both efficiency and growth",
        }
    }
}

/// What a design says about its company; everything optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Company {
    /// How many people the company has, when the design says.
    pub people: Option<u32>,
    /// Roughly how large it is, when the design says no number.
    pub band: SizeBand,
    /// Its sector.
    pub sector: Sector,
    /// Its main goal for technology.
    pub goal: Goal,
}

impl Company {
    /// The size band: from the number of people where there is one, else
    /// the band said.
    pub fn size(&self) -> SizeBand {
        self.people.map_or(self.band, SizeBand::of_people)
    }

    /// Whether the design says nothing about its company.
    pub fn is_unsaid(&self) -> bool {
        *self == Self::default()
    }

    /// Whether one technology executive is normal for this company, as the
    /// sources put it (small, or outside high tech and not large), and
    /// whether that was assumed: with no size said, a company is assumed
    /// small enough.
    pub fn one_executive_is_normal(&self) -> (bool, bool) {
        match self.size() {
            SizeBand::NotSaid => (true, true),
            SizeBand::Small => (true, false),
            SizeBand::Midsize => (!self.sector.is_high_tech(), self.sector == Sector::NotSaid),
            SizeBand::Large => (false, false),
        }
    }

    /// A sentence saying what the design tells of the company, e.g.
    /// "150 people, software & internet, goal: growth through the product."
    /// Empty when it says nothing.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        match (self.people, self.band) {
            (Some(n), _) => parts.push(format!("{} people", thousands(n))),
            (None, SizeBand::NotSaid) => {}
            (None, band) => parts.push(band.label().to_lowercase()),
        }
        if self.sector != Sector::NotSaid {
            parts.push(self.sector.label().to_lowercase());
        }
        if self.goal != Goal::NotSaid {
            parts.push(format!("goal: {}", self.goal.label().to_lowercase()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            let mut text = parts.join(", ");
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + &text[1..];
            }
            text + "."
        }
    }
}

/// `n` with a comma between thousands: "12,500".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_comes_from_people_before_the_band() {
        let mut c = Company {
            band: SizeBand::Large,
            ..Default::default()
        };
        assert_eq!(c.size(), SizeBand::Large);
        c.people = Some(150);
        assert_eq!(c.size(), SizeBand::Small);
        c.people = Some(200);
        assert_eq!(c.size(), SizeBand::Midsize);
        c.people = Some(2_000);
        assert_eq!(c.size(), SizeBand::Large);
    }

    #[test]
    fn one_executive_is_normal_when_small_or_outside_high_tech() {
        let c = |people, sector| Company {
            people,
            sector,
            ..Default::default()
        };
        assert_eq!(
            c(None, Sector::NotSaid).one_executive_is_normal(),
            (true, true)
        );
        assert_eq!(
            c(Some(150), Sector::Software).one_executive_is_normal(),
            (true, false)
        );
        assert_eq!(
            c(Some(800), Sector::Retail).one_executive_is_normal(),
            (true, false)
        );
        assert_eq!(
            c(Some(800), Sector::Software).one_executive_is_normal(),
            (false, false)
        );
        assert_eq!(
            c(Some(800), Sector::NotSaid).one_executive_is_normal(),
            (true, true)
        );
        assert_eq!(
            c(Some(9_000), Sector::Retail).one_executive_is_normal(),
            (false, false)
        );
    }

    #[test]
    fn the_summary_reads_as_a_sentence() {
        assert_eq!(Company::default().summary(), "");
        let c = Company {
            people: Some(12_500),
            sector: Sector::Finance,
            goal: Goal::Efficiency,
            ..Default::default()
        };
        assert_eq!(
            c.summary(),
            "12,500 people, financial services, goal: efficiency of the business."
        );
        let c = Company {
            band: SizeBand::Small,
            ..Default::default()
        };
        assert_eq!(c.summary(), "Small (under 200 people).");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
    }
}
