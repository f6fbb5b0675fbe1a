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
//!   the binary; [`glyphs`]: text as glyphs of those fonts.
//! - [`legend`]: the title block and legend that let a chart stand alone.
//! - [`png`]: that SVG rasterised at any scale, in bands, streamed to the
//!   encoder.
//! - [`print`]: the chart laid out for print: long empty stretches closed
//!   up ([`stretches`]), empty parts left out, the page count bounded.
//! - [`pdf`]: the chart (fitted, or split over pages), then the summary
//!   pages, with real text: written with pdf-writer by [`pdf_draw`]
//!   (shapes and text), [`pdf_svg`] (the chart's SVG on a page) and
//!   [`pdf_fonts`] (the fonts, embedded once).
//! - [`progress`]: how far a long export has got, and cancelling it.
//! - [`pages`]: the summary laid out on printed pages (as SVG), for the PDF,
//!   with the text blocks and the pager of [`blocks`].
//! - [`table`]: the rows of the ownership table, shared by CSV, Markdown
//!   and PDF.
//! - [`csv`] and [`markdown`]: the text formats.
//! - [`options_compared`]: for a design with several options, each set
//!   against the first, in the PDF and Markdown, and the change list as
//!   CSV.
//! - [`mark`]: the mark each export carries to say Remit wrote it, and how
//!   a file is recognised by it.

pub mod blocks;
pub mod csv;
mod cuts;
pub mod draw;
pub mod font;
pub mod glyphs;
pub mod legend;
pub mod mark;
pub mod markdown;
pub mod options_compared;
pub mod pages;
pub mod pdf;
pub mod pdf_draw;
pub mod pdf_fonts;
pub mod pdf_svg;
pub mod png;
pub mod print;
pub mod progress;
pub mod stretches;
pub mod svg;
mod svg_card;
pub mod table;

use jiff::civil::Date;

use crate::model::{Design, Options as DesignOptions};
pub use progress::Progress;

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
    /// Of a design with options, one row per change the option shown makes
    /// to the first (the first: the second makes): kind, item, from, to,
    /// reason. Of a design with one option, the header alone.
    Changes,
}

/// How many pixels a PNG takes for each point of the chart, in hundredths
/// (so that a choice compares exactly): from [`Scale::MIN`] (a tenth) to
/// [`Scale::MAX`] (four).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Scale(u16);

impl Scale {
    /// The smallest scale that can be asked for: 0.1 pixels a point.
    pub const MIN: Self = Self(10);
    /// The largest: 4 pixels a point.
    pub const MAX: Self = Self(400);
    /// The usual one: 2 pixels a point, sharp on slides.
    pub const DEFAULT: Self = Self(200);

    /// The scale of `hundredths` / 100, if allowed.
    pub fn from_hundredths(hundredths: u16) -> Option<Self> {
        (Self::MIN.0..=Self::MAX.0)
            .contains(&hundredths)
            .then_some(Self(hundredths))
    }

    /// The nearest allowed scale to `factor` pixels a point.
    pub fn nearest(factor: f32) -> Self {
        let hundredths = (factor * 100.0).round();
        if hundredths.is_nan() {
            return Self::DEFAULT;
        }
        Self(hundredths.clamp(f32::from(Self::MIN.0), f32::from(Self::MAX.0)) as u16)
    }

    /// Pixels a point.
    pub fn factor(self) -> f32 {
        f32::from(self.0) / 100.0
    }

    /// In hundredths.
    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// Reads a scale as people write it: `2`, `0.25`, `1.5`, `50%`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let (number, percent) = match text.strip_suffix('%') {
            Some(n) => (n.trim(), true),
            None => (text.strip_suffix(['x', '×']).unwrap_or(text).trim(), false),
        };
        let value: f64 = number
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| format!("{text:?} is not a number; write a scale such as 2 or 0.25"))?;
        let hundredths = if percent { value } else { value * 100.0 };
        let out_of_range = || {
            format!(
                "the scale {text} is not allowed; choose a scale from {} to {}",
                Self::MIN,
                Self::MAX
            )
        };
        if !(f64::from(Self::MIN.0) - 0.5..f64::from(Self::MAX.0) + 0.5).contains(&hundredths) {
            return Err(out_of_range());
        }
        Self::from_hundredths(hundredths.round() as u16).ok_or_else(out_of_range)
    }
}

impl Default for Scale {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl std::fmt::Display for Scale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}×", factor_words(self.factor()))
    }
}

/// A scale factor briefly: `2`, `0.25`, `0.37`.
pub fn factor_words(factor: f32) -> String {
    draw::num(factor)
}

