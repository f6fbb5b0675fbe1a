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

use FindingKind::{Contested, OnlyExecutive, ReportingAgainstSplit};
use Item::{Card, Executive};
use Severity::{Judgement, Note};

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
         say (here the CTO shares security and is consulted on data and on the \
         infrastructure the product runs on).",
        "Vendor management and architecture are argued about; this model places them \
         on purpose (suppliers with the CIO, architecture with the CTO) and says why \
         on each card. Agree both out loud in the workshop.",
        "Hanging the CIO under the CFO or COO instead of the CEO quietly makes the \
         internal side the junior partner.",
    ],
    expected: &[contested(
        &[Executive("cio"), Card("infrastructure"), Card("security")],
        "Infrastructure starts with the CIO, as it runs the company's own \
         systems; product-led firms often give it to the CTO. Security starts \
         with the CIO, with the CTO responsible for the product's side of it.",
    )],
};

/// The CTO is senior, the head of IT reports to the CTO.
pub const PRODUCT_COMPANY: Explanation = Explanation {
    summary: "The CTO is the senior technology leader and owns the product and the \
              infrastructure it runs on; a head of IT under the CTO owns the \
              company's own IT operations and the staff's systems.",
    size: "Start-ups and software firms from a few dozen to a few thousand people.",
    industry: "Software, SaaS and online platforms: companies whose product is the \
               technology.",
    goals: "Ship the product fast with one voice on technology, and keep internal IT \
            lean.",
    watch_for: &[
        "The infrastructure here is the product's: it faces outward and sits with the \
         CTO; the staff's own IT operations stay with the head of IT.",
        "Internal IT answers to someone whose attention is on the product; give the \
         head of IT a fair hearing and a budget of their own.",
        "Data must not become the product team's alone: internal reporting needs it too.",
    ],
    expected: &[
        expect(
            ReportingAgainstSplit,
            Note,
            &[Executive("head-of-it"), Executive("cto")],
            "The head of IT reporting to the CTO is the shape this model is named for.",
        ),
        expect(
            OnlyExecutive,
            Note,
            &[Executive("cto"), Executive("head-of-it")],
            "The CTO is the one technology executive at the top, as in most software \
             companies; the head of IT is the strong manager on the internal side.",
        ),
    ],
};

/// The CTO owns architecture, infrastructure and operations.
pub const CTO_OVER_INFRASTRUCTURE: Explanation = Explanation {
    summary: "A large enterprise that builds much of its own software: the CIO leads \
              application development through VPs aligned to business areas, the CTO \
              runs the platform (architecture, infrastructure, operations) for all of \
              them, and a CISO sits under the CTO.",
    size: "Large enterprises, typically thousands of people.",
    industry: "Insurance, banking, the public sector, utilities: organisations with big \
               in-house application estates.",
    goals: "Application teams close to each business area, on one consistent platform \
            that a single leader keeps standing.",
    watch_for: &[
        "The CTO faces inward here, on purpose: check there is still room for new \
         technology beyond keeping the platform standing.",
        "The CISO reports to the CTO but protects the CIO's applications too: keep the \
         dotted line to the CIO in use, and the customer applications consulted.",
        "The VP for sales and service builds what customers use under the \
         internal-facing CIO: close to the business, but if the company starts selling \
         software, that work moves towards a product leader.",
    ],
    expected: &[],
};

/// The CTO oversees a head of infrastructure.
pub const CTO_HAS_TAKEN_OVER: Explanation = Explanation {
    summary: "The CTO answers for every technology anyone touches; a head of \
              infrastructure under the CTO runs the platforms, business applications, \
              suppliers, architecture and the company's own IT.",
    size: "Mid-sized and large digital-first companies.",
    industry: "E-commerce, media, fintech and other digital businesses where the \
               product and the company's own systems have grown together.",
    goals: "One accountable technology leader, and fewer hand-offs between the product \
            and internal IT.",
    watch_for: &[
        "The CTO's attention drifts to the product: keep the company's own systems on \
         the agenda, through the head of infrastructure.",
        "The head of infrastructure carries most of the argued-about work: make sure \
         they have the authority to go with it.",
        "The CEO hears one voice on technology; make sure staff who use internal \
         systems are heard too.",
    ],
    expected: &[
        expect(
            ReportingAgainstSplit,
            Note,
            &[Executive("head-of-infrastructure"), Executive("cto")],
            "The head of infrastructure reporting to the CTO is what this model is \
             named for.",
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

/// One technology executive and a strong manager on the other side.
pub const SINGLE_EXECUTIVE: Explanation = Explanation {
    summary: "One technology executive for the whole company, titled by the goal: here \
              a CIO, as technology mainly serves the business, backed by a strong head \
              of digital products who leads the external side.",
    size: "Small companies, up to a couple of hundred people, and larger firms outside \
           high tech where technology supports the business.",
    industry: "Any; a CIO where technology serves the business, a CTO where it is what \
               the company sells (then the strong second runs internal IT).",
    goals: "One accountable leader at a small company's cost, without leaving either \
            side to chance.",
    watch_for: &[
        "One person covers both sides, so the second in command matters: here the head \
         of digital products runs the external side.",
        "If that lead leaves, the external side falls back on the CIO; the findings' \
         note will then say that no one under the executive runs it.",
        "Past a couple of hundred people, or when the product becomes what the company \
         sells, consider splitting into two peers (the traditional split).",
    ],
    expected: &[expect(
        OnlyExecutive,
        Note,
        &[Executive("cio"), Executive("head-of-digital")],
        "The shape this model is named for: one executive at the top, with the head of \
         digital products as the strong second on the external side.",
    )],
};
