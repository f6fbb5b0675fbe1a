//! What kind of work a responsibility is: security, data, infrastructure,
//! product… Findings reason on the kind (and on the catalog entry a card
//! came from), never on the words of a card's name, because a client's
//! spreadsheet never uses the catalog's names.
//!
//! Every card carries a kind. It is set when the card is made: from the
//! catalog entry it came from, from the catalog entry its name matches
//! (the import also tries its list of other names), or, failing those,
//! from the words people use for each kind ([`WorkKind::from_words`]), with
//! "Network & Data Centre" read as infrastructure, not data. The user sees
//! it and can change it in the card's details; the file keeps it.

use super::catalog;

/// The kind of work a card is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkKind {
    /// Data centres, networks, cloud, hosting: what everything runs on.
    Infrastructure,
    /// Keeping systems running and people supported: IT operations, the
    /// help desk, production operations, continuity.
    Operations,
    /// The systems staff work in: ERP, CRM, HR, enterprise applications.
    BusinessSystems,
    /// Data, analytics, reporting and machine learning.
    Data,
    /// Building what the company sells: R&D, product, engineering.
    Product,
    /// What customers and partners touch: channels, e-commerce, partners.
    Customer,
    /// Keeping systems and data safe: security, identity and access.
    Security,
    /// Keeping the company lawful and its risks known: compliance, privacy,
    /// audit.
    Compliance,
    /// The shape of the whole: architecture and integration.
    Architecture,
    /// Running technology as a business: budget, projects, suppliers,
    /// people.
    Management,
    /// None of these, or not known.
    #[default]
    Other,
}

impl WorkKind {
    /// Every kind, in the order the card's details list them.
    pub const ALL: [Self; 11] = [
        Self::Infrastructure,
        Self::Operations,
        Self::BusinessSystems,
        Self::Data,
        Self::Product,
        Self::Customer,
        Self::Security,
        Self::Compliance,
        Self::Architecture,
        Self::Management,
        Self::Other,
    ];

    /// How it is named in lists and sentences ("security work").
    pub fn label(self) -> &'static str {
        match self {
            Self::Infrastructure => "Infrastructure",
            Self::Operations => "Operations & support",
            Self::BusinessSystems => "Business systems",
            Self::Data => "Data & analytics",
            Self::Product => "Product & engineering",
            Self::Customer => "Customer & digital",
            Self::Security => "Security",
            Self::Compliance => "Risk & compliance",
            Self::Architecture => "Architecture",
            Self::Management => "Technology management",
            Self::Other => "Other work",
        }
    }

    /// One line saying what belongs under it, for a tooltip.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Infrastructure => "Data centres, networks, cloud and hosting.",
            Self::Operations => "Running systems day to day, the help desk, continuity.",
            Self::BusinessSystems => "The applications staff work in: ERP, CRM, HR.",
            Self::Data => "Data, analytics, reporting and machine learning.",
            Self::Product => "Building what the company sells.",
            Self::Customer => "What customers and partners touch: channels, shops, partners.",
            Self::Security => "Keeping systems and data safe, who may sign in to what.",
            Self::Compliance => "Regulation, privacy, risk and audit.",
            Self::Architecture => "How the systems fit together.",
            Self::Management => "Budget, projects, suppliers and technology people.",
            Self::Other => "None of the kinds above.",
        }
    }

    /// Whether work of this kind crosses the line between the company's own
    /// systems and the product by nature (security, data, compliance,
    /// architecture): it is not held against either side's facing, and it
    /// is what a cross-cutting role (a CISO, a CDO, a chief architect) is
    /// for.
    pub fn is_cross_cutting(self) -> bool {
        matches!(
            self,
            Self::Security | Self::Data | Self::Compliance | Self::Architecture
        )
    }

    /// The kind of a card with this id and name: the catalog entry with
    /// the id, else the entry the name matches, else the words of the name
    /// ([`Self::from_words`]).
    pub fn infer(id: &str, name: &str) -> Self {
        Self::infer_with(id, name, |_| None)
    }

    /// [`Self::infer`], trying `other_name` (a list of other names for the
    /// catalog's entries, such as the import's) after the catalog's own
    /// names and before the words.
    pub fn infer_with(
        id: &str,
        name: &str,
        other_name: impl FnOnce(&str) -> Option<&'static catalog::CatalogEntry>,
    ) -> Self {
        catalog::entry(id)
            .or_else(|| catalog::entry_named(name))
            .or_else(|| other_name(name))
            .map_or_else(|| Self::from_words(name), |entry| entry.kind)
    }

    /// The kind the words of `name` point to, `Other` when none do. The
    /// phrases are tried in order and the first found wins, so the more
    /// particular come first: "data centre" is infrastructure before "data"
    /// is data. Words are compared without letter case, whole (a phrase
    /// matches whole words in a row), with `&`, `/`, `-` and the like read
    /// as spaces.
    pub fn from_words(name: &str) -> Self {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let has = |phrase: &str| {
            let wanted: Vec<&str> = phrase.split(' ').collect();
            words
                .windows(wanted.len())
                .any(|window| window.iter().zip(&wanted).all(|(w, p)| w == p))
        };
        PHRASES
            .iter()
            .find(|(phrase, _)| has(phrase))
            .map_or(Self::Other, |&(_, kind)| kind)
    }
}

