//! Handouts from the window: *File → Export…* (the design as SVG, PNG,
//! PDF, CSV or Markdown, drawn by [`crate::export`] on the work thread of
//! [`super::jobs`]), and the running of that thread's work, exports and
//! imports alike. The option shown is exported (with several options, the
//! handouts also compare them, and a CSV can list what the option shown
//! changes). Files are chosen with the native dialog, or typed into
//! the in-app path prompt where there is none. An export never replaces
//! the open design's own file.

use std::path::Path;

use super::file_dialog::{self, with_extension};
use super::jobs::{self, Job, JobStatus, Made, Output, Polled, Purpose};
use super::{Controller, Dialog, FileDialogs, PathPurpose};
use crate::export::{self, Format, Options, mark};
use crate::file;

/// What to export: a format and its options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportChoice {
    /// The kind of file.
    pub format: Format,
    /// Its options (PNG scale, which CSV table).
    pub options: Options,
}

impl Default for ExportChoice {
    fn default() -> Self {
        Self {
            format: Format::Pdf,
            options: Options::default(),
        }
    }
}

/// What a format is called in a sentence: "the PDF handout".
fn what(format: Format) -> &'static str {
    match format {
        Format::Svg => "the SVG drawing of the chart",
        Format::Png => "the PNG picture of the chart",
        Format::Pdf => "the PDF handout",
        Format::Csv => "the CSV table",
        Format::Markdown => "the Markdown summary",
    }
}

impl Controller {
    /// Asks where to write the export (the native dialog, or the in-app
    /// prompt with a name beside the design's file).
    pub(super) fn export(&mut self, choice: ExportChoice) {
        self.seal();
        self.dialog = None;
        match self.file_dialogs {
            FileDialogs::Native => {
                let format = choice.format;
                let name = self.export_file_name(format);
                let start = self.start_dir();
                let (kind, extension) = (format.label(), format.extension());
                let picked = file_dialog::ask(|| {
                    file_dialog::pick_save_as(start.as_deref(), kind, extension, "Export", &name)
                });
                if let Some(path) = self.native_answer(picked, PathPurpose::Export(choice)) {
                    self.export_to(&path, choice);
                }
            }
            FileDialogs::InApp => self.ask_in_app(PathPurpose::Export(choice)),
        }
    }

    /// The export's file name: the design's file name (or its name) with
    /// the format's extension.
    pub(super) fn export_file_name(&self, format: Format) -> String {
        Path::new(&self.document.suggested_file_name())
            .with_extension(format.extension())
            .to_string_lossy()
            .into_owned()
    }

    /// Draws the export and writes it to `path` (whole or not at all),
    /// never over the open design's own file (by any name: a link too).
    /// The native dialog asks before replacing another file; the in-app
    /// prompt does not, so through it only an earlier export (a file
    /// carrying Remit's mark) is replaced.
    pub(super) fn export_to(&mut self, path: &Path, choice: ExportChoice) {
        let path = with_extension(path, choice.format.extension());
        if self
            .document
            .path()
            .is_some_and(|own| file::same_file(own, &path))
        {
            self.show_error(format!(
                "Not exported: {} is the open design's own file, and the export would \
                 replace the design. Choose another name.",
                path.display()
            ));
            return;
        }
        if self.file_dialogs == FileDialogs::InApp {
            let refused = match mark::file_written_by_remit(&path) {
                Ok(None | Some(true)) => None,
                Ok(Some(false)) => {
                    Some("Remit did not write it (it may be your own file)".to_owned())
                }
                Err(e) => Some(format!(
                    "it cannot be read to tell whether Remit wrote it: {}",
                    file::describe_io(&e)
                )),
            };
            if let Some(why) = refused {
                self.show_error(format!(
                    "Not exported: {} already exists and {why}. Nothing was written; \
                     choose another name.",
                    path.display()
                ));
                return;
            }
        }
        if let Err(e) = file::folder_ready(&path) {
            self.show_error(format!(
                "Not exported: {}. Nothing was written.",
                file::describe_io(&e)
            ));
            return;
        }
        if let Some(job) = &self.job {
            self.show_error(format!(
                "Not exported: {} is still under way; wait for it or cancel it first.",
                job.what.to_lowercase()
            ));
            return;
        }
        // Drawn on its own thread from a copy of the design's options (the
        // cards are shared, not copied): the window keeps drawing, and can
        // cancel it. The option shown is exported, titled with its name
        // when there are several; the handouts compare the options.
        let all = self.document.options().clone();
        let shown = self.document.current_option();
        let doing = format!("Exporting {}", what(choice.format));
        let work = move |shared: &jobs::Progress| {
            let mut progress = export::Progress::new(|done, total| {
                let clip = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                shared.report(clip(done), clip(total))
            });
            export::render_option(&all, shown, choice.format, &choice.options, &mut progress)
                .map(|rendered| {
                    Made::File(Output {
                        bytes: rendered.bytes,
                        note: rendered.note,
                    })
                })
                .map_err(|e| e.to_string())
        };
        let purpose = Purpose::Export { path, choice };
        match Job::start(doing, purpose, self.work_waker.clone(), work) {
            Ok(job) => self.job = Some(job),
            Err(e) => self.show_error(format!("Could not export {}: {e}.", what(choice.format))),
        }
    }

