//! Options at scale: a design of 40 executives × 2,000 cards with ten
//! options against the same design with one.
//!
//! - Memory: what the open document holds (every option, the saved state,
//!   the undo steps), counted by the allocator, made the way a workshop
//!   makes options (each a copy of "As is" with a card moved in it), and
//!   read back from a file. Target: ten options under 2× one option's
//!   memory (options and undo steps share the cards they have alike).
//! - A frame: the window showing the design with ten options, against the
//!   same window with one, samples taken in turn. Target: nothing per
//!   frame grows with options × cards (ratio at most 1.15).
//! - Switching: Ctrl+PageDown to the next option and the frame that shows
//!   it, against a window opening the same design (dropped on it) up to
//!   the first frame that shows it (working out everything it shows;
//!   reading the file, which switching does not do, taken out). Target: at
//!   most that plus one ordinary frame.
//!
//! Run with `cargo bench --bench options`. It prints a table and exits
//! with an error if a figure is over its target.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/timing.rs"]
mod timing;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cap::Cap;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use remit::app::RemitApp;
use remit::document::Document;
use remit::file;
use remit::model::{Design, Edit, OptionEdit};
use timing::{measure, ratio};

/// The allocator the `remit` binary runs on, counting what is live (the
/// `cap` crate wraps it; its limit is not used).
#[global_allocator]
static ALLOCATOR: Cap<remit::Allocator> = Cap::new(remit::Allocator, usize::MAX);

const EXECUTIVES: usize = 40;
const CARDS: usize = 2_000;
const OPTIONS: usize = 10;
const MEMORY_TARGET: f64 = 2.0;
const FRAME_TARGET: f64 = 1.15;
const SWITCH_TARGET: f64 = 1.0;
const SIZE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Live bytes while `make` holds what it returns.
fn held<T>(make: impl FnOnce() -> T) -> (isize, T) {
    let before = ALLOCATOR.allocated() as isize;
    let value = make();
    (ALLOCATOR.allocated() as isize - before, value)
}

/// Moves the `n`th card of the option shown to another executive.
fn move_one(document: &mut Document, n: usize) {
    let design = document.design();
    let card = &design.responsibilities[(n * 37) % design.responsibilities.len()];
    let to = design
        .executives
        .iter()
        .find(|e| Some(&e.id) != card.owner.as_ref())
        .map(|e| e.id.clone());
    let edit = Edit::Move {
        responsibility: card.id.clone(),
        to,
    };
    assert_eq!(document.apply(edit), Ok(true));
}

/// The design opened from `path` with one card moved in each of its first
/// `options` options (making them first, as copies of "As is").
fn workshop(path: &Path, options: usize) -> Document {
    let mut document = Document::open(path).expect("opens");
    move_one(&mut document, 0);
    for k in 1..options {
        let name = document.options().fresh_name();
        let copy = OptionEdit::Copy { from: 0, name };
        assert_eq!(document.apply_option(copy), Ok(()));
        assert_eq!(document.current_option(), 1);
        move_one(&mut document, k);
        document.switch_option(0);
    }
    document
}

fn design() -> Design {
    let mut design = common::spread_design(EXECUTIVES, CARDS);
    for e in &mut design.executives {
        e.reports_to = remit::model::ReportsTo::Ceo;
    }
    design
}

fn window(path: &Path) -> Harness<'static, RemitApp> {
    common::settled_on(path, SIZE)
}

struct Row {
    what: &'static str,
    figure: f64,
    target: f64,
    detail: String,
}

