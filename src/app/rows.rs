//! Long lists that scroll, built a row at a time (the findings, the
//! decisions, the balance rows, the tray): only the rows in view are laid
//! out, however many there are, and one more on each side, so that Tab and
//! Shift+Tab reach the row just out of view; a row whose widget takes the
//! keyboard scrolls into view, so every row of the list can be reached from
//! the keyboard. Rows are all one height ([`show`]), or each as tall as its
//! content ([`show_measured`]: text that wraps), measured when built.

use egui::{Id, Rect, ScrollArea, Ui, UiBuilder};

/// Tells assistive technology that `ui` (the inside of a scroll area,
/// once filled) is a view that scrolls, and where it shows on screen: what
/// lies beyond its edges is scrolled out of view, not cut off.
pub fn mark_scroll_view(ui: &Ui) {
    // A vertical scroll area clips only its top and bottom (where what it
    // holds ends, when that is shorter): its sides are those of its
    // content.
    let clip = ui.clip_rect();
    let content = ui.min_rect();
    let view = Rect::from_min_max(
        egui::pos2(ui.max_rect().left(), clip.top().max(content.top())),
        egui::pos2(ui.max_rect().right(), clip.bottom().min(content.bottom())),
    );
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(egui::accesskit::Role::ScrollView);
        node.set_bounds(egui::accesskit::Rect {
            x0: view.min.x.into(),
            y0: view.min.y.into(),
            x1: view.max.x.into(),
            y1: view.max.y.into(),
        });
    });
}

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
        mark_scroll_view(ui);
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

/// The heights of the rows of a list whose rows are as tall as their
/// content: measured each time a row is built, guessed for rows not built
/// yet. Kept between frames by the list's owner.
#[derive(Clone, Debug, Default)]
pub struct Heights {
    /// Each row's height, measured or guessed.
    rows: Vec<f32>,
    /// The list's width when they were measured (wrapped text is as tall
    /// as the width makes it).
    width: f32,
}

/// Shows `rows` rows in `area` (named `id_salt`), each as tall as what
/// `add_row` puts in it, like [`show`]: only the rows in view are built
/// (and one more on each side); each row built is measured, and a row not
/// yet built is taken to be `guess` tall. When a measured row turns out
/// taller or shorter than was thought, the pass is run again, so no row
/// overlaps the next on screen.
pub fn show_measured(
    ui: &mut Ui,
    id_salt: &str,
    area: ScrollArea,
    heights: &mut Heights,
    guess: f32,
    rows: usize,
    mut add_row: impl FnMut(&mut Ui, usize),
) {
    let scope = ui.make_persistent_id((id_salt, "rows"));
    area.id_salt(id_salt).show_viewport(ui, |ui, viewport| {
        let width = ui.available_width();
        if (heights.width - width).abs() > 0.5 {
            heights.rows.clear();
            heights.width = width;
        }
        heights.rows.resize(rows, guess.max(1.0));
        // Where each row starts, and the list's end.
        let mut tops = Vec::with_capacity(rows + 1);
        let mut y = 0.0;
        for height in &heights.rows {
            tops.push(y);
            y += height;
        }
        tops.push(y);
        ui.set_min_size(egui::vec2(width, y));
        mark_scroll_view(ui);
        // The row at `y` points down the list (the last one past its end).
        let row_at = |y: f32| {
            tops.partition_point(|&top| top <= y)
                .saturating_sub(1)
                .min(rows)
        };
        let first = row_at(viewport.min.y).saturating_sub(1);
        let last = (row_at(viewport.max.y) + 2).min(rows);
        let origin = ui.max_rect().min;
        let row_rect = |row: usize| {
            Rect::from_min_max(
                origin + egui::vec2(0.0, tops[row]),
                origin + egui::vec2(width, tops[row + 1]),
            )
        };
        let mut changed = false;
        for (row, &top) in tops.iter().enumerate().take(last).skip(first) {
            let mut row_ui = ui.new_child(
                UiBuilder::new()
                    .max_rect(Rect::from_min_size(
                        origin + egui::vec2(0.0, top),
                        egui::vec2(width, f32::INFINITY),
                    ))
                    .scope_id(scope.with(row))
                    .layout(egui::Layout::top_down(egui::Align::Min)),
            );
            add_row(&mut row_ui, row);
            let measured = row_ui.min_rect().height() + ui.spacing().item_spacing.y;
            if (measured - heights.rows[row]).abs() > 0.5 {
                heights.rows[row] = measured;
                changed = true;
            }
        }
        if changed {
            ui.ctx().request_discard("a row of a list was measured");
            ui.ctx().request_repaint();
        }
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

/// Room above and below the text of a [`text_row`].
pub const TEXT_ROW_PAD: f32 = 3.0;

/// One row of a list that is a button made of laid-out text (a finding, a
/// change): as wide as `width`, as tall as the text, heard as `label`,
/// drawn with a background while hovered, focused or `highlighted`.
pub fn text_row(
    ui: &mut Ui,
    width: f32,
    galley: std::sync::Arc<egui::Galley>,
    label: &str,
    highlighted: bool,
) -> egui::Response {
    let size = egui::vec2(width, galley.size().y + 2.0 * TEXT_ROW_PAD);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if ui.is_rect_visible(rect) {
        let look = ui.style().interact_selectable(&response, highlighted);
        if highlighted || response.hovered() || response.has_focus() {
            ui.painter().rect(
                rect,
                3.0,
                look.weak_bg_fill,
                look.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
        let at = egui::pos2(rect.left() + 4.0, rect.top() + TEXT_ROW_PAD);
        ui.painter().galley(at, galley, ui.visuals().text_color());
    }
    response
}
