//! The chart in columns, for presenting: each executive's box with its
//! cards as lines of large type, arranged to fill the screen (see
//! [`crate::chart::room`]), for when the design's own layout would make the
//! names too small to read from the back of the room. Cards are the same
//! widgets as on the chart: click to select, drag to another box (or the
//! tray) to move, drag within a box to reorder, Tab and Alt+number from
//! the keyboard. The design's positions are not touched.

use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2,
};

use super::canvas::{CanvasMemory, DropTarget, RoomZone};
use super::card::{self, CardDrag};
use super::pen::Pen;
use super::{keys, theme};
use crate::chart::room::{self, CARD_PAD, PADDING, Room, RoomBox, Sizes};
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;
use crate::model::{Design, Facing, Responsibility};

/// The arrangement, kept while the design and the room's size stay the
/// same.
#[derive(Default)]
pub struct RoomView {
    cached: Option<(Key, Room)>,
    /// The selection last frame, to bring a newly selected card into view.
    last_selection: Selection,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    revision: u64,
    width: u32,
    height: u32,
}

impl RoomView {
    /// The arrangement for `area`: worked out again only when the design
    /// or the area changes.
    fn room(
        &mut self,
        ui: &Ui,
        document: &Document,
        derived: &Derived,
        area: Vec2,
    ) -> Option<&Room> {
        let key = Key {
            revision: document.revision(),
            width: area.x.round() as u32,
            height: area.y.round() as u32,
        };
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let design = document.design();
            let boxes: Vec<Vec<usize>> = derived
                .chart
                .boxes
                .iter()
                .map(|b| b.cards.clone())
                .collect();
            let colour = ui.visuals().text_color();
            let lines = |card: usize, size: f32, width: f32| {
                let job = name_job(
                    &design.responsibilities[card],
                    size,
                    width,
                    colour,
                    u32::MAX,
                );
                let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
                u32::try_from(galley.rows.len()).unwrap_or(u32::MAX)
            };
            let arranged = room::arrange(&boxes, area.x, area.y, &lines);
            self.cached = Some((key, arranged));
        }
        self.cached.as_ref().map(|(_, room)| room)
    }
}

/// Whether the chart, fit to `area`, would write card names smaller than
/// the room can read: then presenting shows the columns.
pub fn chart_too_small(derived: &Derived, area: Vec2) -> bool {
    let bounds = derived.chart.bounds;
    if bounds.w <= 0.0 || bounds.h <= 0.0 {
        return false;
    }
    // The chart's fit keeps a margin of about 24 points on each side.
    let zoom = ((area.x - 48.0) / bounds.w).min((area.y - 48.0) / bounds.h);
    zoom * crate::chart::geometry::CARD_NAME_SIZE < room::MIN_NAME_SIZE
}

