//! One frame of the org chart at 1920×1080, against the least egui needs to
//! paint the same thing. For three designs (12 executives × 200 cards,
//! 40 × 2,000 and 2 × 10,000, each a tree under the CEO box, tidied), the
//! real window is measured at three moments: the view it opens on (the
//! chart fit to the canvas), zoomed in to natural size (Ctrl+plus with the
//! pointer on the chart until the zoom is at least 1), and at natural size
//! while a card is carried (the pointer held down on it and moved every
//! frame). A frame is one `Harness::step` (a whole egui pass, AccessKit
//! included, as `egui_kittest` always has it on) plus tessellating its
//! shapes, which `Harness::step` does not do itself.
//!
//! Beside each, a FLOOR measured in the same run, its samples taken in turn
//! with the app's: a bare egui pass (no Remit code) in a window of the same
//! size that paints the very shapes the app painted in that frame (the same
//! rectangles, circles and paths, and every text laid out again from the
//! same layout job, so the text layout cache is hit just as the app's is),
//! tessellated too. The app also pays for its widgets (interaction,
//! AccessKit nodes), its panels' layout, the `egui::Scene` transform of
//! every shape it draws, and so on: that is what the ratio shows. The
//! ratio is the median, over 31 rounds, of an app sample (about 20 ms of
//! frames) over the floor sample taken right after it; the times shown are
//! the medians of each.
//!
//! Then the time `DesignBalance::of_indexed`, `DesignInvolvement::of_indexed`,
//! `DesignClarity::of`, the findings, `ChartGeometry::of` (and the `Index` they need)
//! take, as a share of the design's cheapest frame: they run once per
//! change of the design, not per frame. The findings are timed as the
//! window works them out after a card moves (the facts of each card kept
//! from before the change), and, without a target, afresh as after
//! opening a file.
//!
//! Run with `cargo bench --bench chart_frame`. It prints a table and exits
//! with an error if a ratio is over its target. `CHART_FRAME_DESIGNS=12x200`
//! (a comma-separated list) measures only the designs named.
//!
//! For a profiler, `CHART_FRAME_PROFILE=drag` (or `fitted`, `zoomed`; add
//! `-floor` for that frame's floor, `@200x2000` for another design than
//! 40 × 2,000) runs only that frame, over and over for ten seconds:
//! `CHART_FRAME_PROFILE=drag perf record --call-graph dwarf <bench binary> --bench`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

/// The allocator the `remit` binary runs on, so the figures are its own.
#[global_allocator]
static ALLOCATOR: remit::Allocator = remit::Allocator;

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/timing.rs"]
mod timing;

