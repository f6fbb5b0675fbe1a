//! What each template is for, in words a client can read: a one-line
//! summary, when the model fits (company size, industry, goals), what to
//! watch for, and every finding the template's design produces, each with
//! what it means in this model. The list of findings is structured (kind,
//! severity, the cards and executives it is about, by id), so a test holds
//! the explanation to the findings the design really yields: nothing in a
//! template is left unexplained.

use crate::model::{About, ExecutiveId, Finding, FindingKind, ResponsibilityId, Severity};

/// A card or an executive of a template, by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An executive.
    Executive(&'static str),
    /// A responsibility card.
    Card(&'static str),
}

impl Item {
    /// The same item as a finding names it.
    pub fn about(self) -> About {
        match self {
            Self::Executive(id) => About::Executive(ExecutiveId(id.to_owned())),
            Self::Card(id) => About::Responsibility(ResponsibilityId(id.to_owned())),
        }
    }
}

/// A finding the template's design is expected to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expected {
    /// What kind of finding.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// What it is about, the main item first (as the finding lists them).
    pub about: &'static [Item],
    /// What it means in this model, for the gallery.
    pub meaning: &'static str,
}

impl Expected {
    /// Whether `finding` is this one: same kind, severity and items.
    pub fn matches(&self, finding: &Finding) -> bool {
        finding.kind == self.kind
            && finding.severity == self.severity
            && finding.about.len() == self.about.len()
            && self
                .about
                .iter()
                .zip(&finding.about)
                .all(|(item, about)| item.about() == *about)
    }
}

/// Why and when to start from a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The model in one line.
    pub summary: &'static str,
    /// The size of company it suits.
    pub size: &'static str,
    /// The industries it suits.
    pub industry: &'static str,
    /// The goals it serves.
    pub goals: &'static str,
    /// What to keep an eye on.
    pub watch_for: &'static [&'static str],
    /// Every finding the design produces, with what it means here.
    pub expected: &'static [Expected],
}

use FindingKind::{Contested, OnlyExecutive, ReportingAgainstSplit, Unassigned};
use Item::{Card, Executive};
use Severity::{Judgement, Note, Warning};

/// The contested cards one executive (or the tray) starts with, as the
/// one judgement call they make.
const fn contested(about: &'static [Item], meaning: &'static str) -> Expected {
    expect(Contested, Judgement, about, meaning)
}

const fn expect(
    kind: FindingKind,
    severity: Severity,
    about: &'static [Item],
    meaning: &'static str,
) -> Expected {
    Expected {
        kind,
        severity,
        about,
        meaning,
    }
}

/// CIO and CTO as peers.
pub const TRADITIONAL_SPLIT: Explanation = Explanation {
    summary: "Two peers under the CEO: the CIO runs the systems the company itself \
              depends on, the CTO builds the technology customers buy and use.",
    size: "Mid-sized and large companies, from a few hundred people up, with real \
           work on both sides.",
    industry: "Firms whose product is not software but that sell digital services: \
               banking, retail, manufacturing, logistics, professional services.",
    goals: "Dependable operations and a product push at once, each with a leader \
            whose job points one way.",
    watch_for: &[
        "The line between the two peers: security and data cross it, so both need a \
         say (here the CTO shares security and is consulted on data).",
        "Work practitioners argue about has no natural home; agree each placement out \
         loud instead of letting it fall to whoever shouts first.",
        "Hanging the CIO under the CFO or COO instead of the CEO quietly makes the \
         internal side the junior partner.",
    ],
    expected: &[
        expect(
            Unassigned,
            Warning,
            &[Card("vendor-management"), Card("architecture")],
            "Vendor management and technology architecture are left in the tray on \
             purpose: where they go is the first question for the workshop to settle.",
        ),
        contested(
            &[Executive("cio"), Card("infrastructure"), Card("security")],
            "Infrastructure starts with the CIO, as it runs the company's own \
             systems; product-led firms often give it to the CTO. Security starts \
             with the CIO, with the CTO responsible for the product's side of it.",
        ),
        contested(
            &[Card("vendor-management"), Card("architecture")],
            "Vendor management and technology architecture: the two cards left for \
             the workshop.",
        ),
    ],
};

/// The CTO is senior, the head of IT reports to the CTO.
pub const PRODUCT_COMPANY: Explanation = Explanation {
    summary: "The CTO is the senior technology leader and owns almost everything; a \
              head of IT under the CTO keeps the staff's own systems running.",
    size: "Start-ups and software firms from a few dozen to a few thousand people.",
    industry: "Software, SaaS and online platforms: companies whose product is the \
               technology.",
    goals: "Ship the product fast with one voice on technology, and keep internal IT \
            lean.",
    watch_for: &[
        "The CTO's box holds most of the work, including operations that face inward: \
         check that one person can really steer it all.",
        "Internal IT answers to someone whose attention is on the product; give the \
         head of IT a fair hearing and a budget of their own.",
        "Data must not become the product team's alone: internal reporting needs it too.",
    ],
    expected: &[
        expect(
            OnlyExecutive,
            Note,
            &[Executive("cto"), Executive("head-of-it")],
            "The CTO is the one technology executive at the top, so the inward work \
             with the CTO (IT operations, compliance, continuity) is not questioned card \
             by card; the head of IT is the strong manager on the internal side.",
        ),
        contested(
            &[
                Executive("cto"),
                Card("infrastructure"),
                Card("security"),
                Card("vendor-management"),
                Card("architecture"),
            ],
            "Infrastructure with the CTO, as product firms usually place it. Security \
             with the CTO, the head of IT responsible for the staff's side. Vendor \
             management with the CTO: most spending goes to the product's suppliers. \
             Architecture with the CTO, who shapes the product it serves.",
        ),
        expect(
            ReportingAgainstSplit,
            Note,
            &[Executive("head-of-it"), Executive("cto")],
            "The head of IT reporting to the CTO is the shape this model is named for.",
        ),
    ],
};

