//! Remit: a desktop designer for deciding which executive (CIO, CTO, CISO…)
//! owns which technology responsibilities, and how internal- or
//! external-facing each portfolio ends up.
//!
//! - [`model`]: the design and everything about it, with no UI.
//! - [`cli`]: the command line (`remit PATH`, `remit report PATH`).

pub mod cli;
pub mod model;

/// Opens the designer window (stub until the UI lands).
pub fn run_designer(_path: Option<std::path::PathBuf>) -> Result<(), String> {
    Err("the designer is not built yet".into())
}