use timing::{measure, ratio};

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::epaint::TextShape;
use egui::text::LayoutJob;
use egui::{Key, Modifiers, Pos2, Rect, Shape, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use remit::app::RemitApp;
use remit::chart::geometry::HEADER_HEIGHT;
use remit::chart::tidy::tidy_in_place;
use remit::chart::{ChartGeometry, estimated_measure};
use remit::file;
use remit::model::{
    CardFacts, Design, DesignBalance, DesignClarity, DesignInvolvement, Edit, ExecutiveId, Index,
    ReportsTo, Role, findings, findings_with,
};

/// The window, a full-HD screen.
const SIZE: Vec2 = egui::vec2(1920.0, 1080.0);
/// Each executive has at most this many reports: the tree is bushy.
const FAN_OUT: usize = 6;
/// A frame may take at most this many times the floor.
const FRAME_TARGET: f64 = 2.0;
/// The balance and involvement (matrix) figures may take at most this
/// share of a frame.
const BALANCE_TARGET: f64 = 0.10;
/// Comparing two options (once per change, as the compare view does) may
/// take at most this share of a frame.
const COMPARE_TARGET: f64 = 0.10;

/// `executives` executives in a tree under the CEO box (each with up to
/// [`FAN_OUT`] reports, breadth first), `cards` cards spread evenly over
/// them, laid out by Tidy. (With 10,000 cards over 2 executives each box
/// is some 180,000 points tall: one under the other would be off the
/// chart, so the root is the CEO box, with both side by side under it.)
fn chart_design(executives: usize, cards: usize) -> Design {
    let mut design = common::spread_design(executives, cards);
    assert!(design.ceo.is_some(), "the default design has a CEO box");
    for (i, e) in design.executives.iter_mut().enumerate() {
        e.reports_to = if i < FAN_OUT {
            ReportsTo::Ceo
        } else {
            ReportsTo::Executive(ExecutiveId(format!("exec-{}", i / FAN_OUT - 1)))
        };
    }
    // Every third card has another executive Consulted on it (the matrix
    // and the involvement figures have something to count; the card a
    // chip to show).
    let n = design.executives.len();
    let ids: Vec<ExecutiveId> = design.executives.iter().map(|e| e.id.clone()).collect();
    for (i, r) in design.responsibilities.iter_mut().enumerate() {
        if i % 3 == 0 && n > 1 {
            let owner = r.owner.clone();
            let other = ids
                .iter()
                .cycle()
                .skip(i % n)
                .find(|id| Some(*id) != owner.as_ref())
                .expect("another executive")
                .clone();
            r.roles.insert(other, Role::Consulted);
        }
    }
    tidy_in_place(&mut design, &estimated_measure);
    design
}

/// The designer showing the file at `path`, settled, at 1920×1080.
fn window(path: &Path) -> Harness<'static, RemitApp> {
    common::settled_on(path, SIZE)
}

/// Tessellates the last frame's shapes, as the window's painter would.
fn tessellate<S>(h: &Harness<'_, S>) -> usize {
    let primitives = h
        .ctx
        .tessellate(h.output().shapes.clone(), h.ctx.pixels_per_point());
    black_box(primitives).len()
}

/// How many shapes of each kind a frame painted.
#[derive(Clone, Copy, Default)]
struct Counts {
    rects: usize,
    texts: usize,
    /// Line segments and paths (polylines, polygons).
    lines: usize,
    /// Circles, meshes and anything else.
    other: usize,
}

/// What the floor paints: a shape as it is, or a text laid out again.
enum Paint {
    Shape(Shape),
    Text {
        pos: Pos2,
        job: Arc<LayoutJob>,
        shape: TextShape,
    },
}

/// One frame's paint list, in screen points, with each shape's clip.
struct Painted {
    items: Vec<(Rect, Paint)>,
    counts: Counts,
}

fn flatten(shape: &Shape, clip: Rect, out: &mut Painted) {
    match shape {
        Shape::Noop => {}
        Shape::Vec(shapes) => {
            for s in shapes {
                flatten(s, clip, out);
            }
        }
        Shape::Text(text) => {
            out.counts.texts += 1;
            out.items.push((
                clip,
                Paint::Text {
                    pos: text.pos,
                    job: text.galley.job.clone(),
                    shape: text.clone(),
                },
            ));
        }
        Shape::Rect(_) => {
            out.counts.rects += 1;
            out.items.push((clip, Paint::Shape(shape.clone())));
        }
        Shape::LineSegment { .. } | Shape::Path(_) => {
            out.counts.lines += 1;
            out.items.push((clip, Paint::Shape(shape.clone())));
        }
        _ => {
            out.counts.other += 1;
            out.items.push((clip, Paint::Shape(shape.clone())));
        }
    }
}

