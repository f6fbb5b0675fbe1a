//! Tests of everything below the window, in one test binary (one link of
//! the library, not one per file): the model, the file format and its
//! versions, hostile files, property tests, the open/save flow without a
//! window, the exports and the import, the command line as a script runs
//! it, and the documentation's own examples. Each module says what it covers.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../common/mod.rs"]
mod common;

mod advice;
mod check_json;
mod clarity;
mod cli;
mod compare_cli;
mod compare_properties;
mod corpus;
mod diff;
mod export;
mod file_format;
mod flow;
mod fuzz_regressions;
mod hostile;
mod import_bounds;
mod import_cli;
mod import_executives;
mod import_formats;
mod import_kinds;
mod import_lines;
mod import_mapping;
mod import_matching;
mod import_owners;
mod import_people;
mod import_round_trip;
mod import_sheets;
mod model;
mod options_file;
mod packaging;
mod path_prompt;
mod properties;
mod readme;
mod readme_import;
mod release_config;
mod reporting_file;
mod scripts;
mod templates;
mod versions;
