//! The live balance panel: for each executive, the organisation and the tray,
//! how internal- or external-facing the portfolio is, its share of the total
//! size and its item count; in the designer, also how many of other
//! executives' items each one holds a role on. Read-only.

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, Rect, RichText, Ui, WidgetInfo};

use super::theme;
use crate::controller::Derived;
use crate::model::clarity::{DesignClarity, Grade, Judged, MEANING};
use crate::model::format::size as format_size;
use crate::model::{Balance, Design, DesignInvolvement};

/// The one-line figures for a portfolio, e.g. "CIO: internal 86% · external 14%".
/// Tests and screen readers find the row by this text.
pub fn figures_label(title: &str, balance: &Balance) -> String {
    format!("{title}: {}", split_words(balance))
}

/// A portfolio's split in words: "internal 86% · external 14%", or
/// "nothing assigned".
pub fn split_words(balance: &Balance) -> String {
    match (balance.internal_percent(), balance.external_percent()) {
        (Some(i), Some(e)) => format!("internal {i}% · external {e}%"),
        _ => "nothing assigned".to_owned(),
    }
}

/// Height of one executive's row: its figures, its bar and its sizes.
const ROW_HEIGHT: f32 = 62.0;
/// Height of a row that also says how involved the executive is in others'
/// items.
const INVOLVED_ROW_HEIGHT: f32 = 80.0;

/// The largest type scale, from 0.9 (a little under the designer's) to
/// `largest`, at which
/// the rows of `executives` executives fit in `room` points of height
/// with the panel's heading, legend, the organisation's row and the
/// tray's line: presenting shows every row in type as large as there is
/// room for.
pub fn scale_to_fit(room: f32, executives: usize, largest: f32) -> f32 {
    // Per row: its height at the scale, and the spacing after it; the
    // rest, at the scale (heading, legend, the organisation's row, the
    // tray's line) and not (separators and spacing).
    const SPACING: f32 = 6.0;
    const REST: f32 = 160.0;
    const REST_FIXED: f32 = 48.0;
    #[allow(clippy::cast_precision_loss, reason = "a count of executives")]
    let n = executives as f32;
    let fits = (room - REST_FIXED - SPACING * n) / (ROW_HEIGHT * n + REST);
    // Below 0.9 the sizes lines get too small to read across a room:
    // more rows than fit at that scroll.
    fits.clamp(0.9, largest.max(0.9))
}

/// Draws the panel with the balance figures and clarity scores, filling
/// the height there is but `below` (kept for what follows the panel): the
/// executives' rows scroll when they do not all fit. However many
/// executives there are, only the rows in view are laid out.
pub fn show(ui: &mut Ui, design: &Design, derived: &Derived, below: f32) {
    draw(ui, design, derived, None, Some(below));
}

/// Draws the panel, with a line per executive saying how many of other
/// executives' items it holds a role on (counted once per change, in
/// [`Derived`]).
pub fn show_with_involvement(ui: &mut Ui, design: &Design, derived: &Derived) {
    draw(ui, design, derived, Some(&derived.involvement), None);
}

/// `fill`: the rows take the height there is but this much (else at most
/// about half of it, leaving the rest to the inspector below).
fn draw(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    involvement: Option<&DesignInvolvement>,
    fill: Option<f32>,
) {
    // Figures to read, not text to select (which costs every frame).
    ui.scope(|ui| {
        ui.style_mut().interaction.selectable_labels = false;
        draw_figures(ui, design, derived, involvement, fill);
    });
}

