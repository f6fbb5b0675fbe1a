//! The Help menu's windows: a short guide to the ideas Remit is built on
//! (which way work faces, the balance, clarity, the roles on a card,
//! findings), and About (the version, Remit's licence and the licences of
//! the fonts it ships, whose texts are compiled in). Both are modal
//! dialogs that take the keyboard when they appear and close with Esc or
//! their Close button; each offers the other, and the keyboard shortcuts.

use egui::{Context, RichText, Ui};

use super::modal::scrolling_modal;
use super::theme;
use crate::controller::{Action, Command};
use crate::model::Facing;

/// The Ubuntu Font Licence, under which Ubuntu Light is shipped.
const UBUNTU_FONT_LICENCE: &str = include_str!("../../assets/fonts/UFL.txt");
/// The SIL Open Font Licence, under which the Noto fonts are shipped.
const OPEN_FONT_LICENCE: &str = include_str!("../../assets/fonts/OFL.txt");

/// The guide's sections: a heading and what it says.
pub const GUIDE: [(&str, &str); 6] = [
    (
        "What Remit is for",
        "Technology work splits two ways. Some of it keeps the company itself \
         running: the staff's computers, the networks, the back-office systems, \
         the projects that make work easier. Some of it is what customers use or \
         buy: the product, the app, the website, the partners' interfaces. A CIO \
         usually leads the first kind and a CTO the second, but real companies \
         draw the line in many places. Remit lets you draw your own line, card by \
         card, and see at once where each executive's portfolio ends up.",
    ),
    (
        "Facing: INT, MIX and EXT",
        "Every card has an external share, from 0% (it serves only the company \
         itself) to 100% (it serves only customers and the market). Its mark \
         says which way it faces: INT when under a third of it faces outward, \
         EXT when two thirds or more do, and MIX in between. The colours are \
         the same everywhere: blue for internal, orange for external, purple for \
         mixed.",
    ),
    (
        "The balance",
        "Each executive's cards are weighed by their size (counted in the \
         design's size unit: people, budget, points…). Internal % and external % \
         say how much of that weight faces each way, and the bar under each \
         name shows the same split. The balance panel also gives each \
         portfolio's share of the whole and how many cards it holds; cards in \
         the unassigned tray count for the organisation only.",
    ),
    (
        "Clarity",
        "A score from 0 to 100 for how well a portfolio fits what its executive \
         leads: the internal side, the external side, or work across both. It \
         takes the orientation you set, or else what the title says (a CIO \
         inward, a CTO outward, a CISO across both). Each percent of the \
         portfolio's size facing the other way costs two, facing both ways one; \
         security, data, compliance and architecture work costs nothing, and is \
         all a role across both sides should hold. With no side known, the \
         portfolio is held to the side most of its work faces. An executive \
         who holds all the work alone is not graded. The design's score is the \
         executives' scores averaged, each weighted by its size. Click a row of \
         the balance panel (or Tab to it and press Enter) to see how its score \
         was worked out.",
    ),
    (
        "Roles on a card: A, R, C and I",
        "The box a card sits in is its owner, the one Accountable (A) for it. \
         Other executives can take part: Responsible (R) does part of the \
         work, Consulted (C) is asked before decisions are taken, Informed (I) \
         is told of them afterwards. Chips under a card's name show them (\"R \
         CTO\"); the inspector's Shared with sets them, and the matrix view \
         (Ctrl+M) shows every card against every executive.",
    ),
    (
        "Findings",
        "Remit looks over the design after every change and points out what \
         seems wrong or worth a second thought: a warning is likely to cause \
         trouble unless there is a reason for it; a judgement call is a place \
         practitioners argue about, with both sides explained; a note is worth \
         knowing. Choosing one selects what it is about and says why it \
         matters; many come with a fix of one step, which Ctrl+Z takes back. \
         Tick Placed here on purpose on a card whose place is a choice, and \
         the findings stop questioning it.",
    ),
];

