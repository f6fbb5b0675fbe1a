//! Designs as files: one versioned loader that every read goes through
//! (open, drop, Open Recent, autosave, recovery, the command line), and one
//! writer with the same size limit, so what Remit writes, it reads.
//!
//! Loading never panics and never half-succeeds: it returns either a design
//! that meets every rule in [`crate::model::rules`] or a [`LoadError`] that
//! names the file, the line and the column, and says what is wrong in plain
//! words. The version is read from the text first, without parsing it (see
//! [`locate::top_level_number`]), and the text is then parsed once, into
//! that version's frozen types (`v1`), and converted into the domain
//! [`Design`].
//!
//! Adding format version N: keep the current writer's types as they are in
//! `v{N-1}`, add `vN` with its types, its conversion into [`Design`] and its
//! writer, add a match arm in [`parse`] (older versions convert through the
//! newer ones), bump [`FORMAT_VERSION`], and add `tests/versions/vN.ron`.

pub mod disk;
mod errors;
pub mod escape;
pub mod locate;
mod read;
pub mod scan;
pub mod v1;
pub mod v2;
pub mod v3;
pub mod v4;
pub mod v5;
pub mod v6;
mod write;

use std::path::{Path, PathBuf};

use crate::model::rules::{self, RuleError};
use crate::model::{Design, Options};

pub use disk::{DiskState, Fingerprint};
pub use errors::{LoadError, LoadErrorKind, SaveError, describe_bytes};
pub use read::{decode, describe_io, read_regular};
pub use write::{folder_ready, resolve_links, same_file, write_atomically, write_atomically_with};

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = v6::VERSION;

/// The oldest format version this build reads. Every version from here to
/// [`FORMAT_VERSION`] has an example under `tests/versions/`, loaded by the
/// test suite.
///
/// Version history:
/// - 1: the first shipped format (Remit 0.1).
/// - 2: the org chart (CEO box, reporting and dotted lines, orientations)
///   and shared roles on cards.
/// - 3: advice kept with the design: cards marked deliberate, notes on
///   executives, and the decision log (each move, when, and why).
/// - 4: the person in each executive's role.
/// - 5: what kind of work each card is, and what the design says about
///   its company (people, sector, goal).
/// - 6: options: several organisations in one design, each in its own
///   section after the first.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// The one size limit on a design, in bytes of content: its file not
/// counting white space and comments (so the same design is within the
/// limit however it is laid out). Reading refuses a larger design, and
/// saving and autosaving refuse one before writing anything: what Remit
/// writes, it reads, and what it reads, it can write.
pub const MAX_DESIGN_BYTES: u64 = 16 * 1024 * 1024;

/// Files larger than this are refused before they are read, whatever they
/// hold. Remit's own files stay far below it: its layout adds less than
/// 25 bytes of white space to each item of at least 40 bytes.
pub const MAX_READ_BYTES: u64 = 4 * MAX_DESIGN_BYTES;

/// Checks the one size limit on the text of a file.
fn check_size(text: &str) -> Result<(), LoadError> {
    // Only a file larger than the limit can hold more content than it.
    if text.len() as u64 <= MAX_DESIGN_BYTES {
        return Ok(());
    }
    let bytes = scan::content_bytes(text);
    if bytes > MAX_DESIGN_BYTES {
        return Err(LoadError::new(LoadErrorKind::DesignTooLarge { bytes }));
    }
    Ok(())
}

/// Checks that `design`, read from `text`, is within the limit once Remit
/// writes it too, so that a design that opens can always be saved. Writing
/// can make text longer (an invisible character becomes a 8-byte escape, a
/// number written `1e9` becomes `1000000000`) but never more than 4 times,
/// so a file under a quarter of the limit needs no check.
fn check_written_size(options: &Options, text: &str) -> Result<(), LoadError> {
    if text.len() as u64 <= MAX_DESIGN_BYTES / 4 {
        return Ok(());
    }
    check_size(&v6::write(options))
}

/// Nesting deeper than this is refused by the parser.
pub(crate) const RECURSION_LIMIT: usize = 64;

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// A design read from a file, with what the file held.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The design's options (one, for a file older than version 6).
    pub options: Options,
    /// The bytes read, to notice later changes on disk.
    pub fingerprint: Fingerprint,
    /// The comments the file opens with (kept when it is saved again), and
    /// whether it holds others (which saving does not keep).
    pub comments: scan::Comments,
}

