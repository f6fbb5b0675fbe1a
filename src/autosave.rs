//! Autosave and crash recovery, with no UI.
//!
//! Each running designer is a [`Session`]: it holds an exclusive lock on
//! `<session>.lock` in the autosave folder for as long as the process lives,
//! and writes its unsaved design to `<session>.autosave.ron` (atomically,
//! never over the user's own file). When a process dies, the operating system
//! releases its lock; the next start finds autosaves whose lock it can take
//! and offers them as [`Orphan`]s to recover or discard. A clean exit removes
//! the session's files.
//!
//! An autosave is a design file (the current format, written by the same
//! writer, within the same size limit, which does not count comments)
//! preceded by a few comment lines that
//! say when it was written and which file it belongs to; it is read back
//! through the same versioned loader as any design. Autosaves written by
//! Remit 0.1 (a `remit_autosave: 1` record) are still read.
//!
//! Writes happen on a [`Writer`] thread, one at a time, so a large design
//! never holds up the window; [`Schedule`] decides when one is due (about two
//! seconds after the last change).

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

use crate::file::{self, LoadError, locate};
use crate::model::Design;

const LOCK_SUFFIX: &str = ".lock";
const AUTOSAVE_SUFFIX: &str = ".autosave.ron";
/// The version of the autosave header (the design inside has its own).
const RECORD_VERSION: u32 = 2;
/// Room for the header on top of the limit on a design's file (the
/// header is comments, which the design's own limit does not count).
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// The folder autosaves go to on this machine: `REMIT_DATA_DIR/autosave` if
/// that variable is set, else the app's data folder (next to eframe's
/// settings), e.g. `~/.local/share/remit/autosave` on Linux.
pub fn default_dir() -> Option<PathBuf> {
    data_dir_override()
        .or_else(|| eframe::storage_dir("Remit"))
        .map(|dir| dir.join("autosave"))
}

/// The folder named by `REMIT_DATA_DIR`, if set: autosaves and preferences
/// go there instead of the usual place (for tests and portable setups).
pub fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os("REMIT_DATA_DIR")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
}

/// What an autosave holds: the design, the file it belongs to (if it has
/// one), and when it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// When it was written, in seconds since 1970 (UTC).
    pub saved_at: u64,
    /// The user's file for this design, if it had one.
    pub file: Option<PathBuf>,
    /// The design with its unsaved changes.
    pub design: Design,
}

impl Record {
    /// When it was written.
    pub fn saved_at(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.saved_at)
    }

    /// The autosave's text: the header, then the design as a design file.
    pub fn to_text(&self) -> Result<String, String> {
        let design = file::to_text(&self.design)?;
        let file = match &self.file {
            Some(path) => ron::to_string(&path.to_string_lossy()).map_err(|e| e.to_string())?,
            None => "none".to_owned(),
        };
        Ok(format!(
            "// Remit autosave: unsaved changes, kept in case Remit stops unexpectedly.\n\
             // autosave: {RECORD_VERSION}\n\
             // saved-at: {}\n\
             // file: {file}\n\
             {design}",
            self.saved_at
        ))
    }
}

/// The header of an autosave: the comment lines before the design.
fn read_header(text: &str) -> Result<(u64, Option<PathBuf>), String> {
    let mut version = None;
    let mut saved_at = None;
    let mut file = None;
    for line in text.lines() {
        let Some(comment) = line.strip_prefix("// ") else {
            break;
        };
        let Some((key, value)) = comment.split_once(": ") else {
            continue;
        };
        match key {
            "autosave" => version = value.trim().parse::<u32>().ok(),
            "saved-at" => saved_at = value.trim().parse::<u64>().ok(),
            "file" => {
                file = Some(match value.trim() {
                    "none" => None,
                    quoted => Some(PathBuf::from(
                        ron::from_str::<String>(quoted)
                            .map_err(|_| "its header names the file in a way Remit cannot read")?,
                    )),
                });
            }
            _ => {}
        }
    }
    match version {
        Some(RECORD_VERSION) => {}
        Some(other) => {
            return Err(format!(
                "it was written by another version of Remit (autosave version {other})"
            ));
        }
        None => return Err("it has no autosave header".to_owned()),
    }
    let saved_at = saved_at.ok_or("its header has no time")?;
    let file = file.ok_or("its header does not say which file it belongs to")?;
    Ok((saved_at, file))
}

/// The autosave written by Remit 0.1.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordV1 {
    #[allow(dead_code)]
    remit_autosave: u32,
    saved_at: u64,
    file: Option<PathBuf>,
    design: file::v1::DesignV1,
}

