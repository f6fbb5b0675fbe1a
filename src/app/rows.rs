//! Long lists that scroll, built a row at a time (the findings, the
//! decisions, the balance rows, the tray): only the rows in view are laid
//! out, however many there are, and one more on each side, so that Tab and
//! Shift+Tab reach the row just out of view; a row whose widget takes the
//! keyboard scrolls into view, so every row of the list can be reached from
//! the keyboard.

use egui::{Id, Rect, ScrollArea, Ui, UiBuilder};

/// Shows `rows` rows of `row_height` points in `area`, calling `add_row`
/// for each row built, with a `Ui` placed where that row goes (as wide as
/// the list, `row_height` tall) and the row's number. Widgets in a row get
/// the same ids whichever rows are built.
pub fn show(
    ui: &mut Ui,
    area: ScrollArea,
    row_height: f32,
    rows: usize,
    mut add_row: impl FnMut(&mut Ui, usize),
) {
    area.show_viewport(ui, |ui, viewport| {
        let width = ui.available_width();
        let height = row_height.max(1.0);
        ui.set_min_size(egui::vec2(width, height * rows as f32));
        // The row at `y` points down the list, within 0..=rows.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to 0..=rows first"
        )]
        let row_at = |y: f32| (y / height).clamp(0.0, rows as f32) as usize;
        let first = row_at(viewport.min.y.floor()).saturating_sub(1);
        let last = (row_at(viewport.max.y.ceil()) + 2).min(rows);
        let origin = ui.max_rect().min;
        // Each row's own ids, the same whichever rows are built.
        let scope = ui.make_persistent_id("rows");
        // The widget that had the keyboard when this list was last shown:
        // a row whose widget takes it now scrolls into view (once, so the
        // list can still be scrolled away from it).
        let memory = ui.make_persistent_id("rows_focus");
        let before = ui.data(|d| d.get_temp::<Option<Id>>(memory)).flatten();
        for row in first..last {
            let rect = Rect::from_min_size(
                origin + egui::vec2(0.0, height * row as f32),
                egui::vec2(width, height),
            );
            let mut row_ui = ui.new_child(
                UiBuilder::new()
                    .max_rect(rect)
                    .scope_id(scope.with(row))
                    .layout(egui::Layout::top_down(egui::Align::Min)),
            );
            add_row(&mut row_ui, row);
            // Tab moves the keyboard while the widgets are built: ask now.
            let focused = ui.memory(|m| m.focused());
            if let Some(id) = focused
                && before != Some(id)
                && ui
                    .ctx()
                    .read_response(id)
                    .is_some_and(|r| rect.contains(r.rect.center()))
            {
                ui.scroll_to_rect(rect, None);
            }
        }
        let focused = ui.memory(|m| m.focused());
        ui.data_mut(|d| d.insert_temp(memory, focused));
    });
}
