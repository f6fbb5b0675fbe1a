//! The handout dialogs: *Export…* (which format, the PNG's scale, which
//! CSV table; then where, through the file dialog or the path prompt).
//! The import preview is in `import_preview`. Each answers with an
//! [`Action`].

use egui::Context;

use super::modal::modal;
use crate::controller::{Action, ExportChoice};
use crate::export::{CsvTable, Format, MAX_SCALE};

/// What the dialogs keep between frames: the last export choice (offered
/// again next time) and whether to create unknown owners on import.
#[derive(Default)]
pub struct HandoutsMemory {
    choice: ExportChoice,
    pub(super) create_executives: bool,
}

/// The Export dialog.
pub fn export(ctx: &Context, fresh: bool, memory: &mut HandoutsMemory, actions: &mut Vec<Action>) {
    let choice = &mut memory.choice;
    let closed = modal(ctx, "export", |ui| {
        ui.heading("Export");
        ui.label("Drawn from the design, the same on every machine.");
        ui.add_space(6.0);
        // The keyboard starts on the format chosen (the last one used).
        let chosen = choice.format;
        for format in Format::ALL {
            let response = ui.radio_value(&mut choice.format, format, format.label());
            if fresh && format == chosen {
                response.request_focus();
            }
        }
        ui.add_space(6.0);
        match choice.format {
            Format::Png => {
                ui.horizontal(|ui| {
                    let label = ui.label("Scale");
                    ui.add(egui::Slider::new(&mut choice.options.scale, 1..=MAX_SCALE).suffix("×"))
                        .labelled_by(label.id)
                        .on_hover_text(
                            "Pixels per point of the chart: 2× or 3× is sharp on slides",
                        );
                });
            }
            Format::Csv => {
                ui.horizontal(|ui| {
                    ui.label("Table");
                    ui.radio_value(
                        &mut choice.options.csv_table,
                        CsvTable::Ownership,
                        "Ownership (one row per responsibility)",
                    );
                    ui.radio_value(
                        &mut choice.options.csv_table,
                        CsvTable::Matrix,
                        "R/A/C/I matrix",
                    );
                });
            }
            Format::Svg | Format::Pdf | Format::Markdown => {}
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Export…").clicked() {
                actions.push(Action::Export(*choice));
            }
            if ui.button("Cancel").clicked() {
                actions.push(Action::CloseDialog);
            }
        });
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}
