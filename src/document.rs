//! The open document: the design being edited, the file it belongs to and
//! what that file held when it was read or written, its undo history, and
//! the last saved state (so "unsaved changes" means "differs from what is on
//! disk", and undoing back to it clears the marker).
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
use crate::model::{Design, Edit, EditError, ExecutiveId, History};

/// A design together with where it lives and how it got here.
#[derive(Clone, Debug)]
pub struct Document {
    /// Differs between documents; see [`Document::id`].
    id: u64,
    design: Design,
    path: Option<PathBuf>,
    /// The design as last saved or opened; `None` if never saved.
    saved: Option<Design>,
    /// What the file held when it was last read or written by this document.
    disk: Option<Fingerprint>,
    history: History,
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
        design: Design,
        path: Option<PathBuf>,
        saved: Option<Design>,
        disk: Option<Fingerprint>,
    ) -> Self {
        Self {
            design,
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
        Self::build(design.clone(), None, Some(design), None)
    }

    /// A document for a design that was just read from `path`, whose bytes
    /// had this fingerprint.
    pub fn opened(design: Design, path: PathBuf, disk: Fingerprint) -> Self {
        Self::build(design.clone(), Some(path), Some(design), Some(disk))
    }

    /// A new document that will be written to `path` (which does not exist yet).
    pub fn new_at(design: Design, path: PathBuf) -> Self {
        Self::build(design, Some(path), None, None)
    }

    /// A design recovered from an autosave: it belongs to `path` (if it had a
    /// file) and counts as unsaved until saved. What is on disk now is taken
    /// as the version it was based on.
    pub fn recovered(design: Design, path: Option<PathBuf>) -> Self {
        let bytes = path
            .as_deref()
            .and_then(|p| file::read_regular(p, file::MAX_READ_BYTES).ok());
        let disk = bytes.as_deref().map(Fingerprint::of);
        // The file's own comments, as if it had been opened.
        let comments = bytes
            .as_deref()
            .and_then(|b| file::decode(b).ok().map(|text| file::scan::comments(&text)))
            .unwrap_or_default();
        let mut document = Self::build(design, path, None, disk);
        document.leading_comments = comments.leading;
        document.other_comments = comments.later;
        document
    }

    /// Opens `path`, keeping the comments it opens with for the next save.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        file::load_with_fingerprint(path).map(|loaded| {
            let mut document = Self::opened(loaded.design, path.to_owned(), loaded.fingerprint);
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

    /// The design.
    pub fn design(&self) -> &Design {
        &self.design
    }

    /// The file this document saves to, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file name to show in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => file::name_of(path),
            None => format!("{} (not saved yet)", self.design.name),
        }
    }

    /// A file name for this design, from its name: ASCII letters, digits
    /// and dashes, then `.ron`.
    pub fn suggested_file_name(&self) -> String {
        match self.path.as_deref().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None => format!("{}.ron", slug(&self.design.name, "design")),
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
        let dirty = self.saved.as_ref() != Some(&self.design);
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
        } else {
            edit.describe(&self.design)
        };
        let added = match &edit {
            Edit::AddExecutive(e) => Some(e.id.clone()),
            _ => None,
        };
        // A card changing hands goes in the decision log, in the same undo
        // step as the move.
        let moved = match &edit {
            Edit::Move { responsibility, .. } => self
                .design
                .responsibility(responsibility)
                .map(|r| (r.id.clone(), r.owner.clone())),
            _ => None,
        };
        // A run of merged edits (a slider drag) keeps the copy made at its
        // start; copying a large design every frame would be wasted.
        let before = (!merges).then(|| self.design.clone());
        let cards = edit.cards_change();
        let changed = self.design.apply(edit)?;
        if changed {
            if let Some((id, from)) = moved {
                self.design.log_move(&id, from, jiff::Timestamp::now());
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
        if design == self.design {
            return false;
        }
        self.history.seal(&self.design);
        let before = std::mem::replace(&mut self.design, design);
        self.history.record(before, None, label);
        self.changed(CardsChange::Any);
        true
    }

    /// Ends a run of merged edits (a slider released, a text field left).
    /// If the run gave a new executive its title, its id follows the title
    /// (in the same undo step), and the rename is returned.
    pub fn seal_history(&mut self) -> Option<Renamed> {
        let renamed = self.derive_fresh_id();
        self.history.seal(&self.design);
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
        let title = &self.design.executive(&from)?.short_title;
        if slug(title, "executive") == from.0 {
            return None;
        }
        let to = self.design.fresh_executive_id(title);
        let rename = Edit::RenameExecutiveId {
            from: from.clone(),
            to: to.clone(),
        };
        let cards = rename.cards_change();
        if self.design.apply(rename) != Ok(true) {
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
        let (previous, label) = self.history.undo(&self.design)?;
        self.design = previous;
        self.changed(CardsChange::Any);
        Some(label)
    }

    /// Redoes the last undone step; returns what it did, or `None` if there
    /// was nothing to redo.
    pub fn redo(&mut self) -> Option<String> {
        let (next, label) = self.history.redo(&self.design)?;
        self.design = next;
        self.changed(CardsChange::Any);
        Some(label)
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
        let saved = file::save_with(&self.design, path, &self.leading_comments)?;
        self.path = Some(path.to_owned());
        self.saved = Some(self.design.clone());
        self.disk = Some(saved.fingerprint);
        self.dirty_cache.set(None);
        self.history.seal(&self.design);
        self.fresh_executives.clear();
        // What is in the file now is what was written.
        self.other_comments = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Executive, Position, ResponsibilityId, Rgb};
    use crate::templates::default_design;

    #[test]
    fn dirty_follows_the_saved_state_through_undo() {
        let mut doc = Document::untitled(default_design());
        assert!(!doc.is_dirty());
        let edit = Edit::Move {
            responsibility: ResponsibilityId("security".into()),
            to: Some(ExecutiveId("cto".into())),
        };
        assert_eq!(doc.apply(edit), Ok(true));
        assert!(doc.is_dirty());
        assert_eq!(
            doc.undo().as_deref(),
            Some("move “Information security” to CTO")
        );
        assert!(!doc.is_dirty(), "undoing back to the saved state is clean");
        assert!(doc.redo().is_some());
        assert!(doc.is_dirty());
    }

    #[test]
    fn save_without_a_path_fails_and_stays_dirty() {
        let mut doc = Document::untitled(default_design());
        let _ = doc.apply(Edit::SetDesignName("x".into()));
        assert!(doc.save().is_err());
        assert!(doc.is_dirty());
    }

    #[test]
    fn a_new_executive_takes_its_id_from_its_title_until_saved() {
        let mut doc = Document::untitled(default_design());
        let id = ExecutiveId("new-executive".into());
        let added = Edit::AddExecutive(Executive {
            id: id.clone(),
            short_title: "Executive 3".into(),
            full_title: "New executive".into(),
            colour: Rgb(1, 2, 3),
            position: Position { x: 0.0, y: 0.0 },
            ..Default::default()
        });
        assert_eq!(doc.apply(added), Ok(true));
        doc.seal_history();
        for title in ["C", "CI", "CISO"] {
            assert_eq!(
                doc.apply(Edit::SetShortTitle(id.clone(), title.into())),
                Ok(true)
            );
        }
        let renamed = doc.seal_history().expect("renamed");
        let ciso = ExecutiveId("ciso".into());
        assert_eq!(renamed.to, ciso);
        assert!(doc.design().executive(&ciso).is_some());
        // One undo takes back the title and the id together.
        assert!(doc.undo().is_some());
        assert!(doc.design().executive(&id).is_some());
        // An executive that was in the file keeps its id.
        let cio = ExecutiveId("cio".into());
        let _ = doc.apply(Edit::SetShortTitle(cio.clone(), "Head of IT".into()));
        assert_eq!(doc.seal_history(), None);
        assert!(doc.design().executive(&cio).is_some());
    }

    #[test]
    fn what_the_last_change_did_to_the_cards_is_known_from_the_revision_before() {
        let mut doc = Document::untitled(default_design());
        let start = doc.revision();
        assert_eq!(doc.cards_change_since(start), &CardsChange::Nothing);
        let security = ResponsibilityId("security".into());
        // Changing hands changes no card's own facts, nor its place.
        let moved = Edit::Move {
            responsibility: security.clone(),
            to: Some(ExecutiveId("cto".into())),
        };
        assert_eq!(doc.apply(moved), Ok(true));
        assert_eq!(doc.cards_change_since(start), &CardsChange::Nothing);
        let after_hands = doc.revision();
        let first = Edit::Reorder {
            responsibility: security.clone(),
            slot: usize::MAX,
        };
        assert_eq!(doc.apply(first), Ok(true));
        assert_eq!(
            doc.cards_change_since(after_hands),
            &CardsChange::Moved(security.clone())
        );
        let after_move = doc.revision();
        // An edit that changes nothing is no change.
        assert_eq!(
            doc.apply(Edit::SetName(
                security.clone(),
                "Information security".into()
            )),
            Ok(false)
        );
        assert_eq!(doc.revision(), after_move);
        assert_eq!(
            doc.apply(Edit::SetName(security.clone(), "Cyber".into())),
            Ok(true)
        );
        assert_eq!(
            doc.cards_change_since(after_move),
            &CardsChange::Changed(security)
        );
        // From further back, or across undo, nothing is assumed.
        assert_eq!(doc.cards_change_since(start), &CardsChange::Any);
        let before_undo = doc.revision();
        assert!(doc.undo().is_some());
        assert_eq!(doc.cards_change_since(before_undo), &CardsChange::Any);
    }
}
