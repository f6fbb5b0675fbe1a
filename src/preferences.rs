//! What Remit remembers between runs: the designs opened recently and whether
//! to reopen the last one on start. Kept in eframe's storage (never the
//! design itself, which lives only in the user's own files and autosaves).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent designs the File menu lists.
pub const MAX_RECENT: usize = 10;

/// The key these preferences are stored under in eframe's storage.
pub const STORAGE_KEY: &str = "remit.preferences";

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
}

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
    fn old_or_partial_stored_preferences_still_load() {
        let prefs: Preferences = ron::from_str("(recent: [\"/a.ron\"])").unwrap_or_default();
        assert_eq!(prefs.recent, vec![PathBuf::from("/a.ron")]);
        assert!(prefs.reopen_last);
        assert!(
            prefs.gallery_seen,
            "stored before the gallery: not a first start"
        );
        assert!(!Preferences::default().gallery_seen);
    }
}
