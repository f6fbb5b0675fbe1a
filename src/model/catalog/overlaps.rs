//! Pairs of catalog entries that describe some of the same work: a design
//! holding both counts that work twice (in the balance and in each
//! portfolio's size), and two owners may each think it is theirs. Our own
//! judgement, from the entries' descriptions.

/// Two catalog entries that cover some of the same work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overlap {
    /// The broader entry's id.
    pub broader: &'static str,
    /// The narrower entry's id, part of the broader one's work.
    pub narrower: &'static str,
    /// What they share, as the end of a sentence ("… both cover …").
    pub shared: &'static str,
}

/// Every overlapping pair the catalog knows.
pub const OVERLAPS: &[Overlap] = &[
    Overlap {
        broader: "enterprise-apps",
        narrower: "crm",
        shared: "the sales systems staff use",
    },
    Overlap {
        broader: "enterprise-apps",
        narrower: "erp",
        shared: "the back-office systems",
    },
    Overlap {
        broader: "enterprise-apps",
        narrower: "hr-systems",
        shared: "the people systems",
    },
    Overlap {
        broader: "infrastructure",
        narrower: "cloud-platform",
        shared: "the cloud accounts everything runs on",
    },
    Overlap {
        broader: "security",
        narrower: "security-operations",
        shared: "watching for and answering attacks",
    },
    Overlap {
        broader: "security",
        narrower: "identity-access",
        shared: "who may sign in to what",
    },
    Overlap {
        broader: "data-analytics",
        narrower: "data-platform",
        shared: "the data platform and its pipelines",
    },
    Overlap {
        broader: "data-analytics",
        narrower: "data-governance",
        shared: "looking after the company's data",
    },
    Overlap {
        broader: "architecture",
        narrower: "enterprise-architecture",
        shared: "how the systems fit together",
    },
    Overlap {
        broader: "vendor-management",
        narrower: "procurement",
        shared: "buying technology and dealing with its suppliers",
    },
    Overlap {
        broader: "compliance",
        narrower: "it-risk",
        shared: "the risks and audits of the company's systems",
    },
    Overlap {
        broader: "service-delivery",
        narrower: "end-user-computing",
        shared: "staff laptops and accounts",
    },
];

/// The overlap between the entries `a` and `b` (by id, either order).
pub fn overlap_of(a: &str, b: &str) -> Option<&'static Overlap> {
    OVERLAPS
        .iter()
        .find(|o| (o.broader == a && o.narrower == b) || (o.broader == b && o.narrower == a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;

    #[test]
    fn every_pair_names_two_catalog_entries() {
        for o in OVERLAPS {
            assert!(catalog::entry(o.broader).is_some(), "{}", o.broader);
            assert!(catalog::entry(o.narrower).is_some(), "{}", o.narrower);
            assert_ne!(o.broader, o.narrower);
        }
        assert!(overlap_of("crm", "enterprise-apps").is_some());
        assert!(overlap_of("enterprise-apps", "crm").is_some());
        assert!(overlap_of("rnd", "crm").is_none());
    }
}
