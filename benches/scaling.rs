//! Does the work grow with executives × cards? Each target here is a ratio
//! between two measurements taken in the same run, so it holds on any
//! machine: the same 100,000 cards over 10,000 executives against the same
//! cards over 2 executives (load, report, one frame of the window); one
//! frame with 10,000 cards against one with 200 (nothing that grows with
//! the card count runs per frame); loading against a bare `ron` parse into
//! the same types (the file is parsed once); and one frame of the window
//! against a bare egui pass painting as many shapes as the window shows.
//!
//! Run with `cargo bench --bench scaling`. It prints a table and exits with
//! an error if a ratio is over its target.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

/// The allocator the `remit` binary runs on, so the figures are its own.
#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/timing.rs"]
mod timing;

use timing::measure;

use std::hint::black_box;
use std::time::Duration;

use remit::app::AppOptions;
use remit::file;
use remit::model::Design;

struct Row {
    what: &'static str,
    measured: Duration,
    floor_what: &'static str,
    floor: Duration,
    target: f64,
}

impl Row {
    fn ratio(&self) -> f64 {
        self.measured.as_secs_f64() / self.floor.as_secs_f64()
    }
}

fn saved(design: &Design, dir: &std::path::Path, name: &str) -> (std::path::PathBuf, String) {
    let path = dir.join(name);
    let text = file::to_text(design).expect("within the limit");
    std::fs::write(&path, &text).expect("write");
    (path, text)
}

/// One frame of the designer showing `path`, as `egui_kittest` runs it,
/// with the same part of the chart in view whatever the design (its top
/// left corner at natural size), so that two designs are compared on equal
/// terms: what is in view is the same, only what is out of view differs.
fn frame_time(path: &std::path::Path) -> Duration {
    let mut h = common::window(AppOptions {
        path: Some(path.to_owned()),
        ..AppOptions::default()
    });
    h.run();
    assert!(h.state().error().is_none(), "{:?}", h.state().error());
    h.state_mut().show_chart_part(egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(940.0, 560.0),
    ));
    h.run();
    measure(|| h.step())
}

