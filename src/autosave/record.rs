//! What an autosave file holds, and how it is written and read: a design
//! file (the current format, by the same writer, within the same size limit,
//! which does not count comments) after a few comment lines saying when it
//! was written and which file it belongs to, read back through the same
//! versioned loader as any design. Autosaves written by Remit 0.1 (a
//! `remit_autosave: 1` record) are still read.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

use crate::file::{self, LoadError, locate};
use crate::model::Options;

/// The version of the autosave header (the design inside has its own).
const RECORD_VERSION: u32 = 2;
/// Room for the header on top of the limit on a design's file (the
/// header is comments, which the design's own limit does not count).
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// What an autosave holds: the design, the file it belongs to (if it has
/// one), and when it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// When it was written, in seconds since 1970 (UTC).
    pub saved_at: u64,
    /// The user's file for this design, if it had one.
    pub file: Option<PathBuf>,
    /// The design, all its options, with their unsaved changes.
    pub options: Options,
}

impl Record {
    /// When it was written.
    pub fn saved_at(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.saved_at)
    }

    /// The autosave's text: the header, then the design as a design file.
    pub fn to_text(&self) -> Result<String, String> {
        let design = file::options_to_text(&self.options, "")?;
        let file = match &self.file {
            Some(path) => ron::to_string(&path.to_string_lossy()).map_err(|e| e.to_string())?,
            None => "none".to_owned(),
        };
        Ok(format!(
            "// Remit autosave: unsaved changes, kept in case Remit stops unexpectedly.\n\
             // autosave: {RECORD_VERSION}\n\
             // saved-at: {}\n\
             // file: {file}\n\
             {design}",
            self.saved_at
        ))
    }
}

/// The header of an autosave: the comment lines before the design.
fn read_header(text: &str) -> Result<(u64, Option<PathBuf>), String> {
    let mut version = None;
    let mut saved_at = None;
    let mut file = None;
    for line in text.lines() {
        let Some(comment) = line.strip_prefix("// ") else {
            break;
        };
        let Some((key, value)) = comment.split_once(": ") else {
            continue;
        };
        match key {
            "autosave" => version = value.trim().parse::<u32>().ok(),
            "saved-at" => saved_at = value.trim().parse::<u64>().ok(),
            "file" => {
                file = Some(match value.trim() {
                    "none" => None,
                    quoted => Some(PathBuf::from(
                        ron::from_str::<String>(quoted)
                            .map_err(|_| "its header names the file in a way Remit cannot read")?,
                    )),
                });
            }
            _ => {}
        }
    }
    match version {
        Some(RECORD_VERSION) => {}
        Some(other) => {
            return Err(format!(
                "it was written by another version of Remit (autosave version {other})"
            ));
        }
        None => return Err("it has no autosave header".to_owned()),
    }
    let saved_at = saved_at.ok_or("its header has no time")?;
    let file = file.ok_or("its header does not say which file it belongs to")?;
    Ok((saved_at, file))
}

/// The autosave written by Remit 0.1.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordV1 {
    #[allow(dead_code)]
    remit_autosave: u32,
    saved_at: u64,
    file: Option<PathBuf>,
    design: file::v1::DesignV1,
}

/// Reads an autosave with the same bounds and the same loader as a design
/// file. The error says what is wrong, with the line where there is one.
pub fn read_record(path: &Path) -> Result<Record, String> {
    let describe = |e: LoadError| e.in_file(path).to_string();
    let bytes =
        file::read_regular(path, file::MAX_READ_BYTES + MAX_HEADER_BYTES).map_err(describe)?;
    let text = file::decode(&bytes).map_err(describe)?;
    if locate::has_top_level_field(&text, "remit_autosave") {
        let old: RecordV1 = file::parse_as(&text).map_err(describe)?;
        let design =
            file::from_v1(old.design, &text, &[locate::Seg::Field("design")]).map_err(describe)?;
        return Ok(Record {
            saved_at: old.saved_at,
            file: old.file,
            options: Options::one(design),
        });
    }
    let (saved_at, file) =
        read_header(&text).map_err(|why| format!("{}: {why}", path.display()))?;
    let options = file::parse_options(&text).map_err(describe)?;
    Ok(Record {
        saved_at,
        file,
        options,
    })
}
