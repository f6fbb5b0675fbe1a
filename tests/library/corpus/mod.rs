//! A corpus of designs written from the sources (the domain brief's
//! reference models, the shapes it accepts and what it says goes wrong),
//! each with the findings a consultant would raise and those they would
//! not: by kind and severity with a few words of the message (or of the
//! why), never whole sentences. One test runs the whole table and reports
//! every mismatch at once.
//!
//! The designs are built here, not copied from the shipped examples: cards
//! from catalog entries (`catalog::entry(id).to_responsibility(owner)`),
//! or with a client's own names and the kind those names get. Run with
//! `CORPUS_PRINT=1` (and `--nocapture`) to read every finding in full.

use remit::model::catalog;
use remit::model::company::{Company, Goal, Sector};
use remit::model::rules::validate;
use remit::model::{
    Design, DesignBalance, Executive, ExecutiveId, Finding, FindingKind, Index, Orientation,
    ReportsTo, Responsibility, ResponsibilityId, Role, Severity, WorkKind, findings,
};

use Severity::Warning;

// ------------------------------------------------------------ builder

/// A design under construction.
struct Build(Design);

impl Build {
    fn new(name: &str) -> Self {
        Self(Design::empty(name))
    }

    /// What the design says of its company.
    fn company(mut self, people: Option<u32>, sector: Sector, goal: Goal) -> Self {
        self.0.company = Company {
            people,
            sector,
            goal,
            ..Default::default()
        };
        self
    }

    /// An executive with this id and title, reporting to `manager` (the
    /// CEO when `None`).
    fn exec(
        mut self,
        id: &str,
        title: &str,
        orientation: Orientation,
        manager: Option<&str>,
    ) -> Self {
        self.0.executives.push(Executive {
            id: ExecutiveId(id.into()),
            short_title: title.into(),
            orientation,
            reports_to: manager.map_or(ReportsTo::Ceo, |m| {
                ReportsTo::Executive(ExecutiveId(m.into()))
            }),
            ..Default::default()
        });
        self
    }

    /// The catalog's entry `id`, owned by `owner` (the tray when `None`).
    fn card(mut self, id: &str, owner: Option<&str>) -> Self {
        let entry = catalog::entry(id).unwrap_or_else(|| panic!("{id} is not in the catalog"));
        self.0.responsibilities.push(
            entry
                .to_responsibility(owner.map(|o| ExecutiveId(o.into())))
                .into(),
        );
        self
    }

    /// Several catalog entries with one owner.
    fn cards(self, ids: &[&str], owner: &str) -> Self {
        ids.iter().fold(self, |b, id| b.card(id, Some(owner)))
    }

    /// A card of the client's own, named `name`, of the kind that name
    /// gets.
    fn own(mut self, id: &str, name: &str, share: f64, owner: &str) -> Self {
        self.0.responsibilities.push(
            Responsibility {
                id: ResponsibilityId(id.into()),
                name: name.into(),
                external_share: share,
                size: 3.0,
                owner: Some(ExecutiveId(owner.into())),
                kind: WorkKind::infer(id, name),
                ..Default::default()
            }
            .into(),
        );
        self
    }

    /// `who` takes `role` on the card `card`.
    fn role(mut self, card: &str, who: &str, role: Role) -> Self {
        let r = self
            .0
            .responsibilities
            .iter_mut()
            .find(|r| r.id.as_str() == card)
            .unwrap_or_else(|| panic!("no card {card}"));
        r.roles.insert(ExecutiveId(who.into()), role);
        self
    }

    /// The size of the card `card`.
    fn size(mut self, card: &str, size: f64) -> Self {
        if let Some(r) = self
            .0
            .responsibilities
            .iter_mut()
            .find(|r| r.id.as_str() == card)
        {
            r.size = size;
        }
        self
    }

    fn done(self) -> Design {
        self.0
    }
}

// ------------------------------------------------------------ the table

