//! The Export dialog: which format; the PNG's scale and widest width; a
//! title and legend on the PNG and SVG; the SVG's text as outlines; which
//! CSV table (the change list between options among them); then where, through the file dialog or the path prompt. The
//! import preview is in `import_preview`. Each answers with an
//! [`Action`].

use egui::{Context, Ui};

use super::modal::modal;
use crate::controller::{Action, ExportChoice};
use crate::export::{CsvTable, Format, Scale, legend};

/// What the dialogs keep between frames: the last export choice (offered
/// again next time), the PNG's scale and width as the controls hold them,
/// and whether to create unknown owners on import.
pub struct HandoutsMemory {
    choice: ExportChoice,
    scale: f32,
    limit_width: bool,
    width: u32,
    pub(super) create_executives: bool,
}

impl Default for HandoutsMemory {
    fn default() -> Self {
        let choice = ExportChoice::default();
        Self {
            scale: choice.options.scale.factor(),
            choice,
            limit_width: false,
            width: 1920,
            create_executives: false,
        }
    }
}

/// The PNG's size: its scale, and at most how wide.
fn png_size(ui: &mut Ui, memory: &mut HandoutsMemory) {
    ui.horizontal(|ui| {
        let label = ui.label("Scale");
        ui.add(
            egui::Slider::new(&mut memory.scale, Scale::MIN.factor()..=Scale::MAX.factor())
                .logarithmic(true)
                .step_by(0.05)
                .fixed_decimals(2)
                .suffix("×"),
        )
        .labelled_by(label.id)
        .on_hover_text(
            "Pixels per point of the chart: 2× is sharp on slides, 0.25× makes a thumbnail",
        );
    });
    ui.horizontal(|ui| {
        ui.checkbox(&mut memory.limit_width, "At most");
        let width = ui.add_enabled(
            memory.limit_width,
            egui::DragValue::new(&mut memory.width)
                .range(16..=100_000)
                .suffix(" pixels wide"),
        );
        width.on_hover_text("The picture is drawn smaller if it would be wider");
    });
    ui.weak(
        "A chart too large for the scale (over 100 million pixels) is drawn at the largest \
         scale that fits; the status line says which.",
    );
}

/// The Export dialog.
pub fn export(
    ctx: &Context,
    fresh: bool,
    memory: &mut HandoutsMemory,
    options_in_design: usize,
    actions: &mut Vec<Action>,
) {
    let closed = modal(ctx, "export", |ui| {
        ui.heading("Export");
        ui.label("Drawn from the design, the same on every machine.");
        ui.add_space(6.0);
        // The keyboard starts on the format chosen (the last one used).
        let chosen = memory.choice.format;
        for format in Format::ALL {
            let response = ui.radio_value(&mut memory.choice.format, format, format.label());
            if fresh && format == chosen {
                response.request_focus();
            }
        }
        ui.add_space(6.0);
        let options = &mut memory.choice.options;
        match memory.choice.format {
            Format::Png => {
                png_size(ui, memory);
                let options = &mut memory.choice.options;
                ui.checkbox(&mut options.legend, "Title and legend, for a slide")
                    .on_hover_text(
                        "The design's name and today's date above the chart; what the marks \
                         and lines mean and each executive's balance below it",
                    );
            }
            Format::Svg => {
                ui.checkbox(&mut options.legend, "Title and legend, for a slide")
                    .on_hover_text(
                        "The design's name and today's date above the chart; what the marks \
                         and lines mean and each executive's balance below it",
                    );
                ui.checkbox(&mut options.text_as_paths, "Text as outlines")
                    .on_hover_text(
                        "Looks the same in every viewer, even one without the fonts (such as \
                         GNOME's, or a converter); the text can then no longer be searched \
                         or edited",
                    );
            }
            Format::Csv => {
                ui.horizontal(|ui| {
                    ui.label("Table");
                    ui.radio_value(
                        &mut options.csv_table,
                        CsvTable::Ownership,
                        "Ownership (one row per responsibility)",
                    );
                    ui.radio_value(&mut options.csv_table, CsvTable::Matrix, "R/A/C/I matrix");
                });
                // Only a design with options has changes to list.
                if options_in_design < 2 && options.csv_table == CsvTable::Changes {
                    options.csv_table = CsvTable::Ownership;
                }
                let changes = ui
                    .add_enabled(
                        options_in_design > 1,
                        egui::RadioButton::new(
                            options.csv_table == CsvTable::Changes,
                            "Change list between options (one row per change)",
                        ),
                    )
                    .on_hover_text(
                        "What the option shown changes to the first, \"As is\" (shown \"As is\": \
                     what the second changes), with the reasons for moves",
                    )
                    .on_disabled_hover_text("The design has one option: make another to compare");
                if changes.clicked() {
                    options.csv_table = CsvTable::Changes;
                }
            }
            Format::Pdf | Format::Markdown => {}
        }
        let options = &mut memory.choice.options;
        options.scale = Scale::nearest(memory.scale);
        options.max_width = memory.limit_width.then_some(memory.width);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Export…").clicked() {
                let mut choice = memory.choice;
                choice.options.date = Some(legend::today());
                actions.push(Action::Export(choice));
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
