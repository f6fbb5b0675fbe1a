//! The canvas: the org chart in an [`egui::Scene`] that pans (drag empty
//! space, middle mouse, scroll) and zooms (Ctrl+wheel, pinch, the View menu,
//! Ctrl+plus/minus while the chart has the pointer), with
//! Fit to show it all. It draws the chart's geometry
//! ([`crate::chart::ChartGeometry`], worked out once per change of the
//! design) and only what is in view: boxes, cards and lines outside the
//! visible part are neither laid out nor painted. It reads the design and
//! asks for changes through [`Action`]s.
//!
//! - [`boxes`]: executive boxes, their headers and cards; [`ceo`]: the
//!   CEO box; [`context`]: what every box needs in a frame; [`landing`]:
//!   where a carried card will stand; [`reporting`]: reporting lines
//!   drawn by hand.
//! - [`lines`]: reporting and dotted lines.
//! - [`overview`]: boxes and cards zoomed out.
//! - [`tray`]: the unassigned tray below the chart.

mod boxes;
mod ceo;
mod context;
mod landing;
mod lines;
mod overview;
mod reporting;
pub mod tray;
mod view;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use super::keys;
use crate::chart::Rect as ChartRect;
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;
use crate::model::Design;

/// The smallest and largest zoom of the chart.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.05..=4.0;
/// Fit never enlarges the chart beyond this (a small chart stays at its
/// natural size).
const FIT_MAX_ZOOM: f32 = 1.0;
/// Room around the chart when it is fit to the view, in screen points.
const FIT_MARGIN: f32 = 16.0;
/// How close to the edge of the view a carried card starts panning it.
const EDGE: f32 = 40.0;
/// How fast the view pans toward a carried card at the very edge, in
/// screen points per second.
const EDGE_SPEED: f32 = 900.0;

/// What the canvas keeps between frames: which part of the chart is in
/// view, and requests from menus and keys.
#[derive(Default)]
pub struct CanvasMemory {
    /// The part of the chart in view, in chart points.
    view: Option<Rect>,
    /// The document the view belongs to (a new one is fit on first show).
    document: Option<u64>,
    /// Fit the chart on the next frame.
    fit_requested: bool,
    /// Zoom by this factor on the next frame.
    zoom_request: Option<f32>,
    /// The canvas's rectangle on screen, last frame.
    outer: Option<Rect>,
    /// Whether the chart had the pointer last frame (then Ctrl+plus/minus
    /// zoom the chart rather than text and panels).
    has_pointer: bool,
    /// Whether a box or card of the chart had the keyboard last frame.
    has_keyboard: bool,
    /// Largest zoom Fit uses (larger in presentation).
    fit_max_zoom: Option<f32>,
    /// The canvas size the view was last fit to, while the user has not
    /// panned or zoomed since: the chart then stays fit as the window (or
    /// a panel) changes size.
    fit_for: Option<(Vec2, Rect)>,
    /// The selection last frame and where it was on the chart, to bring a
    /// newly selected item (or one that moved) into view.
    last_selection: (Selection, Option<Rect>),
    /// Whether a pointer button was down last frame (a drag's last move is
    /// applied after the frame that drew it).
    pointer_was_down: bool,
    /// Where the card being carried would land if let go, worked out once
    /// at the start of this frame (see [`CanvasMemory::find_drop_target`]).
    drop_target: Option<DropTarget>,
    /// The tray's drop zone on screen, last frame.
    tray: Option<Rect>,
    /// The boxes on screen, last frame, when presenting showed them in
    /// columns rather than the chart (see [`crate::app::room`]).
    room: Option<Vec<RoomZone>>,
}

/// One box as the columns of a presentation show it, to drop onto.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomZone {
    /// The executive's position in the design.
    pub index: usize,
    /// The box on screen (the part in view).
    pub rect: Rect,
    /// Its cards, as positions in the design's list, in order.
    pub cards: Vec<usize>,
    /// The middle of each card on screen, top to bottom.
    pub middles: Vec<f32>,
}

