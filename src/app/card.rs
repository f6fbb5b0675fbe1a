//! One responsibility card: facing marker, name (on as many lines as the
//! card's height gives it, broken as the chart's geometry counted them),
//! size, the roles other executives hold on it, and a folded corner when it
//! has notes. It can be clicked or focused (selects it), dragged (carries a
//! [`CardDrag`] payload to the executive boxes and the tray), and
//! right-clicked (Move to…, Delete).

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, LayerId, Order, Pos2, Rect, Response, RichText,
    Sense, Shape, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::pen::Pen;
use super::{keys, theme};
use crate::chart::geometry::{CARD_NAME_SIZE, CARD_ONE_LINE, lines_in};
use crate::chart::{estimated_measure, look};
use crate::controller::{Action, Command, Selection};
use crate::model::format::size as format_size;
use crate::model::{Design, Edit, ExecutiveId, Facing, Index, Responsibility, ResponsibilityId};

/// The drag-and-drop payload: which card is being carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDrag(pub ResponsibilityId);

/// The card being carried (dragged), on the chart or from the tray, if any.
pub fn carried<'a>(
    ctx: &egui::Context,
    design: &'a Design,
    index: &Index,
) -> Option<&'a Responsibility> {
    let payload = egui::DragAndDrop::payload::<CardDrag>(ctx)?;
    design
        .responsibilities
        .get(index.responsibility(&payload.0)?)
        .map(|r| &**r)
}

/// The id of a card's widget, stable across frames and owners.
pub fn card_id(id: &ResponsibilityId) -> Id {
    Id::unique(("remit-card", id.as_str()))
}

/// The text a screen reader (and a UI test) finds the card by: its name.
pub fn accessible_label(item: &Responsibility) -> String {
    item.name.clone()
}

/// What a screen reader says after a card's name (its description): which
/// way it faces, how big it is, who owns it and who else takes part, what
/// a sighted user reads from its marker, its size, its box and its chips.
pub fn accessible_description(item: &Responsibility, design: &Design, index: &Index) -> String {
    let facing = Facing::of_share(item.external_share);
    let owner = match &item.owner {
        Some(owner) => format!("owned by {}", title_of(design, index, owner)),
        None => "in the unassigned tray".to_owned(),
    };
    let mut text = format!(
        "{}-facing ({:.0}% external), size {} {}, {owner}",
        facing.word(),
        item.external_share * 100.0,
        format_size(item.size),
        design.size_unit,
    );
    for (executive, role) in &item.roles {
        text.push_str(&format!(
            "; {} {}",
            title_of(design, index, executive),
            role.word().to_lowercase()
        ));
    }
    if item.deliberate {
        text.push_str("; placed here on purpose");
    }
    if !item.notes.is_empty() {
        text.push_str("; has notes");
    }
    text
}

/// Shows a one-line card `width` wide where the layout puts it (the tray).
pub fn show(
    ui: &mut Ui,
    item: &Responsibility,
    width: f32,
    (design, index): (&Design, &Index),
    selection: &Selection,
    actions: &mut Vec<Action>,
) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, CARD_ONE_LINE), Sense::hover());
    let pen = Pen::plain(ui.painter().clone());
    show_at(ui, &pen, rect, item, (design, index), selection, actions);
}

/// Shows a card in `rect` (from the chart's geometry), drawn with `pen`,
/// with its selection, drag and context menu.
pub fn show_at(
    ui: &mut Ui,
    pen: &Pen,
    rect: Rect,
    item: &Responsibility,
    (design, index): (&Design, &Index),
    selection: &Selection,
    actions: &mut Vec<Action>,
) -> Response {
    let selected = matches!(selection, Selection::Responsibility(id) if *id == item.id);
    let response = widget(ui, rect, item, (design, index), selected);
    let carrying =
        response.dragged() && egui::DragAndDrop::has_payload_of_type::<CardDrag>(ui.ctx());
    if ui.is_rect_visible(rect) {
        if carrying {
            // Leave a faint outline where the card was.
            pen.shapes.rect_stroke(
                rect,
                CornerRadius::same(5),
                Stroke::new(1.0, ui.visuals().weak_text_color()),
                StrokeKind::Inside,
            );
        } else {
            let state = Look {
                selected,
                hovered: response.hovered(),
                focused: response.has_focus(),
            };
            paint(ui, pen, rect, item, (design, index), state);
        }
    }
    if carrying && let Some(pointer) = ui.ctx().pointer_interact_pos() {
        // The carried card follows the pointer above everything, readable
        // at any zoom.
        let ghost = Rect::from_center_size(pointer, rect.size());
        let layer = LayerId::new(Order::Tooltip, card_id(&item.id).with("ghost"));
        let pen = Pen::plain(ui.ctx().layer_painter(layer));
        let state = Look {
            selected: true,
            hovered: true,
            focused: false,
        };
        paint(ui, &pen, ghost, item, (design, index), state);
    }
    respond(ui, response, item, (design, index), selected, actions)
}