/// What the last frame of `h` painted.
fn painted<S>(h: &Harness<'_, S>) -> Painted {
    let mut out = Painted {
        items: Vec::new(),
        counts: Counts::default(),
    };
    for clipped in &h.output().shapes {
        flatten(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

/// Paints `items` (see [`painted`]), texts laid out from their jobs every
/// frame, as any widget does: the least that frame costs.
fn paint_floor(ui: &egui::Ui, items: &[(Rect, Paint)]) {
    let painter = egui::Painter::new(
        ui.ctx().clone(),
        egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("floor")),
        Rect::EVERYTHING,
    );
    for (clip, paint) in items {
        let painter = painter.with_clip_rect(*clip);
        match paint {
            Paint::Shape(shape) => {
                painter.add(shape.clone());
            }
            Paint::Text { pos, job, shape } => {
                let galley = painter.layout_job(LayoutJob::clone(job));
                let mut text = TextShape::new(*pos, galley, shape.fallback_color);
                text.override_text_color = shape.override_text_color;
                text.opacity_factor = shape.opacity_factor;
                text.underline = shape.underline;
                text.angle = shape.angle;
                painter.add(text);
            }
        }
    }
}

/// The floor of one frame, run both ways the app is.
struct Floor {
    items: Arc<Vec<(Rect, Paint)>>,
    /// A bare egui context, as on the desktop (no AccessKit).
    ctx: egui::Context,
    /// The same in an `egui_kittest` harness (AccessKit on).
    harness: Harness<'static>,
}

impl Floor {
    fn new(painted: Painted) -> Self {
        let items = Arc::new(painted.items);
        let shared = Arc::clone(&items);
        let mut harness = Harness::builder()
            .with_size(SIZE)
            .with_accessibility_check(false)
            .build_ui(move |ui| paint_floor(ui, &shared));
        harness.run();
        let floor = Self {
            items,
            ctx: egui::Context::default(),
            harness,
        };
        floor.desktop_step();
        floor
    }

    /// One bare pass and its tessellation.
    fn desktop_step(&self) {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SIZE)),
            ..Default::default()
        };
        let output = self.ctx.run_ui(input, |ui| paint_floor(ui, &self.items));
        black_box(self.ctx.tessellate(output.shapes, output.pixels_per_point));
    }

    /// The same in the harness.
    fn harness_step(&mut self) {
        self.harness.step();
        tessellate(&self.harness);
    }
}

