//! Import: every row and every error is named by the line it starts on,
//! counted from the file's own line breaks (`\n`, `\r\n`, a lone `\r`),
//! blank lines included, a cell over several lines counted where it
//! starts; with a byte-order mark, a `sep=` line, or neither.

use remit::import::{self, ImportPreview};
use remit::model::Design;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/import")
        .join(name);
    let bytes = std::fs::read(path).unwrap();
    remit::file::decode(&bytes).unwrap().into_owned()
}

fn lines(preview: &ImportPreview) -> (Vec<u64>, Vec<u64>) {
    (
        preview.rows.iter().map(|r| r.line).collect(),
        preview.errors.iter().map(|e| e.line).collect(),
    )
}

#[test]
fn an_excel_file_with_crlf_blank_lines_and_a_two_line_cell_names_true_lines() {
    let preview = import::preview(&fixture("excel-crlf.csv"), &Design::empty("t"));
    // Header 1, Payroll 2, blank 3, Mobile app 4-5, Website 6, blank 7-8,
    // Broken row 9.
    assert_eq!(lines(&preview), (vec![2, 4, 6], vec![9]));
    assert!(
        preview.errors[0].why.contains("\"lots\""),
        "{}",
        preview.errors[0].why
    );
    assert_eq!(preview.rows[1].notes, "Two lines:\nsecond line");
    assert_eq!(preview.rows[1].size, 3.5);
}

#[test]
fn lines_hold_for_every_kind_of_line_break() {
    let design = Design::empty("t");
    for (breaks, what) in [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")] {
        let text = [
            "name,size,notes",
            "A,1,",
            "",
            "B,1,\"two",
            "lines\"",
            "",
            "D,x,",
            "E,1,",
            "",
        ]
        .join(breaks);
        let preview = import::preview(&text, &design);
        assert_eq!(lines(&preview), (vec![2, 4, 8], vec![7]), "{what}");
    }
    // Mixed in one file, as files edited on two systems are.
    let text = "name,size\r\nA,1\rB,1\n\r\nC,x\r\n";
    assert_eq!(
        lines(&import::preview(text, &design)),
        (vec![2, 3], vec![5])
    );
    let text = "\u{feff}\r\n\r\nname,size\r\nA,x\r\n";
    assert_eq!(lines(&import::preview(text, &design)), (vec![], vec![4]));
}

#[test]
fn a_sep_line_and_a_lone_cr_file_count_from_the_first_line() {
    let preview = import::preview(&fixture("german-semicolons.csv"), &Design::empty("t"));
    assert_eq!(lines(&preview), (vec![3, 4, 5], vec![]));
    let raw = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files/import/lone-cr.csv"),
    )
    .unwrap();
    assert_eq!(
        lines(&import::preview(&raw, &Design::empty("t"))),
        (vec![2], vec![4])
    );
}

#[test]
fn a_header_error_is_on_the_header_line() {
    let preview = import::preview("\n\nowner;size\nCIO;3\n", &Design::empty("t"));
    assert_eq!(lines(&preview), (vec![], vec![3]));
    assert!(
        preview.errors[0].why.contains("semicolon-separated"),
        "{}",
        preview.errors[0].why
    );
}
