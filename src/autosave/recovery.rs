//! Finding what stopped designers left behind: autosaves whose session lock
//! can be taken (their process is gone), each held locked while offered so
//! that no other window offers it at the same time.

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::{AUTOSAVE_SUFFIX, LOCK_SUFFIX, Record, read_record};

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
