//! How far a long export has got, and a way to stop it: the exports that
//! can take more than a moment (the PDF handout page by page, the PNG band
//! by band) call a [`Progress`] between steps with how many are done of
//! how many, and stop with [`ExportError::Cancelled`] as soon as it says
//! not to go on. Nothing is written until an export is whole, so a
//! cancelled export leaves nothing behind.
//!
//! The hook is a plain function of `(done, total)`: the window's thread
//! keeps it in a shared counter and a cancel flag; the command line and
//! the tests pass [`Progress::none`].

use super::ExportError;

/// What an export calls between its steps: `report(done, total)` says how
/// far it has got, and answers whether to go on.
pub struct Progress<'a> {
    hook: Option<Box<dyn FnMut(usize, usize) -> bool + 'a>>,
}

impl std::fmt::Debug for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("hook", &self.hook.is_some())
            .finish()
    }
}

impl Default for Progress<'_> {
    fn default() -> Self {
        Self::none()
    }
}

impl<'a> Progress<'a> {
    /// No one is watching: every step goes on.
    pub fn none() -> Self {
        Self { hook: None }
    }

    /// Calls `hook(done, total)` between steps; the export stops when it
    /// answers `false`.
    pub fn new(hook: impl FnMut(usize, usize) -> bool + 'a) -> Self {
        Self {
            hook: Some(Box::new(hook)),
        }
    }

    /// Says that `done` of `total` steps are done: `Err(Cancelled)` when
    /// the hook says to stop.
    pub fn report(&mut self, done: usize, total: usize) -> Result<(), ExportError> {
        let go_on = self.hook.as_mut().is_none_or(|hook| hook(done, total));
        if go_on {
            Ok(())
        } else {
            Err(ExportError::Cancelled)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hook_hears_each_step_and_can_stop_the_export() {
        let mut heard = Vec::new();
        {
            let mut progress = Progress::new(|done, total| {
                heard.push((done, total));
                done < 2
            });
            assert_eq!(progress.report(0, 3), Ok(()));
            assert_eq!(progress.report(1, 3), Ok(()));
            assert_eq!(progress.report(2, 3), Err(ExportError::Cancelled));
        }
        assert_eq!(heard, [(0, 3), (1, 3), (2, 3)]);
        assert_eq!(Progress::none().report(5, 5), Ok(()));
    }
}