/// Reads an autosave with the same bounds and the same loader as a design
/// file. The error says what is wrong, with the line where there is one.
pub fn read_record(path: &Path) -> Result<Record, String> {
    let describe = |e: LoadError| e.in_file(path).to_string();
    let bytes =
        file::read_regular(path, file::MAX_READ_BYTES + MAX_HEADER_BYTES).map_err(describe)?;
    let text = file::decode(&bytes).map_err(describe)?;
    if locate::has_top_level_field(&text, "remit_autosave") {
        let old: RecordV1 = file::parse_as(&text).map_err(describe)?;
        let design =
            file::from_v1(old.design, &text, &[locate::Seg::Field("design")]).map_err(describe)?;
        return Ok(Record {
            saved_at: old.saved_at,
            file: old.file,
            design,
        });
    }
    let (saved_at, file) =
        read_header(&text).map_err(|why| format!("{}: {why}", path.display()))?;
    let design = file::parse(&text).map_err(describe)?;
    Ok(Record {
        saved_at,
        file,
        design,
    })
}

/// The autosave slot of this running designer.
#[derive(Debug)]
pub struct Session {
    dir: PathBuf,
    name: String,
    /// Held (locked) for the life of the session.
    _lock: File,
}

impl Session {
    /// Starts a session in `dir`, creating the folder if needed.
    pub fn start(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let name = format!("session-{}-{nanos}", std::process::id());
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!("{name}{LOCK_SUFFIX}")))?;
        lock.try_lock().map_err(|e| match e {
            TryLockError::Error(e) => e,
            TryLockError::WouldBlock => std::io::Error::other("the session lock is taken"),
        })?;
        Ok(Self {
            dir: dir.to_owned(),
            name,
            _lock: lock,
        })
    }

    /// The folder this session writes to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The autosave file of this session.
    pub fn autosave_path(&self) -> PathBuf {
        self.dir.join(format!("{}{AUTOSAVE_SUFFIX}", self.name))
    }

    /// Writes `design` (which belongs to `file`, if any) as this session's
    /// autosave, replacing the previous one atomically.
    pub fn write(&self, design: &Design, file: Option<&Path>) -> Result<(), String> {
        let record = Record {
            saved_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default(),
            file: file.map(Path::to_owned),
            design: design.clone(),
        };
        let text = record.to_text()?;
        file::write_atomically(&self.autosave_path(), text.as_bytes())
            .map(|_| ())
            .map_err(|e| format!("could not write to {}: {e}", self.dir.display()))
    }

    /// Removes this session's autosave (the design was saved or discarded).
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.autosave_path());
    }

    /// Ends the session cleanly: removes its autosave and its lock file.
    pub fn finish(self) {
        self.clear();
        let _ = std::fs::remove_file(self.dir.join(format!("{}{LOCK_SUFFIX}", self.name)));
    }
}

// ------------------------------------------------------------------ writer