/// A design written to a file.
#[derive(Clone, Debug)]
pub struct Saved {
    /// The file written: the target of a symbolic link, if the path was one.
    pub file: PathBuf,
    /// The bytes written.
    pub fingerprint: Fingerprint,
}

/// Parses a design from text of any format version this build reads: its
/// first option (the organisation as it is), for the commands that read
/// one organisation. [`parse_options`] reads them all.
pub fn parse(text: &str) -> Result<Design, LoadError> {
    parse_options(text).map(|options| options.first().clone())
}

/// Parses a design and all its options from text of any format version
/// this build reads (a file older than version 6 is one option, "As is").
pub fn parse_options(text: &str) -> Result<Options, LoadError> {
    check_size(text)?;
    let one = |design: Result<Design, LoadError>| {
        let options = Options::one(design?);
        check_written_size(&options, text)?;
        Ok(options)
    };
    match locate::top_level_number(text, "format_version") {
        // Written first, as Remit writes it, this costs nothing; if it is
        // missing or not a number, the parser says so with its line.
        None => parse_v6(text).map_err(not_a_design),
        Some((found, _)) if found == u64::from(v6::VERSION) => parse_v6(text),
        Some((found, _)) if found == u64::from(v5::VERSION) => one(parse_v5(text)),
        Some((found, _)) if found == u64::from(v4::VERSION) => one(parse_v4(text)),
        Some((found, _)) if found == u64::from(v3::VERSION) => one(parse_v3(text)),
        Some((found, _)) if found == u64::from(v2::VERSION) => one(parse_v2(text)),
        Some((found, _)) if found == u64::from(v1::VERSION) => one(parse_v1(text)),
        Some((found, place)) => Err(LoadError::new(LoadErrorKind::UnsupportedVersion { found })
            .at(place.line, Some(place.column))),
    }
}

/// A file that does not say its format version and has a field no design
/// has is most likely some other program's RON (a `.ron` file opened by
/// its name): said so, at the field.
fn not_a_design(err: LoadError) -> LoadError {
    match &err.kind {
        LoadErrorKind::UnknownField { field, .. } => LoadError {
            kind: LoadErrorKind::Syntax(format!(
                "this is not a Remit design: it does not say its `format_version` (a design says it first) and has a field `{field}` no design has"
            )),
            ..err
        },
        _ => err,
    }
}

/// A version 6 file: each option converted and checked in turn (a broken
/// rule in an option after the first names the option, with the line in
/// its section), then the options themselves (names, how many).
fn parse_v6(text: &str) -> Result<Options, LoadError> {
    let file: v6::DesignV6 = parse_as(text)?;
    let version = file.format_version;
    let name_path = |index: usize| -> Vec<locate::Seg<'static>> {
        if index == 0 {
            vec![locate::Seg::Field("option_name")]
        } else {
            vec![
                locate::Seg::Field("options"),
                locate::Seg::Index(index - 1),
                locate::Seg::Field("name"),
            ]
        }
    };
    let located = |err: LoadError, path: &[locate::Seg<'static>]| match locate::locate(text, path) {
        Some(place) => err.at(place.line, Some(place.column)),
        None => err,
    };
    let parts = v6::into_v5(file);
    if parts.len() > crate::model::options::MAX_OPTIONS {
        let err = LoadError::new(LoadErrorKind::Options(crate::model::OptionsError::TooMany(
            parts.len(),
        )));
        let path = [
            locate::Seg::Field("options"),
            locate::Seg::Index(crate::model::options::MAX_OPTIONS - 1),
        ];
        return Err(located(err, &path));
    }
    let mut list = Vec::with_capacity(parts.len());
    for (index, (name, part)) in parts.into_iter().enumerate() {
        let prefix: Vec<locate::Seg<'static>> = if index == 0 {
            Vec::new()
        } else {
            vec![locate::Seg::Field("options"), locate::Seg::Index(index - 1)]
        };
        let design = checked(
            version,
            v6::VERSION,
            v5::into_design(part),
            v5::path_of,
            text,
            &prefix,
        )
        .map_err(|mut err| {
            if index > 0
                && let LoadErrorKind::Rule(rule) = err.kind
            {
                err.kind = LoadErrorKind::RuleInOption {
                    option: name.clone(),
                    rule,
                };
            }
            err
        })?;
        list.push((name, design));
    }
    let mut options = Options::from_list(list).map_err(|(index, problem)| {
        located(
            LoadError::new(LoadErrorKind::Options(problem)),
            &name_path(index),
        )
    })?;
    options.share_alike();
    check_written_size(&options, text)?;
    Ok(options)
}

