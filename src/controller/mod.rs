//! The designer's controller, with no egui: everything the window shows
//! that is not pixels (the open [`Document`], the selection, the one dialog
//! that may be open, the status line, preferences, autosave and recovery),
//! and [`Controller::apply`], the one place an [`Action`] is carried out.
//!
//! The window turns input into actions and draws what the controller holds;
//! what only the window can do (close itself, cancel a close) comes back as
//! [`Effect`]s. The file flow (open, save, close, with their questions) is in
//! [`flow`], autosave and recovery in [`autosaving`], what commands do in `run`;
//! all of it is tested without a window.

mod action;
pub mod autosaving;
pub mod command;
pub mod company_form;
pub mod comparing;
mod derived;
pub mod file_dialog;
pub mod flow;
mod handouts;
mod help_rows;
mod importing;
pub mod jobs;
mod option_commands;
mod option_edits;
mod options;
mod run;
pub mod shortcut;
pub mod status;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::autosave::Orphan;
use crate::document::Document;
use crate::model::{Edit, ExecutiveId, ResponsibilityId};
use crate::preferences::Preferences;
use crate::templates::default_design;

pub use action::{
    Action, Answer, CompanyForm, Conflict, Dialog, Effect, ExportChoice, ImportDialog, PathPurpose,
    Pending, Selection, Source,
};
pub use command::{Command, CommandState};
pub use derived::Derived;
pub use file_dialog::FileDialogs;
pub use importing::READ_AT_ONCE_BELOW;
pub use option_edits::OptionAction;
pub use options::StartOptions;
pub use status::{Level, Status, describe_time};

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
    /// Where the preferences are written when they change, and what was
    /// last written there (with the file to reopen).
    preferences_file: Option<PathBuf>,
    preferences_written: Option<Preferences>,
    autosave: Option<autosaving::Autosaving>,
    /// Autosaves of designers that did not exit cleanly.
    orphans: Vec<Orphan>,
    effects: Vec<Effect>,
    /// The version of the file on disk already warned about.
    disk_warned: Option<crate::file::DiskState>,
    /// Work running on its own thread (an export), if any.
    job: Option<jobs::Job>,
    /// Wakes the window when work on its own thread has finished.
    work_waker: Option<jobs::Waker>,
    /// The compare view (View → Compare options).
    comparing: comparing::Comparing,
}

