//! The inspector: edits whatever is selected. A responsibility's name,
//! description, kind of work, external share, size, owner and notes (and
//! deleting it); an
//! executive's titles, manager, orientation, colour, position and dotted
//! lines (and removing it); the CEO box; with nothing
//! selected, the design's name and size unit, and what it says about the
//! company (changed in its own dialog). Every change is an [`Action`],
//! sent only when the user changed a value: a widget that merely shows one
//! (and rounds it on the way) sends nothing.

use egui::{RichText, Ui};

use super::choice::{self, Choices};
use super::decisions_panel::{self, DecisionsMemory};
use super::fields::{Lines, take_keyboard_selecting_all, text_field};
use super::{chart_fields, keys};
use crate::controller::{Action, Command, Derived, Selection};
use crate::model::findings::DELIBERATE_LABEL;
use crate::model::rules;
use crate::model::{Design, Edit, Executive, Facing, Position, Responsibility, Rgb, WorkKind};

/// The question the kind of work's list answers.
pub const KIND_LABEL: &str = "What kind of work is this?";

/// The kinds of work, as the card's details list them.
const KINDS: Choices<WorkKind> = Choices {
    all: &WorkKind::ALL,
    words: WorkKind::label,
    hint: Some(WorkKind::hint),
};

/// Draws the inspector for the current selection. `name_it` is set when
/// an executive has just been added (and selected): its title field takes
/// the keyboard, its text selected, so that what is typed next names it.
pub fn show(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    selection: &Selection,
    decisions: &mut DecisionsMemory,
    name_it: &mut bool,
    actions: &mut Vec<Action>,
) {
    let index = &derived.index;
    match selection {
        Selection::Responsibility(id) => match index.responsibility(id) {
            Some(i) => {
                let item = &design.responsibilities[i];
                responsibility(ui, design, derived, item, decisions, actions);
            }
            None => nothing_selected(ui, design, derived, actions),
        },
        Selection::Executive(id) => match index.executive(id) {
            Some(i) => self::executive(ui, design, &design.executives[i], name_it, actions),
            None => nothing_selected(ui, design, derived, actions),
        },
        Selection::Ceo => match &design.ceo {
            Some(ceo) => chart_fields::ceo(ui, ceo, actions),
            None => nothing_selected(ui, design, derived, actions),
        },
        Selection::None => nothing_selected(ui, design, derived, actions),
    }
}

/// A share as a percentage, with as many decimals as it has (35%, 35.5%).
fn percent_text(share: f64) -> String {
    let text = format!("{:.2}", share * 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}%")
}

