//! The inspector's place while a card is being carried: which card, where
//! it would land, and what letting go there would do to the balance of the
//! executive it leaves and the one it joins, before anything moves. (The
//! card's editors come back as soon as it is dropped; while the pointer
//! carries it, nothing could be typed into them anyway.) Nothing can be
//! scrolled during a drag, so it is kept short and the window shows it
//! above the balance (whose list scrolls), whole on a 1280×720 screen.

use egui::{RichText, Ui};

use super::canvas::DropTarget;
use super::{balance_panel, theme};
use crate::controller::Derived;
use crate::model::{Balance, Design, Responsibility};

/// Shows what carrying `item` to `target` (where the pointer is, if over a
/// box or the tray) would do.
pub fn show(
    ui: &mut Ui,
    design: &Design,
    derived: &Derived,
    item: &Responsibility,
    target: Option<DropTarget>,
) {
    ui.label(RichText::new(format!("Moving “{}”", item.name)).strong());
    ui.small(format!(
        "size {} {} · {}% external-facing",
        crate::model::format::size(item.size),
        design.size_unit,
        (item.external_share * 100.0).round()
    ));
    ui.add_space(2.0);
    let from = item.owner.as_ref().and_then(|o| derived.index.executive(o));
    let title = |at: Option<usize>| {
        at.and_then(|i| design.executives.get(i))
            .map_or("the tray", |e| e.short_title.as_str())
    };
    let to = match target {
        Some(DropTarget::Executive { index, .. }) => Some(Some(index)),
        Some(DropTarget::Tray) => Some(None),
        None => None,
    };
    match to {
        None => {
            ui.label(format!("From {}: not over a box.", title(from)));
        }
        Some(to) if to == from => {
            // Over its own box: a new place among its cards, or none.
            let place = match (target, to) {
                (Some(DropTarget::Executive { before, .. }), Some(index)) => {
                    new_place(derived, item, index, before)
                }
                _ => None,
            };
            match place {
                Some((place, of)) => ui.label(format!(
                    "Within {}: to place {place} of {of} (the owner stays; the balance does not change).",
                    title(from)
                )),
                None => ui.label(format!(
                    "Over {}, where it is now: nothing moves.",
                    title(from)
                )),
            };
        }
        Some(to) => {
            ui.label(RichText::new(format!("From {} to {}", title(from), title(to))).strong());
            if let Some(i) = from {
                let now = derived.balance.executive_at(i);
                effect(ui, design, i, &now, &now.without(item));
            }
            if let Some(i) = to {
                let now = derived.balance.executive_at(i);
                effect(ui, design, i, &now, &now.with(item));
                let joining = &design.executives[i];
                if let Some(role) = item.roles.get(&joining.id) {
                    ui.small(format!(
                        "{title} is {} on it now; as its owner, {title} becomes accountable \
                         for it and that role ends.",
                        role.word(),
                        title = joining.short_title,
                    ));
                }
            }
        }
    }
    ui.add_space(2.0);
    ui.small("Let go on a box to move it there, or on the tray to leave it unassigned. Esc puts it back.");
}

/// One executive's figures after the move, its bar, and its figures now.
fn effect(ui: &mut Ui, design: &Design, at: usize, now: &Balance, after: &Balance) {
    let Some(executive) = design.executives.get(at) else {
        return;
    };
    let title = &executive.short_title;
    let figures = balance_panel::split_words;
    ui.label(
        RichText::new(format!("{title} would be {}", figures(after)))
            .color(theme::colour(executive.colour)),
    );
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 8.0), egui::Sense::hover());
    theme::split_bar(
        ui.painter(),
        rect,
        after.external_fraction(),
        ui.visuals().faint_bg_color,
    );
    ui.small(format!("now {}", figures(now)));
}

/// The place (1 for the first) among the cards of the box at `index` that
/// `item`, one of them, would take if let go before the card now at
/// `before`, and how many cards the box holds; `None` when that is where
/// it stands now.
fn new_place(
    derived: &Derived,
    item: &Responsibility,
    index: usize,
    before: usize,
) -> Option<(usize, usize)> {
    let geometry = derived.chart.boxes.get(index)?;
    let i = derived.index.responsibility(&item.id)?;
    let now = geometry.cards.iter().position(|&c| c == i)?;
    if before == now || before == now + 1 {
        return None;
    }
    let place = if before > now { before } else { before + 1 };
    Some((place, geometry.cards.len()))
}
