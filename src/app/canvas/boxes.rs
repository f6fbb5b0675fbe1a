//! The boxes of the chart: each executive's (header with titles,
//! orientation, manager, figures and balance bar; then its cards), and the
//! CEO box. A header is the handle that moves a box and selects it; the
//! round handle on top of a box draws its reporting line onto another box.

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::super::pen::Pen;
use super::super::{card, keys, theme};
use super::context::{Context, DETAIL_ZOOM, TINY_ZOOM};
use super::{landing, overview, reporting, to_egui};
use crate::chart::geometry::{BOX_PADDING, BoxGeometry, EMPTY_ROOM, HEADER_HEIGHT};
use crate::chart::look;
use crate::controller::{Action, Command, Selection};
use crate::model::format::box_figures;
use crate::model::reporting::manager_words;
use crate::model::{Design, Edit, ExecutiveId, Position, ResponsibilityId};

/// Height of the part of the header that is a handle.
const HANDLE_HEIGHT: f32 = 104.0;
/// Draws the box of the executive at `index`; returns whether one of its
/// widgets has the keyboard.
pub fn show(
    ui: &mut Ui,
    context: &Context<'_>,
    index: usize,
    geometry: &BoxGeometry,
    visible: Rect,
    actions: &mut Vec<Action>,
) -> bool {
    let design = context.design;
    let executive = &design.executives[index];
    let rect = to_egui(geometry.rect);
    let accent = theme::colour(executive.colour);
    // The box is a group of its own for screen readers: its header, then
    // its cards, under the executive's name.
    let mut group = ui.new_child(
        egui::UiBuilder::new()
            .scope_id(Id::unique(("executive-box", executive.id.as_str())))
            .max_rect(rect)
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(group_label(design, index, geometry.cards.len())),
    );
    let ui = &mut group;
    if context.zoom < TINY_ZOOM {
        // A few pixels wide: a tile in the executive's colour, nothing to
        // read or grab (zoom in for that). However many boxes are in view,
        // each costs one rectangle.
        ui.painter()
            .rect_filled(rect, CornerRadius::same(8), accent.gamma_multiply(0.7));
        return false;
    }
    let visuals = ui.visuals().clone();
    let pen = context.pen(ui, Some(index));
    let painter = pen.shapes.clone();
    painter.rect(
        rect,
        CornerRadius::same(8),
        visuals.extreme_bg_color,
        Stroke::new(1.5, accent),
        StrokeKind::Inside,
    );
    // The box itself takes the pointer where nothing of its own does, so a
    // box lying over another hides the cards beneath it from the pointer
    // (no tooltip or grab through it). A click on it selects the
    // executive; a drag on it pans the chart, as on empty space.
    let body = ui.interact(
        rect,
        Id::unique(("executive-body", executive.id.as_str())),
        Sense::click_and_drag(),
    );
    let selected = *context.selection == Selection::Executive(executive.id.clone());
    if body.clicked() && !selected {
        actions.push(Action::Select(Selection::Executive(executive.id.clone())));
    }
    if body.dragged() {
        context.pan.set(context.pan.get() + body.drag_delta());
    }
    header(ui, &pen, context, index, rect, actions);
    let mut focused = false;
    let range = geometry.cards_between(visible.top(), visible.bottom());
    if context.zoom >= DETAIL_ZOOM {
        // One more card on each side than can be seen, so that Tab can
        // reach it (and the view then follows the focus).
        let range = range.start.saturating_sub(1)..(range.end + 1).min(geometry.cards.len());
        for k in range {
            let item = &design.responsibilities[geometry.cards[k]];
            if context.carried.is_some_and(|c| c.id == item.id) {
                // Drawn on its own, in view or not (see `carried_card`).
                continue;
            }
            let card_rect = to_egui(geometry.card_rect(k));
            let response = card::show_at(
                ui,
                &pen,
                card_rect,
                item,
                (design, &context.derived.index),
                context.selection,
                actions,
            );
            if response.gained_focus() {
                context.reveal.set(Some(card_rect));
            }
            focused |= response.has_focus();
        }
    } else {
        // The title and figures first; the cards only below them.
        let band = overview::header(ui, &pen, context, index, rect);
        let below = Rect::from_min_max(Pos2::new(rect.left(), band.bottom()), rect.max);
        overview::cards(ui, &pen.with_clip_rect(below), context, geometry, range);
        // The bar under the pointer is the card's widget, as on the
        // detailed chart: a drag that starts on it carries the card (not
        // the chart), a click selects it. Only that one, and the one
        // pressed until the drag begins: however many cards are in view,
        // a frame costs a widget or two more.
        let index = &context.derived.index;
        let pressed_key = Id::unique("remit-overview-pressed");
        let down = ui.input(|i| i.pointer.any_down());
        let pressed = ui
            .ctx()
            .data(|d| d.get_temp::<ResponsibilityId>(pressed_key))
            .filter(|_| down)
            .and_then(|id| index.responsibility(&id))
            .and_then(|i| geometry.cards.binary_search(&i).ok());
        let under = context
            .pointer
            .filter(|p| below.contains(*p))
            .and_then(|p| geometry.card_at(p.x, p.y));
        for k in under
            .into_iter()
            .chain(pressed.filter(|p| Some(*p) != under))
        {
            let item = &design.responsibilities[geometry.cards[k]];
            if context.carried.is_some_and(|c| c.id == item.id) {
                continue;
            }
            let selected =
                matches!(context.selection, Selection::Responsibility(id) if *id == item.id);
            let card_rect = to_egui(geometry.card_rect(k));
            let response = card::widget(ui, card_rect, item, (design, index), selected);
            if response.is_pointer_button_down_on() {
                ui.ctx()
                    .data_mut(|d| d.insert_temp(pressed_key, item.id.clone()));
            }
            card::respond(ui, response, item, (design, index), selected, actions);
        }
    }
    // The frame's drop target, worked out once: only the topmost box under
    // the pointer lights up.
    let landing = context
        .carried
        .zip(context.drop)
        .filter(|(_, (at, _))| *at == index)
        .map(|(item, (_, before))| (item, before));
    let joining = landing.filter(|(item, _)| item.owner.as_ref() != Some(&executive.id));
    if let Some((item, before)) = landing {
        landing::mark(ui, &pen, context, geometry, item, before);
    }
    if landing.is_none() && geometry.cards.is_empty() {
        pen.text(
            Pos2::new(
                rect.center().x,
                rect.top() + HEADER_HEIGHT + EMPTY_ROOM / 2.0,
            ),
            Align2::CENTER_CENTER,
            "Drop responsibilities here",
            FontId::proportional(14.0),
            visuals.weak_text_color(),
        );
    }
    if *context.selection == Selection::Executive(executive.id.clone()) {
        painter.rect_stroke(
            rect.expand(1.0),
            CornerRadius::same(9),
            Stroke::new(2.5, accent),
            StrokeKind::Outside,
        );
    }
    if joining.is_some() {
        painter.rect_stroke(
            rect.expand(2.0),
            CornerRadius::same(10),
            Stroke::new(3.0, visuals.selection.stroke.color),
            StrokeKind::Outside,
        );
    }
    reporting::handle(ui, context, index, rect, actions);
    focused || ui.memory(|m| m.has_focus(header_id(&executive.id)))
}

