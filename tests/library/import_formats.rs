//! Import: files as spreadsheets write them. Separators (comma, semicolon,
//! tab, an Excel `sep=` line), numbers with decimal commas or points and
//! thousands separators (read as the column writes them; a number that
//! could be read two ways is an error that says both), and the
//! `deliberate` column.

use remit::import::{self, ImportOptions};
use remit::model::Design;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/import")
        .join(name);
    remit::file::decode(&std::fs::read(path).unwrap())
        .unwrap()
        .into_owned()
}

#[test]
fn a_german_excel_file_reads_with_its_sep_line_and_decimal_commas() {
    let preview = import::preview(&fixture("german-semicolons.csv"), &Design::empty("t"));
    assert_eq!(preview.errors, []);
    assert_eq!(preview.separator, b';');
    let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [18_400.0, 21.5, 437.5]);
    let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
    assert_eq!(shares, [0.1, 0.625, 0.2]);
    // Commas inside cells are not the separator here.
    assert_eq!(preview.rows[0].notes, "MaRisk, DORA");
    // Without the sep= line, the semicolons are found all the same.
    let text = fixture("german-semicolons.csv");
    let without = text.split_once('\n').unwrap().1;
    let again = import::preview(without, &Design::empty("t"));
    assert_eq!(
        again.rows,
        preview
            .rows
            .iter()
            .map(|r| remit::import::ImportRow {
                line: r.line - 1,
                ..r.clone()
            })
            .collect::<Vec<_>>()
    );
}

#[test]
fn tab_separated_text_reads_with_quotes_and_other_scripts() {
    let preview = import::preview(&fixture("tabs.txt"), &Design::empty("t"));
    assert_eq!(preview.errors, []);
    assert_eq!(preview.separator, b'\t');
    assert_eq!(preview.rows.len(), 3);
    assert_eq!(preview.rows[0].notes, "called \"Kaito Pass\" in stores");
    assert_eq!(preview.rows[1].name, "店舗システム（全店共通）");
    assert_eq!(preview.rows[0].external_share, 0.55);
    assert_eq!(
        preview.ignored_columns,
        ["Ext. share (could be the facing)"]
    );
}

#[test]
fn a_comma_that_could_be_decimal_or_thousands_is_an_error_unless_the_file_says() {
    let design = Design::empty("t");
    // Alone, "1,000" could be 1 or 1000: an error on its line, saying both.
    let preview = import::preview("name,size\nA,2\nB,\"1,000\"\n", &design);
    assert_eq!(preview.errors.len(), 1, "{:?}", preview.errors);
    assert_eq!(preview.errors[0].line, 3);
    let why = &preview.errors[0].why;
    assert!(
        why.contains("\"1,000\"") && why.contains(" 1 ") && why.contains("1000"),
        "{why}"
    );
    // The column's other numbers say it: decimal points, so a thousand...
    let preview = import::preview("name,size\nA,0.25\nB,\"1,000\"\n", &design);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.rows[1].size, 1000.0);
    // ...decimal commas, so one.
    let preview = import::preview("name,size\nA,\"3,5\"\nB,\"1,000\"\n", &design);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.rows[1].size, 1.0);
    // A semicolon file writes decimal commas: "18.400" is eighteen thousand
    // four hundred, "3,5" three and a half.
    let preview = import::preview("name;size\nA;18.400\nB;3,5\nC;1,000\n", &design);
    assert_eq!(preview.errors, []);
    let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [18_400.0, 3.5, 1.0]);
    // A facing column says it the same way.
    let preview = import::preview("name,facing\nA,\"0,125\"\n", &design);
    assert_eq!(
        preview.rows[0].external_share, 0.125,
        "{:?}",
        preview.errors
    );
}

#[test]
fn the_deliberate_column_reads_the_usual_yes_and_no() {
    let design = Design::empty("t");
    let text = "name,deliberate\nA,yes\nB,no\nC,TRUE\nD,0\nE,x\nF,\nG,maybe\n";
    let preview = import::preview(text, &design);
    let marks: Vec<bool> = preview.rows.iter().map(|r| r.deliberate).collect();
    assert_eq!(marks, [true, false, true, false, true, false]);
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 8);
    assert!(preview.errors[0].why.contains("\"maybe\""));
    let back = import::apply(&design, &preview, &ImportOptions::default()).unwrap();
    assert!(back.responsibilities[0].deliberate);
    assert!(!back.responsibilities[1].deliberate);
}
