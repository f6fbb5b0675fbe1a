//! The canvas: one box per executive, placed where the design says, each a
//! drop zone holding the cards it owns; and the unassigned tray along the
//! bottom. Reads the design; asks for moves, selection and box positions
//! through [`Action`]s.
//!
//! However large the design, a frame lays out only what is in view: boxes
//! outside the visible part of the canvas are skipped (their size is known
//! from the last time they were drawn, or estimated), and long lists of
//! cards show only the rows in view.

use std::collections::HashMap;

use egui::{
    Align, CornerRadius, Frame, Id, Layout, Margin, Pos2, Rect, RichText, Sense, Stroke,
    StrokeKind, Ui, UiBuilder, Vec2, WidgetInfo,
};

use super::card::{self, CardDrag};
use super::{keys, theme};
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;
use crate::model::format::size as format_size;
use crate::model::{Balance, Design, Edit, Executive, ExecutiveId, Position, Responsibility};

/// Beyond this many cards, a box scrolls instead of growing.
const MAX_CARDS_UNSCROLLED: usize = 40;
/// Boxes this close to the visible area are drawn too.
const CULL_MARGIN: f32 = 8.0;

/// What the canvas remembers between frames: how tall each box was drawn,
/// and where every box is (in canvas points), worked out once per change so
/// that a frame only compares rectangles.
#[derive(Default)]
pub struct CanvasMemory {
    /// Measured heights, by executive (they survive reordering).
    heights: HashMap<ExecutiveId, f32>,
    /// The document revision `rects` belong to.
    revision: Option<u64>,
    /// Each executive's box, by position in the design's list.
    rects: Vec<Rect>,
    /// How far the boxes reach.
    extent: Vec2,
}

impl CanvasMemory {
    fn update(&mut self, document: &Document, derived: &Derived) {
        if self.revision == Some(document.revision()) {
            return;
        }
        let design = document.design();
        self.rects = design
            .executives
            .iter()
            .enumerate()
            .map(|(index, executive)| {
                let height =
                    self.heights.get(&executive.id).copied().unwrap_or_else(|| {
                        estimated_height(derived.index.cards(Some(index)).len())
                    });
                Rect::from_min_size(
                    egui::pos2(executive.position.x, executive.position.y),
                    Vec2::new(theme::BOX_WIDTH, height),
                )
            })
            .collect();
        self.extent = self
            .rects
            .iter()
            .fold(Vec2::ZERO, |extent, r| extent.max(r.max.to_vec2()));
        self.revision = Some(document.revision());
    }

    /// A box was drawn `height` tall.
    fn measured(&mut self, index: usize, id: &ExecutiveId, height: f32) {
        let Some(rect) = self.rects.get_mut(index) else {
            return;
        };
        if (rect.height() - height).abs() > 0.5 {
            rect.set_height(height);
            self.extent = self.extent.max(rect.max.to_vec2());
            self.heights.insert(id.clone(), height);
        }
    }
}

/// How tall a box with `cards` cards may be, before it is drawn: on the
/// generous side, so that a box that may be in view is drawn (and measured).
fn estimated_height(cards: usize) -> f32 {
    let row = theme::CARD_HEIGHT + 8.0;
    let header = 170.0;
    match cards {
        0 => header + 40.0,
        n if n <= MAX_CARDS_UNSCROLLED => header + n as f32 * row,
        _ => header + 24.0 + MAX_CARDS_UNSCROLLED as f32 * row,
    }
}

/// Draws the executive boxes in the central panel.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    memory: &mut CanvasMemory,
    actions: &mut Vec<Action>,
) {
    let design = document.design();
    if design.executives.is_empty() {
        ui.centered_and_justified(|ui| {
            let keys = Command::AddExecutive
                .shortcut()
                .map(|s| keys::describe(ui.ctx(), s))
                .unwrap_or_default();
            ui.label(format!(
                "No executives yet. Add one with Edit → Add executive ({keys})."
            ));
        });
        return;
    }
    memory.update(document, derived);
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().min;
            let visible = viewport.expand(CULL_MARGIN);
            let in_view: Vec<usize> = (0..memory.rects.len())
                .filter(|&i| visible.intersects(memory.rects[i]))
                .collect();
            for index in in_view {
                let executive = &design.executives[index];
                let cards = derived.index.cards(Some(index));
                let drawn = executive_box(
                    ui, origin, index, executive, design, cards, derived, selection, actions,
                );
                memory.measured(index, &executive.id, drawn.height());
            }
            // Let the scroll area know how far the boxes reach.
            ui.allocate_rect(
                Rect::from_min_size(origin, memory.extent + Vec2::splat(24.0)),
                Sense::hover(),
            );
        });
}