fn draw_figures(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    involvement: Option<&DesignInvolvement>,
    fill: Option<f32>,
) {
    let balance = &derived.balance;
    // Rows are measured at the normal text size; larger type (presenting)
    // makes them taller in proportion.
    let scale = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(1.0, |font| font.size / theme::BODY_SIZE);
    let row_height = scale
        * if involvement.is_some() {
            INVOLVED_ROW_HEIGHT
        } else {
            ROW_HEIGHT
        };
    // Every label has a node for a screen reader while one is running: the
    // heading's says whether the rows' painted lines need theirs.
    let accessible = {
        let heading = ui.heading("Balance");
        ui.ctx().has_accesskit_node(heading.id)
    };
    theme::facing_legend(ui);
    ui.add_space(4.0);
    let total = balance.organisation;
    // Below the rows: a separator, the organisation's row and the tray's
    // line.
    let footer = ROW_HEIGHT * scale + 3.0 * ui.text_style_height(&egui::TextStyle::Body) + 16.0;
    let room = match fill {
        Some(below) => (ui.available_height() - footer - below).max(row_height),
        None => (ui.available_height() * 0.45).max(row_height * 2.0),
    };
    let pitch = row_height + ui.spacing().item_spacing.y;
    // Whole rows: a row is never shown cut at the foot of the list (the
    // list scrolls to the others).
    let max_height = ((room + ui.spacing().item_spacing.y) / pitch)
        .floor()
        .max(1.0)
        * pitch;
    let area = egui::ScrollArea::vertical()
        .max_height(max_height)
        .auto_shrink([false, true]);
    // Every row can be reached with Tab, however many executives there are.
    super::rows::show(
        ui,
        "balance_rows",
        area,
        pitch,
        design.executives.len(),
        |ui, i| {
            let executive = &design.executives[i];
            let own = balance.executive_at(i);
            let mut lines = figures(
                &executive.short_title,
                Some(theme::colour(executive.colour)),
                &own,
                &total,
                &design.size_unit,
            );
            lines.clarity = derived
                .clarity
                .executives
                .get(i)
                .filter(|judged| judged.grade() != Grade::Nothing)
                .map(|judged| (judged.grade(), Explained::Executive(judged)));
            if let Some(involvement) = involvement {
                lines.involved = Some(involvement.executive_at(i).describe());
            }
            painted_row(ui, row_height, &lines, accessible);
        },
    );
    ui.separator();
    let mut organisation = figures("Organisation", None, &total, &total, &design.size_unit);
    let overall = derived.clarity.overall_grade();
    organisation.clarity =
        (overall != Grade::Nothing).then_some((overall, Explained::Design(&derived.clarity)));
    painted_row(ui, ROW_HEIGHT * scale, &organisation, accessible);
    ui.add_space(4.0);
    let unassigned = balance.unassigned;
    let text = format!(
        "Unassigned: {} item{}{}",
        unassigned.count,
        if unassigned.count == 1 { "" } else { "s" },
        if unassigned.count > 0 {
            format!(
                " (size {})",
                crate::model::format::size_in(unassigned.size, &design.size_unit)
            )
        } else {
            String::new()
        }
    );
    ui.label(RichText::new(text).strong());
}

/// What one row of the panel says.
struct Figures<'a> {
    /// "CIO", "Organisation".
    title: String,
    /// "CIO: internal 86% · external 14%", in the executive's colour.
    heading: String,
    colour: Option<Color32>,
    /// How far external-facing, for the bar.
    external: Option<f64>,
    /// "3 items · size 8 points · 40% of total".
    sizes: String,
    /// "roles on others' items: responsible 1 · consulted 1", in the designer.
    involved: Option<String>,
    /// The clarity score (or "not graded"), and how to explain it.
    clarity: Option<(Grade, Explained<'a>)>,
}

/// What a clarity figure is worked out from, to explain it on request
/// (the sentence is written only when asked for).
#[derive(Clone, Copy)]
enum Explained<'a> {
    /// An executive's portfolio, what it leads, and whether it is alone.
    Executive(&'a Judged),
    /// The whole design: the executives' scores weighted by size.
    Design(&'a DesignClarity),
}

impl Explained<'_> {
    fn text(self) -> String {
        match self {
            Self::Executive(judged) => judged.explain(),
            Self::Design(clarity) => clarity.explain_overall(),
        }
    }
}

/// How a clarity figure reads on a badge and to a screen reader: "72 of
/// 100", "not graded".
fn grade_words(grade: Grade) -> String {
    match grade.score() {
        Some(score) => format!("{score} of 100"),
        None => grade.short(),
    }
}

fn figures<'a>(
    title: &str,
    colour: Option<Color32>,
    own: &Balance,
    total: &Balance,
    unit: &str,
) -> Figures<'a> {
    Figures {
        title: title.to_owned(),
        heading: figures_label(title, own),
        colour,
        external: own.external_fraction(),
        sizes: format!(
            "{} item{} · size {} {unit} · {}% of total",
            own.count,
            if own.count == 1 { "" } else { "s" },
            format_size(own.size),
            own.percent_of(total).unwrap_or(0),
        ),
        involved: None,
        clarity: None,
    }
}

/// Explains the involvement line when the pointer rests on it.
const INVOLVED_HELP: &str = "Items other executives own on which this one is \
                             Responsible (R), Consulted (C) or Informed (I)";

/// Height of the bar between a row's heading and its sizes.
const BAR_HEIGHT: f32 = 14.0;

