//! Reading and writing designs as RON files.
//!
//! Loading never panics and never half-succeeds: it returns either a design
//! that satisfies every rule in [`validate`] or a [`LoadError`] that names the
//! file, the line and column where known, and what is wrong. Saving writes a
//! temporary file next to the target, syncs it, then renames it over the
//! target, so a failed save leaves the old file whole.

use std::collections::HashSet;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::design::{Design, FORMAT_VERSION};
use super::edit::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// Files larger than this are refused before being read whole.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Nesting deeper than this is refused by the parser.
const RECURSION_LIMIT: usize = 64;

/// What is wrong with a file.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadErrorKind {
    /// The file could not be read at all.
    Io(String),
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// The bytes are not UTF-8 text.
    NotText,
    /// The text is not valid RON.
    Syntax(String),
    /// The text stops before the design is complete.
    Truncated,
    /// A field this format does not have.
    UnknownField {
        /// The field found.
        field: String,
        /// Where it was found, e.g. "Responsibility".
        within: String,
    },
    /// A required field is missing.
    MissingField {
        /// The field missing.
        field: String,
        /// Where it is missing, e.g. "Executive".
        within: String,
    },
    /// Valid RON, but not shaped like a design (a number where text belongs…).
    WrongShape(String),
    /// The file is from a newer (or unknown) version of the format.
    UnsupportedVersion {
        /// The version the file says it is.
        found: u32,
    },
    /// Two executives or two responsibilities share an id.
    DuplicateId {
        /// "executive" or "responsibility".
        what: &'static str,
        /// The repeated id.
        id: String,
    },
    /// A responsibility's owner is not one of the executives.
    UnknownOwner {
        /// The responsibility.
        responsibility: String,
        /// The owner id that matches no executive.
        owner: String,
    },
    /// A size that is not a number greater than 0.
    InvalidSize {
        /// The responsibility.
        responsibility: String,
        /// The value found.
        value: f64,
    },
    /// An external share that is not between 0 and 1.
    InvalidShare {
        /// The responsibility.
        responsibility: String,
        /// The value found.
        value: f64,
    },
    /// Any other broken rule, described in words.
    Invalid(String),
}

/// A file that could not be loaded, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// The file, when the design came from one.
    pub path: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub kind: LoadErrorKind,
}

impl std::fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Io(why) => write!(f, "cannot read the file: {why}"),
            Self::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MiB; designs larger than {} MiB are refused",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::NotText => f.write_str("the file is not text (it is not valid UTF-8)"),
            Self::Syntax(why) => write!(f, "this is not a valid RON design: {why}"),
            Self::Truncated => {
                f.write_str("the file ends before the design is complete (truncated?)")
            }
            Self::UnknownField { field, within } => {
                write!(f, "unknown field `{field}` in {within}")
            }
            Self::MissingField { field, within } => {
                write!(f, "{within} is missing the field `{field}`")
            }
            Self::WrongShape(why) => write!(f, "not shaped like a design: {why}"),
            Self::UnsupportedVersion { found } => {
                if *found > FORMAT_VERSION {
                    write!(
                        f,
                        "the file is format version {found}, made by a newer Remit"
                    )?;
                } else {
                    write!(
                        f,
                        "the file says format version {found}, which Remit never wrote"
                    )?;
                }
                if OLDEST_FORMAT_VERSION == FORMAT_VERSION {
                    write!(f, "; this build reads version {FORMAT_VERSION}")
                } else {
                    write!(
                        f,
                        "; this build reads versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}"
                    )
                }
            }
            Self::DuplicateId { what, id } => {
                let plural = match *what {
                    "responsibility" => "responsibilities",
                    "executive" => "executives",
                    other => other,
                };
                write!(f, "two {plural} share the id \"{id}\"")
            }
            Self::UnknownOwner {
                responsibility,
                owner,
            } => write!(
                f,
                "responsibility \"{responsibility}\" is owned by \"{owner}\", which is not one of the executives"
            ),
            Self::InvalidSize {
                responsibility,
                value,
            } => write!(
                f,
                "responsibility \"{responsibility}\" has size {value}; a size must be a number greater than 0"
            ),
            Self::InvalidShare {
                responsibility,
                value,
            } => write!(
                f,
                "responsibility \"{responsibility}\" has external share {value}; it must be between 0 and 1"
            ),
            Self::Invalid(why) => f.write_str(why),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}", path.display())?,
            None => f.write_str("design")?,
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    fn new(kind: LoadErrorKind) -> Self {
        Self {
            path: None,
            line: None,
            column: None,
            kind,
        }
    }

    fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
}

