//! The live balance panel: for each executive, the organisation and the tray,
//! how internal- or external-facing the portfolio is, its share of the total
//! size and its item count. Read-only.

use egui::{RichText, Ui};

use super::{canvas::split_bar, theme};
use crate::cli::format_size;
use crate::model::{Balance, Design, DesignBalance};

/// The one-line figures for a portfolio, e.g. "CIO: internal 86% · external 14%".
/// Tests and screen readers find the row by this text.
pub fn figures_label(title: &str, balance: &Balance) -> String {
    match (balance.internal_percent(), balance.external_percent()) {
        (Some(i), Some(e)) => format!("{title}: internal {i}% · external {e}%"),
        _ => format!("{title}: nothing assigned"),
    }
}

/// Draws the panel.
pub fn show(ui: &mut Ui, design: &Design, balance: &DesignBalance) {
    ui.heading("Balance");
    ui.horizontal(|ui| {
        legend(ui, theme::INTERNAL, "internal-facing");
        legend(ui, theme::EXTERNAL, "external-facing");
    });
    ui.add_space(4.0);
    let total = balance.organisation;
    for executive in &design.executives {
        let own = balance.executive(&executive.id);
        row(
            ui,
            &executive.short_title,
            Some(theme::colour(executive.colour)),
            &own,
            &total,
            &design.size_unit,
        );
    }
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
    ui.add_space(4.0);
    let mut heading = RichText::new(figures_label(title, own)).strong();
    if let Some(colour) = colour {
        heading = heading.color(colour);
    }
    ui.label(heading);
    split_bar(ui, own.external_fraction(), 14.0);
    ui.small(format!(
        "{} item{} · size {} {unit} · {}% of total",
        own.count,
        if own.count == 1 { "" } else { "s" },
        format_size(own.size),
        own.percent_of(total).unwrap_or(0),
    ));
}
