//! Import from files as spreadsheet programs write them (fixtures made by
//! `tests/files/import/make_sheets.py` with openpyxl and odfpy, and text
//! saved the way Excel saves it): an Excel workbook with an empty first
//! sheet, a title above the header, percent and date cells and a total
//! row; a sheet chosen by name; errors, formulas without a result and
//! dates where a number belongs, each named by row and cell; an
//! OpenDocument sheet with German headers; Windows-1252 with semicolons
//! (noted), UTF-8 with a byte-order mark, UTF-16 "Unicode Text"; and the
//! progress hook, which can stop a reading.

use std::ops::ControlFlow;
use std::sync::Mutex;

use remit::import::{self, ImportPreview, Progress, Settings, TextEncoding};
use remit::model::Design;

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/import")
        .join(name);
    std::fs::read(path).unwrap()
}

fn read(name: &str, settings: &Settings) -> ImportPreview {
    import::read(
        &fixture(name),
        &Design::empty("t"),
        settings,
        &mut Progress::none(),
    )
    .unwrap()
}

const NAMES: [&str; 5] = [
    "Core banking system (mainframe)",
    "Mobile banking app",
    "Payments (SEPA, instant payments)",
    "Information Security",
    "Anti-money laundering systems",
];

#[test]
fn an_excel_workbook_reads_its_first_sheet_with_anything_in_it() {
    let preview = read("workbook.xlsx", &Settings::default());
    assert_eq!(preview.errors, [], "{:?}", preview.errors);
    assert_eq!(preview.sheet.as_deref(), Some("IT-Verantwortlichkeiten"));
    assert_eq!(
        preview.sheets,
        ["Cover", "IT-Verantwortlichkeiten", "Hinweise", "Broken"]
    );
    assert_eq!(preview.header_line, 3, "below the title and a blank row");
    let names: Vec<&str> = preview.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, NAMES, "the total row is left out");
    let lines: Vec<u64> = preview.rows.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [4, 5, 6, 7, 8],
        "rows as the spreadsheet numbers them"
    );
    let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [62.0, 21.5, 28.0, 12.0, 6.5]);
    let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
    assert_eq!(shares, [0.2, 0.9, 0.625, 0.4, 0.1], "percent cells");
    assert_eq!(
        preview.rows[2].description,
        "Zahlungsverkehr (SEPA, Echtzeitüberweisung)"
    );
    assert_eq!(preview.size_unit.as_deref(), Some("headcount"));
    assert!(
        preview.notes.iter().any(|n| n.contains("row 9")),
        "{:?}",
        preview.notes
    );
    assert!(
        preview
            .ignored_columns
            .iter()
            .any(|c| c.starts_with("Review date")),
        "{:?}",
        preview.ignored_columns
    );
}

#[test]
fn a_chosen_sheet_names_each_bad_cell_by_row_and_column_letter() {
    let settings = Settings {
        sheet: Some("broken".into()),
        ..Settings::default()
    };
    let preview = read("workbook.xlsx", &settings);
    assert_eq!(preview.sheet.as_deref(), Some("Broken"), "any letter case");
    assert_eq!(preview.rows.len(), 1);
    let said: Vec<String> = preview.errors.iter().map(|e| preview.describe(e)).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said[0].starts_with("row 3: ")
            && said[0].contains("#DIV/0!")
            && said[0].ends_with("(cell C3)"),
        "{}",
        said[0]
    );
    assert!(
        said[1].starts_with("row 4: ")
            && said[1].contains("formula")
            && said[1].contains("(cell C4)"),
        "{}",
        said[1]
    );
    assert!(
        said[2].starts_with("row 5: ")
            && said[2].contains("a date (2025-01-02)")
            && said[2].contains("(cell C5)"),
        "{}",
        said[2]
    );
    let missing = Settings {
        sheet: Some("Tabelle1".into()),
        ..Settings::default()
    };
    let preview = read("workbook.xlsx", &missing);
    assert_eq!(preview.errors.len(), 1);
    let why = &preview.errors[0].why;
    assert!(
        why.contains("\"Tabelle1\"") && why.contains("\"Hinweise\""),
        "{why}"
    );
}

