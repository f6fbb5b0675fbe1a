//! The file flow: opening, saving and closing, with the questions they ask.
//!
//! Anything that would replace or close the design ([`Pending`]) first asks
//! about unsaved changes. Saving to the design's own file first checks that
//! nobody changed or removed it since it was read, and saving to another
//! file that exists asks before replacing it. When the window comes back to
//! the front, a file changed on disk is reloaded if nothing is unsaved, and
//! otherwise the user is warned. Every failure is shown, and leaves the
//! design on screen and the file on disk as they were.

use std::path::{Path, PathBuf};

use super::{
    Conflict, Controller, Dialog, Effect, FileDialogs, PathPurpose, Pending, Selection, Status,
    file_dialog,
};
use crate::document::Document;
use crate::file::DiskState;
use crate::templates::TEMPLATES;

/// Whether saving to a path must first check what is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Ask before replacing a file that changed, went away, or belongs to
    /// another design.
    Conflicts,
    /// The user already agreed (or a native dialog asked).
    None,
}

impl Controller {
    /// Replacing or closing the design: ask first if there are unsaved changes.
    pub(super) fn request(&mut self, pending: Pending) {
        if self.document.is_dirty() {
            self.seal();
            self.dialog = Some(Dialog::Unsaved { then: pending });
        } else {
            self.perform(pending);
        }
    }

    /// Does what was asked for, unsaved changes having been dealt with.
    pub(super) fn perform(&mut self, pending: Pending) {
        match pending {
            Pending::New(index) => {
                let template = TEMPLATES.get(index).unwrap_or(&TEMPLATES[0]);
                self.replace_document(Document::untitled((template.build)()));
                self.note(format!("New design: {}.", template.title));
            }
            Pending::NewBlank(picked) => {
                let design = crate::templates::blank::blank_design(&picked);
                let count = design.executives.len();
                self.replace_document(Document::untitled(design));
                self.note(format!(
                    "New blank design with {count} executive{}: add responsibilities (Ctrl+R) or import a spreadsheet (Ctrl+I).",
                    if count == 1 { "" } else { "s" }
                ));
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => match self.file_dialogs {
                FileDialogs::Native => {
                    let start = self.start_dir();
                    let picked = file_dialog::ask(|| file_dialog::pick_open(start.as_deref()));
                    if let Some(path) = self.native_answer(picked, PathPurpose::Open) {
                        self.open_path(&path);
                    }
                }
                FileDialogs::InApp => self.ask_in_app(PathPurpose::Open),
            },
            Pending::Close => {
                self.close_confirmed = true;
                self.effects.push(Effect::CloseWindow);
            }
            Pending::Recover(index) => self.recover(index),
        }
    }

    pub(super) fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.selection = Selection::None;
        self.disk_warned = None;
    }

