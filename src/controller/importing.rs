//! *File → Import spreadsheet…* from the window: responsibilities from a
//! spreadsheet (CSV or text in any common encoding, or a workbook),
//! read by [`crate::import`] into a preview against the design on screen,
//! and added only once the user accepts, as one undo step. The user may
//! read it again with other columns or another sheet. A small file is
//! read at once; a large one on the work thread of [`super::jobs`], with
//! progress and a Cancel button, while the window keeps drawing.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::file_dialog;
use super::jobs::{self, Job, Made, Purpose};
use super::{Controller, Dialog, FileDialogs, PathPurpose};
use crate::file;
use crate::import::{self, ImportOptions, ImportPreview, Progress, Settings};
use crate::model::format::count;

/// Files smaller than this are read on the window's thread: they take a
/// few hundredths of a second (ten thousand rows, about a megabyte of
/// text, read in about 50 ms in a release build; a workbook packs more
/// rows into its bytes, so the line is drawn well below that).
pub const READ_AT_ONCE_BELOW: usize = 256 * 1024;

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

impl Controller {
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
        self.show_import(path.to_owned(), bytes, Settings::default(), None);
    }

    /// Reads the previewed spreadsheet again with other columns or another
    /// sheet.
    pub(super) fn reread_import(&mut self, settings: Settings) {
        let Some(Dialog::ImportPreview(import)) = self.dialog.take() else {
            return;
        };
        let (path, bytes) = (import.path.clone(), import.bytes.clone());
        self.show_import(path, bytes, settings, Some(import));
    }

    /// Reads the spreadsheet into a preview: at once when it is small, on
    /// the work thread when it is not. `previous` is the preview on
    /// screen before, shown again if the reading is cancelled.
    fn show_import(
        &mut self,
        path: PathBuf,
        bytes: FileBytes,
        settings: Settings,
        previous: Option<Box<ImportDialog>>,
    ) {
        if bytes.0.len() < READ_AT_ONCE_BELOW {
            let design = self.document.design();
            // No hook: nothing can cancel it.
            if let Ok(preview) = import::read(&bytes.0, design, &settings, &mut Progress::none()) {
                self.dialog = Some(Dialog::ImportPreview(Box::new(ImportDialog {
                    path,
                    bytes,
                    settings,
                    preview,
                })));
            }
            return;
        }
        if let Some(job) = &self.job {
            self.dialog = previous.map(Dialog::ImportPreview);
            self.show_error(format!(
                "Not imported: {} is still under way; wait for it or cancel it first.",
                job.what.to_lowercase()
            ));
            return;
        }
        let design = self.document.design().clone();
        let against = (self.document.id(), self.document.revision());
        let (read, rules) = (bytes.clone(), settings.clone());
        let work = move |shared: &jobs::Progress| {
            let hook = |done: u64, total: u64| {
                let clip = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
                // Large totals are scaled down together so the fraction
                // stays right.
                let scale = total / u64::from(u32::MAX) + 1;
                if shared.report(clip(done / scale), clip(total / scale)) {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(())
                }
            };
            import::read(&read.0, &design, &rules, &mut Progress::to(&hook))
                .map(|preview| Made::Preview(Box::new(preview)))
                .map_err(|cancelled| cancelled.to_string())
        };
        let doing = format!("Reading {}", file::name_of(&path));
        let dialog = Box::new(ImportDialog {
            path,
            bytes,
            settings,
            preview: ImportPreview::default(),
        });
        let purpose = Purpose::Import {
            dialog,
            against,
            previous,
        };
        match Job::start(doing, purpose, self.work_waker.clone(), work) {
            Ok(job) => self.job = Some(job),
            Err(e) => self.show_error(format!("Could not import: {e}.")),
        }
    }

    /// Shows the preview the work thread read, if the design it was read
    /// against is still the one on screen: after an edit it is read again
    /// against the design as it now is; after another design was opened
    /// it is dropped, with a note.
    pub(super) fn import_read(
        &mut self,
        mut dialog: Box<ImportDialog>,
        against: (u64, u64),
        outcome: Result<Made, String>,
    ) {
        let preview = match outcome {
            Ok(Made::Preview(preview)) => preview,
            Ok(Made::File(_)) => return,
            Err(e) => {
                self.show_error(format!(
                    "Could not import {}: {e}. Nothing was changed.",
                    dialog.path.display()
                ));
                return;
            }
        };
        let (id, revision) = against;
        if id != self.document.id() {
            self.note(format!(
                "The import of {} was put aside: another design was opened while it was \
                 read. Import it again into this one if it belongs here.",
                file::name_of(&dialog.path)
            ));
            return;
        }
        if revision != self.document.revision() {
            let ImportDialog {
                path,
                bytes,
                settings,
                ..
            } = *dialog;
            self.show_import(path, bytes, settings, None);
            return;
        }
        dialog.preview = *preview;
        self.dialog = Some(Dialog::ImportPreview(dialog));
    }

    /// Adds the previewed rows to the design (and updates the cards they
    /// are about) as one undo step.
    pub(super) fn accept_import(&mut self, create_executives: bool) {
        self.accept_import_into(create_executives, false);
    }

    /// Adds the previewed rows to a copy of the option shown, kept as a new
    /// option named after the spreadsheet (one undo step); the option shown
    /// stays as it was.
    pub(super) fn accept_import_as_option(&mut self, create_executives: bool) {
        self.accept_import_into(create_executives, true);
    }

    fn accept_import_into(&mut self, create_executives: bool, as_option: bool) {
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
        if as_option {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            self.add_option(stem.as_deref().unwrap_or("Imported"), design);
            return;
        }
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
    use crate::controller::{Action, StartOptions};
    use crate::model::Edit;
    use std::sync::mpsc;

    fn controller() -> Controller {
        Controller::new(StartOptions::default(), None)
    }

    fn dialog(c: &Controller, text: &str) -> Box<ImportDialog> {
        let bytes = FileBytes(Arc::from(text.as_bytes()));
        let settings = Settings::default();
        let preview = import::read(
            &bytes.0,
            c.document.design(),
            &settings,
            &mut Progress::none(),
        )
        .expect("read");
        Box::new(ImportDialog {
            path: PathBuf::from("client.csv"),
            bytes,
            settings,
            preview,
        })
    }

    fn preview(c: &Controller) -> &ImportPreview {
        match c.dialog() {
            Some(Dialog::ImportPreview(d)) => &d.preview,
            other => panic!("no preview: {other:?}"),
        }
    }

    #[test]
    fn a_preview_read_before_an_edit_is_read_again_against_the_design_as_it_is() {
        let mut c = controller();
        let card = c.document.design().responsibilities[0].id.clone();
        let stale = dialog(&c, "name,owner\nPayroll platform,CIO\n");
        assert_eq!(stale.preview.updates(), 0, "a new card, read first");
        let against = (c.document.id(), c.document.revision());
        // While the work thread read, the user renamed a card to the
        // spreadsheet's name.
        c.apply(vec![Action::Edit(Edit::SetName(
            card,
            "Payroll platform".into(),
        ))]);
        let read = Made::Preview(Box::new(stale.preview.clone()));
        c.import_read(stale, against, Ok(read));
        assert_eq!(preview(&c).updates(), 1, "{:?}", preview(&c));
    }

    #[test]
    fn a_preview_read_for_another_design_is_put_aside_with_a_note() {
        let mut c = controller();
        let read = dialog(&c, "name\nArchive\n");
        let against = (c.document.id() + 1, c.document.revision());
        let made = Made::Preview(Box::new(read.preview.clone()));
        c.import_read(read, against, Ok(made));
        assert_eq!(c.dialog(), None);
        let note = c.status().map(|s| s.text.clone()).unwrap_or_default();
        assert!(note.contains("put aside"), "{note}");
    }

    #[test]
    fn cancelling_a_reading_with_other_columns_shows_the_preview_before_it() {
        let mut c = controller();
        let before = dialog(&c, "name,owner\nArchive,CIO\n");
        let (_go, gate) = mpsc::channel::<()>();
        let purpose = Purpose::Import {
            dialog: before.clone(),
            against: (c.document.id(), c.document.revision()),
            previous: Some(before.clone()),
        };
        let job = Job::start("Reading client.csv".into(), purpose, None, move |_| {
            let _ = gate.recv();
            Err("stopped".into())
        })
        .expect("start");
        c.job = Some(job);
        c.apply(vec![Action::CancelJob]);
        assert!(!c.working());
        assert_eq!(c.dialog(), Some(&Dialog::ImportPreview(before)));
        let note = c.status().map(|s| s.text.clone()).unwrap_or_default();
        assert!(note.contains("Nothing was imported"), "{note}");
    }
}
