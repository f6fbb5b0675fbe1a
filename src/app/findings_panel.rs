//! The findings: a toolbar button that says how many there are of each
//! severity, and the window it opens beside the balance (never over it:
//! it stays in the room left of the balance panel), with what the design
//! says about its company on its first line, listing them highest
//! severity first, each whole, wrapped to as many lines as it takes (only
//! the rows in view are laid out, however many there are). Choosing one
//! selects what it is about and shows, below the list, why it matters and
//! its one-step fix. A window of its own, so that the inspector keeps its
//! room on a small screen. It reads the findings worked out once per
//! change ([`Derived`](crate::controller::Derived)) and sends [`Action`]s.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Rect, RichText, Ui};

use crate::controller::{Action, Derived, Selection};
use crate::model::{About, Design, Finding, Severity};

/// How tall a row not yet laid out is taken to be (two lines).
const ROW_GUESS: f32 = 42.0;
/// The list takes at most this share of the window's room before it
/// scrolls (the rest is for the open finding).
const LIST_SHARE: f32 = 0.5;
/// An open finding links to at most this many of the items it is about
/// (all that a finding lists).
const ABOUT_SHOWN: usize = crate::model::findings::ABOUT_LISTED;

/// What the panel keeps between frames: which finding is open.
#[derive(Default)]
pub struct FindingsMemory {
    /// The finding shown in full (its message, to find it again after the
    /// list is worked out afresh).
    open: Option<String>,
    /// Whether the findings window is shown.
    shown: bool,
    /// The rows' heights (each finding wraps to the lines it takes).
    heights: super::rows::Heights,
}

/// The toolbar button: the findings in a few words; it shows or hides the
/// findings window.
pub fn button(ui: &mut Ui, derived: &Derived, memory: &mut FindingsMemory) {
    let text = format!("Findings: {}", summary(&derived.findings));
    // Highest severity first: the first says whether there is a warning.
    let warnings = derived
        .findings
        .first()
        .is_some_and(|f| f.severity == Severity::HIGHEST);
    let mut label = RichText::new(text);
    if warnings {
        label = label.color(ui.visuals().warn_fg_color);
    }
    let response = ui
        .add(egui::Button::selectable(memory.shown, label))
        .on_hover_text("What looks wrong or worth a second thought in this design");
    if response.clicked() {
        memory.shown = !memory.shown;
    }
}

/// The colour a severity is drawn in (its word is always written too).
pub(super) fn colour(ui: &Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::Warning => ui.visuals().warn_fg_color,
        Severity::Judgement => Color32::from_rgb(86, 180, 233),
        Severity::Note => ui.visuals().weak_text_color(),
    }
}

/// How many findings of each severity there are, in words:
/// "2 warnings · 3 judgement calls · 1 note". The findings come highest
/// severity first, so each count is found by a search, not a walk: this is
/// drawn every frame, and a design of 10,000 executives has some 10,000
/// findings.
pub fn summary(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "nothing to point out".to_owned();
    }
    debug_assert!(findings.is_sorted_by(|a, b| a.severity >= b.severity));
    // How many are of `severity` or higher.
    let at_least = |severity: Severity| findings.partition_point(|f| f.severity >= severity);
    let mut parts = Vec::new();
    let mut higher = 0;
    for severity in [Severity::Warning, Severity::Judgement, Severity::Note] {
        let up_to = at_least(severity);
        let n = up_to - higher;
        higher = up_to;
        if n > 0 {
            let word = severity.word();
            parts.push(if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            });
        }
    }
    parts.join(" · ")
}

/// What to select for `about`.
fn selection(about: &About) -> Selection {
    match about {
        About::Executive(id) => Selection::Executive(id.clone()),
        About::Responsibility(id) => Selection::Responsibility(id.clone()),
    }
}

