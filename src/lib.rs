//! Remit: a desktop designer for deciding which executive (CIO, CTO, CISO…)
//! owns which technology responsibilities, and how internal- or
//! external-facing each portfolio ends up.
//!
//! The layers point one way:
//! - [`model`]: the design, its rules and everything about it, plain Rust
//!   with no egui and no files.
//! - [`chart`]: the org chart as geometry (boxes, cards, connectors, the
//!   tidy layout), a pure function of the model; the canvas draws it.
//! - [`templates`]: the five reference models (content built from the
//!   model's catalog and laid out by the chart's tidy layout), with when
//!   each fits and what its findings mean.
//! - [`file`]: the file format, one versioned loader and one writer, into
//!   and out of the model.
//! - [`export`]: handouts drawn from the design (SVG, PNG, PDF, CSV,
//!   Markdown), headless, with the shipped font.
//! - [`import`]: responsibilities from a spreadsheet (CSV), previewed
//!   before they are added.
//! - [`document`]: the open design, its file and undo history.
//! - [`autosave`]: unsaved work kept safe, and recovered after a crash.
//! - [`preferences`]: recent files and start-up choices kept between runs.
//! - [`controller`]: the designer's state and the one place it changes,
//!   with the open/save/close flow; no egui.
//! - [`app`]: the egui window that shows the controller's state and sends
//!   it actions.
//! - [`cli`]: the command line (`remit PATH`, `remit report`, `remit check`).

pub mod app;
pub mod autosave;
pub mod chart;
pub mod cli;
pub mod controller;
pub mod document;
pub mod export;
pub mod file;
pub mod import;
pub mod model;
pub mod preferences;
pub mod templates;

/// The memory allocator the `remit` binary runs on, and the benchmarks
/// with it (see `Cargo.toml` for why). Declared by each of them, not here,
/// so that tests and fuzz targets keep the system allocator.
pub use mimalloc::MiMalloc as Allocator;

/// Remit's own icon (assets/icon/remit.svg rendered at 256 pixels by
/// packaging/make-icons.sh) for the window and the task bar; `None`
/// (eframe's default) if it ever failed to decode.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon/remit-256.png")).ok()
}

/// Opens the designer window on `path` (or the default design) and runs it
/// until the window closes.
pub fn run_designer(path: Option<std::path::PathBuf>) -> Result<(), String> {
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Remit")
            .with_app_id("remit")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([800.0, 500.0]),
        // Preferences live beside the autosaves when REMIT_DATA_DIR moves them.
        persistence_path: autosave::data_dir_override().map(|dir| dir.join("app.ron")),
        ..Default::default()
    };
    if let Some(icon) = window_icon() {
        options.viewport = options.viewport.with_icon(icon);
    }
    let app_options = app::AppOptions::desktop(path);
    eframe::run_native(
        "Remit",
        options,
        Box::new(move |cc| Ok(Box::new(app::RemitApp::new(cc, app_options)))),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
