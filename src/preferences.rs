//! What Remit remembers between runs: the designs opened recently, whether
//! to reopen the last one on start, the theme, how large the text and
//! panels are, and whether the gallery was seen. Kept in a small RON file of Remit's own (`preferences.ron` in the
//! app's data folder), written atomically as soon as any of it changes, so
//! a crash or a killed process a moment after saving forgets nothing. The
//! design itself is never kept here: it lives only in the user's own files
//! and autosaves. Preferences that older Remits kept in eframe's storage
//! are read when there is no file yet.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent designs the File menu lists.
pub const MAX_RECENT: usize = 10;

/// The key older Remits stored these preferences under in eframe's storage.
pub const STORAGE_KEY: &str = "remit.preferences";

/// The name of the preferences file in the app's data folder.
pub const FILE_NAME: &str = "preferences.ron";

/// Where the preferences file goes on this machine: `REMIT_DATA_DIR` if
/// that variable is set, else the app's data folder (beside the autosaves),
/// e.g. `~/.local/share/remit/preferences.ron` on Linux.
pub fn default_file() -> Option<PathBuf> {
    crate::autosave::data_dir_override()
        .or_else(|| eframe::storage_dir("Remit"))
        .map(|dir| dir.join(FILE_NAME))
}

/// Reads the preferences file; `None` when there is none or it cannot be
/// read (preferences are a convenience: a broken file is replaced by the
/// next change, never a reason not to start).
pub fn read(path: &Path) -> Option<Preferences> {
    let bytes = crate::file::read_regular(path, MAX_FILE_BYTES).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    ron::from_str(text).ok()
}

/// Writes the preferences file atomically (the old file stays whole if
/// writing fails), creating its folder if needed.
pub fn write(path: &Path, preferences: &Preferences) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(preferences, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    crate::file::write_atomically(path, text.as_bytes()).map(|_| ())
}

/// The largest preferences file read (ten paths and a few flags take a
/// few kilobytes).
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Preferences kept between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Recently opened or saved designs, newest first.
    pub recent: Vec<PathBuf>,
    /// Whether to reopen the design that was open when Remit last closed.
    pub reopen_last: bool,
    /// The design that was open when Remit last closed, if it had a file.
    pub last_open: Option<PathBuf>,
    /// The light theme rather than the dark one.
    pub light_theme: bool,
    /// Whether the gallery of reference models has been shown (it opens by
    /// itself on the first start). Preferences stored by a Remit from
    /// before the gallery lack it, and mean Remit has run before.
    #[serde(default = "stored_before_the_gallery")]
    pub gallery_seen: bool,
    /// How large text, panels, menus and windows are, in percent of their
    /// normal size (*View → Larger / Smaller text and panels*); the chart
    /// has its own zoom, which is not kept. Read through
    /// [`Preferences::panel_zoom`], which keeps a hand-edited value within
    /// [`PANEL_ZOOM_PERCENT`].
    pub panel_zoom_percent: u16,
}

/// The sizes text and panels can take, in percent of normal.
pub const PANEL_ZOOM_PERCENT: std::ops::RangeInclusive<u16> = 50..=300;

/// One step of *Larger / Smaller text and panels*, in percent.
pub const PANEL_ZOOM_STEP: u16 = 10;

fn stored_before_the_gallery() -> bool {
    true
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            reopen_last: true,
            last_open: None,
            light_theme: false,
            gallery_seen: false,
            panel_zoom_percent: 100,
        }
    }
}

impl Preferences {
    /// Puts `path` at the top of the recent list (once), keeping at most
    /// [`MAX_RECENT`].
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Empties the recent list.
    pub fn clear_recent(&mut self) {
        self.recent.clear();
    }

    /// How large text and panels are, as a factor of their normal size
    /// (1.0 = normal), within [`PANEL_ZOOM_PERCENT`] whatever the file said.
    pub fn panel_zoom(&self) -> f32 {
        f32::from(self.panel_zoom_percent_now()) / 100.0
    }

    /// [`Self::panel_zoom_percent`] within its range.
    pub fn panel_zoom_percent_now(&self) -> u16 {
        self.panel_zoom_percent
            .clamp(*PANEL_ZOOM_PERCENT.start(), *PANEL_ZOOM_PERCENT.end())
    }

