//! The menu bar (File, Edit, View, Help) and the toolbar, built from the
//! command list, and the status line that says what just happened.

use egui::{Button, RichText, Ui};

use super::Advice;
use super::keys;
use super::{decisions_panel, findings_panel};
use crate::controller::{Action, Command, CommandState, Controller, Level, PathPurpose};

/// A menu item for `command`: its label, its shortcut, its help on hover,
/// greyed out when it cannot be used.
fn item(ui: &mut Ui, command: Command, state: &CommandState, actions: &mut Vec<Action>) {
    item_labelled(ui, command, &command.label(), state, actions);
}

fn item_labelled(
    ui: &mut Ui,
    command: Command,
    label: &str,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    let keys = command.shortcut().map(|s| keys::describe(ui.ctx(), s));
    item_with_keys(ui, command, label, keys, state, actions);
}

/// A menu item for `command` labelled `label`, with `keys` written beside
/// it.
fn item_with_keys(
    ui: &mut Ui,
    command: Command,
    label: &str,
    keys: Option<String>,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    let mut button = Button::new(label);
    if let Some(keys) = keys {
        button = button.shortcut_text(keys);
    }
    let mut response = ui
        .add_enabled(command.enabled(state), button)
        .on_hover_text(command.help());
    if let Some(why) = command.why_disabled(state) {
        response = response.on_disabled_hover_text(why);
    }
    if response.clicked() {
        actions.push(Action::Command(command));
        ui.close();
    }
}

/// The Open Recent submenu: the last ten designs, those no longer on disk
/// greyed out with a note.
fn open_recent(ui: &mut Ui, controller: &Controller, actions: &mut Vec<Action>) {
    let recent = &controller.preferences().recent;
    if recent.is_empty() {
        ui.add_enabled(false, Button::new("No recent designs"));
        return;
    }
    for (index, path) in recent.iter().enumerate() {
        let name = crate::file::name_of(path);
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let exists = path.is_file();
        let label = if exists {
            name
        } else {
            format!("{name} (missing)")
        };
        let response = ui
            .add_enabled(exists, Button::new(label).shortcut_text(folder))
            .on_disabled_hover_text(format!(
                "{} is no longer there (moved, renamed or deleted)",
                path.display()
            ));
        if response.clicked() {
            actions.push(Action::Command(Command::OpenRecent(index)));
            ui.close();
        }
    }
    ui.separator();
    item(
        ui,
        Command::ClearRecent,
        &controller.command_state(),
        actions,
    );
}

fn file_menu(
    ui: &mut Ui,
    controller: &Controller,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    item(ui, Command::New, state, actions);
    item(ui, Command::NewBlank, state, actions);
    item(ui, Command::TemplateGallery, state, actions);
    item(ui, Command::Open, state, actions);
    ui.menu_button("Open Recent", |ui| open_recent(ui, controller, actions));
    if state.autosave_on {
        item(ui, Command::RecoverAutosaves, state, actions);
    }
    ui.separator();
    item(ui, Command::Save, state, actions);
    item(ui, Command::SaveAs, state, actions);
    ui.separator();
    item(ui, Command::Export, state, actions);
    item(ui, Command::ImportCsv, state, actions);
    ui.separator();
    let mut reopen = controller.preferences().reopen_last;
    if ui
        .checkbox(&mut reopen, Command::ToggleReopenLast.label())
        .on_hover_text(Command::ToggleReopenLast.help())
        .changed()
    {
        actions.push(Action::Command(Command::ToggleReopenLast));
    }
    ui.separator();
    item(ui, Command::Quit, state, actions);
}

fn edit_menu(
    ui: &mut Ui,
    controller: &Controller,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    let document = controller.document();
    let undo = match document.undo_label() {
        Some(what) => format!("Undo {what}"),
        None => Command::Undo.label(),
    };
    item_labelled(ui, Command::Undo, &undo, state, actions);
    let redo = match document.redo_label() {
        Some(what) => format!("Redo {what}"),
        None => Command::Redo.label(),
    };
    item_labelled(ui, Command::Redo, &redo, state, actions);
    ui.separator();
    item(ui, Command::AddResponsibility, state, actions);
    item(ui, Command::AddExecutive, state, actions);
    item(ui, Command::DeleteSelected, state, actions);
    ui.add_enabled_ui(state.card_selected, |ui| {
        ui.menu_button("Move selected card to", |ui| {
            let executives = &document.design().executives;
            for (i, executive) in executives.iter().enumerate().take(9) {
                let command = Command::MoveSelectedTo((i + 1) as u8);
                let label = format!("{} — {}", executive.short_title, executive.full_title);
                item_labelled(ui, command, &label, state, actions);
            }
            item(ui, Command::MoveSelectedTo(0), state, actions);
        });
    });
    item(ui, Command::MoveSelectedUp, state, actions);
    item(ui, Command::MoveSelectedDown, state, actions);
    item(ui, Command::ClearSelection, state, actions);
    ui.separator();
    // The design as a whole.
    item(ui, Command::DescribeCompany, state, actions);
}

