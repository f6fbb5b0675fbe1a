//! The designer's controller, with no egui: everything the window shows
//! that is not pixels (the open [`Document`], the selection, the one dialog
//! that may be open, the status line, preferences, autosave and recovery),
//! and [`Controller::apply`], the one place an [`Action`] is carried out.
//!
//! The window turns input into actions and draws what the controller holds;
//! what only the window can do (close itself, cancel a close) comes back as
//! [`Effect`]s. The file flow (open, save, close, with their questions) is in
//! [`flow`], autosave and recovery in [`autosaving`], commands in [`run`];
//! all of it is tested without a window.

pub mod autosaving;
pub mod command;
pub mod file_dialog;
pub mod flow;
mod run;
pub mod status;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::autosave::Orphan;
use crate::document::Document;
use crate::model::templates::default_design;
use crate::model::{DesignBalance, Edit, ExecutiveId, Index, ResponsibilityId};
use crate::preferences::Preferences;

pub use command::{Command, CommandState};
pub use file_dialog::FileDialogs;
pub use status::{Level, Status};

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

/// Where a file to open came from; it decides whether unsaved changes must
/// be asked about first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Dropped onto the window.
    Dropped,
    /// Chosen in Open Recent.
    Recent,
}

/// Something the window asks the controller to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Change the design.
    Edit(Edit),
    /// Run a command (menu item, button or shortcut).
    Command(Command),
    /// Change the selection.
    Select(Selection),
    /// End a run of merged edits (slider released, text field left).
    SealHistory,
    /// Open this file, asking about unsaved changes first.
    Open {
        /// The file.
        path: PathBuf,
        /// Where it came from.
        source: Source,
    },
    /// Files dropped onto the window.
    Dropped(Vec<PathBuf>),
    /// The answer typed into the in-app path prompt, and what it was for.
    PathTyped {
        /// The path typed.
        path: PathBuf,
        /// Open or save, as the prompt said.
        purpose: PathPurpose,
    },
    /// The answer to the open question.
    Answer(Answer),
    /// Close the open dialog without doing anything.
    CloseDialog,
    /// Dismiss the error message.
    DismissError,
    /// Dismiss the status line.
    DismissStatus,
    /// Open the in-app path prompt (when the native dialog gave nothing).
    TypePath(PathPurpose),
    /// Recover the autosave with this index in the recovery list.
    Recover(usize),
    /// Delete the autosave with this index in the recovery list.
    DiscardAutosave(usize),
    /// The window's close button was pressed (or the window was told to close).
    CloseRequested,
    /// The window gained (`true`) or lost the keyboard focus.
    WindowFocused(bool),
}

/// Answers to the questions the dialogs ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save the changes, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Replace the file on disk.
    Overwrite,
    /// Save to another file instead.
    SaveAs,
    /// Load the file as it is on disk now, losing the changes on screen.
    Reload,
    /// Keep the design on screen.
    Keep,
    /// Do nothing.
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

/// Why saving would replace a file the user may not expect to replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// The design's file was changed by another program since it was read.
    ChangedOnDisk,
    /// The design's file was moved or deleted since it was read.
    Deleted,
    /// Another file already has the name typed.
    Exists,
}

/// The one dialog that may be open.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes to …?" before `then`.
    Unsaved {
        /// What waits for the answer.
        then: Pending,
    },
    /// "Replace the file?" before saving over a file that changed, went
    /// away, or belongs to another design.
    Overwrite {
        /// The file.
        path: PathBuf,
        /// Why the question.
        conflict: Conflict,
        /// What waits for the save.
        then: Option<Pending>,
    },
    /// The open file changed on disk while the design has unsaved changes.
    ChangedOnDisk,
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

/// What only the window can do, asked for by the controller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Close the window (a close that was already agreed to).
    CloseWindow,
    /// Stop the close that was requested this frame.
    CancelClose,
}

/// How to start the designer.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// The file to open, or `None` for the last design (if the preferences
    /// say so) or else the default design.
    pub path: Option<PathBuf>,
    /// Native or in-app file dialogs.
    pub file_dialogs: FileDialogs,
    /// The folder for autosaves; `None` turns autosave and recovery off.
    pub autosave_dir: Option<PathBuf>,
    /// How long after the last change unsaved changes are autosaved.
    pub autosave_delay: Duration,
    /// Preferences to start with instead of those in eframe's storage.
    pub preferences: Option<Preferences>,
}

impl Default for StartOptions {
    /// For tests and embedding: in-app dialogs, no autosave, no stored
    /// preferences.
    fn default() -> Self {
        Self {
            path: None,
            file_dialogs: FileDialogs::InApp,
            autosave_dir: None,
            autosave_delay: crate::autosave::DEFAULT_DELAY,
            preferences: None,
        }
    }
}