/// Something a consultant would not say of a design.
enum Never {
    /// No finding of this kind.
    Kind(FindingKind),
    /// No finding whose message holds these words.
    Saying(&'static str),
    /// No finding of this kind whose message or why holds these words.
    KindSaying(FindingKind, &'static str),
    /// No warning at all.
    Warnings,
}

/// One design and what a consultant expects of it.
struct Case {
    name: &'static str,
    design: Design,
    /// Findings that must be there: kind, severity and words of the
    /// message.
    expect: Vec<(FindingKind, Severity, &'static str)>,
    /// Words the why of a finding of this kind must hold.
    why: Vec<(FindingKind, &'static str)>,
    /// What must not be said.
    never: Vec<Never>,
}

fn findings_of(d: &Design) -> Vec<Finding> {
    let index = Index::of(d);
    let balance = DesignBalance::of_indexed(d, &index);
    findings(d, &index, &balance)
}

/// Every way `case` differs from what its findings are.
fn mismatches(case: &Case) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = validate(&case.design) {
        out.push(format!("{}: the design breaks a rule: {e}", case.name));
        return out;
    }
    let found = findings_of(&case.design);
    let listed = || {
        found
            .iter()
            .map(|f| format!("    {:?} {:?}: {}", f.severity, f.kind, f.message))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (kind, severity, words) in &case.expect {
        let there = found
            .iter()
            .any(|f| f.kind == *kind && f.severity == *severity && f.message.contains(words));
        if !there {
            out.push(format!(
                "{}: expected {kind:?} ({severity:?}) saying “{words}”; found:\n{}",
                case.name,
                listed()
            ));
        }
    }
    for (kind, words) in &case.why {
        let there = found
            .iter()
            .any(|f| f.kind == *kind && f.why.contains(words));
        if !there {
            out.push(format!(
                "{}: expected a {kind:?} whose why says “{words}”; found:\n{}",
                case.name,
                found
                    .iter()
                    .filter(|f| f.kind == *kind)
                    .map(|f| format!("    {}", f.why))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    for never in &case.never {
        let offending = found.iter().find(|f| match never {
            Never::Kind(kind) => f.kind == *kind,
            Never::Saying(words) => f.message.contains(words),
            Never::KindSaying(kind, words) => {
                f.kind == *kind && (f.message.contains(words) || f.why.contains(words))
            }
            Never::Warnings => f.severity == Warning,
        });
        if let Some(f) = offending {
            out.push(format!(
                "{}: must not say {:?} {:?}: {}",
                case.name, f.severity, f.kind, f.message
            ));
        }
    }
    out
}

/// What no design should ever be told.
fn always_never() -> Vec<Never> {
    vec![Never::Saying("nobody leads"), Never::Saying("no one leads")]
}

mod failures;
mod shapes;

use failures::*;
use shapes::*;

fn cases() -> Vec<Case> {
    vec![
        start_up_with_only_a_cto(),
        small_company_with_a_cio_and_a_strong_product_manager(),
        bank_with_cio_cto_ciso_and_cdo(),
        retailer_whose_cio_runs_e_commerce(),
        traditional_peers(),
        cto_under_the_cio(),
        product_company_with_head_of_it_under_the_cto(),
        cto_over_infrastructure(),
        cto_has_taken_over(),
        peers_sharing_no_work(),
        security_split_badly(),
        nobody_owning_data(),
        import_with_client_names(),
        overlapping_crm_and_enterprise_applications(),
        ciso_and_cio_alone_on_security(),
    ]
}

#[test]
fn a_consultant_would_sign_every_finding_of_the_corpus() {
    let all = cases();
    assert!(all.len() >= 12, "a corpus of at least twelve designs");
    let mut problems = Vec::new();
    for mut case in all {
        if std::env::var_os("CORPUS_PRINT").is_some() {
            eprintln!("== {}", case.name);
            for f in findings_of(&case.design) {
                eprintln!(
                    "  {:?} {:?}: {}\n      why: {}",
                    f.severity, f.kind, f.message, f.why
                );
                if let Some(fix) = &f.fix {
                    eprintln!("      fix: {}", fix.label);
                }
            }
        }
        case.never.extend(always_never());
        problems.extend(mismatches(&case));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
}

/// The table itself catches a missing finding and one that must not be
/// there, so a passing corpus means something.
#[test]
fn the_table_reports_every_mismatch() {
    let case = Case {
        name: "a check of the checker",
        design: Build::new("Checker")
            .exec("cio", "CIO", remit::model::Orientation::NotSet, None)
            .exec("cto", "CTO", remit::model::Orientation::NotSet, None)
            .card("security", Some("cio"))
            .done(),
        expect: vec![(FindingKind::OnlyExecutive, Severity::Note, "anything")],
        why: vec![(FindingKind::SecurityBar, "words it does not hold")],
        never: vec![Never::Kind(FindingKind::SecurityBar), Never::Warnings],
    };
    assert_eq!(mismatches(&case).len(), 4, "{:#?}", mismatches(&case));
}