/// A bare egui pass painting what the window shows at 1280×720: a menu bar,
/// a side panel of figures and bars, a tray of cards, and `boxes` boxes of
/// `cards` cards, each card a rectangle, a mark and two texts. No model, no
/// lookups, no drag and drop: the least a window showing that much costs.
fn bare_egui_frame(boxes: usize, cards: usize) -> Duration {
    fn card(ui: &mut egui::Ui, width: f32, c: usize) {
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(width, 30.0), egui::Sense::click_and_drag());
        let painter = ui.painter();
        painter.rect_filled(rect, 5.0, egui::Color32::DARK_GRAY);
        painter.rect_filled(
            egui::Rect::from_min_size(rect.min + egui::vec2(6.0, 6.0), egui::vec2(34.0, 18.0)),
            4.0,
            egui::Color32::BLUE,
        );
        painter.text(
            rect.min + egui::vec2(23.0, 15.0),
            egui::Align2::CENTER_CENTER,
            "INT",
            egui::FontId::proportional(11.0),
            egui::Color32::WHITE,
        );
        painter.text(
            rect.left_center() + egui::vec2(48.0, 0.0),
            egui::Align2::LEFT_CENTER,
            format!("Responsibility {c}"),
            egui::FontId::proportional(14.5),
            egui::Color32::WHITE,
        );
        painter.text(
            rect.right_center() - egui::vec2(8.0, 0.0),
            egui::Align2::RIGHT_CENTER,
            "3",
            egui::FontId::proportional(13.0),
            egui::Color32::GRAY,
        );
    }
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_accessibility_check(false)
        .build_ui(move |ui| {
            egui::Panel::top("menu").show(ui, |ui| {
                ui.horizontal(|ui| {
                    for label in [
                        "File",
                        "Edit",
                        "View",
                        "Help",
                        "Undo",
                        "Redo",
                        "+ Responsibility",
                    ] {
                        let _ = ui.button(label);
                    }
                });
            });
            egui::Panel::right("side")
                .default_size(330.0)
                .show(ui, |ui| {
                    ui.heading("Balance");
                    for row in 0..4 {
                        ui.strong(format!("Executive {row}: internal 82% · external 18%"));
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(300.0, 14.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 7.0, egui::Color32::BLUE);
                        ui.small("11 items · size 29 points · 58% of total");
                    }
                    ui.heading("Design");
                    let mut name = String::from("Traditional split");
                    ui.text_edit_singleline(&mut name);
                });
            egui::Panel::bottom("tray")
                .default_size(120.0)
                .show(ui, |ui| {
                    ui.strong("Unassigned");
                    ui.horizontal(|ui| {
                        for c in 0..3 {
                            card(ui, 240.0, c);
                        }
                    });
                });
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    for b in 0..boxes {
                        egui::Frame::group(ui.style()).show(ui, |ui| {
                            ui.set_width(280.0);
                            ui.heading(format!("Executive {b}"));
                            ui.weak("Chief Executive");
                            ui.small("11 items · size 29 · 58% of total");
                            ui.small("internal 82% · external 18%");
                            for c in 0..cards {
                                card(ui, 280.0, c);
                            }
                        });
                    }
                });
            });
        });
    h.run();
    measure(|| h.step())
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is understood.
    let dir = tempfile::tempdir().expect("tempdir");
    let cards = 100_000;
    let few = common::spread_design(2, cards);
    let many = common::spread_design(10_000, cards);
    let (few_path, few_text) = saved(&few, dir.path(), "few.ron");
    let (many_path, many_text) = saved(&many, dir.path(), "many.ron");
    println!(
        "100,000 cards: {} MiB over 2 executives, {} MiB over 10,000",
        few_text.len() / (1024 * 1024),
        many_text.len() / (1024 * 1024)
    );

    let mut rows = Vec::new();

    let load_few = measure(|| {
        black_box(file::load(&few_path).unwrap());
    });
    let load_many = measure(|| {
        black_box(file::load(&many_path).unwrap());
    });
    rows.push(Row {
        what: "load, 10,000 executives",
        measured: load_many,
        floor_what: "load, 2 executives",
        floor: load_few,
        target: 1.5,
    });

    let report_few = measure(|| {
        black_box(remit::cli::run_report(&few_path).unwrap());
    });
    let report_many = measure(|| {
        black_box(remit::cli::run_report(&many_path).unwrap());
    });
    rows.push(Row {
        what: "report, 10,000 executives",
        measured: report_many,
        floor_what: "report, 2 executives",
        floor: report_few,
        target: 1.5,
    });

    let frame_few = frame_time(&few_path);
    let frame_many = frame_time(&many_path);
    rows.push(Row {
        what: "one frame, 10,000 executives",
        measured: frame_many,
        floor_what: "one frame, 2 executives",
        floor: frame_few,
        target: 1.5,
    });

    let (small_path, _) = saved(&common::large_design(200), dir.path(), "200.ron");
    let (large_path, _) = saved(&common::large_design(10_000), dir.path(), "10k.ron");
    let frame_small = frame_time(&small_path);
    let frame_large = frame_time(&large_path);
    rows.push(Row {
        what: "one frame, 10,000 cards",
        measured: frame_large,
        floor_what: "one frame, 200 cards",
        floor: frame_small,
        target: 1.5,
    });

    let text = file::to_text(&common::large_design(10_000)).unwrap();
    let parse = measure(|| {
        black_box(file::parse(&text).unwrap());
    });
    let bare = measure(|| {
        black_box(
            ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str::<file::v5::DesignV5>(&text)
                .unwrap(),
        );
    });
    rows.push(Row {
        what: "load 10,000 cards (versioned, checked)",
        measured: parse,
        floor_what: "bare ron parse into the same types",
        floor: bare,
        target: 1.5,
    });

    // At 1280×720 the window shows 3 boxes of up to 12 cards.
    let floor = bare_egui_frame(3, 12);
    rows.push(Row {
        what: "one frame, 2,000 executives × 20,000 cards",
        measured: {
            let (path, _) = saved(&common::spread_design(2_000, 20_000), dir.path(), "2k.ron");
            frame_time(&path)
        },
        floor_what: "bare egui pass, same visible shapes",
        floor,
        target: 3.0,
    });

    println!();
    println!(
        "{:<44} {:>10}   {:<38} {:>10}   {:>6}  {:>6}",
        "measured", "time", "beside", "time", "ratio", "target"
    );
    let mut failed = false;
    for row in &rows {
        let ok = row.ratio() <= row.target;
        failed |= !ok;
        println!(
            "{:<44} {:>10.3?}   {:<38} {:>10.3?}   {:>6.2}  {:>5.1}{}",
            row.what,
            row.measured,
            row.floor_what,
            row.floor,
            row.ratio(),
            row.target,
            if ok { "" } else { "  OVER TARGET" }
        );
    }
    if failed {
        eprintln!("some ratios are over their targets");
        std::process::exit(1);
    }
}
