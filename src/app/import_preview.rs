//! The import preview: what a spreadsheet would add to the design and
//! which cards it would update ("updates 5, adds 15"), row by row in a
//! table whose rows never run into each other (one line each, long text
//! cut short with the whole of it on hover, the owner with the person the
//! row names in its role); which column is read for the name, owner,
//! person, facing, size, description and notes (a list each, "not used"
//! allowed; a change reads the file again), which sheet of a
//! workbook; every bad row with its line and why; owners not on the
//! chart; how the file was read. Nothing changes until Import is pressed.
//! Answers with [`Action`]s.

use egui::{Align, Context, Label, Layout, Rect, RichText, ScrollArea, Ui, vec2};

use super::handouts::HandoutsMemory;
use crate::controller::{Action, ImportDialog, OptionAction};
use crate::import::{Choice, Field, Holder, ImportPreview, ImportRow, Settings, columns::letter};
use crate::model::{Design, format};

/// The table shows at most this many rows before it scrolls.
const ROWS_SHOWN: usize = 8;
/// Height of one row of the table.
const ROW_HEIGHT: f32 = 22.0;
/// The width of a column's list of choices.
const COMBO_WIDTH: f32 = 190.0;
/// The widest the preview gets.
const MAX_WIDTH: f32 = 900.0;

/// The owner a row names, as the preview shows it, with the person the
/// row names in its role ("CIO (Naoki Morita)").
fn holder(design: &Design, holder: Option<&Holder>, person: &str) -> String {
    match (holder, person.is_empty()) {
        (None, _) => "tray".to_owned(),
        (Some(Holder::Existing(id)), true) => design.owner_label(Some(id)),
        (Some(Holder::Existing(id)), false) => {
            format!("{} ({person})", design.owner_label(Some(id)))
        }
        (Some(Holder::Unknown(title)), true) => format!("{title} (not on the chart)"),
        (Some(Holder::Unknown(title)), false) => {
            format!("{title} ({person}; not on the chart)")
        }
    }
}

/// What the table's last column says about a row.
fn fate(row: &ImportRow) -> String {
    match &row.updates {
        None => "adds a card".to_owned(),
        Some(m) => format!("updates “{}” ({})", m.name, m.by.words()),
    }
}

/// The least the texts (name, owner, what happens) share of the table's
/// width before the numbers' columns give up room to fit their headings.
const TEXTS_AT_LEAST: f32 = 420.0;

/// The table's columns' widths in a table `total` wide whose facing and
/// size headings need `facing` and `size`: the line number fixed, the
/// numbers as wide as their headings (at least 70 and 90, at most 200)
/// where the texts keep [`TEXTS_AT_LEAST`], the texts sharing the rest.
fn widths(total: f32, facing: f32, size: f32) -> [f32; 6] {
    let (least_facing, least_size) = (70.0, 90.0);
    let facing = facing.clamp(least_facing, 200.0);
    let size = size.clamp(least_size, 200.0);
    // What the numbers may take beyond their least, and what they want.
    let room = (total - 56.0 - least_facing - least_size - TEXTS_AT_LEAST).max(0.0);
    let wanted = (facing - least_facing) + (size - least_size);
    let share = if wanted > room { room / wanted } else { 1.0 };
    let facing = least_facing + (facing - least_facing) * share;
    let size = least_size + (size - least_size) * share;
    let rest = (total - 56.0 - facing - size).max(240.0);
    [56.0, rest * 0.34, rest * 0.26, facing, size, rest * 0.40]
}

/// The widths of the table's columns with these headings, in `ui`'s
/// width: the facing and size columns as wide as their headings where
/// there is room.
fn table_widths(ui: &Ui, heads: &[String; 6]) -> [f32; 6] {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().strong_text_color();
    let need = |text: &str| {
        // The cell's margin, and a little for the strong heading.
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), colour)
            .size()
            .x
            + 12.0
    };
    widths(ui.available_width(), need(&heads[3]), need(&heads[4]))
}

/// One row of cells, each cut to its width (the whole text on hover).
fn cells(ui: &mut Ui, texts: [String; 6], strong: bool, widths: [f32; 6]) {
    let top = ui.max_rect().min;
    let mut x = top.x;
    for (k, (text, w)) in texts.into_iter().zip(widths).enumerate() {
        // The last takes what the row has left (less under a scroll bar).
        let w = if k == 5 {
            w.min(ui.max_rect().right() - x).max(6.0)
        } else {
            w
        };
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
        holder(design, row.owner.as_ref(), &row.person),
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
    // The label before its list, so that a row of them reads left to
    // right and never runs past the dialog's edge.
    let label = ui.label(format!("{} column", field.label()));
    let response = egui::ComboBox::from_id_salt(("import_column", field.label()))
        .selected_text(shown)
        .width(COMBO_WIDTH)
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
        .response
        .labelled_by(label.id);
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
            content(ui, design, settings, preview, actions);
        });
        owners(ui, preview, &mut memory.create_executives);
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

/// The owners not on the chart, with the choice to add them as
/// executives, beside the buttons: always in view, as it decides what
/// Import does.
fn owners(ui: &mut Ui, preview: &ImportPreview, create: &mut bool) {
    if preview.unknown_owners.is_empty() {
        return;
    }
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

/// The button that imports into a new option.
pub const AS_OPTION: &str = "Add as a new option";

/// Import, Add as a new option, and Cancel: Import takes the keyboard when the dialog opens
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
        let as_option = ui
            .add_enabled(n > 0, egui::Button::new(AS_OPTION))
            .on_hover_text(
                "Keep the option shown as it is: a copy of it with the spreadsheet imported becomes a new option, named after the file",
            );
        if as_option.clicked() {
            actions.push(Action::Option(OptionAction::AcceptImport { create_executives }));
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
        // As many label-and-list pairs to a row as the dialog has room for.
        let pair = COMBO_WIDTH + 150.0;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a small positive count, clamped"
        )]
        let per_row = ((ui.available_width() / pair).floor() as usize).clamp(1, 4);
        egui::Grid::new("import_columns")
            .num_columns(2 * per_row)
            .spacing(vec2(10.0, 4.0))
            .show(ui, |ui| {
                for (k, field) in Field::CHOSEN_IN_PREVIEW.into_iter().enumerate() {
                    column_choice(ui, field, preview, settings, actions);
                    if k % per_row == per_row - 1 {
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
        let heads = [
            place.to_owned(),
            "Name".to_owned(),
            "Owner".to_owned(),
            "Facing (external)".to_owned(),
            format!("Size ({unit})"),
            "In the design".to_owned(),
        ];
        let widths = table_widths(ui, &heads);
        let (_, head) = ui.allocate_space(vec2(ui.available_width(), ROW_HEIGHT));
        let mut head_ui = ui.new_child(egui::UiBuilder::new().max_rect(head));
        cells(&mut head_ui, heads, true, widths);
        let area = ScrollArea::vertical()
            .max_height(ROW_HEIGHT * n.min(ROWS_SHOWN) as f32)
            .auto_shrink([false, true]);
        super::rows::show(ui, "import_rows", area, ROW_HEIGHT, n, |ui, i| {
            cells(ui, row_texts(design, &preview.rows[i]), false, widths);
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
