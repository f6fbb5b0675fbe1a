//! Long lists that scroll, built a row at a time (the findings, the
//! decisions, the balance rows, the tray): only the rows in view are laid
//! out, however many there are, and one more on each side, so that Tab and
//! Shift+Tab reach the row just out of view; a row whose widget takes the
//! keyboard scrolls into view, so every row of the list can be reached from
//! the keyboard.

use egui::{Id, Rect, ScrollArea, Ui, UiBuilder};

/// Shows `rows` rows of `row_height` points in `area`, which takes the
/// name `id_salt` (unique within `ui`), calling `add_row` for each row
/// built, with a `Ui` placed where that row goes (as wide as the list,
/// `row_height` tall) and the row's number. Widgets in a row get the same
/// ids whichever rows are built.
pub fn show(
    ui: &mut Ui,
    id_salt: &str,
    area: ScrollArea,
    row_height: f32,
    rows: usize,
    mut add_row: impl FnMut(&mut Ui, usize),
) {
    // Each row's own ids, and what the list remembers, under the list's
    // name: the same whichever rows are built, and apart from any other
    // list in `ui`.
    let scope = ui.make_persistent_id((id_salt, "rows"));
    area.id_salt(id_salt).show_viewport(ui, |ui, viewport| {
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
        let row_rect = |row: usize| {
            Rect::from_min_size(
                origin + egui::vec2(0.0, height * row as f32),
                egui::vec2(width, height),
            )
        };
        for row in first..last {
            let mut row_ui = ui.new_child(
                UiBuilder::new()
                    .max_rect(row_rect(row))
                    .scope_id(scope.with(row))
                    .layout(egui::Layout::top_down(egui::Align::Min)),
            );
            add_row(&mut row_ui, row);
        }
        // A row whose widget has just taken the keyboard (Tab moves it while
        // the widgets are built) scrolls into view, once, so the list can
        // still be scrolled away from it.
        let memory = scope.with("focus");
        let before = ui.data(|d| d.get_temp::<Option<Id>>(memory)).flatten();
        let focused = ui.memory(|m| m.focused());
        if let Some(id) = focused.filter(|&id| before != Some(id))
            && let Some(response) = ui.ctx().read_response(id)
            && response.layer_id == ui.layer_id()
        {
            let at = response.rect.center() - origin;
            let row = row_at(at.y);
            if (0.0..width).contains(&at.x) && at.y >= 0.0 && (first..last).contains(&row) {
                ui.scroll_to_rect(row_rect(row), None);
            }
        }
        ui.data_mut(|d| d.insert_temp(memory, focused));
    });
}