/// One frame of the app as the desktop runs it: a plain egui pass, with
/// AccessKit off (eframe turns it on only when a screen reader asks for
/// it), the pointer moved to `pointer` if given, and its tessellation.
fn desktop_step(
    h: &mut Harness<'static, RemitApp>,
    frame: &mut eframe::Frame,
    pointer: Option<Pos2>,
) {
    let ctx = h.ctx.clone();
    let mut input = h.input().clone();
    input.events = pointer
        .map(|p| vec![egui::Event::PointerMoved(p)])
        .unwrap_or_default();
    let output = ctx.run_ui(input, |ui| {
        let app = h.state_mut();
        eframe::App::logic(app, ui, frame);
        eframe::App::ui(app, ui, frame);
    });
    black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

/// How many egui passes one step ran (2 when the app asked for a discard).
fn passes(h: &mut Harness<'_, RemitApp>, pointer: Option<Pos2>) -> u64 {
    if let Some(p) = pointer {
        h.hover_at(p);
    }
    let start = h.ctx.cumulative_pass_nr();
    h.step();
    h.ctx.cumulative_pass_nr() - start
}

struct FrameRow {
    what: String,
    zoom: f32,
    /// The app's frame as on the desktop, and its floor.
    app: Duration,
    floor: Duration,
    /// The same with AccessKit on, as under a screen reader (and in the
    /// `egui_kittest` harness), and its floor there.
    app_ak: Duration,
    floor_ak: Duration,
    /// The medians of the two ratios, sample by sample (see [`ratio`]).
    ratio: f64,
    ratio_ak: f64,
    counts: Counts,
    widgets: usize,
    passes: u64,
}

impl FrameRow {
    fn ratio(&self) -> f64 {
        self.ratio
    }

    fn ratio_ak(&self) -> f64 {
        self.ratio_ak
    }
}

/// Measures the app's current frame (`pointer` says where the pointer goes
/// each frame, if it moves), then the floor for what that frame painted;
/// on the desktop, and with AccessKit on.
fn frame_row(
    h: &mut Harness<'static, RemitApp>,
    what: String,
    mut pointer: impl FnMut() -> Option<Pos2>,
) -> FrameRow {
    let passes = passes(h, pointer());
    tessellate(h);
    let painted = painted(h);
    let counts = painted.counts;
    let widgets = h.root().children_recursive().count();
    let zoom = h.state().chart_zoom().unwrap_or(0.0);
    let mut floor = Floor::new(painted);
    let ak = ratio(
        || {
            if let Some(p) = pointer() {
                h.hover_at(p);
            }
            h.step();
            tessellate(h);
        },
        || floor.harness_step(),
    );
    h.ctx.disable_accesskit();
    let mut frame = eframe::Frame::_new_kittest();
    let desktop = ratio(
        || desktop_step(h, &mut frame, pointer()),
        || floor.desktop_step(),
    );
    h.ctx.enable_accesskit();
    h.step();
    FrameRow {
        what,
        zoom,
        app: desktop.f,
        floor: desktop.g,
        app_ak: ak.f,
        floor_ak: ak.g,
        ratio: desktop.ratio,
        ratio_ak: ak.ratio,
        counts,
        widgets,
        passes,
    }
}

fn chart_rect(r: remit::chart::Rect) -> Rect {
    Rect::from_min_size(egui::pos2(r.x, r.y), egui::vec2(r.w, r.h))
}

/// Where a point of the chart is on screen, found from the header of box
/// `index` (its accessible rectangle is that of the box's top).
fn to_screen(h: &Harness<'_, RemitApp>, _index: usize, p: Pos2) -> Pos2 {
    h.state().chart_to_screen(p).expect("the chart is shown")
}

/// A point on the cards of a box in view, in chart points, a little in
/// from the edges of the view: in the lowest row of boxes in view (where
/// boxes stand side by side), the one nearest the middle.
fn target(h: &Harness<'_, RemitApp>) -> (usize, Pos2) {
    let view = h.state().chart_view().expect("shown");
    let zoom = h.state().chart_zoom().expect("shown");
    let inner = view.shrink(60.0 / zoom);
    let chart = &h.state().controller().derived().chart;
    chart
        .boxes
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let r = chart_rect(b.rect);
            let y = (r.top() + HEADER_HEIGHT + 90.0)
                .max(inner.top())
                .min(r.bottom() - 90.0);
            (i, egui::pos2(r.center().x, y))
        })
        .filter(|(_, p)| inner.contains(*p))
        .min_by(|(_, a), (_, b)| {
            (-a.y, (a.x - view.center().x).abs())
                .partial_cmp(&(-b.y, (b.x - view.center().x).abs()))
                .unwrap()
        })
        .unwrap_or_else(|| {
            panic!(
                "no box in view: view {view:?}, zoom {zoom}, bounds {:?}",
                chart.bounds
            )
        })
}