/// The View menu: the chart's own view (Fit, its zoom, Tidy), the matrix,
/// presenting and the theme, then the size of text and panels, each group
/// under a heading, so that which zoom does what is plain.
fn view_menu(
    ui: &mut Ui,
    controller: &Controller,
    matrix: bool,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new("The chart").small().weak());
    item(ui, Command::FitChart, state, actions);
    // Ctrl+plus/minus zoom the chart only with the pointer on it.
    for (command, keys_of) in [
        (Command::ChartZoomIn, Command::ZoomIn),
        (Command::ChartZoomOut, Command::ZoomOut),
    ] {
        let keys = keys_of
            .shortcut()
            .map(|s| format!("{} over the chart", keys::describe(ui.ctx(), s)));
        item_with_keys(ui, command, &command.label(), keys, state, actions);
    }
    item(ui, Command::TidyChart, state, actions);
    ui.separator();
    matrix_item(ui, matrix, actions);
    ui.separator();
    item(ui, Command::Present, state, actions);
    item(ui, Command::CompareOptions, state, actions);
    let mut light = controller.preferences().light_theme;
    if ui
        .checkbox(&mut light, Command::ToggleLightTheme.label())
        .on_hover_text(Command::ToggleLightTheme.help())
        .changed()
    {
        actions.push(Action::Command(Command::ToggleLightTheme));
        ui.close();
    }
    ui.separator();
    let percent = controller.preferences().panel_zoom_percent_now();
    ui.label(
        RichText::new(format!(
            "Text, panels, menus and windows: {percent}% of normal size"
        ))
        .small()
        .weak(),
    );
    item(ui, Command::ZoomIn, state, actions);
    item(ui, Command::ZoomOut, state, actions);
    item(ui, Command::ZoomReset, state, actions);
}

/// The Options menu: going through the options, then changing them.
fn options_menu(ui: &mut Ui, state: &CommandState, actions: &mut Vec<Action>) {
    use crate::controller::command::OptionCommand;
    for command in OptionCommand::ALL {
        if command == OptionCommand::New {
            ui.separator();
        }
        item(ui, Command::Options(command), state, actions);
    }
}

/// Draws the menu bar, the toolbar and the status line; `matrix` says
/// whether the matrix is shown instead of the chart.
pub fn show(
    ui: &mut Ui,
    controller: &Controller,
    matrix: bool,
    advice: &mut Advice,
    actions: &mut Vec<Action>,
) {
    let state = controller.command_state();
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            // One row while there is room; the toolbar and the status line
            // go on below the menus when the window is narrow or the text
            // and panels large.
            ui.horizontal_wrapped(|ui| {
                ui.menu_button("File", |ui| file_menu(ui, controller, &state, actions));
                ui.menu_button("Edit", |ui| edit_menu(ui, controller, &state, actions));
                ui.menu_button("View", |ui| {
                    view_menu(ui, controller, matrix, &state, actions)
                });
                ui.menu_button("Options", |ui| options_menu(ui, &state, actions));
                ui.menu_button("Help", |ui| {
                    item(ui, Command::ShowGuide, &state, actions);
                    item(ui, Command::ShowShortcuts, &state, actions);
                    ui.separator();
                    item(ui, Command::ShowAbout, &state, actions);
                });
                ui.separator();
                toolbar(ui, controller, matrix, &state, actions);
                findings_panel::button(ui, controller.derived(), &mut advice.findings);
                decisions_panel::button(ui, controller.document().design(), &mut advice.decisions);
                unsaved_marker(ui, controller.document().is_dirty());
                status_line(ui, controller, actions);
            });
        });
    });
}

