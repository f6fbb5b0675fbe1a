//! Work that can take more than a moment, run on a thread of its own so
//! that the window keeps drawing: drawing an export (a PDF handout of ten
//! thousand cards takes a second or two) and reading a large spreadsheet
//! to import. One runs at a time. The window shows what is being done,
//! for how long, and how far it has got where the work says, with a
//! Cancel button; the controller collects the result and writes the file,
//! whole or not at all, or shows the import's preview. Cancelled work
//! writes and changes nothing; its thread is told to stop and its result,
//! if it still comes, is dropped.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::handouts::ExportChoice;
use super::importing::ImportDialog;
use crate::import::ImportPreview;

/// How often the window looks at running work (and redraws its progress).
pub const POLL: Duration = Duration::from_millis(100);

/// How long work runs before the window shows it: quicker work just
/// finishes.
pub const SHOW_AFTER: Duration = Duration::from_millis(300);

/// What running work and the window share: how far it has got, and
/// whether it should stop.
#[derive(Default)]
pub struct Progress {
    done: AtomicU32,
    total: AtomicU32,
    cancelled: AtomicBool,
    /// The last whole percent reported, and what wakes the window to show
    /// a new one (at most a hundred times a job).
    percent: AtomicU32,
    wake: Option<Waker>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("done", &self.done)
            .field("total", &self.total)
            .field("cancelled", &self.cancelled)
            .finish_non_exhaustive()
    }
}

impl Progress {
    /// Says how far the work has got: `done` of `total` steps (pages,
    /// bands, rows). Returns whether to go on.
    pub fn report(&self, done: u32, total: u32) -> bool {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done.min(total), Ordering::Relaxed);
        if let Some(wake) = &self.wake {
            let percent = u32::try_from(u64::from(done.min(total)) * 100 / u64::from(total.max(1)))
                .unwrap_or(100);
            if self.percent.swap(percent, Ordering::Relaxed) != percent {
                wake();
            }
        }
        !self.is_cancelled()
    }

    /// Whether the user asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// How far the work has got, 0 to 1, when it has said.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| self.done.load(Ordering::Relaxed) as f32 / total as f32)
    }

    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

/// What finished work made: a file's bytes, and a sentence to add to what
/// the status line says (a PNG drawn at a smaller scale than asked, say).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// The bytes to write.
    pub bytes: Vec<u8>,
    /// A sentence for the status line, if any.
    pub note: Option<String>,
}

/// What finished work made.
#[derive(Clone, Debug, PartialEq)]
pub enum Made {
    /// A file to write.
    File(Output),
    /// What importing a spreadsheet would do.
    Preview(Box<ImportPreview>),
}

/// What the work is for, and what to do with its result.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    /// An export to write to `path`.
    Export {
        /// The file.
        path: PathBuf,
        /// What was exported.
        choice: ExportChoice,
    },
    /// A spreadsheet read for the import preview.
    Import {
        /// The preview to show, with its `preview` still to come from the
        /// work.
        dialog: Box<ImportDialog>,
        /// The design read against: which document, at which revision.
        against: (u64, u64),
        /// The preview on screen before this reading (other columns were
        /// chosen), shown again if it is cancelled.
        previous: Option<Box<ImportDialog>>,
    },
}

impl Purpose {
    /// What cancelled work of this kind leaves, for the status line.
    pub fn nothing_done(&self) -> &'static str {
        match self {
            Purpose::Export { .. } => "Nothing was written.",
            Purpose::Import { .. } => "Nothing was imported.",
        }
    }
}

/// Work running on its own thread.
pub struct Job {
    /// What it is doing, for the window: "Exporting the PDF handout".
    pub what: String,
    /// What its result is for.
    pub purpose: Purpose,
    progress: Arc<Progress>,
    result: Receiver<Result<Made, String>>,
    started: Instant,
}

/// What the window shows of running work.
#[derive(Clone, Debug, PartialEq)]
pub struct JobStatus {
    /// What it is doing.
    pub what: String,
    /// How long it has run.
    pub elapsed: Duration,
    /// How far it has got, 0 to 1, when it says.
    pub fraction: Option<f32>,
}

/// What polling found.
pub enum Polled {
    /// Still running.
    Running,
    /// Finished with this result.
    Finished(Result<Made, String>),
}

/// Wakes the window (asks it to draw a frame) from another thread.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

impl Job {
    /// Starts `work` on a thread of its own (the window polls it every
    /// [`POLL`] while it runs); `wake`, if given, is called when the work
    /// has finished, and when its progress passes another whole percent,
    /// so that the window shows them at once even if nothing else makes it
    /// draw.
    pub fn start(
        what: String,
        purpose: Purpose,
        wake: Option<Waker>,
        work: impl FnOnce(&Progress) -> Result<Made, String> + Send + 'static,
    ) -> Result<Self, String> {
        let progress = Arc::new(Progress {
            wake: wake.clone(),
            ..Progress::default()
        });
        let (send, result) = mpsc::channel();
        let shared = Arc::clone(&progress);
        std::thread::Builder::new()
            .name("remit-work".to_owned())
            .spawn(move || {
                let outcome = work(&shared);
                // The window may have gone (or cancelled): nobody to tell.
                let _ = send.send(outcome);
                if let Some(wake) = wake {
                    wake();
                }
            })
            .map_err(|e| format!("could not start the work: {e}"))?;
        Ok(Self {
            what,
            purpose,
            progress,
            result,
            started: Instant::now(),
        })
    }