/// The CTO owns architecture, infrastructure and operations.
pub const CTO_OVER_INFRASTRUCTURE: Explanation = Explanation {
    summary: "A large enterprise that builds much of its own software: the CIO leads \
              application development through VPs aligned to the business, the CTO \
              owns architecture, infrastructure and operations, and a CISO sits under \
              the CTO.",
    size: "Large enterprises, typically thousands of people.",
    industry: "Insurance, banking, the public sector, utilities: organisations with big \
               in-house application estates.",
    goals: "Application teams close to each business area, on one consistent platform \
            that a single leader keeps standing.",
    watch_for: &[
        "The CTO runs the platforms everyone depends on and is marked mixed on purpose; \
         check there is still room for new technology.",
        "The CISO reports to the CTO but protects the CIO's applications too: keep the \
         dotted line to the CIO in use.",
        "The customer applications are built under the internal-facing CIO: close to \
         the business, but the product's priorities are weighed by the company's own \
         systems side.",
    ],
    expected: &[
        expect(
            ReportingAgainstSplit,
            Note,
            &[Executive("vp-customer-apps"), Executive("cio")],
            "The VP for customer applications reports to the CIO: the price of keeping \
             all application work together, and the first line to revisit if the \
             product becomes what the company sells.",
        ),
        contested(
            &[
                Executive("cto"),
                Card("infrastructure"),
                Card("architecture"),
            ],
            "Infrastructure with the CTO: the point of this model. Architecture with \
             the CTO, who owns the platform it describes.",
        ),
        contested(
            &[Executive("ciso"), Card("security")],
            "Security with a CISO under the CTO, the CIO consulted.",
        ),
        contested(
            &[Executive("cio"), Card("vendor-management")],
            "Vendor management with the CIO, who buys most of the business \
             applications.",
        ),
    ],
};

/// The CTO oversees a head of infrastructure.
pub const CTO_HAS_TAKEN_OVER: Explanation = Explanation {
    summary: "The CTO answers for every technology anyone touches; a head of \
              infrastructure under the CTO runs the platforms, business applications, \
              suppliers and architecture.",
    size: "Mid-sized and large digital-first companies.",
    industry: "E-commerce, media, fintech and other digital businesses where the \
               product and the company's own systems have grown together.",
    goals: "One accountable technology leader, and fewer hand-offs between the product \
            and internal IT.",
    watch_for: &[
        "The CTO is marked mixed on purpose; their attention still drifts to the \
         product, so keep the company's own systems on the agenda.",
        "The head of infrastructure carries most of the argued-about work: make sure \
         they have the authority to go with it.",
        "The CEO hears one voice on technology; make sure staff who use internal \
         systems are heard too.",
    ],
    expected: &[
        contested(
            &[
                Executive("head-of-infrastructure"),
                Card("infrastructure"),
                Card("vendor-management"),
                Card("architecture"),
            ],
            "Infrastructure with the head of infrastructure, under the CTO. Vendor \
             management with the head of infrastructure, who runs the suppliers. \
             Architecture with the head of infrastructure, close to the platforms.",
        ),
        contested(
            &[Executive("cto"), Card("security")],
            "Security with the CTO, the head of infrastructure responsible for \
             running it.",
        ),
        expect(
            OnlyExecutive,
            Note,
            &[Executive("cto"), Executive("head-of-infrastructure")],
            "The CTO is the one technology executive at the top; the head of \
             infrastructure is the strong manager on the internal side.",
        ),
    ],
};

/// One technology executive and a strong IT manager.
pub const SINGLE_EXECUTIVE: Explanation = Explanation {
    summary: "One technology executive for the whole company, backed by a strong IT \
              manager who runs the internal side.",
    size: "Small companies, up to a couple of hundred people, and larger firms outside \
           high tech where technology supports the business.",
    industry: "Any; most common where technology serves the business rather than \
               being what it sells.",
    goals: "One accountable leader at a small company's cost, without leaving either \
            side to chance.",
    watch_for: &[
        "The executive is marked mixed on purpose: one person covers both sides, so the \
         second in command matters.",
        "If the IT manager leaves, the internal side falls back on one person; the \
         findings' note will then say that no one under the executive runs it.",
        "Past a couple of hundred people, consider splitting into two peers (the \
         traditional split).",
    ],
    expected: &[
        expect(
            OnlyExecutive,
            Note,
            &[Executive("cto"), Executive("it-manager")],
            "The shape this model is named for: one executive at the top, with the IT \
             manager as the strong second on the internal side.",
        ),
        contested(
            &[
                Executive("it-manager"),
                Card("infrastructure"),
                Card("security"),
            ],
            "Infrastructure with the IT manager, who keeps the company running. \
             Security with the IT manager, the CTO consulted on the product's side.",
        ),
        contested(
            &[
                Executive("cto"),
                Card("vendor-management"),
                Card("architecture"),
            ],
            "Vendor management with the CTO, who signs the contracts. Architecture \
             with the CTO, the one technology executive.",
        ),
    ],
};
