//! The design's options in the window: a strip of tabs above the chart
//! (and the matrix), one per option, the one shown selected (framed, in
//! bold, and marked selected for a screen reader); a click shows another.
//! Beside the tabs, always in view however many there are (the tabs
//! scroll), "+ New option" and the menu of the option shown; a right click
//! on a tab offers the same for that tab. Also the two dialogs the options
//! need: the new name (which says in place why a name is refused) and
//! "delete the option?".
//!
//! Like every panel it only answers with [`Action`]s.

use egui::{Align, Button, Context, Key, Layout, RichText, Ui};

use super::modal::modal;
use crate::controller::command::OptionCommand;
use crate::controller::{Action, Command, CommandState, OptionAction};
use crate::document::Document;

/// The button that copies the option shown as a new one.
pub const NEW: &str = "+ New option";
/// The menu of the option shown, beside the tabs.
pub const MENU: &str = "Option menu";
/// The field of the rename dialog.
pub const NAME_FIELD: &str = "Option name";
/// The rename dialog's OK.
pub const RENAME: &str = "Rename";
/// The delete question's yes.
pub const DELETE: &str = "Delete option";

/// The widest a tab grows; a longer name is cut short (the hover text and
/// a screen reader have it whole).
const TAB_WIDTH: f32 = 220.0;
/// The height of the strip, in points: a row of small buttons (none while
/// the design has one option).
pub const HEIGHT: f32 = 22.0;

/// The height the strip takes for this document.
pub fn height(document: &Document) -> f32 {
    if document.options().len() < 2 {
        0.0
    } else {
        HEIGHT
    }
}

/// The strip of tabs, above the chart.
pub fn strip(ui: &mut Ui, document: &Document, state: &CommandState, actions: &mut Vec<Action>) {
    // Only once there is something to switch between: with one option,
    // every point of height is the chart's (the Options menu makes the
    // first copy). As thin as a row of small buttons.
    if document.options().len() < 2 {
        return;
    }
    let frame = egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 1));
    frame.show(ui, |ui| {
        ui.set_height(HEIGHT - 2.0);
        ui.spacing_mut().button_padding.y = 0.0;
        ui.horizontal(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let current = document.current_option();
                ui.menu_button(RichText::new(MENU).small(), |ui| {
                    let name = document.current_option_name();
                    ui.label(RichText::new(format!("“{name}”")).strong());
                    option_menu(ui, current, state, actions);
                })
                .response
                .on_hover_text("Rename, delete or move the option shown");
                let command = Command::Options(OptionCommand::New);
                let new = ui
                    .add_enabled(command.enabled(state), Button::new(NEW).small())
                    .on_hover_text(command.help())
                    .on_disabled_hover_text(OptionCommand::New.why_disabled(state));
                if new.clicked() {
                    actions.push(Action::Option(OptionAction::CopyOf(current)));
                }
                ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                    ui.label(RichText::new("Options:").small().weak());
                    egui::ScrollArea::horizontal()
                        .id_salt("option_tabs_scroll")
                        .auto_shrink([false, true])
                        .show(ui, |ui| {
                            ui.horizontal(|ui| tabs(ui, document, state, actions));
                        });
                });
            });
        });
    });
}

/// The name of the option shown, when the design has several (the
/// windows that show one option say which).
pub fn shown_name(document: &Document) -> Option<&str> {
    (document.options().len() > 1).then(|| document.current_option_name())
}

/// While presenting, beside the design's name: the option shown, in large
/// type, and buttons to the previous and next (as Ctrl+PageUp and
/// Ctrl+PageDown), when there are several.
pub fn presented(ui: &mut Ui, document: &Document, actions: &mut Vec<Action>) {
    let Some(name) = shown_name(document) else {
        return;
    };
    let n = document.options().len();
    let at = document.current_option() + 1;
    for command in [OptionCommand::Previous, OptionCommand::Next] {
        let label = match command {
            OptionCommand::Previous => "Previous option",
            _ => "Next option",
        };
        let keys = command
            .shortcut()
            .map(|s| format!(" ({})", super::keys::describe(ui.ctx(), s)))
            .unwrap_or_default();
        let button = ui
            .button(RichText::new(label).heading())
            .on_hover_text(format!("{}{keys}", command.label()));
        if command == OptionCommand::Previous {
            ui.label(
                RichText::new(format!("{name} ({at} of {n})"))
                    .heading()
                    .strong(),
            );
        }
        if button.clicked() {
            actions.push(Action::Command(Command::Options(command)));
        }
    }
}

