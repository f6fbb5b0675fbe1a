//! The summary as Markdown, to paste into a document: the ownership table,
//! the balance figures with the clarity scores, and the findings with their
//! reasons, the same figures as the PDF handout. Text from the design is
//! escaped so that it cannot break a table or start a list.

use std::fmt::Write as _;

use super::table::{self, UNASSIGNED};
use crate::model::clarity::Grade;
use crate::model::format::{percent, size as format_size};
use crate::model::{Design, DesignBalance, DesignClarity, Index, findings};

/// Text safe inside a Markdown table cell or paragraph: the characters
/// Markdown gives a meaning to are escaped, line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole summary.
pub fn summary(design: &Design) -> String {
    let index = Index::of(design);
    let balance = DesignBalance::of_indexed(design, &index);
    let clarity = DesignClarity::of_indexed(design, &index);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&design.name));
    let _ = writeln!(out, "Sizes are in {}.\n", escape(&design.size_unit));

    out.push_str("## Who owns what\n\n");
    out.push_str(
        "| Responsibility | Owner (A) | Responsible | Consulted | Informed | External | Size |\n",
    );
    out.push_str("|---|---|---|---|---|---:|---:|\n");
    let names = |list: &[String]| {
        list.iter()
            .map(|n| escape(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for row in table::rows(design) {
        let owner = if row.owner.is_empty() {
            UNASSIGNED.to_owned()
        } else {
            escape(&row.owner)
        };
        let _ = writeln!(
            out,
            "| {} | {owner} | {} | {} | {} | {} ({}) | {} |",
            escape(&row.name),
            names(&row.responsible),
            names(&row.consulted),
            names(&row.informed),
            row.facing_percent,
            row.facing_word,
            row.size
        );
    }

    out.push_str("\n## Balance and clarity\n\n");
    out.push_str("| Executive | Internal | External | Size | Items | Of total | Clarity |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
    let organisation = balance.organisation;
    let mut line = |name: String, b: crate::model::Balance, grade: Grade| {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} |",
            percent(b.internal_percent()),
            percent(b.external_percent()),
            format_size(b.size),
            b.count,
            percent(b.percent_of(&organisation)),
            grade.short()
        );
    };
    for (i, e) in design.executives.iter().enumerate() {
        let name = escape(&table::described(e));
        line(name, balance.executive_at(i), clarity.grade_at(i));
    }
    line(UNASSIGNED.to_owned(), balance.unassigned, Grade::Nothing);
    line(
        "Organisation".to_owned(),
        organisation,
        clarity.overall_grade(),
    );
    let _ = writeln!(out, "\n{}", crate::model::clarity::MEANING);

    out.push_str("\n## Findings\n\n");
    let found = findings(design, &index, &balance);
    if found.is_empty() {
        out.push_str("Nothing stands out.\n");
    }
    for finding in &found {
        let _ = writeln!(
            out,
            "- **{}**: {}  \n  {}",
            finding.severity.word(),
            escape(&finding.message),
            escape(&finding.why)
        );
    }
    if !design.decisions.is_empty() {
        out.push_str("\n## Decisions\n\n");
        for decision in &design.decisions {
            let reason = decision.reason.trim();
            let _ = writeln!(
                out,
                "- **{}** ({}): {}",
                escape(&design.decision_line(decision)),
                decision.when.strftime("%Y-%m-%d %H:%M UTC"),
                if reason.is_empty() {
                    "no reason recorded".to_owned()
                } else {
                    escape(&reason.replace('\n', " "))
                }
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(escape("R&D | ops"), "R&D \\| ops");
        assert_eq!(escape("a\nb"), "a b");
        assert_eq!(escape("*x*"), "\\*x\\*");
    }
}
