//! The SVG, CSV and Markdown exports, read back and compared with the
//! design.

use remit::export::{self, CsvTable, Format, Options};
use remit::model::{Design, DesignBalance, DesignClarity, Index, findings};
use resvg::usvg::roxmltree;

use super::sample;

fn svg_text(design: &Design) -> String {
    String::from_utf8(export::render(design, Format::Svg, &Options::default()).unwrap()).unwrap()
}

/// Every `<text>` and `<title>` of an element, unescaped, from the XML.
fn texts(node: roxmltree::Node<'_, '_>) -> Vec<String> {
    node.descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect()
}

#[test]
fn the_svg_names_every_card_and_executive_with_the_panel_percentages() {
    let design = sample();
    let svg = svg_text(&design);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let all = texts(doc.root());
    for item in &design.responsibilities {
        assert!(
            all.contains(&item.name),
            "card {:?} is in the SVG",
            item.name
        );
    }
    let balance = DesignBalance::of(&design);
    let groups: Vec<roxmltree::Node<'_, '_>> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("executive"))
        .collect();
    assert_eq!(groups.len(), design.executives.len());
    for (i, (e, group)) in design.executives.iter().zip(&groups).enumerate() {
        assert_eq!(group.attribute("data-id"), Some(e.id.as_str()));
        let inside = texts(*group);
        assert!(inside.contains(&e.short_title), "{inside:?}");
        assert!(inside.contains(&e.full_title), "{inside:?}");
        let b = balance.executive_at(i);
        let figures = match (b.internal_percent(), b.external_percent()) {
            (Some(int), Some(ext)) => format!("internal {int}% · external {ext}%"),
            _ => "No responsibilities yet".to_owned(),
        };
        assert!(
            inside.contains(&figures),
            "{} shows {figures}: {inside:?}",
            e.short_title
        );
        // The box is drawn in the executive's colour.
        let colour = e.colour.to_hex();
        assert!(
            group
                .descendants()
                .any(|n| n.attribute("stroke") == Some(&colour))
        );
    }
    // Each owned card sits in its owner's group.
    for item in &design.responsibilities {
        let Some(owner) = &item.owner else { continue };
        let i = design
            .executives
            .iter()
            .position(|e| &e.id == owner)
            .unwrap();
        assert!(texts(groups[i]).contains(&item.name), "{}", item.name);
    }
    assert!(
        all.contains(&"Acme & Co <2027>".to_owned()),
        "the name, unescaped"
    );
}

#[test]
fn the_svg_has_one_connector_per_line() {
    let mut design = sample();
    let count = |svg: &str, class: &str| {
        let doc = roxmltree::Document::parse(svg).unwrap();
        doc.descendants()
            .filter(|n| n.attribute("class") == Some(class))
            .count()
    };
    let svg = svg_text(&design);
    // CIO and CTO to the CEO, the CISO to the CIO; one dotted line.
    assert_eq!(count(&svg, "reports-to"), 3);
    assert_eq!(count(&svg, "dotted-line"), 1);
    design.executives[1].reports_to = remit::model::ReportsTo::Outside("CFO".into());
    design.dotted_lines.clear();
    let svg = svg_text(&design);
    assert_eq!(
        count(&svg, "reports-to"),
        2,
        "no line to a role off the chart"
    );
    assert_eq!(count(&svg, "dotted-line"), 0);
}

#[test]
fn the_svg_parses_with_the_shipped_font_and_is_the_same_every_time() {
    let design = sample();
    let svg = svg_text(&design);
    let tree = remit::export::font::parse(&svg).expect("usvg reads it");
    assert!(tree.size().width() > 600.0 && tree.size().height() > 300.0);
    assert_eq!(svg, svg_text(&design.clone()));
}

