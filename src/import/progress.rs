//! How far a reading has gone, and a way to stop it: the hook a caller
//! gives the import so that a large spreadsheet can be read off the
//! window's thread with a progress bar and a Cancel button.
//!
//! The hook is called with how much is done and how much there is in all
//! (bytes of text for a CSV file, rows for a sheet, each read twice when
//! numbers are looked at first, so `done` runs up to `total`), at most
//! about every [`STEP`] rows, and once at the end. It answers
//! [`ControlFlow::Break`] to stop: the reading then ends with
//! [`Cancelled`], and nothing it read is kept.

use std::ops::ControlFlow;

/// How many rows go by between two calls of the hook.
pub const STEP: u64 = 512;

/// The reading was stopped by the hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the import was cancelled; nothing was read")
    }
}

impl std::error::Error for Cancelled {}

/// The hook: `(done, total)`, answering whether to go on.
pub type Hook<'a> = &'a (dyn Fn(u64, u64) -> ControlFlow<()> + Sync);

/// Calls a hook now and then while a table is read.
pub struct Progress<'a> {
    hook: Option<Hook<'a>>,
    total: u64,
    rows: u64,
}

impl<'a> Progress<'a> {
    /// No hook: the reading runs to its end.
    pub fn none() -> Self {
        Self {
            hook: None,
            total: 0,
            rows: 0,
        }
    }

    /// Reports to `hook`.
    pub fn to(hook: Hook<'a>) -> Self {
        Self {
            hook: Some(hook),
            total: 0,
            rows: 0,
        }
    }

    /// Sets how much there is in all.
    pub fn set_total(&mut self, total: u64) {
        self.total = total;
    }

    /// How much there is in all.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// One more row read, `done` of the total so far: asks the hook every
    /// [`STEP`] rows.
    pub fn row(&mut self, done: u64) -> Result<(), Cancelled> {
        self.rows += 1;
        if self.rows.is_multiple_of(STEP) {
            self.now(done)
        } else {
            Ok(())
        }
    }

    /// Asks the hook now.
    pub fn now(&mut self, done: u64) -> Result<(), Cancelled> {
        match self.hook {
            Some(hook) => match hook(done.min(self.total), self.total) {
                ControlFlow::Continue(()) => Ok(()),
                ControlFlow::Break(()) => Err(Cancelled),
            },
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn the_hook_is_asked_every_step_and_can_stop() {
        let calls = AtomicU64::new(0);
        let hook = |done: u64, total: u64| {
            assert!(done <= total);
            calls.fetch_add(1, Ordering::Relaxed);
            if done >= 3 * STEP {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let mut progress = Progress::to(&hook);
        progress.set_total(10 * STEP);
        let mut stopped = None;
        for k in 1..=10 * STEP {
            if progress.row(k).is_err() {
                stopped = Some(k);
                break;
            }
        }
        assert_eq!(stopped, Some(3 * STEP));
        assert_eq!(calls.load(Ordering::Relaxed), 3);
        let mut none = Progress::none();
        assert_eq!(none.now(5), Ok(()));
    }
}
