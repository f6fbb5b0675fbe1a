//! The canvas: one box per executive, placed where the design says, each a
//! drop zone holding the cards it owns; and the unassigned tray along the
//! bottom. Reads the design; asks for moves, selection and box positions
//! through [`Action`]s.

use egui::{
    Align, CornerRadius, Frame, Id, Layout, Margin, Rect, RichText, Sense, Stroke, StrokeKind, Ui,
    UiBuilder, Vec2, WidgetInfo,
};

use super::card::{self, CardDrag};
use super::{Action, Command, Selection, command, theme};
use crate::cli::format_size;
use crate::model::{
    Balance, Design, DesignBalance, Edit, Executive, ExecutiveId, Position, Responsibility,
};

/// Draws the executive boxes in the central panel.
pub fn show(
    ui: &mut Ui,
    design: &Design,
    balance: &DesignBalance,
    selection: &Selection,
    actions: &mut Vec<Action>,
) {
    if design.executives.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label("No executives yet. Add one with Edit → Add executive (Ctrl+E).");
        });
        return;
    }
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let origin = ui.min_rect().min;
            let mut extent = origin;
            for (index, executive) in design.executives.iter().enumerate() {
                let rect = executive_box(
                    ui,
                    origin,
                    index,
                    executive,
                    design,
                    balance.executive(&executive.id),
                    balance,
                    selection,
                    actions,
                );
                extent = extent.max(rect.max);
            }
            // Let the scroll area know how far the boxes reach.
            ui.allocate_rect(
                Rect::from_min_max(origin, extent + Vec2::splat(24.0)),
                Sense::hover(),
            );
        });
}

#[expect(clippy::too_many_arguments)]
fn executive_box(
    ui: &mut Ui,
    origin: egui::Pos2,
    index: usize,
    executive: &Executive,
    design: &Design,
    own: Balance,
    balance: &DesignBalance,
    selection: &Selection,
    actions: &mut Vec<Action>,
) -> Rect {
    let top_left = origin + Vec2::new(executive.position.x, executive.position.y);
    let max_rect = Rect::from_min_size(top_left, Vec2::new(theme::BOX_WIDTH, 20_000.0));
    let accent = theme::colour(executive.colour);
    let is_selected = *selection == Selection::Executive(executive.id.clone());
    let frame = Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .stroke(Stroke::new(1.5, accent))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(Margin::same(10));

    let inner = ui.scope_builder(
        UiBuilder::new()
            .max_rect(max_rect)
            .id_salt(("executive-box", executive.id.as_str())),
        |ui| {
            ui.set_width(theme::BOX_WIDTH);
            let (zone, dropped) = ui.dnd_drop_zone::<CardDrag, _>(frame, |ui| {
                ui.set_width(theme::BOX_WIDTH - 20.0);
                box_header(ui, index, executive, own, balance, actions);
                ui.add_space(4.0);
                let items: Vec<&Responsibility> = design.owned_by(Some(&executive.id)).collect();
                if items.len() <= MAX_CARDS_UNSCROLLED {
                    for item in &items {
                        placed_card(ui, item, ui.available_width(), design, selection, actions);
                    }
                } else {
                    // A very large portfolio scrolls inside its box, and only
                    // the cards in view are laid out.
                    ui.weak(format!("{} cards: scroll to see them all", items.len()));
                    let row = theme::CARD_HEIGHT + ui.spacing().item_spacing.y;
                    egui::ScrollArea::vertical()
                        .id_salt(("box-cards", executive.id.as_str()))
                        .max_height(row * MAX_CARDS_UNSCROLLED as f32)
                        .auto_shrink([false, true])
                        .show_rows(
                            ui,
                            row - ui.spacing().item_spacing.y,
                            items.len(),
                            |ui, rows| {
                                // Leave room for the scroll bar beside the cards.
                                let width =
                                    ui.available_width() - ui.spacing().scroll.bar_width - 4.0;
                                for item in &items[rows] {
                                    placed_card(ui, item, width, design, selection, actions);
                                }
                            },
                        );
                }
                if items.is_empty() {
                    ui.add_space(8.0);
                    ui.vertical_centered(|ui| {
                        ui.weak("Drop responsibilities here");
                    });
                }
                ui.add_space(12.0);
            });
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

/// Beyond this many cards, a box scrolls instead of growing.
const MAX_CARDS_UNSCROLLED: usize = 40;

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
    balance: &DesignBalance,
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
                let shortcut = command::move_shortcut(index + 1)
                    .map(|s| ui.ctx().format_shortcut(&s))
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
                        own.percent_of(&balance.organisation).unwrap_or(0),
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
    if handle.dragged() {
        let delta = handle.drag_delta();
        if delta != Vec2::ZERO {
            actions.push(Action::Edit(Edit::MoveExecutive(
                executive.id.clone(),
                Position {
                    x: (executive.position.x + delta.x).max(0.0),
                    y: (executive.position.y + delta.y).max(0.0),
                },
            )));
        }
    }
    if handle.drag_stopped() {
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
    item: &crate::model::Responsibility,
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
                let shortcut = command::move_shortcut(index + 1)
                    .map(|s| ui.ctx().format_shortcut(&s))
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
            let shortcut = command::move_shortcut(0)
                .map(|s| ui.ctx().format_shortcut(&s))
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

fn move_to(item: &crate::model::Responsibility, to: Option<ExecutiveId>) -> Action {
    Action::Edit(Edit::Move {
        responsibility: item.id.clone(),
        to,
    })
}

/// The unassigned tray: a bottom panel that is always visible and accepts drops.
pub fn show_tray(
    ui: &mut Ui,
    design: &Design,
    balance: &DesignBalance,
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
                let count = balance.unassigned.count;
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Unassigned").strong());
                    ui.weak(format!(
                        "{count} item{} · drop a card here, or press {} with it selected",
                        if count == 1 { "" } else { "s" },
                        command::move_shortcut(0)
                            .map(|s| ui.ctx().format_shortcut(&s))
                            .unwrap_or_default()
                    ));
                });
                let items: Vec<&Responsibility> = design.owned_by(None).collect();
                let spacing = ui.spacing().item_spacing;
                let per_row = (((ui.available_width() + spacing.x)
                    / (theme::TRAY_CARD_WIDTH + spacing.x))
                    .floor() as usize)
                    .max(1);
                let rows = items.len().div_ceil(per_row);
                // Only the rows in view are laid out, however many there are.
                egui::ScrollArea::vertical()
                    .id_salt("tray_scroll")
                    .auto_shrink([false, true])
                    .show_rows(ui, theme::CARD_HEIGHT, rows, |ui, range| {
                        for row in range {
                            let start = row * per_row;
                            let end = (start + per_row).min(items.len());
                            ui.horizontal(|ui| {
                                for item in &items[start..end] {
                                    placed_card(
                                        ui,
                                        item,
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
