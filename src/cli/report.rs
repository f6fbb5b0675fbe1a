//! `remit report FILE`: each executive's balance, the organisation and the
//! unassigned tray, then whom each executive reports to and the dotted
//! lines, then the clarity scores, as plain text.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use super::terminal::clean;

use crate::model::clarity::Grade;
use crate::model::format::{percent, size};
use crate::model::{Design, DesignBalance, DesignClarity, Executive, ExecutiveId, ReportsTo};

/// The report: a heading, one line per executive, the organisation, then
/// the unassigned count; then the reporting lines, one per executive in
/// design order, and the dotted lines. Names from the design are made safe
/// for a terminal.
pub fn report(design: &Design) -> String {
    let balance = DesignBalance::of(design);
    let mut rows: Vec<(String, crate::model::Balance)> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| (clean(&e.short_title).into_owned(), balance.executive_at(i)))
        .collect();
    rows.push(("Organisation".to_owned(), balance.organisation));
    let width = rows
        .iter()
        .map(|(t, _)| t.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} (size in {})",
        clean(&design.name),
        clean(&design.size_unit)
    );
    for (title, b) in &rows {
        let _ = writeln!(
            out,
            "{title:<width$}  internal {:>4}  external {:>4}  size {:>6}  items {:>3}",
            percent(b.internal_percent()),
            percent(b.external_percent()),
            size(b.size),
            b.count,
        );
    }
    let _ = writeln!(
        out,
        "Unassigned: {} item{} (size {})",
        balance.unassigned.count,
        if balance.unassigned.count == 1 {
            ""
        } else {
            "s"
        },
        size(balance.unassigned.size)
    );
    reporting_lines(&mut out, design);
    clarity_lines(&mut out, design, width);
    out
}

/// The clarity scores (see [`crate::model::clarity`]): one line per
/// executive, then the design's, aligned as the balance rows are. A figure
/// that is not a score says why: nothing assigned, or one executive holding
/// all the work (not graded).
fn clarity_lines(out: &mut String, design: &Design, width: usize) {
    let clarity = DesignClarity::of(design);
    let _ = writeln!(out, "\nClarity (0 to 100)");
    for (i, e) in design.executives.iter().enumerate() {
        let grade = match clarity.grade_at(i) {
            Grade::NotGraded => "not graded (the only executive holding work)".to_owned(),
            other => written(other),
        };
        let _ = writeln!(out, "{:<width$}  {grade:>3}", clean(title(e)));
    }
    let grade = match clarity.overall_grade() {
        Grade::NotGraded => "not graded (one executive holds all the work)".to_owned(),
        other => written(other),
    };
    let _ = writeln!(out, "{:<width$}  {grade:>3}", "Organisation");
}

/// A score, or "none (nothing assigned)".
fn written(grade: Grade) -> String {
    grade
        .score()
        .map_or_else(|| "none (nothing assigned)".to_owned(), |s| s.to_string())
}

/// How an executive is named in a sentence: its short title, or its id if
/// the title is blank.
fn title(e: &Executive) -> &str {
    if e.short_title.trim().is_empty() {
        e.id.as_str()
    } else {
        &e.short_title
    }
}

/// The executive with `id` as named in a sentence (the id itself if it is
/// not on the chart, which a valid design never has), found through an
/// index so that a chart of thousands is reported in linear time.
fn title_of<'a>(
    design: &'a Design,
    positions: &HashMap<&ExecutiveId, usize>,
    id: &'a ExecutiveId,
) -> &'a str {
    positions
        .get(id)
        .map_or(id.as_str(), |&i| title(&design.executives[i]))
}

/// "Reporting lines", then `CISO reports to CIO`, `CIO reports to CEO`
/// (the CEO box's title), `CPO reports to COO (not on the chart)` or
/// `VP: reporting line not set` for each executive, then `CISO has a dotted
/// line to CTO` for each dotted line.
fn reporting_lines(out: &mut String, design: &Design) {
    out.push_str("\nReporting lines\n");
    if design.executives.is_empty() {
        out.push_str("No executives on the chart\n");
    }
    let ceo = design.ceo_title();
    let ceo = if ceo.trim().is_empty() { "CEO" } else { ceo };
    let positions: HashMap<&ExecutiveId, usize> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.id, i))
        .collect();
    for e in &design.executives {
        let who = clean(title(e));
        let _ = match &e.reports_to {
            ReportsTo::NotSet => writeln!(out, "{who}: reporting line not set"),
            ReportsTo::Ceo => writeln!(out, "{who} reports to {}", clean(ceo)),
            ReportsTo::Executive(id) => {
                writeln!(
                    out,
                    "{who} reports to {}",
                    clean(title_of(design, &positions, id))
                )
            }
            ReportsTo::Outside(role) => {
                writeln!(out, "{who} reports to {} (not on the chart)", clean(role))
            }
        };
    }
    for line in &design.dotted_lines {
        let _ = writeln!(
            out,
            "{} has a dotted line to {}",
            clean(title_of(design, &positions, &line.from)),
            clean(title_of(design, &positions, &line.to))
        );
    }
}

/// Runs `remit report FILE`: the report of the first option (see
/// [`run_report_option`]), or the problem, naming the file.
pub fn run_report(path: &Path) -> Result<String, String> {
    run_report_option(path, None)
}

/// Runs `remit report FILE [--option NAME]`: the report of the option
/// named (the first by default), titled with its name when the design has
/// several; or the problem, naming the file.
pub fn run_report_option(path: &Path, option: Option<&str>) -> Result<String, String> {
    super::option::load_one(path, option).map(|design| report(&design))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Ceo;

    #[test]
    fn an_empty_chart_and_blank_titles_still_read_as_sentences() {
        let mut design = Design::empty("Empty");
        let text = report(&design);
        assert!(
            text.ends_with(
                "\nReporting lines\nNo executives on the chart\n\n\
                 Clarity (0 to 100)\nOrganisation  none (nothing assigned)\n"
            ),
            "{text}"
        );
        design.ceo = Some(Ceo {
            title: " ".into(),
            ..Ceo::default()
        });
        design.executives.push(Executive {
            id: ExecutiveId("cio".into()),
            short_title: " ".into(),
            reports_to: ReportsTo::Ceo,
            ..Executive::default()
        });
        let text = report(&design);
        assert!(
            text.contains("\nReporting lines\ncio reports to CEO\n\nClarity"),
            "{text}"
        );
        assert!(
            text.contains("\ncio           none (nothing assigned)\n"),
            "{text}"
        );
    }

    #[test]
    fn a_lone_executive_holding_the_work_is_not_graded_and_says_why() {
        let mut design = Design::empty("Start-up");
        for (id, title) in [("cto", "CTO"), ("coo", "COO")] {
            design.executives.push(Executive {
                id: ExecutiveId(id.into()),
                short_title: title.into(),
                ..Executive::default()
            });
        }
        design.responsibilities.push(
            crate::model::Responsibility {
                size: 2.0,
                owner: Some(ExecutiveId("cto".into())),
                ..Default::default()
            }
            .into(),
        );
        let text = report(&design);
        assert!(
            text.ends_with(
                "Clarity (0 to 100)\n\
                 CTO           not graded (the only executive holding work)\n\
                 COO           none (nothing assigned)\n\
                 Organisation  not graded (one executive holds all the work)\n"
            ),
            "{text}"
        );
    }
}