/// Buttons to the other help windows and Close; `fresh` puts the keyboard
/// on Close.
fn footer(ui: &mut Ui, fresh: bool, others: &[Command], actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let close = ui.button("Close");
        if fresh {
            close.request_focus();
        }
        if close.clicked() {
            actions.push(Action::CloseDialog);
        }
        for &command in others {
            let label = format!("{}…", command.label());
            if ui.button(label).on_hover_text(command.help()).clicked() {
                actions.push(Action::Command(command));
            }
        }
    });
}

/// The guide to the ideas.
pub fn guide(ctx: &Context, fresh: bool, actions: &mut Vec<Action>) {
    let closed = scrolling_modal(
        ctx,
        "guide",
        "Guide to the ideas",
        |ui| {
            for (i, (heading, text)) in GUIDE.iter().enumerate() {
                if i > 0 {
                    ui.add_space(8.0);
                }
                ui.label(RichText::new(*heading).strong());
                if i == 1 {
                    facing_marks(ui);
                }
                ui.label(*text);
            }
        },
        |ui| {
            footer(
                ui,
                fresh,
                &[Command::ShowShortcuts, Command::ShowAbout],
                actions,
            );
        },
    );
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// The three facing marks with their words, as on the cards.
fn facing_marks(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        for facing in [Facing::Internal, Facing::Mixed, Facing::External] {
            theme::facing_legend_entry(ui, facing);
        }
    });
}

/// What this Remit is: its version, its licence and the fonts' licences.
pub fn about(ctx: &Context, fresh: bool, actions: &mut Vec<Action>) {
    let closed = scrolling_modal(
        ctx,
        "about",
        "About Remit",
        |ui| {
            ui.label(
                RichText::new(format!("Remit, version {}", env!("CARGO_PKG_VERSION"))).strong(),
            );
            ui.label(env!("CARGO_PKG_DESCRIPTION"));
            ui.add_space(6.0);
            ui.label(format!(
                "Remit is free software under the MIT licence or the Apache licence, \
                 version 2.0, whichever you choose ({}).",
                env!("CARGO_PKG_LICENSE")
            ));
            ui.add_space(6.0);
            ui.label(RichText::new("Fonts shipped inside Remit").strong());
            for (font, licence) in FONTS {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(font).strong());
                    ui.label(licence);
                });
            }
            ui.add_space(4.0);
            egui::CollapsingHeader::new("Ubuntu Font Licence, version 1.0 (full text)")
                .id_salt("ufl")
                .show(ui, |ui| {
                    ui.label(RichText::new(UBUNTU_FONT_LICENCE).small());
                });
            egui::CollapsingHeader::new("SIL Open Font Licence, version 1.1 (full text)")
                .id_salt("ofl")
                .show(ui, |ui| {
                    ui.label(RichText::new(OPEN_FONT_LICENCE).small());
                });
        },
        |ui| {
            footer(
                ui,
                fresh,
                &[Command::ShowGuide, Command::ShowShortcuts],
                actions,
            );
        },
    );
    if closed {
        actions.push(Action::CloseDialog);
    }
}

/// The fonts Remit ships and draws with, and the licence of each.
const FONTS: [(&str, &str); 4] = [
    (
        "Ubuntu Light",
        "(the text of the window and of the exports): Ubuntu Font Licence, version 1.0.",
    ),
    (
        "Noto Sans CJK JP, Noto Sans Arabic, Noto Sans Hebrew and Noto Emoji",
        "(Japanese, Chinese, Korean, Arabic and Hebrew text, and emoji): \
         SIL Open Font Licence, version 1.1.",
    ),
    (
        "Hack",
        "(monospaced text, from egui): MIT licence; the parts that come from \
         Bitstream Vera are under the Bitstream Vera licence.",
    ),
    (
        "egui's icons",
        "(five symbols from emoji-icon-font, from egui): MIT licence.",
    ),
];