/// Where a carried card would land if let go now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropTarget {
    /// The box of the executive at `index` in the design, at the place
    /// `before` among its cards (before the card now there, counting the
    /// carried card if it is in this box; past the last card: last). In
    /// another executive's box that place is where the card's line in the
    /// file puts it; in its own box, where the pointer is.
    Executive {
        /// The executive's position in the design.
        index: usize,
        /// The place among its cards.
        before: usize,
    },
    /// The unassigned tray.
    Tray,
}

impl CanvasMemory {
    /// Shows the whole chart on the next frame.
    pub fn request_fit(&mut self) {
        self.fit_requested = true;
    }

    /// Zooms the chart by `factor` about the middle of the view.
    pub fn request_zoom(&mut self, factor: f32) {
        self.zoom_request = Some(self.zoom_request.unwrap_or(1.0) * factor);
    }

    /// Shows `view` (a part of the chart, in chart points) from the next
    /// frame on, as if the user had panned and zoomed there.
    pub fn show_part(&mut self, view: Rect) {
        self.view = Some(view);
        self.fit_for = None;
        self.fit_requested = false;
    }

    /// Lets Fit enlarge the chart up to `zoom` (presentation's large type),
    /// or back to the normal limit (`None`).
    pub fn set_fit_max_zoom(&mut self, zoom: Option<f32>) {
        self.fit_max_zoom = zoom;
    }

    /// Where the card being carried would land if let go now: one answer
    /// per frame, which the inspector's preview, the highlighted box, its
    /// landing mark and the drop itself all use.
    pub fn drop_target(&self) -> Option<DropTarget> {
        self.drop_target
    }

    /// Works out, once at the start of a frame and before anything is
    /// drawn, where the card being carried would land if let go now: the
    /// tray, or the topmost box under the pointer (boxes drawn later lie
    /// over those drawn before), nowhere when a window covers the chart
    /// there. The chart's view is last frame's (a drag moves the view only
    /// by edge panning, a few points at a time).
    pub fn find_drop_target(&mut self, ctx: &egui::Context, design: &Design, derived: &Derived) {
        let target = self.target_now(ctx, design, derived);
        if self.drop_target != target {
            self.drop_target = target;
            // Whatever shows it catches up on the next frame.
            ctx.request_repaint();
        }
    }

    fn target_now(
        &self,
        ctx: &egui::Context,
        design: &Design,
        derived: &Derived,
    ) -> Option<DropTarget> {
        let item = super::card::carried(ctx, design, &derived.index)?;
        let pointer = ctx.pointer_latest_pos()?;
        if self.tray.is_some_and(|tray| tray.contains(pointer)) {
            return Some(DropTarget::Tray);
        }
        let covered = ctx
            .layer_id_at(pointer)
            .is_some_and(|layer| layer.order != egui::Order::Background);
        if covered {
            return None;
        }
        if let Some(zones) = &self.room {
            let i = derived.index.responsibility(&item.id)?;
            let own = |index: usize| item.owner.as_ref() == Some(&design.executives[index].id);
            return Self::room_target(zones, pointer, i, own);
        }
        if !self.outer.is_some_and(|outer| outer.contains(pointer)) {
            return None;
        }
        let at = self.to_chart(pointer)?;
        let chart = &derived.chart;
        let index = chart
            .boxes
            .iter()
            .rposition(|b| b.rect.contains(at.x, at.y))?;
        let geometry = &chart.boxes[index];
        let i = derived.index.responsibility(&item.id)?;
        let own = item.owner.as_ref() == Some(&design.executives[index].id);
        let before = if own {
            geometry.slot_at(at.x, at.y)
        } else {
            geometry.slot_of(i)
        };
        Some(DropTarget::Executive { index, before })
    }