fn parse_v1(text: &str) -> Result<Design, LoadError> {
    let file: v1::DesignV1 = parse_as(text)?;
    from_v1(file, text, &[])
}

fn parse_v5(text: &str) -> Result<Design, LoadError> {
    let file: v5::DesignV5 = parse_as(text)?;
    let version = file.format_version;
    checked(
        version,
        v5::VERSION,
        v5::into_design(file),
        v5::path_of,
        text,
        &[],
    )
}

fn parse_v4(text: &str) -> Result<Design, LoadError> {
    let file: v4::DesignV4 = parse_as(text)?;
    let version = file.format_version;
    checked(
        version,
        v4::VERSION,
        v4::into_design(file),
        v3::path_of,
        text,
        &[],
    )
}

fn parse_v3(text: &str) -> Result<Design, LoadError> {
    let file: v3::DesignV3 = parse_as(text)?;
    let version = file.format_version;
    checked(
        version,
        v3::VERSION,
        v3::into_design(file),
        v3::path_of,
        text,
        &[],
    )
}

fn parse_v2(text: &str) -> Result<Design, LoadError> {
    let file: v2::DesignV2 = parse_as(text)?;
    let version = file.format_version;
    checked(
        version,
        v2::VERSION,
        v3::into_design(v2::into_v3(file)),
        v3::path_of,
        text,
        &[],
    )
}

