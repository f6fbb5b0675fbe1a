//! The output `remit diff` and `remit compare` share: the change list (see
//! [`crate::model::compare`]) as text, CSV or JSON, then each executive's
//! and the organisation's balance and clarity in both designs with the
//! difference, and (for `compare`) the findings the second settles and
//! adds. Everything taken from a design is made safe for a terminal.

use std::fmt::Write as _;

use serde::Serialize;

use super::terminal::{clean, clean_json};
use crate::export::options_compared::{CHANGE_HEADER, change_cells};
use crate::model::compare::summary::signed as signed_words;
use crate::model::compare::{Change, changes};
use crate::model::format::percent;
use crate::model::{Design, DesignBalance, DesignClarity, Executive, ExecutiveId, Finding};

/// How `remit diff` and `remit compare` print what they found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// One sentence per change, then the balance and clarity of both.
    #[default]
    Text,
    /// One quoted row per change: kind, item, from, to, reason.
    Csv,
    /// One JSON document: the changes, then the balance and clarity of both.
    Json,
}

/// What a comparison found: the text to print and whether the designs
/// differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diffed {
    /// What to print on standard output.
    pub text: String,
    /// Whether the change list is not empty.
    pub differ: bool,
}

/// The findings of the first design the second no longer has, and those
/// it adds.
#[derive(Clone, Copy, Debug)]
pub struct FindingsMoved<'a> {
    /// In the first, not in the second.
    pub settled: &'a [Finding],
    /// In the second, not in the first.
    pub added: &'a [Finding],
}

/// The output for `from` against `to`, with the findings part when given
/// (text and JSON; CSV is the change list alone).
pub fn render(
    from: &Design,
    to: &Design,
    format: DiffFormat,
    findings: Option<FindingsMoved<'_>>,
) -> Diffed {
    let list = changes(from, to);
    let text = match format {
        DiffFormat::Text => text(from, to, &list, findings),
        DiffFormat::Csv => csv(&list),
        DiffFormat::Json => json(from, to, &list, findings),
    };
    Diffed {
        text,
        differ: !list.is_empty(),
    }
}

/// One row of the balance and clarity comparison: an executive (or the
/// organisation) with its figures in both designs, `None` where absent.
struct Row {
    id: Option<String>,
    title: String,
    before: Figures,
    after: Figures,
}

/// The figures of one executive in one design.
#[derive(Clone, Copy, Default, Serialize)]
struct Figures {
    internal_percent: Option<u32>,
    external_percent: Option<u32>,
    items: usize,
    clarity: Option<u32>,
}

fn figures_of(balance: &DesignBalance, clarity: &DesignClarity, i: usize) -> Figures {
    let b = balance.executive_at(i);
    Figures {
        internal_percent: b.internal_percent(),
        external_percent: b.external_percent(),
        items: b.count,
        clarity: clarity.executive_at(i),
    }
}

fn title(e: &Executive) -> &str {
    if e.short_title.trim().is_empty() {
        e.id.as_str()
    } else {
        &e.short_title
    }
}

/// The executives of `to` in its order, then those only `from` has, then
/// the organisation; each matched by id through one index per design.
fn rows(from: &Design, to: &Design) -> Vec<Row> {
    let (old_balance, new_balance) = (DesignBalance::of(from), DesignBalance::of(to));
    let (old_clarity, new_clarity) = (DesignClarity::of(from), DesignClarity::of(to));
    let positions = |d: &Design| -> std::collections::HashMap<ExecutiveId, usize> {
        d.executives
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect()
    };
    let (old_at, new_at) = (positions(from), positions(to));
    let mut out = Vec::new();
    for (i, e) in to.executives.iter().enumerate() {
        out.push(Row {
            id: Some(e.id.0.clone()),
            title: title(e).to_owned(),
            before: old_at
                .get(&e.id)
                .map(|&j| figures_of(&old_balance, &old_clarity, j))
                .unwrap_or_default(),
            after: figures_of(&new_balance, &new_clarity, i),
        });
    }
    for (j, e) in from.executives.iter().enumerate() {
        if !new_at.contains_key(&e.id) {
            out.push(Row {
                id: Some(e.id.0.clone()),
                title: title(e).to_owned(),
                before: figures_of(&old_balance, &old_clarity, j),
                after: Figures::default(),
            });
        }
    }
    let organisation = |b: &DesignBalance, c: &DesignClarity| Figures {
        internal_percent: b.organisation.internal_percent(),
        external_percent: b.organisation.external_percent(),
        items: b.organisation.count,
        clarity: c.overall_grade().score(),
    };
    out.push(Row {
        id: None,
        title: "Organisation".to_owned(),
        before: organisation(&old_balance, &old_clarity),
        after: organisation(&new_balance, &new_clarity),
    });
    out
}

/// `after − before` when both are known.
fn difference(before: Option<u32>, after: Option<u32>) -> Option<i64> {
    Some(i64::from(after?) - i64::from(before?))
}

/// The difference in brackets after a figure: "(+15)", "(−20)" (a minus
/// sign), "(±0)"; empty when either side is unknown.
fn signed(difference: Option<i64>) -> String {
    difference.map_or_else(String::new, |d| format!("({})", signed_words(Some(d))))
}