    /// Notes where the boxes are when presenting shows them in columns
    /// (`None` when the chart is shown).
    pub fn set_room(&mut self, zones: Option<Vec<RoomZone>>) {
        self.room = zones;
    }

    /// The drop target among the columns of a presentation.
    fn room_target(
        zones: &[RoomZone],
        pointer: Pos2,
        i: usize,
        own: impl Fn(usize) -> bool,
    ) -> Option<DropTarget> {
        let zone = zones.iter().find(|z| z.rect.contains(pointer))?;
        let before = if own(zone.index) {
            zone.middles.partition_point(|&m| m < pointer.y)
        } else {
            zone.cards.partition_point(|&c| c < i)
        };
        Some(DropTarget::Executive {
            index: zone.index,
            before,
        })
    }

    /// Notes where the tray's drop zone is on screen.
    pub fn set_tray(&mut self, rect: Rect) {
        self.tray = Some(rect);
    }

    /// Whether the chart had the pointer last frame (no window, menu or
    /// panel over it there).
    pub fn has_pointer(&self) -> bool {
        self.has_pointer
    }

    /// Whether a box or card of the chart had the keyboard last frame.
    pub fn has_keyboard(&self) -> bool {
        self.has_keyboard
    }

    /// The chart's zoom, if it has been shown.
    pub fn zoom(&self) -> Option<f32> {
        let (view, outer) = (self.view?, self.outer?);
        (view.width() > 0.0)
            .then(|| (outer.width() / view.width()).min(outer.height() / view.height()))
    }

    /// Where a point of the chart (in chart points) is on screen, once the
    /// chart has been shown.
    pub fn to_screen(&self, p: Pos2) -> Option<Pos2> {
        let (view, outer) = (self.view?, self.outer?);
        let zoom = self.zoom()?;
        // The view fills the canvas, centred where their shapes differ.
        let offset = (outer.size() - view.size() * zoom) / 2.0;
        Some(outer.min + offset + (p - view.min) * zoom)
    }

    /// The point of the chart (in chart points) under a point on screen,
    /// once the chart has been shown.
    pub fn to_chart(&self, p: Pos2) -> Option<Pos2> {
        let (view, outer) = (self.view?, self.outer?);
        let zoom = self.zoom()?;
        let offset = (outer.size() - view.size() * zoom) / 2.0;
        Some(view.min + (p - outer.min - offset) / zoom)
    }

    /// The part of the chart in view, in chart points.
    pub fn view(&self) -> Option<Rect> {
        self.view
    }
}

fn to_egui(r: ChartRect) -> Rect {
    Rect::from_min_size(Pos2::new(r.x, r.y), Vec2::new(r.w, r.h))
}

/// Where the selected box or card is on the chart.
fn selected_rect(design: &Design, derived: &Derived, selection: &Selection) -> Option<Rect> {
    let chart = &derived.chart;
    match selection {
        Selection::None => None,
        Selection::Ceo => chart.ceo.map(to_egui),
        Selection::Executive(id) => derived
            .index
            .executive(id)
            .and_then(|i| chart.boxes.get(i))
            .map(|b| to_egui(b.rect)),
        Selection::Responsibility(id) => {
            // In its owner's box only (a card in the tray is not on the chart).
            let i = derived.index.responsibility(id)?;
            let owner = design.responsibilities[i].owner.as_ref()?;
            let b = chart.boxes.get(derived.index.executive(owner)?)?;
            let k = b.cards.iter().position(|&c| c == i)?;
            Some(to_egui(b.card_rect(k)))
        }
    }
}

