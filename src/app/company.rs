//! The company the design is for, as the window shows it: the "About the
//! company" dialog (the number of people, or roughly the size; the
//! sector; the main goal for technology; OK or Cancel), and the one line,
//! at the top of the findings and in the design's details, that says what
//! the advice knows of the company, with a button that opens the dialog.
//! The form is the controller's ([`CompanyForm`]); OK sends one
//! [`Action::AcceptCompany`], which the controller turns into one edit.

use egui::{Context, Id, Key, Label, Modifiers, RichText, TextEdit, Ui};

use super::choice::{self, Choices};
use super::fields::take_keyboard_selecting_all;
use super::modal::titled_modal;
use crate::controller::{Action, Command, CompanyForm};
use crate::model::Company;
use crate::model::company::{Goal, Sector, SizeBand};

/// The dialog's title.
pub const TITLE: &str = "About the company";
/// The label of the number of people.
pub const PEOPLE_LABEL: &str = "People in the company";
/// The label of the size band.
pub const SIZE_LABEL: &str = "Size, roughly";
/// The label of the sector.
pub const SECTOR_LABEL: &str = "Sector";
/// The label of the goal.
pub const GOAL_LABEL: &str = "Main goal for technology";
/// What the line says when the design does not describe its company.
pub const UNSAID: &str =
    "The design does not describe the company; the advice assumes what it must.";
/// The button beside [`UNSAID`].
pub const DESCRIBE: &str = "Describe it…";
/// The button beside what the design says of its company.
pub const CHANGE: &str = "Change…";

/// The width of the dialog's first column, so that its two grids line up.
const LABEL_WIDTH: f32 = 190.0;
/// The width of its lists.
const LIST_WIDTH: f32 = 260.0;

const BANDS: Choices<SizeBand> = Choices {
    all: &SizeBand::ALL,
    words: SizeBand::label,
    hint: None,
};
const SECTORS: Choices<Sector> = Choices {
    all: &Sector::ALL,
    words: Sector::label,
    hint: None,
};
const GOALS: Choices<Goal> = Choices {
    all: &Goal::ALL,
    words: Goal::label,
    hint: None,
};

/// What the line says of `company`: "Company: 150 people, …", or
/// [`UNSAID`].
pub fn line_text(company: &Company) -> String {
    if company.is_unsaid() {
        UNSAID.to_owned()
    } else {
        format!("Company: {}", company.summary())
    }
}

/// One line: what the design says of its company (cut short, whole on
/// hover, when the room is narrow), then a button that opens the dialog.
pub fn line(ui: &mut Ui, company: &Company, actions: &mut Vec<Action>) {
    let text = line_text(company);
    let button = if company.is_unsaid() {
        DESCRIBE
    } else {
        CHANGE
    };
    ui.horizontal(|ui| {
        let padding = ui.spacing().button_padding.x;
        let button_width = ui
            .painter()
            .layout_no_wrap(
                button.to_owned(),
                egui::TextStyle::Button.resolve(ui.style()),
                egui::Color32::PLACEHOLDER,
            )
            .size()
            .x
            + 2.0 * padding;
        let room = (ui.available_width() - button_width - ui.spacing().item_spacing.x).max(40.0);
        ui.allocate_ui(egui::vec2(room, ui.spacing().interact_size.y), |ui| {
            ui.set_max_width(room);
            ui.add(Label::new(text).truncate());
        });
        if ui
            .small_button(button)
            .on_hover_text(Command::DescribeCompany.help())
            .clicked()
        {
            actions.push(Action::Command(Command::DescribeCompany));
        }
    });
}

/// Shows the dialog on `form` (changed here as the user types and
/// chooses). Space opens a list and Enter chooses in it; otherwise Enter
/// is OK wherever the keyboard is but on Cancel. Esc closes an open list,
/// else cancels.
pub fn show(ctx: &Context, fresh: bool, form: &mut CompanyForm, actions: &mut Vec<Action>) {
    // Cancel, as last drawn: Enter there cancels.
    let cancel_key = Id::unique("remit-company-cancel");
    let on_cancel = ctx
        .data(|d| d.get_temp::<Id>(cancel_key))
        .is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
    let enter_is_ok = !on_cancel && !egui::Popup::is_any_open(ctx);
    if enter_is_ok && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
        actions.push(Action::AcceptCompany);
    }
    let closed = titled_modal(ctx, "company", Some(TITLE), |ui| {
        ui.heading(TITLE);
        ui.add_space(4.0);
        let people = form.people();
        egui::Grid::new("company-people")
            .num_columns(2)
            .min_col_width(LABEL_WIDTH)
            .show(ui, |ui| {
                let label = ui.label(PEOPLE_LABEL);
                let field = ui
                    .add(
                        TextEdit::singleline(&mut form.people)
                            .hint_text("not said")
                            .char_limit(40)
                            .desired_width(LIST_WIDTH),
                    )
                    .labelled_by(label.id)
                    .on_hover_text("A whole number, or empty when you would rather not say");
                if fresh {
                    take_keyboard_selecting_all(ui, &field, &form.people);
                }
                ui.end_row();
            });
        if let Err(why) = &people {
            let colour = ui.visuals().warn_fg_color;
            ui.add(Label::new(RichText::new(why).color(colour)).wrap());
        }
        let number = people.ok().flatten();
        egui::Grid::new("company-choices")
            .num_columns(2)
            .min_col_width(LABEL_WIDTH)
            .show(ui, |ui| {
                let label = ui.label(SIZE_LABEL);
                ui.vertical(|ui| {
                    ui.add_enabled_ui(number.is_none(), |ui| {
                        let shown = number.map_or(form.band, SizeBand::of_people);
                        let (list, band) =
                            choice::combo(ui, "company-size", label.id, shown, &BANDS, LIST_WIDTH);
                        list.on_disabled_hover_text(
                            "Taken from the number of people; empty that field to choose a size",
                        );
                        if let Some(band) = band {
                            form.band = band;
                        }
                    });
                    ui.weak("Used only when no number of people is given.");
                });
                ui.end_row();
                let label = ui.label(SECTOR_LABEL);
                let (_, sector) = choice::combo(
                    ui,
                    "company-sector",
                    label.id,
                    form.sector,
                    &SECTORS,
                    LIST_WIDTH,
                );
                if let Some(sector) = sector {
                    form.sector = sector;
                }
                ui.end_row();
                let label = ui.label(GOAL_LABEL);
                let (_, goal) =
                    choice::combo(ui, "company-goal", label.id, form.goal, &GOALS, LIST_WIDTH);
                if let Some(goal) = goal {
                    form.goal = goal;
                }
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.add(
            Label::new(
                RichText::new(
                    "Why the advice asks: one technology executive is normal in a small company \
                     or outside high tech, and the title should follow the goal (efficiency: a \
                     CIO; the product: a CTO).",
                )
                .weak(),
            )
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button("OK")
                .on_hover_text("Keep what the dialog says (one step: Ctrl+Z undoes it)")
                .clicked()
            {
                actions.push(Action::AcceptCompany);
            }
            let cancel = ui.button("Cancel");
            ctx.data_mut(|d| d.insert_temp(cancel_key, cancel.id));
            if cancel.clicked() {
                actions.push(Action::CloseDialog);
            }
            ui.weak("Space opens a list · Enter keeps · Esc cancels");
        });
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}