/// The choices an export takes besides its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// For PNG: pixels per chart point. The picture is drawn smaller when
    /// that would be wider than `max_width` or over the pixel limit, and
    /// the export says so.
    pub scale: Scale,
    /// For PNG: the most pixels the picture may be wide.
    pub max_width: Option<u32>,
    /// For PNG and SVG: a title block above the chart (its name, the date)
    /// and a legend below it (the facing marks, the lines, each
    /// executive's balance), so that the picture can stand alone.
    pub legend: bool,
    /// For SVG: every letter drawn as its outline, so that the drawing
    /// looks the same in any viewer (the text can then no longer be
    /// searched or edited).
    pub text_as_paths: bool,
    /// For CSV: which table.
    pub csv_table: CsvTable,
    /// The date on the title block (the handout's chart pages, and the PNG
    /// and SVG with a legend); none: no date. The export is a function of
    /// the design and these options, so the same date gives the same
    /// bytes.
    pub date: Option<Date>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scale: Scale::DEFAULT,
            max_width: None,
            legend: false,
            text_as_paths: false,
            csv_table: CsvTable::Ownership,
            date: None,
        }
    }
}

/// Why an export could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The picture would be too large even at the smallest scale a picture
    /// is drawn at.
    TooLarge {
        /// Its width in pixels.
        width: u64,
        /// Its height in pixels.
        height: u64,
    },
    /// The one who asked for the export stopped it.
    Cancelled,
    /// The drawing library failed (a bug in Remit, or a limit of the
    /// library); the text says what it said.
    Render(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { width, height } => write!(
                f,
                "even at the smallest scale the picture would be {width} × {height} pixels, \
                 more than {} million; export SVG or PDF, which have no such limit",
                png::MAX_PIXELS / 1_000_000
            ),
            Self::Cancelled => write!(f, "the export was cancelled; nothing was written"),
            Self::Render(why) => write!(f, "the drawing could not be made: {why}"),
        }
    }
}

impl std::error::Error for ExportError {}

/// An export made: its bytes, and what the one who asked should know
/// about it (a picture drawn smaller than asked, and why).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// A sentence for the status line or the terminal, if any.
    pub note: Option<String>,
}

/// The bytes of `design` exported as `format`.
pub fn render(design: &Design, format: Format, options: &Options) -> Result<Vec<u8>, ExportError> {
    render_with(design, format, options, &mut Progress::none()).map(|r| r.bytes)
}

/// `design` exported as `format`, telling `progress` how far it has got
/// (page by page, band by band) and stopping with
/// [`ExportError::Cancelled`] when it says so.
pub fn render_with(
    design: &Design,
    format: Format,
    options: &Options,
    progress: &mut Progress<'_>,
) -> Result<Rendered, ExportError> {
    render_design(design, None, format, options, progress)
}

/// Option `shown` of a design with `all` its options exported as `format`
/// (see [`render_with`]): titled with the option's name when there is
/// more than one ("Acme 2027 — Option A"); the PDF and Markdown gain the
/// options compared, and [`CsvTable::Changes`] lists what the option
/// changes (see [`options_compared`]).
pub fn render_option(
    all: &DesignOptions,
    shown: usize,
    format: Format,
    options: &Options,
    progress: &mut Progress<'_>,
) -> Result<Rendered, ExportError> {
    let shown = shown.min(all.len().saturating_sub(1));
    let design = options_compared::titled(all, shown);
    render_design(&design, Some((all, shown)), format, options, progress)
}

fn render_design(
    design: &Design,
    all: Option<(&DesignOptions, usize)>,
    format: Format,
    options: &Options,
    progress: &mut Progress<'_>,
) -> Result<Rendered, ExportError> {
    let plain = |bytes: Vec<u8>| Rendered { bytes, note: None };
    let several = all.filter(|(all, _)| all.len() > 1).map(|(all, _)| all);
    match format {
        Format::Svg => {
            progress.report(0, 1)?;
            let svg = svg::export(design, options)?;
            progress.report(1, 1)?;
            Ok(plain(svg.into_bytes()))
        }
        Format::Png => png::render(design, options, progress),
        Format::Pdf => {
            let more = several.map(options_compared::sections).unwrap_or_default();
            pdf::render(design, more, options, progress).map(plain)
        }
        Format::Csv => match options.csv_table {
            CsvTable::Ownership => csv::ownership(design),
            CsvTable::Matrix => csv::matrix(design),
            CsvTable::Changes => {
                let pair = all.and_then(|(all, shown)| {
                    options_compared::pair(all, shown).map(|(a, b)| (all.design(a), all.design(b)))
                });
                let (from, to) = pair.unwrap_or((design, design));
                options_compared::changes_csv(from, to)
            }
        }
        .map(|text| plain(text.into_bytes())),
        Format::Markdown => {
            let mut text = markdown::summary(design);
            text.push_str(&several.map(options_compared::markdown).unwrap_or_default());
            Ok(plain(mark::markdown(&text).into_bytes()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_read_as_people_write_them() {
        assert_eq!(Scale::parse("2"), Ok(Scale(200)));
        assert_eq!(Scale::parse("0.25"), Ok(Scale(25)));
        assert_eq!(Scale::parse("50%"), Ok(Scale(50)));
        assert_eq!(Scale::parse("1.5x"), Ok(Scale(150)));
        assert!(Scale::parse("0").is_err());
        assert!(Scale::parse("5").is_err());
        assert!(Scale::parse("two").is_err());
        assert!(Scale::parse("NaN").is_err());
        assert_eq!(Scale(25).to_string(), "0.25×");
        assert_eq!(Scale::nearest(9.0), Scale::MAX);
    }
}
