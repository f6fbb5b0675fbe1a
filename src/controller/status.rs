//! The status line: what just happened, said once. A note fades after a
//! few seconds or at the next change to the design; a warning stays until
//! something replaces it or the user dismisses it.

use std::time::{Duration, Instant};

use super::PathPurpose;

/// How long a note stays on the status line.
pub const NOTE_LIFETIME: Duration = Duration::from_secs(10);

/// How much a message matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// What just happened; fades.
    Note,
    /// Something the user should act on; stays.
    Warning,
}

/// One message on the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// The message.
    pub text: String,
    /// Whether it fades.
    pub level: Level,
    /// Offer to type a path (the native dialog gave nothing).
    pub offer_path: Option<PathPurpose>,
    /// When it was shown.
    pub since: Instant,
}

impl Status {
    /// A note shown now.
    pub fn note(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            level: Level::Note,
            offer_path: None,
            since: Instant::now(),
        }
    }

    /// A warning shown now.
    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            level: Level::Warning,
            ..Self::note(text)
        }
    }

    /// When a note fades, if it does.
    pub fn fades_at(&self) -> Option<Instant> {
        (self.level == Level::Note).then(|| self.since + NOTE_LIFETIME)
    }
}
