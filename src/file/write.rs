//! Writing a file so that a failure never leaves it half-written.
//!
//! The bytes go to a temporary file beside the target, which is flushed and
//! synced, then renamed over the target, and the folder is synced. A
//! symbolic link is followed: the file it points to is replaced and the link
//! stays a link. A file with several hard links keeps its inode (the other
//! names must see the new design too): the complete new text is first
//! written and synced beside it as a temporary copy, then written into the
//! file in place, and the copy is removed; if writing in place fails, the
//! copy is kept and named in the error.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// How many links in a row are followed before giving up (a loop).
const MAX_LINKS: usize = 40;

/// Whether two paths name the same file, so that nothing is written over
/// the file it was made from. Where both exist, the file itself is
/// compared (device and inode on Unix), so a hard link or a symbolic link
/// to the file is the file; where one does not exist yet, the paths are
/// compared once resolved (links followed, the folder made canonical).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b))
        && let Some(same) = same_identity(&a, &b)
    {
        return same;
    }
    match (resolved(a), resolved(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Whether two existing files are one (device and inode), where the
/// platform says.
#[cfg(unix)]
fn same_identity(a: &std::fs::Metadata, b: &std::fs::Metadata) -> Option<bool> {
    use std::os::unix::fs::MetadataExt as _;
    Some(a.dev() == b.dev() && a.ino() == b.ino())
}

#[cfg(not(unix))]
fn same_identity(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> Option<bool> {
    None
}

/// `path` made absolute, links followed, its folder made canonical where
/// it exists (the file itself may not exist yet).
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(canonical) = std::fs::canonicalize(path) {
        return Some(canonical);
    }
    let target = std::path::absolute(resolve_links(path).ok()?).ok()?;
    match (target.parent(), target.file_name()) {
        (Some(dir), Some(name)) => Some(
            std::fs::canonicalize(dir)
                .unwrap_or_else(|_| dir.to_owned())
                .join(name),
        ),
        _ => Some(target),
    }
}

/// The file `path` stands for: symbolic links followed, even to a target
/// that does not exist yet.
pub fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = if target.is_absolute() {
                    target
                } else {
                    current
                        .parent()
                        .map_or_else(|| target.clone(), |dir| dir.join(&target))
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other(
        "the file is a symbolic link in a loop (or a chain of more than 40 links)",
    ))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Whether the folder `path` would be written in is there (checked before
/// long work whose result goes there); the error says what is wrong.
pub fn folder_ready(path: &Path) -> std::io::Result<()> {
    folder_problem(&folder_of(path)).map_or(Ok(()), Err)
}

/// What is wrong with the folder a file was to be written in, if anything
/// is: it does not exist, or it is not a folder (named as given, so the
/// message says which part of the path to fix).
fn folder_problem(dir: &Path) -> Option<std::io::Error> {
    let why = match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => return None,
        Ok(_) => format!("{} is not a folder", dir.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            format!("the folder {} does not exist", dir.display())
        }
        Err(_) => return None,
    };
    Some(std::io::Error::other(why))
}

/// Writes `bytes` to `path` so that `path` holds either its old contents or
/// all of `bytes`, never a mix. Returns the file actually written (the
/// target of a link).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomically`], with `write` filling the file. If `write`
/// fails (a full disk, say) the temporary file is removed and `path` is
/// untouched.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<PathBuf> {
    let target = resolve_links(path).map_err(|e| folder_problem(&folder_of(path)).unwrap_or(e))?;
    let existing = match std::fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(std::io::Error::other("a folder of that name is in the way"));
        }
        if !meta.is_file() {
            return Err(std::io::Error::other(
                "it is not a regular file (a pipe or a device?); choose another name",
            ));
        }
    }
    let dir = folder_of(&target);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".remit-save-").suffix(".tmp");
    // tempfile creates private (0600) files; a design is a document to
    // share, so new files get the usual mode (0666 less the umask) and an
    // existing file keeps its own.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(&dir)
        .map_err(|e| folder_problem(&dir).unwrap_or(e))?;
    if let Some(meta) = &existing {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    write(temp.as_file_mut())?;
    temp.as_file_mut().flush()?;
    temp.as_file().sync_all()?;

    if existing.as_ref().is_some_and(has_other_links) {
        write_in_place(&target, temp)?;
    } else {
        temp.persist(&target).map_err(|e| e.error)?;
    }
    // Make the rename itself durable where the platform allows it.
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(target)
}

#[cfg(unix)]
fn has_other_links(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn has_other_links(_meta: &std::fs::Metadata) -> bool {
    false
}

/// Copies the complete, synced temporary file into `target` in place, then
/// removes it. If that fails, the temporary file is kept for the user.
fn write_in_place(target: &Path, temp: tempfile::NamedTempFile) -> std::io::Result<()> {
    let copy = || -> std::io::Result<()> {
        let mut source = std::fs::File::open(temp.path())?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(target)?;
        std::io::copy(&mut source, &mut file)?;
        file.flush()?;
        file.sync_all()
    };
    match copy() {
        Ok(()) => temp.close(),
        Err(e) => {
            let kept = temp.into_temp_path().keep().map_err(|k| k.error)?;
            Err(std::io::Error::other(format!(
                "{e}; the file has other hard links, so it was being written in place, and may be incomplete: the complete new version is in {}",
                kept.display()
            )))
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.ron");
        std::fs::write(&real, "old").expect("write");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
        let written = write_atomically(&link, b"new").expect("save");
        assert_eq!(written, real);
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).expect("read"), b"new");
    }

    #[test]
    fn hard_links_keep_sharing_the_file() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::fs::write(&a, "old").expect("write");
        std::fs::hard_link(&a, &b).expect("link");
        let inode = std::fs::metadata(&a).expect("meta").ino();
        write_atomically(&a, b"new").expect("save");
        assert_eq!(std::fs::metadata(&a).expect("meta").ino(), inode);
        assert_eq!(std::fs::read(&b).expect("read"), b"new");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(left.len(), 2, "no temporary file is left");
    }

    #[test]
    fn a_link_loop_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::os::unix::fs::symlink(&b, &a).expect("symlink");
        std::os::unix::fs::symlink(&a, &b).expect("symlink");
        assert!(write_atomically(&a, b"x").is_err());
    }
}