#[test]
fn an_opendocument_sheet_with_german_headers_reads() {
    let preview = read("workbook.ods", &Settings::default());
    assert_eq!(preview.errors, [], "{:?}", preview.errors);
    assert_eq!(preview.sheet.as_deref(), Some("Liste"));
    let names: Vec<&str> = preview.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names[1], "Mobile-Banking-App");
    let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [62.0, 21.5, 28.0, 12.0, 6.5]);
    assert_eq!(preview.rows[2].external_share, 0.625);
    assert_eq!(preview.size_unit.as_deref(), Some("FTE"));
    assert_eq!(preview.rows[4].notes, "€ in k");
}

#[test]
fn text_in_each_encoding_excel_writes_reads_the_same_rows() {
    let windows = read("excel-semicolons-1252.csv", &Settings::default());
    assert_eq!(windows.errors, [], "{:?}", windows.errors);
    assert_eq!(windows.encoding, Some(TextEncoding::Windows1252));
    assert_eq!(windows.separator, b';');
    assert!(
        windows.notes[0].contains("Windows-1252"),
        "{:?}",
        windows.notes
    );
    assert_eq!(windows.rows[0].notes, "Ablösung geplant 2026–2029");
    let utf8 = read("excel-utf8-bom.csv", &Settings::default());
    assert_eq!(utf8.encoding, Some(TextEncoding::Utf8Bom));
    let utf16 = read("excel-unicode.txt", &Settings::default());
    assert_eq!(utf16.encoding, Some(TextEncoding::Utf16Le));
    assert_eq!(utf16.separator, b'\t');
    for preview in [&windows, &utf8, &utf16] {
        assert_eq!(preview.errors, []);
        let names: Vec<&str> = preview.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, NAMES);
        let sizes: Vec<f64> = preview.rows.iter().map(|r| r.size).collect();
        assert_eq!(sizes, [62.0, 21.5, 28.0, 12.0, 6.5]);
        let shares: Vec<f64> = preview.rows.iter().map(|r| r.external_share).collect();
        assert_eq!(shares, [0.2, 0.9, 0.625, 0.4, 0.1]);
        assert_eq!(preview.rows[4].notes, "€ in k");
        assert_eq!(
            preview.unknown_titles(),
            ["CIO", "cto", "COO", "CISO", "cfo"]
        );
    }
}

#[test]
fn a_reading_reports_its_progress_and_stops_when_asked() {
    let mut text = String::from("name,size\n");
    for k in 0..5_000 {
        text.push_str(&format!("Card {k},{}\n", 1 + k % 9));
    }
    let seen = Mutex::new(Vec::new());
    let hook = |done: u64, total: u64| {
        seen.lock().unwrap().push((done, total));
        ControlFlow::Continue(())
    };
    let preview = import::read(
        text.as_bytes(),
        &Design::empty("t"),
        &Settings::default(),
        &mut Progress::to(&hook),
    )
    .unwrap();
    assert_eq!(preview.rows.len(), 5_000);
    let seen = seen.into_inner().unwrap();
    assert!(seen.len() > 10, "{} calls", seen.len());
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "only forward");
    let (done, total) = *seen.last().unwrap();
    assert_eq!(done, total);
    assert!(seen.iter().all(|&(d, t)| d <= t));
    // Stopped at the first call after a start: a distinct outcome.
    let calls = Mutex::new(0);
    let stop = |_: u64, _: u64| {
        let mut n = calls.lock().unwrap();
        *n += 1;
        if *n > 2 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let stopped = import::read(
        text.as_bytes(),
        &Design::empty("t"),
        &Settings::default(),
        &mut Progress::to(&stop),
    );
    assert_eq!(stopped, Err(import::Cancelled));
    // The same for a workbook.
    let stopped = import::read(
        &fixture("workbook.xlsx"),
        &Design::empty("t"),
        &Settings::default(),
        &mut Progress::to(&|_, _| ControlFlow::Break(())),
    );
    assert_eq!(stopped, Err(import::Cancelled));
}
