//! The handout's summary laid out on printed pages (A4, portrait), each page
//! an SVG document that the PDF writer turns into a page with real text:
//! the ownership table (name, owner, R, C, I, facing, size), the balance
//! figures with the clarity scores, the findings with their reasons, and a
//! place for the decision log.
//!
//! Content is a list of blocks (a heading, a table row, a finding); a page
//! takes as many as fit, and a table that goes on over a page repeats its
//! header. A block is moved whole to the next page, unless it is taller
//! than half a page (a finding or a decision with a very long reason):
//! then it is split between two of its lines, over as many pages as it
//! takes. Text is wrapped, never cut, and every page says its number (a
//! long design name is cut short in the footer instead).

use std::fmt::Write as _;

use super::blocks::{Block, ROW, Section, paginate};
pub use super::blocks::{PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH, wrap};
use super::draw::{WEAK, labelled, svg_open};
use super::svg::{escape, fit, num};
use super::table::{self, UNASSIGNED};
use crate::model::format::{percent, size as format_size};
use crate::model::{Design, DesignBalance, DesignClarity, Index, findings};

/// Text size of table cells and body text.
const BODY: f32 = 9.5;

/// A column of a table: where it starts, how wide it is, whether numbers
/// (right-aligned).
#[derive(Clone, Copy)]
struct Column {
    x: f32,
    w: f32,
    numeric: bool,
}

fn columns(widths: &[(f32, bool)]) -> Vec<Column> {
    let mut x = 0.0;
    widths
        .iter()
        .map(|&(w, numeric)| {
            let column = Column { x, w, numeric };
            x += w;
            column
        })
        .collect()
}

fn table_row(columns: &[Column], cells: &[String], size: f32, header: bool) -> Block {
    let mut block = Block {
        height: ROW,
        rule: header,
        ..Block::default()
    };
    for (column, cell) in columns.iter().zip(cells) {
        let content = fit(cell, size, column.w - 6.0);
        if column.numeric {
            block = block
                .text(column.x + column.w - 6.0, 10.5, size, content)
                .right_aligned();
        } else {
            block = block.text(column.x, 10.5, size, content);
        }
        if header {
            block = block.weak();
        }
    }
    block
}

fn heading(text: &str) -> Block {
    Block {
        height: 30.0,
        ..Block::default()
    }
    .text(0.0, 22.0, 15.0, text)
}

fn content_width() -> f32 {
    PAGE_WIDTH - 2.0 * PAGE_MARGIN
}

/// The ownership table: one row per responsibility.
fn ownership(design: &Design) -> Section {
    let cols = columns(&[
        (150.0, false),
        (56.0, false),
        (58.0, false),
        (58.0, false),
        (58.0, false),
        (92.0, true),
        (43.0, true),
    ]);
    let header = table_row(
        &cols,
        &[
            "Responsibility".into(),
            "Owner (A)".into(),
            "Responsible".into(),
            "Consulted".into(),
            "Informed".into(),
            "External".into(),
            "Size".into(),
        ],
        BODY,
        true,
    );
    let mut blocks = vec![heading("Who owns what"), header.clone()];
    let join = |names: &[String]| names.join(", ");
    for row in table::rows(design) {
        let owner = if row.owner.is_empty() {
            UNASSIGNED.to_owned()
        } else {
            row.owner.clone()
        };
        blocks.push(table_row(
            &cols,
            &[
                row.name.clone(),
                owner,
                join(&row.responsible),
                join(&row.consulted),
                join(&row.informed),
                format!("{} ({})", row.facing_percent, row.facing_word),
                row.size.clone(),
            ],
            BODY,
            false,
        ));
    }
    if design.responsibilities.is_empty() {
        blocks.push(
            Block {
                height: ROW,
                ..Block::default()
            }
            .text(0.0, 10.5, BODY, "No responsibilities yet."),
        );
    }
    Section {
        blocks,
        repeat: Some(header),
    }
}

/// The balance figures and clarity scores, as the balance panel has them.
fn balance(design: &Design) -> Section {
    let index = Index::of(design);
    let balance = DesignBalance::of_indexed(design, &index);
    let clarity = DesignClarity::of(design, &balance);
    let cols = columns(&[
        (150.0, false),
        (60.0, true),
        (60.0, true),
        (70.0, true),
        (50.0, true),
        (60.0, true),
        (60.0, true),
    ]);
    let header = table_row(
        &cols,
        &[
            "Executive".into(),
            "Internal".into(),
            "External".into(),
            format!("Size ({})", design.size_unit),
            "Items".into(),
            "Of total".into(),
            "Clarity".into(),
        ],
        BODY,
        true,
    );
    let mut blocks = vec![heading("Balance and clarity"), header.clone()];
    let organisation = balance.organisation;
    let mut line = |name: String, b: crate::model::Balance, score: Option<u32>| {
        blocks.push(table_row(
            &cols,
            &[
                name,
                percent(b.internal_percent()),
                percent(b.external_percent()),
                format_size(b.size),
                b.count.to_string(),
                percent(b.percent_of(&organisation)),
                score.map_or_else(|| "–".to_owned(), |s| s.to_string()),
            ],
            BODY,
            false,
        ));
    };
    for (i, e) in design.executives.iter().enumerate() {
        let name = format!("{} ({})", table::title(e), e.full_title);
        line(name, balance.executive_at(i), clarity.executive_at(i));
    }
    line(UNASSIGNED.to_owned(), balance.unassigned, None);
    line("Organisation".to_owned(), organisation, clarity.overall);
    blocks.push(
        Block {
            height: 2.0 * ROW,
            ..Block::default()
        }
        .text(
            0.0,
            18.0,
            BODY,
            "Clarity, 0 to 100: how clearly each portfolio faces one way, judged against its intended orientation.",
        )
        .weak(),
    );
    Section {
        blocks,
        repeat: Some(header),
    }
}