#[expect(clippy::too_many_arguments)]
fn executive_box(
    ui: &mut Ui,
    origin: Pos2,
    index: usize,
    executive: &Executive,
    design: &Design,
    cards: &[usize],
    derived: &Derived,
    selection: &Selection,
    actions: &mut Vec<Action>,
) -> Rect {
    let top_left = origin + Vec2::new(executive.position.x, executive.position.y);
    let max_rect = Rect::from_min_size(top_left, Vec2::new(theme::BOX_WIDTH, 20_000.0));
    let accent = theme::colour(executive.colour);
    let is_selected = *selection == Selection::Executive(executive.id.clone());
    let own = derived.balance.executive_at(index);
    let frame = Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .stroke(Stroke::new(1.5, accent))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(Margin::same(10));
    // A card carried from another box: show where it will land (at the
    // bottom) while the pointer is over this box.
    let carried = egui::DragAndDrop::payload::<CardDrag>(ui.ctx())
        .and_then(|payload| derived.index.responsibility(&payload.0))
        .map(|i| &design.responsibilities[i])
        .filter(|item| item.owner.as_ref() != Some(&executive.id));
    let last_rect = ui.ctx().data(|d| d.get_temp::<Rect>(box_id(&executive.id)));
    let landing = carried.filter(|_| {
        ui.ctx()
            .pointer_interact_pos()
            .zip(last_rect)
            .is_some_and(|(p, r)| r.contains(p))
    });

    let inner = ui.scope_builder(
        UiBuilder::new()
            .max_rect(max_rect)
            .id_salt(("executive-box", executive.id.as_str())),
        |ui| {
            ui.set_width(theme::BOX_WIDTH);
            let (zone, dropped) = ui.dnd_drop_zone::<CardDrag, _>(frame, |ui| {
                ui.set_width(theme::BOX_WIDTH - 20.0);
                box_header(
                    ui,
                    index,
                    executive,
                    own,
                    &derived.balance.organisation,
                    actions,
                );
                ui.add_space(4.0);
                let items = |range: std::ops::Range<usize>| {
                    cards[range].iter().map(|&i| &design.responsibilities[i])
                };
                if cards.len() <= MAX_CARDS_UNSCROLLED {
                    for item in items(0..cards.len()) {
                        placed_card(ui, item, ui.available_width(), design, selection, actions);
                    }
                } else {
                    // A very large portfolio scrolls inside its box, and only
                    // the cards in view are laid out.
                    ui.weak(format!("{} cards: scroll to see them all", cards.len()));
                    let row = theme::CARD_HEIGHT + ui.spacing().item_spacing.y;
                    egui::ScrollArea::vertical()
                        .id_salt(("box-cards", executive.id.as_str()))
                        .max_height(row * MAX_CARDS_UNSCROLLED as f32)
                        .auto_shrink([false, true])
                        .show_rows(
                            ui,
                            row - ui.spacing().item_spacing.y,
                            cards.len(),
                            |ui, rows| {
                                // Leave room for the scroll bar beside the cards.
                                let width =
                                    ui.available_width() - ui.spacing().scroll.bar_width - 4.0;
                                for item in items(rows) {
                                    placed_card(ui, item, width, design, selection, actions);
                                }
                            },
                        );
                }
                if let Some(item) = landing {
                    landing_slot(ui, item);
                } else if cards.is_empty() {
                    ui.add_space(8.0);
                    ui.vertical_centered(|ui| {
                        ui.weak("Drop responsibilities here");
                    });
                }
                ui.add_space(12.0);
            });
            ui.ctx()
                .data_mut(|d| d.insert_temp(box_id(&executive.id), zone.response.rect));
            if is_selected {
                // Painted outside the frame so selecting does not shift the
                // box's contents.
                ui.painter().rect_stroke(
                    zone.response.rect.expand(1.0),
                    CornerRadius::same(9),
                    Stroke::new(2.5, accent),
                    StrokeKind::Outside,
                );
            }
            if zone.response.dnd_hover_payload::<CardDrag>().is_some() {
                ui.painter().rect_stroke(
                    zone.response.rect.expand(2.0),
                    CornerRadius::same(10),
                    Stroke::new(3.0, ui.visuals().selection.stroke.color),
                    StrokeKind::Outside,
                );
            }
            if let Some(payload) = dropped {
                actions.push(Action::Edit(Edit::Move {
                    responsibility: payload.0.clone(),
                    to: Some(executive.id.clone()),
                }));
                actions.push(Action::Select(Selection::Responsibility(payload.0.clone())));
            }
            zone.response.rect
        },
    );
    inner.inner
}

fn box_id(id: &ExecutiveId) -> Id {
    Id::unique(("remit-box-rect", id.as_str()))
}

