//! The open document: the design being edited, the file it belongs to, its
//! undo history and the last saved state (so "unsaved changes" means "differs
//! from what is on disk", and undoing back to it clears the marker).
//!
//! Plain Rust: the UI sends it edits and asks it to save; tests drive it
//! directly.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::{Design, Edit, EditError, History, LoadError, SaveError, file_format};

/// A design together with where it lives and how it got here.
#[derive(Clone, Debug)]
pub struct Document {
    design: Design,
    path: Option<PathBuf>,
    /// The design as last saved or opened; `None` if never saved.
    saved: Option<Design>,
    history: History,
    /// Changes whenever the design does; unique across all documents.
    revision: u64,
    /// `is_dirty` as last computed, and for which revision.
    dirty_cache: Cell<Option<(u64, bool)>>,
}

fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Document {
    fn build(design: Design, path: Option<PathBuf>, saved: Option<Design>) -> Self {
        Self {
            design,
            path,
            saved,
            history: History::default(),
            revision: next_revision(),
            dirty_cache: Cell::new(None),
        }
    }

    /// A document for a design that is not in any file yet. It counts as
    /// unchanged until the first edit.
    pub fn untitled(design: Design) -> Self {
        Self::build(design.clone(), None, Some(design))
    }

    /// A document for a design that was just read from `path`.
    pub fn opened(design: Design, path: PathBuf) -> Self {
        Self::build(design.clone(), Some(path), Some(design))
    }

    /// A new document that will be written to `path` (which does not exist yet).
    pub fn new_at(design: Design, path: PathBuf) -> Self {
        Self::build(design, Some(path), None)
    }

    /// A design recovered from an autosave: it belongs to `path` (if it had a
    /// file) and counts as unsaved until saved.
    pub fn recovered(design: Design, path: Option<PathBuf>) -> Self {
        Self::build(design, path, None)
    }

    /// Opens `path`.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        file_format::load(path).map(|design| Self::opened(design, path.to_owned()))
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
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => format!("{} (not saved yet)", self.design.name),
        }
    }

    /// A number that changes whenever the design does (and differs between
    /// documents), to notice changes without comparing designs.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn changed(&mut self) {
        self.revision = next_revision();
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

    /// Applies an edit, recording an undo step if it changed anything.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        let key = edit.merge_key();
        // A run of merged edits (a slider drag) keeps the copy made at its
        // start; copying a large design every frame would be wasted.
        let before = (!self.history.merges(key.as_ref())).then(|| self.design.clone());
        let changed = self.design.apply(edit)?;
        if changed {
            match before {
                Some(before) => self.history.record(before, key),
                None => self.history.record_merged(),
            }
            self.changed();
        }
        Ok(changed)
    }

    /// Ends a run of merged edits (a slider released, a text field left).
    pub fn seal_history(&mut self) {
        self.history.seal();
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Undoes the last step; `false` if there was nothing to undo.
    pub fn undo(&mut self) -> bool {
        match self.history.undo(&self.design) {
            Some(previous) => {
                self.design = previous;
                self.changed();
                true
            }
            None => false,
        }
    }

    /// Redoes the last undone step; `false` if there was nothing to redo.
    pub fn redo(&mut self) -> bool {
        match self.history.redo(&self.design) {
            Some(next) => {
                self.design = next;
                self.changed();
                true
            }
            None => false,
        }
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
        file_format::save(&self.design, path)?;
        self.path = Some(path.to_owned());
        self.saved = Some(self.design.clone());
        self.dirty_cache.set(None);
        self.history.seal();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::default_design;
    use crate::model::{ExecutiveId, ResponsibilityId};

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
        assert!(doc.undo());
        assert!(!doc.is_dirty(), "undoing back to the saved state is clean");
        assert!(doc.redo());
        assert!(doc.is_dirty());
    }

    #[test]
    fn save_without_a_path_fails_and_stays_dirty() {
        let mut doc = Document::untitled(default_design());
        let _ = doc.apply(Edit::SetDesignName("x".into()));
        assert!(doc.save().is_err());
        assert!(doc.is_dirty());
    }
}
