//! The designer window. [`RemitApp`] owns the open [`Document`] and the view
//! state (selection, open dialog, status line). Each frame the panels read the
//! design and push [`Action`]s; [`RemitApp::apply`] carries them out after the
//! UI pass, which is the only place the document changes.

mod balance_panel;
mod canvas;
mod card;
pub mod command;
mod dialogs;
pub mod file_dialog;
mod inspector;
mod menu_bar;
mod theme;

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use crate::document::Document;
use crate::model::templates::{TEMPLATES, default_design};
use crate::model::{Edit, Executive, ExecutiveId, Position, ResponsibilityId, Rgb};

pub use command::Command;
pub use file_dialog::FileDialogs;

/// What is selected on the canvas; the inspector shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector shows the design's own fields.
    #[default]
    None,
    /// A responsibility card.
    Responsibility(ResponsibilityId),
    /// An executive box.
    Executive(ExecutiveId),
}

/// Something a panel asks for during a frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Change the design.
    Edit(Edit),
    /// Run a command (menu item or shortcut).
    Command(Command),
    /// Change the selection.
    Select(Selection),
    /// End a run of merged edits (slider released, text field left).
    SealHistory,
    /// Open this file (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Start a new design from a template (asks about unsaved changes first).
    NewFromTemplate(usize),
    /// Save to this path typed into the in-app prompt.
    SaveAsPath(PathBuf),
    /// Answer to the unsaved-changes question.
    Unsaved(UnsavedChoice),
    /// Close the open dialog without doing anything.
    CloseDialog,
    /// Dismiss the error message.
    DismissError,
    /// Open the in-app path prompt (when the native dialog gave nothing).
    TypePath(PathPurpose),
}

/// The answers to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay.
    Cancel,
}

/// Something that would replace or close the design, waiting for an answer
/// about unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Start a new design from the template with this index in
    /// [`TEMPLATES`](crate::model::templates::TEMPLATES) (0 = the default).
    New(usize),
    /// Open a file (ask which when `None`).
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
}

/// What an in-app path prompt is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open the file typed.
    Open,
    /// Save to the file typed, then carry on with `then`.
    SaveAs {
        /// What to do after saving.
        then: Option<Pending>,
    },
}

/// The one dialog that may be open.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes to …?" before `then`.
    Unsaved {
        /// What waits for the answer.
        then: Pending,
    },
    /// Type a file path (when no native file dialog is available).
    PathPrompt {
        /// Open or save.
        purpose: PathPurpose,
        /// The path typed so far.
        text: String,
    },
    /// Pick a responsibility to add.
    AddResponsibility {
        /// Where the new card goes.
        owner: Option<ExecutiveId>,
    },
    /// The keyboard shortcuts.
    Shortcuts,
}

/// How to start the designer.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The file to open, or `None` for the default design.
    pub path: Option<PathBuf>,
    /// Native or in-app file dialogs.
    pub file_dialogs: FileDialogs,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            path: None,
            file_dialogs: FileDialogs::detect(),
        }
    }
}

/// The status line under the menu bar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Status {
    /// What just happened.
    pub text: String,
    /// Offer to type a path (the native dialog gave nothing).
    pub offer_path: Option<PathPurpose>,
}

/// The Remit designer.
pub struct RemitApp {
    document: Document,
    selection: Selection,
    dialog: Option<Dialog>,
    error: Option<String>,
    status: Status,
    file_dialogs: FileDialogs,
    close_confirmed: bool,
    title: String,
    /// Which dialog was on screen last frame, to know when one first appears.
    shown_dialog: Option<std::mem::Discriminant<Dialog>>,
    /// Whether a text field had the keyboard last frame.
    was_typing: bool,
}

