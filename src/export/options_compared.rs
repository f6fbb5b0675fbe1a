//! "Options compared": what the handouts say of a design with several
//! options (see [`crate::model::Options`]). Each option after the first is
//! set against the first ("As is"): each executive's and the
//! organisation's external-facing share and clarity in both with the
//! difference, then the change list with the reasons for the moves (see
//! [`crate::model::compare::summary`]). As pages of the PDF handout
//! ([`sections`]), a part of the Markdown summary ([`markdown`]), and the
//! change list alone as CSV ([`changes_csv`]), whose columns `remit diff`
//! and `remit compare` print too.

use std::fmt::Write as _;

use super::ExportError;
use super::blocks::{Block, ROW, Section};
use super::markdown::escape;
use super::pages::{BODY, entry, heading, subheading, table};
use crate::import::text::to_cell;
use crate::model::compare::summary::{SideBySide, signed};
use crate::model::compare::{Change, Comparison, changes};
use crate::model::format::percent;
use crate::model::{Design, Options};

/// The columns of the change list as CSV, in order.
pub const CHANGE_HEADER: [&str; 5] = ["kind", "item", "from", "to", "reason"];

/// One change as the cells under [`CHANGE_HEADER`]: its kind's code
/// (`card-moved`), the item (for a role, the card and the executive), the
/// values before and after in words, the reason for a move.
pub fn change_cells(change: &Change) -> [String; 5] {
    [
        change.kind.code().to_owned(),
        change.item_label(),
        change.from.clone(),
        change.to.clone(),
        change.reason.clone(),
    ]
}

/// The design of option `i`, titled with the option's name when there is
/// more than one option ("Acme 2027 — Option A"), so that a handout or
/// report says which it shows.
pub fn titled(options: &Options, i: usize) -> Design {
    let mut design = options.design(i).clone();
    if options.len() > 1 {
        design.name = format!("{} — {}", design.name, options.name(i));
    }
    design
}

/// An option set against the first.
pub struct Compared {
    /// The first option's name.
    pub from: String,
    /// This option's name.
    pub to: String,
    /// What differs between them.
    pub comparison: Comparison,
}

/// Each option after the first against the first; empty for one option.
pub fn against_first(options: &Options) -> Vec<Compared> {
    (1..options.len())
        .map(|i| Compared {
            from: options.name(0).to_owned(),
            to: options.name(i).to_owned(),
            comparison: Comparison::of(options.first(), options.design(i)),
        })
        .collect()
}

/// The option the change list of a design with options is about: the one
/// `shown`, against the first; when that is the first, the second.
pub fn pair(options: &Options, shown: usize) -> Option<(usize, usize)> {
    match (options.len(), shown) {
        (0 | 1, _) => None,
        (_, 0) => Some((0, 1)),
        (n, i) => Some((0, i.min(n - 1))),
    }
}

/// The change list as CSV, as the other CSV exports are written (UTF-8
/// with a byte-order mark, every field quoted, CR LF, a formula-like cell
/// written with a `'` before it).
pub fn changes_csv(from: &Design, to: &Design) -> Result<String, ExportError> {
    let mut writer = super::csv::writer();
    let fail = |e: csv::Error| ExportError::Render(e.to_string());
    writer.write_record(CHANGE_HEADER).map_err(fail)?;
    for change in changes(from, to) {
        writer
            .write_record(change_cells(&change).map(|c| to_cell(&c).into_owned()))
            .map_err(fail)?;
    }
    super::csv::finish(writer)
}