/// Words and phrases people use for each kind, the more particular first.
/// English and German, as clients' spreadsheets write them.
const PHRASES: &[(&str, WorkKind)] = &[
    // Places and pipes named after data that are infrastructure.
    ("data centre", WorkKind::Infrastructure),
    ("data center", WorkKind::Infrastructure),
    ("datacenter", WorkKind::Infrastructure),
    ("datacentre", WorkKind::Infrastructure),
    ("rechenzentrum", WorkKind::Infrastructure),
    // Data protection is the law on data: compliance.
    ("data protection", WorkKind::Compliance),
    ("datenschutz", WorkKind::Compliance),
    ("privacy", WorkKind::Compliance),
    ("gdpr", WorkKind::Compliance),
    ("dsgvo", WorkKind::Compliance),
    // Financial crime is risk and compliance work.
    ("aml", WorkKind::Compliance),
    ("anti money laundering", WorkKind::Compliance),
    ("sanctions", WorkKind::Compliance),
    ("kyc", WorkKind::Compliance),
    ("fraud", WorkKind::Compliance),
    // Where customers reach the company, before the pipes it runs on.
    ("contact centre", WorkKind::Customer),
    ("contact center", WorkKind::Customer),
    ("call centre", WorkKind::Customer),
    ("call center", WorkKind::Customer),
    ("online banking", WorkKind::Customer),
    ("account opening", WorkKind::Customer),
    // Offices that manage, before the office software staff use.
    ("management office", WorkKind::Management),
    ("project office", WorkKind::Management),
    ("programme office", WorkKind::Management),
    ("program office", WorkKind::Management),
    // Security before anything it guards.
    ("security", WorkKind::Security),
    ("penetration", WorkKind::Security),
    ("pen test", WorkKind::Security),
    ("login", WorkKind::Security),
    ("sign in", WorkKind::Security),
    ("sso", WorkKind::Security),
    ("e id", WorkKind::Security),
    ("eid", WorkKind::Security),
    ("authentication", WorkKind::Security),
    ("cybersecurity", WorkKind::Security),
    ("cyber", WorkKind::Security),
    ("infosec", WorkKind::Security),
    ("iam", WorkKind::Security),
    ("identity", WorkKind::Security),
    ("soc", WorkKind::Security),
    ("sicherheit", WorkKind::Security),
    ("informationssicherheit", WorkKind::Security),
    ("it sicherheit", WorkKind::Security),
    ("zugriffsverwaltung", WorkKind::Security),
    ("compliance", WorkKind::Compliance),
    ("risk", WorkKind::Compliance),
    ("audit", WorkKind::Compliance),
    ("regulatory", WorkKind::Compliance),
    ("governance risk", WorkKind::Compliance),
    ("architecture", WorkKind::Architecture),
    ("architect", WorkKind::Architecture),
    ("architektur", WorkKind::Architecture),
    ("integration", WorkKind::Architecture),
    ("integrations", WorkKind::Architecture),
    ("data", WorkKind::Data),
    ("daten", WorkKind::Data),
    ("analytics", WorkKind::Data),
    ("bi", WorkKind::Data),
    ("business intelligence", WorkKind::Data),
    ("reporting", WorkKind::Data),
    ("machine learning", WorkKind::Data),
    ("ai", WorkKind::Data),
    ("ml", WorkKind::Data),
    ("ki", WorkKind::Data),
    ("network", WorkKind::Infrastructure),
    ("networks", WorkKind::Infrastructure),
    ("netzwerk", WorkKind::Infrastructure),
    ("infrastructure", WorkKind::Infrastructure),
    ("infrastruktur", WorkKind::Infrastructure),
    ("infra", WorkKind::Infrastructure),
    ("cloud", WorkKind::Infrastructure),
    ("hosting", WorkKind::Infrastructure),
    ("servers", WorkKind::Infrastructure),
    ("platform engineering", WorkKind::Infrastructure),
    ("devops", WorkKind::Infrastructure),
    ("developer tooling", WorkKind::Infrastructure),
    ("ci cd", WorkKind::Infrastructure),
    ("telephony", WorkKind::Infrastructure),
    ("backup", WorkKind::Operations),
    ("laptops", WorkKind::Operations),
    ("onboarding", WorkKind::Operations),
    ("offboarding", WorkKind::Operations),
    ("office", WorkKind::Operations),
    ("e mail", WorkKind::Operations),
    ("email", WorkKind::Operations),
    ("collaboration", WorkKind::Operations),
    ("intranet", WorkKind::Operations),
    ("printing", WorkKind::Operations),
    ("mailroom", WorkKind::Operations),
    ("branch it", WorkKind::Operations),
    ("help desk", WorkKind::Operations),
    ("helpdesk", WorkKind::Operations),
    ("service desk", WorkKind::Operations),
    ("support", WorkKind::Operations),
    ("operations", WorkKind::Operations),
    ("ops", WorkKind::Operations),
    ("betrieb", WorkKind::Operations),
    ("sre", WorkKind::Operations),
    ("reliability", WorkKind::Operations),
    ("continuity", WorkKind::Operations),
    ("disaster recovery", WorkKind::Operations),
    ("workplace", WorkKind::Operations),
    ("devices", WorkKind::Operations),
    ("end user", WorkKind::Operations),
    ("erp", WorkKind::BusinessSystems),
    ("crm", WorkKind::BusinessSystems),
    ("sap", WorkKind::BusinessSystems),
    ("hr", WorkKind::BusinessSystems),
    ("finance systems", WorkKind::BusinessSystems),
    ("billing", WorkKind::BusinessSystems),
    ("document management", WorkKind::BusinessSystems),
    ("case management", WorkKind::BusinessSystems),
    ("archive", WorkKind::BusinessSystems),
    ("archiving", WorkKind::BusinessSystems),
    ("records", WorkKind::BusinessSystems),
    ("register", WorkKind::BusinessSystems),
    ("core banking", WorkKind::BusinessSystems),
    ("treasury", WorkKind::BusinessSystems),
    ("trading", WorkKind::BusinessSystems),
    ("loan", WorkKind::BusinessSystems),
    ("settlement", WorkKind::BusinessSystems),
    ("enterprise applications", WorkKind::BusinessSystems),
    ("business applications", WorkKind::BusinessSystems),
    ("applications", WorkKind::BusinessSystems),
    ("portal", WorkKind::Customer),
    ("online", WorkKind::Customer),
    ("self service", WorkKind::Customer),
    ("booking", WorkKind::Customer),
    ("atms", WorkKind::Customer),
    ("payments", WorkKind::Customer),
    ("payment", WorkKind::Customer),
    ("e commerce", WorkKind::Customer),
    ("ecommerce", WorkKind::Customer),
    ("webshop", WorkKind::Customer),
    ("online shop", WorkKind::Customer),
    ("website", WorkKind::Customer),
    ("digital channels", WorkKind::Customer),
    ("customer", WorkKind::Customer),
    ("customers", WorkKind::Customer),
    ("partners", WorkKind::Customer),
    ("partnerships", WorkKind::Customer),
    ("marketing", WorkKind::Customer),
    ("kunden", WorkKind::Customer),
    ("product", WorkKind::Product),
    ("products", WorkKind::Product),
    ("produkt", WorkKind::Product),
    ("r d", WorkKind::Product),
    ("rnd", WorkKind::Product),
    ("research", WorkKind::Product),
    ("engineering", WorkKind::Product),
    ("software development", WorkKind::Product),
    ("development", WorkKind::Product),
    ("entwicklung", WorkKind::Product),
    ("innovation", WorkKind::Product),
    ("mobile", WorkKind::Product),
    ("api", WorkKind::Product),
    ("apis", WorkKind::Product),
    ("testing", WorkKind::Product),
    ("test", WorkKind::Product),
    ("qa", WorkKind::Product),
    ("quality", WorkKind::Product),
    ("pmo", WorkKind::Management),
    ("projects", WorkKind::Management),
    ("project", WorkKind::Management),
    ("portfolio", WorkKind::Management),
    ("budget", WorkKind::Management),
    ("vendor", WorkKind::Management),
    ("vendors", WorkKind::Management),
    ("procurement", WorkKind::Management),
    ("sourcing", WorkKind::Management),
    ("licences", WorkKind::Management),
    ("licenses", WorkKind::Management),
    ("strategy", WorkKind::Management),
    ("talent", WorkKind::Management),
    ("change management", WorkKind::Management),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_words_find_their_kind() {
        use WorkKind::*;
        for (name, kind) in [
            ("Network & Data Centre", Infrastructure),
            ("Data Center Operations", Infrastructure),
            ("Identity & Access Mgmt", Security),
            ("IAM", Security),
            ("InfoSec", Security),
            ("Cyber Defence", Security),
            ("Cybersecurity", Security),
            ("SOC", Security),
            ("IT-Sicherheit", Security),
            ("Data Warehouse & BI", Data),
            ("Reporting", Data),
            ("AI/ML", Data),
            ("Data protection officer", Compliance),
            ("GDPR", Compliance),
            ("Help Desk", Operations),
            ("SAP Basis", BusinessSystems),
            ("E-Commerce Platform", Customer),
            ("Webshop", Customer),
            ("Product Engineering", Product),
            ("R&D", Product),
            ("Vendor Mgmt", Management),
            ("Enterprise Architecture", Architecture),
            // A bank's, an agency's and a software company's own words.
            ("AML monitoring systems", Compliance),
            ("Sanctions & PEP screening", Compliance),
            ("Fraud detection (cards & online)", Compliance),
            ("Online banking (web)", Customer),
            ("Digital account opening & video identification", Customer),
            ("Contact centre telephony", Customer),
            ("Citizen portal (e-services)", Customer),
            ("Online payment of fees", Customer),
            ("Citizen e-ID login", Security),
            ("Developer tooling & CI/CD", Infrastructure),
            ("Backup & recovery", Operations),
            ("Laptops, accounts, on-/offboarding", Operations),
            ("Office tools admin (mail, chat, wiki)", Operations),
            ("E-mail & office software", Operations),
            ("Collaboration & intranet", Operations),
            ("Branch IT (120 branches)", Operations),
            ("Test management & test centre", Product),
            ("QA & test automation", Product),
            ("Document management & archiving", BusinessSystems),
            ("Billing & subscriptions system", BusinessSystems),
            ("Core banking system (mainframe)", BusinessSystems),
            ("Residence register", BusinessSystems),
            ("Project Management Office", Management),
            ("Penetration testing", Security),
            ("Facilities", Other),
            ("", Other),
        ] {
            assert_eq!(WorkKind::from_words(name), kind, "{name}");
        }
    }

    #[test]
    fn catalog_cards_take_their_entry_s_kind() {
        assert_eq!(WorkKind::infer("security", "Whatever"), WorkKind::Security);
        assert_eq!(
            WorkKind::infer("x-1", "Information security"),
            WorkKind::Security
        );
        assert_eq!(
            WorkKind::infer("infrastructure", "Infrastructure"),
            WorkKind::Infrastructure
        );
        assert_eq!(
            WorkKind::infer("my-card", "Data Centre"),
            WorkKind::Infrastructure
        );
    }

    #[test]
    fn every_catalog_entry_has_a_kind_its_words_agree_with_or_its_own() {
        // The catalog says each entry's kind itself; words are only for
        // names it does not know. Cross-cutting entries are security,
        // data, compliance or architecture.
        for entry in catalog::CATALOG {
            if entry.group == catalog::Group::SecurityRisk {
                assert!(entry.kind.is_cross_cutting(), "{}", entry.id);
            }
        }
    }
}
