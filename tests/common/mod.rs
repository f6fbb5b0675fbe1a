//! What the UI tests (and the frame benchmark) share: the real designer in a
//! headless `egui_kittest` window the size of a projector, 1280×720.

use egui_kittest::Harness;
use remit::app::{AppOptions, RemitApp};

/// The designer started with `options`, before its first frame.
pub fn window(options: AppOptions) -> Harness<'static, RemitApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| RemitApp::new(cc, options))
}
