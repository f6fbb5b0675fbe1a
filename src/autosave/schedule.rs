//! When an autosave is due: about two seconds after the last change, and
//! never more than ten seconds after the first one not yet written.

use std::time::{Duration, Instant};

/// How long after the last change an autosave is written.
pub const DEFAULT_DELAY: Duration = Duration::from_secs(2);
/// The longest unsaved changes wait, however often they keep coming.
pub const MAX_WAIT: Duration = Duration::from_secs(10);

/// When the next autosave is due: `delay` after the last change, but never
/// more than `max_wait` after the first unsaved one. Plain data, so it is
/// tested without clocks or threads.
#[derive(Clone, Debug)]
pub struct Schedule {
    delay: Duration,
    max_wait: Duration,
    /// The first change not yet sent to the writer.
    first: Option<Instant>,
    /// The last change.
    last: Option<Instant>,
}

impl Schedule {
    /// A schedule with this delay (the maximum wait is at least the delay).
    pub fn new(delay: Duration) -> Self {
        Self {
            delay,
            max_wait: MAX_WAIT.max(delay),
            first: None,
            last: None,
        }
    }

    /// The design changed at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.first.get_or_insert(now);
        self.last = Some(now);
    }

    /// A write was sent (or nothing is unsaved): nothing is waiting.
    pub fn done(&mut self) {
        self.first = None;
        self.last = None;
    }

    /// When the waiting changes are due, if any are waiting.
    pub fn due(&self) -> Option<Instant> {
        let (first, last) = (self.first?, self.last?);
        Some((last + self.delay).min(first + self.max_wait))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schedule_waits_for_a_pause_but_not_for_ever() {
        let start = Instant::now();
        let s = |secs: f32| start + Duration::from_secs_f32(secs);
        let mut schedule = Schedule::new(Duration::from_secs(2));
        assert_eq!(schedule.due(), None, "nothing to write");
        schedule.changed(s(0.0));
        assert_eq!(schedule.due(), Some(s(2.0)));
        schedule.changed(s(1.5));
        assert_eq!(
            schedule.due(),
            Some(s(3.5)),
            "a new change restarts the wait"
        );
        for t in [3.0, 5.0, 7.0, 9.0, 9.5] {
            schedule.changed(s(t));
        }
        assert_eq!(schedule.due(), Some(s(10.0)), "but never more than 10 s");
        schedule.done();
        assert_eq!(schedule.due(), None);
    }
}
