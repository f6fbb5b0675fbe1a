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
use std::time::{Duration, Instant};

use egui::ViewportCommand;

use crate::autosave::{self, Orphan, Session};
use crate::document::Document;
use crate::model::templates::{TEMPLATES, default_design};
use crate::model::{Edit, Executive, ExecutiveId, Position, ResponsibilityId, Rgb};
use crate::preferences::{self, Preferences};

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
    /// Recover the autosave with this index in the recovery list.
    Recover(usize),
    /// Delete the autosave with this index in the recovery list.
    DiscardAutosave(usize),
    /// Look for autosaves to recover and list them.
    ShowRecovery,
    /// Empty the Open Recent list.
    ClearRecent,
    /// Whether to reopen the last design on start.
    SetReopenLast(bool),
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
    /// Recover the autosave with this index in the recovery list.
    Recover(usize),
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
    /// Autosaved designs to recover or discard.
    Recovery,
}

/// How to start the designer.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The file to open, or `None` for the last design (if the preferences
    /// say so) or else the default design.
    pub path: Option<PathBuf>,
    /// Native or in-app file dialogs.
    pub file_dialogs: FileDialogs,
    /// The folder for autosaves; `None` turns autosave and recovery off.
    pub autosave_dir: Option<PathBuf>,
    /// How long unsaved changes may wait before they are autosaved.
    pub autosave_interval: Duration,
    /// Preferences to start with instead of those in eframe's storage.
    pub preferences: Option<Preferences>,
}

/// Autosave waits at most this long after a change.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

impl Default for AppOptions {
    /// For tests and embedding: in-app dialogs, no autosave, no stored
    /// preferences.
    fn default() -> Self {
        Self {
            path: None,
            file_dialogs: FileDialogs::InApp,
            autosave_dir: None,
            autosave_interval: AUTOSAVE_INTERVAL,
            preferences: None,
        }
    }
}

impl AppOptions {
    /// As the desktop app runs: native dialogs where available, autosave to
    /// the app's data folder.
    pub fn desktop(path: Option<PathBuf>) -> Self {
        Self {
            path,
            file_dialogs: FileDialogs::detect(),
            autosave_dir: autosave::default_dir(),
            ..Self::default()
        }
    }
}

/// Autosave state of the running designer.
struct Autosaver {
    session: Session,
    interval: Duration,
    last_write: Option<Instant>,
    /// The document revision last written, if the autosave file is current.
    written: Option<u64>,
    /// The last failure, shown once.
    failed: bool,
}

impl Autosaver {
    /// Writes the document's unsaved design now.
    fn write(&mut self, document: &Document) -> Result<(), String> {
        self.last_write = Some(Instant::now());
        self.session.write(document.design(), document.path())?;
        self.written = Some(document.revision());
        self.failed = false;
        Ok(())
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
    preferences: Preferences,
    autosaver: Option<Autosaver>,
    /// Autosaves of designers that did not exit cleanly.
    orphans: Vec<Orphan>,
}

impl RemitApp {
    /// Creates the app as the binary does (and as the UI tests do).
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let preferences = options
            .preferences
            .or_else(|| {
                cc.storage
                    .and_then(|s| eframe::get_value(s, preferences::STORAGE_KEY))
            })
            .unwrap_or_default();
        let mut app =
            Self::with_document(Document::untitled(default_design()), options.file_dialogs);
        app.preferences = preferences;
        match options.path {
            Some(path) => app.start_on(&path),
            None => {
                if let Some(last) = app.preferences.file_to_reopen().map(Path::to_owned) {
                    app.reopen(&last);
                }
            }
        }
        if let Some(dir) = options.autosave_dir {
            app.start_autosave(&dir, options.autosave_interval);
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
            preferences: Preferences::default(),
            autosaver: None,
            orphans: Vec::new(),
        }
    }

    fn start_autosave(&mut self, dir: &Path, interval: Duration) {
        // Look for leftovers before this session's own files exist.
        self.orphans = autosave::orphans(dir);
        match Session::start(dir) {
            Ok(session) => {
                self.autosaver = Some(Autosaver {
                    session,
                    interval,
                    last_write: None,
                    written: None,
                    failed: false,
                });
            }
            Err(e) => self.set_status(format!(
                "Autosave is off: cannot use {} ({e}).",
                dir.display()
            )),
        }
        if !self.orphans.is_empty() {
            self.dialog = Some(Dialog::Recovery);
        }
    }

    /// The last design, reopened on start.
    fn reopen(&mut self, path: &Path) {
        if !path.exists() {
            self.set_status(format!(
                "The last design, {}, is no longer there: started on the default design.",
                path.display()
            ));
            return;
        }
        match Document::open(path) {
            Ok(document) => {
                self.document = document;
                self.set_status(format!("Reopened {}", path.display()));
            }
            Err(e) => self.set_status(format!(
                "Could not reopen the last design ({e}): started on the default design."
            )),
        }
    }

