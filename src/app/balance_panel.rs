//! The live balance panel: for each executive, the organisation and the tray,
//! how internal- or external-facing the portfolio is, its share of the total
//! size and its item count; in the designer, also how many of other
//! executives' items each one holds a role on. Read-only.

use egui::{RichText, Ui};

use super::theme;
use crate::model::format::size as format_size;
use crate::model::{Balance, Design, DesignBalance, DesignInvolvement};

/// The one-line figures for a portfolio, e.g. "CIO: internal 86% · external 14%".
/// Tests and screen readers find the row by this text.
pub fn figures_label(title: &str, balance: &Balance) -> String {
    match (balance.internal_percent(), balance.external_percent()) {
        (Some(i), Some(e)) => format!("{title}: internal {i}% · external {e}%"),
        _ => format!("{title}: nothing assigned"),
    }
}

/// Height of one executive's row: its figures, its bar and its sizes.
const ROW_HEIGHT: f32 = 62.0;
/// Height of a row that also says how involved the executive is in others'
/// items.
const INVOLVED_ROW_HEIGHT: f32 = 80.0;

/// Draws the panel with the balance figures only. However many executives
/// there are, only the rows in view are laid out.
pub fn show(ui: &mut Ui, design: &Design, balance: &DesignBalance) {
    draw(ui, design, balance, None);
}

/// Draws the panel, with a line per executive saying how many of other
/// executives' items it holds a role on (counted once per change, in
/// [`Derived`](crate::controller::Derived)).
pub fn show_with_involvement(
    ui: &mut Ui,
    design: &Design,
    balance: &DesignBalance,
    involvement: &DesignInvolvement,
) {
    draw(ui, design, balance, Some(involvement));
}

fn draw(
    ui: &mut Ui,
    design: &Design,
    balance: &DesignBalance,
    involvement: Option<&DesignInvolvement>,
) {
    // Figures to read, not text to select (which costs every frame).
    ui.scope(|ui| {
        ui.style_mut().interaction.selectable_labels = false;
        draw_figures(ui, design, balance, involvement);
    });
}

fn draw_figures(
    ui: &mut Ui,
    design: &Design,
    balance: &DesignBalance,
    involvement: Option<&DesignInvolvement>,
) {
    // Rows are measured at the normal text size; larger type (presenting)
    // makes them taller in proportion.
    let scale = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(1.0, |font| font.size / theme::BODY_SIZE);
    let row_height = scale
        * if involvement.is_some() {
            INVOLVED_ROW_HEIGHT
        } else {
            ROW_HEIGHT
        };
    ui.heading("Balance");
    ui.horizontal(|ui| {
        legend(ui, theme::INTERNAL, "internal-facing");
        legend(ui, theme::EXTERNAL, "external-facing");
    });
    ui.add_space(4.0);
    let total = balance.organisation;
    let max_height = (ui.available_height() * 0.45).max(row_height * 2.0);
    egui::ScrollArea::vertical()
        .id_salt("balance_rows")
        .max_height(max_height)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, design.executives.len(), |ui, rows| {
            for i in rows {
                let executive = &design.executives[i];
                let own = balance.executive_at(i);
                fixed_row(ui, row_height, |ui| {
                    row(
                        ui,
                        &executive.short_title,
                        Some(theme::colour(executive.colour)),
                        &own,
                        &total,
                        &design.size_unit,
                    );
                    if let Some(involvement) = involvement {
                        ui.small(involvement.executive_at(i).describe())
                            .on_hover_text(
                                "Items other executives own on which this one is \
                             Responsible (R), Consulted (C) or Informed (I)",
                            );
                    }
                });
            }
        });
    ui.separator();
    row(ui, "Organisation", None, &total, &total, &design.size_unit);
    ui.add_space(4.0);
    let unassigned = balance.unassigned;
    let text = format!(
        "Unassigned: {} item{}{}",
        unassigned.count,
        if unassigned.count == 1 { "" } else { "s" },
        if unassigned.count > 0 {
            format!(" (size {})", format_size(unassigned.size))
        } else {
            String::new()
        }
    );
    ui.label(RichText::new(text).strong());
}

/// A row exactly `height` high, so the list can skip rows out of view.
fn fixed_row(ui: &mut Ui, height: f32, add: impl FnOnce(&mut Ui)) {
    let size = egui::vec2(ui.available_width(), height);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut child);
}

fn legend(ui: &mut Ui, colour: egui::Color32, text: &str) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 3.0, colour);
    ui.small(text);
}

fn row(
    ui: &mut Ui,
    title: &str,
    colour: Option<egui::Color32>,
    own: &Balance,
    total: &Balance,
    unit: &str,
) {
    let mut heading = RichText::new(figures_label(title, own)).strong();
    if let Some(colour) = colour {
        heading = heading.color(colour);
    }
    ui.label(heading);
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 14.0), egui::Sense::hover());
    theme::split_bar(
        ui.painter(),
        rect,
        own.external_fraction(),
        ui.visuals().faint_bg_color,
    );
    ui.small(format!(
        "{} item{} · size {} {unit} · {}% of total",
        own.count,
        if own.count == 1 { "" } else { "s" },
        format_size(own.size),
        own.percent_of(total).unwrap_or(0),
    ));
}
