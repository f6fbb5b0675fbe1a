//! Undo and redo for a design: a stack of earlier designs. Consecutive edits
//! to the same field (a slider being dragged, a word being typed) share one
//! undo step until the history is sealed.

use super::design::Design;
use super::edit::MergeKey;

/// How many undo steps are kept.
pub const DEFAULT_LIMIT: usize = 500;

/// Roughly how much memory the undo steps of one document may take. A very
/// large design keeps fewer steps (but always at least [`MIN_STEPS`]).
pub const MEMORY_BUDGET: usize = 256 * 1024 * 1024;

/// Undo steps kept whatever the design's size.
pub const MIN_STEPS: usize = 20;

/// The undo and redo stacks of one document.
#[derive(Clone, Debug)]
pub struct History {
    /// Earlier designs with their approximate sizes in bytes.
    undo: Vec<(Design, usize)>,
    redo: Vec<Design>,
    open_key: Option<MergeKey>,
    limit: usize,
    undo_bytes: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    /// An empty history keeping at most `limit` undo steps.
    pub fn with_limit(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            open_key: None,
            limit: limit.max(1),
            undo_bytes: 0,
        }
    }

    /// Whether an edit with merge key `key` would join the current undo step
    /// (so the caller need not keep a copy of the design before it).
    pub fn merges(&self, key: Option<&MergeKey>) -> bool {
        key.is_some() && key == self.open_key.as_ref() && !self.undo.is_empty()
    }

    /// Records a change that joins the current undo step (see [`Self::merges`]).
    pub fn record_merged(&mut self) {
        self.redo.clear();
    }

    /// How many undo steps are kept now.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    fn push_undo(&mut self, design: Design) {
        let bytes = design.approx_bytes();
        self.undo.push((design, bytes));
        self.undo_bytes += bytes;
        while self.undo.len() > self.limit
            || (self.undo_bytes > MEMORY_BUDGET && self.undo.len() > MIN_STEPS)
        {
            let (_, bytes) = self.undo.remove(0);
            self.undo_bytes -= bytes;
        }
    }

    fn pop_undo(&mut self) -> Option<Design> {
        let (design, bytes) = self.undo.pop()?;
        self.undo_bytes -= bytes;
        Some(design)
    }

    /// Records that the design is about to change from `before` by an edit
    /// with merge key `key`. Clears the redo stack.
    pub fn record(&mut self, before: Design, key: Option<MergeKey>) {
        if !self.merges(key.as_ref()) {
            self.push_undo(before);
        }
        self.redo.clear();
        self.open_key = key;
    }

    /// Ends the current run of merged edits: the next edit is its own step.
    pub fn seal(&mut self) {
        self.open_key = None;
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The design before the last step, given the `current` one.
    pub fn undo(&mut self, current: &Design) -> Option<Design> {
        let previous = self.pop_undo()?;
        self.redo.push(current.clone());
        self.open_key = None;
        Some(previous)
    }

    /// The design after the last undone step, given the `current` one.
    pub fn redo(&mut self, current: &Design) -> Option<Design> {
        let next = self.redo.pop()?;
        self.push_undo(current.clone());
        self.open_key = None;
        Some(next)
    }

    /// Forgets everything, e.g. when another design is opened.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.undo_bytes = 0;
        self.redo.clear();
        self.open_key = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::default_design;
    use crate::model::{Edit, ResponsibilityId};

    fn apply(d: &mut Design, h: &mut History, edit: Edit) {
        let before = d.clone();
        let key = edit.merge_key();
        if d.apply(edit) == Ok(true) {
            h.record(before, key);
        }
    }

    #[test]
    fn slider_drag_is_one_step_and_undo_redo_round_trip() {
        let d0 = default_design();
        let mut d = d0.clone();
        let mut h = History::default();
        let pmo = ResponsibilityId("pmo".into());
        for share in [0.2, 0.3, 0.4] {
            apply(&mut d, &mut h, Edit::SetShare(pmo.clone(), share));
        }
        h.seal();
        let d1 = d.clone();
        apply(&mut d, &mut h, Edit::SetShare(pmo.clone(), 0.9));
        let d2 = d.clone();

        d = h.undo(&d).unwrap_or_else(|| d.clone());
        assert_eq!(d, d1);
        d = h.undo(&d).unwrap_or_else(|| d.clone());
        assert_eq!(d, d0, "the three slider steps are one undo step");
        assert!(!h.can_undo());
        d = h.redo(&d).unwrap_or_else(|| d.clone());
        assert_eq!(d, d1);
        d = h.redo(&d).unwrap_or_else(|| d.clone());
        assert_eq!(d, d2);
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut d = default_design();
        let mut h = History::default();
        apply(&mut d, &mut h, Edit::Delete(ResponsibilityId("pmo".into())));
        d = h.undo(&d).unwrap_or_else(|| d.clone());
        assert!(h.can_redo());
        apply(&mut d, &mut h, Edit::Delete(ResponsibilityId("rnd".into())));
        assert!(!h.can_redo());
    }

    #[test]
    fn limit_drops_the_oldest() {
        let mut d = default_design();
        let mut h = History::with_limit(2);
        for id in ["pmo", "rnd", "security"] {
            apply(&mut d, &mut h, Edit::Delete(ResponsibilityId(id.into())));
        }
        assert!(h.undo(&d.clone()).is_some());
        assert!(h.undo(&d.clone()).is_some());
        assert!(h.undo(&d).is_none());
    }

    #[test]
    fn a_very_large_design_keeps_fewer_steps_within_the_memory_budget() {
        let mut d = crate::model::templates::large_design(2_000);
        for r in &mut d.responsibilities {
            r.notes = "n".repeat(1_000);
        }
        let per_step = d.approx_bytes();
        let mut h = History::default();
        for i in 0..200 {
            apply(&mut d, &mut h, Edit::SetDesignName(format!("v{i}")));
            h.seal();
        }
        let fits = MEMORY_BUDGET / per_step;
        assert!(
            fits < 200,
            "the test design is big enough ({per_step} bytes)"
        );
        assert!(h.undo_len() <= fits.max(MIN_STEPS) + 1, "{}", h.undo_len());
        assert!(h.undo_len() >= MIN_STEPS);
        // Small designs keep every step up to the limit.
        let mut small = default_design();
        let mut h = History::default();
        for i in 0..200 {
            apply(&mut small, &mut h, Edit::SetDesignName(format!("v{i}")));
            h.seal();
        }
        assert_eq!(h.undo_len(), 200);
    }
}
