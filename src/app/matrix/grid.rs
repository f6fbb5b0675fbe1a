//! Where the matrix's cells go and what they do. The header row and
//! the name, facing and size columns stay put while the cells scroll under
//! them; only the rows and columns in view are laid out, so a frame costs
//! the same with 10,000 cards and 40 executives as with twenty and two.
//! Each cell is one widget with a small menu (A, R, C, I, no role).

use std::ops::Range;

use egui::{Id, Pos2, Rect, Sense, Ui, UiBuilder, Vec2, WidgetInfo, pos2, vec2};

use super::look::{NAME_WIDTH, header_cell, paint_cell, pinned_header, pinned_row};
use super::marks::{Cell, Column, Mark, Shown, cell_label};
use crate::controller::Selection;
use crate::model::{Design, Index, Responsibility, ResponsibilityId, Role};

/// Height of the header row.
const HEADER_HEIGHT: f32 = 30.0;
/// Height of one row.
const ROW_HEIGHT: f32 = 26.0;
/// Width of the facing column.
const FACING_WIDTH: f32 = 96.0;
/// Width of the size column.
const SIZE_WIDTH: f32 = 56.0;
/// Width of the columns that stay put while the cells scroll sideways.
const PINNED_WIDTH: f32 = NAME_WIDTH + FACING_WIDTH + SIZE_WIDTH;
/// Width of an executive's column.
const CELL_WIDTH: f32 = 64.0;
/// Width of the unassigned tray's column.
const TRAY_WIDTH: f32 = 96.0;

/// The id of a cell's widget, stable across frames, sorts and moves.
pub fn cell_id(cell: &Cell) -> Id {
    match &cell.column {
        Column::Executive(e) => Id::unique(("remit-matrix", cell.item.as_str(), e.as_str())),
        Column::Tray => Id::unique(("remit-matrix-tray", cell.item.as_str())),
    }
}

/// The table: the design's rows in the chosen order and its columns (the
/// executives, then the tray).
pub struct Grid<'a> {
    /// The design shown.
    pub design: &'a Design,
    /// Where ids are in the design.
    pub index: &'a Index,
    /// Responsibility positions in row order.
    pub order: &'a [usize],
    /// The row of each responsibility position.
    pub row_of: &'a [usize],
}

impl Grid<'_> {
    /// How many rows.
    pub fn rows(&self) -> usize {
        self.order.len()
    }

    /// How many columns of cells (the executives and the tray).
    pub fn columns(&self) -> usize {
        self.design.executives.len() + 1
    }

    /// The responsibility in `row`.
    pub fn item(&self, row: usize) -> Option<&Responsibility> {
        self.order
            .get(row)
            .and_then(|&i| self.design.responsibilities.get(i))
            .map(|r| &**r)
    }

    /// The column at `index` (the last one is the tray's).
    pub fn column(&self, index: usize) -> Column {
        self.design
            .executives
            .get(index)
            .map_or(Column::Tray, |e| Column::Executive(e.id.clone()))
    }

    /// Where `column` is.
    pub fn column_index(&self, column: &Column) -> Option<usize> {
        match column {
            Column::Executive(e) => self.index.executive(e),
            Column::Tray => Some(self.design.executives.len()),
        }
    }

    /// Which row `item` is in.
    pub fn row(&self, item: &ResponsibilityId) -> Option<usize> {
        self.index
            .responsibility(item)
            .and_then(|i| self.row_of.get(i).copied())
    }

    /// The cell at `row`, `column`.
    pub fn cell_at(&self, row: usize, column: usize) -> Option<Cell> {
        Some(Cell {
            item: self.item(row)?.id.clone(),
            column: self.column(column),
        })
    }

    /// Where `cell` is, as (row, column).
    pub fn position(&self, cell: &Cell) -> Option<(usize, usize)> {
        Some((self.row(&cell.item)?, self.column_index(&cell.column)?))
    }

    fn size(&self) -> Vec2 {
        vec2(
            PINNED_WIDTH + self.design.executives.len() as f32 * CELL_WIDTH + TRAY_WIDTH,
            HEADER_HEIGHT + self.rows() as f32 * ROW_HEIGHT,
        )
    }
}

/// The part of the table in view, in screen points: where the table's top
/// left corner is (scrolled) and what is visible.
struct View {
    origin: Pos2,
    clip: Rect,
    columns: usize,
}

impl View {
    fn pinned_left(&self) -> f32 {
        self.origin.x.max(self.clip.left())
    }

    fn header_top(&self) -> f32 {
        self.origin.y.max(self.clip.top())
    }

