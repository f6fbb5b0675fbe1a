//! What every box of the chart needs to draw itself in one frame (the
//! design, what is carried and where it would land, the zoom, the pen's
//! layers), and the zooms at which the chart changes how it draws.

use std::cell::Cell;

use egui::{LayerId, Pos2, Rect, Ui, Vec2};

use super::super::pen::Pen;
use crate::controller::{Derived, Selection};
use crate::model::{Design, Responsibility};

/// What every box needs to draw itself.
pub struct Context<'a> {
    /// The design.
    pub design: &'a Design,
    /// Its index, balance and chart geometry.
    pub derived: &'a Derived,
    /// What is selected.
    pub selection: &'a Selection,
    /// The card being carried, if any.
    pub carried: Option<&'a Responsibility>,
    /// Where it would land if let go now: the box at this position in the
    /// design, and the place among its cards (the frame's one answer, see
    /// [`super::CanvasMemory::find_drop_target`]).
    pub drop: Option<(usize, usize)>,
    /// The pointer, in chart points, when it is over the canvas.
    pub pointer: Option<Pos2>,
    /// The chart's zoom: below [`DETAIL_ZOOM`] the chart is drawn as an
    /// overview (see [`super::overview`]): cards cannot be grabbed.
    pub zoom: f32,
    /// A box asked to be zoomed to (Enter or a double click on its header).
    pub zoom_to: Cell<Option<Rect>>,
    /// A widget that just took the keyboard focus, to bring into view.
    pub reveal: Cell<Option<Rect>>,
    /// How far a box's surface was dragged this frame, in chart points:
    /// the chart pans by it, as when empty space is dragged.
    pub pan: Cell<Vec2>,
    /// The layer text is painted on, just above the chart's (see [`Pen`]).
    pub text_layer: LayerId,
    /// For each box, then the CEO box, whether it lies over another box
    /// in view: its text is then painted with its shapes, so that the box
    /// on top covers the one below, text and all.
    pub overlaid: Vec<bool>,
}

impl Context<'_> {
    /// The pen for the box at `index` (`None`: the CEO box).
    pub fn pen(&self, ui: &Ui, index: Option<usize>) -> Pen {
        let slot = index.unwrap_or(self.design.executives.len());
        if !self.overlaid.get(slot).copied().unwrap_or(false) {
            Pen::on_screen(ui, self.text_layer)
        } else {
            Pen::plain(ui.painter().clone())
        }
    }
}

/// Below this zoom a box is a few pixels wide, and drawn as a plain tile.
pub const TINY_ZOOM: f32 = 0.08;

/// The zoom from which cards are drawn in full (with text) and can be
/// grabbed; below it, a card's name would be a few pixels high.
pub const DETAIL_ZOOM: f32 = 0.55;
