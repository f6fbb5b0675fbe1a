//! Handouts drawn from a design: the chart as SVG, PNG and a PDF handout,
//! and the summary (ownership table, balance, clarity, findings) as CSV and
//! Markdown. Everything is a pure function of the design: no window, no
//! screenshot, no system font, so the same design gives the same bytes on
//! every machine.
//!
//! One entry point, [`render`], takes the design, a [`Format`] and
//! [`Options`] and returns the bytes of the file; the command line
//! (`remit export`) and the window's *File → Export…* both call it.
//!
//! - [`svg`]: the chart, from the same geometry as the canvas
//!   ([`crate::chart`]), text as text.
//! - [`draw`]: SVG building blocks (escaping, text cut to fit, colours).
//! - [`font`]: the fonts every drawing uses (Ubuntu Light, then fallbacks
//!   for Chinese, Japanese, Korean, Arabic, Hebrew and emoji), shipped in
//!   the binary.
//! - [`png`]: that SVG rasterised at 1× to 4×, in bands, streamed to the
//!   encoder.
//! - [`print`]: the chart laid out for print: long empty stretches closed
//!   up ([`stretches`]), empty parts left out, the page count bounded.
//! - [`pdf`]: the chart (fitted, or split over pages), then the summary
//!   pages, with real text.
//! - [`pages`]: the summary laid out on printed pages (as SVG), for the PDF,
//!   with the text blocks and the pager of [`blocks`].
//! - [`table`]: the rows of the ownership table, shared by CSV, Markdown
//!   and PDF.
//! - [`csv`] and [`markdown`]: the text formats.
//! - [`mark`]: the mark each export carries to say Remit wrote it, and how
//!   a file is recognised by it.

pub mod blocks;
pub mod csv;
pub mod draw;
pub mod font;
pub mod mark;
pub mod markdown;
pub mod pages;
pub mod pdf;
pub mod png;
pub mod print;
pub mod stretches;
pub mod svg;
pub mod table;

use crate::model::Design;

/// A kind of file an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The chart as a vector drawing.
    Svg,
    /// The chart as a picture.
    Png,
    /// A printable handout: the chart, then the summary.
    Pdf,
    /// A table for a spreadsheet (see [`CsvTable`]).
    Csv,
    /// The summary as Markdown, to paste into a document.
    Markdown,
}

impl Format {
    /// Every format, in the order a menu lists them.
    pub const ALL: [Self; 5] = [Self::Svg, Self::Png, Self::Pdf, Self::Csv, Self::Markdown];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Markdown => "md",
        }
    }

    /// How a menu names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Svg => "SVG drawing of the chart",
            Self::Png => "PNG picture of the chart",
            Self::Pdf => "PDF handout",
            Self::Csv => "CSV table",
            Self::Markdown => "Markdown summary",
        }
    }

    /// Whether the output is text (and so may go to a terminal).
    pub fn is_text(self) -> bool {
        matches!(self, Self::Svg | Self::Csv | Self::Markdown)
    }
}

/// Which table a CSV export holds (a CSV file has one header row, so one
/// table per file).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvTable {
    /// One row per responsibility: owner, R/C/I, facing, size, notes. The
    /// import reads it back.
    #[default]
    Ownership,
    /// One row per responsibility, one column per executive: A, R, C or I.
    Matrix,
}

/// The choices an export takes besides its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// For PNG: pixels per chart point, 1 to [`MAX_SCALE`].
    pub scale: u8,
    /// For CSV: which table.
    pub csv_table: CsvTable,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scale: 2,
            csv_table: CsvTable::Ownership,
        }
    }
}

/// The largest PNG scale.
pub const MAX_SCALE: u8 = 4;

/// Why an export could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The PNG scale is out of range.
    Scale(u8),
    /// The picture would be too large to hold in memory.
    TooLarge {
        /// Its width in pixels.
        width: u64,
        /// Its height in pixels.
        height: u64,
    },
    /// The drawing library failed (a bug in Remit, or a limit of the
    /// library); the text says what it said.
    Render(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Scale(scale) => write!(
                f,
                "the scale {scale} is not allowed; choose a scale from 1 to {MAX_SCALE}"
            ),
            Self::TooLarge { width, height } => write!(
                f,
                "the picture would be {width} × {height} pixels, more than {} million; \
                 choose a smaller scale, or export SVG or PDF, which have no such limit",
                png::MAX_PIXELS / 1_000_000
            ),
            Self::Render(why) => write!(f, "the drawing could not be made: {why}"),
        }
    }
}

impl std::error::Error for ExportError {}

/// The bytes of `design` exported as `format`.
pub fn render(design: &Design, format: Format, options: &Options) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Svg => Ok(svg::chart(design).into_bytes()),
        Format::Png => png::render(design, options.scale),
        Format::Pdf => pdf::render(design),
        Format::Csv => match options.csv_table {
            CsvTable::Ownership => csv::ownership(design),
            CsvTable::Matrix => csv::matrix(design),
        }
        .map(String::into_bytes),
        Format::Markdown => Ok(mark::markdown(&markdown::summary(design)).into_bytes()),
    }
}
