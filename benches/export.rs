//! How long the exports of a large design take: a design of 2,000
//! responsibilities (the same generator as `large_design`) to a PDF
//! handout (chart split over pages, then the ownership table, balance and
//! findings), to SVG, and to CSV.
//!
//! Run with `cargo bench --bench export`; the README lists the figures.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

/// The allocator the `remit` binary runs on, so the figures are its own.
#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use remit::export::{self, Format, Options};

const N: usize = 2_000;

fn exports(c: &mut Criterion) {
    let design = common::large_design(N);
    let pdf = export::render(&design, Format::Pdf, &Options::default()).unwrap();
    println!(
        "the PDF handout of {N} responsibilities is {} KiB",
        pdf.len() / 1024
    );
    c.bench_function("export 2k to PDF", |b| {
        b.iter(|| export::render(black_box(&design), Format::Pdf, &Options::default()).unwrap())
    });
    c.bench_function("export 2k to SVG", |b| {
        b.iter(|| export::render(black_box(&design), Format::Svg, &Options::default()).unwrap())
    });
    c.bench_function("export 2k to CSV", |b| {
        b.iter(|| export::render(black_box(&design), Format::Csv, &Options::default()).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = exports
}
criterion_main!(benches);