/// Shows the window `title` (while `open`), with `content`, within `room`
/// (the part of the screen left of the balance panel and below the menu
/// bar, so it never covers the balance): as wide as `share` of it within
/// `widths`, against its right edge and `down` points from its top, at
/// most as tall as the room. It can be moved, and made wider or narrower,
/// within `room`.
pub(super) fn show_beside_balance(
    ctx: &egui::Context,
    title: &str,
    open: &mut bool,
    placing: (Rect, f32, std::ops::RangeInclusive<f32>, f32),
    content: impl FnOnce(&mut Ui),
) {
    let (room, share, widths, down) = placing;
    let margin = 8.0;
    let height = (room.height() - 2.0 * margin).max(80.0);
    let width = (room.width() * share)
        .clamp(*widths.start(), *widths.end())
        .min(room.width() - 2.0 * margin)
        .max(120.0);
    let shown = egui::Window::new(title)
        .open(open)
        .default_width(width)
        .default_pos(egui::pos2(
            room.right() - width - 2.0 * margin,
            room.top() + down,
        ))
        .constrain_to(room)
        // As tall as what it holds, at most the room: its lists scroll
        // within that (a window egui lets the user make taller would give
        // its lists only the height it had).
        .resizable([true, false])
        .default_height(height)
        .max_height(height)
        .show(ctx, content);
    // egui sizes a window to what it held the frame before: draw again
    // until its size settles, so nothing stays cut on a still screen.
    if let Some(shown) = shown {
        let rect = shown.response.rect;
        let key = egui::Id::unique(("remit-window-size", title));
        if ctx.data(|d| d.get_temp::<Rect>(key)) != Some(rect) {
            ctx.data_mut(|d| d.insert_temp(key, rect));
            ctx.request_repaint();
        }
    }
}

/// Which option a window is about, when the design has several.
pub(super) fn option_line(ui: &mut Ui, option: Option<&str>) {
    if let Some(name) = option {
        ui.label(RichText::new(format!("In the option “{name}”")).strong());
    }
}

/// The findings window, when it is shown: within `room` (beside the
/// balance, never over it), movable.
pub fn window(
    ctx: &egui::Context,
    room: Rect,
    design: &Design,
    derived: &Derived,
    option: Option<&str>,
    memory: &mut FindingsMemory,
    actions: &mut Vec<Action>,
) {
    if !memory.shown {
        return;
    }
    let findings = derived.findings.as_slice();
    let mut shown = true;
    let placing = (room, 0.45, 380.0..=600.0, 8.0);
    show_beside_balance(ctx, "Findings", &mut shown, placing, |ui| {
        option_line(ui, option);
        // What the advice knows of the company, first: it weighs the rest.
        super::company::line(ui, &design.company, actions);
        ui.label(RichText::new(summary(findings)).strong());
        if findings.is_empty() {
            ui.weak("Nothing in this design looks wrong or contested.");
            return;
        }
        let open = memory
            .open
            .as_ref()
            .and_then(|m| findings.iter().find(|f| &f.message == m));
        // Half the room at most, so the window leaves the chart in view
        // (and room for an open finding below the list); the list scrolls.
        let line = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        let list_height = (room.height() * LIST_SHARE).max(3.0 * ROW_GUESS);
        list(ui, findings, list_height, memory, actions);
        if let Some(finding) = open {
            // The room left below the list, in the window that stays within
            // `room`: its title bar, frame and margins take about four and
            // a half lines, and the open finding's buttons as many lines as
            // they wrap to (a long fix, "Consult the CTO on “Identity &
            // access management (staff)”", takes two).
            let used = ui.cursor().top() - ui.max_rect().top();
            let buttons = button_lines(ui, finding);
            let details_height = (room.height() - used - (4.5 + buttons) * line).max(2.0 * line);
            details(
                ui,
                design,
                derived,
                finding,
                details_height,
                memory,
                actions,
            );
        }
    });
    memory.shown &= shown;
}

/// The rows, in a list that scrolls once taller than `height` (every row
/// can be reached with Tab).
fn list(
    ui: &mut Ui,
    findings: &[Finding],
    height: f32,
    memory: &mut FindingsMemory,
    actions: &mut Vec<Action>,
) {
    let area = egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true]);
    let mut heights = std::mem::take(&mut memory.heights);
    super::rows::show_measured(
        ui,
        "findings_rows",
        area,
        &mut heights,
        ROW_GUESS,
        findings.len(),
        |ui, i| {
            row(ui, &findings[i], memory, actions);
        },
    );
    memory.heights = heights;
}

