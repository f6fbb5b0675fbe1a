//! The import's last step: the design with the previewed rows added as
//! cards or merged into the cards they are about, and, when asked, an
//! executive for each owner not on the chart.
//!
//! Each owner's executive gets the person its rows name, unless it has
//! one already (see [`super::people`]).
//!
//! A row that updates a card changes what the row fills in (an empty cell
//! changes nothing): the description, facing, size, owner, the roles of
//! each kind the row names, notes, the deliberate mark and the kind of
//! work; never the card's name or id. A change of owner goes into the
//! decision log like any move (when [`ImportOptions::moved_at`] says
//! when). A new card takes the kind of work its row gives, else the kind
//! its name tells.
//!
//! New executives report to the CEO and stand under the CEO box as the
//! chart's tidy layout puts them: on a chart that had no executives the
//! whole chart is tidied; beside an existing chart they are a tidy row of
//! their own to its right, at the level of the CEO's reports. Beyond
//! [`TIDY_AT_MOST`] new executives (which one row cannot hold) they go on
//! a grid instead. A design with no executives and no CEO box gets one.
//!
//! Every step is linear in the rows and the design: ids are found with a
//! set of those taken and, for each base, the next number to try; new
//! executives get their colours from a count of each colour's uses.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::acronyms;
use super::text::quoted;
use super::titles::unknown_key;
use super::{Holder, ImportOptions, ImportPreview, ImportRow};
use crate::chart::geometry::{BOX_WIDTH, CEO_HEIGHT};
use crate::chart::tidy::{self, CARDS_PER_COLUMN, LEVEL_GAP, MARGIN, SIBLING_GAP};
use crate::chart::{ChartGeometry, Rect, estimated_measure};
use crate::model::design::{Shared, default_size_unit, slug};
use crate::model::palette::PALETTE;
use crate::model::rules::{self, MAX_COORDINATE, MAX_ID_CHARS};
use crate::model::{
    Ceo, Design, Executive, ExecutiveId, Index, Position, ReportsTo, Responsibility,
    ResponsibilityId, Role,
};

/// The most new executives laid out as a tidy row under the CEO; more go
/// on a grid.
pub const TIDY_AT_MOST: usize = 24;

/// Why an import could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The line of the file it is about, if one.
    pub line: Option<u64>,
    /// What is wrong, in plain words.
    pub why: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.why),
            None => f.write_str(&self.why),
        }
    }
}

impl std::error::Error for ImportError {}

/// Ids not yet taken, made from names: `base`, then `base-2`, `base-3`…
/// Each base remembers the next number to try, so many cards of one name
/// cost no more than many of different names.
struct FreshIds {
    taken: HashSet<String>,
    next: HashMap<String, u64>,
}

