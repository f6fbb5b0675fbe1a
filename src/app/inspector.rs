//! The inspector: edits whatever is selected. A responsibility's name,
//! description, external share, size, owner and notes (and deleting it); an
//! executive's titles, colour and position (and removing it); with nothing
//! selected, the design's name and size unit. Every change is an [`Action`].

use egui::{RichText, TextEdit, Ui};

use crate::model::edit::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

use super::{Action, Command, Selection};
use crate::model::{Design, Edit, Executive, Facing, Position, Responsibility, Rgb};

/// Draws the inspector for the current selection.
pub fn show(ui: &mut Ui, design: &Design, selection: &Selection, actions: &mut Vec<Action>) {
    match selection {
        Selection::Responsibility(id) => match design.responsibility(id) {
            Some(item) => responsibility(ui, design, item, actions),
            None => nothing_selected(ui, design, actions),
        },
        Selection::Executive(id) => match design.executive(id) {
            Some(executive) => self::executive(ui, executive, actions),
            None => nothing_selected(ui, design, actions),
        },
        Selection::None => nothing_selected(ui, design, actions),
    }
}

/// How much text a field takes.
#[derive(Clone, Copy)]
enum Lines {
    /// A name or title: one line, up to [`MAX_NAME_CHARS`].
    One,
    /// A description or notes: several lines, up to [`MAX_TEXT_CHARS`].
    Several,
}

/// A labelled text field that sends `make(new_text)` on change and seals
/// the undo step when left.
fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    lines: Lines,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) {
    let label = ui.label(label);
    let mut text = value.to_owned();
    let edit = match lines {
        Lines::One => TextEdit::singleline(&mut text).char_limit(MAX_NAME_CHARS),
        Lines::Several => TextEdit::multiline(&mut text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_rows(3),
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if response.changed() {
        actions.push(Action::Edit(make(text)));
    }
    if response.lost_focus() {
        actions.push(Action::SealHistory);
    }
}

fn responsibility(ui: &mut Ui, design: &Design, item: &Responsibility, actions: &mut Vec<Action>) {
    ui.heading("Responsibility");
    let id = item.id.clone();
    text_field(ui, "Name", &item.name, Lines::One, actions, |t| {
        Edit::SetName(id.clone(), t)
    });
    text_field(
        ui,
        "Description",
        &item.description,
        Lines::Several,
        actions,
        |t| Edit::SetDescription(id.clone(), t),
    );

    let facing = Facing::of_share(item.external_share);
    let label = ui.label(format!("External share: {} ", facing.word()));
    let mut share = item.external_share;
    ui.spacing_mut().slider_width = (ui.available_width() - 70.0).max(120.0);
    let slider = ui
        .add(
            egui::Slider::new(&mut share, 0.0..=1.0)
                .custom_formatter(|v, _| format!("{:.0}%", v * 100.0))
                .custom_parser(|s| s.trim().trim_end_matches('%').trim().parse::<f64>().ok().map(|v| v / 100.0))
                .step_by(0.01),
        )
        .labelled_by(label.id)
        .on_hover_text("0% = fully internal-facing (employees, operations); 100% = fully external-facing (customers, product)");
    if slider.changed() {
        actions.push(Action::Edit(Edit::SetShare(
            id.clone(),
            share.clamp(0.0, 1.0),
        )));
    }
    if slider.drag_stopped() || slider.lost_focus() {
        actions.push(Action::SealHistory);
    }

    ui.horizontal(|ui| {
        let label = ui.label("Size");
        let mut size = item.size;
        let drag = ui
            .add(
                egui::DragValue::new(&mut size)
                    .range(0.01..=1.0e9)
                    .speed(0.1)
                    .max_decimals(2),
            )
            .labelled_by(label.id);
        ui.weak(&design.size_unit);
        if drag.changed() && size.is_finite() && size > 0.0 {
            actions.push(Action::Edit(Edit::SetSize(id.clone(), size)));
        }
        if drag.drag_stopped() || drag.lost_focus() {
            actions.push(Action::SealHistory);
        }
    });

    ui.horizontal(|ui| {
        let label = ui.label("Owner");
        let current = item
            .owner
            .as_ref()
            .and_then(|o| design.executive(o))
            .map_or_else(|| "Unassigned".to_owned(), |e| e.short_title.clone());
        egui::ComboBox::from_id_salt("owner")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for executive in &design.executives {
                    let here = item.owner.as_ref() == Some(&executive.id);
                    if ui.selectable_label(here, &executive.short_title).clicked() && !here {
                        actions.push(Action::Edit(Edit::Move {
                            responsibility: id.clone(),
                            to: Some(executive.id.clone()),
                        }));
                    }
                }
                if ui
                    .selectable_label(item.owner.is_none(), "Unassigned")
                    .clicked()
                    && item.owner.is_some()
                {
                    actions.push(Action::Edit(Edit::Move {
                        responsibility: id.clone(),
                        to: None,
                    }));
                }
            })
            .response
            .labelled_by(label.id);
    });

    text_field(ui, "Notes", &item.notes, Lines::Several, actions, |t| {
        Edit::SetNotes(id.clone(), t)
    });
    ui.add_space(6.0);
    if ui
        .button("Delete responsibility")
        .on_hover_text("Delete this card (Del); Ctrl+Z brings it back")
        .clicked()
    {
        actions.push(Action::Command(Command::DeleteSelected));
    }
}