/// One row, exactly `height` high so the list can skip rows out of view.
/// It is painted, not built from labels: a dozen rows of labels cost more
/// each frame than the chart's cards in view. Each line is cut short with
/// "…" when the panel is narrow (the whole line shows on hover), and is
/// its own label node for a screen reader when `accessible` (one is
/// running).
fn painted_row(ui: &mut Ui, height: f32, figures: &Figures, accessible: bool) {
    let size = egui::vec2(ui.available_width(), height);
    // A row with a clarity score is one button: a click (or Enter) shows
    // how the score is worked out.
    let sense = if figures.clarity.is_some() {
        egui::Sense::click()
    } else {
        egui::Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    if let Some((grade, _)) = figures.clarity {
        response.widget_info(|| {
            WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{} clarity {}", figures.title, grade_words(grade)),
            )
        });
    }
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let spacing = ui.spacing().item_spacing.y;
    let visuals = ui.visuals();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    // The clarity badge's text, for the right of the sizes line.
    let badge_text = figures.clarity.map(|(grade, _)| {
        painter.layout_no_wrap(
            format!("clarity {}", grade.short()),
            small.clone(),
            visuals.text_color(),
        )
    });
    if response.has_focus() {
        painter.rect_stroke(
            rect.shrink(1.0),
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let line =
        |k: usize, top: f32, width: f32, text: &str, font: &egui::FontId, colour: Color32| {
            let mut job = LayoutJob::single_section(
                text.to_owned(),
                TextFormat::simple(font.clone(), colour),
            );
            job.wrap = TextWrapping::truncate_at_width(width);
            let galley = painter.layout_job(job);
            let line = Rect::from_min_size(egui::pos2(rect.left(), top), galley.size());
            let elided = galley.elided;
            painter.galley(line.min, galley, colour);
            if accessible {
                ui.interact(line, response.id.with(k), egui::Sense::hover())
                    .widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, text));
            }
            (line, elided)
        };
    let colour = figures
        .colour
        .unwrap_or_else(|| visuals.strong_text_color());
    // A long title ("Chief Digital Officer") in smaller type rather than
    // with its external share cut off.
    let fits = |font: &egui::FontId| {
        painter
            .layout_no_wrap(figures.heading.clone(), font.clone(), colour)
            .size()
            .x
            <= rect.width()
    };
    let heading_font = if fits(&body) { &body } else { &small };
    let heading = line(
        0,
        rect.top(),
        rect.width(),
        &figures.heading,
        heading_font,
        colour,
    );
    let bar = Rect::from_min_size(
        egui::pos2(rect.left(), heading.0.bottom() + spacing),
        egui::vec2(rect.width(), BAR_HEIGHT),
    );
    theme::split_bar(&painter, bar, figures.external, visuals.faint_bg_color);
    let text = visuals.text_color();
    let width = rect.width();
    let sizes_top = bar.bottom() + spacing;
    let badge = badge_text.map(|galley| {
        let size = galley.size() + egui::vec2(10.0, 2.0);
        let badge = Rect::from_min_size(
            egui::pos2(rect.right() - size.x - 2.0, sizes_top - 1.0),
            size,
        );
        let look = ui.style().interact(&response);
        painter.rect(
            badge,
            4.0,
            look.weak_bg_fill,
            look.bg_stroke,
            egui::StrokeKind::Inside,
        );
        painter.galley(badge.center() - galley.size() / 2.0, galley, text);
        badge
    });
    let sizes_width = badge.map_or(width, |b| b.left() - rect.left() - 6.0);
    let sizes = line(1, sizes_top, sizes_width, &figures.sizes, &small, text);
    let involved = figures
        .involved
        .as_deref()
        .map(|involved| line(2, sizes.0.bottom() + spacing, width, involved, &small, text));
    if let Some((grade, explained)) = figures.clarity
        && (response.clicked()
            || egui::Popup::is_id_open(ui.ctx(), egui::Popup::default_response_id(&response)))
    {
        egui::Popup::from_toggle_button_response(&response)
            .width(280.0)
            .show(|ui| {
                ui.label(
                    RichText::new(format!("{} clarity: {}", figures.title, grade_words(grade)))
                        .strong(),
                );
                ui.label(explained.text());
                ui.weak(MEANING);
            });
    }
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let over = |(line, _): &(Rect, bool)| line.y_range().contains(pointer.y);
    let tip = if badge.is_some_and(|b| b.contains(pointer)) {
        Some("Click to see how the clarity score is worked out".to_owned())
    } else if over(&heading) && heading.1 {
        Some(figures.heading.clone())
    } else if over(&sizes) && sizes.1 {
        Some(figures.sizes.clone())
    } else {
        match (involved, &figures.involved) {
            (Some(line), Some(text)) if over(&line) => Some(if line.1 {
                format!("{text}\n{INVOLVED_HELP}")
            } else {
                INVOLVED_HELP.to_owned()
            }),
            _ => None,
        }
    };
    if let Some(tip) = tip {
        response.on_hover_text(tip);
    }
}
