//! Autosave and recovery, as the controller runs them: unsaved changes go
//! to this designer's autosave about two seconds after the last change (or
//! at once when the window loses focus), written on the autosave thread; the
//! autosave goes once nothing is unsaved; autosaves left by designers that
//! stopped are offered for recovery.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Controller, Dialog, Status};
use crate::autosave::{self, Outcome, Schedule, Session, Writer};
use crate::document::Document;

/// The autosave state of the running designer.
pub(super) struct Autosaving {
    writer: Writer,
    schedule: Schedule,
    /// The document revision last seen, to notice changes.
    seen: u64,
    /// The revision last handed to the writer.
    sent: Option<u64>,
    /// The revision the autosave file holds.
    written: Option<u64>,
    /// Whether the last write failed (said once).
    failed: bool,
    /// An autosave just recovered, removed once this session's autosave
    /// holds its design (so it is never only in memory).
    recovered_from: Option<(u64, autosave::Orphan)>,
}

impl Autosaving {
    /// Waits for the writer and removes this session's files, and the
    /// autosave recovered from, if any: the window closes cleanly, with its
    /// changes saved or knowingly discarded.
    pub(super) fn finish(self) {
        self.writer.finish();
        if let Some((_, orphan)) = self.recovered_from {
            orphan.remove();
        }
    }
}

impl Controller {
    pub(super) fn start_autosave(
        &mut self,
        dir: &Path,
        delay: Duration,
        wake: Option<Box<dyn Fn() + Send>>,
    ) {
        // Look for leftovers before this session's own files exist.
        self.orphans = autosave::orphans(dir);
        let started = Session::start(dir)
            .and_then(|session| Writer::start(session, wake.unwrap_or_else(|| Box::new(|| {}))));
        match started {
            Ok(writer) => {
                self.autosave = Some(Autosaving {
                    writer,
                    schedule: Schedule::new(delay),
                    seen: self.document.revision(),
                    sent: None,
                    written: None,
                    failed: false,
                    recovered_from: None,
                });
            }
            Err(e) => self.warn(format!(
                "Autosave is off: cannot use {} ({e}).",
                dir.display()
            )),
        }
        if !self.orphans.is_empty() {
            self.dialog = Some(Dialog::Recovery);
        }
        if let Some(auto) = &mut self.autosave
            && self.document.is_dirty()
        {
            auto.schedule.changed(Instant::now());
        }
    }

    /// This designer's autosave file, if autosave is on.
    pub fn autosave_path(&self) -> Option<PathBuf> {
        self.autosave
            .as_ref()
            .map(|a| a.writer.autosave_path().to_owned())
    }

    /// Whether the autosave file holds the design as it is now (or nothing
    /// is unsaved and there is no autosave).
    pub fn autosave_is_current(&self) -> bool {
        self.autosave.as_ref().is_none_or(|a| {
            if self.document.is_dirty() {
                a.written == Some(self.document.revision())
            } else {
                a.written.is_none() && a.sent.is_none()
            }
        })
    }

    fn send_autosave(&mut self) {
        let Some(auto) = &mut self.autosave else {
            return;
        };
        let revision = self.document.revision();
        auto.writer.write(
            revision,
            self.document.options().clone(),
            self.document.path().map(Path::to_owned),
        );
        auto.sent = Some(revision);
        auto.schedule.done();
    }

    /// The window lost focus: write unsaved changes now.
    pub(super) fn autosave_now(&mut self) {
        let due = self
            .autosave
            .as_ref()
            .is_some_and(|a| self.document.is_dirty() && a.sent != Some(self.document.revision()));
        if due {
            self.send_autosave();
        }
    }

    /// Reads what the writer did, and sends a write when one is due.
    /// Returns how long until the next one is due.
    pub(super) fn autosave_tick(&mut self, now: Instant) -> Option<Duration> {
        let auto = self.autosave.as_mut()?;
        let mut failure = None;
        for outcome in auto.writer.outcomes() {
            match outcome {
                Outcome::Written(revision) => {
                    auto.written = Some(revision);
                    auto.failed = false;
                    if auto
                        .recovered_from
                        .as_ref()
                        .is_some_and(|(r, _)| *r == revision)
                        && let Some((_, orphan)) = auto.recovered_from.take()
                    {
                        orphan.remove();
                    }
                }
                // Tried again at the next change or when focus is lost, not
                // in a loop.
                Outcome::Failed(_, why) => {
                    if !std::mem::replace(&mut auto.failed, true) {
                        failure = Some(why);
                    }
                }
                Outcome::Cleared => auto.written = None,
            }
        }
        if let Some(why) = failure {
            self.status = Some(Status::warning(format!(
                "Autosave failed: {why}. Save with Ctrl+S to keep your changes."
            )));
        }
        let auto = self.autosave.as_mut()?;
        let revision = self.document.revision();
        if !self.document.is_dirty() {
            if auto.written.is_some() || auto.sent.is_some() {
                auto.writer.clear();
                auto.written = None;
                auto.sent = None;
            }
            auto.schedule.done();
            auto.seen = revision;
            return None;
        }
        if revision != auto.seen {
            auto.seen = revision;
            auto.schedule.changed(now);
        }
        if auto.sent == Some(revision) {
            return None;
        }
        let due = auto.schedule.due().unwrap_or(now);
        if now >= due {
            self.send_autosave();
            None
        } else {
            Some(due - now)
        }
    }

    pub(super) fn show_recovery(&mut self) {
        // Autosaves already listed are locked by this window, so the scan
        // finds only new ones.
        if let Some(auto) = &self.autosave {
            let dir = auto.writer.dir().to_owned();
            self.orphans.extend(autosave::orphans(&dir));
        }
        if self.orphans.is_empty() {
            self.note("There are no autosaved designs to recover.");
        } else {
            self.dialog = Some(Dialog::Recovery);
        }
    }

    pub(super) fn recover(&mut self, index: usize) {
        if index >= self.orphans.len() {
            return;
        }
        let orphan = self.orphans.remove(index);
        match orphan.record.clone() {
            Ok(record) => {
                let name = record.options.first().name.clone();
                let when = super::describe_time(record.saved_at());
                self.replace_document(Document::recovered(record.options, record.file));
                self.refresh();
                // Kept safe in this session's autosave before the old one
                // goes.
                self.send_autosave();
                match &mut self.autosave {
                    Some(auto) => auto.recovered_from = Some((self.document.revision(), orphan)),
                    None => drop(orphan),
                }
                let more = self.orphans.len();
                let mut text =
                    format!("Recovered “{name}” as autosaved {when}. Save it to keep it.");
                if more > 0 {
                    text.push_str(&format!(
                        " {more} more autosaved: File > Recover Autosaved Designs…"
                    ));
                }
                self.warn(text);
                if self.dialog == Some(Dialog::Recovery) {
                    self.dialog = None;
                }
            }
            Err(why) => {
                self.orphans.insert(index, orphan);
                self.show_error(format!("Cannot recover it: {why}"));
            }
        }
    }

    pub(super) fn discard_autosave(&mut self, index: usize) {
        if index < self.orphans.len() {
            self.orphans.remove(index).remove();
            self.note("Deleted the autosaved design.");
        }
        if self.orphans.is_empty() && self.dialog == Some(Dialog::Recovery) {
            self.dialog = None;
        }
    }

    /// "Decide later": the autosaves are offered again on the next start.
    pub(super) fn decide_later(&mut self) {
        let n = self.orphans.len();
        self.orphans.clear();
        self.note(format!(
            "{n} autosaved design{} kept: Remit offers {} again next time it starts.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" }
        ));
    }
}