/// A card's name, wrapped at `width`, at most `rows` lines.
fn name_job(
    item: &Responsibility,
    size: f32,
    width: f32,
    colour: Color32,
    rows: u32,
) -> egui::text::LayoutJob {
    let sizes = Sizes::for_name(size);
    let mut job = egui::text::LayoutJob::single_section(
        item.name.clone(),
        egui::TextFormat {
            font_id: FontId::proportional(size),
            color: colour,
            line_height: Some(sizes.line),
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    job.wrap.max_rows = rows as usize;
    job.wrap.overflow_character = Some('…');
    job
}

/// Shows the columns in the space left, and takes drops onto them.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    view: &mut RoomView,
    memory: &mut CanvasMemory,
    actions: &mut Vec<Action>,
) {
    let design = document.design();
    // Room for the scroll bar, should the columns not fit.
    let area = ui.available_size() - Vec2::new(ui.spacing().scroll.bar_width + 4.0, 0.0);
    let newly_selected = view.last_selection != *selection;
    view.last_selection = selection.clone();
    let Some(room) = view.room(ui, document, derived, area) else {
        return;
    };
    let Some(sizes) = room.sizes else {
        ui.centered_and_justified(|ui| ui.label("No executives yet."));
        memory.set_room(Some(Vec::new()));
        return;
    };
    let carried = card::carried(ui.ctx(), design, &derived.index);
    let target = memory.drop_target().filter(|_| carried.is_some());
    let mut zones = Vec::with_capacity(room.boxes.len());
    egui::ScrollArea::vertical()
        .id_salt("presentation_columns")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (space, _) = ui.allocate_exact_size(
                Vec2::new(room.width.max(area.x), room.height),
                Sense::hover(),
            );
            let origin = space.min.to_vec2();
            let clip = ui.clip_rect();
            for (index, b) in room.boxes.iter().enumerate() {
                let rect = screen(b.rect, origin);
                let landing = match target {
                    Some(DropTarget::Executive { index: at, before }) if at == index => {
                        Some(before)
                    }
                    _ => None,
                };
                if ui.is_rect_visible(rect) {
                    paint_box(ui, design, derived, index, rect, &sizes, landing.is_some());
                }
                let mut middles = Vec::with_capacity(b.cards.len());
                for (k, &i) in b.cards.iter().enumerate() {
                    let card_rect = screen(b.card_rects[k], origin);
                    middles.push(card_rect.center().y);
                    let item = &design.responsibilities[i];
                    let selected =
                        matches!(selection, Selection::Responsibility(id) if *id == item.id);
                    if newly_selected && selected {
                        ui.scroll_to_rect(card_rect, None);
                    }
                    let response =
                        card::widget(ui, card_rect, item, (design, &derived.index), selected);
                    let carrying = response.dragged()
                        && egui::DragAndDrop::has_payload_of_type::<CardDrag>(ui.ctx());
                    if ui.is_rect_visible(card_rect) {
                        let look = if carrying {
                            Look::Left
                        } else if selected || response.has_focus() {
                            Look::Marked
                        } else if response.hovered() {
                            Look::Hovered
                        } else {
                            Look::Plain
                        };
                        paint_card(
                            ui,
                            &Pen::plain(ui.painter().clone()),
                            card_rect,
                            item,
                            b.lines[k],
                            &sizes,
                            look,
                        );
                    }
                    if carrying && let Some(pointer) = ui.ctx().pointer_interact_pos() {
                        let layer = egui::LayerId::new(
                            egui::Order::Tooltip,
                            card::card_id(&item.id).with("room-ghost"),
                        );
                        let ghost = Rect::from_center_size(pointer, card_rect.size());
                        let pen = Pen::plain(ui.ctx().layer_painter(layer));
                        paint_card(ui, &pen, ghost, item, b.lines[k], &sizes, Look::Marked);
                    }
                    if response.gained_focus() {
                        ui.scroll_to_rect(card_rect, None);
                    }
                    card::respond(
                        ui,
                        response,
                        item,
                        (design, &derived.index),
                        selected,
                        actions,
                    );
                }
                if let Some(before) = landing {
                    landing_mark(ui, b, origin, before, &sizes);
                }
                zones.push(RoomZone {
                    index,
                    rect: rect.intersect(clip),
                    cards: b.cards.clone(),
                    middles,
                });
            }
        });
    memory.set_room(Some(zones));
    // Let go over a box: the card goes there (or to its new place in its
    // own box).
    if let (Some(item), Some(DropTarget::Executive { index, before })) = (carried, target)
        && ui.input(|i| i.pointer.any_released())
    {
        egui::DragAndDrop::clear_payload(ui.ctx());
        actions.push(Action::DropCard {
            responsibility: item.id.clone(),
            to: Some(design.executives[index].id.clone()),
            before: Some(before),
        });
    }
}

fn screen(r: crate::chart::Rect, origin: Vec2) -> Rect {
    Rect::from_min_size(Pos2::new(r.x, r.y) + origin, Vec2::new(r.w, r.h))
}

