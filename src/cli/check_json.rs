//! `remit check --format json FILE...`: one JSON document for a script, an
//! array with one object per file (per option, with its `option` name,
//! for a design with several): its path, whether it is valid, its
//! problem (line, column, message) or what it says of its company, its
//! balance (per executive, with the side it leads; the organisation; the
//! unassigned tray) and its findings, each with its
//! why and fix. The shapes here are plain structs built from the model's
//! values, so the model knows nothing of JSON.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::terminal::clean_json;
use crate::file::{self, LoadError, v5};
use crate::model::intent::{self, Side};
use crate::model::{
    About, Balance, Company, Design, DesignBalance, DesignClarity, Finding, FindingKind, Index,
    Severity, findings,
};

/// One file checked.
#[derive(Debug, Serialize)]
struct FileReport {
    file: String,
    /// Of a design with several options, which (one object per option);
    /// left out for a design with one.
    #[serde(skip_serializing_if = "Option::is_none")]
    option: Option<String>,
    ok: bool,
    error: Option<ErrorReport>,
    company: Option<CompanyReport>,
    balance: Option<BalanceReport>,
    findings: Vec<FindingReport>,
}

/// What the design says about its company (each part `null` when not
/// said), as the advice reads it.
#[derive(Debug, Serialize)]
struct CompanyReport {
    people: Option<u32>,
    size: Option<&'static str>,
    sector: Option<&'static str>,
    goal: Option<&'static str>,
}

/// Why a file is not a valid design, and where.
#[derive(Debug, Serialize)]
struct ErrorReport {
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

/// A design's balance, as `remit report` shows it.
#[derive(Debug, Serialize)]
struct BalanceReport {
    executives: Vec<ExecutiveReport>,
    organisation: OrganisationReport,
    unassigned: TrayReport,
}

/// One executive's portfolio.
#[derive(Debug, Serialize)]
struct ExecutiveReport {
    id: String,
    short_title: String,
    internal_percent: Option<u32>,
    external_percent: Option<u32>,
    items: usize,
    size: f64,
    share_of_total_percent: Option<u32>,
    /// The side it leads: "internal", "external" or "across"; null when
    /// neither its orientation nor its title says.
    leads: Option<&'static str>,
    /// Whether that side is assumed from the title (no orientation set).
    leads_assumed: bool,
    clarity: Option<u32>,
}

/// Every responsibility of the design, assigned or not.
#[derive(Debug, Serialize)]
struct OrganisationReport {
    internal_percent: Option<u32>,
    external_percent: Option<u32>,
    items: usize,
    size: f64,
    clarity: Option<u32>,
}

/// The unassigned tray.
#[derive(Debug, Serialize)]
struct TrayReport {
    items: usize,
    size: f64,
}

/// One finding.
#[derive(Debug, Serialize)]
struct FindingReport {
    severity: &'static str,
    kind: &'static str,
    message: String,
    why: String,
    fix: Option<String>,
    executives: Vec<String>,
    cards: Vec<String>,
    unlisted_cards: usize,
}

/// The document for `files` and whether all were valid (and, with
/// `with_findings`, none had a warning): the same status as the text.
pub(super) fn run(files: &[PathBuf], with_findings: bool) -> (String, bool) {
    let mut all_ok = true;
    let mut reports: Vec<FileReport> = Vec::with_capacity(files.len());
    for path in files {
        let loaded = file::load_options(path);
        let several = loaded.as_ref().is_ok_and(|all| all.len() > 1);
        let each: Vec<(Option<String>, Result<Design, LoadError>)> = match loaded {
            Ok(all) => all
                .iter()
                .map(|o| (several.then(|| o.name.clone()), Ok((*o.design).clone())))
                .collect(),
            Err(e) => vec![(None, Err(e))],
        };
        for (option, design) in each {
            let (mut report, warned) = file_report(path, design);
            report.option = option;
            all_ok &= report.ok && !(with_findings && warned);
            reports.push(report);
        }
    }
    let json = serde_json::to_string_pretty(&reports)
        // Plain structs of strings and numbers always serialise; an empty
        // array is still a document should that ever change.
        .unwrap_or_else(|_| "[]".to_owned());
    (clean_json(&json).into_owned() + "\n", all_ok)
}

/// One file's object, and whether it has a finding of the highest severity.
fn file_report(path: &Path, loaded: Result<Design, LoadError>) -> (FileReport, bool) {
    let file = path.display().to_string();
    match loaded {
        Ok(design) => {
            let index = Index::of(&design);
            let balance = DesignBalance::of_indexed(&design, &index);
            let found = findings(&design, &index, &balance);
            let warned = found.iter().any(|f| f.severity >= Severity::HIGHEST);
            let report = FileReport {
                file,
                option: None,
                ok: true,
                error: None,
                findings: found.iter().map(finding_report).collect(),
                company: Some(company_report(&design.company)),
                balance: Some(balance_report(&design, &balance)),
            };
            (report, warned)
        }
        Err(e) => (
            FileReport {
                file,
                option: None,
                ok: false,
                error: Some(ErrorReport {
                    line: e.line,
                    column: e.column,
                    message: e.kind.to_string(),
                }),
                company: None,
                balance: None,
                findings: Vec::new(),
            },
            false,
        ),
    }
}

fn company_report(company: &Company) -> CompanyReport {
    CompanyReport {
        people: company.people,
        size: v5::size_word(company.size()),
        sector: v5::sector_word(company.sector),
        goal: v5::goal_word(company.goal),
    }
}

fn balance_report(design: &Design, balance: &DesignBalance) -> BalanceReport {
    let clarity = DesignClarity::of(design);
    let total = &balance.organisation;
    let executives = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let b: Balance = balance.executive_at(i);
            let leads = intent::of(e);
            ExecutiveReport {
                id: e.id.as_str().to_owned(),
                short_title: e.short_title.clone(),
                internal_percent: b.internal_percent(),
                external_percent: b.external_percent(),
                items: b.count,
                size: b.size,
                share_of_total_percent: b.percent_of(total),
                leads: leads.map(|l| match l.side {
                    Side::Internal => "internal",
                    Side::External => "external",
                    Side::Across => "across",
                }),
                leads_assumed: leads.is_some_and(|l| l.assumed),
                clarity: clarity.executive_at(i),
            }
        })
        .collect();
    BalanceReport {
        executives,
        organisation: OrganisationReport {
            internal_percent: total.internal_percent(),
            external_percent: total.external_percent(),
            items: total.count,
            size: total.size,
            clarity: clarity.overall,
        },
        unassigned: TrayReport {
            items: balance.unassigned.count,
            size: balance.unassigned.size,
        },
    }
}