/// A save that did not happen. The old file, if any, is untouched.
#[derive(Debug)]
pub struct SaveError {
    /// The file that was being written.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not save {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for SaveError {}

pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Only the version, read first so that a newer file gets a version message
/// rather than a confusing shape error.
#[derive(Deserialize)]
// A file may name its top-level struct (`Design(…)`); the probe answers to
// that name too.
#[serde(rename = "Design")]
struct VersionProbe {
    format_version: Option<u32>,
}

/// The oldest format version this build reads. Every version from here to
/// [`FORMAT_VERSION`] has an example under `tests/versions/`, loaded by the
/// test suite.
///
/// Version history:
/// - 1: the first shipped format (Remit 0.1).
///
/// When the format changes, bump [`FORMAT_VERSION`], keep the old shape as a
/// private `v{N}` module of plain serde structs with a conversion to the new
/// [`Design`], add a match arm in [`from_ron_str`], and add
/// `tests/versions/v{N}.ron`.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Parses and validates a design from RON text, upgrading older format
/// versions to the current one.
pub fn from_ron_str(text: &str) -> Result<Design, LoadError> {
    let version = match ron_options().from_str::<VersionProbe>(text) {
        Ok(VersionProbe {
            format_version: Some(found),
        }) => Some(found),
        // Let the full parse below say what is wrong.
        _ => None,
    };
    let design: Design = match version {
        None | Some(FORMAT_VERSION) => ron_options()
            .from_str(text)
            .map_err(|e| from_ron_error(e, text))?,
        Some(found) => {
            let err = LoadError::new(LoadErrorKind::UnsupportedVersion { found });
            return Err(match find_line(text, "format_version") {
                Some(line) => err.at(line, None),
                None => err,
            });
        }
    };
    validate(&design).map_err(|(kind, item)| {
        let err = LoadError::new(kind);
        match item.and_then(|item| find_item_line(text, &item)) {
            Some(line) => err.at(line, None),
            None => err,
        }
    })?;
    Ok(design)
}

/// Parses and validates a design from the bytes of a file.
pub fn from_ron_bytes(bytes: &[u8]) -> Result<Design, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::new(LoadErrorKind::NotText))?;
    from_ron_str(text)
}

/// Reads, parses and validates the design in `path`.
pub fn load(path: &Path) -> Result<Design, LoadError> {
    let with_path = |mut e: LoadError| {
        e.path = Some(path.to_owned());
        e
    };
    let bytes = read_bounded(path).map_err(with_path)?;
    from_ron_bytes(&bytes).map_err(with_path)
}

pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io = |e: std::io::Error| LoadError::new(LoadErrorKind::Io(e.to_string()));
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(LoadError::new(LoadErrorKind::Io(
            "it is a folder, not a file".into(),
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: meta.len(),
        }));
    }
    // The size can change between the check and the read: read one byte past
    // the limit to notice.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: bytes.len() as u64,
        }));
    }
    Ok(bytes)
}