/// A card's widget over `rect`: one widget, one Tab stop, whatever draws
/// it; a drag carries a [`CardDrag`]; a screen reader hears its name and
/// what it is.
pub fn widget(
    ui: &mut Ui,
    rect: Rect,
    item: &Responsibility,
    (design, index): (&Design, &Index),
    selected: bool,
) -> Response {
    // Interact with an id derived from the responsibility, so the card keeps
    // its identity (focus, drag) when it moves between boxes, and is one
    // widget, one Tab stop.
    let response = ui.interact(rect, card_id(&item.id), Sense::click_and_drag());
    if response.drag_started() {
        response.dnd_set_drag_payload(CardDrag(item.id.clone()));
    }
    // Written only while a screen reader is running.
    // While comparing options, what the card's mark says follows its name
    // ("Information security, moved from CIO"). Looked up outside the
    // closure, which runs with the context locked.
    let mark = super::compare_window::mark_of(ui.ctx(), &item.id);
    response.widget_info(|| {
        let label = match &mark {
            Some(mark) => format!("{}, {}", accessible_label(item), mark.spoken),
            None => accessible_label(item),
        };
        WidgetInfo::selected(egui::Role::Button, true, selected, label)
    });
    // Built only while a screen reader is running (the node exists then).
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(accessible_description(item, design, index));
    });
    super::theme::screen_bounds(ui, &response);
    response
}

/// What a card does once drawn: a click or the focus selects it, a right
/// click opens its menu, hovering shows what it is.
pub fn respond(
    ui: &Ui,
    response: Response,
    item: &Responsibility,
    (design, index): (&Design, &Index),
    selected: bool,
    actions: &mut Vec<Action>,
) -> Response {
    interactions(&response, item, design, selected, actions);
    if !response.hovered() {
        return response;
    }
    // Nothing to say about a card hidden behind a dialog or a menu (the
    // chart's own layer sits inside the panel's, in the same order).
    let on_top = ui
        .ctx()
        .pointer_hover_pos()
        .and_then(|p| ui.ctx().layer_id_at(p))
        .is_none_or(|layer| layer.order == ui.layer_id().order);
    if !on_top {
        return response;
    }
    // Built only when the tooltip shows, not for every card every frame.
    response.on_hover_ui(|ui| tooltip(ui, item, (design, index)))
}

fn tooltip(ui: &mut Ui, item: &Responsibility, (design, index): (&Design, &Index)) {
    let facing = Facing::of_share(item.external_share);
    ui.label(RichText::new(&item.name).strong());
    ui.label(format!(
        "{}-facing ({:.0}% external), size {} {}",
        facing.word(),
        item.external_share * 100.0,
        format_size(item.size),
        design.size_unit,
    ));
    if !item.description.is_empty() {
        ui.label(&item.description);
    }
    for (executive, role) in &item.roles {
        ui.label(format!(
            "{}: {}",
            title_of(design, index, executive),
            role.word()
        ));
    }
    if !item.notes.is_empty() {
        ui.weak("Has notes (see the inspector)");
    }
    ui.weak("Drag it to another box, or right-click for Move to…");
}

fn title_of(design: &Design, index: &Index, id: &ExecutiveId) -> String {
    index
        .executive_in(design, id)
        .map_or_else(|| id.0.clone(), |e| e.short_title.clone())
}

#[derive(Clone, Copy)]
struct Look {
    selected: bool,
    hovered: bool,
    focused: bool,
}