/// Draws the chart in the central panel.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    memory: &mut CanvasMemory,
    actions: &mut Vec<Action>,
) {
    memory.room = None;
    let design = document.design();
    if design.executives.is_empty() && design.ceo.is_none() {
        memory.has_pointer = false;
        memory.has_keyboard = false;
        ui.centered_and_justified(|ui| {
            let keys = Command::AddExecutive
                .shortcut()
                .map(|s| keys::describe(ui.ctx(), s))
                .unwrap_or_default();
            ui.label(format!(
                "No executives yet. Add one with Edit > Add executive ({keys})."
            ));
        });
        return;
    }
    let chart = &derived.chart;
    let outer = Rect::from_min_size(ui.cursor().min, ui.available_size_before_wrap());
    memory.outer = Some(outer);
    if memory.document != Some(document.id()) {
        memory.document = Some(document.id());
        memory.fit_requested = true;
    }
    let bounds = to_egui(chart.bounds);
    // While the user has not panned or zoomed since the chart was fit, it
    // stays fit as the canvas changes size, and when the chart grows out of
    // view (a box added, once nothing is being dragged).
    let down = ui.input(|i| i.pointer.any_down());
    let idle = !down && !std::mem::replace(&mut memory.pointer_was_down, down);
    if !idle && let Some((_, fit)) = memory.fit_for.as_mut() {
        // A box dragged by hand goes where it is put: no refit after it.
        *fit = bounds;
    }
    let out_of_view = memory.view.is_some_and(|view| !view.contains_rect(bounds));
    let keep_fit = memory
        .fit_for
        .is_some_and(|(size, fit)| size != outer.size() || (fit != bounds && idle && out_of_view));
    if std::mem::take(&mut memory.fit_requested) || memory.view.is_none() || keep_fit {
        let max = memory.fit_max_zoom.unwrap_or(FIT_MAX_ZOOM);
        memory.view = Some(view::fitted(bounds, outer.size(), max));
        memory.fit_for = Some((outer.size(), bounds));
    }
    let mut view = memory.view.unwrap_or(bounds);
    if let Some(factor) = memory.zoom_request.take() {
        memory.fit_for = None;
        let zoom = (outer.width() / view.width()).min(outer.height() / view.height());
        let new_zoom = (zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        // About the pointer when it is on the chart (what stays under it
        // stays there), else about the middle of the view.
        let anchor = ui
            .ctx()
            .pointer_latest_pos()
            .filter(|p| outer.contains(*p))
            .map_or(view.center(), |p| view.min + (p - outer.min) / zoom);
        let keep = zoom / new_zoom;
        view = Rect::from_min_max(
            anchor + (view.min - anchor) * keep,
            anchor + (view.max - anchor) * keep,
        );
    }
    view = view::edge_pan(ui, outer, view, bounds);
    // Something newly selected (a new executive), or moved while selected
    // (a card moved with Alt+1…), is brought into view; not what was
    // selected by grabbing it, which goes where the pointer takes it.
    let selected = selected_rect(design, derived, selection);
    if (selection, selected) != (&memory.last_selection.0, memory.last_selection.1) {
        memory.last_selection = (selection.clone(), selected);
        if !down && let Some(target) = selected {
            let moved = view::revealed(view, target.expand(12.0));
            if moved != view {
                view = moved;
                memory.fit_for = None;
            }
        }
    }

    let carried = super::card::carried(ui.ctx(), design, &derived.index);
    let scene = egui::Scene::new()
        .zoom_range(ZOOM_RANGE)
        .max_inner_size(outer.size())
        .drag_pan_buttons(
            egui::containers::DragPanButtons::PRIMARY | egui::containers::DragPanButtons::MIDDLE,
        );
    let mut focus_inside = false;
    let parent_layer = ui.layer_id();
    let text_layer =
        egui::LayerId::new(parent_layer.order, parent_layer.id.with("remit-chart-text"));
    let response = scene.show(ui, &mut view, |ui| {
        // Text goes on its own layer, just above the Scene's (which egui
        // has just put above the panel's): see `Pen`.
        ui.ctx().set_sublayer(parent_layer, text_layer);
        let visible = ui.clip_rect();
        let to_chart = ui
            .ctx()
            .layer_transform_to_global(ui.layer_id())
            .unwrap_or(TSTransform::IDENTITY)
            .inverse();
        let pointer = ui
            .ctx()
            .pointer_latest_pos()
            .filter(|p| outer.contains(*p))
            .map(|p| to_chart * p);
        lines::show(ui, chart, visible);
        let zoom = 1.0 / to_chart.scaling;
        let drop = match memory.drop_target.filter(|_| carried.is_some()) {
            Some(DropTarget::Executive { index, before }) => Some((index, before)),
            _ => None,
        };
        let context = context::Context {
            design,
            derived,
            selection,
            carried,
            drop,
            pointer,
            zoom,
            zoom_to: std::cell::Cell::new(None),
            reveal: std::cell::Cell::new(None),
            pan: std::cell::Cell::new(Vec2::ZERO),
            text_layer,
            overlaid: overlaid(chart, visible),
        };
        ceo::show(ui, &context, actions);
        for (index, geometry) in chart.boxes.iter().enumerate() {
            if visible.intersects(to_egui(geometry.rect).expand(8.0)) {
                focus_inside |= boxes::show(ui, &context, index, geometry, visible, actions);
            }
        }
        boxes::carried_card(ui, &context, actions);
        reporting::drag(ui, &context, actions);
        // Let go over a box (the one the frame's drop target names): the
        // card goes there, or to its place in its own box.
        if let (Some(item), Some((index, before))) = (carried, drop)
            && ui.input(|i| i.pointer.any_released())
        {
            egui::DragAndDrop::clear_payload(ui.ctx());
            actions.push(Action::DropCard {
                responsibility: item.id.clone(),
                to: Some(design.executives[index].id.clone()),
                before: Some(before),
            });
        }
        (
            context.zoom_to.take(),
            context.reveal.take(),
            context.pan.get(),
        )
    });
    let (zoom_to, reveal, pan) = response.inner;
    if pan != Vec2::ZERO {
        // A box's surface dragged: the chart pans with the pointer.
        view = view.translate(-pan);
        memory.fit_for = None;
    }
    if let Some(target) = zoom_to {
        view = view::zoomed_to(target, outer.size());
        memory.fit_for = None;
        ui.ctx().request_repaint();
    } else if let Some(target) = reveal {
        let moved = view::revealed(view, target.expand(12.0));
        if moved != view {
            view = moved;
            memory.fit_for = None;
            ui.ctx().request_repaint();
        }
    }
    if response.response.changed() {
        // Panned or zoomed by hand: the view stays where it was put.
        memory.fit_for = None;
    }
    if response.response.clicked() && *selection != Selection::None {
        actions.push(Action::Select(Selection::None));
    }
    memory.has_keyboard = focus_inside;
    memory.has_pointer = response.response.contains_pointer();
    memory.view = Some(view);
}

/// For each box in view, then the CEO box, whether it overlaps another in
/// view. (Sorted by left edge, each box is compared only with those that
/// start before it ends: next to no work when nothing overlaps.)
fn overlaid(chart: &crate::chart::ChartGeometry, visible: Rect) -> Vec<bool> {
    let ceo = chart.boxes.len();
    let mut shown: Vec<(usize, Rect)> = chart
        .boxes
        .iter()
        .map(|b| to_egui(b.rect))
        .chain(chart.ceo.map(to_egui))
        .enumerate()
        .filter(|(_, r)| visible.intersects(r.expand(8.0)))
        .collect();
    shown.sort_by(|a, b| a.1.left().total_cmp(&b.1.left()));
    let mut overlaid = vec![false; ceo + 1];
    for (n, (i, a)) in shown.iter().enumerate() {
        for (j, b) in &shown[n + 1..] {
            if b.left() >= a.right() {
                break;
            }
            if a.intersect(*b).is_positive() {
                overlaid[*i] = true;
                overlaid[*j] = true;
            }
        }
    }
    overlaid
}
