//! The designer window driven as a user drives it, through `egui_kittest`
//! and the real app type, in one test binary (one link of egui and the
//! library, not one per file). Each module is one part of the window.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../common/mod.rs"]
mod common;

mod carrying;
mod catalog;
mod chart;
mod chart_text;
mod clarity;
mod decisions;
mod designer;
mod drop_files;
mod drops;
mod export_safety;
mod files;
mod findings;
mod gallery;
mod handouts;
mod import_preview;
mod large;
mod long_lists;
mod looking;
mod matrix;
mod present;
mod same_frame;
mod scripts;