/// Zooms the chart in with Ctrl+plus, the pointer on `at` (chart points,
/// on box `index`), until the zoom is at least 1. (The chart zooms about
/// the pointer: what is under it stays there.)
fn zoom_to_natural_size(h: &mut Harness<'_, RemitApp>, index: usize, at: Pos2) {
    let pointer = to_screen(h, index, at);
    for _ in 0..40 {
        if h.state().chart_zoom().is_some_and(|z| z >= 1.0) {
            // Off the chart, so that no tooltip shows.
            h.remove_cursor();
            h.run();
            return;
        }
        h.hover_at(pointer);
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    panic!("the chart did not zoom to 1: {:?}", h.state().chart_zoom());
}

/// Presses on the card at `at` (chart points) and starts carrying it;
/// returns where the pointer is.
fn pick_up(h: &mut Harness<'_, RemitApp>, index: usize, at: Pos2) -> Pos2 {
    let name = {
        let chart = &h.state().controller().derived().chart;
        let b = &chart.boxes[index];
        // The card nearest `at` in its row (boxes of many cards have
        // several columns, and `at` may be in a gap between two).
        let k = b
            .cards_between(at.y, at.y)
            .min_by(|&i, &j| {
                let off = |k: usize| (b.card_rect(k).center_x() - at.x).abs();
                off(i).total_cmp(&off(j))
            })
            .expect("a card at that height");
        let design = h.state().document().design();
        design.responsibilities[b.cards[k]].name.clone()
    };
    let card = h.get_by_label(&name).rect().center();
    h.drag_at(card);
    h.step();
    let start = card + egui::vec2(12.0, 0.0);
    h.hover_at(start);
    h.step();
    h.hover_at(start + egui::vec2(4.0, 0.0));
    h.step();
    assert!(
        egui::DragAndDrop::has_any_payload(&h.ctx),
        "a card is carried: {name} at {card:?}, zoom {:?}, view {:?}, at {at:?} = {:?}",
        h.state().chart_zoom(),
        h.state().chart_view(),
        h.state().chart_to_screen(at)
    );
    start
}

/// Where the pointer carrying a card is in frame `n`: a few points from
/// `start`, a different place each frame.
fn wiggle(start: Pos2, n: u32) -> Pos2 {
    start + egui::vec2((n % 8) as f32 * 6.0, (n % 5) as f32 * 5.0)
}

/// Measures the three frames of one design, and the model's share.
fn design_rows(
    executives: usize,
    cards: usize,
    dir: &Path,
    frames: &mut Vec<FrameRow>,
    models: &mut Vec<ModelRow>,
) {
    let name = format!("{executives}×{cards}");
    let design = chart_design(executives, cards);
    let path = dir.join(format!("{name}.ron"));
    file::save(&design, &path).expect("save");
    let mut h = window(&path);
    assert_eq!(h.state().document().design().responsibilities.len(), cards);
    let first = frames.len();

    frames.push(frame_row(&mut h, format!("{name}, fitted"), || None));

    let (index, at) = target(&h);
    zoom_to_natural_size(&mut h, index, at);
    frames.push(frame_row(&mut h, format!("{name}, zoom ≥ 1"), || None));

    let start = pick_up(&mut h, index, at);
    let mut n = 0_u32;
    frames.push(frame_row(
        &mut h,
        format!("{name}, zoom ≥ 1, drag"),
        || {
            n += 1;
            Some(wiggle(start, n))
        },
    ));
    h.drop_at(start);
    h.run();

    let frame = frames[first..].iter().map(|r| r.app).min().expect("frames");
    // The balance figures as the window works them out (from the index it
    // builds anyway, once per change).
    let index = Index::of(&design);
    let balance = measure(|| {
        black_box(DesignBalance::of_indexed(black_box(&design), &index));
    });
    let involvement = measure(|| {
        black_box(DesignInvolvement::of_indexed(black_box(&design), &index));
    });
    models.push(ModelRow {
        what: format!("{name}, DesignInvolvement::of_indexed"),
        time: involvement,
        frame,
        target: Some(BALANCE_TARGET),
    });
    let geometry = measure(|| {
        black_box(ChartGeometry::of(
            black_box(&design),
            &index,
            &estimated_measure,
        ));
    });
    models.push(ModelRow {
        what: format!("{name}, DesignBalance::of_indexed"),
        time: balance,
        frame,
        target: Some(BALANCE_TARGET),
    });
    let balances = DesignBalance::of_indexed(&design, &index);
    let clarity = measure(|| {
        black_box(DesignClarity::of_indexed(black_box(&design), &index));
    });
    models.push(ModelRow {
        what: format!("{name}, DesignClarity::of_indexed"),
        time: clarity,
        frame,
        target: Some(BALANCE_TARGET),
    });
    let (analysis, afresh) = findings_times(&design, &index, &balances);
    models.push(ModelRow {
        what: format!("{name}, findings per change"),
        time: analysis,
        frame,
        target: Some(BALANCE_TARGET),
    });
    models.push(ModelRow {
        what: format!("{name}, (findings afresh)"),
        time: afresh,
        frame,
        target: None,
    });
    models.push(ModelRow {
        what: format!("{name}, ChartGeometry::of"),
        time: geometry,
        frame,
        target: None,
    });
    // Both need the index, built once per change too.
    let index_time = measure(|| {
        black_box(Index::of(black_box(&design)));
    });
    models.push(ModelRow {
        what: format!("{name}, (Index::of)"),
        time: index_time,
        frame,
        target: None,
    });
    compare_rows(&name, &design, frame, models);
}

/// Two options of the design compared, as the compare view does once per
/// change: the second option is a copy of the first (sharing its cards, as
/// "New option from this one" makes it) with fifty cards moved, spread
/// over the design (a workshop's option moves tens of cards, whatever the
/// design's size).
fn compare_rows(name: &str, design: &Design, frame: Duration, models: &mut Vec<ModelRow>) {
    let mut option = design.clone();
    let ids: Vec<(remit::model::ResponsibilityId, Option<ExecutiveId>)> = design
        .responsibilities
        .iter()
        .step_by((design.responsibilities.len() / 50).max(1))
        .take(50)
        .map(|r| (r.id.clone(), r.owner.clone()))
        .collect();
    for (id, owner) in ids {
        let to = design
            .executives
            .iter()
            .find(|e| Some(&e.id) != owner.as_ref())
            .map(|e| e.id.clone());
        let moved = option.apply(Edit::Move {
            responsibility: id,
            to,
        });
        assert_eq!(moved, Ok(true));
    }
    let list = measure(|| {
        black_box(remit::model::compare::changes(black_box(design), &option));
    });
    models.push(ModelRow {
        what: format!("{name}, (compare: change list)"),
        time: list,
        frame,
        target: None,
    });
    // Per change: the option shown is weighed by the window anyway (the
    // rows above); the other one was weighed when it last changed.
    use remit::model::compare::{Comparison, Weighed};
    let (before, after) = (Weighed::of(design), Weighed::of(&option));
    let per_change = measure(|| {
        black_box(Comparison::between(
            black_box(design),
            &before.weights(),
            &option,
            &after.weights(),
        ));
    });
    models.push(ModelRow {
        what: format!("{name}, compare per change"),
        time: per_change,
        frame,
        target: Some(COMPARE_TARGET),
    });
    let afresh = measure(|| {
        black_box(Comparison::of(black_box(design), &option));
    });
    models.push(ModelRow {
        what: format!("{name}, (compare afresh)"),
        time: afresh,
        frame,
        target: None,
    });
}

/// The findings as the window works them out after a change (here a card
/// moved to another executive, then back, over and over): the facts of
/// each card kept from the design before and brought up to date from the
/// change. Then the findings worked out afresh, as after opening a file or
/// undoing, which reads every card.
fn findings_times(design: &Design, index: &Index, balance: &DesignBalance) -> (Duration, Duration) {
    let per_change = measure(findings_per_change(design, index, balance));
    let afresh = measure(|| {
        black_box(findings(black_box(design), index, balance));
    });
    (per_change, afresh)
}

/// Works out the findings after a change, each time it is called: a card
/// of `design` moves to another executive, then back.
fn findings_per_change<'a>(
    design: &'a Design,
    index: &'a Index,
    balance: &'a DesignBalance,
) -> impl FnMut() + 'a {
    let card = &design.responsibilities[design.responsibilities.len() / 2];
    let to = design
        .executives
        .iter()
        .find(|e| Some(&e.id) != card.owner.as_ref())
        .map(|e| e.id.clone());
    let mut moved = design.clone();
    let edit = Edit::Move {
        responsibility: card.id.clone(),
        to,
    };
    let change = edit.cards_change();
    assert_eq!(moved.apply(edit), Ok(true));
    let moved_index = Index::of(&moved);
    let moved_balance = DesignBalance::of_indexed(&moved, &moved_index);
    let moved = (moved, moved_index, moved_balance);
    let mut facts = CardFacts::of(design);
    let mut at = 0;
    move || {
        let states = [(design, index, balance), (&moved.0, &moved.1, &moved.2)];
        let (before, next) = (states[at].1, states[1 - at]);
        facts.follow(&change, before, next.1, next.0);
        debug_assert_eq!(facts, CardFacts::of(next.0));
        black_box(findings_with(black_box(next.0), next.1, next.2, &facts));
        at = 1 - at;
    }
}

