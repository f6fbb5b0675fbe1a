//! Undo and redo for a design: a stack of earlier states (a design, or all
//! the options of one with the one shown), each with what the step did in
//! words. Consecutive edits to the same field (a slider being
//! dragged, a word being typed) share one undo step until the history is
//! sealed; a step that ends where it began (typed and deleted again) is
//! dropped when sealed.

use super::design::Design;
use super::edit::MergeKey;

/// How many undo steps are kept.
pub const DEFAULT_LIMIT: usize = 500;

/// Roughly how much memory the undo steps of one document may take. A very
/// large design keeps fewer steps (but always at least [`MIN_STEPS`]).
pub const MEMORY_BUDGET: usize = 256 * 1024 * 1024;

/// Undo steps kept whatever the design's size.
pub const MIN_STEPS: usize = 20;

/// What undo keeps of each step: a whole state, cheap to copy because the
/// cards in it are shared with the states before and after it.
pub trait Snapshot: Clone + PartialEq {
    /// Roughly how many bytes of memory this state holds that the state
    /// after it does not share.
    fn approx_bytes(&self) -> usize;
}

impl Snapshot for Design {
    fn approx_bytes(&self) -> usize {
        self.approx_own_bytes()
    }
}

/// One step: the state before it, its approximate size, and what it did.
#[derive(Clone, Debug)]
struct Step<T> {
    design: T,
    bytes: usize,
    label: String,
}

/// The undo and redo stacks of one document.
#[derive(Clone, Debug)]
pub struct History<T = Design> {
    undo: Vec<Step<T>>,
    redo: Vec<Step<T>>,
    open_key: Option<MergeKey>,
    limit: usize,
    undo_bytes: usize,
}

impl<T: Snapshot> Default for History<T> {
    fn default() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }
}

impl<T: Snapshot> History<T> {
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

    fn push_undo(&mut self, step: Step<T>) {
        self.undo_bytes += step.bytes;
        self.undo.push(step);
        while self.undo.len() > self.limit
            || (self.undo_bytes > MEMORY_BUDGET && self.undo.len() > MIN_STEPS)
        {
            let dropped = self.undo.remove(0);
            self.undo_bytes -= dropped.bytes;
        }
    }

    fn pop_undo(&mut self) -> Option<Step<T>> {
        let step = self.undo.pop()?;
        self.undo_bytes -= step.bytes;
        Some(step)
    }

    /// Records that the design is about to change from `before` by an edit
    /// with merge key `key`, described by `label`. Clears the redo stack.
    pub fn record(&mut self, before: T, key: Option<MergeKey>, label: String) {
        if !self.merges(key.as_ref()) {
            let bytes = before.approx_bytes();
            self.push_undo(Step {
                design: before,
                bytes,
                label,
            });
        }
        self.redo.clear();
        self.open_key = key;
    }

    /// Ends the current run of merged edits: the next edit is its own step.
    /// If the run left the design as it was before it (`current`), the step
    /// is dropped: there is nothing to undo.
    pub fn seal(&mut self, current: &T) {
        if self.open_key.take().is_some()
            && self.undo.last().is_some_and(|step| step.design == *current)
        {
            self.pop_undo();
        }
    }