fn from_ron_error(e: ron::error::SpannedError, text: &str) -> LoadError {
    use ron::Error as E;
    let at = e.span.start;
    let shape = |what: &str| LoadErrorKind::WrongShape(format!("expected {what} here"));
    let kind = match e.code {
        E::Eof => LoadErrorKind::Truncated,
        // Cut off mid-way: whatever ron stumbled on, the real problem is
        // that the text stops with brackets, a string or a comment open.
        _ if ends_open(text) && at.line >= last_content_line(text) => LoadErrorKind::Truncated,
        E::NoSuchStructField { found, outer, .. } => LoadErrorKind::UnknownField {
            field: found,
            within: outer.unwrap_or_else(|| "the design".into()),
        },
        E::MissingStructField { field, outer } => LoadErrorKind::MissingField {
            field: field.to_owned(),
            within: outer.unwrap_or_else(|| "the design".into()),
        },
        E::ExceededRecursionLimit => LoadErrorKind::Syntax("values are nested too deeply".into()),
        // Nothing that looks like a design at all (empty, prose, markup).
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) if at_document_start(text, at) => {
            LoadErrorKind::Syntax("the file does not hold a design: expected ( … ) first".into())
        }
        E::Message(message) => LoadErrorKind::WrongShape(message),
        E::ExpectedFloat => shape("a number"),
        E::ExpectedInteger => shape("a whole number"),
        E::ExpectedString => shape("text in quotes"),
        E::ExpectedBoolean => shape("true or false"),
        E::ExpectedOption => shape("Some(…) or None"),
        E::ExpectedArray => shape("a list in [ ]"),
        E::ExpectedMap => shape("a map in { }"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => shape("fields in ( )"),
        E::ExpectedUnit => shape("()"),
        E::ExpectedChar => shape("a character in ' '"),
        // Prose or another format read as a struct name: not RON at all,
        // unless the name really is followed by a struct's "(".
        E::ExpectedDifferentStructName { found, .. } if !followed_by_paren(text, at, &found) => {
            LoadErrorKind::Syntax(format!(
                "expected a design in ( ), found the word `{found}`"
            ))
        }
        code @ (E::InvalidValueForType { .. }
        | E::ExpectedDifferentLength { .. }
        | E::NoSuchEnumVariant { .. }
        | E::DuplicateStructField { .. }
        | E::ExpectedDifferentStructName { .. }
        | E::IntegerOutOfBounds) => LoadErrorKind::WrongShape(code.to_string()),
        other => LoadErrorKind::Syntax(other.to_string()),
    };
    LoadError::new(kind).at(at.line, Some(at.col))
}

/// Whether the text stops with a bracket, string, character or block
/// comment still open: the mark of a file cut short.
fn ends_open(text: &str) -> bool {
    let mut depth: usize = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '"' => {
                let mut closed = false;
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == '"' {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return true;
                }
            }
            'r' if matches!(chars.peek(), Some('#' | '"')) => {
                let mut hashes = 0;
                while chars.next_if_eq(&'#').is_some() {
                    hashes += 1;
                }
                if chars.next_if_eq(&'"').is_none() {
                    continue;
                }
                let mut closed = false;
                while let Some(d) = chars.next() {
                    if d == '"' {
                        let mut n = 0;
                        while n < hashes && chars.next_if_eq(&'#').is_some() {
                            n += 1;
                        }
                        if n == hashes {
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return true;
                }
            }
            '/' if chars.next_if_eq(&'/').is_some() => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.next_if_eq(&'*').is_some() => {
                let mut nested = 1;
                while nested > 0 {
                    match chars.next() {
                        Some('*') if chars.next_if_eq(&'/').is_some() => nested -= 1,
                        Some('/') if chars.next_if_eq(&'*').is_some() => nested += 1,
                        Some(_) => {}
                        None => return true,
                    }
                }
            }
            _ => {}
        }
    }
    depth > 0
}

/// Whether only white space and comments come before `at`.
fn at_document_start(text: &str, at: ron::error::Position) -> bool {
    let mut rest = text[..byte_offset(text, at)].trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            return rest.is_empty();
        }
    }
}

/// Where ron's 1-based line and column (in characters) fall in `text`, as a
/// byte offset (the end of the text if past it).
fn byte_offset(text: &str, at: ron::error::Position) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == at.line {
            return offset
                + line
                    .char_indices()
                    .nth(at.col.saturating_sub(1))
                    .map_or(line.len(), |(b, _)| b);
        }
        offset += line.len();
    }
    text.len()
}

/// The 1-based number of the last line with anything but white space.
fn last_content_line(text: &str) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .last()
        .map_or(1, |(i, _)| i + 1)
}

/// Whether the word `found`, which ron read as a struct name at `at`, is
/// followed by "(" as a struct name would be.
fn followed_by_paren(text: &str, at: ron::error::Position, found: &str) -> bool {
    let line = text[byte_offset(text, at)..]
        .lines()
        .next()
        .unwrap_or_default();
    line.find(found)
        .is_some_and(|i| line[i + found.len()..].trim_start().starts_with('('))
}

/// The first 1-based line containing `needle`.
fn find_line(text: &str, needle: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

/// The item a broken rule is about, to find it in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// The executive with this id.
    Executive(String),
    /// The responsibility with this id.
    Responsibility(String),
    /// The second declaration of this responsibility id.
    RepeatedResponsibility(String),
    /// The second declaration of this executive id.
    RepeatedExecutive(String),
}