    fn start_on(&mut self, path: &Path) {
        if path.exists() {
            match Document::open(path) {
                Ok(document) => {
                    self.document = document;
                    self.preferences.remember(path);
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

    /// The preferences kept between runs.
    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// The autosaves found on start that are waiting to be recovered or
    /// discarded.
    pub fn orphans(&self) -> &[Orphan] {
        &self.orphans
    }

    /// This designer's autosave file, if autosave is on.
    pub fn autosave_path(&self) -> Option<PathBuf> {
        self.autosaver.as_ref().map(|a| a.session.autosave_path())
    }

    /// Ends the session cleanly (the window is closing after any unsaved
    /// changes were saved or discarded): the autosave is removed.
    pub fn shutdown(&mut self) {
        if let Some(autosaver) = self.autosaver.take() {
            autosaver.session.finish();
        }
        self.orphans.clear();
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
            Action::CloseDialog => {
                if self.dialog.take() == Some(Dialog::Recovery) {
                    // Decide later: they are offered again on the next start.
                    let n = self.orphans.len();
                    self.orphans.clear();
                    self.set_status(format!(
                        "{n} autosaved design{} kept: Remit offers {} again next time it starts.",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "it" } else { "them" }
                    ));
                }
            }
            Action::Recover(index) => self.request(ctx, Pending::Recover(index)),
            Action::DiscardAutosave(index) => {
                if index < self.orphans.len() {
                    self.orphans.remove(index).remove();
                    self.set_status("Deleted the autosaved design.");
                }
                if self.orphans.is_empty() && self.dialog == Some(Dialog::Recovery) {
                    self.dialog = None;
                }
            }
            Action::ShowRecovery => {
                // Autosaves already listed are locked by this window, so the
                // scan finds only new ones.
                if let Some(autosaver) = &self.autosaver {
                    self.orphans
                        .extend(autosave::orphans(autosaver.session.dir()));
                }
                if self.orphans.is_empty() {
                    self.set_status("There are no autosaved designs to recover.");
                } else {
                    self.dialog = Some(Dialog::Recovery);
                }
            }
            Action::ClearRecent => self.preferences.clear_recent(),
            Action::SetReopenLast(on) => self.preferences.reopen_last = on,
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
            Pending::Recover(index) => self.recover(index),
        }
    }

    fn recover(&mut self, index: usize) {
        if index >= self.orphans.len() {
            return;
        }
        let orphan = self.orphans.remove(index);
        match orphan.record.clone() {
            Ok(record) => {
                let name = record.design.name.clone();
                let when = describe_time(record.saved_at());
                self.replace_document(Document::recovered(record.design, record.file));
                // Keep it safe in this session's autosave before the old one
                // goes, so it is never only in memory.
                let kept = self
                    .autosaver
                    .as_mut()
                    .is_some_and(|a| a.write(&self.document).is_ok());
                if kept {
                    orphan.remove();
                }
                let more = self.orphans.len();
                let mut text =
                    format!("Recovered “{name}” as autosaved {when}. Save it to keep it.");
                if more > 0 {
                    text.push_str(&format!(
                        " {more} more autosaved: File → Recover Autosaved Designs…"
                    ));
                }
                self.set_status(text);
                if self.dialog == Some(Dialog::Recovery) {
                    self.dialog = None;
                }
            }
            Err(why) => {
                let path = orphan.path().display().to_string();
                self.orphans.insert(index, orphan);
                self.show_error(format!("Cannot recover {path}: {why}"));
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
                self.preferences.remember(path);
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
                self.preferences.remember(&path);
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

    /// Writes unsaved changes to this session's autosave when they have
    /// waited long enough or the window lost focus; removes the autosave once
    /// nothing is unsaved. Wakes egui only when a write is due.
    fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(autosaver) = &mut self.autosaver else {
            return;
        };
        if !self.document.is_dirty() {
            if autosaver.written.take().is_some() {
                autosaver.session.clear();
            }
            return;
        }
        let revision = self.document.revision();
        if autosaver.written == Some(revision) {
            return;
        }
        let focus_lost = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        let now = Instant::now();
        let due = autosaver
            .last_write
            .map_or(now, |last| last + autosaver.interval);
        if !focus_lost && now < due {
            ctx.request_repaint_after(due - now);
            return;
        }
        if let Err(e) = autosaver.write(&self.document) {
            ctx.request_repaint_after(autosaver.interval);
            if !std::mem::replace(&mut autosaver.failed, true) {
                self.set_status(format!("Autosave failed: {e}. Save with Ctrl+S."));
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
            &self.preferences,
            self.autosaver.is_some(),
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
            &self.orphans,
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
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.preferences.last_open = self
            .document
            .path()
            .filter(|p| p.exists())
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned()));
        eframe::set_value(storage, preferences::STORAGE_KEY, &self.preferences);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }
}

/// "14:32 on 22 Nov 2026 (5 minutes ago)", in the local time zone.
pub fn describe_time(time: std::time::SystemTime) -> String {
    let ago = std::time::SystemTime::now()
        .duration_since(time)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let relative = match ago {
        0..60 => "just now".to_owned(),
        60..120 => "a minute ago".to_owned(),
        120..3600 => format!("{} minutes ago", ago / 60),
        3600..7200 => "an hour ago".to_owned(),
        7200..86400 => format!("{} hours ago", ago / 3600),
        _ => format!("{} days ago", ago / 86400),
    };
    let absolute = jiff::Timestamp::try_from(time)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%H:%M on %-d %b %Y")
                .to_string()
        })
        .unwrap_or_default();
    if absolute.is_empty() {
        relative
    } else {
        format!("{absolute} ({relative})")
    }
}