    /// The scrolling cells.
    fn body(&self) -> Rect {
        Rect::from_min_max(
            pos2(
                self.pinned_left() + PINNED_WIDTH,
                self.header_top() + HEADER_HEIGHT,
            ),
            self.clip.max,
        )
    }

    /// The name, facing and size columns under the header.
    fn pinned(&self) -> Rect {
        Rect::from_x_y_ranges(
            self.pinned_left()..=self.pinned_left() + PINNED_WIDTH,
            self.header_top() + HEADER_HEIGHT..=self.clip.bottom(),
        )
    }

    /// The executives' and the tray's headers.
    fn header(&self) -> Rect {
        Rect::from_x_y_ranges(
            self.pinned_left() + PINNED_WIDTH..=self.clip.right(),
            self.header_top()..=self.header_top() + HEADER_HEIGHT,
        )
    }

    /// Above the pinned columns.
    fn corner(&self) -> Rect {
        Rect::from_min_size(
            pos2(self.pinned_left(), self.header_top()),
            vec2(PINNED_WIDTH, HEADER_HEIGHT),
        )
    }

    fn row_top(&self, row: usize) -> f32 {
        self.origin.y + HEADER_HEIGHT + row as f32 * ROW_HEIGHT
    }

    /// The left edge and width of column `c`.
    fn column_span(&self, c: usize) -> (f32, f32) {
        let left = self.origin.x + PINNED_WIDTH + c as f32 * CELL_WIDTH;
        let width = if c + 1 == self.columns {
            TRAY_WIDTH
        } else {
            CELL_WIDTH
        };
        (left, width)
    }

    fn cell_rect(&self, row: usize, column: usize) -> Rect {
        let (left, width) = self.column_span(column);
        Rect::from_min_size(pos2(left, self.row_top(row)), vec2(width, ROW_HEIGHT))
    }

    /// The rows at least partly in view.
    fn rows(&self, total: usize) -> Range<usize> {
        let body = self.body();
        let top = body.top() - self.origin.y - HEADER_HEIGHT;
        let bottom = body.bottom() - self.origin.y - HEADER_HEIGHT;
        let first = (top / ROW_HEIGHT).floor().max(0.0) as usize;
        let last = (bottom / ROW_HEIGHT).ceil().max(0.0) as usize;
        first.min(total)..last.min(total)
    }

    /// The columns at least partly in view.
    fn columns(&self) -> Range<usize> {
        let body = self.body();
        let left = body.left() - self.origin.x - PINNED_WIDTH;
        let right = body.right() - self.origin.x - PINNED_WIDTH;
        // The tray's column is wider than the others: keep it while any
        // of it may show.
        let first = ((left / CELL_WIDTH).floor().max(0.0) as usize).min(self.columns - 1);
        let last = (right / CELL_WIDTH).ceil().max(0.0) as usize;
        first..last.min(self.columns)
    }

    /// A child of `ui` that draws and takes input only inside `rect`.
    fn area(&self, ui: &mut Ui, rect: Rect) -> Ui {
        let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
        child.set_clip_rect(rect.intersect(ui.clip_rect()));
        child
    }
}

/// What happened while the table was drawn.
#[derive(Default)]
pub struct Drawn {
    /// The cell that has the keyboard, if it was drawn.
    pub focused: Option<Cell>,
    /// Marks chosen from cells' menus.
    pub chosen: Vec<(Cell, Mark)>,
    /// How many rows fit in view.
    pub page_rows: usize,
}

