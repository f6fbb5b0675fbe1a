//! The built-in catalog of technology responsibilities, with the facing,
//! the usual owner and the group each starts from, and for the items
//! practitioners argue about, when each placement makes sense. Every value
//! is only a default: a design copies an entry and the user may change
//! anything.
//!
//! The entries live in two lists: [`sources`] holds those the published
//! writing names (the templates are built from exactly these), [`beyond`]
//! the areas a modern technology organisation argues about, which are our
//! own starting points. [`CATALOG`] is both, sources first. This module
//! holds the types, the search the "Add responsibility" dialog uses, and
//! the checks on the data.

mod beyond;
mod overlaps;
pub mod sources;

pub use overlaps::{OVERLAPS, Overlap, overlap_of};

use super::design::{ExecutiveId, Responsibility, ResponsibilityId};
use super::work_kind::WorkKind;

/// Who usually owns a responsibility in the traditional split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsualOwner {
    /// The internal-facing executive.
    Cio,
    /// The external-facing executive.
    Cto,
    /// Practitioners disagree: a judgement call, not an error.
    Contested,
}

/// The heading an entry is listed under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// What everything runs on and keeps it running.
    InfrastructureOperations,
    /// The systems staff work in.
    BusinessSystems,
    /// Data, analytics and machine learning.
    DataAi,
    /// Building what the company sells.
    ProductEngineering,
    /// Keeping systems and data safe and lawful.
    SecurityRisk,
    /// Money, projects, suppliers and the shape of the whole.
    Governance,
    /// What customers and partners touch.
    CustomerDigital,
}

impl Group {
    /// Every group, in the order headings are shown.
    pub const ALL: [Group; 7] = [
        Group::InfrastructureOperations,
        Group::BusinessSystems,
        Group::DataAi,
        Group::ProductEngineering,
        Group::SecurityRisk,
        Group::Governance,
        Group::CustomerDigital,
    ];

    /// The heading shown above the group's entries.
    pub fn name(self) -> &'static str {
        match self {
            Group::InfrastructureOperations => "Infrastructure & operations",
            Group::BusinessSystems => "Business systems",
            Group::DataAi => "Data & AI",
            Group::ProductEngineering => "Product & engineering",
            Group::SecurityRisk => "Security, risk & compliance",
            Group::Governance => "Governance & management",
            Group::CustomerDigital => "Customer & digital",
        }
    }
}

/// Both sides of an argued placement, one line each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Views {
    /// When it makes sense with the internal-facing executive.
    pub with_cio: &'static str,
    /// When it makes sense with the external-facing executive.
    pub with_cto: &'static str,
}

/// One entry of the catalog.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogEntry {
    /// Stable id used in designs, e.g. `"security"`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// One line saying what it covers (our own words).
    pub description: &'static str,
    /// Default external share, 0 = internal, 1 = external.
    pub external_share: f64,
    /// Default size in points.
    pub size: f64,
    /// Who usually owns it.
    pub usual_owner: UsualOwner,
    /// The heading it is listed under.
    pub group: Group,
    /// What kind of work it is.
    pub kind: WorkKind,
    /// Why the owner is debated, where it is (copied into the card's notes).
    pub caveat: &'static str,
    /// When each placement makes sense, for the items sources or
    /// practitioners disagree on; always present when contested.
    pub views: Option<Views>,
}

impl CatalogEntry {
    /// A responsibility built from this entry, owned by `owner`.
    pub fn to_responsibility(&self, owner: Option<ExecutiveId>) -> Responsibility {
        Responsibility {
            id: ResponsibilityId(self.id.to_owned()),
            name: self.name.to_owned(),
            description: self.description.to_owned(),
            external_share: self.external_share,
            size: self.size,
            owner,
            notes: self.caveat.to_owned(),
            kind: self.kind,
            ..Default::default()
        }
    }
}

/// Every built-in responsibility: the sources' list first, then ours.
pub const CATALOG: &[CatalogEntry] = &ALL;

const ALL: [CatalogEntry; sources::ENTRIES.len() + beyond::ENTRIES.len()] =
    concat(sources::ENTRIES, beyond::ENTRIES);

/// `a` then `b`, as one array of length `N` (`N` must be the sum).
const fn concat<const N: usize>(a: &[CatalogEntry], b: &[CatalogEntry]) -> [CatalogEntry; N] {
    assert!(a.len() + b.len() == N && N > 0);
    let mut out = [if a.is_empty() { b[0] } else { a[0] }; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[a.len() + j] = b[j];
        j += 1;
    }
    out
}

impl CatalogEntry {
    /// Whether the published writing names this entry (the rest are our own
    /// starting points).
    pub fn from_sources(&self) -> bool {
        sources::ENTRIES.iter().any(|e| e.id == self.id)
    }

