//! The compare window (View → Compare options, F6): two options of the
//! design side by side. At the top, which two ("Compare" [option] "with"
//! [option], and Swap); then what the second does differently, one row per
//! change (its kind in words, the item, before and after, and for a move the
//! reason from the decision log), a list that scrolls; then each executive
//! and the organisation in both (external-facing share, clarity, cards,
//! with the differences); then the findings the second settles and those
//! it adds. Choosing a change (a click, or Enter on a row the keyboard is
//! on) shows the second option on the chart and selects its card or
//! executive; while the chart shows the second option, its cards that
//! differ carry a mark ("from CIO", "new"), drawn by [`super::card`].
//!
//! Like the findings and decisions windows it stays in the room left of
//! the balance panel, never over it. It reads the comparison the controller
//! worked out ([`Comparing`]) and sends [`Action::Compare`]; Escape closes
//! it while the keyboard is in it (or when nothing is selected).

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Key, Modifiers, Rect, RichText, Ui};

use crate::controller::comparing::{CardMark, CardMarks, CompareAction, Comparing};
use crate::controller::{Action, Selection};
use crate::document::Document;
use crate::model::ResponsibilityId;
use crate::model::compare::summary::signed;
use crate::model::compare::{Change, ChangeKind, Comparison, SideBySide};

/// The window's title (a test finds the window by it).
pub const TITLE: &str = "Compare options";

/// How tall a change not yet laid out is taken to be (two lines).
const ROW_GUESS: f32 = 44.0;
/// The change list takes at most this share of the room before it scrolls.
const LIST_SHARE: f32 = 0.34;

/// What the window keeps between frames.
#[derive(Default)]
pub struct CompareMemory {
    /// Whether the window was open last frame (the keyboard goes to its
    /// first picker when it opens).
    was_open: bool,
    /// Whether one of its widgets had the keyboard last frame.
    focus_inside: bool,
    /// The change rows' heights (reasons wrap).
    heights: super::rows::Heights,
}

/// Escape, pressed while the window is open and the keyboard is in it (or
/// nothing is selected, so Escape has nothing else to do), closes it. Run
/// before the shortcuts, which would take Escape to clear the selection.
pub fn escape(
    ctx: &egui::Context,
    comparing: &Comparing,
    selection: &Selection,
    memory: &CompareMemory,
    actions: &mut Vec<Action>,
) {
    if !comparing.is_open()
        || egui::Popup::is_any_open(ctx)
        || ctx.text_edit_focused()
        || !(memory.focus_inside || *selection == Selection::None)
    {
        return;
    }
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        actions.push(Action::Compare(CompareAction::Close));
    }
}

/// The key under which the chart finds this frame's card marks.
fn marks_key() -> egui::Id {
    egui::Id::unique("remit-compare-marks")
}

/// Tells the chart which cards to mark this frame (none when `None`).
pub fn publish_marks(ctx: &egui::Context, marks: Option<Arc<CardMarks>>) {
    ctx.data_mut(|d| match marks {
        Some(marks) => {
            d.insert_temp(marks_key(), marks);
        }
        None => d.remove::<Arc<CardMarks>>(marks_key()),
    });
}

/// The mark the chart draws on card `id` this frame, if any.
pub fn mark_of(ctx: &egui::Context, id: &ResponsibilityId) -> Option<CardMark> {
    let marks = ctx.data(|d| d.get_temp::<Arc<CardMarks>>(marks_key()))?;
    marks.get(id).cloned()
}

/// The window, while the compare view is open: within `room` (beside the
/// balance, never over it).
pub fn window(
    ctx: &egui::Context,
    room: Rect,
    document: &Document,
    comparing: &Comparing,
    memory: &mut CompareMemory,
    actions: &mut Vec<Action>,
) {
    let opening = comparing.is_open() && !memory.was_open;
    memory.was_open = comparing.is_open();
    let Some(comparison) = comparing.comparison().filter(|_| comparing.is_open()) else {
        memory.focus_inside = false;
        return;
    };
    let (first, second) = comparing.pair(document);
    let options = document.options();
    let names = (options.name(first), options.name(second));
    let mut shown = true;
    let mut focus = false;
    let placing = (room, 0.6, 460.0..=680.0, 8.0);
    super::findings_panel::show_beside_balance(ctx, TITLE, &mut shown, placing, |ui| {
        focus |= pickers(ui, document, (first, second), opening, actions);
        if first == second {
            ui.label("These are the same option: nothing differs.");
            return;
        }
        let changes = &comparison.changes;
        ui.label(RichText::new(count(changes.len())).strong());
        let list_height = (room.height() * LIST_SHARE).max(2.0 * ROW_GUESS);
        focus |= list(ui, changes, list_height, memory, actions);
        ui.separator();
        let line = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        let used = ui.cursor().top() - ui.max_rect().top();
        let rest = (room.height() - used - 3.0 * line).max(3.0 * line);
        egui::ScrollArea::vertical()
            .id_salt("compare_details")
            .max_height(rest)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                table(ui, comparison, names);
                findings(ui, comparison, names.1);
                super::rows::mark_scroll_view(ui);
            });
    });
    memory.focus_inside = focus;
    if !shown {
        actions.push(Action::Compare(CompareAction::Close));
    }
}

