//! The writer thread: a session's autosaves are written one at a time, in
//! order, off the window's thread; when several wait, only the newest is
//! written.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

use super::Session;
use crate::model::Options;

enum Job {
    Write {
        revision: u64,
        options: Box<Options>,
        file: Option<PathBuf>,
    },
    Clear,
}

/// What the writer did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The design of this revision is in the autosave.
    Written(u64),
    /// Writing this revision failed, for this reason.
    Failed(u64, String),
    /// The autosave was removed.
    Cleared,
}

enum Message {
    Job(Job),
    Finish,
}

/// A thread that writes a session's autosaves one at a time, in order; when
/// several are waiting, only the newest is written.
pub struct Writer {
    autosave: PathBuf,
    dir: PathBuf,
    jobs: Sender<Message>,
    outcomes: Receiver<Outcome>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer")
            .field("autosave", &self.autosave)
            .finish_non_exhaustive()
    }
}

impl Writer {
    /// Starts the writer for `session`; `wake` is called after each job (to
    /// wake the window so it reads the outcome).
    pub fn start(session: Session, wake: Box<dyn Fn() + Send>) -> std::io::Result<Self> {
        let (jobs, inbox) = std::sync::mpsc::channel::<Message>();
        let (report, outcomes) = std::sync::mpsc::channel();
        let autosave = session.autosave_path();
        let dir = session.dir().to_owned();
        let thread = std::thread::Builder::new()
            .name("remit-autosave".into())
            .spawn(move || {
                while let Ok(first) = inbox.recv() {
                    // Only the newest job matters; a finish comes last.
                    let mut job = None;
                    let mut finish = false;
                    for message in std::iter::once(first).chain(inbox.try_iter()) {
                        match message {
                            Message::Job(j) => job = Some(j),
                            Message::Finish => finish = true,
                        }
                    }
                    let outcome = match job {
                        Some(Job::Write {
                            revision,
                            options,
                            file,
                        }) => match session.write(&options, file.as_deref()) {
                            Ok(()) => Some(Outcome::Written(revision)),
                            Err(why) => Some(Outcome::Failed(revision, why)),
                        },
                        Some(Job::Clear) => {
                            session.clear();
                            Some(Outcome::Cleared)
                        }
                        None => None,
                    };
                    if let Some(outcome) = outcome {
                        let _ = report.send(outcome);
                        wake();
                    }
                    if finish {
                        session.finish();
                        return;
                    }
                }
            })?;
        Ok(Self {
            autosave,
            dir,
            jobs,
            outcomes,
            thread: Some(thread),
        })
    }

    /// The autosave file.
    pub fn autosave_path(&self) -> &Path {
        &self.autosave
    }

    /// The autosave folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Asks for the design with all its `options` (revision `revision`, belonging to `file`) to be
    /// written.
    pub fn write(&self, revision: u64, options: Options, file: Option<PathBuf>) {
        let _ = self.jobs.send(Message::Job(Job::Write {
            revision,
            options: Box::new(options),
            file,
        }));
    }

    /// Asks for the autosave to be removed.
    pub fn clear(&self) {
        let _ = self.jobs.send(Message::Job(Job::Clear));
    }

    /// What the writer has done since last asked.
    pub fn outcomes(&self) -> Vec<Outcome> {
        self.outcomes.try_iter().collect()
    }

    /// Ends the session cleanly: waits for the writer, then removes the
    /// autosave and the lock.
    pub fn finish(mut self) {
        let _ = self.jobs.send(Message::Finish);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
