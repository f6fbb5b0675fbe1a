//! Does the spreadsheet import grow linearly with its rows? For each of the
//! worst shapes (many cards of one name, ids in the file that clash, many
//! distinct owners not on the chart, the same with an executive created
//! and placed for each), reading and applying 100,000 rows is timed
//! against 10,000 rows of the same shape in the same run, their samples
//! taken in turn; the target is at most 12× (linear is 10×). Then the memory a 60 MB line of commas takes
//! on top of its text, as a data row and as the header (target: less than
//! the text itself).
//!
//! Run with `cargo bench --bench import`. It prints a table and exits with
//! an error if a figure is over its target.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

/// The allocator the `remit` binary runs on, so the figures are its own.
#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

#[path = "support/timing.rs"]
mod timing;

use std::fmt::Write as _;
use std::hint::black_box;

use remit::import::{self, ImportOptions};
use remit::model::{Design, Executive, ExecutiveId};

/// The most 100,000 rows may take against 10,000.
const TARGET: f64 = 12.0;

/// A design with ten executives (`E0`…`E9`) and no cards.
fn base() -> Design {
    let mut design = Design::empty("bench");
    for k in 0..10 {
        design.executives.push(Executive {
            id: ExecutiveId(format!("e{k}")),
            short_title: format!("E{k}"),
            full_title: format!("Executive {k}"),
            ..Executive::default()
        });
    }
    design
}

struct Shape {
    what: &'static str,
    create: bool,
    row: fn(usize, usize) -> String,
}

fn text(shape: &Shape, rows: usize) -> String {
    let mut out = String::from("id,name,owner,facing,size,consulted\n");
    for k in 0..rows {
        out.push_str(&(shape.row)(k, rows));
        out.push('\n');
    }
    out
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            what: "distinct names, owners on the chart",
            create: false,
            row: |k, _| {
                format!(
                    ",Card {k},E{},0.{},{},E{}",
                    k % 10,
                    k % 10,
                    1 + k % 7,
                    (k + 1) % 10
                )
            },
        },
        Shape {
            what: "one name for every row",
            create: false,
            row: |k, _| format!(",Same name,E{},0.5,1,", k % 10),
        },
        Shape {
            what: "one id given by every row",
            create: false,
            row: |k, _| format!("dup,Same name,E{},0.5,1,", k % 10),
        },
        Shape {
            what: "distinct owners not on the chart (2 in 5 rows)",
            create: false,
            row: |k, _| {
                format!(
                    ",Card {k},Unit {},0.5,1,Unit {}",
                    k * 2 / 5,
                    (k + 7) * 2 / 5
                )
            },
        },
        Shape {
            what: "the same, --create-executives",
            create: true,
            row: |k, _| {
                format!(
                    ",Card {k},Unit {},0.5,1,Unit {}",
                    k * 2 / 5,
                    (k + 7) * 2 / 5
                )
            },
        },
    ]
}

/// One import of `rows` rows of `shape`, ready to time (checked once).
fn import_of(shape: &Shape, rows: usize) -> impl FnMut() {
    let design = base();
    let text = text(shape, rows);
    let options = ImportOptions {
        create_executives: shape.create,
        ..ImportOptions::default()
    };
    let preview = import::preview(&text, &design);
    assert_eq!(preview.bad_rows(), 0, "{:?}", preview.errors.first());
    let done = import::apply(&design, &preview, &options).expect("applies");
    assert_eq!(done.responsibilities.len(), rows);
    move || {
        let preview = import::preview(&text, &design);
        black_box(import::apply(&design, &preview, &options).unwrap());
    }
}

/// The process's resident memory and its peak since the last reset, in
/// bytes (Linux; `None` elsewhere).
fn memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// How much more memory than before `f` ran was at its peak while it ran.
fn peak_extra(f: impl FnOnce()) -> Option<u64> {
    let (before, _) = memory()?;
    // Writing 5 resets the peak to what is resident now.
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    f();
    let (_, peak) = memory()?;
    Some(peak.saturating_sub(before))
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is understood.
    let mut report = String::new();
    let mut over = Vec::new();
    let _ = writeln!(
        report,
        "{:<48} {:>10} {:>10} {:>7} {:>7}",
        "import (preview + apply)", "10,000", "100,000", "ratio", "target"
    );
    for shape in shapes() {
        // Samples of the two taken in turn, so a busy machine slows both
        // alike; the ratio is the median over rounds.
        let timed = timing::ratio(import_of(&shape, 100_000), import_of(&shape, 10_000));
        let (large, small, ratio) = (timed.f, timed.g, timed.ratio);
        let _ = writeln!(
            report,
            "{:<48} {:>8.1}ms {:>8.1}ms {:>6.2}× {:>6.1}×",
            shape.what,
            small.as_secs_f64() * 1000.0,
            large.as_secs_f64() * 1000.0,
            ratio,
            TARGET
        );
        if ratio > TARGET {
            over.push(shape.what);
        }
    }
    println!("{report}");

    let commas = ",".repeat(60 * 1000 * 1000);
    let design = base();
    for (what, text) in [
        (
            "a 60 MB line of commas as a data row",
            format!("name,size\nA,1{commas}\n"),
        ),
        (
            "a 60 MB line of commas as the header",
            format!("name{commas}\nA\n"),
        ),
    ] {
        let took = timing::measure(|| {
            black_box(import::preview(&text, &design));
        });
        println!("{what}: read in {:.0} ms", took.as_secs_f64() * 1000.0);
        match peak_extra(|| {
            black_box(import::preview(&text, &design));
        }) {
            Some(extra) => {
                let limit = text.len() as u64;
                println!(
                    "{what}: {} at the peak on top of its text ({}; target under {})",
                    mib(extra),
                    mib(text.len() as u64),
                    mib(limit)
                );
                if extra > limit {
                    over.push(what);
                }
            }
            None => println!("{what}: memory not measured (no /proc/self here)"),
        }
    }

    if !over.is_empty() {
        eprintln!("over target: {}", over.join("; "));
        std::process::exit(1);
    }
}