/// The name of the file at `path`, to show to people (the whole path when
/// it has no file name).
pub fn name_of(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Parses text whose top-level value is some other struct (an autosave
/// written by an earlier Remit), in plain words with lines.
pub(crate) fn parse_as<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    ron_options()
        .from_str(text)
        .map_err(|e| errors::from_ron_error(&e, text))
}

/// The design a parsed version 1 file describes, checked against the rules.
/// `text` is the file, and `prefix` the path of the design within it (empty
/// when the design is the whole file), to give lines in messages.
pub(crate) fn from_v1(
    file: v1::DesignV1,
    text: &str,
    prefix: &[locate::Seg<'static>],
) -> Result<Design, LoadError> {
    let version = file.format_version;
    let design = checked(
        version,
        v1::VERSION,
        v1::into_design(file),
        v1::path_of,
        text,
        prefix,
    )?;
    if !prefix.is_empty() {
        check_written_size(&Options::one(design.clone()), text)?;
    }
    Ok(design)
}

/// A design converted from a file of version `expected` (whose text says
/// `found`), checked against the rules, with lines in messages. (Whether
/// it is within the size limit once written again is the caller's check:
/// see [`check_written_size`].)
fn checked(
    found: u32,
    expected: u32,
    converted: Result<Design, RuleError>,
    path_of: fn(&RuleError) -> Vec<locate::Seg<'static>>,
    text: &str,
    prefix: &[locate::Seg<'static>],
) -> Result<Design, LoadError> {
    let place_of = |path: &[locate::Seg<'static>]| {
        let full: Vec<locate::Seg<'static>> = prefix.iter().chain(path).copied().collect();
        locate::locate(text, &full)
    };
    let at = |err: LoadError, path: &[locate::Seg<'static>]| match place_of(path) {
        Some(place) => err.at(place.line, Some(place.column)),
        None => err,
    };
    if found != expected {
        let err = LoadError::new(LoadErrorKind::UnsupportedVersion {
            found: u64::from(found),
        });
        return Err(at(err, &[locate::Seg::Field("format_version")]));
    }
    let at_line = |rule: RuleError| {
        let path = path_of(&rule);
        at(LoadError::new(LoadErrorKind::Rule(Box::new(rule))), &path)
    };
    let mut design = converted.map_err(at_line)?;
    // Checked as written (so a message quotes the file's own value), then
    // brought onto the model's grid, which keeps every rule.
    rules::validate(&design).map_err(at_line)?;
    rules::normalize(&mut design);
    Ok(design)
}

/// Parses a design from the bytes of a file (UTF-8, with or without a
/// byte-order mark).
pub fn parse_bytes(bytes: &[u8]) -> Result<Design, LoadError> {
    parse(&read::decode(bytes)?)
}

/// Reads, parses and checks the design in `path`: its first option (see
/// [`parse`]).
pub fn load(path: &Path) -> Result<Design, LoadError> {
    load_options(path).map(|options| options.first().clone())
}

/// Reads, parses and checks the design in `path`, with all its options.
pub fn load_options(path: &Path) -> Result<Options, LoadError> {
    load_with_fingerprint(path).map(|loaded| loaded.options)
}

/// Like [`load`], also telling what was read.
pub fn load_with_fingerprint(path: &Path) -> Result<Loaded, LoadError> {
    let in_file = |e: LoadError| e.in_file(path);
    let bytes = read::read_regular(path, MAX_READ_BYTES).map_err(in_file)?;
    let text = read::decode(&bytes).map_err(in_file)?;
    let options = parse_options(&text).map_err(in_file)?;
    Ok(Loaded {
        options,
        fingerprint: Fingerprint::of(&bytes),
        comments: scan::comments(&text),
    })
}

/// The design as the text of a file: checked against the rules (a design
/// that could not be loaded again is never written) and within the size
/// limit. The error says why not.
pub fn to_text(design: &Design) -> Result<String, String> {
    options_to_text(&Options::one(design.clone()), "")
}

/// Like [`to_text`] for a design with all its options, with `leading`
/// (comment lines, each ending with a line break, as a file opened with
/// them) written first.
pub fn options_to_text(options: &Options, leading: &str) -> Result<String, String> {
    for (i, option) in options.iter().enumerate() {
        rules::validate(&option.design).map_err(|rule| {
            if i == 0 {
                format!("the design is not valid: {rule}")
            } else {
                format!("the option “{}” is not valid: {rule}", option.name)
            }
        })?;
    }
    let text = format!("{leading}{}", v6::write(options));
    if let Err(e) = check_size(&text) {
        return Err(format!(
            "{}; nothing was written (remove or shorten some responsibilities, or split the design)",
            e.kind
        ));
    }
    Ok(text)
}

/// Saves atomically (see [`write_atomically`]); the old file is untouched
/// if anything fails.
pub fn save(design: &Design, path: &Path) -> Result<Saved, SaveError> {
    save_options(&Options::one(design.clone()), path, "")
}

/// Saves a design with all its options, `leading` comment lines written
/// first (see [`options_to_text`]), atomically.
pub fn save_options(options: &Options, path: &Path, leading: &str) -> Result<Saved, SaveError> {
    let fail = |reason: String| SaveError {
        path: path.to_owned(),
        reason,
    };
    let text = options_to_text(options, leading).map_err(fail)?;
    let file = write_atomically(path, text.as_bytes()).map_err(|e| {
        fail(match e.kind() {
            // Writing, a missing file is not a problem: a missing folder is.
            std::io::ErrorKind::NotFound => {
                let target = resolve_links(path).unwrap_or_else(|_| path.to_owned());
                match target.parent().filter(|p| !p.as_os_str().is_empty()) {
                    Some(dir) => format!("the folder {} does not exist", dir.display()),
                    None => describe_io(&e),
                }
            }
            _ => describe_io(&e),
        })
    })?;
    Ok(Saved {
        file,
        fingerprint: Fingerprint::of(text.as_bytes()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::default_design;

    #[test]
    fn round_trip_default() {
        let design = default_design();
        let text = to_text(&design).unwrap_or_default();
        assert_eq!(parse(&text), Ok(design));
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
        assert_eq!(to_text(&design), to_text(&design.clone()));
    }

    #[test]
    fn newer_and_never_written_versions_are_refused_by_number_with_their_line() {
        let text = to_text(&default_design()).expect("text");
        for (version, words) in [(99, "newer Remit"), (0, "never wrote")] {
            let edited = text.replace(
                &format!("format_version: {FORMAT_VERSION}"),
                &format!("format_version: {version}"),
            );
            let err = parse(&edited).expect_err("refused");
            assert_eq!(
                err.kind,
                LoadErrorKind::UnsupportedVersion { found: version }
            );
            assert_eq!(err.line, Some(3));
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

    #[test]
    fn apostrophes_stay_apostrophes_and_hidden_characters_are_escaped() {
        let mut design = default_design();
        design.name = "Acme's \u{202e}plan".into();
        let text = to_text(&design).expect("text");
        assert!(text.contains("name: \"Acme's \\u{202e}plan\""), "{text}");
        assert_eq!(parse(&text).map(|d| d.name), Ok(design.name));
    }
}