impl FreshIds {
    fn new<'a>(taken: impl Iterator<Item = &'a str>) -> Self {
        Self {
            taken: taken.map(str::to_owned).collect(),
            next: HashMap::new(),
        }
    }

    /// Takes `id` if it is free.
    fn take(&mut self, id: &str) -> bool {
        !self.taken.contains(id) && self.taken.insert(id.to_owned())
    }

    /// A free id made from `text`.
    fn fresh(&mut self, text: &str, fallback: &str) -> String {
        let mut base = slug(text, fallback);
        // Room for a number after it, within the longest id.
        base.truncate(MAX_ID_CHARS - 12);
        let base = base.trim_end_matches('-').to_owned();
        if self.take(&base) {
            return base;
        }
        let next = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// The colours new executives get: the least used in the palette first,
/// counted once.
struct Colours([usize; PALETTE.len()]);

impl Colours {
    fn of(design: &Design) -> Self {
        let mut uses = [0; PALETTE.len()];
        for e in &design.executives {
            if let Some(i) = PALETTE.iter().position(|&c| c == e.colour) {
                uses[i] += 1;
            }
        }
        Self(uses)
    }

    fn next(&mut self) -> crate::model::Rgb {
        let mut best = 0;
        for i in 1..PALETTE.len() {
            if self.0[i] < self.0[best] {
                best = i;
            }
        }
        self.0[best] += 1;
        PALETTE[best]
    }
}

/// Places the executives from `first` on (holding `cards[k]` cards each):
/// see the module's notes.
fn place(before: &Design, design: &mut Design, first: usize, cards: &[usize]) {
    let count = design.executives.len() - first;
    if count == 0 {
        return;
    }
    if count > TIDY_AT_MOST {
        return place_on_grid(before, design, first);
    }
    for (e, &n) in design.executives[first..].iter_mut().zip(cards) {
        let wanted = n.div_ceil(CARDS_PER_COLUMN).max(1);
        e.columns = u8::try_from(wanted)
            .unwrap_or(u8::MAX)
            .min(rules::MAX_COLUMNS);
    }
    if first == 0 {
        tidy::tidy_in_place(design, &estimated_measure);
        return;
    }
    // The new executives alone under a CEO box, tidied, then moved as one
    // block beside the chart as it was.
    let mut alone = Design {
        executives: design.executives[first..].to_vec(),
        ceo: Some(Ceo::default()),
        ..Design::empty("")
    };
    let new_ids: HashSet<&str> = alone.executives.iter().map(|e| e.id.as_str()).collect();
    alone.responsibilities = design
        .responsibilities
        .iter()
        .filter(|r| {
            r.owner
                .as_ref()
                .is_some_and(|o| new_ids.contains(o.as_str()))
        })
        .cloned()
        .collect();
    let geometry = ChartGeometry::of(&alone, &Index::of(&alone), &estimated_measure);
    let arranged = tidy::arrange(&alone, &geometry);
    let before_geometry = ChartGeometry::of(before, &Index::of(before), &estimated_measure);
    let chart = before_geometry
        .boxes
        .iter()
        .map(|b| b.rect)
        .chain(before_geometry.ceo)
        .reduce(|a, b| a.union(&b));
    let Some(chart) = chart else {
        return place_on_grid(before, design, first);
    };
    let block_left = arranged
        .executives
        .iter()
        .map(|p| p.x)
        .fold(f32::INFINITY, f32::min);
    let block_top = arranged
        .executives
        .iter()
        .map(|p| p.y)
        .fold(f32::INFINITY, f32::min);
    let block_right = arranged
        .executives
        .iter()
        .zip(&geometry.boxes)
        .map(|(p, b)| p.x + b.rect.w)
        .fold(f32::NEG_INFINITY, f32::max);
    let x0 = chart.right() + SIBLING_GAP;
    let y0 = before
        .ceo
        .as_ref()
        .map_or(chart.y, |c| c.position.y + CEO_HEIGHT + LEVEL_GAP);
    if x0 + (block_right - block_left) > MAX_COORDINATE - 1000.0 {
        return place_on_grid(before, design, first);
    }
    for (e, p) in design.executives[first..]
        .iter_mut()
        .zip(&arranged.executives)
    {
        e.position = rules::position(Position {
            x: x0 + (p.x - block_left),
            y: y0 + (p.y - block_top),
        });
    }
}

/// Places the executives from `first` on (with their cards) in a grid to the right of the chart as it was (`before`), or below it
/// when there is no room to the right, each row as tall as its tallest
/// box can be.
fn place_on_grid(before: &Design, design: &mut Design, first: usize) {
    let count = design.executives.len() - first;
    if count == 0 {
        return;
    }
    let geometry = ChartGeometry::of(before, &Index::of(before), &estimated_measure);
    let chart = geometry
        .boxes
        .iter()
        .map(|b| b.rect)
        .chain(geometry.ceo)
        .reduce(|a, b| a.union(&b));
    let limit = MAX_COORDINATE - 1000.0;
    let step = BOX_WIDTH + SIBLING_GAP;
    let across = if count <= 8 {
        count
    } else {
        count.isqrt() + usize::from(count.isqrt().pow(2) < count)
    };
    let room = |x: f32| (((limit - x) / step).floor().max(-1.0) + 1.0) as usize;
    let (mut x0, mut y) = match chart {
        Some(r) => (r.right() + SIBLING_GAP, r.y),
        None => (MARGIN, MARGIN),
    };
    if room(x0) == 0 {
        let bottom = chart.map_or(MARGIN, |r: Rect| r.bottom() + SIBLING_GAP);
        (x0, y) = (MARGIN, bottom);
    }
    let across = across.min(room(x0)).max(1);
    // Each new box's height with its cards, their names broken into lines
    // as the chart will draw them.
    let drawn = ChartGeometry::of(design, &Index::of(design), &estimated_measure);
    let heights: Vec<f32> = (first..design.executives.len())
        .map(|i| drawn.boxes.get(i).map_or(0.0, |b| b.rect.h))
        .collect();
    for (row, chunk) in heights.chunks(across).enumerate() {
        for (col, _) in chunk.iter().enumerate() {
            let e = &mut design.executives[first + row * across + col];
            e.position = rules::position(Position {
                x: (x0 + step * col as f32).clamp(0.0, limit),
                y: y.clamp(0.0, limit),
            });
        }
        let tallest = chunk.iter().copied().fold(0.0, f32::max);
        y += tallest + SIBLING_GAP;
    }
}

/// The executive `holder` stands for: one on the chart, or one created for
/// a title (`written` remembers each title as the rows write it).
fn resolve<'p>(
    holder: &'p Holder,
    written: &mut HashMap<&'p str, Option<ExecutiveId>>,
    created: &HashMap<String, ExecutiveId>,
) -> Option<ExecutiveId> {
    match holder {
        Holder::Existing(id) => Some(id.clone()),
        Holder::Unknown(title) => written
            .entry(title.as_str())
            .or_insert_with(|| created.get(&unknown_key(title)).cloned())
            .clone(),
    }
}