    pub(super) fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(document) => {
                self.replace_document(document);
                self.preferences.remember(path);
                self.note_opened("Opened", path);
            }
            Err(e) => self.show_error(format!("{e}\n\nThe design on screen was not changed.")),
        }
    }

    /// Says on the status line that `path` was opened, and, when it holds
    /// comments a save would not keep, says so before any save.
    fn note_opened(&mut self, verb: &str, path: &Path) {
        if self.document.loses_comments() {
            self.warn(format!(
                "{verb} {}. It has comments inside the design, which saving it will not keep \
                 (the comments at its top are kept); Remit asks before saving over it.",
                path.display()
            ));
        } else {
            self.note(format!("{verb} {}", path.display()));
        }
    }

    /// Opening the file named on the command line: a file that does not
    /// exist yet is created by the first save.
    pub(super) fn start_on(&mut self, path: &Path) {
        if path.exists() {
            match Document::open(path) {
                Ok(document) => {
                    self.document = document;
                    self.preferences.remember(path);
                    self.note_opened("Opened", path);
                }
                Err(e) => self.show_error(format!(
                    "{e}\n\nRemit started on the default design instead; the file was not changed."
                )),
            }
        } else {
            self.document = Document::new_at(crate::templates::default_design(), path.into());
            self.note(format!(
                "{} does not exist yet: it will be created when you save.",
                path.display()
            ));
        }
    }

    /// The last design, reopened on start.
    pub(super) fn reopen(&mut self, path: &Path) {
        if !path.exists() {
            self.note(format!(
                "The last design, {}, is no longer there: started on the default design.",
                path.display()
            ));
            return;
        }
        match Document::open(path) {
            Ok(document) => {
                self.document = document;
                self.note_opened("Reopened", path);
            }
            Err(e) => self.warn(format!(
                "Could not reopen the last design ({e}): started on the default design."
            )),
        }
    }

    /// Files dropped onto the window: the first `.ron` design is opened
    /// (asking about unsaved changes first); anything else is refused with a
    /// reason. While a dialog waits for an answer, nothing is opened.
    pub(super) fn dropped(&mut self, paths: Vec<PathBuf>) {
        if self.modal_open() {
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            self.warn(format!(
                "Not opened: {}. Answer the open dialog first, then drop the file again.",
                names.join(", ")
            ));
            return;
        }
        let is_ron = |p: &PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        let (designs, others): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(is_ron);
        if let Some(other) = others.first() {
            self.note(format!(
                "Not opened: {} is not a Remit design (.ron file).",
                other.display()
            ));
        }
        let mut designs = designs.into_iter();
        if let Some(first) = designs.next() {
            let more = designs.count();
            self.request(Pending::Open(Some(first)));
            if more > 0 && self.error.is_none() {
                self.note("Only the first dropped design was opened.");
            }
        }
    }

    /// The answer typed into the in-app path prompt.
    pub(super) fn path_typed(&mut self, path: PathBuf, purpose: PathPurpose) {
        self.dialog = None;
        match purpose {
            // The prompt is shown after unsaved changes were dealt with.
            PathPurpose::Open => self.open_path(&path),
            PathPurpose::SaveAs { then } => self.save_to(&path, then, Check::Conflicts),
            PathPurpose::Export(choice) => self.export_to(&path, choice),
            PathPurpose::ImportCsv => self.preview_import(&path),
        }
    }

    /// Saves to the design's file, or asks for one.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        self.seal();
        match self.document.path().map(Path::to_owned) {
            Some(path) => self.save_to(&path, then, Check::Conflicts),
            None => self.save_as(then),
        }
    }

    /// Asks for a file, then saves to it.
    pub(super) fn save_as(&mut self, then: Option<Pending>) {
        self.seal();
        match self.file_dialogs {
            FileDialogs::Native => {
                let name = self.document.suggested_file_name();
                let start = self.start_dir();
                let picked = file_dialog::ask(|| file_dialog::pick_save(start.as_deref(), &name));
                let purpose = PathPurpose::SaveAs { then: then.clone() };
                // The native dialog asks before replacing a file.
                if let Some(path) = self.native_answer(picked, purpose) {
                    self.save_to(&path, then, Check::None);
                }
            }
            FileDialogs::InApp => self.ask_in_app(PathPurpose::SaveAs { then }),
        }
    }

    /// What a native file dialog's answer leads to: the file chosen; or,
    /// cancelled, nothing but a note on the status line that offers
    /// Remit's own prompt; or, when no dialog could be shown at all, Remit's
    /// own prompt at once, and from then on for this session.
    pub(super) fn native_answer(
        &mut self,
        picked: file_dialog::Picked,
        purpose: PathPurpose,
    ) -> Option<PathBuf> {
        match picked {
            file_dialog::Picked::Chosen(path) => Some(path),
            file_dialog::Picked::Cancelled => {
                let text = match purpose {
                    PathPurpose::Open => "No file was chosen.",
                    PathPurpose::SaveAs { .. } => "Not saved: no file was chosen.",
                    PathPurpose::Export(_) => "Not exported: no file was chosen.",
                    PathPurpose::ImportCsv => "Nothing imported: no file was chosen.",
                };
                let mut status = Status::note(text);
                status.offer_path = Some(purpose);
                self.status = Some(status);
                None
            }
            file_dialog::Picked::Unavailable => {
                self.file_dialogs = FileDialogs::InApp;
                self.ask_in_app(purpose);
                self.note("No file dialog could be shown here, so Remit asks for the path itself.");
                None
            }
        }
    }

    /// Remit's own path prompt, for `purpose`, with a suggestion filled in.
    pub(super) fn ask_in_app(&mut self, purpose: PathPurpose) {
        let text = match purpose {
            PathPurpose::Open => self.suggested_dir(),
            _ => self.suggested_path(&purpose),
        };
        self.dialog = Some(Dialog::PathPrompt { purpose, text });
    }

    /// What saving to `path` would replace that the user may not expect.
    fn conflict(&self, path: &Path) -> Option<Conflict> {
        let own = self
            .document
            .path()
            .is_some_and(|own| crate::file::same_file(own, path));
        if own && self.document.was_read_or_written() {
            match self.document.disk_state()? {
                DiskState::Changed(_) => Some(Conflict::ChangedOnDisk),
                DiskState::Missing => Some(Conflict::Deleted),
                DiskState::Unchanged if self.document.loses_comments() => {
                    Some(Conflict::LosesComments)
                }
                DiskState::Unchanged | DiskState::Unreadable(_) => None,
            }
        } else {
            path.is_file().then_some(Conflict::Exists)
        }
    }

    pub(super) fn save_to(&mut self, path: &Path, then: Option<Pending>, check: Check) {
        let path = file_dialog::with_ron_extension(path);
        if check == Check::Conflicts
            && let Some(conflict) = self.conflict(&path)
        {
            self.dialog = Some(Dialog::Overwrite {
                path,
                conflict,
                then,
            });
            return;
        }
        match self.document.save_as(&path) {
            Ok(()) => {
                self.preferences.remember(&path);
                self.disk_warned = None;
                self.note(format!("Saved {}", path.display()));
                if let Some(then) = then {
                    self.perform(then);
                }
            }
            Err(e) => self.show_error(format!(
                "{e}\n\nThe design is still open with its changes; the file on disk was not changed."
            )),
        }
    }

    /// The window came back to the front: has the file changed on disk?
    pub(super) fn check_disk(&mut self) {
        let Some(state) = self.document.disk_state() else {
            return;
        };
        if state == DiskState::Unchanged || self.disk_warned.as_ref() == Some(&state) {
            return;
        }
        let name = self.document.display_name();
        match &state {
            DiskState::Unchanged => {}
            DiskState::Changed(_) if !self.document.is_dirty() => {
                self.reload();
                return;
            }
            DiskState::Changed(_) => {
                if self.modal_open() {
                    self.warn(format!(
                        "{name} was changed by another program. Your unsaved changes are still here; saving will ask before replacing it."
                    ));
                } else {
                    self.dialog = Some(Dialog::ChangedOnDisk);
                }
            }
            DiskState::Missing => {
                if self.document.was_read_or_written() {
                    self.warn(format!(
                        "{name} is no longer on disk (moved or deleted). Save to write it again."
                    ));
                }
            }
            DiskState::Unreadable(why) => {
                self.warn(format!("{name} cannot be read now ({why})."));
            }
        }
        self.disk_warned = Some(state);
    }

    /// Loads the design's file as it is on disk now.
    pub(super) fn reload(&mut self) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match Document::open(&path) {
            Ok(document) => {
                let selection = self.selection.clone();
                self.replace_document(document);
                let still_there = selection.exists_in(self.document.design());
                if still_there {
                    self.selection = selection;
                }
                self.note(format!(
                    "Reloaded {}: it was changed by another program.",
                    path.display()
                ));
            }
            Err(e) => {
                self.disk_warned = self.document.disk_state();
                self.warn(format!(
                    "{} changed on disk and cannot be opened now: {e}. The design on screen is unchanged; saving will ask before replacing the file.",
                    self.document.display_name()
                ));
            }
        }
    }

    /// The window's close button: ask about unsaved changes first.
    pub(super) fn close_requested(&mut self) {
        if self.close_confirmed {
            return;
        }
        if self.document.is_dirty() {
            self.effects.push(Effect::CancelClose);
            self.seal();
            self.dialog = Some(Dialog::Unsaved {
                then: Pending::Close,
            });
        } else {
            self.close_confirmed = true;
        }
    }

    /// Where file dialogs start: the design's folder, else the home folder
    /// (never the working folder, `/` when started from a menu).
    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        file_dialog::folder::start_folder(self.document.path())
    }

    pub(super) fn suggested_dir(&self) -> String {
        self.start_dir()
            .map(|d| file_dialog::folder::as_typed(&d))
            .unwrap_or_default()
    }

    /// What the path prompt starts with.
    pub(super) fn suggested_path(&self, purpose: &PathPurpose) -> String {
        match (purpose, self.document.path()) {
            (PathPurpose::Open, _) => self.suggested_dir(),
            (PathPurpose::SaveAs { .. }, Some(path)) => path.display().to_string(),
            (PathPurpose::SaveAs { .. }, None) => format!(
                "{}{}",
                self.suggested_dir(),
                self.document.suggested_file_name()
            ),
            (PathPurpose::Export(choice), _) => format!(
                "{}{}",
                self.suggested_dir(),
                self.export_file_name(choice.format)
            ),
            (PathPurpose::ImportCsv, _) => self.suggested_dir(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::controller::StartOptions;
    use crate::controller::file_dialog::Picked;

    fn native() -> Controller {
        Controller::new(
            StartOptions {
                file_dialogs: FileDialogs::Native,
                ..StartOptions::default()
            },
            None,
        )
    }

    /// Issue 18, item 17: with a D-Bus session but no working file chooser
    /// portal, the native dialog answered at once with nothing, and all
    /// the user got was a hint on the status line.
    #[test]
    fn when_no_native_dialog_can_be_shown_remits_own_prompt_opens_at_once_and_stays() {
        let mut c = native();
        let answer = c.native_answer(Picked::Unavailable, PathPurpose::SaveAs { then: None });
        assert_eq!(answer, None);
        assert!(
            matches!(
                c.dialog(),
                Some(Dialog::PathPrompt {
                    purpose: PathPurpose::SaveAs { then: None },
                    ..
                })
            ),
            "{:?}",
            c.dialog()
        );
        assert_eq!(
            c.file_dialogs,
            FileDialogs::InApp,
            "for the rest of the session"
        );
        // A dialog the user closed is not that: a note offers the prompt.
        let mut c = native();
        assert_eq!(c.native_answer(Picked::Cancelled, PathPurpose::Open), None);
        assert_eq!(c.dialog(), None);
        assert_eq!(
            c.status().and_then(|s| s.offer_path.clone()),
            Some(PathPurpose::Open)
        );
        assert_eq!(c.file_dialogs, FileDialogs::Native);
        let chosen = PathBuf::from("/tmp/x.ron");
        assert_eq!(
            c.native_answer(Picked::Chosen(chosen.clone()), PathPurpose::Open),
            Some(chosen)
        );
    }
}
