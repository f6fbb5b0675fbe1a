//! Choosing files: the platform's native dialogs through `rfd` where one is
//! available, otherwise the window's in-app path prompt, so that opening and
//! saving always work, even on a Linux machine with no desktop portal.
//! Both start in the design's folder, or the home folder ([`folder`] has
//! the prompt's view of the files: listing a folder, completing a path).

pub mod folder;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::PathPurpose;

/// The extensions of the files a prompt for `purpose` lists (other files
/// are left out of its list; folders are always listed).
pub fn extensions(purpose: &PathPurpose) -> Vec<&'static str> {
    match purpose {
        PathPurpose::Open | PathPurpose::SaveAs { .. } => vec!["ron"],
        PathPurpose::Export(choice) => vec![choice.format.extension()],
        PathPurpose::ImportCsv => IMPORTED.to_vec(),
    }
}

/// The spreadsheets the import reads: CSV and text (any separator and
/// common encoding), and Excel and OpenDocument workbooks.
pub const IMPORTED: [&str; 7] = ["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "ods"];

/// Which kind of file dialog to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// The platform's own dialogs (rfd).
    Native,
    /// A path typed into Remit's own prompt.
    InApp,
}

impl FileDialogs {
    /// Native dialogs unless `REMIT_FILE_DIALOG=in-app` asks otherwise or the
    /// platform plainly has none (a Linux session without a D-Bus session bus
    /// has no desktop portal, and rfd's zenity fallback needs `zenity`).
    pub fn detect() -> Self {
        match std::env::var("REMIT_FILE_DIALOG").as_deref() {
            Ok("in-app") => return Self::InApp,
            Ok("native") => return Self::Native,
            _ => {}
        }
        if cfg!(any(target_os = "windows", target_os = "macos")) {
            return Self::Native;
        }
        let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        if has_bus || on_path("zenity") {
            Self::Native
        } else {
            Self::InApp
        }
    }
}

/// What a native file dialog gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (a D-Bus session without a working file
    /// chooser portal, no `zenity`…): `rfd` answered at once, with nothing.
    Unavailable,
}

/// Less than this between asking and an empty answer: no dialog was on
/// screen (nobody closes a file dialog that fast), so none could be shown.
pub const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

impl Picked {
    /// What an answer of `rfd` means, given how long it took.
    pub fn of(answer: Option<PathBuf>, took: Duration) -> Self {
        match answer {
            Some(path) => Self::Chosen(path),
            None if took < NO_DIALOG_WITHIN => Self::Unavailable,
            None => Self::Cancelled,
        }
    }
}

/// Shows a native dialog (`show` blocks until it is closed) and says what
/// it gave.
pub fn ask(show: impl FnOnce() -> Option<PathBuf>) -> Picked {
    let start = Instant::now();
    let answer = show();
    Picked::of(answer, start.elapsed())
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// A dialog for files named `kind` ending in `.extension`, starting in
/// `start`.
fn dialog(start: Option<&Path>, kind: &str, extension: &str) -> rfd::FileDialog {
    let dialog = rfd::FileDialog::new().add_filter(kind, &[extension]);
    match start {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
}

/// Asks for a design to open. `None` if cancelled or no dialog could be shown.
pub fn pick_open(start: Option<&Path>) -> Option<PathBuf> {
    dialog(start, "Remit design", "ron")
        .set_title("Open design")
        .pick_file()
}

/// Asks where to save. `None` if cancelled or no dialog could be shown.
pub fn pick_save(start: Option<&Path>, file_name: &str) -> Option<PathBuf> {
    pick_save_as(start, "Remit design", "ron", "Save design as", file_name)
}

/// Asks where to write a file named `kind` ending in `.extension`, under
/// the title `title`, suggesting `file_name`. `None` if cancelled or no
/// dialog could be shown.
pub fn pick_save_as(
    start: Option<&Path>,
    kind: &str,
    extension: &str,
    title: &str,
    file_name: &str,
) -> Option<PathBuf> {
    dialog(start, kind, extension)
        .set_title(title)
        .set_file_name(file_name)
        .save_file()
}

/// Asks for a spreadsheet (CSV or text, or an Excel or OpenDocument
/// workbook) to import. `None` if cancelled or no dialog could be shown.
pub fn pick_csv(start: Option<&Path>) -> Option<PathBuf> {
    let dialog = rfd::FileDialog::new().add_filter("Spreadsheet", &IMPORTED);
    match start {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
    .set_title("Import responsibilities from a spreadsheet")
    .pick_file()
}

/// Adds `.ron` when the name has no extension.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    with_extension(path, "ron")
}

/// Adds `.extension` when the name has none.
pub fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_answer_at_once_means_no_dialog_could_be_shown() {
        let path = PathBuf::from("/tmp/a.ron");
        assert_eq!(
            Picked::of(Some(path.clone()), Duration::ZERO),
            Picked::Chosen(path)
        );
        assert_eq!(
            Picked::of(None, Duration::from_millis(3)),
            Picked::Unavailable
        );
        assert_eq!(Picked::of(None, Duration::from_secs(4)), Picked::Cancelled);
        assert_eq!(ask(|| None), Picked::Unavailable);
    }

    #[test]
    fn ron_extension_is_added_only_when_missing() {
        assert_eq!(
            with_ron_extension(Path::new("a/b")),
            PathBuf::from("a/b.ron")
        );
        assert_eq!(
            with_ron_extension(Path::new("b.ron")),
            PathBuf::from("b.ron")
        );
        assert_eq!(
            with_ron_extension(Path::new("b.txt")),
            PathBuf::from("b.txt")
        );
        assert_eq!(
            with_extension(Path::new("/tmp/handout"), "pdf"),
            PathBuf::from("/tmp/handout.pdf")
        );
        assert_eq!(
            with_extension(Path::new("/tmp/handout.v2.pdf"), "pdf"),
            PathBuf::from("/tmp/handout.v2.pdf")
        );
    }
}