impl StartOptions {
    /// As the desktop app runs: native dialogs where available, autosave to
    /// the app's data folder.
    pub fn desktop(path: Option<PathBuf>) -> Self {
        Self {
            path,
            file_dialogs: FileDialogs::detect(),
            autosave_dir: crate::autosave::default_dir(),
            ..Self::default()
        }
    }
}

/// What the window reads about the design, computed once per change: where
/// everything is, and every balance.
#[derive(Clone, Debug)]
pub struct Derived {
    revision: u64,
    /// Positions of ids and the cards of each owner.
    pub index: Index,
    /// The balance of every executive, the tray and the organisation.
    pub balance: DesignBalance,
    /// For each catalog entry, whether a card of that name is in the design
    /// (worked out the first time the catalog is shown).
    in_design: std::cell::OnceCell<Vec<bool>>,
}

impl Derived {
    fn of(document: &Document) -> Self {
        Self {
            revision: document.revision(),
            index: Index::of(document.design()),
            balance: DesignBalance::of(document.design()),
            in_design: std::cell::OnceCell::new(),
        }
    }

    /// For each entry of the catalog, whether the design has a card of
    /// that name.
    pub fn catalog_in_design(&self, design: &crate::model::Design) -> &[bool] {
        self.in_design.get_or_init(|| {
            let names: std::collections::HashSet<&str> = design
                .responsibilities
                .iter()
                .map(|r| r.name.as_str())
                .collect();
            crate::model::catalog::CATALOG
                .iter()
                .map(|entry| names.contains(entry.name))
                .collect()
        })
    }
}

/// What the dialogs show (see [`Controller::dialog_parts`]).
pub struct DialogParts<'a> {
    /// The open dialog, if any.
    pub dialog: Option<&'a mut Dialog>,
    /// The open document.
    pub document: &'a Document,
    /// Positions and balances of its design.
    pub derived: &'a Derived,
    /// Autosaves waiting to be recovered.
    pub orphans: &'a [Orphan],
    /// The error message, if any.
    pub error: Option<&'a str>,
}

/// The designer's state and the one place it changes.
pub struct Controller {
    document: Document,
    derived: Derived,
    selection: Selection,
    dialog: Option<Dialog>,
    error: Option<String>,
    status: Option<Status>,
    file_dialogs: FileDialogs,
    close_confirmed: bool,
    preferences: Preferences,
    autosave: Option<autosaving::Autosaving>,
    /// Autosaves of designers that did not exit cleanly.
    orphans: Vec<Orphan>,
    effects: Vec<Effect>,
    /// The version of the file on disk already warned about.
    disk_warned: Option<crate::file::DiskState>,
}

impl Controller {
    /// Starts the designer: opens the file asked for (or the last one, or
    /// the default design), and starts autosave. `wake` is called from the
    /// autosave thread when it has finished a write, to wake the window.
    pub fn new(options: StartOptions, wake: Option<Box<dyn Fn() + Send>>) -> Self {
        let document = Document::untitled(default_design());
        let mut controller = Self {
            derived: Derived::of(&document),
            document,
            selection: Selection::None,
            dialog: None,
            error: None,
            status: None,
            file_dialogs: options.file_dialogs,
            close_confirmed: false,
            preferences: options.preferences.unwrap_or_default(),
            autosave: None,
            orphans: Vec::new(),
            effects: Vec::new(),
            disk_warned: None,
        };
        match options.path {
            Some(path) => controller.start_on(&path),
            None => {
                if let Some(last) = controller.preferences.file_to_reopen().map(Path::to_owned) {
                    controller.reopen(&last);
                }
            }
        }
        if let Some(dir) = options.autosave_dir {
            controller.start_autosave(&dir, options.autosave_delay, wake);
        }
        controller.refresh();
        controller
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// Positions and balances of the design as it is now.
    pub fn derived(&self) -> &Derived {
        debug_assert_eq!(self.derived.revision, self.document.revision());
        &self.derived
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The open dialog, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// What the dialogs show, with the open dialog editable in place (a
    /// path being typed, the owner picked for a new card).
    pub fn dialog_parts(&mut self) -> DialogParts<'_> {
        DialogParts {
            dialog: self.dialog.as_mut(),
            document: &self.document,
            derived: &self.derived,
            orphans: &self.orphans,
            error: self.error.as_deref(),
        }
    }

    /// The error message being shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The status line, if it has something to say now.
    pub fn status(&self) -> Option<&Status> {
        self.status
            .as_ref()
            .filter(|s| s.fades_at().is_none_or(|at| Instant::now() < at))
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

    /// Whether a dialog or an error message is open (it has the keyboard).
    pub fn modal_open(&self) -> bool {
        self.dialog.is_some() || self.error.is_some()
    }

    /// What decides which commands are enabled.
    pub fn command_state(&self) -> CommandState {
        CommandState {
            can_undo: self.document.can_undo(),
            can_redo: self.document.can_redo(),
            card_selected: matches!(self.selection, Selection::Responsibility(_)),
            anything_selected: self.selection != Selection::None,
            executives: self.document.design().executives.len(),
            recent: self.preferences.recent.len(),
            autosave_on: self.autosave.is_some(),
        }
    }

    /// The window title: starts with "Remit", names the file, and ends with
    /// `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.document.is_dirty() { " *" } else { "" };
        format!("Remit — {}{marker}", self.document.display_name())
    }

    /// What the window must do, asked for since it last looked.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    fn note(&mut self, text: impl Into<String>) {
        self.status = Some(Status::note(text));
    }

    fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status::warning(text));
    }

    fn show_error(&mut self, text: impl Into<String>) {
        self.error = Some(text.into());
    }

    fn refresh(&mut self) {
        if self.derived.revision != self.document.revision() {
            self.derived = Derived::of(&self.document);
        }
    }

    /// Carries out the actions the window collected this frame.
    pub fn apply(&mut self, actions: Vec<Action>) {
        for action in actions {
            self.apply_one(action);
            self.refresh();
        }
    }

    fn apply_one(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => self.edit(edit),
            Action::Command(command) => self.run(command),
            Action::Select(selection) => self.select(selection),
            Action::SealHistory => self.seal(),
            Action::Open { path, .. } => self.request(Pending::Open(Some(path))),
            Action::Dropped(paths) => self.dropped(paths),
            Action::PathTyped { path, purpose } => self.path_typed(path, purpose),
            Action::Answer(answer) => self.answer(answer),
            Action::CloseDialog => self.close_dialog(),
            Action::DismissError => self.error = None,
            Action::DismissStatus => self.status = None,
            Action::TypePath(purpose) => {
                self.status = None;
                let text = self.suggested_path(&purpose);
                self.dialog = Some(Dialog::PathPrompt { purpose, text });
            }
            Action::Recover(index) => self.request(Pending::Recover(index)),
            Action::DiscardAutosave(index) => self.discard_autosave(index),
            Action::CloseRequested => self.close_requested(),
            Action::WindowFocused(true) => self.check_disk(),
            Action::WindowFocused(false) => self.autosave_now(),
        }
    }

    fn edit(&mut self, edit: Edit) {
        match self.document.apply(edit) {
            Ok(true) => {
                // What the status line said is about the design before.
                if self.status.as_ref().is_some_and(|s| s.level == Level::Note) {
                    self.status = None;
                }
            }
            Ok(false) => {}
            Err(e) => self.warn(format!("Not changed: {e}.")),
        }
    }

    fn select(&mut self, selection: Selection) {
        if selection != self.selection {
            self.seal();
            self.selection = selection;
        }
    }

    /// Ends a run of merged edits; a new executive's id may follow its
    /// title, and the selection follows the id.
    fn seal(&mut self) {
        if let Some(renamed) = self.document.seal_history()
            && self.selection == Selection::Executive(renamed.from)
        {
            self.selection = Selection::Executive(renamed.to);
        }
    }

    fn close_dialog(&mut self) {
        if self.dialog.take() == Some(Dialog::Recovery) {
            self.decide_later();
        }
    }

    fn answer(&mut self, answer: Answer) {
        match self.dialog.take() {
            Some(Dialog::Unsaved { then }) => match answer {
                Answer::Save => self.save(Some(then)),
                Answer::Discard => self.perform(then),
                _ => self.note("Cancelled: nothing was changed."),
            },
            Some(Dialog::Overwrite { path, then, .. }) => match answer {
                Answer::Overwrite => self.save_to(&path, then, flow::Check::None),
                Answer::SaveAs => self.save_as(then),
                _ => self.note("Not saved: the file on disk was left as it is."),
            },
            Some(Dialog::ChangedOnDisk) => match answer {
                Answer::Reload => self.reload(),
                _ => self.warn(
                    "Kept your version. The file on disk is different: saving will ask before replacing it.",
                ),
            },
            other => self.dialog = other,
        }
    }

    /// Ends the session cleanly (the window is closing after any unsaved
    /// changes were saved or discarded): the autosave is removed.
    pub fn shutdown(&mut self) {
        if let Some(autosave) = self.autosave.take() {
            autosave.finish();
        }
        self.orphans.clear();
    }

    /// The file to reopen next time: the open design's, if it is on disk.
    pub fn last_open(&self) -> Option<PathBuf> {
        self.document
            .path()
            .filter(|p| p.exists())
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned()))
    }

    /// Work that depends on time: autosave when due, a note that fades.
    /// Returns how long until it needs to run again, if it does.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        let autosave_due = self.autosave_tick(now);
        let fade = self
            .status
            .as_ref()
            .and_then(Status::fades_at)
            .map(|at| if at <= now { Duration::ZERO } else { at - now });
        if fade == Some(Duration::ZERO) {
            self.status = None;
        }
        [autosave_due, fade.filter(|d| !d.is_zero())]
            .into_iter()
            .flatten()
            .min()
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