enum Job {
    Write {
        revision: u64,
        design: Box<Design>,
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
                            design,
                            file,
                        }) => match session.write(&design, file.as_deref()) {
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

    /// Asks for `design` (revision `revision`, belonging to `file`) to be
    /// written.
    pub fn write(&self, revision: u64, design: Design, file: Option<PathBuf>) {
        let _ = self.jobs.send(Message::Job(Job::Write {
            revision,
            design: Box::new(design),
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

// ---------------------------------------------------------------- schedule

/// How long after the last change an autosave is written.
pub const DEFAULT_DELAY: Duration = Duration::from_secs(2);
/// The longest unsaved changes wait, however often they keep coming.
pub const MAX_WAIT: Duration = Duration::from_secs(10);

/// When the next autosave is due: `delay` after the last change, but never
/// more than `max_wait` after the first unsaved one. Plain data, so it is
/// tested without clocks or threads.
#[derive(Clone, Debug)]
pub struct Schedule {
    delay: Duration,
    max_wait: Duration,
    /// The first change not yet sent to the writer.
    first: Option<Instant>,
    /// The last change.
    last: Option<Instant>,
}

impl Schedule {
    /// A schedule with this delay (the maximum wait is at least the delay).
    pub fn new(delay: Duration) -> Self {
        Self {
            delay,
            max_wait: MAX_WAIT.max(delay),
            first: None,
            last: None,
        }
    }

    /// The design changed at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.first.get_or_insert(now);
        self.last = Some(now);
    }

    /// A write was sent (or nothing is unsaved): nothing is waiting.
    pub fn done(&mut self) {
        self.first = None;
        self.last = None;
    }

    /// When the waiting changes are due, if any are waiting.
    pub fn due(&self) -> Option<Instant> {
        let (first, last) = (self.first?, self.last?);
        Some((last + self.delay).min(first + self.max_wait))
    }
}

// ---------------------------------------------------------------- recovery

/// An autosave left behind by a designer that did not exit cleanly. While
/// this value lives it holds the dead session's lock, so no other designer
/// offers the same autosave at the same time.
#[derive(Debug)]
pub struct Orphan {
    autosave: PathBuf,
    lock_path: PathBuf,
    _lock: File,
    /// The autosave, or why it cannot be read.
    pub record: Result<Record, String>,
}

impl Orphan {
    /// The autosave file.
    pub fn path(&self) -> &Path {
        &self.autosave
    }

    /// Deletes the autosave and its lock file (after recovering it, or when
    /// the user discards it).
    pub fn remove(self) {
        let _ = std::fs::remove_file(&self.autosave);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// The autosaves in `dir` whose designer is no longer running, oldest first.
/// Lock files of dead sessions that left no autosave are tidied away.
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    // Each session has a lock file, an autosave, or both.
    let sessions: BTreeSet<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let session = name
                .strip_suffix(LOCK_SUFFIX)
                .or_else(|| name.strip_suffix(AUTOSAVE_SUFFIX))?;
            Some(session.to_owned())
        })
        .collect();
    let mut found = Vec::new();
    for session in sessions {
        let lock_path = dir.join(format!("{session}{LOCK_SUFFIX}"));
        let autosave = dir.join(format!("{session}{AUTOSAVE_SUFFIX}"));
        let lock = match OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
        {
            Ok(file) => file,
            Err(_) => continue,
        };
        match lock.try_lock() {
            Ok(()) => {}
            // Still running (another window), or unreadable: not ours.
            Err(_) => continue,
        }
        if !autosave.exists() {
            let _ = std::fs::remove_file(&lock_path);
            continue;
        }
        found.push(Orphan {
            record: read_record(&autosave),
            autosave,
            lock_path,
            _lock: lock,
        });
    }
    found.sort_by_key(|o| o.record.as_ref().map(|r| r.saved_at).unwrap_or_default());
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::default_design;

    #[test]
    fn a_live_session_is_not_an_orphan_and_a_finished_one_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = Session::start(dir.path()).expect("start");
        session.write(&default_design(), None).expect("write");
        assert!(session.autosave_path().exists());
        assert!(
            orphans(dir.path()).is_empty(),
            "a running session's autosave is not offered for recovery"
        );
        session.finish();
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("read").collect();
        assert!(left.is_empty(), "clean exit leaves nothing: {left:?}");
    }

    #[test]
    fn an_autosave_whose_session_died_is_offered_once_and_can_be_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut design = default_design();
        design.name = "Workshop".into();
        let file = dir.path().join("work \"shop\".ron");
        // A session that "dies": its lock is released without `finish`.
        {
            let session = Session::start(dir.path()).expect("start");
            session.write(&design, Some(&file)).expect("write");
        }
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        let record = found[0].record.as_ref().expect("readable");
        assert_eq!(record.design, design);
        assert_eq!(record.file.as_deref(), Some(file.as_path()));
        assert!(
            orphans(dir.path()).is_empty(),
            "while one designer holds it, no other offers it"
        );
        for orphan in found {
            orphan.remove();
        }
        assert!(orphans(dir.path()).is_empty());
        assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
    }

    #[test]
    fn an_autosave_is_a_design_file_that_remit_can_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = Session::start(dir.path()).expect("start");
        session.write(&default_design(), None).expect("write");
        assert_eq!(file::load(&session.autosave_path()), Ok(default_design()));
    }

    #[test]
    fn a_damaged_autosave_is_reported_with_its_line_not_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(format!("session-1-2{AUTOSAVE_SUFFIX}"));
        let mut text = Record {
            saved_at: 5,
            file: None,
            design: default_design(),
        }
        .to_text()
        .expect("text");
        text = text.replacen("size: 5", "size: -5", 1);
        std::fs::write(&path, text).expect("write");
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        let err = found[0].record.as_ref().expect_err("damaged");
        assert!(err.contains("size"), "{err}");
        assert!(err.contains(".autosave.ron:"), "with its line: {err}");
    }

    #[test]
    fn the_schedule_waits_for_a_pause_but_not_for_ever() {
        let start = Instant::now();
        let s = |secs: f32| start + Duration::from_secs_f32(secs);
        let mut schedule = Schedule::new(Duration::from_secs(2));
        assert_eq!(schedule.due(), None, "nothing to write");
        schedule.changed(s(0.0));
        assert_eq!(schedule.due(), Some(s(2.0)));
        schedule.changed(s(1.5));
        assert_eq!(
            schedule.due(),
            Some(s(3.5)),
            "a new change restarts the wait"
        );
        for t in [3.0, 5.0, 7.0, 9.0, 9.5] {
            schedule.changed(s(t));
        }
        assert_eq!(schedule.due(), Some(s(10.0)), "but never more than 10 s");
        schedule.done();
        assert_eq!(schedule.due(), None);
    }
}