fn responsibility(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    item: &Responsibility,
    decisions: &mut DecisionsMemory,
    actions: &mut Vec<Action>,
) {
    ui.heading("Responsibility");
    decisions_panel::reason_prompt(ui, design, item, decisions, actions);
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

    let label = ui.label(KIND_LABEL);
    let width = ui.available_width() - 8.0;
    let (_, kind) = choice::combo(ui, "work-kind", label.id, item.kind, &KINDS, width);
    if let Some(kind) = kind {
        actions.push(Action::Edit(Edit::SetKind(id.clone(), kind)));
    }

    let facing = Facing::of_share(item.external_share);
    let label = ui.label(format!("External share: {} ", facing.word()));
    let mut share = item.external_share;
    ui.spacing_mut().slider_width = (ui.available_width() - 70.0).max(120.0);
    let slider = ui
        .add(
            egui::Slider::new(&mut share, 0.0..=1.0)
                // Only a real move snaps to a step: showing a share that is
                // not on a whole percent must leave it as it is.
                .clamping(egui::SliderClamping::Edits)
                .custom_formatter(|v, _| percent_text(v))
                .custom_parser(|s| s.trim().trim_end_matches('%').trim().parse::<f64>().ok().map(|v| v / 100.0))
                .step_by(0.01),
        )
        .labelled_by(label.id)
        .on_hover_text("0% = fully internal-facing (employees, operations); 100% = fully external-facing (customers, product)");
    // The slider snaps what it shows to its steps; only a real move counts.
    let share = rules::share(share.clamp(0.0, 1.0));
    if slider.changed() && share != item.external_share {
        actions.push(Action::Edit(Edit::SetShare(id.clone(), share)));
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
                    .range(rules::MIN_SIZE..=rules::MAX_SIZE)
                    .speed(0.1)
                    // As many decimals as the size has (3, 2.5, 0.125):
                    // leaving the field must not round it.
                    .custom_formatter(|v, _| crate::model::format::number(rules::size(v))),
            )
            .labelled_by(label.id);
        ui.weak(&design.size_unit);
        let size = rules::size(size);
        if drag.changed() && size != item.size && rules::check_size(size).is_ok() {
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
            .and_then(|o| derived.index.executive(o))
            .map_or_else(
                || "Unassigned".to_owned(),
                |i| design.executives[i].short_title.clone(),
            );
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

    chart_fields::roles(ui, design, item, actions);
    let mut deliberate = item.deliberate;
    if ui
        .checkbox(&mut deliberate, DELIBERATE_LABEL)
        .on_hover_text(
            "Its place is a choice made on purpose: the findings stop questioning it. \
             Say why in the notes.",
        )
        .changed()
    {
        actions.push(Action::Edit(Edit::SetDeliberate(id.clone(), deliberate)));
    }
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

fn executive(
    ui: &mut Ui,
    design: &Design,
    executive: &Executive,
    name_it: &mut bool,
    actions: &mut Vec<Action>,
) {
    ui.heading("Executive");
    let id = executive.id.clone();
    let title = text_field(
        ui,
        "Short title",
        &executive.short_title,
        Lines::One,
        actions,
        |t| Edit::SetShortTitle(id.clone(), t),
    );
    if std::mem::take(name_it) {
        take_keyboard_selecting_all(ui, &title, &executive.short_title);
        title.scroll_to_me(None);
    }
    text_field(
        ui,
        "Full title",
        &executive.full_title,
        Lines::One,
        actions,
        |t| Edit::SetFullTitle(id.clone(), t),
    );
    text_field(ui, "Person", &executive.person, Lines::One, actions, |t| {
        Edit::SetPerson(id.clone(), t)
    });
    chart_fields::reports_to(ui, design, executive, actions);
    chart_fields::orientation(ui, executive, actions);
    chart_fields::columns(ui, executive, actions);
    ui.horizontal(|ui| {
        let label = ui.label("Colour");
        let Rgb(r, g, b) = executive.colour;
        let mut rgb = [r, g, b];
        let response = ui.color_edit_button_srgb(&mut rgb).labelled_by(label.id);
        if response.changed() && rgb != [r, g, b] {
            actions.push(Action::Edit(Edit::SetColour(
                id.clone(),
                Rgb(rgb[0], rgb[1], rgb[2]),
            )));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Position");
        let Position { mut x, mut y } = executive.position;
        let range = -rules::MAX_COORDINATE..=rules::MAX_COORDINATE;
        let rx = ui
            .add(
                egui::DragValue::new(&mut x)
                    .range(range.clone())
                    .max_decimals(0)
                    .prefix("x "),
            )
            .labelled_by(label.id);
        let ry = ui
            .add(
                egui::DragValue::new(&mut y)
                    .range(range)
                    .max_decimals(0)
                    .prefix("y "),
            )
            .labelled_by(label.id);
        let moved = rules::position(Position { x, y });
        if (rx.changed() || ry.changed()) && moved != executive.position {
            actions.push(Action::Edit(Edit::MoveExecutive(id.clone(), moved)));
        }
        if rx.drag_stopped() || ry.drag_stopped() || rx.lost_focus() || ry.lost_focus() {
            actions.push(Action::SealHistory);
        }
    });
    chart_fields::dotted_lines(ui, design, executive, actions);
    text_field(
        ui,
        "Notes",
        &executive.notes,
        Lines::Several,
        actions,
        |t| Edit::SetExecutiveNotes(id.clone(), t),
    );
    ui.add_space(6.0);
    if ui
        .button("Add an executive under this one")
        .on_hover_text("A new box that reports to this executive (Edit > Add executive does the same while it is selected)")
        .clicked()
    {
        actions.push(Action::Command(Command::AddExecutive));
    }
    if ui
        .button("Remove executive")
        .on_hover_text("Remove this box: its responsibilities go to the unassigned tray, and those who reported to it report to its manager")
        .clicked()
    {
        actions.push(Action::Edit(Edit::RemoveExecutive(id)));
        actions.push(Action::Select(Selection::None));
    }
}

fn nothing_selected(ui: &mut Ui, design: &Design, derived: &Derived, actions: &mut Vec<Action>) {
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
    chart_fields::ceo_toggle(ui, design, &derived.chart, actions);
    ui.add_space(4.0);
    company(ui, design, actions);
    ui.add_space(6.0);
    ui.label(RichText::new("Select a card or an executive's header to edit it.").weak());
    let first = Command::MoveSelectedTo(1)
        .shortcut()
        .map(|s| keys::describe(ui.ctx(), s));
    let tray = Command::MoveSelectedTo(0)
        .shortcut()
        .map(|s| keys::describe(ui.ctx(), s));
    ui.label(
        RichText::new(format!(
            "Drag cards between boxes, or select one and press {}…9 ({} for the tray).",
            first.unwrap_or_default(),
            tray.unwrap_or_default()
        ))
        .weak(),
    );
}

/// The button that describes the company in the design's details.
pub const DESCRIBE_COMPANY: &str = "Describe the company…";

/// What the design says about its company, and a button that opens the
/// dialog to change it.
fn company(ui: &mut Ui, design: &Design, actions: &mut Vec<Action>) {
    let said = design.company.summary();
    ui.horizontal_wrapped(|ui| {
        ui.label("Company:");
        if said.is_empty() {
            ui.weak("not described (the advice assumes what it must)");
        } else {
            ui.label(said);
        }
    });
    if ui
        .button(DESCRIBE_COMPANY)
        .on_hover_text(Command::DescribeCompany.help())
        .clicked()
    {
        actions.push(Action::Command(Command::DescribeCompany));
    }
}
