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
use super::svg::{escape, num};
use super::table::{self, UNASSIGNED};
use crate::chart::estimated_measure;
use crate::model::clarity::Grade;
use crate::model::format::{percent, size as format_size};
use crate::model::{Design, DesignBalance, DesignClarity, Index, findings};

/// Text size of table cells and body text.
pub(super) const BODY: f32 = 9.5;
/// From one line of a table cell to the next.
const CELL_LINE: f32 = 11.5;
/// The first line's baseline, from the row's top.
const CELL_BASELINE: f32 = 10.5;
/// Room kept between two columns.
const CELL_GAP: f32 = 6.0;

/// A column of a table: where it starts, how wide it is, whether numbers
/// (right-aligned).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    /// Where it starts, from the content's left edge.
    pub x: f32,
    /// How wide it is, the gap to the next column included.
    pub w: f32,
    /// Whether it holds numbers, right-aligned.
    pub numeric: bool,
}

/// The widest part of `text` at `size` that a line cannot break: a word,
/// or in Chinese and Japanese (written without spaces) a character.
fn widest_word(text: &str, size: f32) -> f32 {
    use unicode_width::UnicodeWidthChar as _;
    text.split(|c: char| c.is_whitespace() || c.width() == Some(2))
        .map(|w| estimated_measure(w, size))
        .fold(size, f32::max)
}

/// Columns for a table of `cells` (the header row first) within `width`,
/// each given the room its content needs: where everything fits on one
/// line, every column is as wide as its longest cell (and what is left
/// goes to the first); otherwise each column keeps at least its longest
/// word, and the rest of the width goes first to the columns that need
/// least more to fit on one line, the longest texts sharing what is left
/// and wrapping. An empty column takes no more than its header's longest
/// word.
pub fn fit_columns(cells: &[Vec<String>], numeric: &[bool], width: f32, size: f32) -> Vec<Column> {
    let n = numeric.len();
    let mut natural = vec![0.0f32; n];
    let mut least = vec![0.0f32; n];
    for (r, row) in cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate().take(n) {
            let whole = estimated_measure(cell, size);
            let word = widest_word(cell, size);
            // A header may wrap between its words; a number may not.
            let least_here = if numeric[c] && r > 0 { whole } else { word };
            natural[c] = natural[c].max(whole);
            least[c] = least[c].max(least_here);
        }
    }
    let natural: Vec<f32> = natural.iter().map(|w| w + CELL_GAP).collect();
    let least: Vec<f32> = least.iter().map(|w| w + CELL_GAP).collect();
    let total: f32 = natural.iter().sum();
    let floor: f32 = least.iter().sum();
    let widths: Vec<f32> = if total <= width {
        let mut widths = natural;
        if let Some(first) = widths.first_mut() {
            *first += width - total;
        }
        widths
    } else if floor <= width {
        // What is left past each column's longest word is shared so that
        // the columns that need least get all they need (a title, a list
        // of roles stays on one line) and the longest texts share the
        // rest equally and wrap.
        let mut widths = least.clone();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| (natural[a] - least[a]).total_cmp(&(natural[b] - least[b])));
        let mut extra = width - floor;
        for (k, &c) in order.iter().enumerate() {
            let share = extra / (n - k) as f32;
            let give = (natural[c] - least[c]).min(share);
            widths[c] += give;
            extra -= give;
        }
        widths
    } else {
        least.iter().map(|b| b * width / floor).collect()
    };
    let mut x = 0.0;
    widths
        .into_iter()
        .zip(numeric)
        .map(|(w, &numeric)| {
            let column = Column { x, w, numeric };
            x += w;
            column
        })
        .collect()
}

/// One row of a table: each cell wrapped to its column (never cut), the
/// row as tall as its tallest cell.
fn table_row(columns: &[Column], cells: &[String], size: f32, header: bool) -> Block {
    let mut block = Block {
        rule: header,
        ..Block::default()
    };
    let mut most = 1usize;
    for (column, cell) in columns.iter().zip(cells) {
        // A hair over the room, so that a cell measured to fit its column
        // exactly is not wrapped by rounding.
        let lines = wrap(cell, size, (column.w - CELL_GAP).max(size) + 0.01);
        most = most.max(lines.len());
        for (k, line) in lines.into_iter().enumerate() {
            let baseline = CELL_BASELINE + k as f32 * CELL_LINE;
            block = if column.numeric {
                block
                    .text(column.x + column.w - CELL_GAP, baseline, size, line)
                    .right_aligned()
            } else {
                block.text(column.x, baseline, size, line)
            };
            if header {
                block = block.weak();
            }
        }
    }
    block.height = ROW + (most - 1) as f32 * CELL_LINE;
    block
}

