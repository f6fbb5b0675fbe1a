//! Import: hostile sizes stay bounded. A cell of a mebibyte is quoted in a
//! few dozen characters, an unclosed quote is named where it opens and not
//! quoted back whole, a line of a million commas keeps no more cells than
//! the header has, and a flood of bad rows is listed up to a limit and
//! counted after it.

use remit::import::{self, rows::MAX_LISTED_ERRORS, text::QUOTED_CHARS};
use remit::model::Design;

#[test]
fn a_huge_cell_is_quoted_briefly_wherever_it_is() {
    let huge = "W".repeat(1 << 20);
    let design = Design::empty("t");
    for header in [
        "name",
        "owner",
        "facing",
        "size",
        "notes",
        "deliberate",
        "id",
        "consulted",
    ] {
        let text = format!("name,{header}\nA,{huge}\n");
        let text = if header == "name" {
            format!("name\n{huge}\n")
        } else {
            text
        };
        let preview = import::preview(&text, &design);
        assert_eq!(
            preview.errors.len(),
            1,
            "{header}: {} rows",
            preview.rows.len()
        );
        let why = &preview.errors[0].why;
        assert!(why.len() < 300, "{header}: {} bytes", why.len());
        assert!(why.contains(&"W".repeat(QUOTED_CHARS)), "{header}: {why}");
        assert!(
            preview.unknown_owners.iter().all(|u| u.title.len() < 300),
            "{header}"
        );
    }
}

#[test]
fn an_unclosed_quote_is_named_where_it_opens() {
    let text = format!(
        // Line 3 opens it; 10,000 lines of filler, a blank one, and C.
        "name,notes\nA,fine\nB,\"opens here\n{}\nC,more\n",
        "filler line\n".repeat(10_000)
    );
    let preview = import::preview(&text, &Design::empty("t"));
    assert_eq!(preview.rows.len(), 1);
    let error = preview.errors.last().unwrap();
    assert_eq!(error.line, 3);
    assert!(error.why.contains("never closed"), "{}", error.why);
    assert!(error.why.contains("10,003 lines"), "{}", error.why);
    assert!(error.why.len() < 400, "{} bytes", error.why.len());
}

#[test]
fn a_line_of_commas_keeps_only_the_header_s_cells() {
    let text = format!(
        "name,size\nA,1{}\n{}\n",
        ",".repeat(1_000_000),
        ",".repeat(1_000_000)
    );
    let table = import::CsvTable::read(&text).unwrap();
    let records: Vec<import::Record> = table.records(2).map(Result::unwrap).collect();
    assert_eq!(records[1].cells.len(), 2);
    assert_eq!(records[1].more_cells, 1_000_000);
    let preview = import::preview(&text, &Design::empty("t"));
    assert_eq!((preview.rows.len(), preview.errors.len()), (1, 0));
    // As a header it is refused, saying how many columns it has.
    let preview = import::preview(&",".repeat(1_000_000), &Design::empty("t"));
    assert_eq!(preview.errors.len(), 1);
    assert!(
        preview.errors[0].why.contains("1,000,001 columns"),
        "{}",
        preview.errors[0].why
    );
}

#[test]
fn bad_rows_are_listed_up_to_a_limit_and_counted_after_it() {
    let mut text = String::from("name,size\n");
    for _ in 0..MAX_LISTED_ERRORS + 500 {
        text.push_str("A,lots\n");
    }
    let preview = import::preview(&text, &Design::empty("t"));
    assert_eq!(preview.errors.len(), MAX_LISTED_ERRORS);
    assert_eq!(preview.errors_not_listed, 500);
    assert_eq!(preview.bad_rows(), MAX_LISTED_ERRORS + 500);
}