impl RemitApp {
    /// Creates the app as the binary does (and as the UI tests do).
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let mut app =
            Self::with_document(Document::untitled(default_design()), options.file_dialogs);
        if let Some(path) = options.path {
            app.start_on(&path);
        }
        app
    }

    fn with_document(document: Document, file_dialogs: FileDialogs) -> Self {
        Self {
            document,
            selection: Selection::None,
            dialog: None,
            error: None,
            status: Status::default(),
            file_dialogs,
            close_confirmed: false,
            title: String::new(),
            shown_dialog: None,
            was_typing: false,
        }
    }

    fn start_on(&mut self, path: &Path) {
        if path.exists() {
            match Document::open(path) {
                Ok(document) => {
                    self.document = document;
                    self.set_status(format!("Opened {}", path.display()));
                }
                Err(e) => {
                    self.error = Some(format!(
                        "{e}\n\nRemit started on the default design instead; the file was not changed."
                    ));
                }
            }
        } else {
            self.document = Document::new_at(default_design(), path.to_owned());
            self.set_status(format!(
                "{} does not exist yet: it will be created when you save.",
                path.display()
            ));
        }
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The open dialog, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The error message being shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The window title: starts with "Remit", names the file, and ends with
    /// `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.document.is_dirty() { " *" } else { "" };
        format!("Remit — {}{marker}", self.document.display_name())
    }

    fn set_status(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            offer_path: None,
        };
    }

    fn show_error(&mut self, text: impl Into<String>) {
        self.error = Some(text.into());
    }

    fn modal_open(&self) -> bool {
        self.dialog.is_some() || self.error.is_some()
    }

    /// Carries out the actions panels asked for this frame.
    pub fn apply(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            self.apply_one(ctx, action);
        }
    }

    fn apply_one(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => self.edit(edit),
            Action::Command(command) => self.run(ctx, command),
            Action::Select(selection) => {
                if selection != self.selection {
                    self.document.seal_history();
                    self.selection = selection;
                }
            }
            Action::SealHistory => self.document.seal_history(),
            Action::OpenPath(path) => {
                // A path typed into the Open prompt was asked for after any
                // unsaved changes were dealt with; a dropped file was not.
                let confirmed = matches!(
                    self.dialog.take(),
                    Some(Dialog::PathPrompt {
                        purpose: PathPurpose::Open,
                        ..
                    })
                );
                if confirmed {
                    self.open_path(&path);
                } else {
                    self.request(ctx, Pending::Open(Some(path)));
                }
            }
            Action::NewFromTemplate(index) => self.request(ctx, Pending::New(index)),
            Action::SaveAsPath(path) => {
                let then = match self.dialog.take() {
                    Some(Dialog::PathPrompt {
                        purpose: PathPurpose::SaveAs { then },
                        ..
                    }) => then,
                    _ => None,
                };
                self.save_to(ctx, &path, then);
            }
            Action::Unsaved(choice) => {
                let Some(Dialog::Unsaved { then }) = self.dialog.take() else {
                    return;
                };
                match choice {
                    UnsavedChoice::Save => self.save(ctx, Some(then)),
                    UnsavedChoice::Discard => self.perform(ctx, then),
                    UnsavedChoice::Cancel => self.set_status("Cancelled: nothing was changed."),
                }
            }
            Action::CloseDialog => self.dialog = None,
            Action::DismissError => self.error = None,
            Action::TypePath(purpose) => {
                self.status = Status::default();
                self.dialog = Some(Dialog::PathPrompt {
                    purpose,
                    text: self.suggested_path(),
                });
            }
        }
    }

    fn edit(&mut self, edit: Edit) {
        if let Err(e) = self.document.apply(edit) {
            self.set_status(format!("Not changed: {e}"));
        }
    }

    /// Runs a command as if chosen from the menu.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(ctx, Pending::New(0)),
            Command::Open => self.request(ctx, Pending::Open(None)),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.save_as(ctx, None),
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Command::Undo => {
                if self.document.undo() {
                    self.set_status("Undone.");
                }
            }
            Command::Redo => {
                if self.document.redo() {
                    self.set_status("Redone.");
                }
            }
            Command::AddResponsibility => {
                let owner = match &self.selection {
                    Selection::Executive(id) => Some(id.clone()),
                    Selection::Responsibility(id) => self
                        .document
                        .design()
                        .responsibility(id)
                        .and_then(|r| r.owner.clone()),
                    Selection::None => None,
                };
                self.dialog = Some(Dialog::AddResponsibility { owner });
            }
            Command::AddExecutive => self.add_executive(),
            Command::DeleteSelected => {
                if let Selection::Responsibility(id) = self.selection.clone() {
                    let name = self
                        .document
                        .design()
                        .responsibility(&id)
                        .map(|r| r.name.clone())
                        .unwrap_or_default();
                    self.edit(Edit::Delete(id));
                    self.selection = Selection::None;
                    self.set_status(format!("Deleted “{name}” (Ctrl+Z brings it back)."));
                }
            }
            Command::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
        }
    }

    fn add_executive(&mut self) {
        const PALETTE: [Rgb; 5] = [
            Rgb(0x3a, 0x8f, 0x5c),
            Rgb(0x9b, 0x4d, 0xca),
            Rgb(0xc0, 0x39, 0x5a),
            Rgb(0x1f, 0x8a, 0x9e),
            Rgb(0x7a, 0x6a, 0x3a),
        ];
        let design = self.document.design();
        let n = design.executives.len();
        let right = design
            .executives
            .iter()
            .map(|e| e.position.x + theme::BOX_WIDTH)
            .fold(0.0_f32, f32::max);
        let executive = Executive {
            id: design.fresh_executive_id("new executive"),
            short_title: format!("Executive {}", n + 1),
            full_title: "New executive".to_owned(),
            colour: PALETTE[n % PALETTE.len()],
            position: Position {
                x: right + 24.0,
                y: 24.0,
            },
        };
        let id = executive.id.clone();
        self.edit(Edit::AddExecutive(executive));
        self.selection = Selection::Executive(id);
        self.set_status("Added an executive: name it in the inspector on the right.");
    }

    /// Replacing or closing the design: ask first if there are unsaved changes.
    fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.document.is_dirty() {
            self.dialog = Some(Dialog::Unsaved { then: pending });
        } else {
            self.perform(ctx, pending);
        }
    }

    fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New(index) => {
                let template = TEMPLATES.get(index).unwrap_or(&TEMPLATES[0]);
                self.replace_document(Document::untitled((template.build)()));
                self.set_status(format!("New design: {}.", template.title));
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => match self.file_dialogs {
                FileDialogs::Native => match file_dialog::pick_open(self.start_dir().as_deref()) {
                    Some(path) => self.open_path(&path),
                    None => {
                        self.status = Status {
                            text: "No file was chosen.".into(),
                            offer_path: Some(PathPurpose::Open),
                        }
                    }
                },
                FileDialogs::InApp => {
                    self.dialog = Some(Dialog::PathPrompt {
                        purpose: PathPurpose::Open,
                        text: self.suggested_dir(),
                    });
                }
            },
            Pending::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.selection = Selection::None;
    }

    fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(document) => {
                self.replace_document(document);
                self.set_status(format!("Opened {}", path.display()));
            }
            Err(e) => self.show_error(format!("{e}\n\nThe design on screen was not changed.")),
        }
    }

    fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        match self.document.path().map(Path::to_owned) {
            Some(path) => self.save_to(ctx, &path, then),
            None => self.save_as(ctx, then),
        }
    }

    fn save_as(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        match self.file_dialogs {
            FileDialogs::Native => {
                let name = self.suggested_file_name();
                match file_dialog::pick_save(self.start_dir().as_deref(), &name) {
                    Some(path) => self.save_to(ctx, &path, then),
                    None => {
                        self.status = Status {
                            text: "Not saved: no file was chosen.".into(),
                            offer_path: Some(PathPurpose::SaveAs { then }),
                        }
                    }
                }
            }
            FileDialogs::InApp => {
                self.dialog = Some(Dialog::PathPrompt {
                    purpose: PathPurpose::SaveAs { then },
                    text: self.suggested_path(),
                });
            }
        }
    }

    fn save_to(&mut self, ctx: &egui::Context, path: &Path, then: Option<Pending>) {
        let path = file_dialog::with_ron_extension(path);
        match self.document.save_as(&path) {
            Ok(()) => {
                self.set_status(format!("Saved {}", path.display()));
                if let Some(then) = then {
                    self.perform(ctx, then);
                }
            }
            Err(e) => self.show_error(format!(
                "{e}\n\nThe design is still open with its changes; the file on disk was not changed."
            )),
        }
    }

    fn start_dir(&self) -> Option<PathBuf> {
        self.document
            .path()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
    }

    fn suggested_dir(&self) -> String {
        self.start_dir()
            .map(|d| {
                let mut s = d.display().to_string();
                if !s.ends_with(std::path::MAIN_SEPARATOR) {
                    s.push(std::path::MAIN_SEPARATOR);
                }
                s
            })
            .unwrap_or_default()
    }

    fn suggested_file_name(&self) -> String {
        match self.document.path().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None => {
                let stem: String = self
                    .document
                    .design()
                    .name
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() {
                            c.to_ascii_lowercase()
                        } else {
                            '-'
                        }
                    })
                    .collect();
                let stem = stem.trim_matches('-');
                format!("{}.ron", if stem.is_empty() { "design" } else { stem })
            }
        }
    }

    fn suggested_path(&self) -> String {
        match self.document.path() {
            Some(path) => path.display().to_string(),
            None => format!("{}{}", self.suggested_dir(), self.suggested_file_name()),
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        // Only a focused text field counts as typing: a focused card must
        // still take Delete. egui drops a field's focus on Escape before this
        // runs, so last frame's state says whether Escape left a field.
        let typing = ctx.text_edit_focused();
        let was_typing = std::mem::replace(&mut self.was_typing, typing);
        if self.modal_open() {
            return;
        }
        for (command, shortcut) in command::in_matching_order() {
            if typing && !command.works_while_typing() {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                actions.push(Action::Command(command));
            }
        }
        if let Selection::Responsibility(id) = &self.selection {
            for slot in 0..=9 {
                let Some(shortcut) = command::move_shortcut(slot) else {
                    continue;
                };
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    let to = if slot == 0 {
                        Some(None)
                    } else {
                        self.document
                            .design()
                            .executives
                            .get(slot - 1)
                            .map(|e| Some(e.id.clone()))
                    };
                    if let Some(to) = to {
                        actions.push(Action::Edit(Edit::Move {
                            responsibility: id.clone(),
                            to,
                        }));
                    }
                }
            }
        }
        // Escape clears the selection, unless it is closing a menu or leaving
        // a text field.
        if !typing
            && !was_typing
            && !egui::Popup::is_any_open(ctx)
            && self.selection != Selection::None
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            actions.push(Action::Select(Selection::None));
        }
    }

    /// Files dropped onto the window: a `.ron` design is opened (asking about
    /// unsaved changes first); anything else is refused with a reason.
    fn handle_dropped_files(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let mut opened = false;
        for file in dropped {
            let path = file.path().to_owned();
            let is_ron = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            if is_ron && !opened {
                opened = true;
                actions.push(Action::OpenPath(path));
            } else if is_ron {
                self.set_status("Only the first dropped design was opened.");
            } else {
                self.set_status(format!(
                    "Not opened: {} is not a Remit design (.ron file).",
                    path.display()
                ));
            }
        }
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("remit-file-drop"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop a .ron design to open it",
                egui::FontId::proportional(28.0),
                egui::Color32::WHITE,
            );
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.document.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved {
                    then: Pending::Close,
                });
            } else {
                self.close_confirmed = true;
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for RemitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);

        let mut actions = Vec::new();
        self.handle_shortcuts(&ctx, &mut actions);
        self.handle_dropped_files(&ctx, &mut actions);

        let balance = crate::model::DesignBalance::of(self.document.design());
        menu_bar::show(
            ui,
            &self.document,
            &self.selection,
            &self.status,
            &mut actions,
        );
        egui::Panel::right("balance_and_inspector")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    balance_panel::show(ui, self.document.design(), &balance);
                    ui.separator();
                    inspector::show(ui, self.document.design(), &self.selection, &mut actions);
                });
            });
        canvas::show_tray(
            ui,
            self.document.design(),
            &balance,
            &self.selection,
            &mut actions,
        );
        egui::CentralPanel::default().show(ui, |ui| {
            canvas::show(
                ui,
                self.document.design(),
                &balance,
                &self.selection,
                &mut actions,
            );
        });

        let showing = self.dialog.as_ref().map(std::mem::discriminant);
        let fresh = showing.is_some() && showing != self.shown_dialog;
        self.shown_dialog = showing;
        dialogs::show(
            &ctx,
            fresh,
            &mut self.dialog,
            self.error.as_deref(),
            &self.document,
            &mut actions,
        );

        if !actions.is_empty() {
            // The panels above were drawn from the design as it was; run the
            // pass again (input is not replayed) so that what is shown this
            // frame already includes the change: the dropped card in its new
            // box and the new balance figures.
            ctx.request_discard("Remit applied a change");
        }
        self.apply(&ctx, actions);
        self.update_title(&ctx);
    }
}
