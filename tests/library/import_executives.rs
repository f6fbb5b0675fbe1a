//! Import with *create executives*: the owners not on the chart become
//! executives that report to the CEO and stand under the CEO box as the
//! chart's tidy layout puts them (not one long row with no reporting
//! line); short titles that are acronyms are in capitals and get their
//! full titles; one executive however its title is written.

use remit::chart::{ChartGeometry, Rect, estimated_measure, tidy};
use remit::import::{self, ImportOptions};
use remit::model::{Design, Index, ReportsTo};

const CREATE: ImportOptions = ImportOptions {
    create_executives: true,
    moved_at: None,
};

fn boxes(design: &Design) -> (Vec<Rect>, Option<Rect>) {
    let g = ChartGeometry::of(design, &Index::of(design), &estimated_measure);
    (g.boxes.iter().map(|b| b.rect).collect(), g.ceo)
}

#[test]
fn new_executives_of_a_new_design_are_a_tidy_tree_under_a_ceo_box() {
    let text = "name,owner,size\n\
                Payroll,cfo,3\n\
                Data warehouse,CIO,5\n\
                Service desk,C.I.O.,2\n\
                Website,Chief Digital Officer,4\n\
                Apps,CTO,9\n\
                Plant systems,coo,2\n\
                Core,Chief Information Officer,8\n";
    let empty = Design::empty("Client");
    let preview = import::preview(text, &empty);
    assert_eq!(preview.errors, []);
    let made = import::apply(&empty, &preview, &CREATE).unwrap();
    let titles: Vec<(&str, &str)> = made
        .executives
        .iter()
        .map(|e| (e.short_title.as_str(), e.full_title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("CFO", "Chief Financial Officer"),
            ("CIO", "Chief Information Officer"),
            ("Chief Digital Officer", "Chief Digital Officer"),
            ("CTO", "Chief Technology Officer"),
            ("COO", "Chief Operating Officer"),
        ],
        "cio, C.I.O. and Chief Information Officer are one"
    );
    assert!(made.ceo.is_some(), "a CEO box for them to report to");
    assert!(
        made.executives
            .iter()
            .all(|e| e.reports_to == ReportsTo::Ceo)
    );
    // Exactly where the chart's tidy layout puts them.
    let mut tidied = made.clone();
    tidy::tidy_in_place(&mut tidied, &estimated_measure);
    assert_eq!(tidied, made);
    let (boxes, ceo) = boxes(&made);
    let ceo = ceo.unwrap();
    for b in &boxes {
        assert!(b.y > ceo.bottom(), "under the CEO box");
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn new_executives_beside_an_existing_chart_stand_at_the_level_of_the_ceos_reports() {
    let base = remit::templates::default_design();
    let text = "name,owner\nPayroll,cfo\nPlant systems,COO\nBrand,CMO\n";
    let preview = import::preview(text, &base);
    let made = import::apply(&base, &preview, &CREATE).unwrap();
    let n = base.executives.len();
    assert_eq!(made.executives.len(), n + 3);
    for (old, new) in base.executives.iter().zip(&made.executives) {
        assert_eq!(old.position, new.position, "nothing already there moves");
    }
    let (boxes, ceo) = boxes(&made);
    let ceo = ceo.unwrap();
    let chart_right = boxes[..n]
        .iter()
        .map(|b| b.right())
        .fold(ceo.right(), f32::max);
    let tops: Vec<f32> = boxes[n..].iter().map(|b| b.y).collect();
    assert!(tops.iter().all(|&y| y == tops[0]), "one tidy row: {tops:?}");
    assert!(tops[0] > ceo.bottom());
    assert!(boxes[n..].iter().all(|b| b.x > chart_right));
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
        }
    }
    assert!(
        made.executives[n..]
            .iter()
            .all(|e| e.reports_to == ReportsTo::Ceo)
    );
}

/// More new executives than one tidy row holds go on a grid, each row as
/// tall as its tallest box. With names now taking up to four lines on a
/// card, a row's height counted as if every name took two let boxes of
/// long names run into the row below.
#[test]
fn many_new_executives_with_long_card_names_never_overlap() {
    let long = "Lagerverwaltungssystem-Betriebsführung und Fördertechnik-Steuerungsplattform";
    let mut text = String::from("name,owner\n");
    for k in 0..40 {
        for c in 0..6 {
            text.push_str(&format!("{long} {k}-{c},Owner {k}\n"));
        }
    }
    let empty = Design::empty("Client");
    let preview = import::preview(&text, &empty);
    assert_eq!(preview.errors, []);
    let made = import::apply(&empty, &preview, &CREATE).unwrap();
    assert_eq!(made.executives.len(), 40);
    let (boxes, _) = boxes(&made);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
        }
    }
}
