//! The inspector's fields for the org chart: whom an executive reports to,
//! its intended orientation and dotted lines; the roles other executives
//! hold on a card; and the CEO box. Each field sends an [`Edit`] only when
//! the value really changes; a choice that would close a reporting loop is
//! shown, disabled, with the loop it would make.

use egui::{ComboBox, RichText, Ui};

use crate::controller::{Action, Selection};
use crate::model::reporting::{describe_loop, loop_if, loop_sentence};
use crate::model::{
    Ceo, Design, DottedLine, Edit, Executive, Orientation, Position, ReportsTo, Responsibility,
    Role,
};

/// Roles outside the chart offered in the "Reports to" list.
const OUTSIDE_ROLES: [&str; 4] = ["CFO", "COO", "CPO", "The board"];

fn reports_to_words(design: &Design, reports_to: &ReportsTo) -> String {
    match reports_to {
        ReportsTo::NotSet => "Not set".to_owned(),
        ReportsTo::Ceo => design.ceo_title().to_owned(),
        ReportsTo::Executive(id) => design
            .executive(id)
            .map_or_else(|| id.0.clone(), |e| e.short_title.clone()),
        ReportsTo::Outside(role) => format!("{role} (not on the chart)"),
    }
}

/// For each executive, whether it reports to `executive`, directly or
/// through others.
fn reports_below(design: &Design, executive: &Executive) -> Vec<bool> {
    let tree = crate::model::reporting::Tree::of(design);
    let mut below = vec![false; design.executives.len()];
    let Some(start) = design.executives.iter().position(|e| e.id == executive.id) else {
        return below;
    };
    let mut stack: Vec<usize> = tree.reports[start].clone();
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut below[i], true) {
            stack.extend(&tree.reports[i]);
        }
    }
    below
}

