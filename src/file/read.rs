//! Reading a file safely: only regular files (a named pipe, a device or a
//! folder is refused before it is opened for reading, so nothing can hang),
//! never more than the size limit, and text from other editors accepted
//! (a UTF-8 byte-order mark, old Mac line endings) or explained (UTF-16).

use std::borrow::Cow;
use std::io::Read as _;
use std::path::Path;

use super::errors::{LoadError, LoadErrorKind};

/// What a path is, in words, when it is not a regular file.
fn kind_of(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return Some("a named pipe");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a file")
}

fn io(e: &std::io::Error) -> LoadError {
    LoadError::new(LoadErrorKind::Io(describe_io(e)))
}

/// An I/O error in plain words.
pub fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "there is no such file".to_owned(),
        K::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// Checks that `path` (after following links) is a regular file, without
/// opening it.
fn check_regular(path: &Path) -> Result<std::fs::Metadata, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| io(&e))?;
    match kind_of(&meta) {
        None => Ok(meta),
        Some(what) => Err(LoadError::new(LoadErrorKind::NotRegularFile { what })),
    }
}

#[cfg(unix)]
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    // If the path was swapped for a pipe after the check, opening it must
    // not wait for a writer; the check on the open file below refuses it.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Reads the whole of the regular file at `path`, refusing anything larger
/// than `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let meta = check_regular(path)?;
    if meta.len() > limit {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: meta.len(),
        }));
    }
    let file = open_for_reading(path).map_err(|e| io(&e))?;
    // What was opened is what counts: check it again.
    let meta = file.metadata().map_err(|e| io(&e))?;
    if let Some(what) = kind_of(&meta) {
        return Err(LoadError::new(LoadErrorKind::NotRegularFile { what }));
    }
    // The size can change between the check and the read: read one byte
    // past the limit to notice.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(limit)).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io(&e))?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: bytes.len() as u64,
        }));
    }
    Ok(bytes)
}

/// UTF-16 without a byte-order mark: ASCII text with a zero byte beside
/// every character.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 4 {
        return false;
    }
    let zeros = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b == 0);
    let text = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b != 0);
    (zeros(1) && text(0)) || (zeros(0) && text(1))
}

/// The text of a file: UTF-8, with a byte-order mark dropped and old Mac
/// line endings (`\r` alone) read as line breaks. An error names the line
/// and column of the first byte that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, LoadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(LoadError::new(LoadErrorKind::Utf16));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let line = 1 + good.matches('\n').count();
            let column = 1 + good.rsplit('\n').next().map_or(0, |l| l.chars().count());
            return Err(LoadError::new(LoadErrorKind::NotText).at(line, Some(column)));
        }
    };
    // Only a file with no `\n` at all is an old Mac file; elsewhere a `\r`
    // is white space (or part of a `\r\n`) and needs nothing.
    if text.contains('\r') && !text.contains('\n') {
        Ok(Cow::Owned(text.replace('\r', "\n")))
    } else {
        Ok(Cow::Borrowed(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_editors_text_is_read() {
        assert_eq!(
            decode(b"\xEF\xBB\xBF(a: 1)").ok().as_deref(),
            Some("(a: 1)")
        );
        assert_eq!(
            decode(b"// c\r(a: 1)\r").ok().as_deref(),
            Some("// c\n(a: 1)\n")
        );
        assert_eq!(decode(b"(a:\r\n 1)").ok().as_deref(), Some("(a:\r\n 1)"));
        assert_eq!(
            decode(b"\xFF\xFE(\0").map_err(|e| e.kind),
            Err(LoadErrorKind::Utf16)
        );
        assert_eq!(
            decode(b"(\0f\0o\0r\0").map_err(|e| e.kind),
            Err(LoadErrorKind::Utf16)
        );
        assert_eq!(
            decode(b"\0(\0f\0o\0r").map_err(|e| e.kind),
            Err(LoadErrorKind::Utf16)
        );
        let err = decode(b"(a: 1,\n b: \"\xC3\x28\")").expect_err("not UTF-8");
        assert_eq!((err.line, err.column), (Some(2), Some(6)));
    }
}