/// A table's header block and its rows' blocks, the columns fitted to
/// their content within the page.
pub(super) fn table(
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    numeric: &[bool],
) -> (Block, Vec<Block>) {
    let mut cells = Vec::with_capacity(rows.len() + 1);
    cells.push(header);
    cells.extend(rows);
    let columns = fit_columns(&cells, numeric, content_width(), BODY);
    let mut blocks = cells
        .iter()
        .enumerate()
        .map(|(r, row)| table_row(&columns, row, BODY, r == 0));
    let header = blocks.next().unwrap_or_default();
    (header, blocks.collect())
}

pub(super) fn heading(text: &str) -> Block {
    Block {
        height: 30.0,
        ..Block::default()
    }
    .text(0.0, 22.0, 15.0, text)
}

/// A heading within a section, smaller than [`heading`].
pub(super) fn subheading(text: &str) -> Block {
    Block {
        height: 24.0,
        ..Block::default()
    }
    .text(0.0, 17.0, 12.0, text)
}

fn content_width() -> f32 {
    PAGE_WIDTH - 2.0 * PAGE_MARGIN
}

/// The ownership table: one row per responsibility.
fn ownership(design: &Design) -> Section {
    let header = [
        "Responsibility",
        "Owner (A)",
        "Responsible",
        "Consulted",
        "Informed",
        "External",
        "Size",
    ]
    .map(String::from)
    .to_vec();
    let join = |names: &[String]| names.join(", ");
    let rows: Vec<Vec<String>> = table::rows(design)
        .into_iter()
        .map(|row| {
            let owner = if row.owner.is_empty() {
                UNASSIGNED.to_owned()
            } else {
                row.owner.clone()
            };
            vec![
                row.name,
                owner,
                join(&row.responsible),
                join(&row.consulted),
                join(&row.informed),
                format!("{} ({})", row.facing_percent, row.facing_word),
                row.size,
            ]
        })
        .collect();
    let numeric = [false, false, false, false, false, true, true];
    let (header, rows) = table(header, rows, &numeric);
    let mut blocks = vec![heading("Who owns what"), header.clone()];
    blocks.extend(rows);
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
    let clarity = DesignClarity::of_indexed(design, &index);
    let header = vec![
        "Executive".to_owned(),
        "Internal".to_owned(),
        "External".to_owned(),
        format!("Size ({})", design.size_unit),
        "Items".to_owned(),
        "Of total".to_owned(),
        "Clarity".to_owned(),
    ];
    let organisation = balance.organisation;
    let line = |name: String, b: crate::model::Balance, grade: Grade| {
        vec![
            name,
            percent(b.internal_percent()),
            percent(b.external_percent()),
            format_size(b.size),
            b.count.to_string(),
            percent(b.percent_of(&organisation)),
            grade.short(),
        ]
    };
    let mut rows: Vec<Vec<String>> = design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let name = table::described(e);
            line(name, balance.executive_at(i), clarity.grade_at(i))
        })
        .collect();
    rows.push(line(
        UNASSIGNED.to_owned(),
        balance.unassigned,
        Grade::Nothing,
    ));
    rows.push(line(
        "Organisation".to_owned(),
        organisation,
        clarity.overall_grade(),
    ));
    let numeric = [false, true, true, true, true, true, true];
    let (header, rows) = table(header, rows, &numeric);
    let mut blocks = vec![heading("Balance and clarity"), header.clone()];
    blocks.extend(rows);
    // What the score means, wrapped to the page under the table.
    let mut meaning = Block::default();
    let mut y = 18.0;
    for line in wrap(crate::model::clarity::MEANING, BODY, content_width()) {
        meaning = meaning.text(0.0, y, BODY, line).weak();
        y += 13.0;
    }
    meaning.height = (y + 4.0).max(2.0 * ROW);
    blocks.push(meaning);
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
pub(super) fn entry(title: &str, text: &str) -> Block {
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

/// The summary pages of `design`, each a list of blocks and where each
/// block's top goes.
pub fn layout(design: &Design) -> Vec<Vec<(f32, Block)>> {
    layout_with(design, Vec::new())
}

/// Like [`layout`], with `more` sections after the summary's own (the
/// options compared, see [`super::options_compared`]).
pub fn layout_with(design: &Design, more: Vec<Section>) -> Vec<Vec<(f32, Block)>> {
    let mut sections = vec![ownership(design), balance(design), findings_section(design)];
    sections.extend(decision_log(design));
    sections.extend(more);
    paginate(sections)
}

/// The summary pages of `design` as SVG documents, each
/// [`PAGE_WIDTH`] × [`PAGE_HEIGHT`] points. `first_number` is the page
/// number of the first of them in the handout.
pub fn pages(design: &Design, first_number: usize) -> Vec<String> {
    let pages = layout(design);
    let total = first_number + pages.len() - 1;
    pages
        .iter()
        .enumerate()
        .map(|(i, blocks)| page_svg(design, blocks, first_number + i, total))
        .collect()
}

/// One thing drawn on a summary page, in the page's points.
pub enum Mark<'a> {
    /// A line of text.
    Text {
        /// Where it starts (or ends, if `end`).
        x: f32,
        /// Its baseline.
        y: f32,
        /// Its size.
        size: f32,
        /// Its colour, `#rrggbb`.
        fill: &'static str,
        /// Where `x` is: its start, middle or end.
        anchor: super::pdf_draw::Anchor,
        /// The text.
        content: &'a str,
    },
    /// A rule across the page under a table's header.
    Rule {
        /// Its height on the page.
        y: f32,
    },
}

