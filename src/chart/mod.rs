//! The org chart as geometry: where each box, card and connector goes, as a
//! pure function of the design and the size of text. The canvas draws this
//! geometry (and, later, the exports draw the same), so what is shown and
//! what is handed out cannot drift apart. No egui here: text is measured
//! through a [`Measure`] the caller provides.
//!
//! - [`geometry`]: the size of boxes and cards, and where each is.
//! - [`look`]: inside a header and a card, and the facing colours.
//! - [`tidy`]: a top-down tree layout with no overlaps, and where a new box
//!   goes.
//! - [`room`]: the boxes in rows that fill a screen, for presenting.
//! - [`wrap`]: a card's name broken into lines, the same way for the
//!   geometry, the canvas and the exports.

mod connectors;
pub mod geometry;
pub mod look;
mod measure;
mod rect;
pub mod room;
pub mod tidy;
pub mod wrap;

pub use geometry::{ChartGeometry, Measure, Rect, estimated_measure};
