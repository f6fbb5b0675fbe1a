//! The open document: the design being edited (all its options, and which
//! one is shown), the file it belongs to and what that file held when it
//! was read or written, its undo history, and the last saved state (so
//! "unsaved changes" means "differs from what is on disk", and undoing back
//! to it clears the marker).
//!
//! Edits go to the option shown; undo and redo cover edits in every option
//! and the changes to the options themselves, and bring back the option
//! the step was made in. Switching options is not an edit: it is neither
//! undone nor unsaved.
//!
//! Plain Rust: the controller sends it edits and asks it to save; tests
//! drive it directly.

use std::cell::Cell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::file::{self, DiskState, Fingerprint, LoadError, SaveError};
use crate::model::design::slug;
use crate::model::edit::{CardsChange, MergeKey};
use crate::model::history::Snapshot;
use crate::model::{
    Design, Edit, EditError, ExecutiveId, History, OptionEdit, Options, OptionsError,
};

/// What undo keeps: every option, and the one shown.
#[derive(Clone, Debug, PartialEq)]
struct State {
    options: Options,
    current: usize,
}

impl Snapshot for State {
    fn approx_bytes(&self) -> usize {
        self.options.approx_own_bytes() + std::mem::size_of::<Self>()
    }
}

/// A design together with where it lives and how it got here.
#[derive(Clone, Debug)]
pub struct Document {
    /// Differs between documents; see [`Document::id`].
    id: u64,
    /// Every option, and the one shown (which edits go to).
    state: State,
    path: Option<PathBuf>,
    /// The options as last saved or opened; `None` if never saved.
    saved: Option<Options>,
    /// What the file held when it was last read or written by this document.
    disk: Option<Fingerprint>,
    history: History<State>,
    /// Changes whenever the design does; unique across all documents.
    revision: u64,
    /// What the change that made this revision did to the cards, and the
    /// revision it started from.
    last_change: (u64, CardsChange),
    /// `is_dirty` as last computed, and for which revision.
    dirty_cache: Cell<Option<(u64, bool)>>,
    /// Executives added here and not saved yet: their ids still follow
    /// their titles.
    fresh_executives: HashSet<ExecutiveId>,
    /// The comments the file opened with, written first again when the
    /// design is saved (a hand-written design keeps its heading).
    leading_comments: String,
    /// Whether the file held comments elsewhere, which saving loses.
    other_comments: bool,
}

fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An executive whose id was derived again from its new title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    /// The id it had.
    pub from: ExecutiveId,
    /// The id it has now.
    pub to: ExecutiveId,
}

impl Document {
    fn build(
        options: Options,
        path: Option<PathBuf>,
        saved: Option<Options>,
        disk: Option<Fingerprint>,
    ) -> Self {
        Self {
            state: State {
                options,
                current: 0,
            },
            path,
            saved,
            disk,
            history: History::default(),
            revision: next_revision(),
            id: next_revision(),
            last_change: (0, CardsChange::Any),
            dirty_cache: Cell::new(None),
            fresh_executives: HashSet::new(),
            leading_comments: String::new(),
            other_comments: false,
        }
    }

    /// A document for a design that is not in any file yet. It counts as
    /// unchanged until the first edit.
    pub fn untitled(design: Design) -> Self {
        let options = Options::one(design);
        Self::build(options.clone(), None, Some(options), None)
    }

    /// A document for a design that was just read from `path`, whose bytes
    /// had this fingerprint.
    pub fn opened(options: Options, path: PathBuf, disk: Fingerprint) -> Self {
        Self::build(options.clone(), Some(path), Some(options), Some(disk))
    }

    /// A new document that will be written to `path` (which does not exist yet).
    pub fn new_at(design: Design, path: PathBuf) -> Self {
        Self::build(Options::one(design), Some(path), None, None)
    }

    /// A design recovered from an autosave: it belongs to `path` (if it had a
    /// file) and counts as unsaved until saved. What is on disk now is taken
    /// as the version it was based on.
    pub fn recovered(options: Options, path: Option<PathBuf>) -> Self {
        let bytes = path
            .as_deref()
            .and_then(|p| file::read_regular(p, file::MAX_READ_BYTES).ok());
        let disk = bytes.as_deref().map(Fingerprint::of);
        // The file's own comments, as if it had been opened.
        let comments = bytes
            .as_deref()
            .and_then(|b| file::decode(b).ok().map(|text| file::scan::comments(&text)))
            .unwrap_or_default();
        let mut document = Self::build(options, path, None, disk);
        document.leading_comments = comments.leading;
        document.other_comments = comments.later;
        document
    }

