//! The designer window driven as a user drives it, through `egui_kittest`
//! and the real app type, in one test binary (one link of egui and the
//! library, not one per file). Each module is one part of the window.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../common/mod.rs"]
mod common;

mod blank;
mod carrying;
mod catalog;
mod chart;
mod chart_text;
mod clarity;
mod company;
mod compare;
mod decisions;
mod designer;
mod drop_files;
mod drops;
mod export_options;
mod export_safety;
mod files;
mod findings;
mod gallery;
mod handouts;
mod help;
mod import_preview;
mod inspector_kind;
mod labels;
mod large;
mod long_lists;
mod looking;
mod matrix;
mod new_executive;
mod options;
mod path_prompt;
mod people;
mod present;
mod present_columns;
mod same_frame;
mod scripts;
mod unsaved_marker;
mod windows_fit;
mod zoom;