/// A figure, or "–" where the option has none.
fn score(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// The cells of one row of the figures table: who, then external share and
/// clarity in both options, each with the difference.
fn figures(row: &SideBySide) -> Vec<String> {
    vec![
        row.label.clone(),
        percent(row.external_before),
        percent(row.external_after),
        signed(row.external_delta()),
        score(row.clarity_before),
        score(row.clarity_after),
        signed(row.clarity_delta()),
    ]
}

fn header(compared: &Compared) -> Vec<String> {
    vec![
        "Executive".to_owned(),
        format!("External, {}", compared.from),
        format!("External, {}", compared.to),
        "Difference".to_owned(),
        format!("Clarity, {}", compared.from),
        format!("Clarity, {}", compared.to),
        "Difference".to_owned(),
    ]
}

fn line(text: &str) -> Block {
    Block {
        height: ROW,
        ..Block::default()
    }
    .text(0.0, 10.5, BODY, text)
}

/// The handout's "Options compared" pages: per option after the first, a
/// table of the figures and the change list; none for one option.
pub fn sections(options: &Options) -> Vec<Section> {
    let list = against_first(options);
    let mut out = Vec::with_capacity(2 * list.len());
    for (k, compared) in list.iter().enumerate() {
        let mut blocks = Vec::new();
        if k == 0 {
            blocks.push(heading("Options compared"));
        }
        blocks.push(subheading(&format!(
            "“{}” against “{}”",
            compared.to, compared.from
        )));
        let rows = compared.comparison.rows.iter().map(figures).collect();
        let numeric = [false, true, true, true, true, true, true];
        let (head, rows) = table(header(compared), rows, &numeric);
        blocks.push(head.clone());
        blocks.extend(rows);
        out.push(Section {
            blocks,
            repeat: Some(head),
        });
        let mut blocks = vec![subheading(&format!("What “{}” changes", compared.to))];
        if compared.comparison.changes.is_empty() {
            blocks.push(line("Nothing: the two options are alike."));
        }
        for change in &compared.comparison.changes {
            blocks.push(entry(&change.sentence(), ""));
        }
        out.push(Section {
            blocks,
            repeat: None,
        });
    }
    out
}

/// The Markdown summary's "Options compared" part; empty for one option.
pub fn markdown(options: &Options) -> String {
    let mut out = String::new();
    let list = against_first(options);
    if list.is_empty() {
        return out;
    }
    out.push_str("\n## Options compared\n");
    for compared in &list {
        let _ = writeln!(
            out,
            "\n### “{}” against “{}”\n",
            escape(&compared.to),
            escape(&compared.from)
        );
        let head = header(compared);
        let cells: Vec<String> = head.iter().map(|h| escape(h)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        out.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
        for row in &compared.comparison.rows {
            let cells: Vec<String> = figures(row).iter().map(|c| escape(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        let _ = writeln!(out, "\nWhat “{}” changes:\n", escape(&compared.to));
        if compared.comparison.changes.is_empty() {
            out.push_str("Nothing: the two options are alike.\n");
        }
        for change in &compared.comparison.changes {
            let _ = writeln!(out, "- {}", escape(&change.sentence()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::ChangeKind;

    fn two_options() -> Options {
        let first = crate::templates::default_design();
        let mut second = first.clone();
        if let Some(card) = second.responsibilities.first_mut() {
            card.name = "Data, \"analytics\"".into();
        }
        Options::from_list(vec![("As is".into(), first), ("Option A".into(), second)])
            .expect("two options")
    }

    #[test]
    fn the_change_list_is_quoted_for_a_spreadsheet() {
        let options = two_options();
        let text = changes_csv(options.first(), options.design(1)).expect("CSV");
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(header, CHANGE_HEADER);
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], ChangeKind::CardRenamed.code());
        assert_eq!(&rows[0][3], "Data, \"analytics\"");
    }

    #[test]
    fn each_option_after_the_first_is_set_against_it() {
        let options = two_options();
        let text = markdown(&options);
        assert!(text.contains("## Options compared"), "{text}");
        assert!(text.contains("### “Option A” against “As is”"), "{text}");
        assert!(text.contains("| Organisation |"), "{text}");
        assert!(markdown(&Options::one(Design::empty("x"))).is_empty());
        assert_eq!(sections(&options).len(), 2);
        assert_eq!(
            titled(&options, 1).name,
            format!("{} — Option A", options.first().name)
        );
        assert_eq!(pair(&options, 0), Some((0, 1)));
        assert_eq!(pair(&options, 1), Some((0, 1)));
    }
}