fn finding_report(finding: &Finding) -> FindingReport {
    let mut executives = Vec::new();
    let mut cards = Vec::new();
    for about in &finding.about {
        match about {
            About::Executive(id) => executives.push(id.as_str().to_owned()),
            About::Responsibility(id) => cards.push(id.as_str().to_owned()),
        }
    }
    FindingReport {
        severity: finding.severity.word(),
        kind: kind_name(finding.kind),
        message: finding.message.clone(),
        why: finding.why.clone(),
        fix: finding.fix.as_ref().map(|f| f.label.clone()),
        executives,
        cards,
        unlisted_cards: finding.unlisted,
    }
}

/// A kind's name for scripts: stable, snake_case, not for reading aloud.
fn kind_name(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::FacingAgainstOwner => "facing_against_owner",
        FindingKind::ReportingAgainstSplit => "reporting_against_split",
        FindingKind::BlurredRole => "blurred_role",
        FindingKind::Concentration => "concentration",
        FindingKind::OneSided => "one_sided",
        FindingKind::OnlyExecutive => "only_executive",
        FindingKind::SecurityBar => "security_bar",
        FindingKind::DataFlow => "data_flow",
        FindingKind::NoDataWork => "no_data_work",
        FindingKind::NoCollaboration => "no_collaboration",
        FindingKind::Unassigned => "unassigned",
        FindingKind::EmptyExecutive => "empty_executive",
        FindingKind::ManyReports => "many_reports",
        FindingKind::ProductFoundation => "product_foundation",
        FindingKind::CountedTwice => "counted_twice",
        FindingKind::Contested => "contested",
    }
}