/// A box: its frame, the short title and the person, the Alt+number that
/// moves the selected card here, and the balance in a bar and in words.
fn paint_box(
    ui: &Ui,
    design: &Design,
    derived: &Derived,
    index: usize,
    rect: Rect,
    sizes: &Sizes,
    landing: bool,
) {
    let executive = &design.executives[index];
    let visuals = ui.visuals();
    let accent = theme::colour(executive.colour);
    let painter = ui.painter();
    let pen = Pen::plain(painter.clone());
    let fill = visuals.extreme_bg_color.lerp_to_gamma(accent, 0.08);
    painter.rect_filled(rect, CornerRadius::same(8), fill);
    let stroke = if landing {
        Stroke::new(3.0, visuals.selection.stroke.color)
    } else {
        Stroke::new(2.0, accent)
    };
    painter.rect_stroke(rect, CornerRadius::same(8), stroke, StrokeKind::Inside);
    let left = rect.left() + PADDING;
    let mut hint_width = 0.0;
    let slot = u8::try_from(index + 1).unwrap_or(u8::MAX);
    if let Some(shortcut) = Command::MoveSelectedTo(slot)
        .shortcut()
        .filter(|_| slot <= 9)
    {
        let hint = pen.text(
            Pos2::new(rect.right() - PADDING, rect.top() + PADDING),
            Align2::RIGHT_TOP,
            keys::describe(ui.ctx(), shortcut),
            FontId::proportional(sizes.figures),
            visuals.weak_text_color(),
        );
        hint_width = hint.width() + PADDING;
    }
    let mut title = egui::text::LayoutJob::simple_singleline(
        executive.short_title.clone(),
        FontId::proportional(sizes.title),
        accent,
    );
    if !executive.person.is_empty() {
        title.append(
            &executive.person,
            sizes.name * 0.5,
            egui::TextFormat {
                font_id: FontId::proportional(sizes.name),
                color: visuals.text_color(),
                ..Default::default()
            },
        );
    }
    title.wrap.max_width = rect.width() - 2.0 * PADDING - hint_width;
    title.wrap.max_rows = 1;
    title.wrap.overflow_character = Some('…');
    let title = pen.layout_job(title);
    pen.galley(Pos2::new(left, rect.top() + PADDING), title, accent);
    // The balance as a bar under the title; the panel beside the columns
    // says it in figures.
    let own = derived.balance.executive_at(index);
    let bar = Rect::from_min_size(
        Pos2::new(left, rect.top() + sizes.header - PADDING - sizes.bar),
        Vec2::new(rect.width() - 2.0 * PADDING, sizes.bar),
    );
    theme::split_bar(
        painter,
        bar,
        own.external_fraction(),
        visuals.faint_bg_color,
    );
}

/// How a card is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    Hovered,
    /// Selected or focused.
    Marked,
    /// Carried away: an outline where it was.
    Left,
}

/// A card as a line of large type: its facing in letters on its colour,
/// then its name (wrapped, at most the lines the arrangement gave it).
fn paint_card(
    ui: &Ui,
    pen: &Pen,
    rect: Rect,
    item: &Responsibility,
    lines: u32,
    sizes: &Sizes,
    look: Look,
) {
    let visuals = ui.visuals();
    let painter = &pen.shapes;
    if look == Look::Left {
        painter.rect_stroke(
            rect,
            CornerRadius::same(4),
            Stroke::new(1.0, visuals.weak_text_color()),
            StrokeKind::Inside,
        );
        return;
    }
    let fill = match look {
        Look::Hovered => visuals.widgets.hovered.weak_bg_fill,
        _ => visuals.widgets.inactive.weak_bg_fill,
    };
    painter.rect_filled(rect, CornerRadius::same(4), fill);
    if look == Look::Marked {
        painter.rect_stroke(
            rect,
            CornerRadius::same(4),
            Stroke::new(2.0, visuals.selection.stroke.color),
            StrokeKind::Inside,
        );
    }
    let (colour, letters) = theme::facing_marker(Facing::of_share(item.external_share));
    let mark = Rect::from_min_size(
        rect.min + Vec2::splat(CARD_PAD) + Vec2::new(0.0, (sizes.line - sizes.mark * 1.3) / 2.0),
        Vec2::new(sizes.mark_width - CARD_PAD * 2.0, sizes.mark * 1.3),
    );
    painter.rect_filled(mark, CornerRadius::same(3), colour);
    pen.text(
        mark.center(),
        Align2::CENTER_CENTER,
        letters,
        FontId::proportional(sizes.mark),
        Color32::WHITE,
    );
    let left = rect.left() + CARD_PAD + sizes.mark_width;
    // The width its lines were counted at (the card is its box's width
    // less the box's padding): wrapped wider, a name counted at two lines
    // could fit on one and leave an empty line under it.
    let width = sizes.name_width(rect.width() + 2.0 * PADDING);
    let job = name_job(item, sizes.name, width, visuals.strong_text_color(), lines);
    pen.galley(
        Pos2::new(left, rect.top() + CARD_PAD),
        pen.layout_job(job),
        visuals.strong_text_color(),
    );
}

/// The bar that shows where a carried card would go among a box's cards.
fn landing_mark(ui: &Ui, b: &RoomBox, origin: Vec2, before: usize, sizes: &Sizes) {
    let y = match b.card_rects.get(before) {
        Some(card) => card.y - room::CARD_GAP / 2.0,
        None => b.card_rects.last().map_or(b.rect.y + sizes.header, |c| {
            c.bottom() + room::CARD_GAP / 2.0
        }),
    };
    let rect = Rect::from_min_size(
        Pos2::new(b.rect.x + PADDING, y - 1.5) + origin,
        Vec2::new(b.rect.w - 2.0 * PADDING, 3.0),
    );
    ui.painter().rect_filled(
        rect,
        CornerRadius::same(1),
        ui.visuals().selection.stroke.color,
    );
}
