//! The why of each move: the reason field the inspector shows for a card
//! that has moved (the keyboard lands in it right after a card is dropped,
//! so the reason is typed straight after the drop), and the Decisions
//! window, opened from a toolbar button, that lists the design's decision
//! log newest first, each entry whole (its line, when, and its reason
//! wrapped to as many lines as they take), the reason editable in place.
//! The window stays beside the balance panel, never over it. Reads the log
//! from the design and sends [`Edit::SetReason`] actions; undoing a move
//! takes its entry away with it.

use egui::{Key, Rect, RichText, TextEdit, Ui};

use crate::controller::{Action, Derived, Selection};
use crate::model::rules::MAX_TEXT_CHARS;
use crate::model::{Decision, Design, Edit, Responsibility};

/// How tall an entry not yet laid out is taken to be: its line, when, and
/// a reason on one line.
const ROW_GUESS: f32 = 80.0;

/// What the decisions keep between frames.
#[derive(Default)]
pub struct DecisionsMemory {
    /// Whether the Decisions window is shown.
    shown: bool,
    /// A card was just dropped into another box: on the next pass, the
    /// reason field takes the keyboard.
    asked: bool,
    /// Put the keyboard in the reason field of the selected card this
    /// pass (the one after the drop).
    focus_reason: bool,
    /// The entries' heights (lines and reasons wrap).
    heights: super::rows::Heights,
}

impl DecisionsMemory {
    /// A card was just dropped into another box (the controller says so,
    /// as the drop's own effect): the reason field takes the keyboard on
    /// the next pass, so what is typed next is the reason. Moves from the
    /// keyboard, a menu or the inspector leave the keyboard where it was.
    pub fn ask_reason(&mut self) {
        self.asked = true;
    }

    /// At the start of a pass: only the pass after a drop puts the
    /// keyboard in the reason field.
    pub fn notice(&mut self) {
        self.focus_reason = std::mem::take(&mut self.asked);
    }
}

/// The toolbar button: how many moves the log holds; it shows or hides the
/// Decisions window.
pub fn button(ui: &mut Ui, design: &Design, memory: &mut DecisionsMemory) {
    let n = design.decisions.len();
    let text = match n {
        0 => "Decisions: none yet".to_owned(),
        1 => "Decisions: 1 move".to_owned(),
        n => format!("Decisions: {n} moves"),
    };
    let response = ui
        .add(egui::Button::selectable(memory.shown, text))
        .on_hover_text("Every move of a card, when it was made, and why");
    if response.clicked() {
        memory.shown = !memory.shown;
    }
}

/// When an entry was made, in the computer's time zone: "2026-11-23 19:45".
fn when(decision: &Decision) -> String {
    decision.when.local("%Y-%m-%d %H:%M")
}

/// The field that edits the reason of the entry at `index`, named for a
/// screen reader by the widget `label`.
fn reason_field(
    ui: &mut Ui,
    index: usize,
    decision: &Decision,
    label: egui::Id,
    focus: bool,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let mut text = decision.reason.clone();
    // Several lines as the reason needs them, so a long one is read whole;
    // Enter leaves the field, as in a one-line field.
    let response = ui.add(
        TextEdit::multiline(&mut text)
            .char_limit(MAX_TEXT_CHARS)
            .hint_text("Why? Type the reason, then Enter")
            .desired_rows(1)
            .return_key(None)
            .desired_width(f32::INFINITY),
    );
    let response = response.labelled_by(label);
    if response.has_focus() && ui.input(|i| i.key_pressed(Key::Enter) && i.modifiers.is_none()) {
        response.surrender_focus();
    }
    if focus {
        response.request_focus();
        response.scroll_to_me(None);
    }
    if response.changed() && text != decision.reason {
        actions.push(Action::Edit(Edit::SetReason(index, text)));
    }
    if response.lost_focus() {
        actions.push(Action::SealHistory);
    }
    response
}

/// In the inspector, for a card that has moved: where it moved and when,
/// and why (the newest entry about it). Nothing for a card that never
/// moved.
pub fn reason_prompt(
    ui: &mut Ui,
    design: &Design,
    item: &Responsibility,
    memory: &mut DecisionsMemory,
    actions: &mut Vec<Action>,
) {
    let Some(index) = design.last_decision_about(&item.id) else {
        return;
    };
    let decision = &design.decisions[index];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.weak(format!(
            "Moved from {} to {} · {}",
            design.owner_label(decision.from.as_ref()),
            design.owner_label(decision.to.as_ref()),
            when(decision)
        ));
        let label = ui.label(format!("Why did “{}” move?", decision.name));
        let focus = std::mem::take(&mut memory.focus_reason);
        reason_field(ui, index, decision, label.id, focus, actions);
    });
}

/// The Decisions window, when it is shown: within `room` (beside the
/// balance, never over it), the log newest first; a click on an entry's
/// card selects it (if it is still in the design).
pub fn window(
    ctx: &egui::Context,
    room: Rect,
    design: &Design,
    derived: &Derived,
    option: Option<&str>,
    memory: &mut DecisionsMemory,
    actions: &mut Vec<Action>,
) {
    if !memory.shown {
        return;
    }
    let mut shown = true;
    let placing = (room, 0.45, 420.0..=640.0, 40.0);
    super::findings_panel::show_beside_balance(ctx, "Decisions", &mut shown, placing, |ui| {
        super::findings_panel::option_line(ui, option);
        let n = design.decisions.len();
        if n == 0 {
            ui.weak("No card has moved yet. Each move is listed here, with why.");
            return;
        }
        let without = design
            .decisions
            .iter()
            .filter(|d| d.reason.trim().is_empty())
            .count();
        let moves = if n == 1 {
            "1 move".to_owned()
        } else {
            format!("{n} moves")
        };
        ui.label(RichText::new(match (n, without) {
            (1, 0) => format!("{moves}, with its reason"),
            (_, 0) => format!("{moves}, each with its reason"),
            (_, w) => format!("{moves}, {w} still without a reason"),
        }));
        // Every entry can be reached with Tab, however many there are;
        // the window's title bar and the line above take about 90 points.
        let area = egui::ScrollArea::vertical()
            .max_height((room.height() - 90.0).max(ROW_GUESS))
            .auto_shrink([false, true]);
        let mut heights = std::mem::take(&mut memory.heights);
        super::rows::show_measured(
            ui,
            "decision_rows",
            area,
            &mut heights,
            ROW_GUESS,
            n,
            |ui, row| {
                // Newest first.
                entry(ui, design, derived, n - 1 - row, actions);
            },
        );
        memory.heights = heights;
    });
    memory.shown &= shown;
}

/// One entry: its line (a link to the card while it exists), when, and
/// its reason field, each wrapped to the window's width.
fn entry(ui: &mut Ui, design: &Design, derived: &Derived, index: usize, actions: &mut Vec<Action>) {
    let decision = &design.decisions[index];
    let line = design.decision_line(decision);
    let shown = if derived
        .index
        .responsibility(&decision.responsibility)
        .is_some()
    {
        let link = ui.link(&line).on_hover_text("Select this card");
        if link.clicked() {
            let id = decision.responsibility.clone();
            actions.push(Action::Select(Selection::Responsibility(id)));
        }
        link
    } else {
        ui.label(line)
            .on_hover_text("This card is no longer in the design")
    };
    ui.label(
        RichText::new(format!("Moved {}", when(decision)))
            .small()
            .weak(),
    );
    ui.push_id(("reason", index), |ui| {
        reason_field(ui, index, decision, shown.id, false, actions);
    });
    ui.add_space(4.0);
}
