//! The unassigned tray: a bottom panel that is always visible, holds the
//! cards no executive owns, and accepts drops. Only the rows in view are
//! laid out, however many cards it holds.

use egui::{CornerRadius, Frame, Margin, RichText, Stroke, StrokeKind, Ui};

use super::super::card::{self, CardDrag};
use super::super::{keys, theme};
use super::CanvasMemory;
use crate::chart::geometry::CARD_ONE_LINE;
use crate::controller::{Action, Command, Derived, Selection};
use crate::model::Design;

/// The unassigned tray: a bottom panel that is always visible and accepts drops.
pub fn show(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    selection: &Selection,
    memory: &mut CanvasMemory,
    actions: &mut Vec<Action>,
) {
    show_as(
        ui,
        Tray::Designing,
        design,
        derived,
        selection,
        memory,
        actions,
    );
}

/// Where the tray is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tray {
    /// Below the chart while designing.
    Designing,
    /// Below the chart while presenting: a slim strip while it is empty,
    /// to leave the room's screen to the chart.
    Presenting,
}

/// The tray, shown as `tray` says.
#[allow(clippy::too_many_arguments, reason = "the window's parts, passed down")]
pub fn show_as(
    ui: &mut Ui,
    tray: Tray,
    design: &Design,
    derived: &Derived,
    selection: &Selection,
    memory: &mut CanvasMemory,
    actions: &mut Vec<Action>,
) {
    let empty = derived.balance.unassigned.count == 0;
    let (id, default, least) = match tray {
        Tray::Designing => ("unassigned_tray", 120.0, 90.0),
        Tray::Presenting if empty => ("presentation_tray_empty", 52.0, 52.0),
        Tray::Presenting => ("presentation_tray", 110.0, 90.0),
    };
    egui::Panel::bottom(id)
        .resizable(true)
        .default_size(default)
        .size_range(least..=400.0)
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
                ui.set_min_height((ui.available_height() - 16.0).max(0.0));
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
                // Only the rows in view are laid out, however many there
                // are; Tab still reaches every card.
                let area = egui::ScrollArea::vertical().auto_shrink([false, true]);
                let pitch = CARD_ONE_LINE + spacing.y;
                super::super::rows::show(ui, "tray_scroll", area, pitch, rows, |ui, row| {
                    let start = row * per_row;
                    let end = (start + per_row).min(cards.len());
                    ui.horizontal(|ui| {
                        for &i in &cards[start..end] {
                            card::show(
                                ui,
                                &design.responsibilities[i],
                                theme::TRAY_CARD_WIDTH,
                                (design, &derived.index),
                                selection,
                                actions,
                            );
                        }
                    });
                });
            });
            memory.set_tray(zone.response.rect);
            let over_tray = memory.drop_target() == Some(super::DropTarget::Tray);
            if over_tray && egui::DragAndDrop::has_payload_of_type::<CardDrag>(ui.ctx()) {
                ui.painter().rect_stroke(
                    zone.response.rect,
                    CornerRadius::same(6),
                    Stroke::new(3.0, ui.visuals().selection.stroke.color),
                    StrokeKind::Inside,
                );
            }
            if let Some(payload) = dropped.filter(|_| over_tray) {
                actions.push(Action::DropCard {
                    responsibility: payload.0.clone(),
                    to: None,
                    before: None,
                });
            }
        });
}