    /// Whether every word of `query` (split on white space, compared
    /// without case) occurs in the name or the description. An empty
    /// query matches everything.
    pub fn matches(&self, query: &str) -> bool {
        let name = self.name.to_lowercase();
        let description = self.description.to_lowercase();
        query
            .split_whitespace()
            .map(str::to_lowercase)
            .all(|word| name.contains(&word) || description.contains(&word))
    }
}

/// The indices into [`CATALOG`] of the entries matching `query`, grouped:
/// each group with at least one match, in [`Group::ALL`] order, its
/// entries in catalog order.
pub fn search(query: &str) -> Vec<(Group, Vec<usize>)> {
    Group::ALL
        .iter()
        .filter_map(|&group| {
            let found: Vec<usize> = CATALOG
                .iter()
                .enumerate()
                .filter(|(_, e)| e.group == group && e.matches(query))
                .map(|(i, _)| i)
                .collect();
            (!found.is_empty()).then_some((group, found))
        })
        .collect()
}

/// The catalog entry with this id. (A lookup in a table built on first
/// use: the findings ask it for many cards on every change.)
pub fn entry(id: &str) -> Option<&'static CatalogEntry> {
    static BY_ID: std::sync::OnceLock<ahash::HashMap<&'static str, &'static CatalogEntry>> =
        std::sync::OnceLock::new();
    BY_ID
        .get_or_init(|| {
            let mut by_id = ahash::HashMap::default();
            for entry in CATALOG {
                // The first entry of an id, as a search in order finds.
                by_id.entry(entry.id).or_insert(entry);
            }
            by_id
        })
        .get(id)
        .copied()
}

/// The catalog entry whose name is `name`, compared without letter case,
/// spaces or punctuation ("vendor  management" is "Vendor management",
/// "R & D" is "R&D"). For cards users made that carry a catalog item's name
/// under an id of their own. (A table built on first use.)
pub fn entry_named(name: &str) -> Option<&'static CatalogEntry> {
    static BY_NAME: std::sync::OnceLock<ahash::HashMap<String, &'static CatalogEntry>> =
        std::sync::OnceLock::new();
    let key = name_key(name);
    if key.is_empty() {
        return None;
    }
    BY_NAME
        .get_or_init(|| {
            let mut by_name = ahash::HashMap::default();
            for entry in CATALOG {
                by_name.entry(name_key(entry.name)).or_insert(entry);
            }
            by_name
        })
        .get(&key)
        .copied()
}