    /// Whether it has finished, and with what.
    pub fn poll(&self) -> Polled {
        match self.result.try_recv() {
            Ok(outcome) => Polled::Finished(outcome),
            Err(TryRecvError::Empty) => Polled::Running,
            Err(TryRecvError::Disconnected) => {
                Polled::Finished(Err("the work stopped before it was done".to_owned()))
            }
        }
    }

    /// Tells the thread to stop (its result is dropped with the job).
    pub fn cancel(self) {
        self.progress.cancel();
    }

    /// What the window shows of it, once it has run for [`SHOW_AFTER`].
    pub fn status(&self, now: Instant) -> Option<JobStatus> {
        let elapsed = now.saturating_duration_since(self.started);
        (elapsed >= SHOW_AFTER).then(|| JobStatus {
            what: self.what.clone(),
            elapsed,
            fraction: self.progress.fraction(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose() -> Purpose {
        Purpose::Export {
            path: PathBuf::from("x.pdf"),
            choice: ExportChoice::default(),
        }
    }

    fn wait(job: &Job) -> Result<Made, String> {
        let start = Instant::now();
        loop {
            if let Polled::Finished(outcome) = job.poll() {
                return outcome;
            }
            assert!(start.elapsed() < Duration::from_secs(5), "never finished");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn work_runs_off_the_calling_thread_and_its_result_comes_back() {
        let caller = std::thread::current().id();
        let job = Job::start("Counting".into(), purpose(), None, move |_| {
            assert_ne!(std::thread::current().id(), caller);
            Ok(Made::File(Output {
                bytes: vec![1, 2, 3],
                note: None,
            }))
        })
        .unwrap();
        let bytes = match wait(&job) {
            Ok(Made::File(output)) => output.bytes,
            other => panic!("not a file: {other:?}"),
        };
        assert_eq!(bytes, vec![1, 2, 3]);
    }

    #[test]
    fn progress_is_shared_and_cancel_reaches_the_work() {
        let (go, gate) = mpsc::channel::<()>();
        let job = Job::start("Waiting".into(), purpose(), None, move |progress| {
            assert!(progress.report(1, 4));
            let _ = gate.recv();
            // Told to stop: says so and gives up.
            if progress.report(2, 4) {
                Ok(Made::File(Output::default()))
            } else {
                Err("cancelled".into())
            }
        })
        .unwrap();
        let start = Instant::now();
        while job.progress.fraction().is_none() {
            assert!(start.elapsed() < Duration::from_secs(5));
            std::thread::sleep(Duration::from_millis(2));
        }
        assert_eq!(job.progress.fraction(), Some(0.25));
        let progress = Arc::clone(&job.progress);
        job.cancel();
        assert!(progress.is_cancelled());
        go.send(()).unwrap();
    }

    #[test]
    fn work_that_panics_is_an_error_not_a_hang() {
        let job = Job::start(
            "Failing".into(),
            purpose(),
            None,
            |_| -> Result<Made, String> { panic!("on purpose") },
        )
        .unwrap();
        assert!(wait(&job).is_err());
    }

    /// Found on a walk: a window left alone did not draw the frame that
    /// takes a finished import's preview (nor the progress after a
    /// moment): work wakes it when it ends, and each time its progress
    /// passes a whole percent, not on every report.
    #[test]
    fn work_wakes_the_window_when_it_ends_and_as_its_percent_grows() {
        use std::sync::atomic::AtomicUsize;
        let woken = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&woken);
        let wake: Waker = Arc::new(move || {
            count.fetch_add(1, Ordering::Relaxed);
        });
        let job = Job::start("Reporting".into(), purpose(), Some(wake), |progress| {
            for done in 0..=10_000 {
                progress.report(done, 10_000);
            }
            Ok(Made::File(Output::default()))
        })
        .unwrap();
        assert!(wait(&job).is_ok());
        // The end is told after the result is sent: wait for it.
        let start = Instant::now();
        while woken.load(Ordering::Relaxed) < 101 && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(2));
        }
        // Percent 1 to 100 (0 is where it starts), then the end.
        assert_eq!(woken.load(Ordering::Relaxed), 101);
    }

    #[test]
    fn quick_work_is_not_shown() {
        let job = Job::start("Quick".into(), purpose(), None, |_| {
            Ok(Made::File(Output::default()))
        })
        .unwrap();
        assert_eq!(job.status(job.started), None);
        let later = job.status(job.started + SHOW_AFTER).unwrap();
        assert_eq!(later.what, "Quick");
    }
}
