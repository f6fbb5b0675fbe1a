//! The in-app path prompt's view of the files, with no egui: where it
//! starts (the design's folder, else the home folder; never the process's
//! working folder, which is `/` when Remit is started from a menu), what
//! the folder of a typed path holds (its folders, then the files of the
//! kind asked for), and completing the last part of a typed path, as a
//! shell's Tab does.
//!
//! Typed text is kept as the user typed it: completing or going into a
//! folder only appends to it or replaces its last part. A relative path is
//! read from the prompt's starting folder, and `~/` is the home folder.

use std::path::{MAIN_SEPARATOR, Path, PathBuf};

/// At most this many names of a folder are read (a folder with more is
/// listed in part, and says so).
pub const MAX_READ: usize = 20_000;

/// One thing in a folder that the prompt lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its name in the folder.
    pub name: String,
    /// Whether it is a folder (links to folders count).
    pub folder: bool,
}

/// What a folder holds that the prompt can offer: its folders, then the
/// files with one of the extensions asked for, each group by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// The folder listed.
    pub folder: PathBuf,
    /// Its folders and matching files.
    pub entries: Vec<Entry>,
    /// The folder held more than [`MAX_READ`] names; the rest were not read.
    pub cut_short: bool,
    /// Why the folder could not be read, in plain words.
    pub error: Option<String>,
}

/// The home folder, if the system says where it is.
pub fn home_folder() -> Option<PathBuf> {
    std::env::home_dir().filter(|home| home.is_absolute())
}

/// Where file dialogs start: the folder of the design's file, or the home
/// folder for a design with no file (never the working folder).
pub fn start_folder(design: Option<&Path>) -> Option<PathBuf> {
    design
        .and_then(Path::parent)
        .filter(|folder| !folder.as_os_str().is_empty())
        .map(|folder| std::path::absolute(folder).unwrap_or_else(|_| folder.to_owned()))
        .or_else(home_folder)
}

/// `folder` written as the prompt shows it, ending in a separator.
pub fn as_typed(folder: &Path) -> String {
    let mut text = folder.display().to_string();
    if !text.ends_with(MAIN_SEPARATOR) {
        text.push(MAIN_SEPARATOR);
    }
    text
}

/// Whether `c` separates folders in a typed path (`/`, and `\` on Windows).
fn is_separator(c: char) -> bool {
    c == MAIN_SEPARATOR || c == '/'
}

/// The typed text up to and including its last separator (the folder
/// part, as typed), and the part after it (what is being typed in that
/// folder).
pub fn split(text: &str) -> (&str, &str) {
    match text.rfind(is_separator) {
        Some(at) => text.split_at(at + 1),
        None => ("", text),
    }
}

/// The path that typed `text` names, with `~` read as the home folder and
/// a relative path read from `base`.
pub fn resolve(text: &str, base: &Path) -> PathBuf {
    let expanded = match (text.strip_prefix('~'), home_folder()) {
        (Some(""), Some(home)) => home,
        (Some(rest), Some(home)) if rest.starts_with(is_separator) => {
            home.join(rest.trim_start_matches(is_separator))
        }
        _ => PathBuf::from(text),
    };
    if expanded.is_absolute() {
        expanded
    } else {
        base.join(expanded)
    }
}

/// The folder whose contents the prompt lists for typed `text`.
pub fn folder_of(text: &str, base: &Path) -> PathBuf {
    match split(text).0 {
        "" => base.to_owned(),
        folder => resolve(folder, base),
    }
}

/// Whether a file named `name` has one of `extensions` (in any letter
/// case); every file does when none are given.
pub fn has_extension(name: &str, extensions: &[&str]) -> bool {
    extensions.is_empty()
        || Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Lists `folder`: its folders, then its files ending in one of
/// `extensions`, each group sorted by name ignoring letter case. Names
/// that are not valid Unicode cannot be typed, and are left out. Reads at
/// most [`MAX_READ`] names.
pub fn list(folder: &Path, extensions: &[&str]) -> Listing {
    let mut listing = Listing {
        folder: folder.to_owned(),
        ..Listing::default()
    };
    let read = match std::fs::read_dir(folder) {
        Ok(read) => read,
        Err(e) => {
            listing.error = Some(format!(
                "Cannot read the folder {}: {}.",
                folder.display(),
                crate::file::describe_io(&e)
            ));
            return listing;
        }
    };
    for (n, entry) in read.enumerate() {
        if n == MAX_READ {
            listing.cut_short = true;
            break;
        }
        let Ok(entry) = entry else { continue };
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        // Follows links: a link to a folder is a folder to go into.
        let folder = entry.path().is_dir();
        if folder || has_extension(&name, extensions) {
            listing.entries.push(Entry { name, folder });
        }
    }
    listing.entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
    listing
}

/// Whether `name` starts with `prefix`, ignoring the letter case of ASCII
/// letters.
fn starts_with(name: &str, prefix: &str) -> bool {
    name.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The entries whose names start with `prefix` (ignoring ASCII letter
/// case). Hidden ones (a name starting with `.`) only when `prefix` does.
pub fn matching<'a>(entries: &'a [Entry], prefix: &'a str) -> impl Iterator<Item = &'a Entry> {
    entries.iter().filter(move |e| {
        starts_with(&e.name, prefix) && (prefix.starts_with('.') || !e.name.starts_with('.'))
    })
}

/// The longest start shared by `a` and `b` (ignoring ASCII letter case),
/// as `a` writes it.
fn shared_start<'a>(a: &'a str, b: &str) -> &'a str {
    let end = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| !x.eq_ignore_ascii_case(y))
        .map_or_else(|| a.len().min(b.len()), |((at, _), _)| at);
    // `end` is at a character boundary of `a` (a char index of it, or
    // the length of the shorter text, both of which end a character).
    a.get(..end).unwrap_or(a)
}

/// Typed `text` with its last part completed from `entries` (the listing
/// of its folder): the whole name when one entry matches (with a
/// separator after a folder's, to go on typing inside it), otherwise as
/// much as all the matches share. `None` when that adds nothing.
pub fn complete(text: &str, entries: &[Entry]) -> Option<String> {
    let (folder, prefix) = split(text);
    let mut matches = matching(entries, prefix);
    let first = matches.next()?;
    let completed = match matches.next() {
        None => {
            let mut name = first.name.clone();
            if first.folder {
                name.push(MAIN_SEPARATOR);
            }
            name
        }
        Some(second) => {
            let mut shared = shared_start(&first.name, &second.name);
            for other in matching(entries, prefix).skip(2) {
                shared = shared_start(shared, &other.name);
            }
            shared.to_owned()
        }
    };
    // A completion that only changes letter case (or adds nothing) is none.
    (completed.len() > prefix.len()).then(|| format!("{folder}{completed}"))
}

/// Typed `text` with its last part replaced by `entry`'s name: going into
/// a folder (with a separator after it), or choosing a file.
pub fn choose(text: &str, entry: &Entry) -> String {
    let folder = split(text).0;
    if entry.folder {
        format!("{folder}{}{MAIN_SEPARATOR}", entry.name)
    } else {
        format!("{folder}{}", entry.name)
    }
}

/// `path` with `.` and `..` worked out by name, as a shell's `cd` does.
fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut tidy = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !tidy.pop() {
                    tidy.push(component);
                }
            }
            other => tidy.push(other),
        }
    }
    tidy
}

/// The folder above the one typed `text` is in, as the prompt shows it;
/// `None` at the top of the file system.
pub fn up(text: &str, base: &Path) -> Option<String> {
    tidy(&folder_of(text, base)).parent().map(as_typed)
}
