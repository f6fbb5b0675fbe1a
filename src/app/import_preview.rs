//! The import preview: what a spreadsheet would add to the design and
//! which cards it would update ("updates 5, adds 15"), row by row in a
//! table whose rows never run into each other (one line each, long text
//! cut short with the whole of it on hover); which column is read for
//! the name, owner, facing, size, description and notes (a list each,
//! "not used" allowed; a change reads the file again), which sheet of a
//! workbook; every bad row with its line and why; owners not on the
//! chart; how the file was read. Nothing changes until Import is pressed.
//! Answers with [`Action`]s.

use egui::{Align, Context, Label, Layout, Rect, RichText, ScrollArea, Ui, vec2};

use super::handouts::HandoutsMemory;
use crate::controller::{Action, ImportDialog};
use crate::import::{Choice, Field, Holder, ImportPreview, ImportRow, Settings, columns::letter};
use crate::model::{Design, format};

/// The table shows at most this many rows before it scrolls.
const ROWS_SHOWN: usize = 8;
/// Height of one row of the table.
const ROW_HEIGHT: f32 = 22.0;
/// The widest the preview gets.
const MAX_WIDTH: f32 = 900.0;

/// The owner a row names, as the preview shows it.
fn holder(design: &Design, holder: Option<&Holder>) -> String {
    match holder {
        None => "tray".to_owned(),
        Some(Holder::Existing(id)) => design.owner_label(Some(id)),
        Some(Holder::Unknown(title)) => format!("{title} (not on the chart)"),
    }
}

/// What the table's last column says about a row.
fn fate(row: &ImportRow) -> String {
    match &row.updates {
        None => "adds a card".to_owned(),
        Some(m) => format!("updates “{}” ({})", m.name, m.by.words()),
    }
}

/// The table's columns: heading and share of the width (the line number
/// and numbers fixed, the texts sharing the rest).
fn widths(total: f32) -> [f32; 6] {
    let fixed = 56.0 + 70.0 + 90.0;
    let rest = (total - fixed).max(240.0);
    [56.0, rest * 0.34, rest * 0.26, 70.0, 90.0, rest * 0.40]
}

/// One row of cells, each cut to its width (the whole text on hover).
fn cells(ui: &mut Ui, texts: [String; 6], strong: bool) {
    let top = ui.max_rect().min;
    let widths = widths(ui.available_width());
    let mut x = top.x;
    for (k, (text, w)) in texts.into_iter().zip(widths).enumerate() {
        let rect = Rect::from_min_size(egui::pos2(x, top.y), vec2(w - 6.0, ROW_HEIGHT));
        let text = if strong {
            RichText::new(text).strong()
        } else {
            RichText::new(text)
        };
        let layout = if (3..5).contains(&k) {
            Layout::right_to_left(Align::Center)
        } else {
            Layout::left_to_right(Align::Center)
        };
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect).layout(layout), |ui| {
            ui.add(Label::new(text).truncate());
        });
        x += w;
    }
}

/// The texts of one row of the table.
fn row_texts(design: &Design, row: &ImportRow) -> [String; 6] {
    [
        row.line.to_string(),
        row.name.clone(),
        holder(design, row.owner.as_ref()),
        if row.given.facing || row.updates.is_none() {
            format!("{}%", (row.external_share * 100.0).round())
        } else {
            "–".to_owned()
        },
        if row.given.size || row.updates.is_none() {
            format::number(row.size)
        } else {
            "–".to_owned()
        },
        fate(row),
    ]
}

/// The list of columns for one use: "not used", then each column of the
/// header by its letter and heading.
fn column_choice(
    ui: &mut Ui,
    field: Field,
    preview: &ImportPreview,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let current = preview.columns.iter().position(|u| u.field == Some(field));
    let name = |i: usize| {
        let header = preview.columns[i].header.as_str();
        if header.is_empty() {
            format!("{} (no heading)", letter(i))
        } else {
            format!("{}: {header}", letter(i))
        }
    };
    let shown = current.map_or_else(|| "not used".to_owned(), name);
    let chosen = *settings.columns.get(field) != Choice::Guess;
    let mut picked: Option<Choice> = None;
    let response = egui::ComboBox::from_label(format!("{} column", field.label()))
        .selected_text(shown)
        .width(170.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), "not used").clicked() {
                picked = Some(Choice::NotUsed);
            }
            for i in 0..preview.columns.len() {
                if ui.selectable_label(current == Some(i), name(i)).clicked() {
                    picked = Some(Choice::Index(i));
                }
            }
        })
        .response;
    response.on_hover_text(if chosen {
        "Chosen by you"
    } else {
        "Guessed from the column headings; choose another if it is wrong"
    });
    if let Some(choice) = picked {
        let mut next = settings.clone();
        next.columns.set(field, choice);
        if next != *settings {
            actions.push(Action::RereadImport(next));
        }
    }
}

/// The import preview: its heading and summary on top and its buttons at
/// the bottom stay in view; what lies between scrolls when the screen is
/// too short for it.
pub fn show(
    ctx: &Context,
    fresh: bool,
    design: &Design,
    import: &ImportDialog,
    memory: &mut HandoutsMemory,
    actions: &mut Vec<Action>,
) {
    let ImportDialog {
        path,
        settings,
        preview,
        ..
    } = import;
    let screen = ctx.content_rect();
    let width = MAX_WIDTH.min(screen.width() - 48.0).max(320.0);
    let height = super::modal::body_height(ctx);
    let close = super::modal::titled_modal(ctx, "import", Some(HEADING), |ui| {
        ui.set_width(width);
        ui.heading(HEADING);
        summary(ui, path, preview);
        super::modal::scroll_area(ui, "import_body", height, |ui| {
            content(ui, design, settings, preview, memory, actions);
        });
        ui.add_space(8.0);
        buttons(ui, fresh, preview, memory.create_executives, actions);
    });
    if close {
        actions.push(Action::CloseDialog);
    }
}

