//! Autosave and crash recovery, with no UI.
//!
//! Each running designer is a [`Session`]: it holds an exclusive lock on
//! `<session>.lock` in the autosave folder for as long as the process lives,
//! and writes its unsaved design to `<session>.autosave.ron` (atomically,
//! never over the user's own file). When a process dies, the operating system
//! releases its lock; the next start finds autosaves whose lock it can take
//! and offers them as [`Orphan`]s to recover or discard. A clean exit removes
//! the session's files.

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::model::{Design, file_format};

const LOCK_SUFFIX: &str = ".lock";
const AUTOSAVE_SUFFIX: &str = ".autosave.ron";
/// Version of the autosave wrapper (the design inside has its own version).
const RECORD_VERSION: u32 = 1;

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

/// What an autosave file holds: the design, the file it belongs to (if it
/// has one), and when it was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Version of this wrapper.
    pub remit_autosave: u32,
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
        UNIX_EPOCH + std::time::Duration::from_secs(self.saved_at)
    }
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
            remit_autosave: RECORD_VERSION,
            saved_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default(),
            file: file.map(Path::to_owned),
            design: design.clone(),
        };
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        let text = ron::ser::to_string_pretty(&record, config).map_err(|e| e.to_string())?;
        let text = format!(
            "// Remit autosave: unsaved changes kept in case the app stops unexpectedly.\n{text}\n"
        );
        file_format::write_atomically(&self.autosave_path(), text.as_bytes())
            .map_err(|e| format!("could not autosave to {}: {e}", self.dir.display()))
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

/// Reads an autosave file with the same bounds and checks as a design file.
pub fn read_record(path: &Path) -> Result<Record, String> {
    let bytes = file_format::read_bounded(path).map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| "the autosave is not text".to_owned())?;
    let record: Record = file_format::ron_options()
        .from_str(text)
        .map_err(|e| format!("the autosave is damaged: {e}"))?;
    if record.remit_autosave != RECORD_VERSION {
        return Err(format!(
            "the autosave was written by another version of Remit (autosave version {})",
            record.remit_autosave
        ));
    }
    file_format::validate(&record.design)
        .map_err(|(kind, _)| format!("the autosaved design is not valid: {kind}"))?;
    Ok(record)
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
        let file = dir.path().join("workshop.ron");
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
    fn a_damaged_autosave_is_reported_not_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join(format!("session-1-2{AUTOSAVE_SUFFIX}")),
            "(remit_autosave: 1, saved_at: 5, file: None, design: (",
        )
        .expect("write");
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        let err = found[0].record.as_ref().expect_err("damaged");
        assert!(err.contains("damaged"), "{err}");
    }

    #[test]
    fn a_dead_session_with_nothing_unsaved_is_tidied_away() {
        let dir = tempfile::tempdir().expect("tempdir");
        drop(Session::start(dir.path()).expect("start"));
        assert!(orphans(dir.path()).is_empty());
        assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
    }
}