/// A toolbar button for `command`; its hover text (what it does and its
/// keys) is written only when the pointer rests on it.
fn tool(
    ui: &mut Ui,
    command: Command,
    label: &str,
    hover: impl FnOnce() -> String,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    let mut response = ui.add_enabled(command.enabled(state), Button::new(label));
    if let Some(why) = command.why_disabled(state) {
        response = response.on_disabled_hover_text(why);
    }
    if response.clicked() {
        actions.push(Action::Command(command));
    }
    response.on_hover_ui(|ui| {
        ui.label(hover());
    });
}

/// View → Matrix view, ticked while the matrix is shown.
fn matrix_item(ui: &mut Ui, shown: bool, actions: &mut Vec<Action>) {
    let command = Command::ToggleMatrix;
    let keys = command
        .shortcut()
        .map(|s| format!(" ({})", keys::describe(ui.ctx(), s)))
        .unwrap_or_default();
    let mut ticked = shown;
    if ui
        .checkbox(&mut ticked, command.label())
        .on_hover_text(format!("{}{keys}", command.help()))
        .changed()
    {
        actions.push(Action::Command(command));
        ui.close();
    }
}

fn toolbar(
    ui: &mut Ui,
    controller: &Controller,
    matrix: bool,
    state: &CommandState,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx().clone();
    // "What it does (its keys)".
    let described = |what: String, command: Command| {
        let keys = command
            .shortcut()
            .map(|s| format!(" ({})", keys::describe(&ctx, s)))
            .unwrap_or_default();
        format!("{what}{keys}")
    };
    let document = controller.document();
    let undo = || {
        let what = document
            .undo_label()
            .map_or_else(|| "Undo".to_owned(), |what| format!("Undo {what}"));
        described(what, Command::Undo)
    };
    tool(ui, Command::Undo, "Undo", undo, state, actions);
    let redo = || {
        let what = document
            .redo_label()
            .map_or_else(|| "Redo".to_owned(), |what| format!("Redo {what}"));
        described(what, Command::Redo)
    };
    tool(ui, Command::Redo, "Redo", redo, state, actions);
    for (command, label) in [
        (Command::AddResponsibility, "+ Responsibility"),
        (
            Command::ToggleMatrix,
            if matrix { "Chart" } else { "Matrix" },
        ),
        (Command::Present, "Present"),
        (Command::CompareOptions, "Compare"),
    ] {
        let hover = || described(command.help().to_string(), command);
        tool(ui, command, label, hover, state, actions);
    }
}

/// The words a screen reader (and a test) finds the unsaved marker by.
pub const UNSAVED: &str = "Unsaved changes";

/// A dot and "Unsaved changes" while the design has changes not yet saved
/// (in the window itself, not only its title bar, which presenting hides);
/// nothing otherwise. Only a real change makes it appear: selecting,
/// looking and zooming do not.
pub fn unsaved_marker(ui: &mut Ui, dirty: bool) {
    if !dirty {
        return;
    }
    let colour = ui.visuals().warn_fg_color;
    let save = Command::Save
        .shortcut()
        .map(|s| format!(" ({})", keys::describe(ui.ctx(), s)))
        .unwrap_or_default();
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (dot, _) = ui.allocate_exact_size(egui::vec2(size * 0.6, size), egui::Sense::hover());
    ui.painter()
        .circle_filled(dot.center(), size * 0.25, colour);
    ui.label(RichText::new(UNSAVED).color(colour))
        .on_hover_text(format!(
            "This design has changes that are not saved to its file yet: File > Save{save} saves them"
        ));
}

fn status_line(ui: &mut Ui, controller: &Controller, actions: &mut Vec<Action>) {
    let Some(status) = controller.status() else {
        return;
    };
    ui.separator();
    match status.level {
        Level::Note => {
            ui.label(&status.text);
        }
        Level::Warning => {
            ui.label(
                RichText::new(&status.text)
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
            if ui
                .small_button("Dismiss")
                .on_hover_text("Dismiss this message")
                .clicked()
            {
                actions.push(Action::DismissStatus);
            }
        }
    }
    if let Some(purpose) = &status.offer_path {
        let label = match purpose {
            PathPurpose::Open => "Type a path to open…",
            PathPurpose::SaveAs { .. } => "Type a path to save to…",
            PathPurpose::Export(_) => "Type a path to export to…",
            PathPurpose::ImportCsv => "Type the path of the spreadsheet…",
        };
        if ui.button(label).clicked() {
            actions.push(Action::TypePath(purpose.clone()));
        }
    }
}