/// Changes `card` as `row` says (see the module's notes); `owner` and
/// `roles` are the row's, resolved (`owner` is `None` for the tray, or for
/// an owner not on the chart, which leaves the card's owner as it is).
fn update(
    card: &mut Responsibility,
    row: &ImportRow,
    owner: Option<Option<ExecutiveId>>,
    roles: &BTreeMap<ExecutiveId, Role>,
) {
    let given = &row.given;
    if given.description {
        card.description = row.description.clone();
    }
    if given.facing {
        card.external_share = row.external_share;
    }
    if given.size {
        card.size = row.size;
    }
    if given.notes {
        card.notes = row.notes.clone();
    }
    if given.deliberate {
        card.deliberate = row.deliberate;
    }
    if let Some(kind) = row.kind {
        card.kind = kind;
    }
    if let Some(owner) = owner {
        card.owner = owner;
    }
    for (k, role) in Role::ALL.into_iter().enumerate() {
        if given.roles[k] {
            card.roles.retain(|_, r| *r != role);
            for (who, r) in roles {
                if *r == role {
                    card.roles.insert(who.clone(), role);
                }
            }
        }
    }
    if let Some(owner) = &card.owner {
        card.roles.remove(owner);
    }
}

/// `design` with the preview's rows added (after its own
/// responsibilities) or merged into the cards they are about, and, when
/// asked, an executive for each unknown owner. Bad rows are left out (the
/// preview lists them). The result meets every rule of the model; an
/// error names the line it comes from.
pub fn apply(
    design: &Design,
    preview: &ImportPreview,
    options: &ImportOptions,
) -> Result<Design, ImportError> {
    let mut out = design.clone();
    if let Some(unit) = &preview.size_unit
        && (out.size_unit == default_size_unit() || out.size_unit.trim().is_empty())
    {
        out.size_unit = unit.clone();
    }
    out.responsibilities.reserve(preview.adds());
    let first_new = out.executives.len();
    let mut created: HashMap<String, ExecutiveId> = HashMap::new();
    if options.create_executives && !preview.unknown_owners.is_empty() {
        if out.ceo.is_none() && out.executives.is_empty() {
            out.ceo = Some(Ceo::default());
        }
        let mut ids = FreshIds::new(out.executives.iter().map(|e| e.id.as_str()));
        let mut colours = Colours::of(&out);
        for unknown in &preview.unknown_owners {
            let (short_title, full_title) = acronyms::titles(&unknown.title);
            let executive = Executive {
                id: ExecutiveId(ids.fresh(&short_title, "executive")),
                short_title,
                full_title,
                colour: colours.next(),
                reports_to: ReportsTo::Ceo,
                ..Executive::default()
            };
            rules::check_executive(&executive).map_err(|(field, problem)| ImportError {
                line: Some(unknown.line),
                why: format!(
                    "{} cannot be made an executive: {}",
                    quoted(&unknown.title),
                    super::rows::problem_words(field, &problem)
                ),
            })?;
            created.insert(unknown_key(&unknown.title), executive.id.clone());
            out.executives.push(executive);
        }
    }
    // How many cards each new executive owns, for its place.
    let new_index: HashMap<String, usize> = out.executives[first_new..]
        .iter()
        .enumerate()
        .map(|(k, e)| (e.id.0.clone(), k))
        .collect();
    let mut cards = vec![0usize; new_index.len()];
    // Titles as the rows write them, looked up once each.
    let mut written: HashMap<&str, Option<ExecutiveId>> = HashMap::new();
    let mut ids = FreshIds::new(out.responsibilities.iter().map(|r| r.id.as_str()));
    let at: HashMap<String, usize> = out
        .responsibilities
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.0.clone(), i))
        .collect();
    // Ids the file gives first, where they are free (the first row giving
    // one keeps it); then ids made from names for the others.
    let kept: Vec<bool> = preview
        .rows
        .iter()
        .map(|row| row.updates.is_none() && row.id.as_deref().is_some_and(|id| ids.take(id)))
        .collect();
    for (row, kept) in preview.rows.iter().zip(kept) {
        let owner = row
            .owner
            .as_ref()
            .and_then(|h| resolve(h, &mut written, &created));
        let roles: BTreeMap<ExecutiveId, Role> = row
            .roles
            .iter()
            .filter_map(|(holder, role)| Some((resolve(holder, &mut written, &created)?, *role)))
            .filter(|(holder, _)| Some(holder) != owner.as_ref())
            .collect();
        if let Some(k) = owner
            .as_ref()
            .and_then(|o| new_index.get(o.as_str()))
            .copied()
        {
            cards[k] += 1;
        }
        if let Some(matched) = &row.updates {
            let Some(&i) = at.get(matched.id.as_str()) else {
                return Err(ImportError {
                    line: Some(row.line),
                    why: format!(
                        "the card {} it updates is no longer in the design; read the file again",
                        quoted(&matched.name)
                    ),
                });
            };
            // An owner the file names but the chart does not have leaves
            // the card where it is; an empty cell too.
            let new_owner = match (&row.owner, &owner) {
                _ if !row.given.owner => None,
                (None, _) => Some(None),
                (Some(_), Some(id)) => Some(Some(id.clone())),
                (Some(_), None) => None,
            };
            let card = &mut out.responsibilities[i];
            let from = card.owner.clone();
            update(card, row, new_owner, &roles);
            let (id, to) = (card.id.clone(), card.owner.clone());
            if from != to
                && let Some(when) = options.moved_at
            {
                out.log_move(&id, from, when);
            }
            continue;
        }
        let id = match &row.id {
            Some(id) if kept => id.clone(),
            _ => ids.fresh(&row.name, "responsibility"),
        };
        let kind = row
            .kind
            .unwrap_or_else(|| super::matching::kind_of(&id, &row.name));
        out.responsibilities.push(Shared::new(Responsibility {
            kind,
            id: ResponsibilityId(id),
            name: row.name.clone(),
            description: row.description.clone(),
            external_share: row.external_share,
            size: row.size,
            owner,
            roles,
            notes: row.notes.clone(),
            deliberate: row.deliberate,
        }));
    }
    super::people::set(&mut out, &preview.rows, |h| {
        resolve(h, &mut written, &created)
    });
    place(design, &mut out, first_new, &cards);
    rules::normalize(&mut out);
    rules::validate(&out).map_err(|e| ImportError {
        line: None,
        why: format!("the imported design is not valid: {e}"),
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_count_on_from_where_they_were() {
        let mut ids = FreshIds::new(["a", "a-3"].into_iter());
        assert_eq!(ids.fresh("A", "x"), "a-2");
        assert_eq!(ids.fresh("a", "x"), "a-4");
        assert_eq!(ids.fresh("", "x"), "x");
        assert!(ids.take("b"));
        assert!(!ids.take("b"));
        let long = "y".repeat(300);
        assert!(ids.fresh(&long, "x").len() <= MAX_ID_CHARS);
        assert!(ids.fresh(&long, "x").len() <= MAX_ID_CHARS);
    }
}