    /// Opens `path`, keeping the comments it opens with for the next save.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        file::load_with_fingerprint(path).map(|loaded| {
            let mut document = Self::opened(loaded.options, path.to_owned(), loaded.fingerprint);
            document.leading_comments = loaded.comments.leading;
            document.other_comments = loaded.comments.later;
            document
        })
    }

    /// Whether the file held comments that saving would not keep (those
    /// inside the design; the ones it opens with are kept).
    pub fn loses_comments(&self) -> bool {
        self.other_comments
    }

    /// The option shown: what every panel shows and edits change.
    pub fn design(&self) -> &Design {
        self.state.options.design(self.state.current)
    }

    fn design_mut(&mut self) -> &mut Design {
        self.state.options.design_mut(self.state.current)
    }

    /// Every option of the design.
    pub fn options(&self) -> &Options {
        &self.state.options
    }

    /// Which option is shown (from 0).
    pub fn current_option(&self) -> usize {
        self.state.current
    }

    /// The name of the option shown.
    pub fn current_option_name(&self) -> &str {
        self.state.options.name(self.state.current)
    }

    /// Shows option `index`. Not an edit: nothing to undo, nothing unsaved.
    /// Returns whether it was another option.
    pub fn switch_option(&mut self, index: usize) -> bool {
        if index == self.state.current || index >= self.state.options.len() {
            return false;
        }
        self.seal_history();
        self.state.current = index;
        self.changed(CardsChange::Any);
        true
    }

    /// Changes the options themselves (a new one, a name, one deleted or
    /// moved) as one undo step, and shows the option it leaves in view.
    pub fn apply_option(&mut self, edit: OptionEdit) -> Result<(), OptionsError> {
        self.seal_history();
        let label = self.state.options.describe(&edit);
        let before = self.state.clone();
        let current = self.state.options.apply(edit)?;
        self.state.current = current;
        if self.state != before {
            self.history.record(before, None, label);
            self.changed(CardsChange::Any);
        }
        Ok(())
    }

    /// The file this document saves to, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file name to show in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => file::name_of(path),
            None => format!("{} (not saved yet)", self.design().name),
        }
    }

    /// A file name for this design, from its name: ASCII letters, digits
    /// and dashes, then `.ron`.
    pub fn suggested_file_name(&self) -> String {
        match self.path.as_deref().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None => format!("{}.ron", slug(&self.design().name, "design")),
        }
    }

    /// A number that differs between documents (a design opened, made new
    /// or recovered) and stays the same while one is edited.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// A number that changes whenever the design does (and differs between
    /// documents), to notice changes without comparing designs.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What changed in the cards themselves (their order, names, shares
    /// and marks) from `revision` of this document to now: exactly known
    /// when `revision` is the one just before this one (or this one),
    /// [`CardsChange::Any`] otherwise.
    pub fn cards_change_since(&self, revision: u64) -> &CardsChange {
        const NOTHING: &CardsChange = &CardsChange::Nothing;
        if revision == self.revision {
            NOTHING
        } else if revision == self.last_change.0 {
            &self.last_change.1
        } else {
            &CardsChange::Any
        }
    }

    fn changed(&mut self, cards: CardsChange) {
        let from = self.revision;
        self.revision = next_revision();
        self.last_change = (from, cards);
    }

    /// Whether the design differs from what is on disk.
    pub fn is_dirty(&self) -> bool {
        if let Some((revision, dirty)) = self.dirty_cache.get()
            && revision == self.revision
        {
            return dirty;
        }
        let dirty = self.saved.as_ref() != Some(&self.state.options);
        self.dirty_cache.set(Some((self.revision, dirty)));
        dirty
    }

    /// Applies an edit, recording an undo step if it changed anything. An
    /// edit that leaves the design as it was records nothing.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        let key = edit.merge_key();
        let merges = self.history.merges(key.as_ref());
        let label = if merges {
            String::new()
        } else if self.state.options.len() > 1 {
            format!(
                "{} in “{}”",
                edit.describe(self.design()),
                self.current_option_name()
            )
        } else {
            edit.describe(self.design())
        };
        let added = match &edit {
            Edit::AddExecutive(e) => Some(e.id.clone()),
            _ => None,
        };
        // A card changing hands goes in the decision log, in the same undo
        // step as the move.
        let moved = match &edit {
            Edit::Move { responsibility, .. } => self
                .design()
                .responsibility(responsibility)
                .map(|r| (r.id.clone(), r.owner.clone())),
            _ => None,
        };
        // A run of merged edits (a slider drag) keeps the copy made at its
        // start; copying a large design every frame would be wasted.
        let before = (!merges).then(|| self.state.clone());
        let cards = edit.cards_change();
        // What the design says of itself is every option's.
        let everywhere = matches!(
            edit,
            Edit::SetDesignName(_) | Edit::SetSizeUnit(_) | Edit::SetCompany(_)
        );
        let changed = if everywhere {
            self.design_mut().apply(edit.clone())?;
            self.state.options.set_everywhere(|d| {
                let _ = d.apply(edit.clone());
            });
            before
                .as_ref()
                .is_none_or(|b| b.options != self.state.options)
        } else {
            self.design_mut().apply(edit)?
        };
        if changed {
            if let Some((id, from)) = moved {
                self.design_mut()
                    .log_move(&id, from, jiff::Timestamp::now());
            }
            match before {
                Some(before) => self.history.record(before, key, label),
                None => self.history.record_merged(),
            }
            if let Some(id) = added {
                self.fresh_executives.insert(id);
            }
            self.changed(cards);
        }
        Ok(changed)
    }

    /// Replaces the design with `design` (made from it by a change too
    /// large for one [`Edit`], such as importing a spreadsheet) as one undo
    /// step called `label`. The caller has checked `design` against the
    /// rules. Nothing is recorded if it is the same design.
    pub fn replace_as_step(&mut self, design: Design, label: String) -> bool {
        if design == *self.design() {
            return false;
        }
        self.history.seal(&self.state);
        let before = self.state.clone();
        *self.design_mut() = design;
        self.history.record(before, None, label);
        self.changed(CardsChange::Any);
        true
    }

    /// Ends a run of merged edits (a slider released, a text field left).
    /// If the run gave a new executive its title, its id follows the title
    /// (in the same undo step), and the rename is returned.
    pub fn seal_history(&mut self) -> Option<Renamed> {
        let renamed = self.derive_fresh_id();
        self.history.seal(&self.state);
        renamed
    }

    fn derive_fresh_id(&mut self) -> Option<Renamed> {
        let Some(MergeKey::Executive(id, "short_title")) = self.history.open_key() else {
            return None;
        };
        if !self.fresh_executives.contains(id) {
            return None;
        }
        let from = id.clone();
        let title = &self.design().executive(&from)?.short_title;
        if slug(title, "executive") == from.0 {
            return None;
        }
        let to = self.design().fresh_executive_id(title);
        let rename = Edit::RenameExecutiveId {
            from: from.clone(),
            to: to.clone(),
        };
        let cards = rename.cards_change();
        if self.design_mut().apply(rename) != Ok(true) {
            return None;
        }
        // Part of the step that set the title.
        self.history.record_merged();
        self.fresh_executives.remove(&from);
        self.fresh_executives.insert(to.clone());
        self.changed(cards);
        Some(Renamed { from, to })
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// What the next undo would take back, in words.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What the next redo would do again, in words.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Undoes the last step; returns what it did, or `None` if there was
    /// nothing to undo.
    pub fn undo(&mut self) -> Option<String> {
        let (previous, label) = self.history.undo(&self.state)?;
        let before = std::mem::replace(&mut self.state, previous);
        self.show_what_changed(&before.options);
        self.changed(CardsChange::Any);
        Some(label)
    }

    /// Redoes the last undone step; returns what it did, or `None` if there
    /// was nothing to redo.
    pub fn redo(&mut self) -> Option<String> {
        let (next, label) = self.history.redo(&self.state)?;
        let before = std::mem::replace(&mut self.state, next);
        self.show_what_changed(&before.options);
        self.changed(CardsChange::Any);
        Some(label)
    }

    /// After undo or redo: shows the option the step changed, when it
    /// changed what is in one option (a step on the options themselves
    /// shows the option it kept).
    fn show_what_changed(&mut self, before: &Options) {
        let now = &self.state.options;
        if now.len() != before.len() {
            return;
        }
        let mut changed = now
            .iter()
            .zip(before.iter())
            .enumerate()
            .filter(|(_, (a, b))| !std::sync::Arc::ptr_eq(&a.design, &b.design));
        if let (Some((index, _)), None) = (changed.next(), changed.next()) {
            self.state.current = index;
        }
    }

    /// Whether this document read its file, or wrote it, so that what is
    /// there now can be compared with what was.
    pub fn was_read_or_written(&self) -> bool {
        self.disk.is_some()
    }

    /// How the file on disk compares with what this document last read or
    /// wrote there; `None` for a design that has not been read from or
    /// written to a file.
    pub fn disk_state(&self) -> Option<DiskState> {
        let path = self.path.as_deref()?;
        Some(file::disk::compare(path, self.disk?))
    }

    /// Saves to the document's own file. Fails if it has none.
    pub fn save(&mut self) -> Result<(), SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError {
                path: PathBuf::new(),
                reason: "the design has no file yet; use Save As".into(),
            });
        };
        self.save_as(&path)
    }

    /// Saves to `path`, which becomes the document's file. On failure the
    /// document keeps its old file and its unsaved marker.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let saved = file::save_options(&self.state.options, path, &self.leading_comments)?;
        self.path = Some(path.to_owned());
        self.saved = Some(self.state.options.clone());
        self.disk = Some(saved.fingerprint);
        self.dirty_cache.set(None);
        self.history.seal(&self.state);
        self.fresh_executives.clear();
        // What is in the file now is what was written.
        self.other_comments = false;
        Ok(())
    }
}

#[cfg(test)]
#[path = "document/tests.rs"]
mod tests;