/// Everything a summary page draws, in order: its blocks, then its number.
pub fn marks(
    design: &Design,
    blocks: &[(f32, Block)],
    number: usize,
    total: usize,
    mut out: impl FnMut(Mark<'_>),
) {
    use super::pdf_draw::Anchor;
    for (top, block) in blocks {
        for p in &block.pieces {
            out(Mark::Text {
                x: PAGE_MARGIN + p.x,
                y: top + p.baseline,
                size: p.size,
                fill: p.fill,
                anchor: if p.end { Anchor::End } else { Anchor::Start },
                content: &p.content,
            });
        }
        if block.rule {
            out(Mark::Rule {
                y: top + block.height - 2.0,
            });
        }
    }
    let footer = labelled(
        &design.name,
        &format!("page {number} of {total}"),
        8.0,
        content_width(),
    );
    out(Mark::Text {
        x: PAGE_WIDTH / 2.0,
        y: PAGE_HEIGHT - PAGE_MARGIN / 2.0,
        size: 8.0,
        fill: WEAK,
        anchor: Anchor::Middle,
        content: &footer,
    });
}

/// The colour of the rule under a table's header.
pub const RULE: &str = "#9aa1ab";

fn page_svg(design: &Design, blocks: &[(f32, Block)], number: usize, total: usize) -> String {
    use super::pdf_draw::Anchor;
    let mut out = String::with_capacity(200 * blocks.len() + 1024);
    let _ = writeln!(out, "{}", svg_open(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
    let _ = writeln!(
        out,
        r##"<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>"##,
        num(PAGE_WIDTH),
        num(PAGE_HEIGHT)
    );
    marks(design, blocks, number, total, |mark| match mark {
        Mark::Text {
            x,
            y,
            size,
            fill,
            anchor,
            content,
        } => {
            let anchor = match anchor {
                Anchor::Start => "",
                Anchor::Middle => r#" text-anchor="middle""#,
                Anchor::End => r#" text-anchor="end""#,
            };
            let _ = writeln!(
                out,
                r#"<text x="{}" y="{}" font-size="{}" fill="{fill}"{anchor}>{}</text>"#,
                num(x),
                num(y),
                num(size),
                escape(content)
            );
        }
        Mark::Rule { y } => {
            let _ = writeln!(
                out,
                r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{RULE}" stroke-width="0.6"/>"#,
                num(PAGE_MARGIN),
                num(PAGE_WIDTH - PAGE_MARGIN),
                y = num(y)
            );
        }
    });
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

    #[test]
    fn columns_get_the_room_their_content_needs() {
        let row = |cells: [&str; 4]| cells.map(String::from).to_vec();
        let cells = vec![
            row(["Responsibility", "Owner (A)", "Informed", "Size"]),
            row([
                "Change management & internal communication",
                "Chief Digital Officer",
                "",
                "12",
            ]),
            row(["PMO", "CIO", "", "3"]),
        ];
        let numeric = [false, false, false, true];
        // Room for everything on one line: each as wide as its content,
        // the empty column only as wide as its header.
        let wide = fit_columns(&cells, &numeric, 515.0, BODY);
        let need = |text: &str| estimated_measure(text, BODY) + CELL_GAP;
        assert!(wide[1].w >= need("Chief Digital Officer") - 0.01);
        assert!((wide[2].w - need("Informed")).abs() < 0.01, "{:?}", wide[2]);
        assert!(wide[0].w >= need("Change management & internal communication") - 0.01);
        // Less room: the long name wraps, nothing is narrower than its
        // longest word, the numbers keep theirs.
        let narrow = fit_columns(&cells, &numeric, 240.0, BODY);
        assert!(narrow[0].w < need("Change management & internal communication"));
        assert!(narrow[0].w >= need("communication") - 0.01);
        assert!(narrow[1].w >= need("Digital") - 0.01);
        assert!((narrow[3].w - need("Size")).abs() < 0.01);
        let total: f32 = narrow.iter().map(|c| c.w).sum();
        assert!((total - 240.0).abs() < 0.01, "{total}");
        // A wrapped row is taller and keeps every word.
        let block = table_row(&narrow, &cells[1], BODY, false);
        assert!(block.height > ROW);
        let words: Vec<&str> = block.pieces.iter().map(|p| p.content.as_str()).collect();
        assert!(
            words.join(" ").contains("internal communication"),
            "{words:?}"
        );
    }
}