/// Where a carried card will land: an outlined slot at the bottom of the box.
fn landing_slot(ui: &mut Ui, item: &Responsibility) {
    let (rect, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), theme::CARD_HEIGHT),
        Sense::hover(),
    );
    let stroke = Stroke::new(1.5, ui.visuals().selection.stroke.color);
    ui.painter()
        .rect_stroke(rect, CornerRadius::same(5), stroke, StrokeKind::Inside);
    ui.painter().text(
        rect.left_center() + Vec2::new(10.0, 0.0),
        egui::Align2::LEFT_CENTER,
        format!("{} lands here", item.name),
        egui::FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
    );
}

/// A card with its selection, drag and context menu, `width` wide.
fn placed_card(
    ui: &mut Ui,
    item: &Responsibility,
    width: f32,
    design: &Design,
    selection: &Selection,
    actions: &mut Vec<Action>,
) {
    let selected = *selection == Selection::Responsibility(item.id.clone());
    let response = card::show(ui, item, width, selected);
    card_interactions(&response, item, design, selected, actions);
}

fn box_header(
    ui: &mut Ui,
    index: usize,
    executive: &Executive,
    own: Balance,
    organisation: &Balance,
    actions: &mut Vec<Action>,
) {
    let accent = theme::colour(executive.colour);
    let header = ui.scope(|ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(&executive.short_title)
                    .heading()
                    .strong()
                    .color(accent),
            );
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let slot = u8::try_from(index + 1).unwrap_or(u8::MAX);
                let shortcut = Command::MoveSelectedTo(slot)
                    .shortcut()
                    .filter(|_| slot <= 9)
                    .map(|s| keys::describe(ui.ctx(), s))
                    .unwrap_or_default();
                ui.weak(RichText::new(shortcut).small())
                    .on_hover_text("Press this with a card selected to move it here");
            });
        });
        ui.weak(&executive.full_title);
        match (own.internal_percent(), own.external_percent()) {
            (Some(i), Some(e)) => {
                ui.label(
                    RichText::new(format!(
                        "{} item{} · size {} · {}% of total",
                        own.count,
                        if own.count == 1 { "" } else { "s" },
                        format_size(own.size),
                        own.percent_of(organisation).unwrap_or(0),
                    ))
                    .small(),
                );
                ui.label(RichText::new(format!("internal {i}% · external {e}%")).small());
            }
            _ => {
                ui.label(RichText::new("No responsibilities yet").small());
            }
        }
        split_bar(ui, own.external_fraction(), 8.0);
    });
    // The header is the handle for moving the box and for selecting the
    // executive (to rename it in the inspector).
    let id = Id::unique(("executive-header", executive.id.as_str()));
    let handle = ui
        .interact(header.response.rect, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_hover_text("Drag to move the box; click to rename the executive");
    let label = format!("{} box", executive.short_title);
    handle.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    if handle.clicked() || handle.gained_focus() || handle.drag_started() {
        actions.push(Action::Select(Selection::Executive(executive.id.clone())));
    }
    // Where the box was when the drag started; the box follows the pointer
    // from there, in whole points.
    let start_id = id.with("drag-start");
    if handle.drag_started() {
        ui.ctx()
            .data_mut(|d| d.insert_temp(start_id, executive.position));
    }
    if handle.dragged()
        && let Some(total) = handle.total_drag_delta()
    {
        let start = ui
            .ctx()
            .data(|d| d.get_temp::<Position>(start_id))
            .unwrap_or(executive.position);
        let moved = crate::model::rules::position(Position {
            x: (start.x + total.x).max(0.0),
            y: (start.y + total.y).max(0.0),
        });
        if moved != executive.position {
            actions.push(Action::Edit(Edit::MoveExecutive(
                executive.id.clone(),
                moved,
            )));
        }
    }
    if handle.drag_stopped() {
        ui.ctx().data_mut(|d| d.remove_temp::<Position>(start_id));
        actions.push(Action::SealHistory);
    }
}

/// A bar split internal | external; grey when there is nothing to weigh.
pub fn split_bar(ui: &mut Ui, external: Option<f64>, height: f32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
    let painter = ui.painter();
    let radius = CornerRadius::same((height / 2.0) as u8);
    match external {
        Some(fraction) => {
            painter.rect_filled(rect, radius, theme::EXTERNAL);
            let split = rect.left() + rect.width() * (1.0 - fraction as f32);
            let internal = Rect::from_min_max(rect.min, egui::pos2(split, rect.max.y));
            painter.rect_filled(internal, radius, theme::INTERNAL);
        }
        None => {
            painter.rect_filled(rect, radius, ui.visuals().faint_bg_color);
        }
    }
}

