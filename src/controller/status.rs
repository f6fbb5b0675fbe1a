//! The status line: what just happened, said once. A note fades after a
//! few seconds or at the next change to the design; a warning stays until
//! something replaces it or the user dismisses it. And how a moment is told
//! in messages ("14:32 on 22 Nov 2026 (5 minutes ago)").

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

/// "14:32 on 22 Nov 2026 (5 minutes ago)", in the local time zone.
pub fn describe_time(time: std::time::SystemTime) -> String {
    let ago = std::time::SystemTime::now()
        .duration_since(time)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let relative = match ago {
        0..60 => "just now".to_owned(),
        60..120 => "a minute ago".to_owned(),
        120..3600 => format!("{} minutes ago", ago / 60),
        3600..7200 => "an hour ago".to_owned(),
        7200..86400 => format!("{} hours ago", ago / 3600),
        _ => format!("{} days ago", ago / 86400),
    };
    let absolute = jiff::Timestamp::try_from(time)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%H:%M on %-d %b %Y")
                .to_string()
        })
        .unwrap_or_default();
    if absolute.is_empty() {
        relative
    } else {
        format!("{absolute} ({relative})")
    }
}
