//! How Remit copes with a very large design (10,000 responsibilities):
//! loading and saving the file, the balance figures, one edit with its undo
//! step, and one whole frame of the designer window (laid out and
//! tessellated by egui, headless, as `egui_kittest` runs it).
//!
//! Run with `cargo bench`; `docs/architecture.md` lists the figures.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

/// The allocator the `remit` binary runs on, so the figures are its own.
#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use remit::app::AppOptions;
use remit::document::Document;
use remit::file;
use remit::model::{DesignBalance, Edit, ExecutiveId};

const N: usize = 10_000;

fn file(c: &mut Criterion) {
    let design = common::large_design(N);
    let text = file::to_text(&design).unwrap();
    println!(
        "a design of {N} responsibilities is {} KiB as RON",
        text.len() / 1024
    );
    c.bench_function("load 10k (parse + validate)", |b| {
        b.iter(|| file::parse(black_box(&text)).unwrap())
    });
    c.bench_function("save 10k (to RON text)", |b| {
        b.iter(|| file::to_text(black_box(&design)).unwrap())
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    c.bench_function("save 10k to disk (atomic, synced)", |b| {
        b.iter(|| file::save(black_box(&design), &path).unwrap())
    });
}

fn model(c: &mut Criterion) {
    let design = common::large_design(N);
    c.bench_function("balance 10k", |b| {
        b.iter(|| DesignBalance::of(black_box(&design)))
    });
    let card = design.responsibilities[N / 2].id.clone();
    let mut document = Document::untitled(design);
    let mut to_cto = true;
    c.bench_function("move one card in 10k, with its undo step", |b| {
        b.iter(|| {
            let to = if to_cto { "cto" } else { "cio" };
            to_cto = !to_cto;
            document
                .apply(Edit::Move {
                    responsibility: card.clone(),
                    to: Some(ExecutiveId(to.into())),
                })
                .unwrap()
        })
    });
}

fn frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    file::save(&common::large_design(N), &path).unwrap();
    let mut h = common::window(AppOptions {
        path: Some(path),
        ..AppOptions::default()
    });
    h.run();
    assert_eq!(h.state().document().design().responsibilities.len(), N);
    c.bench_function("one frame of the window with 10k cards", |b| {
        b.iter(|| h.step())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = file, model, frame
}
criterion_main!(benches);