    /// Text and panels one step larger (at most the largest size).
    pub fn panels_larger(&mut self) {
        self.panel_zoom_percent = self
            .panel_zoom_percent_now()
            .saturating_add(PANEL_ZOOM_STEP)
            .min(*PANEL_ZOOM_PERCENT.end());
    }

    /// Text and panels one step smaller (at least the smallest size).
    pub fn panels_smaller(&mut self) {
        self.panel_zoom_percent = self
            .panel_zoom_percent_now()
            .saturating_sub(PANEL_ZOOM_STEP)
            .max(*PANEL_ZOOM_PERCENT.start());
    }

    /// Text and panels at their normal size.
    pub fn panels_normal(&mut self) {
        self.panel_zoom_percent = 100;
    }

    /// The file to reopen on start, if that is wanted (it may since have
    /// gone; the caller says so).
    pub fn file_to_reopen(&self) -> Option<&Path> {
        if !self.reopen_last {
            return None;
        }
        self.last_open.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_keeps_ten_newest_first_without_repeats() {
        let mut prefs = Preferences::default();
        for i in 0..15 {
            prefs.remember(Path::new(&format!("/designs/{i}.ron")));
        }
        prefs.remember(Path::new("/designs/12.ron"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], Path::new("/designs/12.ron"));
        assert_eq!(prefs.recent[1], Path::new("/designs/14.ron"));
        assert_eq!(
            prefs
                .recent
                .iter()
                .filter(|p| *p == Path::new("/designs/12.ron"))
                .count(),
            1
        );
        assert!(!prefs.recent.contains(&PathBuf::from("/designs/4.ron")));
    }

    #[test]
    fn relative_paths_are_remembered_as_absolute() {
        let mut prefs = Preferences::default();
        prefs.remember(Path::new("here.ron"));
        assert!(prefs.recent[0].is_absolute());
    }

    #[test]
    fn written_preferences_read_back_and_a_broken_file_is_no_preferences() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("folder").join(FILE_NAME);
        let mut prefs = Preferences {
            light_theme: true,
            gallery_seen: true,
            panel_zoom_percent: 130,
            last_open: Some(PathBuf::from("/designs/a.ron")),
            ..Preferences::default()
        };
        prefs.remember(Path::new("/designs/a.ron"));
        write(&path, &prefs).unwrap();
        assert_eq!(read(&path), Some(prefs));
        std::fs::write(&path, "(recent: [").unwrap();
        assert_eq!(read(&path), None);
        assert_eq!(read(&dir.path().join("none.ron")), None);
    }

    #[test]
    fn old_or_partial_stored_preferences_still_load() {
        let prefs: Preferences = ron::from_str("(recent: [\"/a.ron\"])").unwrap_or_default();
        assert_eq!(prefs.recent, vec![PathBuf::from("/a.ron")]);
        assert!(prefs.reopen_last);
        assert!(
            prefs.gallery_seen,
            "stored before the gallery: not a first start"
        );
        assert!(!Preferences::default().gallery_seen);
        assert_eq!(
            prefs.panel_zoom_percent, 100,
            "stored before the panel zoom"
        );
    }

    #[test]
    fn panel_zoom_steps_stay_in_range_and_a_wild_file_value_is_brought_back() {
        let mut prefs = Preferences::default();
        assert!((prefs.panel_zoom() - 1.0).abs() < f32::EPSILON);
        prefs.panels_larger();
        prefs.panels_larger();
        assert_eq!(prefs.panel_zoom_percent, 120);
        for _ in 0..100 {
            prefs.panels_larger();
        }
        assert_eq!(prefs.panel_zoom_percent, *PANEL_ZOOM_PERCENT.end());
        for _ in 0..100 {
            prefs.panels_smaller();
        }
        assert_eq!(prefs.panel_zoom_percent, *PANEL_ZOOM_PERCENT.start());
        prefs.panels_normal();
        assert_eq!(prefs.panel_zoom_percent, 100);
        let wild: Preferences = ron::from_str("(panel_zoom_percent: 5000)").unwrap();
        assert!((wild.panel_zoom() - 3.0).abs() < f32::EPSILON);
        let tiny: Preferences = ron::from_str("(panel_zoom_percent: 0)").unwrap();
        assert!((tiny.panel_zoom() - 0.5).abs() < f32::EPSILON);
    }
}
