//! The responsibility matrix: a view that takes the chart's place in the
//! central panel (View → Matrix view, Ctrl+M). One row per responsibility
//! (name, facing, size), one column per executive plus the unassigned tray;
//! each cell says "A" for the owner (the one accountable), "R", "C" or "I"
//! for the role another executive holds, or nothing.
//!
//! Every cell is one widget, named for screen readers and tests
//! ("PMO, CTO: Consulted"). A click (or Enter) opens a small menu; while a
//! cell has the keyboard, the arrow keys (and Page Up / Page Down) move
//! between cells, A makes that column the owner, R/C/I give a role, and
//! Delete, Backspace or 0 take a role away. The owner's "A" is never
//! cleared: a card moves by choosing A for another executive, or the tray's
//! column. Changes leave as [`Edit::Move`](crate::model::Edit) and
//! `Edit::SetRole` actions; the sort, the row order and the focused cell
//! are this view's own state ([`MatrixMemory`]). What the cells mean is in
//! [`marks`], where they go in [`grid`] and how they look in [`look`].

mod grid;
mod look;
pub mod marks;

use egui::{Key, Modifiers, RichText, Ui};

use self::grid::{Grid, cell_id};
use self::marks::{Cell, Mark, SortBy, edit_for, row_order};
use crate::controller::{Action, Command, Derived, Selection};
use crate::document::Document;
use crate::model::{Design, Role};

/// The view's own state, kept between frames.
#[derive(Debug, Default)]
pub struct MatrixMemory {
    shown: bool,
    sort: SortBy,
    /// Responsibility positions in row order, for `built_for`.
    order: Vec<usize>,
    /// The row of each responsibility position.
    row_of: Vec<usize>,
    /// The design revision and sort the order was worked out for.
    built_for: Option<(u64, SortBy)>,
    /// The cell that has (or was just given) the keyboard.
    focus: Option<Cell>,
    /// A cell to bring into view.
    scroll_to: Option<Cell>,
    /// How many rows fitted last frame (for Page Up / Page Down).
    page_rows: usize,
    /// Why the last key or menu choice did nothing, until the next one.
    hint: Option<String>,
}

impl MatrixMemory {
    /// Whether the matrix is shown instead of the chart.
    pub fn is_shown(&self) -> bool {
        self.shown
    }

    /// Shows the matrix instead of the chart, or the chart again.
    pub fn toggle(&mut self) {
        self.shown = !self.shown;
        self.hint = None;
    }

    /// The cell that has the keyboard now, if the matrix is shown.
    pub fn focused_cell(&self, ctx: &egui::Context) -> Option<&Cell> {
        let cell = self.focus.as_ref().filter(|_| self.shown)?;
        ctx.memory(|m| m.has_focus(cell_id(cell))).then_some(cell)
    }

    /// Delete is also "delete the selected card", a shortcut read before
    /// the matrix is drawn. While a cell has the keyboard, Delete means "no
    /// role" for that cell instead, never "delete the card".
    pub fn claim_delete(
        &mut self,
        ctx: &egui::Context,
        design: &Design,
        actions: &mut Vec<Action>,
    ) {
        let Some(cell) = self.focused_cell(ctx).cloned() else {
            return;
        };
        let before = actions.len();
        actions.retain(|a| *a != Action::Command(Command::DeleteSelected));
        if actions.len() != before {
            self.mark(design, &cell, Mark::Clear, actions);
        }
    }

    /// Gives `cell` the `mark`, or says why not.
    fn mark(&mut self, design: &Design, cell: &Cell, mark: Mark, actions: &mut Vec<Action>) {
        let Some(item) = design.responsibility(&cell.item) else {
            return;
        };
        match edit_for(design, item, &cell.column, mark) {
            Ok(edit) => {
                self.hint = None;
                actions.extend(edit.map(Action::Edit));
                // A moved card may change rows; keep its cell in view.
                self.scroll_to = Some(cell.clone());
            }
            Err(why) => self.hint = Some(why),
        }
    }

    /// Works the row order out again if the design or the sort changed.
    fn update_rows(&mut self, ctx: &egui::Context, document: &Document, derived: &Derived) {
        let key = (document.revision(), self.sort);
        if self.built_for == Some(key) {
            return;
        }
        self.order = row_order(document.design(), &derived.index, self.sort);
        self.row_of = vec![0; self.order.len()];
        for (row, &i) in self.order.iter().enumerate() {
            if let Some(slot) = self.row_of.get_mut(i) {
                *slot = row;
            }
        }
        self.built_for = Some(key);
        // The cell with the keyboard may have moved: follow it.
        if self.scroll_to.is_none() {
            self.scroll_to = self.focused_cell(ctx).cloned();
        }
    }
}

