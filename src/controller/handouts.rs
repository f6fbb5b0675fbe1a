//! Handouts and hand-ins from the window: *File → Export…* (the design as
//! SVG, PNG, PDF, CSV or Markdown, drawn by [`crate::export`]) and *File →
//! Import CSV…* (responsibilities from a spreadsheet, previewed by
//! [`crate::import`] and added only once the user accepts, as one undo
//! step). Files are chosen with the native dialog, or typed into the
//! in-app path prompt where there is none. An export never replaces the
//! open design's own file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::file_dialog::{self, with_extension};
use super::jobs::{self, Job, JobStatus, Output, Polled, Purpose};
use super::{Controller, Dialog, FileDialogs, PathPurpose};
use crate::export::{self, Format, Options, mark};
use crate::file;
use crate::import::{self, ImportOptions, ImportPreview, Progress, Settings};
use crate::model::format::count;

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

/// A file's bytes, read once and shared (the preview reads them again when
/// the user chooses other columns or another sheet).
#[derive(Clone, PartialEq, Eq)]
pub struct FileBytes(pub Arc<[u8]>);

impl std::fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileBytes({} bytes)", self.0.len())
    }
}

/// The import preview: the spreadsheet, how it is read, and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDialog {
    /// The spreadsheet.
    pub path: PathBuf,
    /// Its contents.
    pub bytes: FileBytes,
    /// Which columns and sheet it is read with.
    pub settings: Settings,
    /// What it holds, row by row, against the design on screen.
    pub preview: ImportPreview,
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
        // Drawn on its own thread from a copy of the design: the window
        // keeps drawing, and can cancel it.
        let design = self.document.design().clone();
        let doing = format!("Exporting {}", what(choice.format));
        let work = move |shared: &jobs::Progress| {
            let mut progress = export::Progress::new(|done, total| {
                let clip = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                shared.report(clip(done), clip(total))
            });
            export::render_with(&design, choice.format, &choice.options, &mut progress)
                .map(|rendered| Output {
                    bytes: rendered.bytes,
                    note: rendered.note,
                })
                .map_err(|e| e.to_string())
        };
        let purpose = Purpose::Export { path, choice };
        match Job::start(doing, purpose, work) {
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
        }
        None
    }

    /// Stops the running work; nothing is written.
    pub(super) fn cancel_job(&mut self) {
        if let Some(job) = self.job.take() {
            let what = job.what.clone();
            job.cancel();
            self.note(format!(
                "Cancelled: {}. Nothing was written.",
                what.to_lowercase()
            ));
        }
    }

    /// Whether work (an export) is under way on its own thread.
    pub fn working(&self) -> bool {
        self.job.is_some()
    }

    /// What the window shows of the running work, once it has run for a
    /// moment.
    pub fn job_status(&self) -> Option<JobStatus> {
        self.job.as_ref()?.status(std::time::Instant::now())
    }

    fn exported(&mut self, path: &Path, choice: ExportChoice, outcome: Result<Output, String>) {
        let rendered = match outcome {
            Ok(rendered) => rendered,
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

    /// Asks which spreadsheet to import.
    pub(super) fn import_csv(&mut self) {
        self.seal();
        match self.file_dialogs {
            FileDialogs::Native => {
                let start = self.start_dir();
                let picked = file_dialog::ask(|| file_dialog::pick_csv(start.as_deref()));
                if let Some(path) = self.native_answer(picked, PathPurpose::ImportCsv) {
                    self.preview_import(&path);
                }
            }
            FileDialogs::InApp => self.ask_in_app(PathPurpose::ImportCsv),
        }
    }

    /// Reads `path` and shows what importing it would add or update;
    /// nothing changes until the user accepts.
    pub(super) fn preview_import(&mut self, path: &Path) {
        let bytes = match file::read_regular(path, file::MAX_READ_BYTES) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.show_error(format!("Could not import: {}", e.in_file(path)));
                return;
            }
        };
        let bytes = FileBytes(Arc::from(bytes));
        let settings = Settings::default();
        self.show_import(path.to_owned(), bytes, settings);
    }

    /// Reads the previewed spreadsheet again with other columns or another
    /// sheet.
    pub(super) fn reread_import(&mut self, settings: Settings) {
        let Some(Dialog::ImportPreview(import)) = self.dialog.take() else {
            return;
        };
        let ImportDialog { path, bytes, .. } = *import;
        self.show_import(path, bytes, settings);
    }

    fn show_import(&mut self, path: PathBuf, bytes: FileBytes, settings: Settings) {
        let read = import::read(
            &bytes.0,
            self.document.design(),
            &settings,
            &mut Progress::none(),
        );
        let preview = match read {
            Ok(preview) => preview,
            Err(cancelled) => {
                self.note(format!("Nothing imported: {cancelled}."));
                return;
            }
        };
        self.dialog = Some(Dialog::ImportPreview(Box::new(ImportDialog {
            path,
            bytes,
            settings,
            preview,
        })));
    }

    /// Adds the previewed rows to the design (and updates the cards they
    /// are about) as one undo step.
    pub(super) fn accept_import(&mut self, create_executives: bool) {
        let Some(Dialog::ImportPreview(import)) = self.dialog.take() else {
            return;
        };
        let ImportDialog { path, preview, .. } = *import;
        let options = ImportOptions {
            create_executives,
            moved_at: Some(jiff::Timestamp::now()),
        };
        let design = match import::apply(self.document.design(), &preview, &options) {
            Ok(design) => design,
            Err(e) => {
                self.show_error(format!(
                    "Could not import {}: {e}. Nothing was changed.",
                    path.display()
                ));
                return;
            }
        };
        let n = preview.rows.len();
        let name = file::name_of(&path);
        let items = count(n, "responsibility", "responsibilities");
        self.seal();
        if self
            .document
            .replace_as_step(design, format!("import {items} from {name}"))
        {
            let left_out = match preview.bad_rows() {
                0 => String::new(),
                k => format!("; {} left out", count(k, "row was", "rows were")),
            };
            let done = match preview.updates() {
                0 => format!("Imported {items} from {name}"),
                _ => format!("Imported from {name}: {}", preview.summary()),
            };
            self.note(format!(
                "{done}{left_out} (Ctrl+Z takes the import out again)."
            ));
        } else {
            self.note(format!("Nothing to import from {name}."));
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
