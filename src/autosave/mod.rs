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

mod record;
mod recovery;
mod schedule;
mod writer;

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::file;
use crate::model::Options;

pub use record::{Record, read_record};
pub use recovery::{Orphan, orphans};
pub use schedule::{DEFAULT_DELAY, MAX_WAIT, Schedule};
pub use writer::{Outcome, Writer};

const LOCK_SUFFIX: &str = ".lock";
const AUTOSAVE_SUFFIX: &str = ".autosave.ron";

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

    /// Writes the design with all its `options` (which belongs to `file`,
    /// if any) as this session's autosave, replacing the previous one
    /// atomically.
    pub fn write(&self, options: &Options, file: Option<&Path>) -> Result<(), String> {
        let record = Record {
            saved_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default(),
            file: file.map(Path::to_owned),
            options: options.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::default_design;

    #[test]
    fn a_live_session_is_not_an_orphan_and_a_finished_one_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = Session::start(dir.path()).expect("start");
        session
            .write(&Options::one(default_design()), None)
            .expect("write");
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
        // Every option is kept.
        let mut options = Options::one(design);
        let made = options.apply(crate::model::OptionEdit::Copy {
            from: 0,
            name: "Option A".into(),
        });
        assert_eq!(made, Ok(1));
        let file = dir.path().join("work \"shop\".ron");
        // A session that "dies": its lock is released without `finish`.
        {
            let session = Session::start(dir.path()).expect("start");
            session.write(&options, Some(&file)).expect("write");
        }
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        let record = found[0].record.as_ref().expect("readable");
        assert_eq!(record.options, options);
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
        session
            .write(&Options::one(default_design()), None)
            .expect("write");
        assert_eq!(file::load(&session.autosave_path()), Ok(default_design()));
    }

    #[test]
    fn a_damaged_autosave_is_reported_with_its_line_not_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(format!("session-1-2{AUTOSAVE_SUFFIX}"));
        let mut text = Record {
            saved_at: 5,
            file: None,
            options: Options::one(default_design()),
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
}