/// The dialog's heading.
const HEADING: &str = "Import responsibilities";

/// What the file would do to the design, in a line.
fn summary(ui: &mut Ui, path: &std::path::Path, preview: &ImportPreview) {
    let name = crate::file::name_of(path);
    let text = match (preview.rows.len(), preview.updates()) {
        (0, _) => format!("{name} has no row that can be imported."),
        (1, 0) => format!("{name}: 1 responsibility to add."),
        (n, 0) => format!("{name}: {n} responsibilities to add."),
        _ => format!("{name}: {}.", preview.summary()),
    };
    ui.label(RichText::new(text).strong())
        .on_hover_text(path.display().to_string());
}

/// Import and Cancel: Import takes the keyboard when the dialog opens
/// (Cancel, when there is nothing to import).
fn buttons(
    ui: &mut Ui,
    fresh: bool,
    preview: &ImportPreview,
    create_executives: bool,
    actions: &mut Vec<Action>,
) {
    let n = preview.rows.len();
    ui.horizontal(|ui| {
        let label = match (n, preview.updates()) {
            (1, 0) => "Import 1 responsibility".to_owned(),
            (n, 0) => format!("Import {n} responsibilities"),
            (_, updates) => format!("Import: update {updates}, add {}", preview.adds()),
        };
        let import = ui.add_enabled(n > 0, egui::Button::new(label));
        if fresh && n > 0 {
            import.request_focus();
        }
        if import.clicked() {
            actions.push(Action::AcceptImport { create_executives });
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
}

/// What the file holds and how it is read: sheet, columns, notes, rows,
/// bad rows, owners not on the chart.
fn content(
    ui: &mut Ui,
    design: &Design,
    settings: &Settings,
    preview: &ImportPreview,
    memory: &mut HandoutsMemory,
    actions: &mut Vec<Action>,
) {
    let n = preview.rows.len();
    if preview.sheets.len() > 1 {
        let current = preview.sheet.clone().unwrap_or_default();
        let mut picked = None;
        egui::ComboBox::from_label("Sheet")
            .selected_text(current.as_str())
            .show_ui(ui, |ui| {
                for sheet in &preview.sheets {
                    if ui
                        .selectable_label(*sheet == current, sheet.as_str())
                        .clicked()
                    {
                        picked = Some(sheet.clone());
                    }
                }
            });
        if let Some(sheet) = picked.filter(|s| *s != current) {
            actions.push(Action::RereadImport(Settings {
                sheet: Some(sheet),
                ..settings.clone()
            }));
        }
    }
    if !preview.columns.is_empty() {
        ui.add_space(4.0);
        egui::Grid::new("import_columns")
            .num_columns(3)
            .spacing(vec2(18.0, 4.0))
            .show(ui, |ui| {
                for (k, field) in Field::CHOSEN_IN_PREVIEW.into_iter().enumerate() {
                    ui.horizontal(|ui| column_choice(ui, field, preview, settings, actions));
                    if k % 3 == 2 {
                        ui.end_row();
                    }
                }
            });
    }
    for note in &preview.notes {
        ui.add(Label::new(RichText::new(note).weak()).wrap());
    }
    if n > 0 {
        ui.add_space(4.0);
        let unit = preview.size_unit.as_deref().unwrap_or(&design.size_unit);
        let place = if preview.sheet.is_some() {
            "Row"
        } else {
            "Line"
        };
        let (_, head) = ui.allocate_space(vec2(ui.available_width(), ROW_HEIGHT));
        let mut head_ui = ui.new_child(egui::UiBuilder::new().max_rect(head));
        cells(
            &mut head_ui,
            [
                place.to_owned(),
                "Name".to_owned(),
                "Owner".to_owned(),
                "Facing (external)".to_owned(),
                format!("Size ({unit})"),
                "In the design".to_owned(),
            ],
            true,
        );
        let area = ScrollArea::vertical()
            .max_height(ROW_HEIGHT * n.min(ROWS_SHOWN) as f32)
            .auto_shrink([false, true]);
        super::rows::show(ui, "import_rows", area, ROW_HEIGHT, n, |ui, i| {
            cells(ui, row_texts(design, &preview.rows[i]), false);
        });
    }
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
        ScrollArea::vertical()
            .id_salt("import_errors")
            .max_height(110.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for error in preview.errors.iter().take(200) {
                    ui.add(Label::new(preview.describe(error)).wrap());
                }
                let more = preview.bad_rows().saturating_sub(200);
                if more > 0 {
                    ui.weak(format!("and {more} more"));
                }
            });
    }
    let create = &mut memory.create_executives;
    if !preview.unknown_owners.is_empty() {
        ui.add_space(6.0);
        let names = preview.unknown_titles().join(", ");
        ui.checkbox(
            create,
            format!("Add these executives to the chart: {names}"),
        )
        .on_hover_text(
            "They report to the CEO and stand under the CEO box; otherwise their \
             responsibilities go to the unassigned tray",
        );
        if let (false, Some(what)) = (*create, preview.without_executives()) {
            ui.add(Label::new(RichText::new(format!("Without them: {what}.")).weak()).wrap());
        }
    }
    if !preview.ignored_columns.is_empty() {
        ui.add(
            Label::new(
                RichText::new(format!(
                    "Columns left out: {}",
                    preview.ignored_columns.join(", ")
                ))
                .weak(),
            )
            .wrap(),
        );
    }
}