/// Draws the matrix in the central panel.
pub fn show(
    ui: &mut Ui,
    document: &Document,
    derived: &Derived,
    selection: &Selection,
    memory: &mut MatrixMemory,
    actions: &mut Vec<Action>,
) {
    let design = document.design();
    toolbar(ui, memory);
    memory.update_rows(ui.ctx(), document, derived);
    if design.responsibilities.is_empty() {
        ui.weak("No responsibilities yet: Edit → Add responsibility… (Ctrl+R).");
        return;
    }
    let order = std::mem::take(&mut memory.order);
    let row_of = std::mem::take(&mut memory.row_of);
    let grid = Grid {
        design,
        index: &derived.index,
        order: &order,
        row_of: &row_of,
    };
    if let Some(cell) = memory.focused_cell(ui.ctx()).cloned() {
        keyboard(ui, &grid, memory, &cell, actions);
    }
    let scroll_to = memory.scroll_to.take();
    let drawn = grid::draw(ui, &grid, selection, scroll_to.as_ref());
    memory.page_rows = drawn.page_rows;
    if let Some(cell) = drawn.focused {
        memory.focus = Some(cell);
    }
    for (cell, mark) in drawn.chosen {
        memory.mark(design, &cell, mark, actions);
        memory.focus = Some(cell);
    }
    memory.order = order;
    memory.row_of = row_of;
    // The row with the keyboard is the selected card, so the inspector
    // shows it and Alt+1… move it.
    if let Some(cell) = memory.focused_cell(ui.ctx())
        && *selection != Selection::Responsibility(cell.item.clone())
    {
        actions.push(Action::Select(Selection::Responsibility(cell.item.clone())));
    }
}

/// The sort buttons, what the letters mean, and why the last choice did
/// nothing (if it did nothing).
fn toolbar(ui: &mut Ui, memory: &mut MatrixMemory) {
    ui.horizontal(|ui| {
        ui.label("Sort by:");
        for sort in SortBy::ALL {
            if ui
                .selectable_label(memory.sort == sort, sort.label())
                .clicked()
            {
                memory.sort = sort;
            }
        }
        ui.separator();
        ui.weak("A accountable (owner) · R responsible · C consulted · I informed");
    });
    match &memory.hint {
        Some(hint) => ui.label(RichText::new(hint).color(ui.visuals().warn_fg_color)),
        None => ui.weak(
            "Click a cell for its menu, or Tab to it and type A, R, C or I; \
             Delete clears a role; arrows move.",
        ),
    };
    ui.add_space(2.0);
}

/// What the keys pressed this frame do to the cell with the keyboard:
/// marks it, or moves the keyboard to another cell.
fn keyboard(
    ui: &Ui,
    grid: &Grid<'_>,
    memory: &mut MatrixMemory,
    cell: &Cell,
    actions: &mut Vec<Action>,
) {
    let page = memory.page_rows.max(1) as isize;
    let (marks, steps) = ui.input_mut(|i| {
        let mut count = |key| i.count_and_consume_key(Modifiers::NONE, key);
        let mut marks = Vec::new();
        let letters = [
            (Key::A, Mark::Owner),
            (Key::R, Mark::Role(Role::Responsible)),
            (Key::C, Mark::Role(Role::Consulted)),
            (Key::I, Mark::Role(Role::Informed)),
            (Key::Delete, Mark::Clear),
            (Key::Backspace, Mark::Clear),
            (Key::Num0, Mark::Clear),
        ];
        for (key, mark) in letters {
            marks.extend(std::iter::repeat_n(mark, count(key)));
        }
        let mut steps = Vec::new();
        let moves = [
            (Key::ArrowUp, -1, 0),
            (Key::ArrowDown, 1, 0),
            (Key::ArrowLeft, 0, -1),
            (Key::ArrowRight, 0, 1),
            (Key::PageUp, -page, 0),
            (Key::PageDown, page, 0),
        ];
        for (key, rows, columns) in moves {
            steps.extend(std::iter::repeat_n((rows, columns), count(key)));
        }
        (marks, steps)
    });
    for mark in marks {
        memory.mark(grid.design, cell, mark, actions);
    }
    if steps.is_empty() {
        return;
    }
    // The arrows are the matrix's: egui must not also move the focus.
    ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    let Some((mut row, mut column)) = grid.position(cell) else {
        return;
    };
    for (rows, columns) in steps {
        row = row
            .saturating_add_signed(rows)
            .min(grid.rows().saturating_sub(1));
        column = column
            .saturating_add_signed(columns)
            .min(grid.columns().saturating_sub(1));
    }
    if let Some(next) = grid.cell_at(row, column)
        && next != *cell
    {
        ui.memory_mut(|m| m.request_focus(cell_id(&next)));
        memory.hint = None;
        memory.scroll_to = Some(next.clone());
        memory.focus = Some(next);
    }
}