/// "12 changes", "1 change", "No changes".
fn count(n: usize) -> String {
    match n {
        0 => "No changes".to_owned(),
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    }
}

/// "Compare" [option] "with" [option], and Swap. Returns whether one of
/// them has the keyboard.
fn pickers(
    ui: &mut Ui,
    document: &Document,
    (first, second): (usize, usize),
    opening: bool,
    actions: &mut Vec<Action>,
) -> bool {
    let options = document.options();
    let mut focus = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Compare");
        let pick_first = |i| CompareAction::Pick { first: i, second };
        let a = picker(ui, "compare_first", document, first, pick_first, actions);
        let a = a.labelled_by(label.id);
        if opening {
            a.request_focus();
        }
        let label = ui.label("with");
        let pick_second = |i| CompareAction::Pick { first, second: i };
        let b = picker(ui, "compare_second", document, second, pick_second, actions);
        let b = b.labelled_by(label.id);
        let swap = ui.button("Swap").on_hover_text(format!(
            "Compare {} with {} instead",
            options.name(second),
            options.name(first)
        ));
        if swap.clicked() {
            actions.push(Action::Compare(CompareAction::Swap));
        }
        focus = a.has_focus() || b.has_focus() || swap.has_focus();
    });
    focus
}

/// One option picker, showing option `at`; choosing option `i` sends
/// `pick(i)`.
fn picker(
    ui: &mut Ui,
    id: &str,
    document: &Document,
    at: usize,
    pick: impl Fn(usize) -> CompareAction,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let options = document.options();
    egui::ComboBox::from_id_salt(id)
        .selected_text(options.name(at))
        .show_ui(ui, |ui| {
            for (i, option) in options.iter().enumerate() {
                if ui.selectable_label(i == at, &option.name).clicked() && i != at {
                    actions.push(Action::Compare(pick(i)));
                }
            }
        })
        .response
}

/// A change's kind in words.
fn kind_word(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::ExecutiveAdded => "New executive",
        ChangeKind::ExecutiveRemoved => "Executive removed",
        ChangeKind::ExecutiveRetitled => "Retitled",
        ChangeKind::PersonChanged => "Person",
        ChangeKind::OrientationChanged => "Orientation",
        ChangeKind::CardAdded => "Added",
        ChangeKind::CardRemoved => "Removed",
        ChangeKind::CardMoved => "Moved",
        ChangeKind::CardRenamed => "Renamed",
        ChangeKind::FacingChanged => "Facing",
        ChangeKind::SizeChanged => "Size",
        ChangeKind::KindChanged => "Kind of work",
        ChangeKind::RoleChanged => "Role",
        ChangeKind::ReportingLineChanged => "Reports to",
        ChangeKind::DottedLineAdded => "Dotted line added",
        ChangeKind::DottedLineRemoved => "Dotted line removed",
    }
}

/// Before and after, in words ("from the CIO to the CTO"); one side when
/// the other has nothing.
fn from_to(change: &Change) -> String {
    match (change.from.is_empty(), change.to.is_empty()) {
        (false, false) => format!("from {} to {}", change.from, change.to),
        (true, _) => change.to.clone(),
        (false, true) => change.from.clone(),
    }
}

/// What a screen reader (and a test) finds a change's row by: "Moved:
/// Information security, from the CIO to the CTO. Reason: …".
pub fn row_label(change: &Change) -> String {
    let mut label = format!(
        "{}: {}, {}.",
        kind_word(change.kind),
        change.item_label(),
        from_to(change)
    );
    if change.kind == ChangeKind::CardMoved {
        let reason = change.reason.trim();
        if reason.is_empty() {
            label.push_str(" No reason given.");
        } else {
            label.push_str(&format!(" Reason: {reason}"));
        }
    }
    label
}