impl Controller {
    /// Starts the designer: opens the file asked for (or the last one, or
    /// the default design), and starts autosave. `wake` is called from the
    /// autosave thread when it has finished a write, to wake the window.
    pub fn new(options: StartOptions, wake: Option<Box<dyn Fn() + Send>>) -> Self {
        let document = Document::untitled(default_design());
        let stored = options
            .preferences_file
            .as_deref()
            .and_then(crate::preferences::read);
        let preferences_written = stored.clone();
        let mut controller = Self {
            derived: Derived::of(&document),
            document,
            selection: Selection::None,
            dialog: None,
            error: None,
            status: None,
            file_dialogs: options.file_dialogs,
            close_confirmed: false,
            preferences: options.preferences.or(stored).unwrap_or_default(),
            preferences_file: options.preferences_file,
            preferences_written,
            autosave: None,
            orphans: Vec::new(),
            effects: Vec::new(),
            disk_warned: None,
            job: None,
            work_waker: None,
            comparing: comparing::Comparing::default(),
        };
        let asked_for_a_file = options.path.is_some();
        match options.path {
            Some(path) => controller.start_on(&path),
            None => {
                if let Some(last) = controller.preferences.file_to_reopen().map(Path::to_owned) {
                    controller.reopen(&last);
                }
            }
        }
        let on_default = controller.document.path().is_none();
        if let Some(dir) = options.autosave_dir {
            controller.start_autosave(&dir, options.autosave_delay, wake);
        }
        if options.welcome && on_default && !asked_for_a_file {
            controller.welcome();
        }
        controller.refresh();
        controller.keep_preferences();
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
            options: self.document.options().len(),
            current_option: self.document.current_option(),
        }
    }

    /// The window title: starts with "Remit", names the file (and the
    /// option shown, when there are several), and ends with `*` while
    /// there are unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.document.is_dirty() { " *" } else { "" };
        let option = if self.document.options().len() > 1 {
            format!(" — {}", self.document.current_option_name())
        } else {
            String::new()
        };
        format!("Remit — {}{option}{marker}", self.document.display_name())
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
            self.derived.follow(&self.document);
        }
        self.comparing.follow_with(&self.document, &self.derived);
    }

    /// Carries out the actions the window collected this frame.
    pub fn apply(&mut self, actions: Vec<Action>) {
        for action in actions {
            self.apply_one(action);
            self.refresh();
        }
        self.keep_preferences();
    }

    /// The preferences as they should be stored now: with the open
    /// design's file as the one to reopen.
    pub fn preferences_to_store(&self) -> Preferences {
        Preferences {
            last_open: self.last_open(),
            ..self.preferences.clone()
        }
    }

    /// Writes the preferences file when what it should hold changed since
    /// it was last written (a save, an open, a toggle), so that a crash a
    /// moment later forgets nothing. A failure is said once on the status
    /// line and tried again at the next change.
    fn keep_preferences(&mut self) {
        let Some(path) = self.preferences_file.clone() else {
            return;
        };
        let now = self.preferences_to_store();
        if self.preferences_written.as_ref() == Some(&now) {
            return;
        }
        match crate::preferences::write(&path, &now) {
            Ok(()) => self.preferences_written = Some(now),
            Err(e) => {
                // Remember the attempt, so the warning is not repeated
                // every frame until something changes again.
                self.preferences_written = Some(now);
                self.warn(format!(
                    "Could not remember recent designs and settings in {}: {}.",
                    path.display(),
                    crate::file::describe_io(&e)
                ));
            }
        }
    }

    fn apply_one(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => self.edit(edit),
            Action::DropCard {
                responsibility,
                to,
                before,
            } => self.drop_card(responsibility, to, before),
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
            Action::Export(choice) => self.export(choice),
            Action::AcceptImport { create_executives } => self.accept_import(create_executives),
            Action::CancelJob => self.cancel_job(),
            Action::CreateBlank => {
                if let Some(Dialog::NewBlank { picked }) = self.dialog.take() {
                    self.request(Pending::NewBlank(picked));
                }
            }
            Action::RereadImport(settings) => self.reread_import(settings),
            Action::AcceptCompany => self.accept_company(),
            Action::Option(action) => self.option_action(action),
            Action::Compare(action) => self.compare(action),
        }
    }

    fn edit(&mut self, edit: Edit) {
        // Moving a box changes only where things are: the index, balances
        // and card layout stay, and only the boxes and lines move (a box
        // dragged over a 10,000-card design stays smooth).
        let moves_only = matches!(edit, Edit::MoveExecutive(..) | Edit::MoveCeo(_));
        let before = self.document.revision();
        match self.document.apply(edit) {
            Ok(true) if moves_only && self.derived.revision == before => {
                self.derived.moved(&self.document);
                if self.status.as_ref().is_some_and(|s| s.level == Level::Note) {
                    self.status = None;
                }
            }
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

    /// A card let go over a box or the tray: selected, and moved there
    /// (with the reason asked for), or put at another place in its own box.
    fn drop_card(&mut self, id: ResponsibilityId, to: Option<ExecutiveId>, before: Option<usize>) {
        let design = self.document.design();
        let Some(item) = design.responsibility(&id) else {
            return;
        };
        let owner = item.owner.clone();
        // Where it stands in its box now: the number of the box's cards
        // before it in the list.
        let now = design
            .responsibilities
            .iter()
            .take_while(|r| r.id != id)
            .filter(|r| r.owner == owner)
            .count();
        let logged = design.decisions.len();
        self.select(Selection::Responsibility(id.clone()));
        if owner != to {
            self.edit(Edit::Move {
                responsibility: id,
                to,
            });
            if self.document.design().decisions.len() > logged {
                self.effects.push(Effect::AskReason);
            }
        } else if let Some(before) = before {
            // Counted without the card itself.
            let slot = if before > now { before - 1 } else { before };
            self.edit(Edit::Reorder {
                responsibility: id,
                slot,
            });
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

    /// On a first start on the default design, with nothing else to ask,
    /// the gallery of reference models is the first thing shown (once:
    /// the preferences remember it). Looking changes nothing.
    fn welcome(&mut self) {
        if self.preferences.gallery_seen || self.modal_open() {
            return;
        }
        self.show_gallery();
        self.preferences.gallery_seen = true;
    }

    /// Opens the gallery of reference models on the one closest to the
    /// design open now (the first, when none is).
    fn show_gallery(&mut self) {
        let closest = crate::templates::closest(self.document.design());
        self.dialog = Some(Dialog::Gallery {
            selected: closest.unwrap_or(0),
            closest,
        });
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
        let working = self.job_tick();
        let fade = self
            .status
            .as_ref()
            .and_then(Status::fades_at)
            .map(|at| if at <= now { Duration::ZERO } else { at - now });
        if fade == Some(Duration::ZERO) {
            self.status = None;
        }
        [autosave_due, fade.filter(|d| !d.is_zero()), working]
            .into_iter()
            .flatten()
            .min()
    }
}