fn paint(
    ui: &Ui,
    pen: &Pen,
    rect: Rect,
    item: &Responsibility,
    (design, index): (&Design, &Index),
    look: Look,
) {
    let visuals = ui.visuals();
    let fill = if look.hovered {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.widgets.inactive.weak_bg_fill
    };
    let stroke = if look.selected || look.focused {
        Stroke::new(2.0, visuals.selection.stroke.color)
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    pen.shapes.rect(
        rect,
        CornerRadius::same(5),
        fill,
        stroke,
        StrokeKind::Inside,
    );
    let rows = usize::from(lines_in(rect.height()));

    theme::paint_facing_marker(
        pen,
        Pos2::new(
            rect.left() + look::MARK_INSET,
            rect.top() + look::MARK_INSET,
        ),
        Facing::of_share(item.external_share),
    );

    let size = crate::model::format::size_in(item.size, &design.size_unit);
    let size_galley = pen.layout_no_wrap(
        size.clone(),
        FontId::proportional(look::SIZE_TEXT),
        visuals.weak_text_color(),
    );
    let size_pos = Pos2::new(
        rect.right() - look::SIZE_INSET - size_galley.size().x,
        rect.top() + look::SIZE_TOP,
    );
    let name_left = rect.left() + look::NAME_LEFT;
    // The name's room as the geometry measured it (the drawn figure is no
    // wider), so the name breaks into the lines the card was given.
    let name_width = look::name_width(rect.width(), estimated_measure(&size, look::SIZE_TEXT));
    // Role chips take the card's last line, under the name.
    let chips = !item.roles.is_empty() && rows > 1;
    let name_rows = rows - usize::from(chips);
    let lines = name_lines(&item.name, CARD_NAME_SIZE, name_width, name_rows);
    let mut job = egui::text::LayoutJob::default();
    let format = egui::TextFormat {
        font_id: FontId::proportional(CARD_NAME_SIZE),
        color: visuals.text_color(),
        line_height: Some(look::NAME_LINE_STEP),
        ..Default::default()
    };
    job.append(&lines.join("\n"), 0.0, format);
    let name_galley = pen.layout_job(job);
    pen.galley(
        Pos2::new(name_left, rect.top() + look::NAME_TOP),
        name_galley,
        visuals.text_color(),
    );
    pen.galley(size_pos, size_galley, visuals.weak_text_color());

    if chips {
        let mut x = name_left;
        let y = rect.bottom() - look::CHIP_ABOVE_BOTTOM;
        for (executive, role) in &item.roles {
            let found = index.executive_in(design, executive);
            let colour = found.map_or(visuals.weak_text_color(), |e| theme::colour(e.colour));
            let title = found.map_or(executive.as_str(), |e| e.short_title.as_str());
            let text = format!("{} {title}", role.letter());
            let galley = pen.layout_no_wrap(
                text,
                FontId::proportional(look::CHIP_TEXT),
                visuals.text_color(),
            );
            let chip = Rect::from_min_size(
                Pos2::new(x, y),
                Vec2::new(galley.size().x + 2.0 * look::CHIP_PAD, look::CHIP_HEIGHT),
            );
            if chip.right() > rect.right() - look::CHIP_END_INSET {
                pen.text(
                    Pos2::new(x, y),
                    Align2::LEFT_TOP,
                    "…",
                    FontId::proportional(look::CHIP_TEXT),
                    visuals.weak_text_color(),
                );
                break;
            }
            pen.shapes.rect(
                chip,
                CornerRadius::same(7),
                Color32::TRANSPARENT,
                Stroke::new(1.2, colour),
                StrokeKind::Inside,
            );
            pen.galley(
                Pos2::new(
                    chip.left() + look::CHIP_PAD,
                    chip.center().y - galley.size().y / 2.0,
                ),
                galley,
                visuals.text_color(),
            );
            x = chip.right() + look::CHIP_GAP;
        }
    }
    if let Some(mark) = super::compare_window::mark_of(ui.ctx(), &item.id) {
        paint_mark(ui, pen, rect, &mark.tag);
    }
    if !item.notes.is_empty() {
        // A folded corner: this card has notes.
        let corner = rect.right_top();
        let fold = look::FOLD;
        pen.shapes.add(Shape::convex_polygon(
            vec![
                corner,
                corner + Vec2::new(0.0, fold),
                corner + Vec2::new(-fold, 0.0),
            ],
            visuals.weak_text_color(),
            Stroke::NONE,
        ));
    }
}

/// A tag across the card's top edge, at its right, saying how it differs
/// from the option it is compared with ("from CIO", "new").
fn paint_mark(ui: &Ui, pen: &Pen, rect: Rect, tag: &str) {
    let visuals = ui.visuals();
    let galley = pen.layout_no_wrap(
        tag.to_owned(),
        FontId::proportional(look::CHIP_TEXT),
        visuals.strong_text_color(),
    );
    let size = Vec2::new(galley.size().x + 2.0 * look::CHIP_PAD, look::CHIP_HEIGHT);
    let tag_rect = Rect::from_min_size(
        Pos2::new(
            rect.right() - look::SIZE_INSET - size.x,
            rect.top() - size.y / 2.0,
        ),
        size,
    );
    pen.shapes.rect(
        tag_rect,
        CornerRadius::same(7),
        visuals.selection.bg_fill,
        Stroke::new(1.0, visuals.selection.stroke.color),
        StrokeKind::Inside,
    );
    pen.galley(
        Pos2::new(
            tag_rect.left() + look::CHIP_PAD,
            tag_rect.center().y - galley.size().y / 2.0,
        ),
        galley,
        visuals.strong_text_color(),
    );
}

/// A card's name on at most `most` lines of `width` points in type
/// `size`, broken where the chart's geometry broke it when it counted the
/// card's lines ([`crate::chart::wrap`]), so it takes just the rows the
/// card has; each line on a row of its own.
fn name_lines(name: &str, size: f32, width: f32, most: usize) -> Vec<String> {
    // One line to a row: line breaks and tabs in a name are spaces here.
    let name = name.replace(['\n', '\r', '\t'], " ");
    crate::chart::wrap::estimated_lines(&name, size, width, most)
}

/// Selection on click, focus or drag, and the context menu.
fn interactions(
    response: &Response,
    item: &Responsibility,
    design: &Design,
    selected: bool,
    actions: &mut Vec<Action>,
) {
    if (response.clicked() || response.gained_focus() || response.drag_started()) && !selected {
        actions.push(Action::Select(Selection::Responsibility(item.id.clone())));
    }
    // Most frames, for most cards, there is no menu to show (and most
    // frames no menu is open at all, which is cheaper to ask).
    let menu_open = || egui::Popup::is_any_open(&response.ctx) && response.context_menu_opened();
    if !response.secondary_clicked() && !menu_open() {
        return;
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