/// What a screen reader says of a box as a group: the executive and how
/// many cards it holds.
fn group_label(design: &Design, index: usize, cards: usize) -> String {
    let executive = &design.executives[index];
    let cards = match cards {
        0 => "no cards".to_owned(),
        1 => "1 card".to_owned(),
        n => format!("{n} cards"),
    };
    let person = if executive.person.is_empty() {
        String::new()
    } else {
        format!(", {}", executive.person)
    };
    format!(
        "{} ({}){person}: {cards}",
        executive.full_title, executive.short_title
    )
}

fn header_id(id: &ExecutiveId) -> Id {
    Id::unique(("executive-header", id.as_str()))
}

fn header(
    ui: &mut Ui,
    pen: &Pen,
    context: &Context<'_>,
    index: usize,
    rect: Rect,
    actions: &mut Vec<Action>,
) {
    let design = context.design;
    let executive = &design.executives[index];
    let visuals = ui.visuals().clone();
    let painter = &pen.shapes;
    if context.zoom >= DETAIL_ZOOM {
        paint_header(ui, pen, context, index, rect);
    }

    // The header moves the box and selects the executive.
    let handle_rect = Rect::from_min_size(rect.min, Vec2::new(rect.width(), HANDLE_HEIGHT));
    let id = header_id(&executive.id);
    let handle = ui
        .interact(handle_rect, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_hover_text(
            "Drag to move the box; click to edit the executive; double-click (or Enter) to zoom to it",
        );
    let label = format!("{} box", executive.short_title);
    handle.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    theme::screen_bounds(ui, &handle);
    if handle.clicked() || handle.gained_focus() || handle.drag_started() {
        actions.push(Action::Select(Selection::Executive(executive.id.clone())));
    }
    if handle.gained_focus() {
        context.reveal.set(Some(handle_rect));
    }
    let enter = handle.has_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space));
    if handle.double_clicked() || enter {
        context.zoom_to.set(Some(rect));
    }
    if handle.has_focus() {
        painter.rect_stroke(
            handle_rect.shrink(2.0),
            CornerRadius::same(6),
            Stroke::new(1.5, visuals.selection.stroke.color),
            StrokeKind::Inside,
        );
    }
    drag_box(
        ui,
        &handle,
        id,
        executive.position,
        |p| Edit::MoveExecutive(executive.id.clone(), p),
        actions,
    );
}