fn main() {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("tempdir");
    let one_path = dir.path().join("one.ron");
    file::save(&design(), &one_path).expect("save");
    let mut rows = Vec::new();

    // Memory.
    let (one, one_doc) = held(|| workshop(&one_path, 1));
    let (ten, ten_doc) = held(|| workshop(&one_path, OPTIONS));
    assert_eq!(ten_doc.options().len(), OPTIONS);
    let ten_path = dir.path().join("ten.ron");
    let mut saved = ten_doc.clone();
    saved.save_as(&ten_path).expect("save");
    drop(saved);
    let (read, read_doc) = held(|| Document::open(&ten_path).expect("opens"));

    assert_eq!(read_doc.options().len(), OPTIONS);
    let mib = |b: isize| b as f64 / (1024.0 * 1024.0);
    rows.push(Row {
        what: "memory, ten options made",
        figure: ten as f64 / one as f64,
        target: MEMORY_TARGET,
        detail: format!("{:.1} MiB against {:.1} MiB", mib(ten), mib(one)),
    });
    rows.push(Row {
        what: "memory, ten options read",
        figure: read as f64 / one as f64,
        target: MEMORY_TARGET,
        detail: format!("{:.1} MiB against {:.1} MiB", mib(read), mib(one)),
    });
    drop((one_doc, ten_doc, read_doc));

    // `OPTIONS_BENCH=memory` stops here (no window).
    if std::env::var("OPTIONS_BENCH").as_deref() != Ok("memory") {
        window_rows(&one_path, &ten_path, &mut rows);
    }
    report(&rows, started);
}

fn window_rows(one_path: &Path, ten_path: &Path, rows: &mut Vec<Row>) {
    // A frame with ten options against one.
    let mut one_h = window(one_path);
    let mut ten_h = window(ten_path);
    let frame = ratio(|| ten_h.step(), || one_h.step());
    rows.push(Row {
        what: "frame, ten options / one",
        figure: frame.ratio,
        target: FRAME_TARGET,
        detail: format!("{:.3?} against {:.3?}", frame.f, frame.g),
    });
    drop(one_h);

    // Switching against a freshly opened design's first frame.
    // A window showing another design has the design dropped on it: the
    // time until the frame that first shows it, reading the file (which
    // switching does not do) taken out.
    let mut firsts: Vec<Duration> = (0..7)
        .map(|_| {
            let mut h = window(one_path);
            let start = Instant::now();
            h.input_mut()
                .dropped_files
                .push(Arc::new(common::Dropped(ten_path.to_owned())));
            while h.state().document().options().len() != OPTIONS {
                h.step();
                assert!(start.elapsed() < Duration::from_secs(20), "opened");
            }
            h.step();
            start.elapsed()
        })
        .collect();
    firsts.sort();
    let reading = measure(|| {
        std::hint::black_box(file::load_options(ten_path).expect("opens"));
    });
    let fresh = firsts[firsts.len() / 2].saturating_sub(reading);
    let ordinary = measure(|| ten_h.step());
    let switch = measure(|| {
        ten_h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        ten_h.step();
    });
    let before = ten_h.state().document().current_option();
    ten_h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    ten_h.step();
    assert_ne!(
        ten_h.state().document().current_option(),
        before,
        "Ctrl+PageDown shows another option"
    );
    let budget = fresh + ordinary;
    rows.push(Row {
        what: "switching option",
        figure: switch.as_secs_f64() / budget.as_secs_f64(),
        target: SWITCH_TARGET,
        detail: format!(
            "{switch:.3?} against {budget:.3?} (opened and shown {fresh:.3?}, less reading {reading:.3?}; + a frame {ordinary:.3?})"
        ),
    });
}

fn report(rows: &[Row], started: Instant) {
    let mut failed = false;
    println!();
    println!("Options at {EXECUTIVES} executives × {CARDS} cards:");
    println!();
    println!("{:<28} {:>7} {:>7}   figures", "", "ratio", "target");
    for row in rows {
        let ok = row.figure <= row.target;
        failed |= !ok;
        println!(
            "{:<28} {:>7.2} {:>7.2}   {}{}",
            row.what,
            row.figure,
            row.target,
            row.detail,
            if ok { "" } else { "  OVER TARGET" }
        );
    }
    println!();
    println!(
        "(the whole benchmark took {:.1?})",
        Duration::from_secs_f64(started.elapsed().as_secs_f64())
    );
    if failed {
        eprintln!("some figures are over their targets");
        std::process::exit(1);
    }
}
