//! Why a file could not be loaded or saved, in plain words, with the file,
//! the line and the column where the problem is.

use std::path::PathBuf;

use super::scan::{self, Token};
use super::{FORMAT_VERSION, MAX_DESIGN_BYTES, MAX_READ_BYTES, OLDEST_FORMAT_VERSION};
use crate::model::{OptionsError, RuleError};

/// What is wrong with a file.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadErrorKind {
    /// The file could not be read at all.
    Io(String),
    /// Not a regular file: a folder, a named pipe, a device, a socket.
    NotRegularFile {
        /// What it is instead, e.g. "a named pipe".
        what: &'static str,
    },
    /// The file is larger than [`MAX_READ_BYTES`]: not even read.
    TooLarge {
        /// Its size in bytes (at least; reading stops past the limit).
        bytes: u64,
    },
    /// The design holds more than [`MAX_DESIGN_BYTES`] of content.
    DesignTooLarge {
        /// Its content, in bytes (white space and comments not counted).
        bytes: u64,
    },
    /// The bytes are not UTF-8 text.
    NotText,
    /// UTF-16 text (saved as "Unicode" by some Windows editors).
    Utf16,
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
        found: u64,
    },
    /// The design breaks one of the rules every design meets.
    Rule(Box<RuleError>),
    /// An option other than the first breaks one of the rules.
    RuleInOption {
        /// The option's name.
        option: String,
        /// The rule broken.
        rule: Box<RuleError>,
    },
    /// The options themselves are wrong: two with one name, too many…
    Options(OptionsError),
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
            Self::NotRegularFile { what } => {
                write!(
                    f,
                    "not a regular file (it is {what}); a design is a .ron file"
                )
            }
            Self::TooLarge { bytes } => write!(
                f,
                "the file is {}; files larger than {} are not read",
                exact_bytes(*bytes),
                exact_bytes(MAX_READ_BYTES)
            ),
            Self::DesignTooLarge { bytes } => write!(
                f,
                "the design holds {} (not counting spaces, line breaks and comments); Remit works with designs of up to {}",
                exact_bytes(*bytes),
                exact_bytes(MAX_DESIGN_BYTES)
            ),
            Self::NotText => f.write_str("the file is not text (it is not valid UTF-8)"),
            Self::Utf16 => f.write_str(
                "the file is UTF-16 text; save it as UTF-8 (most editors offer this under Save As)",
            ),
            Self::Syntax(why) => f.write_str(why),
            Self::Truncated => {
                f.write_str("the file ends before the design is complete (was it cut short?)")
            }
            Self::UnknownField { field, within } => {
                write!(f, "unknown field `{field}` in {within}")
            }
            Self::MissingField { field, within } => {
                write!(f, "{within} is missing the field `{field}`")
            }
            Self::WrongShape(why) => write!(f, "not shaped like a design: {why}"),
            Self::UnsupportedVersion { found } => {
                if *found > u64::from(FORMAT_VERSION) {
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
            Self::Rule(rule) => write!(f, "{rule}"),
            Self::RuleInOption { option, rule } => write!(f, "in the option “{option}”: {rule}"),
            Self::Options(problem) => write!(f, "{problem}"),
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
    /// An error with no file and no place yet.
    pub fn new(kind: LoadErrorKind) -> Self {
        Self {
            path: None,
            line: None,
            column: None,
            kind,
        }
    }

    /// The same error at `line` and `column`.
    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    /// The same error, about `path`.
    pub fn in_file(mut self, path: &std::path::Path) -> Self {
        self.path = Some(path.to_owned());
        self
    }
}

/// "16 MiB", "21.9 MiB", "512 bytes".
pub fn describe_bytes(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes < 1024 * 1024 {
        if bytes < 1024 {
            format!("{bytes} bytes")
        } else {
            format!("{:.1} KiB", bytes as f64 / 1024.0)
        }
    } else {
        let mib = bytes as f64 / MIB;
        if mib.fract() == 0.0 {
            format!("{mib:.0} MiB")
        } else {
            format!("{mib:.1} MiB")
        }
    }
}

/// "16,777,217 bytes (16.0 MiB)": exact, so one byte over a limit shows.
pub fn exact_bytes(bytes: u64) -> String {
    let digits = bytes.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if bytes < 1024 * 1024 {
        format!("{grouped} bytes")
    } else {
        format!("{grouped} bytes ({})", describe_bytes(bytes))
    }
}

/// A save that did not happen. The old file, if any, is untouched.
#[derive(Debug, Clone, PartialEq)]
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

/// What is at `offset` in the text, for "found …" in messages.
fn found_at(text: &str, offset: usize) -> String {
    match scan::token_at(text, offset) {
        None => "the end of the file".to_owned(),
        Some((token, place)) => {
            let rest = &text[place.offset..];
            match token {
                Token::Ident(word) | Token::Number(word) => format!("`{}`", clip(word)),
                Token::Text => {
                    let quote = rest.chars().next().unwrap_or('"');
                    if quote == '\'' {
                        "a character in ' '".to_owned()
                    } else {
                        "a text in quotes".to_owned()
                    }
                }
                _ => format!("`{}`", rest.chars().next().unwrap_or(' ')),
            }
        }
    }
}

fn clip(word: &str) -> String {
    clip_text(word, 24)
}

/// At most `max` characters of `text`, with `…` if there were more: a value
/// quoted from a hostile file keeps a message short.
pub fn clip_text(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Where ron's 1-based line and column (in characters) fall in `text`, as a
/// byte offset (the end of the text if past it).
pub fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

/// Whether only white space and comments come before `offset`.
fn at_document_start(text: &str, offset: usize) -> bool {
    scan::token_at(text, 0).is_none_or(|(_, place)| place.offset >= offset)
}

/// A parser error in plain words, at its line and column.
pub fn from_ron_error(e: &ron::error::SpannedError, text: &str) -> LoadError {
    use ron::Error as E;
    let mut at = (e.span.start.line, e.span.start.col);
    let mut offset = byte_offset(text, at.0, at.1);
    // The parser may stop on the white space before the culprit: point at
    // the culprit.
    let ahead = scan::tokens_from(text, offset, 3);
    if let Some((_, place)) = ahead.first()
        && text[offset..place.offset].trim().is_empty()
    {
        offset = place.offset;
        at = (place.line, place.column);
    }
    let ahead = scan::tokens_from(text, offset, 3);
    // Cut off mid-way: the text stops with brackets, a string or a comment
    // open, and nothing follows the place the parser stopped at.
    let cut_short = ahead.len() <= 1 && scan::ends_open(text);
    // A name followed by `(` is an item's start: the item before it was
    // not closed.
    let item_starts_here = matches!(
        ahead.as_slice(),
        [(scan::Token::Ident(_), _), (scan::Token::Open(b'('), _), ..]
    );
    let found = || found_at(text, offset);
    let expected =
        |what: &str| LoadErrorKind::Syntax(format!("expected {what} here, but found {}", found()));
    let shape = |what: &str| {
        LoadErrorKind::WrongShape(format!("expected {what} here, but found {}", found()))
    };
    let kind = match &e.code {
        E::Eof => LoadErrorKind::Truncated,
        _ if cut_short => LoadErrorKind::Truncated,
        E::NoSuchStructField { .. } | E::ExpectedIdentifier if item_starts_here => {
            LoadErrorKind::Syntax(format!(
                "expected `,` or `)` before {}; is a `)` missing before it, to close the item above?",
                found()
            ))
        }
        E::NoSuchStructField { found, outer, .. } => LoadErrorKind::UnknownField {
            field: clip(found),
            within: outer.clone().unwrap_or_else(|| "the design".into()),
        },
        E::MissingStructField { field, outer } => LoadErrorKind::MissingField {
            field: (*field).to_owned(),
            within: outer.clone().unwrap_or_else(|| "the design".into()),
        },
        E::DuplicateStructField { field, outer } => LoadErrorKind::WrongShape(format!(
            "the field `{field}` is written twice in {}",
            outer.clone().unwrap_or_else(|| "the design".into())
        )),
        E::ExceededRecursionLimit => LoadErrorKind::Syntax(format!(
            "values are nested too deeply (more than {} levels)",
            super::RECURSION_LIMIT
        )),
        // Nothing that looks like a design at all (empty, prose, markup).
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_)
            if at_document_start(text, offset) =>
        {
            LoadErrorKind::Syntax(format!(
                "this is not a Remit design: it should start with `(`, but starts with {}",
                found()
            ))
        }
        E::ExpectedDifferentStructName {
            found: word,
            expected,
        } => {
            let word_is_struct = text[offset..]
                .trim_start()
                .strip_prefix(word.as_str())
                .is_some_and(|rest| rest.trim_start().starts_with('('));
            if word_is_struct {
                LoadErrorKind::WrongShape(format!(
                    "expected `{expected}( … )` or `( … )` here, but found `{word}( … )`"
                ))
            } else {
                LoadErrorKind::Syntax(format!(
                    "this is not a Remit design: expected `(`, but found the word `{}`",
                    clip(word)
                ))
            }
        }
        E::Message(message) => LoadErrorKind::WrongShape(clip_text(message, 200)),
        E::InvalidValueForType { expected, found } => LoadErrorKind::WrongShape(format!(
            "expected {expected} here, but found {}",
            clip_text(found, 80)
        )),
        E::ExpectedDifferentLength { expected, found } => {
            LoadErrorKind::WrongShape(format!("expected {expected} here, but found {found} items"))
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => LoadErrorKind::WrongShape(format!(
            "`{found}` is not allowed here; expected one of: {}",
            expected.join(", ")
        )),
        E::IntegerOutOfBounds => LoadErrorKind::WrongShape("the number is too large".into()),
        E::ExpectedFloat => shape("a number"),
        E::ExpectedInteger => shape("a whole number"),
        E::ExpectedString => shape("a text in double quotes"),
        E::ExpectedBoolean => shape("true or false"),
        E::ExpectedOption => shape("Some(…) or None"),
        E::ExpectedArray => shape("a list in [ ]"),
        E::ExpectedMap => shape("a map in { }"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => shape("fields in ( )"),
        E::ExpectedUnit => shape("()"),
        E::ExpectedChar => shape("a character in ' '"),
        E::ExpectedByteLiteral | E::ExpectedByteString => shape("bytes"),
        E::ExpectedIdentifier => {
            let hint = match found().as_str() {
                "`(`" => "; is a `)` missing before it?",
                "`,`" => "; is there a comma too many?",
                _ => "",
            };
            LoadErrorKind::Syntax(format!(
                "expected a field name (or `)` to close the item) here, but found {}{hint}",
                found()
            ))
        }
        E::ExpectedComma if matches!(ahead.first(), Some((scan::Token::Close(b']' | b'}'), _))) => {
            LoadErrorKind::Syntax(format!(
                "expected `)` to close the item before {}; is a `)` missing?",
                found()
            ))
        }
        E::ExpectedComma if matches!(ahead.first(), Some((scan::Token::Open(b'('), _))) => {
            LoadErrorKind::Syntax(format!(
                "expected `,` (or `)` to close the item) before {}; is a `)` or a `,` missing at the end of the line before?",
                found()
            ))
        }
        E::ExpectedComma => LoadErrorKind::Syntax(format!(
            "expected a comma before {}; is a `,` missing at the end of the line before?",
            found()
        )),
        E::ExpectedArrayEnd => expected("`,` or `]` (the end of the list)"),
        E::ExpectedMapEnd => expected("`,` or `}` (the end of the map)"),
        E::ExpectedMapColon => expected("`:` between a key and its value"),
        E::ExpectedStructLikeEnd => expected("`,` or `)` (the end of the item)"),
        E::ExpectedOptionEnd => expected("`)` to close `Some(`"),
        E::ExpectedStringEnd => {
            LoadErrorKind::Syntax("a text in quotes is missing its closing `\"`".into())
        }
        E::ExpectedAttribute | E::ExpectedAttributeEnd | E::NoSuchExtension(_) => {
            LoadErrorKind::Syntax(
                "a `#![…]` line at the top is not written the way RON expects".into(),
            )
        }
        E::InvalidEscape(why) => LoadErrorKind::Syntax(format!(
            "a text has an escape (a `\\` sequence) that is not valid: {}",
            why.to_lowercase()
        )),
        E::FloatUnderscore | E::UnderscoreAtBeginning => {
            LoadErrorKind::Syntax("a number cannot start or end with `_`".into())
        }
        E::InvalidIntegerDigit { .. } => {
            LoadErrorKind::Syntax("a number has a digit that does not belong in it".into())
        }
        E::UnclosedBlockComment => {
            LoadErrorKind::Syntax("a `/*` comment is never closed with `*/`".into())
        }
        E::UnclosedLineComment => LoadErrorKind::Truncated,
        E::UnexpectedChar(c) => LoadErrorKind::Syntax(format!(
            "the character `{}` does not belong here",
            c.escape_debug()
        )),
        E::Utf8Error(_) => LoadErrorKind::NotText,
        E::TrailingCharacters => LoadErrorKind::Syntax(format!(
            "the design ended on an earlier line, but the file goes on with {}; only one design may be in a file",
            found()
        )),
        other => LoadErrorKind::Syntax(format!("this is not valid RON: {other}")),
    };
    LoadError::new(kind).at(at.0, Some(at.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_sizes_show_one_byte_over() {
        assert_eq!(
            exact_bytes(16 * 1024 * 1024 + 1),
            "16,777,217 bytes (16.0 MiB)"
        );
        assert_eq!(exact_bytes(999), "999 bytes");
        assert_eq!(clip_text("abcdef", 3), "abc…");
        assert_eq!(clip_text("abc", 3), "abc");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(describe_bytes(16 * 1024 * 1024), "16 MiB");
        assert_eq!(describe_bytes(22_963_814), "21.9 MiB");
        assert_eq!(describe_bytes(12), "12 bytes");
    }
}
