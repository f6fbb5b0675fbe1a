//! The handout dialogs: *Export…* (which format; the PNG's scale and
//! widest width; a title and legend on the PNG and SVG; the SVG's text as
//! outlines; which CSV table; then where, through the file dialog or the
//! path prompt) and
//! the import preview (what a spreadsheet would add, every bad row with its
//! line and why, owners not on the chart; nothing changes until Import is
//! pressed). Each answers with an [`Action`].

use egui::{Context, RichText, Ui};

use super::modal::modal;
use crate::controller::{Action, ExportChoice};
use crate::export::{CsvTable, Format, Scale, legend};
use crate::import::{Holder, ImportPreview, ImportRow};
use crate::model::{Design, format};

/// The list of rows shows at most this many lines before it scrolls.
const ROWS_SHOWN: usize = 8;
/// Height of one line of the lists.
const ROW_HEIGHT: f32 = 20.0;

/// What the dialogs keep between frames: the last export choice (offered
/// again next time), the PNG's scale and width as the controls hold them,
/// and whether to create unknown owners on import.
pub struct HandoutsMemory {
    choice: ExportChoice,
    scale: f32,
    limit_width: bool,
    width: u32,
    create_executives: bool,
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
pub fn export(ctx: &Context, fresh: bool, memory: &mut HandoutsMemory, actions: &mut Vec<Action>) {
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

/// The owner a row names, as the preview shows it.
fn holder(design: &Design, holder: Option<&Holder>) -> String {
    match holder {
        None => "tray".to_owned(),
        Some(Holder::Existing(id)) => design.owner_label(Some(id)),
        Some(Holder::Unknown(title)) => format!("{title} (not on the chart)"),
    }
}

fn row_line(design: &Design, row: &ImportRow) -> String {
    format!(
        "line {}: {} · {}% external · size {} · {}",
        row.line,
        row.name,
        (row.external_share * 100.0).round(),
        format::number(row.size),
        holder(design, row.owner.as_ref())
    )
}

/// The import preview.
pub fn import_preview(
    ctx: &Context,
    fresh: bool,
    design: &Design,
    path: &std::path::Path,
    preview: &ImportPreview,
    memory: &mut HandoutsMemory,
    actions: &mut Vec<Action>,
) {
    let create = &mut memory.create_executives;
    let closed = modal(ctx, "import", |ui| {
        ui.heading("Import responsibilities");
        let name = crate::file::name_of(path);
        let n = preview.rows.len();
        ui.label(RichText::new(match n {
            0 => format!("{name} has no row that can be imported."),
            1 => format!("{name}: 1 responsibility to add."),
            n => format!("{name}: {n} responsibilities to add."),
        }))
        .on_hover_text(path.display().to_string());
        list(ui, "import_rows", n, |ui, i| {
            ui.label(row_line(design, &preview.rows[i]));
        });
        if !preview.errors.is_empty() {
            ui.add_space(6.0);
            let k = preview.bad_rows();
            ui.label(
                RichText::new(if k == 1 {
                    "1 row cannot be imported and is left out:".to_owned()
                } else {
                    format!("{k} rows cannot be imported and are left out:")
                })
                .color(ui.visuals().warn_fg_color),
            );
            list(ui, "import_errors", preview.errors.len(), |ui, i| {
                ui.label(preview.errors[i].to_string());
            });
        }
        if !preview.unknown_owners.is_empty() {
            ui.add_space(6.0);
            let names = preview.unknown_titles().join(", ");
            ui.checkbox(
                create,
                format!("Add these executives to the chart: {names}"),
            )
            .on_hover_text("Otherwise their responsibilities go to the unassigned tray");
            if let (false, Some(what)) = (*create, preview.without_executives()) {
                ui.weak(format!("Without them: {what}."));
            }
        }
        if !preview.ignored_columns.is_empty() {
            ui.weak(format!(
                "Columns left out (not known to Remit): {}",
                preview.ignored_columns.join(", ")
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let label = match n {
                1 => "Import 1 responsibility".to_owned(),
                n => format!("Import {n} responsibilities"),
            };
            let import = ui.add_enabled(n > 0, egui::Button::new(label));
            if fresh && n > 0 {
                import.request_focus();
            }
            if import.clicked() {
                actions.push(Action::AcceptImport {
                    create_executives: *create,
                });
            }
            let cancel = ui.button("Cancel");
            if fresh && n == 0 {
                cancel.request_focus();
            }
            if cancel.clicked() {
                actions.push(Action::CloseDialog);
            }
        });
        ui.weak("Ctrl+Z takes an import out again in one step.");
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// A list of `n` lines, only those in view laid out.
fn list(ui: &mut Ui, id: &str, n: usize, line: impl FnMut(&mut Ui, usize)) {
    if n == 0 {
        return;
    }
    let pitch = ROW_HEIGHT + ui.spacing().item_spacing.y;
    let area = egui::ScrollArea::vertical()
        .max_height(ROW_HEIGHT * n.min(ROWS_SHOWN) as f32)
        .auto_shrink([false, true]);
    super::rows::show(ui, id, area, pitch, n, line);
}