/// One sentence per change, then "Balance and clarity (before → after)"
/// with one line per executive and the organisation, then the findings
/// when given.
fn text(from: &Design, to: &Design, list: &[Change], found: Option<FindingsMoved<'_>>) -> String {
    let mut out = String::new();
    if list.is_empty() {
        out.push_str("No changes\n");
    }
    for change in list {
        let _ = writeln!(out, "{}", clean(&change.sentence()));
    }
    let rows = rows(from, to);
    let titles: Vec<String> = rows.iter().map(|r| clean(&r.title).into_owned()).collect();
    let width = titles.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let _ = writeln!(out, "\nBalance and clarity (before → after)");
    for (row, title) in rows.iter().zip(&titles) {
        let (b, a) = (row.before, row.after);
        let external = format!(
            "{} → {} {}",
            percent(b.external_percent),
            percent(a.external_percent),
            signed(difference(b.external_percent, a.external_percent))
        );
        let clarity = format!(
            "{} → {} {}",
            b.clarity.map_or("–".to_owned(), |c| c.to_string()),
            a.clarity.map_or("–".to_owned(), |c| c.to_string()),
            signed(difference(b.clarity, a.clarity))
        );
        let line = format!(
            "{title:<width$}  external {:<17}  clarity {}",
            external.trim_end(),
            clarity.trim_end()
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if let Some(found) = found {
        for (heading, list) in [
            ("Findings settled", found.settled),
            ("Findings added", found.added),
        ] {
            let _ = writeln!(out, "\n{heading}");
            if list.is_empty() {
                out.push_str("  none\n");
            }
            for finding in list {
                let _ = writeln!(
                    out,
                    "  {}: {}",
                    finding.severity.word(),
                    clean(&finding.message)
                );
            }
        }
    }
    out
}

/// The header and one quoted row per change; text from the designs is
/// made safe for a terminal.
pub fn csv(list: &[Change]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would leave the row out.
    let _ = writer.write_record(CHANGE_HEADER);
    for c in list {
        let _ = writer.write_record(change_cells(c).map(|cell| clean(&cell).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One change as JSON.
#[derive(Serialize)]
struct ChangeReport<'a> {
    kind: &'static str,
    item: String,
    from: &'a str,
    to: &'a str,
    reason: &'a str,
    message: String,
}

/// One executive (or the organisation: no id) in both designs.
#[derive(Serialize)]
struct RowReport {
    id: Option<String>,
    title: String,
    before: Figures,
    after: Figures,
    external_difference: Option<i64>,
    clarity_difference: Option<i64>,
}

/// One finding settled or added.
#[derive(Serialize)]
struct FindingReport<'a> {
    severity: &'static str,
    message: &'a str,
}

/// The findings part of the JSON document.
#[derive(Serialize)]
struct FindingsReport<'a> {
    settled: Vec<FindingReport<'a>>,
    added: Vec<FindingReport<'a>>,
}

/// The whole JSON document.
#[derive(Serialize)]
struct DiffReport<'a> {
    changes: Vec<ChangeReport<'a>>,
    executives: Vec<RowReport>,
    organisation: Option<RowReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<FindingsReport<'a>>,
}

fn reported(list: &[Finding]) -> Vec<FindingReport<'_>> {
    list.iter()
        .map(|f| FindingReport {
            severity: f.severity.word(),
            message: &f.message,
        })
        .collect()
}

fn json(from: &Design, to: &Design, list: &[Change], found: Option<FindingsMoved<'_>>) -> String {
    let mut executives: Vec<RowReport> = rows(from, to)
        .into_iter()
        .map(|r| RowReport {
            external_difference: difference(r.before.external_percent, r.after.external_percent),
            clarity_difference: difference(r.before.clarity, r.after.clarity),
            id: r.id,
            title: r.title,
            before: r.before,
            after: r.after,
        })
        .collect();
    let organisation = executives.pop();
    let report = DiffReport {
        changes: list
            .iter()
            .map(|c| ChangeReport {
                kind: c.kind.code(),
                item: c.item_label(),
                from: &c.from,
                to: &c.to,
                reason: &c.reason,
                message: c.sentence(),
            })
            .collect(),
        executives,
        organisation,
        findings: found.map(|f| FindingsReport {
            settled: reported(f.settled),
            added: reported(f.added),
        }),
    };
    let text = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_owned());
    format!("{}\n", clean_json(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Responsibility, ResponsibilityId};

    #[test]
    fn differences_are_signed_with_a_real_minus() {
        assert_eq!(signed(difference(Some(90), Some(76))), "(−14)");
        assert_eq!(signed(difference(Some(10), Some(15))), "(+5)");
        assert_eq!(signed(difference(Some(3), Some(3))), "(±0)");
        assert_eq!(signed(difference(None, Some(3))), "");
    }

    #[test]
    fn names_from_the_designs_cannot_drive_the_terminal() {
        let from = Design::empty("a");
        let mut to = Design::empty("b");
        to.responsibilities.push(
            Responsibility {
                id: ResponsibilityId("x".into()),
                name: "evil\u{1b}[2J".into(),
                size: 1.0,
                ..Responsibility::default()
            }
            .into(),
        );
        let none = FindingsMoved {
            settled: &[],
            added: &[],
        };
        for format in [DiffFormat::Text, DiffFormat::Csv, DiffFormat::Json] {
            let diffed = render(&from, &to, format, Some(none));
            assert!(diffed.differ);
            assert!(
                !diffed.text.contains('\u{1b}'),
                "{format:?}: {}",
                diffed.text
            );
        }
        let text = render(&from, &to, DiffFormat::Text, None).text;
        assert!(
            text.starts_with("“evil\\u{1b}[2J” is added, owned by the tray.\n"),
            "{text}"
        );
    }
}