/// The findings, highest severity first, each with its reason.
fn findings_section(design: &Design) -> Section {
    let index = Index::of(design);
    let balance = DesignBalance::of_indexed(design, &index);
    let found = findings(design, &index, &balance);
    let mut blocks = vec![heading("Findings")];
    if found.is_empty() {
        blocks.push(
            Block {
                height: ROW,
                ..Block::default()
            }
            .text(0.0, 10.5, BODY, "Nothing stands out."),
        );
    }
    for finding in &found {
        let title = format!(
            "{}: {}",
            capitalised(finding.severity.word()),
            finding.message
        );
        blocks.push(entry(&title, &finding.why));
    }
    Section {
        blocks,
        repeat: None,
    }
}

/// One entry of a list (a finding, a decision): its title, then its text
/// below it, indented and weaker, each wrapped to the page.
fn entry(title: &str, text: &str) -> Block {
    let mut block = Block::default();
    let mut y = 11.0;
    for line in wrap(title, 10.5, content_width()) {
        block = block.text(0.0, y, 10.5, line);
        y += 14.0;
    }
    for line in wrap(text, BODY, content_width() - 14.0) {
        block = block.text(14.0, y, BODY, line).weak();
        y += 13.0;
    }
    block.height = y + 4.0;
    block
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The decision log, oldest first: each move (the card, from whom to whom,
/// when, in UTC) and its reason; none when no card has moved.
fn decision_log(design: &Design) -> Option<Section> {
    if design.decisions.is_empty() {
        return None;
    }
    let mut blocks = vec![heading("Decisions")];
    for decision in &design.decisions {
        let title = format!(
            "{} ({})",
            design.decision_line(decision),
            decision.when.strftime("%Y-%m-%d %H:%M UTC")
        );
        let reason = if decision.reason.trim().is_empty() {
            "No reason recorded."
        } else {
            decision.reason.as_str()
        };
        blocks.push(entry(&title, reason));
    }
    Some(Section {
        blocks,
        repeat: None,
    })
}

/// The summary pages of `design` as SVG documents, each
/// [`PAGE_WIDTH`] × [`PAGE_HEIGHT`] points. `first_number` is the page
/// number of the first of them in the handout.
pub fn pages(design: &Design, first_number: usize) -> Vec<String> {
    let mut sections = vec![ownership(design), balance(design), findings_section(design)];
    sections.extend(decision_log(design));
    let pages = paginate(sections);
    let total = first_number + pages.len() - 1;
    pages
        .iter()
        .enumerate()
        .map(|(i, blocks)| page_svg(design, blocks, first_number + i, total))
        .collect()
}

fn page_svg(design: &Design, blocks: &[(f32, Block)], number: usize, total: usize) -> String {
    let mut out = String::with_capacity(200 * blocks.len() + 1024);
    let _ = writeln!(out, "{}", svg_open(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
    let _ = writeln!(
        out,
        r##"<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>"##,
        num(PAGE_WIDTH),
        num(PAGE_HEIGHT)
    );
    for (top, block) in blocks {
        for p in &block.pieces {
            let anchor = if p.end { r#" text-anchor="end""# } else { "" };
            let _ = writeln!(
                out,
                r#"<text x="{}" y="{}" font-size="{}" fill="{}"{anchor}>{}</text>"#,
                num(PAGE_MARGIN + p.x),
                num(top + p.baseline),
                num(p.size),
                p.fill,
                escape(&p.content)
            );
        }
        if block.rule {
            let y = top + block.height;
            let _ = writeln!(
                out,
                r##"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="#9aa1ab" stroke-width="0.6"/>"##,
                num(PAGE_MARGIN),
                num(PAGE_WIDTH - PAGE_MARGIN),
                y = num(y - 2.0)
            );
        }
    }
    let footer = labelled(
        &design.name,
        &format!("page {number} of {total}"),
        8.0,
        content_width(),
    );
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="8" fill="{WEAK}" text-anchor="middle">{}</text>"#,
        num(PAGE_WIDTH / 2.0),
        num(PAGE_HEIGHT - PAGE_MARGIN / 2.0),
        escape(&footer)
    );
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_table_goes_on_over_pages_with_its_header() {
        let mut design = crate::templates::default_design();
        let first = design.responsibilities[0].clone();
        for i in 0..200 {
            let mut r = first.clone();
            r.id.0 = format!("copy-{i}");
            r.name = format!("Copy {i}");
            design.responsibilities.push(r);
        }
        let pages = pages(&design, 2);
        assert!(pages.len() >= 4, "{}", pages.len());
        for page in &pages[1..3] {
            assert!(page.contains(">Responsibility<"), "header repeated");
        }
        assert!(pages[0].contains(&format!("page 2 of {}", pages.len() + 1)));
    }
}