fn card_interactions(
    response: &egui::Response,
    item: &Responsibility,
    design: &Design,
    selected: bool,
    actions: &mut Vec<Action>,
) {
    if (response.clicked() || response.gained_focus() || response.drag_started()) && !selected {
        actions.push(Action::Select(Selection::Responsibility(item.id.clone())));
    }
    response.context_menu(|ui| {
        ui.label(RichText::new(&item.name).strong());
        ui.menu_button("Move to…", |ui| {
            for (index, executive) in design.executives.iter().enumerate() {
                let here = item.owner.as_ref() == Some(&executive.id);
                let shortcut = u8::try_from(index + 1)
                    .ok()
                    .filter(|n| *n <= 9)
                    .and_then(|n| Command::MoveSelectedTo(n).shortcut())
                    .map(|s| keys::describe(ui.ctx(), s))
                    .unwrap_or_default();
                let button = egui::Button::new(format!(
                    "{} — {}",
                    executive.short_title, executive.full_title
                ))
                .shortcut_text(shortcut);
                if ui.add_enabled(!here, button).clicked() {
                    actions.push(move_to(item, Some(executive.id.clone())));
                    ui.close();
                }
            }
            let shortcut = Command::MoveSelectedTo(0)
                .shortcut()
                .map(|s| keys::describe(ui.ctx(), s))
                .unwrap_or_default();
            let button = egui::Button::new("Unassigned tray").shortcut_text(shortcut);
            if ui.add_enabled(item.owner.is_some(), button).clicked() {
                actions.push(move_to(item, None));
                ui.close();
            }
        });
        if ui.button("Delete").clicked() {
            actions.push(Action::Select(Selection::Responsibility(item.id.clone())));
            actions.push(Action::Command(Command::DeleteSelected));
            ui.close();
        }
    });
}

fn move_to(item: &Responsibility, to: Option<ExecutiveId>) -> Action {
    Action::Edit(Edit::Move {
        responsibility: item.id.clone(),
        to,
    })
}

/// The unassigned tray: a bottom panel that is always visible and accepts drops.
pub fn show_tray(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    selection: &Selection,
    actions: &mut Vec<Action>,
) {
    egui::Panel::bottom("unassigned_tray")
        .resizable(true)
        .default_size(120.0)
        .size_range(90.0..=400.0)
        .frame(Frame::side_top_panel(ui.style()).inner_margin(Margin::same(8)))
        .show(ui, |ui| {
            let frame = Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .stroke(Stroke::new(
                    1.0,
                    ui.visuals().widgets.noninteractive.bg_stroke.color,
                ))
                .corner_radius(CornerRadius::same(6))
                .inner_margin(Margin::same(8));
            let (zone, dropped) = ui.dnd_drop_zone::<CardDrag, _>(frame, |ui| {
                ui.set_width(ui.available_width());
                ui.set_min_height(ui.available_height() - 16.0);
                let count = derived.balance.unassigned.count;
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Unassigned").strong());
                    ui.weak(format!(
                        "{count} item{} · drop a card here, or press {} with it selected",
                        if count == 1 { "" } else { "s" },
                        Command::MoveSelectedTo(0)
                            .shortcut()
                            .map(|s| keys::describe(ui.ctx(), s))
                            .unwrap_or_default()
                    ));
                });
                let cards = derived.index.cards(None);
                let spacing = ui.spacing().item_spacing;
                let per_row = (((ui.available_width() + spacing.x)
                    / (theme::TRAY_CARD_WIDTH + spacing.x))
                    .floor() as usize)
                    .max(1);
                let rows = cards.len().div_ceil(per_row);
                // Only the rows in view are laid out, however many there are.
                egui::ScrollArea::vertical()
                    .id_salt("tray_scroll")
                    .auto_shrink([false, true])
                    .show_rows(ui, theme::CARD_HEIGHT, rows, |ui, range| {
                        for row in range {
                            let start = row * per_row;
                            let end = (start + per_row).min(cards.len());
                            ui.horizontal(|ui| {
                                for &i in &cards[start..end] {
                                    placed_card(
                                        ui,
                                        &design.responsibilities[i],
                                        theme::TRAY_CARD_WIDTH,
                                        design,
                                        selection,
                                        actions,
                                    );
                                }
                            });
                        }
                    });
            });
            if zone.response.dnd_hover_payload::<CardDrag>().is_some() {
                ui.painter().rect_stroke(
                    zone.response.rect,
                    CornerRadius::same(6),
                    Stroke::new(3.0, ui.visuals().selection.stroke.color),
                    StrokeKind::Inside,
                );
            }
            if let Some(payload) = dropped {
                actions.push(Action::Edit(Edit::Move {
                    responsibility: payload.0.clone(),
                    to: None,
                }));
            }
        });
}