/// One finding: its severity in words and colour, then its message, whole,
/// wrapped to the list's width. A button: choosing it selects what it is
/// about and opens it below.
fn row(ui: &mut Ui, finding: &Finding, memory: &mut FindingsMemory, actions: &mut Vec<Action>) {
    let width = ui.available_width();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = LayoutJob::default();
    job.append(
        &format!("{} ", finding.severity.word()),
        0.0,
        TextFormat::simple(font.clone(), colour(ui, finding.severity)),
    );
    job.append(
        &finding.message,
        0.0,
        TextFormat::simple(font, ui.visuals().text_color()),
    );
    job.wrap.max_width = (width - 8.0).max(40.0);
    let galley = ui.painter().layout_job(job);
    let label = format!("{}: {}", finding.severity.word(), finding.message);
    let open = memory.open.as_deref() == Some(finding.message.as_str());
    let response = super::rows::text_row(ui, width, galley, &label, open);
    if response.clicked() {
        memory.open = Some(finding.message.clone());
        if let Some(about) = finding.about.first() {
            actions.push(Action::Select(selection(about)));
        }
    }
    response.on_hover_text(&finding.why);
}

/// How many lines the open finding's buttons (its fix, if any, and Close)
/// take in the width of `ui`, inside the details' frame.
fn button_lines(ui: &Ui, finding: &Finding) -> f32 {
    let style = ui.style();
    let padding = 2.0 * style.spacing.button_padding.x;
    let font = egui::TextStyle::Button.resolve(style);
    let width_of = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
            + padding
    };
    let mut row = width_of("Close");
    if let Some(fix) = &finding.fix {
        row += width_of(&fix.label) + style.spacing.item_spacing.x;
    }
    // The frame's margins and stroke on both sides.
    let room = (ui.available_width() - 2.0 * (style.spacing.window_margin.leftf() + 2.0)).max(1.0);
    (row / room).ceil().clamp(1.0, 4.0)
}

/// The open finding: its message whole, why it matters, what it is about
/// (each one a link that selects it), scrolling when taller than
/// `height`; then its fix and Close, always in view.
fn details(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    finding: &Finding,
    height: f32,
    memory: &mut FindingsMemory,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        egui::ScrollArea::vertical()
            .id_salt("finding_details")
            .max_height(height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("{}: {}", finding.severity.word(), finding.message))
                        .color(colour(ui, finding.severity))
                        .strong(),
                );
                ui.label(&finding.why);
                if finding.about.len() > 1 {
                    about(ui, design, derived, finding, actions);
                }
                super::rows::mark_scroll_view(ui);
            });
        ui.horizontal_wrapped(|ui| {
            if let Some(fix) = &finding.fix
                && ui
                    .button(&fix.label)
                    .on_hover_text("One step: Ctrl+Z undoes it")
                    .clicked()
            {
                actions.push(Action::Edit(fix.edit.clone()));
                memory.open = None;
            }
            if ui.button("Close").clicked() {
                memory.open = None;
            }
        });
    });
}

/// What a finding is about: a link to each (at most [`ABOUT_SHOWN`]) that
/// selects it, and how many more there are.
fn about(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    finding: &Finding,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("About:");
        let index = &derived.index;
        for about in finding.about.iter().take(ABOUT_SHOWN) {
            let name = match about {
                About::Executive(id) => index
                    .executive_in(design, id)
                    .map_or(id.as_str(), |e| e.short_title.as_str()),
                About::Responsibility(id) => index
                    .responsibility(id)
                    .and_then(|i| design.responsibilities.get(i))
                    .map_or(id.as_str(), |r| r.name.as_str()),
            };
            if ui.link(name).clicked() {
                actions.push(Action::Select(selection(about)));
            }
        }
        let more = finding.about.len().saturating_sub(ABOUT_SHOWN) + finding.unlisted;
        if more > 0 {
            ui.weak(format!("and {more} more"));
        }
    });
}
