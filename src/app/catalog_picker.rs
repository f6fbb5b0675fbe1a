//! The "Add responsibility" dialog: where the new card goes, a blank card,
//! and the catalog — searched by name and description (every word typed
//! must match), listed under group headings, with the entries already in
//! the design marked. Hovering an entry explains it, and for the argued-
//! about items gives both placements; an entry reached with the keyboard
//! shows the same beside it.
//!
//! It is keyboard-complete: the search field has the focus when the dialog
//! opens; Enter adds the only match; ↓ (or Tab) reaches the list, where the
//! arrows move between entries and Enter or Space adds one; Esc closes.
//! The search text is view state, kept in egui's memory, and cleared each
//! time the dialog opens. Like every dialog it answers with [`Action`]s and
//! changes nothing itself.

use egui::{Context, Id, Key, RichText, Ui};

use super::modal::modal;
use crate::controller::{Action, Derived, Selection};
use crate::model::catalog::{self, CATALOG, CatalogEntry, UsualOwner};
use crate::model::{Design, Edit, ExecutiveId, Responsibility};

/// Where the search text is kept between frames.
fn query_id() -> Id {
    Id::unique("remit-catalog-search")
}

/// What is said after an entry's name when the design has it already.
pub const ALREADY: &str = "(already in the design)";

/// Shows the dialog; `fresh` on the frame it opens.
pub fn show(
    ctx: &Context,
    fresh: bool,
    owner: &mut Option<ExecutiveId>,
    design: &Design,
    derived: &Derived,
    actions: &mut Vec<Action>,
) {
    let mut query: String = if fresh {
        String::new()
    } else {
        ctx.data(|d| d.get_temp(query_id())).unwrap_or_default()
    };
    let closed = modal(ctx, "add", |ui| {
        ui.heading("Add responsibility");
        add_to(ui, owner, design, derived);
        ui.add_space(4.0);
        let mut add = |item: Responsibility| {
            let id = item.id.clone();
            actions.push(Action::Edit(Edit::Add(item)));
            actions.push(Action::Select(Selection::Responsibility(id)));
            actions.push(Action::CloseDialog);
        };
        if ui.button("Blank responsibility").clicked() {
            add(Responsibility {
                id: design.fresh_responsibility_id("New responsibility"),
                name: "New responsibility".into(),
                description: String::new(),
                external_share: 0.5,
                size: 1.0,
                owner: owner.clone(),
                ..Default::default()
            });
        }
        ui.separator();
        ui.label(RichText::new("From the catalog").strong());
        let found = catalog::search(&query);
        let count: usize = found.iter().map(|(_, entries)| entries.len()).sum();
        let (entered, down) = search_field(ui, fresh, &mut query, count);
        let only = match found.as_slice() {
            [(_, entries)] if entries.len() == 1 => Some(entries[0]),
            _ => None,
        };
        let mut chosen = only.filter(|_| entered);
        let list_height = (ui.ctx().content_rect().height() - 340.0).clamp(120.0, 360.0);
        let present = derived.catalog_in_design(design);
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .min_scrolled_height(list_height)
            // Always the same height, so the dialog stays put while the
            // list shrinks and grows under the search.
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if found.is_empty() {
                    ui.weak(format!(
                        "Nothing in the catalog matches “{}”. Try fewer words, or add a blank responsibility.",
                        query.trim()
                    ));
                }
                let mut first = true;
                for (group, entries) in &found {
                    ui.add_space(2.0);
                    ui.label(RichText::new(group.name()).strong());
                    for &i in entries {
                        let entry = &CATALOG[i];
                        let here = present.get(i).copied().unwrap_or(false);
                        let label = if here {
                            format!("{} {ALREADY}", entry.name)
                        } else {
                            entry.name.to_owned()
                        };
                        let response = ui
                            .button(label)
                            .on_hover_ui(|ui| explain(ui, entry, here));
                        if first && down {
                            response.request_focus();
                        }
                        if response.has_focus() && !response.hovered() {
                            // Reached from the keyboard: explain it beside
                            // the entry, clear of the ones below.
                            egui::Popup::from_response(&response)
                                .kind(egui::PopupKind::Tooltip)
                                .align(egui::RectAlign::RIGHT_START)
                                .show(|ui| explain(ui, entry, here));
                        }
                        first = false;
                        if response.clicked() {
                            chosen = Some(i);
                        }
                    }
                }
            });
        if let Some(i) = chosen {
            let entry = &CATALOG[i];
            let mut item = entry.to_responsibility(owner.clone());
            item.id = design.fresh_responsibility_id(entry.id);
            add(item);
        }
        ui.add_space(4.0);
        if ui.button("Cancel").clicked() {
            actions.push(Action::CloseDialog);
        }
    });
    ctx.data_mut(|d| d.insert_temp(query_id(), query));
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// The "Add to" choice: an executive or the tray.
fn add_to(ui: &mut Ui, owner: &mut Option<ExecutiveId>, design: &Design, derived: &Derived) {
    ui.horizontal(|ui| {
        let label = ui.label("Add to");
        let current = owner
            .as_ref()
            .and_then(|o| derived.index.executive(o))
            .map_or_else(
                || "Unassigned tray".to_owned(),
                |i| design.executives[i].short_title.clone(),
            );
        egui::ComboBox::from_id_salt("add_to")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for executive in &design.executives {
                    ui.selectable_value(owner, Some(executive.id.clone()), &executive.short_title);
                }
                ui.selectable_value(owner, None, "Unassigned tray");
            })
            .response
            .labelled_by(label.id);
    });
}