/// The header's text and bar, at a zoom where they can be read.
fn paint_header(ui: &Ui, pen: &Pen, context: &Context<'_>, index: usize, rect: Rect) {
    let design = context.design;
    let executive = &design.executives[index];
    let own = context.derived.balance.executive_at(index);
    let organisation = &context.derived.balance.organisation;
    let accent = theme::colour(executive.colour);
    let visuals = ui.visuals().clone();
    let left = rect.left() + BOX_PADDING;
    let top = rect.top() + look::HEADER_TOP;
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    // The short title, and the person in the role beside it in smaller
    // type, on one line: what does not fit ends in "…".
    let mut title = egui::text::LayoutJob::simple_singleline(
        executive.short_title.clone(),
        FontId::proportional(look::TITLE_SIZE),
        accent,
    );
    if !executive.person.is_empty() {
        title.append(
            &executive.person,
            look::PERSON_GAP,
            egui::TextFormat {
                font_id: FontId::proportional(look::PERSON_SIZE),
                color: text,
                ..Default::default()
            },
        );
    }
    title.wrap.max_width = rect.width() - 2.0 * BOX_PADDING - look::TITLE_HINT_ROOM;
    title.wrap.max_rows = 1;
    title.wrap.overflow_character = Some('…');
    pen.galley(Pos2::new(left, top), pen.layout_job(title), accent);
    let slot = u8::try_from(index + 1).unwrap_or(u8::MAX);
    if let Some(shortcut) = Command::MoveSelectedTo(slot)
        .shortcut()
        .filter(|_| slot <= 9)
    {
        pen.text(
            Pos2::new(rect.right() - BOX_PADDING, rect.top() + look::HINT_TOP),
            Align2::RIGHT_TOP,
            keys::describe(ui.ctx(), shortcut),
            FontId::proportional(look::HINT_SIZE),
            weak,
        );
    }
    // The lines under the title are one piece of text (one shape to
    // transform and paint, however many boxes are in view).
    let manager = match manager_words(design, index) {
        Some(m) => format!("reports to {m}"),
        None => "reporting line not set".to_owned(),
    };
    let figures = match box_figures(&own, organisation, &design.size_unit) {
        Some((sizes, split)) => format!("{sizes}\n{split}"),
        None => "No responsibilities yet".to_owned(),
    };
    let format = |size: f32, colour: Color32| egui::TextFormat {
        font_id: FontId::proportional(size),
        color: colour,
        ..Default::default()
    };
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &executive.full_title,
        0.0,
        format(look::FULL_TITLE_SIZE, weak),
    );
    job.append(
        &format!("\n{} · {manager}\n{figures}", executive.orientation.label()),
        0.0,
        egui::TextFormat {
            line_height: Some(look::LINE_HEIGHT),
            ..format(look::LINE_SIZE, text)
        },
    );
    job.wrap.max_width = rect.width() - 2.0 * BOX_PADDING;
    job.wrap.max_rows = 4;
    job.wrap.overflow_character = Some('…');
    let lines = pen.layout_job(job);
    pen.galley(
        Pos2::new(left, rect.top() + look::FULL_TITLE_TOP),
        lines,
        text,
    );
    let bar = Rect::from_min_size(
        Pos2::new(
            left,
            rect.top() + HEADER_HEIGHT - look::BAR_ABOVE_HEADER_END,
        ),
        Vec2::new(rect.width() - 2.0 * BOX_PADDING, look::BAR_HEIGHT),
    );
    theme::split_bar(
        &pen.shapes,
        bar,
        own.external_fraction(),
        visuals.faint_bg_color,
    );
}

/// Moving a box by its handle: it follows the pointer from where it was
/// when the drag started, in whole points; one undo step per drag.
pub(super) fn drag_box(
    ui: &Ui,
    handle: &egui::Response,
    id: Id,
    position: Position,
    edit: impl Fn(Position) -> Edit,
    actions: &mut Vec<Action>,
) {
    let start_id = id.with("drag-start");
    if handle.drag_started() {
        ui.ctx().data_mut(|d| d.insert_temp(start_id, position));
    }
    if handle.dragged()
        && let Some(total) = handle.total_drag_delta()
    {
        let start = ui
            .ctx()
            .data(|d| d.get_temp::<Position>(start_id))
            .unwrap_or(position);
        let moved = crate::model::rules::position(Position {
            x: (start.x + total.x).max(0.0),
            y: (start.y + total.y).max(0.0),
        });
        if moved != position {
            actions.push(Action::Edit(edit(moved)));
        }
    }
    if handle.drag_stopped() {
        ui.ctx().data_mut(|d| d.remove_temp::<Position>(start_id));
        actions.push(Action::SealHistory);
    }
}

/// The card being carried keeps its widget however far the view moves
/// from where it was (or egui would end the drag).
pub fn carried_card(ui: &mut Ui, context: &Context<'_>, actions: &mut Vec<Action>) {
    let Some(item) = context.carried else {
        return;
    };
    let derived = context.derived;
    let Some(owner) = item.owner.as_ref().and_then(|o| derived.index.executive(o)) else {
        return;
    };
    let geometry = &derived.chart.boxes[owner];
    let Some(k) = derived
        .index
        .responsibility(&item.id)
        .and_then(|i| geometry.cards.iter().position(|&c| c == i))
    else {
        return;
    };
    let rect = to_egui(geometry.card_rect(k));
    let pen = context.pen(ui, Some(owner));
    card::show_at(
        ui,
        &pen,
        rect,
        item,
        (context.design, &context.derived.index),
        context.selection,
        actions,
    );
}
