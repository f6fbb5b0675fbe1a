//! How the designer starts: the file to open, the kind of file dialogs,
//! where autosaves go and how long they wait, and where preferences are
//! kept.

use std::path::PathBuf;
use std::time::Duration;

use super::FileDialogs;
use crate::preferences::Preferences;

/// How to start the designer.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// The file to open, or `None` for the last design (if the preferences
    /// say so) or else the default design.
    pub path: Option<PathBuf>,
    /// Native or in-app file dialogs.
    pub file_dialogs: FileDialogs,
    /// The folder for autosaves; `None` turns autosave and recovery off.
    pub autosave_dir: Option<PathBuf>,
    /// How long after the last change unsaved changes are autosaved.
    pub autosave_delay: Duration,
    /// Preferences to start with instead of those stored on this machine.
    pub preferences: Option<Preferences>,
    /// The file the preferences are written to whenever they change (and
    /// read from on start when `preferences` is `None`); `None` keeps them
    /// in memory only.
    pub preferences_file: Option<PathBuf>,
    /// Whether a first start shows the gallery of reference models: when
    /// the preferences say it was never seen and no file is opened.
    pub welcome: bool,
}

impl Default for StartOptions {
    /// For tests and embedding: in-app dialogs, no autosave, no stored
    /// preferences, no gallery on a first start.
    fn default() -> Self {
        Self {
            path: None,
            file_dialogs: FileDialogs::InApp,
            autosave_dir: None,
            autosave_delay: crate::autosave::DEFAULT_DELAY,
            preferences: None,
            preferences_file: None,
            welcome: false,
        }
    }
}

impl StartOptions {
    /// As the desktop app runs: native dialogs where available, autosave to
    /// the app's data folder, the gallery on a first start.
    pub fn desktop(path: Option<PathBuf>) -> Self {
        Self {
            path,
            file_dialogs: FileDialogs::detect(),
            autosave_dir: crate::autosave::default_dir(),
            preferences_file: crate::preferences::default_file(),
            welcome: true,
            ..Self::default()
        }
    }
}