/// The change rows, in a list that scrolls once taller than `height`.
/// Returns whether a row has the keyboard.
fn list(
    ui: &mut Ui,
    changes: &[Change],
    height: f32,
    memory: &mut CompareMemory,
    actions: &mut Vec<Action>,
) -> bool {
    let area = egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true]);
    let mut heights = std::mem::take(&mut memory.heights);
    let mut focus = false;
    super::rows::show_measured(
        ui,
        "compare_rows",
        area,
        &mut heights,
        ROW_GUESS,
        changes.len(),
        |ui, i| {
            focus |= row(ui, i, &changes[i], actions);
        },
    );
    memory.heights = heights;
    focus
}

/// One change: its kind in words, the item, before and after, and for a
/// move its reason ("no reason given" when the log has none), wrapped to
/// the list's width. A button: choosing it shows the second option with
/// the item selected. Returns whether it has the keyboard.
fn row(ui: &mut Ui, index: usize, change: &Change, actions: &mut Vec<Action>) -> bool {
    let width = ui.available_width();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let visuals = ui.visuals();
    let plain = TextFormat::simple(font.clone(), visuals.text_color());
    let mut job = LayoutJob::default();
    job.append(
        &format!("{}  ", kind_word(change.kind)),
        0.0,
        TextFormat::simple(font.clone(), visuals.strong_text_color()),
    );
    job.append(
        &format!("{}: {}", change.item_label(), from_to(change)),
        0.0,
        plain.clone(),
    );
    if change.kind == ChangeKind::CardMoved {
        let reason = change.reason.trim();
        if reason.is_empty() {
            let weak = TextFormat::simple(font, visuals.weak_text_color());
            job.append("\nno reason given", 0.0, weak);
        } else {
            job.append(&format!("\n“{reason}”"), 0.0, plain);
        }
    }
    job.wrap.max_width = (width - 8.0).max(40.0);
    let galley = ui.painter().layout_job(job);
    let label = row_label(change);
    let response = super::rows::text_row(ui, width, galley, &label, false);
    if response.clicked() {
        actions.push(Action::Compare(CompareAction::Choose(index)));
    }
    let focus = response.has_focus();
    response.on_hover_text("Show this on the chart of the second option");
    focus
}

/// A figure in both options and the difference: "40 to 55 (+15)"; "—" for
/// a side that has none.
fn both(before: Option<u32>, after: Option<u32>, delta: Option<i64>) -> String {
    let side = |v: Option<u32>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
    format!("{} to {} ({})", side(before), side(after), signed(delta))
}

/// The cards in both options and the difference.
fn cards(row: &SideBySide) -> String {
    let side = |v: Option<usize>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
    let delta = row
        .cards_before
        .zip(row.cards_after)
        .and_then(|(b, a)| Some(i64::try_from(a).ok()? - i64::try_from(b).ok()?));
    format!(
        "{} to {} ({})",
        side(row.cards_before),
        side(row.cards_after),
        signed(delta)
    )
}

/// Each executive and the organisation in both options.
fn table(ui: &mut Ui, comparison: &Comparison, (a, b): (&str, &str)) {
    ui.label(RichText::new("Balance and clarity").strong());
    ui.weak(format!(
        "Each cell: the figure in {a} to the figure in {b} (the difference)."
    ));
    egui::Grid::new("compare_table")
        .striped(true)
        .num_columns(4)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for header in ["", "External-facing, % of size", "Clarity, 0–100", "Cards"] {
                ui.label(RichText::new(header).strong());
            }
            ui.end_row();
            for row in &comparison.rows {
                let label = RichText::new(&row.label);
                ui.label(if row.executive.is_none() {
                    label.strong()
                } else {
                    label
                });
                ui.label(both(
                    row.external_before,
                    row.external_after,
                    row.external_delta(),
                ));
                ui.label(both(
                    row.clarity_before,
                    row.clarity_after,
                    row.clarity_delta(),
                ));
                ui.label(cards(row));
                ui.end_row();
            }
        });
}

/// The findings the second option (`b`) settles, and those it adds.
fn findings(ui: &mut Ui, comparison: &Comparison, b: &str) {
    for (heading, list) in [
        (format!("Settled by {b}"), &comparison.settled),
        (format!("New in {b}"), &comparison.added),
    ] {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("{heading} ({})", list.len())).strong());
        if list.is_empty() {
            ui.weak("None.");
        }
        for finding in list {
            ui.label(format!("{}: {}", finding.severity.word(), finding.message));
        }
    }
}