/// Splits a `"a","b"` CSV line (no quotes inside fields) for checking.
fn cells(line: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_ownership_csv_is_the_design_row_for_row() {
    let design = sample();
    let bytes = export::render(&design, Format::Csv, &Options::default()).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark first");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "name",
            "description",
            "kind",
            "owner",
            "facing",
            "size",
            "responsible",
            "consulted",
            "informed",
            "notes",
            "deliberate"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), design.responsibilities.len());
    for (row, item) in rows.iter().zip(&design.responsibilities) {
        assert_eq!(&row[0], item.id.as_str());
        assert_eq!(&row[1], item.name);
        assert_eq!(&row[2], item.description);
        let owner = item
            .owner
            .as_ref()
            .and_then(|o| design.executive(o))
            .map_or("", |e| e.short_title.as_str());
        assert_eq!(&row[3], item.kind.label());
        assert_eq!(&row[4], owner);
        assert_eq!(row[5].parse::<f64>().unwrap(), item.external_share);
        assert_eq!(row[6].parse::<f64>().unwrap(), item.size);
        assert_eq!(&row[10], item.notes);
        assert_eq!(&row[11], if item.deliberate { "yes" } else { "no" });
    }
    let security = rows.iter().find(|r| &r[0] == "security").unwrap();
    assert_eq!(&security[3], "Security", "the kind of work, by its label");
    assert_eq!(&security[4], "CISO");
    assert_eq!(&security[8], "CTO");
    // Every field quoted, lines ended by CR LF.
    let first_data_line = text.lines().nth(1).unwrap();
    assert!(
        first_data_line.starts_with("\"infrastructure\",\"Infrastructure\""),
        "{first_data_line}"
    );
    assert!(text.contains("\r\n"));
    assert_eq!(cells(first_data_line)[0], "infrastructure");
}

#[test]
fn the_matrix_csv_has_a_column_per_executive_and_one_letter_per_cell() {
    let design = sample();
    let options = Options {
        csv_table: CsvTable::Matrix,
        ..Options::default()
    };
    let text = String::from_utf8(export::render(&design, Format::Csv, &options).unwrap()).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, ["id", "responsibility", "CIO", "CTO", "CISO"]);
    for (row, item) in reader
        .records()
        .map(Result::unwrap)
        .zip(&design.responsibilities)
    {
        for (k, e) in design.executives.iter().enumerate() {
            let expected = if item.owner.as_ref() == Some(&e.id) {
                "A".to_owned()
            } else {
                item.roles
                    .get(&e.id)
                    .map(|r| r.letter().to_string())
                    .unwrap_or_default()
            };
            assert_eq!(&row[2 + k], expected, "{} for {}", item.name, e.short_title);
        }
    }
}

#[test]
fn the_markdown_holds_the_table_the_balance_the_clarity_and_the_findings() {
    let design = sample();
    let md =
        String::from_utf8(export::render(&design, Format::Markdown, &Options::default()).unwrap())
            .unwrap();
    assert!(md.starts_with("# Acme & Co \\<2027\\>\n"), "{md}");
    let table_rows = md.lines().filter(|l| l.starts_with("| ")).count();
    // Two headers, a row per card, a row per executive, tray and organisation.
    assert_eq!(
        table_rows,
        2 + design.responsibilities.len() + design.executives.len() + 2
    );
    assert!(
        md.contains("| Information security | CISO |  | CTO |  | 40% (mixed) | 3 |"),
        "{md}"
    );
    let index = Index::of(&design);
    let balance = DesignBalance::of(&design);
    let clarity = DesignClarity::of(&design);
    for (i, e) in design.executives.iter().enumerate() {
        let b = balance.executive_at(i);
        let line = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} (", e.short_title)))
            .unwrap();
        let percent = |p: Option<u32>| p.map_or("–".to_owned(), |p| format!("{p}%"));
        assert!(
            line.contains(&format!(
                "| {} | {} |",
                percent(b.internal_percent()),
                percent(b.external_percent())
            )),
            "{line}"
        );
        let score = clarity.grade_at(i).short();
        assert!(line.ends_with(&format!("| {score} |")), "{line}");
    }
    let found = findings(&design, &index, &balance);
    assert!(!found.is_empty());
    for f in &found {
        assert!(
            md.contains(&remit::export::markdown::escape(&f.message)),
            "{}",
            f.message
        );
        assert!(
            md.contains(&remit::export::markdown::escape(&f.why)),
            "{}",
            f.why
        );
    }
}
