//! The "New blank design" dialog: tick the executives the chart starts
//! with (the CIO and the CTO are ticked), then Create. The design has no
//! responsibilities: they are added from the catalog or imported from the
//! client's spreadsheet, which then matches its owners to these boxes.

use egui::{Context, RichText};

use super::modal::modal;
use crate::controller::Action;
use crate::templates::blank::ROLES;

/// Shows the dialog; `picked` is which roles are ticked (changed here).
pub fn show(ctx: &Context, fresh: bool, picked: &mut Vec<bool>, actions: &mut Vec<Action>) {
    picked.resize(ROLES.len(), false);
    let closed = modal(ctx, "new-blank", |ui| {
        ui.heading("New blank design");
        ui.label(
            "A chart with no responsibilities yet, under a CEO box. Tick the executives \
             it starts with; you can add, rename or remove boxes later, then add \
             responsibilities from the catalog or import the client's spreadsheet.",
        );
        ui.add_space(6.0);
        for (i, (role, on)) in ROLES.iter().zip(picked.iter_mut()).enumerate() {
            let label = format!("{} — {}", role.short_title, role.full_title);
            let response = ui.checkbox(on, label);
            if fresh && i == 0 {
                response.request_focus();
            }
        }
        let count = picked.iter().filter(|p| **p).count();
        ui.add_space(6.0);
        ui.label(
            RichText::new(match count {
                0 => "No executives: the chart starts with the CEO box only.".to_owned(),
                1 => "1 executive, reporting to the CEO.".to_owned(),
                n => format!("{n} executives, each reporting to the CEO."),
            })
            .weak(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button("Create")
                .on_hover_text("Start the blank design (asks to save unsaved changes first)")
                .clicked()
            {
                actions.push(Action::CreateBlank);
            }
            if ui.button("Cancel").clicked() {
                actions.push(Action::CloseDialog);
            }
        });
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}
