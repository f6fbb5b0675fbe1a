//! The "New blank design" dialog: tick the executives the chart starts
//! with (the CIO and the CTO are ticked), then Create. The design has no
//! responsibilities: they are added from the catalog or imported from the
//! client's spreadsheet, which then matches its owners to these boxes.

use egui::{Context, Id, Key, Modifiers, RichText};

use super::modal::modal;
use crate::controller::Action;
use crate::templates::blank::ROLES;

/// Shows the dialog; `picked` is which roles are ticked (changed here).
pub fn show(ctx: &Context, fresh: bool, picked: &mut Vec<bool>, actions: &mut Vec<Action>) {
    picked.resize(ROLES.len(), false);
    // Enter creates, wherever the keyboard is but on Cancel (Space ticks
    // the executive it is on), taken before the ticks see it.
    let cancel_key = Id::unique("remit-new-blank-cancel");
    let on_cancel = ctx
        .data(|d| d.get_temp::<Id>(cancel_key))
        .is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
    if !on_cancel && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
        actions.push(Action::CreateBlank);
    }
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
            let cancel = ui.button("Cancel");
            ctx.data_mut(|d| d.insert_temp(cancel_key, cancel.id));
            if cancel.clicked() {
                actions.push(Action::CloseDialog);
            }
            ui.weak("Space ticks · Enter creates · Esc cancels");
        });
    });
    if closed {
        actions.push(Action::CloseDialog);
    }
}