/// One tab per option.
fn tabs(ui: &mut Ui, document: &Document, state: &CommandState, actions: &mut Vec<Action>) {
    let current = document.current_option();
    let several = document.options().len() > 1;
    for (index, option) in document.options().iter().enumerate() {
        let shown = index == current;
        let text = if shown {
            RichText::new(&option.name).strong()
        } else {
            RichText::new(&option.name)
        };
        let response = ui
            .scope(|ui| {
                ui.set_max_width(TAB_WIDTH);
                ui.add(Button::selectable(shown, text.small()).truncate())
            })
            .inner;
        let hover = if shown {
            format!(
                "“{}”: the option shown. Right click for its menu",
                option.name
            )
        } else if several {
            format!(
                "Show “{}” (Ctrl+PageDown and Ctrl+PageUp go through the options). Right click for its menu",
                option.name
            )
        } else {
            String::new()
        };
        let response = response.on_hover_text(hover);
        if response.clicked() && !shown {
            actions.push(Action::Option(OptionAction::Switch(index)));
        }
        response.context_menu(|ui| {
            ui.label(RichText::new(format!("“{}”", option.name)).strong());
            let state = CommandState {
                current_option: index,
                ..state.clone()
            };
            option_menu(ui, index, &state, actions);
        });
    }
}

/// The menu of option `index`: new from it, rename, delete, move; what
/// cannot be done now is greyed out with the reason on hover.
fn option_menu(ui: &mut Ui, index: usize, state: &CommandState, actions: &mut Vec<Action>) {
    for command in [
        OptionCommand::New,
        OptionCommand::Rename,
        OptionCommand::Delete,
        OptionCommand::MoveLeft,
        OptionCommand::MoveRight,
    ] {
        let response = ui
            .add_enabled(command.enabled(state), Button::new(command.label()))
            .on_hover_text(command.help())
            .on_disabled_hover_text(command.why_disabled(state));
        if response.clicked() {
            let action = match command {
                OptionCommand::New => OptionAction::CopyOf(index),
                OptionCommand::Rename => OptionAction::AskRename(index),
                OptionCommand::Delete => OptionAction::AskDelete(index),
                OptionCommand::MoveLeft => OptionAction::Move {
                    from: index,
                    to: index.saturating_sub(1),
                },
                OptionCommand::MoveRight => OptionAction::Move {
                    from: index,
                    to: index + 1,
                },
                OptionCommand::Next | OptionCommand::Previous => continue,
            };
            actions.push(Action::Option(action));
            ui.close();
        }
    }
}

/// The rename dialog: the name typed (all of it selected when the dialog
/// opens, so typing replaces it), why the last one was refused, Rename and
/// Cancel. Enter renames, Esc cancels.
pub fn rename(
    ctx: &Context,
    fresh: bool,
    document: &Document,
    index: usize,
    text: &mut String,
    error: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let old = document
        .options()
        .get(index)
        .map_or("", |o| o.name.as_str());
    let mut ok = false;
    let mut cancel = false;
    let close = modal(ctx, "rename-option", |ui| {
        ui.heading(format!("Rename the option “{old}”"));
        ui.add_space(4.0);
        let label = ui.label(NAME_FIELD);
        let mut output = egui::TextEdit::singleline(text)
            .desired_width(f32::INFINITY)
            .char_limit(crate::model::options::MAX_OPTION_NAME_CHARS)
            .show(ui);
        let field = output.response.response.clone().labelled_by(label.id);
        if fresh {
            field.request_focus();
            let all = egui::text_selection::CCursorRange::select_all_str(text);
            output.state.cursor.set_char_range(Some(all));
            output.state.store(ui.ctx(), field.id);
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            ok = true;
        }
        if let Some(error) = error {
            ui.label(RichText::new(error).color(ui.visuals().warn_fg_color));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ok |= ui.button(RENAME).clicked();
            cancel |= ui.button("Cancel").clicked();
        });
    });
    if ok {
        actions.push(Action::Option(OptionAction::Rename));
    } else if cancel || close {
        actions.push(Action::CloseDialog);
    }
}

/// "Delete the option …?": names it, says Ctrl+Z brings it back; the
/// safe answer has the keyboard.
pub fn delete(
    ctx: &Context,
    fresh: bool,
    document: &Document,
    index: usize,
    actions: &mut Vec<Action>,
) {
    let name = document
        .options()
        .get(index)
        .map_or("", |o| o.name.as_str());
    let mut yes = false;
    let mut cancel = false;
    let close = modal(ctx, "delete-option", |ui| {
        ui.heading(format!("Delete the option “{name}”?"));
        ui.add_space(4.0);
        ui.label(
            "Its chart, cards and decision log go with it; the other options stay. \
             Ctrl+Z brings it back.",
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let keep = ui.button("Cancel");
            if fresh {
                keep.request_focus();
            }
            cancel |= keep.clicked();
            yes |= ui.button(DELETE).clicked();
        });
    });
    if yes {
        actions.push(Action::Option(OptionAction::Delete));
    } else if cancel || close {
        actions.push(Action::CloseDialog);
    }
}