    /// Looks at the running work: when it has finished, writes its result
    /// (whole or not at all) and says so. Returns how soon to look again
    /// while it runs.
    pub(super) fn job_tick(&mut self) -> Option<std::time::Duration> {
        let job = self.job.as_ref()?;
        let outcome = match job.poll() {
            Polled::Running => return Some(jobs::POLL),
            Polled::Finished(outcome) => outcome,
        };
        let job = self.job.take()?;
        match job.purpose {
            Purpose::Export { path, choice } => self.exported(&path, choice, outcome),
            Purpose::Import {
                dialog, against, ..
            } => self.import_read(dialog, against, outcome),
        }
        None
    }

    /// Stops the running work; nothing is written or imported. A
    /// spreadsheet read again with other columns goes back to the preview
    /// it had.
    pub(super) fn cancel_job(&mut self) {
        if let Some(mut job) = self.job.take() {
            let what = job.what.to_lowercase();
            let nothing = job.purpose.nothing_done();
            if let Purpose::Import { previous, .. } = &mut job.purpose
                && let Some(previous) = previous.take()
            {
                self.dialog = Some(Dialog::ImportPreview(previous));
            }
            job.cancel();
            self.note(format!("Cancelled: {what}. {nothing}"));
        }
    }

    /// How work on its own thread wakes the window when it has finished
    /// (the window asks to draw a frame): without it the result waits
    /// for the window's next poll, which a window left alone may not make.
    pub fn set_work_waker(&mut self, wake: jobs::Waker) {
        self.work_waker = Some(wake);
    }

    /// Whether work (an export, a large import) is under way on its own
    /// thread.
    pub fn working(&self) -> bool {
        self.job.is_some()
    }

    /// What the window shows of the running work, once it has run for a
    /// moment.
    pub fn job_status(&self) -> Option<JobStatus> {
        self.job.as_ref()?.status(std::time::Instant::now())
    }

    fn exported(&mut self, path: &Path, choice: ExportChoice, outcome: Result<Made, String>) {
        let rendered = match outcome {
            Ok(Made::File(rendered)) => rendered,
            Ok(Made::Preview(_)) => return,
            Err(e) => {
                self.show_error(format!("Could not export {}: {e}.", what(choice.format)));
                return;
            }
        };
        match file::write_atomically(path, &rendered.bytes) {
            Ok(_) => self.note(format!(
                "Exported {} to {}.{}",
                what(choice.format),
                path.display(),
                rendered.note.map(|n| format!(" {n}")).unwrap_or_default()
            )),
            Err(e) => self.show_error(format!(
                "Could not write {}: {}. Nothing was written.",
                path.display(),
                file::describe_io(&e)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_named_in_a_sentence_with_their_capitals() {
        assert_eq!(what(Format::Pdf), "the PDF handout");
        assert_eq!(what(Format::Png), "the PNG picture of the chart");
        assert_eq!(what(Format::Markdown), "the Markdown summary");
    }
}