fn executive(ui: &mut Ui, executive: &Executive, actions: &mut Vec<Action>) {
    ui.heading("Executive");
    let id = executive.id.clone();
    text_field(
        ui,
        "Short title",
        &executive.short_title,
        Lines::One,
        actions,
        |t| Edit::SetShortTitle(id.clone(), t),
    );
    text_field(
        ui,
        "Full title",
        &executive.full_title,
        Lines::One,
        actions,
        |t| Edit::SetFullTitle(id.clone(), t),
    );
    ui.horizontal(|ui| {
        let label = ui.label("Colour");
        let Rgb(r, g, b) = executive.colour;
        let mut rgb = [r, g, b];
        let response = ui.color_edit_button_srgb(&mut rgb).labelled_by(label.id);
        if response.changed() {
            actions.push(Action::Edit(Edit::SetColour(
                id.clone(),
                Rgb(rgb[0], rgb[1], rgb[2]),
            )));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Position");
        let Position { mut x, mut y } = executive.position;
        let rx = ui
            .add(
                egui::DragValue::new(&mut x)
                    .range(0.0..=10_000.0)
                    .prefix("x "),
            )
            .labelled_by(label.id);
        let ry = ui
            .add(
                egui::DragValue::new(&mut y)
                    .range(0.0..=10_000.0)
                    .prefix("y "),
            )
            .labelled_by(label.id);
        if rx.changed() || ry.changed() {
            actions.push(Action::Edit(Edit::MoveExecutive(
                id.clone(),
                Position { x, y },
            )));
        }
        if rx.drag_stopped() || ry.drag_stopped() || rx.lost_focus() || ry.lost_focus() {
            actions.push(Action::SealHistory);
        }
    });
    ui.add_space(6.0);
    if ui
        .button("Remove executive")
        .on_hover_text("Remove this box; its responsibilities go to the unassigned tray")
        .clicked()
    {
        actions.push(Action::Edit(Edit::RemoveExecutive(id)));
        actions.push(Action::Select(Selection::None));
    }
}

fn nothing_selected(ui: &mut Ui, design: &Design, actions: &mut Vec<Action>) {
    ui.heading("Design");
    text_field(
        ui,
        "Design name",
        &design.name,
        Lines::One,
        actions,
        Edit::SetDesignName,
    );
    text_field(
        ui,
        "Size unit",
        &design.size_unit,
        Lines::One,
        actions,
        Edit::SetSizeUnit,
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Select a card or an executive's header to edit it.").weak());
    ui.label(
        RichText::new(
            "Drag cards between boxes, or select one and press Alt+1…9 (Alt+0 for the tray).",
        )
        .weak(),
    );
}