/// "Reports to": not set, the CEO, another executive, or a role outside
/// the chart (with a field to name it).
pub fn reports_to(ui: &mut Ui, design: &Design, executive: &Executive, actions: &mut Vec<Action>) {
    let id = executive.id.clone();
    let current = &executive.reports_to;
    let mut choose = |ui: &mut Ui, option: ReportsTo, words: String| {
        let here = *current == option;
        if ui.selectable_label(here, words).clicked() && !here {
            actions.push(Action::Edit(Edit::SetReportsTo(id.clone(), option)));
        }
    };
    ui.horizontal(|ui| {
        let label = ui.label("Reports to");
        ComboBox::from_id_salt("reports-to")
            .selected_text(reports_to_words(design, current))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                choose(ui, ReportsTo::NotSet, "Not set".to_owned());
                choose(ui, ReportsTo::Ceo, design.ceo_title().to_owned());
                // Those who report (directly or not) to this executive would
                // close a loop: found once, in one walk down the tree.
                let below = reports_below(design, executive);
                for (i, other) in design.executives.iter().enumerate() {
                    if other.id == executive.id {
                        continue;
                    }
                    let option = ReportsTo::Executive(other.id.clone());
                    if below[i] {
                        ui.add_enabled(false, egui::Button::selectable(false, &other.short_title))
                            .on_disabled_hover_ui(|ui| {
                                let cycle =
                                    loop_if(design, &executive.id, &other.id).unwrap_or_default();
                                ui.label(format!(
                                    "That would make reporting go round in a loop: {}",
                                    loop_sentence(&describe_loop(design, &cycle))
                                ));
                            });
                    } else {
                        choose(ui, option, other.short_title.clone());
                    }
                }
                for role in OUTSIDE_ROLES {
                    choose(
                        ui,
                        ReportsTo::Outside(role.to_owned()),
                        format!("{role} (not on the chart)"),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let ReportsTo::Outside(role) = current {
        ui.horizontal(|ui| {
            let label = ui.label("Role outside the chart");
            let mut text = role.clone();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .char_limit(crate::model::rules::MAX_NAME_CHARS)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // An empty role is not a role: keep the last one until a name
            // is typed.
            if response.changed() && text != *role && !text.trim().is_empty() {
                actions.push(Action::Edit(Edit::SetReportsTo(
                    executive.id.clone(),
                    ReportsTo::Outside(text),
                )));
            }
            if response.lost_focus() {
                actions.push(Action::SealHistory);
            }
        });
    }
}

/// How many columns of cards the box has.
pub fn columns(ui: &mut Ui, executive: &Executive, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label("Card columns");
        let mut columns = executive.columns;
        let response = ui
            .add(
                egui::DragValue::new(&mut columns)
                    .range(1..=crate::model::rules::MAX_COLUMNS)
                    .speed(0.05),
            )
            .labelled_by(label.id)
            .on_hover_text("A wider box with more columns keeps a large portfolio from running far down the chart (Tidy chooses for every box)");
        if response.changed() && columns != executive.columns {
            actions.push(Action::Edit(Edit::SetColumns(executive.id.clone(), columns)));
        }
        if response.drag_stopped() || response.lost_focus() {
            actions.push(Action::SealHistory);
        }
    });
}

/// The intended orientation: internal, external, mixed or not set.
pub fn orientation(ui: &mut Ui, executive: &Executive, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label("Orientation");
        ComboBox::from_id_salt("orientation")
            .selected_text(executive.orientation.label())
            .show_ui(ui, |ui| {
                for option in Orientation::ALL {
                    let here = executive.orientation == option;
                    if ui.selectable_label(here, option.label()).clicked() && !here {
                        actions.push(Action::Edit(Edit::SetOrientation(
                            executive.id.clone(),
                            option,
                        )));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("Which way this executive's portfolio is meant to face");
    });
}

/// The executive's dotted lines: each with a Remove button, and a list to
/// add one.
pub fn dotted_lines(
    ui: &mut Ui,
    design: &Design,
    executive: &Executive,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new("Dotted lines").strong());
    let mine: Vec<&DottedLine> = design
        .dotted_lines
        .iter()
        .filter(|l| l.from == executive.id)
        .collect();
    for line in &mine {
        ui.horizontal(|ui| {
            let to = design
                .executive(&line.to)
                .map_or_else(|| line.to.0.clone(), |e| e.short_title.clone());
            ui.label(format!("Dotted line to {to}"));
            if ui
                .small_button("Remove")
                .on_hover_text(format!("Remove the dotted line to {to}"))
                .clicked()
            {
                actions.push(Action::Edit(Edit::RemoveDottedLine((*line).clone())));
            }
        });
    }
    let candidates: Vec<&Executive> = design
        .executives
        .iter()
        .filter(|e| e.id != executive.id && !mine.iter().any(|l| l.to == e.id))
        .collect();
    if candidates.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label("Add a dotted line to");
        ComboBox::from_id_salt("add-dotted-line")
            .selected_text("Choose…")
            .show_ui(ui, |ui| {
                for other in candidates {
                    if ui.selectable_label(false, &other.short_title).clicked() {
                        actions.push(Action::Edit(Edit::AddDottedLine(DottedLine {
                            from: executive.id.clone(),
                            to: other.id.clone(),
                        })));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// The roles other executives hold on a card: one row per executive that
/// has one (its role can be changed or taken away), and a list to give one
/// to another executive. However many executives the design has, only
/// those with a role are laid out (the list is built when it is opened).
pub fn roles(ui: &mut Ui, design: &Design, item: &Responsibility, actions: &mut Vec<Action>) {
    let title = |id: &crate::model::ExecutiveId| {
        design
            .executive(id)
            .map_or_else(|| id.0.clone(), |e| e.short_title.clone())
    };
    ui.label(RichText::new("Shared with").strong()).on_hover_text(
        "The owner is accountable; others may be Responsible (do part of the work), Consulted or Informed",
    );
    if !item.roles.is_empty() {
        egui::Grid::new("roles").num_columns(2).show(ui, |ui| {
            for (executive, &role) in &item.roles {
                let label = ui.label(title(executive));
                ComboBox::from_id_salt(("role", executive.as_str()))
                    .selected_text(role.word())
                    .show_ui(ui, |ui| {
                        for option in std::iter::once(None).chain(Role::ALL.map(Some)) {
                            let here = Some(role) == option;
                            let words = option.map_or("No role", Role::word);
                            if ui.selectable_label(here, words).clicked() && !here {
                                actions.push(Action::Edit(Edit::SetRole {
                                    responsibility: item.id.clone(),
                                    executive: executive.clone(),
                                    role: option,
                                }));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
        });
    }
    let mut others = design
        .executives
        .iter()
        .filter(|e| item.owner.as_ref() != Some(&e.id) && !item.roles.contains_key(&e.id))
        .peekable();
    if others.peek().is_none() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label("Give a role to");
        ComboBox::from_id_salt("give-role")
            .selected_text("Choose…")
            .show_ui(ui, |ui| {
                for executive in others {
                    for role in Role::ALL {
                        let words = format!("{}: {}", executive.short_title, role.word());
                        if ui.selectable_label(false, words).clicked() {
                            actions.push(Action::Edit(Edit::SetRole {
                                responsibility: item.id.clone(),
                                executive: executive.id.clone(),
                                role: Some(role),
                            }));
                        }
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Where a new CEO box goes: centred above the chart.
pub fn new_ceo_position(design: &Design, chart: &crate::chart::ChartGeometry) -> Position {
    let bounds = chart.bounds;
    let x = if design.executives.is_empty() {
        24.0
    } else {
        bounds.center_x() - crate::chart::geometry::CEO_WIDTH / 2.0
    };
    let y = if design.executives.is_empty() {
        24.0
    } else {
        bounds.y - crate::chart::geometry::CEO_HEIGHT - crate::chart::tidy::LEVEL_GAP
    };
    crate::model::rules::position(Position { x, y })
}

/// "Show a CEO box" on the design's own page.
pub fn ceo_toggle(
    ui: &mut Ui,
    design: &Design,
    chart: &crate::chart::ChartGeometry,
    actions: &mut Vec<Action>,
) {
    let mut shown = design.ceo.is_some();
    if ui
        .checkbox(&mut shown, "Show a CEO box on top of the chart")
        .changed()
    {
        let ceo = shown.then(|| Ceo {
            position: new_ceo_position(design, chart),
            ..Ceo::default()
        });
        actions.push(Action::Edit(Edit::SetCeo(ceo)));
    }
}

/// The CEO box's own page.
pub fn ceo(ui: &mut Ui, ceo: &Ceo, actions: &mut Vec<Action>) {
    ui.heading("Chief executive");
    super::fields::line_field(ui, "Title", &ceo.title, actions, Edit::SetCeoTitle);
    super::fields::line_field(ui, "Name", &ceo.name, actions, Edit::SetCeoName);
    ui.weak("Executives who report to the CEO hang under this box.");
    ui.add_space(6.0);
    if ui
        .button("Remove CEO box")
        .on_hover_text("Hide the box; executives still report to the CEO")
        .clicked()
    {
        actions.push(Action::Edit(Edit::SetCeo(None)));
        actions.push(Action::Select(Selection::None));
    }
}