/// The 1-based line declaring `item`: the line, inside its list
/// (`executives` or `responsibilities`), whose `id` field has that value.
fn find_item_line(text: &str, item: &Item) -> Option<usize> {
    let (list, other, id, nth) = match item {
        Item::Executive(id) => ("executives", "responsibilities", id, 0),
        Item::RepeatedExecutive(id) => ("executives", "responsibilities", id, 1),
        Item::Responsibility(id) => ("responsibilities", "executives", id, 0),
        Item::RepeatedResponsibility(id) => ("responsibilities", "executives", id, 1),
    };
    let lines: Vec<&str> = text.lines().collect();
    let starts = |l: &str, key: &str| {
        l.trim_start()
            .trim_start_matches('(')
            .trim_start()
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    let begin = lines.iter().position(|l| starts(l, list))?;
    let end = lines
        .iter()
        .enumerate()
        .skip(begin + 1)
        .find(|(_, l)| starts(l, other))
        .map_or(lines.len(), |(i, _)| i);
    let quoted = format!("\"{id}\"");
    lines[begin..end]
        .iter()
        .enumerate()
        .filter(|(_, line)| declares_id(line, &quoted))
        .nth(nth)
        .map(|(i, _)| begin + i + 1)
}

/// Whether `line` has the field `id` (not `…id`, not another field's value)
/// set to `quoted`.
fn declares_id(line: &str, quoted: &str) -> bool {
    line.match_indices(quoted).any(|(at, _)| {
        let before = line[..at].trim_end();
        let Some(before) = before.strip_suffix(':') else {
            return false;
        };
        let before = before.trim_end();
        before.strip_suffix("id").is_some_and(|rest| {
            !rest
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

type Problem = (LoadErrorKind, Option<Item>);

/// Checks every rule a loaded design must meet. On failure returns what is
/// wrong and the id of the item it concerns (to locate it in the text).
pub fn validate(design: &Design) -> Result<(), Problem> {
    let invalid = |why: String, item: Option<Item>| Err((LoadErrorKind::Invalid(why), item));
    let long = |text: &str, max: usize| text.chars().count() > max;

    if design.format_version != FORMAT_VERSION {
        return Err((
            LoadErrorKind::UnsupportedVersion {
                found: design.format_version,
            },
            None,
        ));
    }

    if long(&design.name, MAX_NAME_CHARS) || long(&design.size_unit, MAX_NAME_CHARS) {
        return invalid(
            format!("the design name or size unit is longer than {MAX_NAME_CHARS} characters"),
            None,
        );
    }
    let mut executives = HashSet::new();
    for e in &design.executives {
        let id = e.id.as_str();
        if id.trim().is_empty() {
            return invalid("an executive has an empty id".into(), None);
        }
        let here = || Some(Item::Executive(id.to_owned()));
        if !executives.insert(id) {
            return Err((
                LoadErrorKind::DuplicateId {
                    what: "executive",
                    id: id.to_owned(),
                },
                Some(Item::RepeatedExecutive(id.to_owned())),
            ));
        }
        if long(&e.short_title, MAX_NAME_CHARS) || long(&e.full_title, MAX_NAME_CHARS) {
            return invalid(
                format!("executive \"{id}\" has a title longer than {MAX_NAME_CHARS} characters"),
                here(),
            );
        }
        if !(e.position.x.is_finite() && e.position.y.is_finite()) {
            return invalid(
                format!("executive \"{id}\" has a position that is not a finite number"),
                here(),
            );
        }
    }
    let mut responsibilities = HashSet::new();
    for r in &design.responsibilities {
        let id = r.id.as_str();
        let here = Some(Item::Responsibility(id.to_owned()));
        if id.trim().is_empty() {
            return invalid("a responsibility has an empty id".into(), None);
        }
        if !responsibilities.insert(id) {
            return Err((
                LoadErrorKind::DuplicateId {
                    what: "responsibility",
                    id: id.to_owned(),
                },
                Some(Item::RepeatedResponsibility(id.to_owned())),
            ));
        }
        if let Some(owner) = &r.owner
            && !executives.contains(owner.as_str())
        {
            return Err((
                LoadErrorKind::UnknownOwner {
                    responsibility: id.to_owned(),
                    owner: owner.0.clone(),
                },
                here,
            ));
        }
        if !(r.size.is_finite() && r.size > 0.0) {
            return Err((
                LoadErrorKind::InvalidSize {
                    responsibility: id.to_owned(),
                    value: r.size,
                },
                here,
            ));
        }
        if !(r.external_share.is_finite() && (0.0..=1.0).contains(&r.external_share)) {
            return Err((
                LoadErrorKind::InvalidShare {
                    responsibility: id.to_owned(),
                    value: r.external_share,
                },
                here,
            ));
        }
        if long(&r.name, MAX_NAME_CHARS) {
            return invalid(
                format!(
                    "responsibility \"{id}\" has a name longer than {MAX_NAME_CHARS} characters"
                ),
                here,
            );
        }
        if long(&r.description, MAX_TEXT_CHARS) || long(&r.notes, MAX_TEXT_CHARS) {
            return invalid(
                format!(
                    "responsibility \"{id}\" has a description or notes longer than {MAX_TEXT_CHARS} characters"
                ),
                here,
            );
        }
    }
    Ok(())
}

/// The design as pretty, stable RON text: fixed field order, ids not
/// indexes, so two saves of the same design are the same bytes.
pub fn to_ron_string(design: &Design) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .new_line("\n".to_owned());
    let body = ron::Options::default()
        .to_string_pretty(design, config)
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "// A Remit org design. The format is described in Remit's README.\n{body}\n"
    ))
}

/// Saves atomically: temporary file in the same folder, flushed and synced,
/// then renamed over `path`.
pub fn save(design: &Design, path: &Path) -> Result<(), SaveError> {
    let fail = |reason: String| SaveError {
        path: path.to_owned(),
        reason,
    };
    // Never write a file that could not be opened again.
    validate(design).map_err(|(kind, _)| fail(format!("the design is not valid: {kind}")))?;
    let text = to_ron_string(design).map_err(fail)?;
    write_atomically(path, text.as_bytes()).map_err(|e| fail(e.to_string()))
}

/// Writes `bytes` to `path` so that `path` holds either its old contents or
/// all of `bytes`, never a mix.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomically`], with `write` filling the temporary file. If
/// `write` fails (a full disk, say) the temporary file is removed and `path`
/// is untouched.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(std::io::Error::other("a folder of that name is in the way"));
    }
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
    let mut temp = builder.tempfile_in(&dir)?;
    if let Ok(existing) = std::fs::metadata(path) {
        temp.as_file().set_permissions(existing.permissions())?;
    }
    write(temp.as_file_mut())?;
    temp.as_file_mut().flush()?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable where the platform allows it.
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::default_design;

    #[test]
    fn round_trip_default() {
        let design = default_design();
        let text = to_ron_string(&design).unwrap_or_default();
        assert_eq!(from_ron_str(&text), Ok(design));
    }

    #[cfg(unix)]
    #[test]
    fn saved_files_are_not_private_and_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("d.ron");
        save(&default_design(), &path).expect("save");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_ne!(
            mode & 0o044,
            0,
            "a new design is readable by others (mode {mode:o})"
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        save(&default_design(), &path).expect("save again");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "saving over a file keeps its mode");
    }

    #[test]
    fn two_saves_are_the_same_bytes() {
        let design = default_design();
        assert_eq!(to_ron_string(&design), to_ron_string(&design.clone()));
    }

    #[test]
    fn newer_and_never_written_versions_are_refused_by_number() {
        let text = to_ron_string(&default_design()).expect("text");
        for (version, words) in [(99, "newer Remit"), (0, "never wrote")] {
            let edited = text.replace(
                &format!("format_version: {FORMAT_VERSION}"),
                &format!("format_version: {version}"),
            );
            let err = from_ron_str(&edited).expect_err("refused");
            assert_eq!(
                err.kind,
                LoadErrorKind::UnsupportedVersion { found: version }
            );
            let message = err.to_string();
            assert!(message.contains(&version.to_string()), "{message}");
            assert!(message.contains(words), "{message}");
            assert!(
                message.contains(&format!("reads version {FORMAT_VERSION}"))
                    || message.contains(&format!("to {FORMAT_VERSION}")),
                "{message}"
            );
        }
    }
}