/// Draws the table, scrolled so that `scroll_to` is in view if given.
pub fn draw(
    ui: &mut Ui,
    grid: &Grid<'_>,
    selection: &Selection,
    scroll_to: Option<&Cell>,
) -> Drawn {
    let mut drawn = Drawn::default();
    egui::ScrollArea::both()
        .id_salt("matrix")
        .auto_shrink([false, false])
        .animated(false)
        .show_viewport(ui, |ui, _viewport| {
            ui.set_min_size(grid.size());
            let view = View {
                origin: ui.max_rect().min,
                clip: ui.clip_rect(),
                columns: grid.columns(),
            };
            drawn.page_rows = ((view.body().height() / ROW_HEIGHT).floor() as usize).max(1);
            if let Some((row, column)) = scroll_to.and_then(|cell| grid.position(cell)) {
                // Clear of the pinned header row and name columns.
                let rect = view.cell_rect(row, column);
                let wanted =
                    Rect::from_min_max(rect.min - vec2(PINNED_WIDTH, HEADER_HEIGHT), rect.max);
                ui.scroll_to_rect(wanted, None);
            }
            let selected_row = match selection {
                Selection::Responsibility(id) => grid.row(id),
                _ => None,
            };
            let rows = view.rows(grid.rows());
            let mut body = view.area(ui, view.body());
            for row in rows.clone() {
                let Some(item) = grid.item(row) else {
                    continue;
                };
                if selected_row == Some(row) {
                    let band = Rect::from_x_y_ranges(
                        body.clip_rect().x_range(),
                        view.row_top(row)..=view.row_top(row) + ROW_HEIGHT,
                    );
                    let fill = body.visuals().selection.bg_fill.gamma_multiply(0.35);
                    body.painter().rect_filled(band, 0.0, fill);
                }
                for c in view.columns() {
                    let cell = Cell {
                        item: item.id.clone(),
                        column: grid.column(c),
                    };
                    let rect = view.cell_rect(row, c);
                    let (focused, chosen) = cell_widget(&mut body, rect, grid, item, &cell);
                    if let Some(mark) = chosen {
                        drawn.chosen.push((cell.clone(), mark));
                    }
                    if focused {
                        drawn.focused = Some(cell);
                    }
                }
            }
            let pinned = view.area(ui, view.pinned());
            for row in rows {
                if let Some(item) = grid.item(row) {
                    let rect = Rect::from_min_size(
                        pos2(view.pinned_left(), view.row_top(row)),
                        vec2(PINNED_WIDTH, ROW_HEIGHT),
                    );
                    pinned_row(&pinned, rect, item, selected_row == Some(row));
                }
            }
            let mut header = view.area(ui, view.header());
            for c in view.columns() {
                let (left, width) = view.column_span(c);
                let rect =
                    Rect::from_min_size(pos2(left, view.header_top()), vec2(width, HEADER_HEIGHT));
                header_cell(&mut header, rect, grid.design, grid.index, &grid.column(c));
            }
            let corner = view.area(ui, view.corner());
            pinned_header(&corner, view.corner());
        });
    drawn
}

/// One cell: its widget, look and menu. Returns whether it has the
/// keyboard, and the mark chosen from its menu.
fn cell_widget(
    ui: &mut Ui,
    rect: Rect,
    grid: &Grid<'_>,
    item: &Responsibility,
    cell: &Cell,
) -> (bool, Option<Mark>) {
    let design = grid.design;
    let response = ui.interact(rect, cell_id(cell), Sense::click());
    response.widget_info(|| {
        WidgetInfo::labeled(
            egui::Role::Button,
            true,
            cell_label(design, item, &cell.column),
        )
    });
    if response.clicked() {
        response.request_focus();
    }
    let shown = Shown::of(item, &cell.column);
    if ui.is_rect_visible(rect) {
        paint_cell(ui, rect, design, grid.index, &cell.column, shown, &response);
    }
    // Only a cell clicked now, or whose menu is open, has a menu to show.
    let menu_open = egui::Popup::is_id_open(ui.ctx(), egui::Popup::default_response_id(&response));
    let chosen = if response.clicked() || menu_open {
        egui::Popup::menu(&response)
            .show(|ui| cell_menu(ui, &cell.column, shown))
            .and_then(|r| r.inner)
    } else {
        None
    };
    if chosen.is_some() {
        response.request_focus();
    }
    (response.has_focus(), chosen)
}

/// A cell's menu; returns the mark chosen, if any.
fn cell_menu(ui: &mut Ui, column: &Column, shown: Shown) -> Option<Mark> {
    let mut chosen = None;
    match column {
        Column::Executive(_) => {
            let owns = shown == Shown::Owner;
            if ui
                .selectable_label(owns, "A — Accountable (owner)")
                .on_hover_text("Make this executive the owner: the card moves to its box")
                .clicked()
                && !owns
            {
                chosen = Some(Mark::Owner);
            }
            let because = "The owner is accountable and holds no other role: choose A for \
                           another executive, or the tray, first";
            for role in Role::ALL {
                let here = shown == Shown::Role(role);
                let text = format!("{} — {}", role.letter(), role.word());
                let response = ui
                    .add_enabled(!owns, egui::Button::selectable(here, text))
                    .on_disabled_hover_text(because);
                if response.clicked() && !here {
                    chosen = Some(Mark::Role(role));
                }
            }
            let has_role = matches!(shown, Shown::Role(_));
            if ui
                .add_enabled(has_role, egui::Button::new("No role"))
                .on_disabled_hover_text(if owns { because } else { "It has no role here" })
                .clicked()
            {
                chosen = Some(Mark::Clear);
            }
        }
        Column::Tray => {
            let here = shown == Shown::InTray;
            if ui
                .add_enabled(!here, egui::Button::new("Move to the unassigned tray"))
                .on_disabled_hover_text("It is in the tray; choose A for an executive to assign it")
                .clicked()
            {
                chosen = Some(Mark::Owner);
            }
        }
    }
    if chosen.is_some() {
        ui.close();
    }
    chosen
}