struct ModelRow {
    what: String,
    time: Duration,
    /// The cheapest frame of the design.
    frame: Duration,
    target: Option<f64>,
}

impl ModelRow {
    fn share(&self) -> f64 {
        self.time.as_secs_f64() / self.frame.as_secs_f64()
    }
}

/// Runs one frame over and over for ten seconds, for a profiler: `spec`
/// is `fitted`, `zoomed` or `drag`, then `-floor` for that frame's floor
/// instead of the app, `-ak` for AccessKit on (in the harness), then
/// `@EXECUTIVESxCARDS` (40x2000 unless given).
fn profile(spec: &str) {
    let (spec, design) = spec.split_once('@').unwrap_or((spec, "40x2000"));
    let (executives, cards) = design
        .split_once('x')
        .map(|(e, c)| (e.parse().expect("executives"), c.parse().expect("cards")))
        .expect("EXECUTIVESxCARDS");
    if spec == "findings" {
        profile_findings(executives, cards);
        return;
    }
    let (spec, accesskit) = match spec.strip_suffix("-ak") {
        Some(spec) => (spec, true),
        None => (spec, false),
    };
    let (which, floor) = match spec.strip_suffix("-floor") {
        Some(which) => (which, true),
        None => (spec, false),
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("profile.ron");
    file::save(&chart_design(executives, cards), &path).expect("save");
    let mut h = window(&path);
    // Where the pointer carrying a card started, when one is carried.
    let mut carrying = None;
    if which != "fitted" {
        let (index, at) = target(&h);
        zoom_to_natural_size(&mut h, index, at);
        if which == "drag" {
            carrying = Some(pick_up(&mut h, index, at));
        }
    }
    let mut n = 0_u32;
    let mut pointer = || {
        n += 1;
        carrying.map(|start| wiggle(start, n))
    };
    if let Some(p) = pointer() {
        h.hover_at(p);
    }
    h.step();
    tessellate(&h);
    let mut floor = floor.then(|| Floor::new(painted(&h)));
    if !accesskit {
        h.ctx.disable_accesskit();
    }
    let mut frame = eframe::Frame::_new_kittest();
    let (frames, each) = for_ten_seconds(|| match (floor.as_mut(), accesskit) {
        (Some(f), true) => f.harness_step(),
        (Some(f), false) => f.desktop_step(),
        (None, true) => {
            if let Some(p) = pointer() {
                h.hover_at(p);
            }
            h.step();
            tessellate(&h);
        }
        (None, false) => desktop_step(&mut h, &mut frame, pointer()),
    });
    println!(
        "{which}{}{} of {executives}×{cards}: {frames} frames, {each:.3?} each",
        if floor.is_some() { " (floor)" } else { "" },
        if accesskit { " with AccessKit" } else { "" },
    );
}

/// Calls `f` over and over for ten seconds: how many times, and the time
/// of one call.
fn for_ten_seconds(mut f: impl FnMut()) -> (u32, Duration) {
    let start = Instant::now();
    let mut calls = 0_u32;
    while start.elapsed() < Duration::from_secs(10) {
        f();
        calls += 1;
    }
    (calls, start.elapsed() / calls)
}

/// Works out the findings of the design `EXECUTIVESxCARDS` after a change
/// over and over for ten seconds, as the window does after each change.
fn profile_findings(executives: usize, cards: usize) {
    let design = chart_design(executives, cards);
    let index = Index::of(&design);
    let balance = DesignBalance::of_indexed(&design, &index);
    let (runs, each) = for_ten_seconds(findings_per_change(&design, &index, &balance));
    println!("findings of {executives}×{cards} after a change: {runs} runs, {each:.3?} each");
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is understood.
    if let Ok(which) = std::env::var("CHART_FRAME_PROFILE") {
        profile(&which);
        return;
    }
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut frames = Vec::new();
    let mut models = Vec::new();
    // `CHART_FRAME_DESIGNS=12x200,2x10000` measures only those designs.
    let only = std::env::var("CHART_FRAME_DESIGNS").ok();
    for (executives, cards) in [(12, 200), (40, 2_000), (2, 10_000)] {
        if only.as_deref().is_some_and(|only| {
            !only
                .split(',')
                .any(|d| d == format!("{executives}x{cards}"))
        }) {
            continue;
        }
        design_rows(executives, cards, dir.path(), &mut frames, &mut models);
    }

    let mut failed = false;
    println!();
    println!("One frame at 1920×1080 (egui pass + tessellation), against a bare egui pass");
    println!("painting the same shapes (texts laid out again from the same jobs); as the");
    println!("desktop runs it (AccessKit off until a screen reader asks), then with");
    println!("AccessKit on (a screen reader running; the egui_kittest harness):");
    println!();
    println!(
        "{:<28} {:>6} {:>10} {:>10} {:>6} {:>6}   {:>10} {:>10} {:>6}   {:>6} {:>6} {:>6} {:>6} {:>8} {:>6}",
        "frame",
        "zoom",
        "app",
        "floor",
        "ratio",
        "target",
        "app (AK)",
        "floor (AK)",
        "ratio",
        "rects",
        "texts",
        "lines",
        "other",
        "widgets",
        "passes"
    );
    for row in &frames {
        let ok = row.ratio() <= FRAME_TARGET;
        failed |= !ok;
        println!(
            "{:<28} {:>6.3} {:>10.3?} {:>10.3?} {:>6.2} {:>6.1}   {:>10.3?} {:>10.3?} {:>6.2}   {:>6} {:>6} {:>6} {:>6} {:>8} {:>6}{}",
            row.what,
            row.zoom,
            row.app,
            row.floor,
            row.ratio(),
            FRAME_TARGET,
            row.app_ak,
            row.floor_ak,
            row.ratio_ak(),
            row.counts.rects,
            row.counts.texts,
            row.counts.lines,
            row.counts.other,
            row.widgets,
            row.passes,
            if ok { "" } else { "  OVER TARGET" }
        );
    }
    println!();
    println!("Once per change of the design, as a share of the design's cheapest frame above:");
    println!();
    println!(
        "{:<34} {:>10} {:>10} {:>8} {:>7}",
        "work", "time", "frame", "share", "target"
    );
    for row in &models {
        let ok = row.target.is_none_or(|t| row.share() <= t);
        failed |= !ok;
        println!(
            "{:<34} {:>10.3?} {:>10.3?} {:>7.1}% {:>7}{}",
            row.what,
            row.time,
            row.frame,
            row.share() * 100.0,
            row.target
                .map_or_else(|| "—".to_owned(), |t| format!("{:.0}%", t * 100.0)),
            if ok { "" } else { "  OVER TARGET" }
        );
    }
    println!();
    println!("(the whole benchmark took {:.1?})", started.elapsed());
    if failed {
        eprintln!("some ratios are over their targets");
        std::process::exit(1);
    }
}
