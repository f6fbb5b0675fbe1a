//! The findings: a toolbar button that says how many there are of each
//! severity, and the window it opens beside the balance, listing them one
//! line each, highest severity first (only the lines in view are laid out,
//! however many there are). Choosing one selects what it is about and
//! shows, below the list, why it matters and its one-step fix. A window of
//! its own, so that the inspector keeps its room on a small screen. It
//! reads the findings worked out once per change
//! ([`Derived`](crate::controller::Derived)) and sends [`Action`]s.

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, RichText, Ui, WidgetInfo};

use crate::controller::{Action, Derived, Selection};
use crate::model::{About, Design, Finding, Severity};

/// Height of one line of the list.
const ROW_HEIGHT: f32 = 22.0;
/// The list shows at most this many lines before it scrolls.
const MAX_ROWS_SHOWN: usize = 8;
/// An open finding links to at most this many of the items it is about
/// (all that a finding lists).
const ABOUT_SHOWN: usize = crate::model::findings::ABOUT_LISTED;

/// What the panel keeps between frames: which finding is open.
#[derive(Default)]
pub struct FindingsMemory {
    /// The finding shown in full (its message, to find it again after the
    /// list is worked out afresh).
    open: Option<String>,
    /// Scroll the open finding into view on the next frame (it was just
    /// chosen).
    reveal: bool,
    /// Whether the findings window is shown.
    shown: bool,
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

/// The findings window, when it is shown: beside the balance, movable.
pub fn window(
    ctx: &egui::Context,
    design: &Design,
    derived: &Derived,
    memory: &mut FindingsMemory,
    actions: &mut Vec<Action>,
) {
    if !memory.shown {
        return;
    }
    let findings = derived.findings.as_slice();
    let mut shown = true;
    let right = ctx.content_rect().right();
    egui::Window::new("Findings")
        .open(&mut shown)
        .default_width(380.0)
        .default_pos(egui::pos2(right - 760.0, 60.0))
        .show(ctx, |ui| {
            ui.label(RichText::new(summary(findings)).strong());
            if findings.is_empty() {
                ui.weak("Nothing in this design looks wrong or contested.");
                return;
            }
            list(ui, findings, memory, actions);
            let open = memory
                .open
                .as_ref()
                .and_then(|m| findings.iter().find(|f| &f.message == m));
            if let Some(finding) = open {
                details(ui, design, derived, finding, memory, actions);
            }
        });
    memory.shown &= shown;
}

/// The rows, in a list that scrolls once there are more than
/// [`MAX_ROWS_SHOWN`] (every row can be reached with Tab).
fn list(ui: &mut Ui, findings: &[Finding], memory: &mut FindingsMemory, actions: &mut Vec<Action>) {
    let height = ROW_HEIGHT * findings.len().min(MAX_ROWS_SHOWN) as f32;
    let area = egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true]);
    super::rows::show(
        ui,
        "findings_rows",
        area,
        ROW_HEIGHT,
        findings.len(),
        |ui, i| {
            row(ui, &findings[i], memory, actions);
        },
    );
}

/// One finding on one line: its severity in words and colour, then its
/// message, cut short if need be. A button: choosing it selects what it is
/// about and opens it below.
fn row(ui: &mut Ui, finding: &Finding, memory: &mut FindingsMemory, actions: &mut Vec<Action>) {
    let size = egui::vec2(ui.available_width(), ROW_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let label = format!("{}: {}", finding.severity.word(), finding.message);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    if ui.is_rect_visible(rect) {
        let open = memory.open.as_deref() == Some(finding.message.as_str());
        let look = ui.style().interact_selectable(&response, open);
        if open || response.hovered() || response.has_focus() {
            ui.painter().rect(
                rect,
                3.0,
                look.weak_bg_fill,
                look.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
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
        job.wrap = TextWrapping::truncate_at_width(rect.width() - 8.0);
        let galley = ui.painter().layout_job(job);
        let at = egui::pos2(rect.left() + 4.0, rect.center().y - galley.size().y / 2.0);
        ui.painter().galley(at, galley, ui.visuals().text_color());
    }
    if response.clicked() {
        memory.open = Some(finding.message.clone());
        memory.reveal = true;
        if let Some(about) = finding.about.first() {
            actions.push(Action::Select(selection(about)));
        }
    }
    response.on_hover_text(&finding.why);
}

/// The open finding: its message whole, why it matters, what it is about
/// (each one a link that selects it) and its fix.
fn details(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    finding: &Finding,
    memory: &mut FindingsMemory,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    let shown = egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!("{}: {}", finding.severity.word(), finding.message))
                .color(colour(ui, finding.severity))
                .strong(),
        );
        ui.label(&finding.why);
        if finding.about.len() > 1 {
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
        ui.horizontal(|ui| {
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
    if std::mem::take(&mut memory.reveal) {
        shown.response.scroll_to_me(None);
    }
}