    /// The merge key of the run of edits still open, if any.
    pub fn open_key(&self) -> Option<&MergeKey> {
        self.open_key.as_ref()
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What the next undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What the next redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// The design before the last step, given the `current` one, and what
    /// the step did.
    pub fn undo(&mut self, current: &T) -> Option<(T, String)> {
        let step = self.pop_undo()?;
        self.redo.push(Step {
            design: current.clone(),
            bytes: 0,
            label: step.label.clone(),
        });
        self.open_key = None;
        Some((step.design, step.label))
    }

    /// The design after the last undone step, given the `current` one, and
    /// what the step did.
    pub fn redo(&mut self, current: &T) -> Option<(T, String)> {
        let step = self.redo.pop()?;
        let bytes = current.approx_bytes();
        self.push_undo(Step {
            design: current.clone(),
            bytes,
            label: step.label.clone(),
        });
        self.open_key = None;
        Some((step.design, step.label))
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
    use crate::model::{Edit, ResponsibilityId};
    use crate::templates::default_design;

    fn apply(d: &mut Design, h: &mut History, edit: Edit) {
        let before = d.clone();
        let key = edit.merge_key();
        let label = edit.describe(d);
        if d.apply(edit) == Ok(true) {
            h.record(before, key, label);
        }
    }

    fn large(n: usize) -> Design {
        let mut d = default_design();
        let template = d.responsibilities[0].clone();
        d.responsibilities = (0..n)
            .map(|i| {
                let mut r = template.clone();
                r.id = crate::model::ResponsibilityId(format!("item-{i}"));
                r
            })
            .collect();
        d
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
        h.seal(&d);
        let d1 = d.clone();
        apply(&mut d, &mut h, Edit::SetShare(pmo.clone(), 0.9));
        let d2 = d.clone();

        d = h.undo(&d).map_or_else(|| d.clone(), |(d, _)| d);
        assert_eq!(d, d1);
        d = h.undo(&d).map_or_else(|| d.clone(), |(d, _)| d);
        assert_eq!(d, d0, "the three slider steps are one undo step");
        assert!(!h.can_undo());
        d = h.redo(&d).map_or_else(|| d.clone(), |(d, _)| d);
        assert_eq!(d, d1);
        d = h.redo(&d).map_or_else(|| d.clone(), |(d, _)| d);
        assert_eq!(d, d2);
        assert!(!h.can_redo());
    }

    #[test]
    fn steps_say_what_they_did_and_a_run_back_to_the_start_leaves_no_step() {
        let mut d = default_design();
        let mut h = History::default();
        let pmo = ResponsibilityId("pmo".into());
        apply(&mut d, &mut h, Edit::Delete(pmo.clone()));
        assert_eq!(h.undo_label(), Some("delete “PMO”"));
        let before = d.clone();
        let name = d.name.clone();
        apply(&mut d, &mut h, Edit::SetDesignName(format!("{name}x")));
        apply(&mut d, &mut h, Edit::SetDesignName(name));
        assert_eq!(d, before);
        h.seal(&d);
        assert_eq!(h.undo_len(), 1, "typing and deleting again is not a step");
        let (_, label) = h.undo(&d).expect("one step");
        assert_eq!(label, "delete “PMO”");
        assert_eq!(h.redo_label(), Some("delete “PMO”"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut d = default_design();
        let mut h = History::default();
        apply(&mut d, &mut h, Edit::Delete(ResponsibilityId("pmo".into())));
        d = h.undo(&d).map_or_else(|| d.clone(), |(d, _)| d);
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

    /// A copy of `d` that shares none of its cards.
    fn deep(d: &Design) -> Design {
        let mut copy = d.clone();
        for r in &mut copy.responsibilities {
            *r = crate::model::Shared::new((**r).clone());
        }
        copy
    }

    #[test]
    fn a_very_large_design_keeps_fewer_steps_within_the_memory_budget() {
        let mut d = large(2_000);
        for r in &mut d.responsibilities {
            r.notes = "n".repeat(1_000);
        }
        let per_step = d.approx_bytes();
        // Steps whose cards are each their own (a design replaced whole, as
        // an import does) are bounded by the budget.
        let mut h = History::default();
        for i in 0..200 {
            let before = deep(&d);
            d.name = format!("v{i}");
            h.record(before, None, format!("v{i}"));
            h.seal(&d);
        }
        let fits = MEMORY_BUDGET / per_step;
        assert!(
            fits < 200,
            "the test design is big enough ({per_step} bytes)"
        );
        assert!(h.undo_len() <= fits.max(MIN_STEPS) + 1, "{}", h.undo_len());
        assert!(h.undo_len() >= MIN_STEPS);
        // Edits share the cards they leave alone with the step before: a
        // large design keeps every step up to the limit.
        let mut h = History::default();
        for i in 0..200 {
            apply(&mut d, &mut h, Edit::SetDesignName(format!("w{i}")));
            h.seal(&d);
        }
        assert_eq!(h.undo_len(), 200);
        // As do small designs.
        let mut small = default_design();
        let mut h = History::default();
        for i in 0..200 {
            apply(&mut small, &mut h, Edit::SetDesignName(format!("v{i}")));
            h.seal(&small);
        }
        assert_eq!(h.undo_len(), 200);
    }
}
