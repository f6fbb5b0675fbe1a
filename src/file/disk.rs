//! What was on disk when a design was read or written, to notice when
//! another program (another Remit window, an editor, `git pull`) changes the
//! file while it is open.

use std::hash::Hasher as _;
use std::path::Path;

use super::errors::LoadErrorKind;

/// The size and a hash of a file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    /// Length in bytes.
    pub len: u64,
    /// A hash of the bytes (not cryptographic: it only tells versions apart).
    pub hash: u64,
}

impl Fingerprint {
    /// The fingerprint of these bytes.
    pub fn of(bytes: &[u8]) -> Self {
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(bytes);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }
}

/// How the file on disk compares with what was read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// The same bytes.
    Unchanged,
    /// Different bytes: these.
    Changed(Fingerprint),
    /// No file there any more (moved, renamed or deleted).
    Missing,
    /// It cannot be read now (permissions, not a regular file…).
    Unreadable(String),
}

/// Compares the file at `path` with `known`. Reads the file (within the
/// size limit): the hash is what decides, so a file touched but not changed
/// counts as unchanged.
pub fn compare(path: &Path, known: Fingerprint) -> DiskState {
    match super::read::read_regular(path, super::MAX_READ_BYTES) {
        Ok(bytes) => {
            let now = Fingerprint::of(&bytes);
            if now == known {
                DiskState::Unchanged
            } else {
                DiskState::Changed(now)
            }
        }
        Err(e) => match e.kind {
            LoadErrorKind::Io(_) if !path.exists() => DiskState::Missing,
            // Grown past the limit: certainly not what was read.
            LoadErrorKind::TooLarge { bytes } => DiskState::Changed(Fingerprint {
                len: bytes,
                hash: 0,
            }),
            other => DiskState::Unreadable(other.to_string()),
        },
    }
}