/// A name as [`entry_named`] compares it: lower case, letters and digits
/// only, `&` read as "and".
fn name_key(name: &str) -> String {
    name.replace('&', " and ")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The domain brief's list, taken from the published sources.
    const FROM_THE_BRIEF: [&str; 19] = [
        "infrastructure",
        "service-delivery",
        "pmo",
        "it-operations",
        "enterprise-apps",
        "security",
        "compliance",
        "continuity",
        "it-budget",
        "change-management",
        "data-analytics",
        "vendor-management",
        "architecture",
        "rnd",
        "product-development",
        "engineering",
        "innovation",
        "partnerships",
        "product-strategy",
    ];

    /// The areas the issue names beyond the brief's list.
    const ARGUED_ABOUT: [&str; 17] = [
        "cloud-platform",
        "platform-engineering",
        "site-reliability",
        "data-platform",
        "ai-ml",
        "identity-access",
        "end-user-computing",
        "erp",
        "crm",
        "digital-channels",
        "customer-support-tooling",
        "api-platform",
        "quality-testing",
        "enterprise-architecture",
        "procurement",
        "it-risk",
        "privacy",
    ];

    #[test]
    fn entries_are_found_by_name_whatever_the_case_and_spacing() {
        assert_eq!(
            entry_named("vendor  Management").map(|e| e.id),
            Some("vendor-management")
        );
        assert_eq!(entry_named("R & D").map(|e| e.id), Some("rnd"));
        assert!(entry_named("Buying").is_none());
        assert!(entry_named(" - ").is_none());
    }

    #[test]
    fn catalog_has_at_least_45_entries() {
        assert!(CATALOG.len() >= 45, "only {} entries", CATALOG.len());
        assert_eq!(
            CATALOG.len(),
            sources::ENTRIES.len() + beyond::ENTRIES.len()
        );
        assert_eq!(&CATALOG[..sources::ENTRIES.len()], sources::ENTRIES);
    }

    #[test]
    fn ids_are_unique_slugs_and_names_unique() {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for e in CATALOG {
            assert!(ids.insert(e.id), "duplicate id {}", e.id);
            assert!(
                names.insert(e.name.to_lowercase()),
                "duplicate name {}",
                e.name
            );
            let slug_like = !e.id.is_empty()
                && !e.id.starts_with('-')
                && !e.id.ends_with('-')
                && !e.id.contains("--")
                && e.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            assert!(slug_like, "id {:?} is not a slug", e.id);
        }
    }

    #[test]
    fn shares_sizes_and_descriptions_are_sound() {
        for e in CATALOG {
            assert!(
                e.external_share.is_finite() && (0.0..=1.0).contains(&e.external_share),
                "{} share {}",
                e.id,
                e.external_share
            );
            assert!(e.size.is_finite() && e.size > 0.0, "{} size", e.id);
            assert!(!e.name.trim().is_empty(), "{} has no name", e.id);
            assert!(
                !e.description.trim().is_empty(),
                "{} has no description",
                e.id
            );
            assert!(
                !e.description.contains('\n') && e.description.len() <= 120,
                "{}: a description is one short line",
                e.id
            );
        }
    }

    #[test]
    fn every_contested_entry_gives_both_views_and_why() {
        for e in CATALOG {
            if e.usual_owner == UsualOwner::Contested {
                assert!(
                    !e.caveat.trim().is_empty(),
                    "contested {} must say why",
                    e.id
                );
                let views = e.views.unwrap_or_else(|| panic!("{} has no views", e.id));
                assert!(!views.with_cio.trim().is_empty(), "{}: CIO view", e.id);
                assert!(!views.with_cto.trim().is_empty(), "{}: CTO view", e.id);
            }
            if let Some(views) = e.views {
                assert_ne!(views.with_cio, views.with_cto, "{}", e.id);
            }
        }
        let contested = CATALOG
            .iter()
            .filter(|e| e.usual_owner == UsualOwner::Contested)
            .count();
        assert!(contested >= 10, "only {contested} contested entries");
    }

    #[test]
    fn the_five_users_expect_are_there() {
        for id in [
            "infrastructure",
            "pmo",
            "rnd",
            "vendor-management",
            "security",
        ] {
            assert!(entry(id).is_some(), "{id} missing from the catalog");
        }
    }

    #[test]
    fn the_domain_briefs_responsibilities_are_there_and_from_sources() {
        assert_eq!(sources::ENTRIES.len(), FROM_THE_BRIEF.len());
        for (e, id) in sources::ENTRIES.iter().zip(FROM_THE_BRIEF) {
            assert_eq!(e.id, id, "the templates rely on this order");
            assert!(e.from_sources());
        }
    }

    #[test]
    fn every_area_the_issue_names_is_there_as_our_own() {
        for id in ARGUED_ABOUT {
            let e = entry(id).unwrap_or_else(|| panic!("{id} missing from the catalog"));
            assert!(!e.from_sources(), "{id} is our own starting point");
        }
    }

    #[test]
    fn every_group_has_entries() {
        for group in Group::ALL {
            let n = CATALOG.iter().filter(|e| e.group == group).count();
            assert!(n >= 3, "{} has {n} entries", group.name());
        }
        let names: HashSet<_> = Group::ALL.iter().map(|g| g.name()).collect();
        assert_eq!(names.len(), Group::ALL.len());
    }

    #[test]
    fn search_matches_every_word_in_name_or_description() {
        let all: usize = search("").iter().map(|(_, v)| v.len()).sum();
        assert_eq!(all, CATALOG.len(), "an empty search lists everything");
        assert_eq!(search("   ").len(), Group::ALL.len());
        // "laptops" is only in descriptions.
        let found: Vec<&str> = search("LAPTOPS")
            .iter()
            .flat_map(|(_, v)| v.iter().map(|&i| CATALOG[i].id))
            .collect();
        assert!(found.contains(&"end-user-computing"), "{found:?}");
        assert!(found.contains(&"service-delivery"), "{found:?}");
        assert!(
            CATALOG
                .iter()
                .all(|e| !e.name.to_lowercase().contains("laptop"))
        );
        // Every word must match: name and description words combine.
        let both = search("vendor suppliers");
        assert_eq!(both.len(), 1);
        assert_eq!(both[0].0, Group::Governance);
        assert_eq!(
            both[0].1.iter().map(|&i| CATALOG[i].id).collect::<Vec<_>>(),
            ["vendor-management"]
        );
        assert!(search("vendor zzz").is_empty());
    }

    #[test]
    fn search_groups_in_heading_order() {
        let groups: Vec<Group> = search("").into_iter().map(|(g, _)| g).collect();
        assert_eq!(groups, Group::ALL);
        for (group, found) in search("data") {
            assert!(found.iter().all(|&i| CATALOG[i].group == group));
            assert!(found.windows(2).all(|w| w[0] < w[1]), "catalog order");
        }
    }
}