/// The search field and the count of matches. Returns whether Enter was
/// pressed in it, and whether ↓ asks to go down to the list.
fn search_field(ui: &mut Ui, fresh: bool, query: &mut String, count: usize) -> (bool, bool) {
    let mut entered = false;
    let mut down = false;
    ui.horizontal(|ui| {
        let label = ui.label("Search");
        let edit = ui
            .add(
                egui::TextEdit::singleline(query)
                    .hint_text("name or description, e.g. “cloud cost”")
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
        if fresh {
            edit.request_focus();
        }
        // A single-line field gives up the focus on Enter and never says it
        // lost it to the Enter key; keep the focus so typing can go on.
        if edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            entered = true;
            edit.request_focus();
        }
        if edit.has_focus() && ui.input(|i| i.key_pressed(Key::ArrowDown)) && count > 0 {
            down = true;
        }
        let total = CATALOG.len();
        if query.trim().is_empty() {
            ui.weak(format!("{total} in the catalog"));
        } else {
            ui.weak(format!("{count} of {total} match"));
        }
    });
    if count == 1 && !query.trim().is_empty() {
        ui.weak("Enter adds it.");
    }
    (entered, down)
}

/// The tooltip of an entry: what it covers, who usually owns it, and for
/// an argued-about item when each placement makes sense.
fn explain(ui: &mut Ui, entry: &CatalogEntry, here: bool) {
    ui.set_max_width(380.0);
    ui.label(entry.description);
    ui.add_space(4.0);
    let owner = match entry.usual_owner {
        UsualOwner::Cio => "Usually the CIO's (internal-facing)",
        UsualOwner::Cto => "Usually the CTO's (external-facing)",
        UsualOwner::Contested => "Contested: a judgement call, not an error",
    };
    ui.label(format!(
        "{owner} · starts {:.0}% external",
        entry.external_share * 100.0
    ));
    if let Some(views) = entry.views {
        ui.label(format!("With the CIO when: {}", views.with_cio));
        ui.label(format!("With the CTO when: {}", views.with_cto));
    }
    if !entry.from_sources() {
        ui.weak("Our own starting point; published sources stop short of it.");
    }
    if here {
        ui.weak("A card of this name is already in the design; adding makes another.");
    }
}
