//! A card on the exported chart: its facing mark (colour and letters),
//! name (on as many lines as the card's height gives it, broken as the
//! geometry counted them; cut with "…" only past the most lines a card
//! takes, the whole name kept in the card's `<title>`), size, role chips
//! and the folded corner of a card with notes, placed as [`look`] says.

use std::fmt::Write as _;

use super::draw::{TEXT, WEAK, escape, facing_mark, hex, lines, num, rect, text};
use super::svg::Drawing;
use crate::chart::geometry::{CARD_NAME_SIZE, lines_in};
use crate::chart::{Rect, estimated_measure, look};
use crate::model::format::size_in;
use crate::model::{Facing, Responsibility};

impl Drawing<'_> {
    pub(super) fn card(&self, out: &mut String, item: &Responsibility, r: Rect) {
        let rows = usize::from(lines_in(r.h));
        let _ = writeln!(
            out,
            r#"<g class="card" data-id="{}"><title>{}</title>"#,
            escape(item.id.as_str()),
            escape(&item.name)
        );
        rect(out, r, 5.0, r##"fill="#f4f5f7" stroke="#cfd4dc""##);
        let (colour, letters) = facing_mark(Facing::of_share(item.external_share));
        let mark = Rect {
            x: r.x + look::MARK_INSET,
            y: r.y + look::MARK_INSET,
            w: look::MARK_WIDTH,
            h: look::MARK_HEIGHT,
        };
        rect(out, mark, 4.0, &format!(r#"fill="{colour}""#));
        let middle = r##" text-anchor="middle""##;
        text(
            out,
            mark.center_x(),
            mark.y + look::MARK_BASELINE,
            look::MARK_TEXT_SIZE,
            "#ffffff",
            middle,
            letters,
        );
        let size = size_in(item.size, &self.design.size_unit);
        let size_width = estimated_measure(&size, look::SIZE_TEXT);
        let end = r##" text-anchor="end""##;
        let (right, baseline) = (r.right() - look::SIZE_INSET, r.y + look::SIZE_BASELINE);
        text(out, right, baseline, look::SIZE_TEXT, WEAK, end, &size);
        let name_left = r.x + look::NAME_LEFT;
        let name_width = look::name_width(r.w, size_width);
        // Role chips take the card's last line, under the name.
        let chips = !item.roles.is_empty() && rows > 1;
        let name_rows = rows - usize::from(chips);
        let name = r#" class="name""#;
        let mut baseline = r.y + look::NAME_BASELINE;
        for line in lines(&item.name, CARD_NAME_SIZE, name_width, name_rows) {
            text(out, name_left, baseline, CARD_NAME_SIZE, TEXT, name, &line);
            baseline += look::NAME_LINE_STEP;
        }
        if chips {
            let mut x = name_left;
            let y = r.bottom() - look::CHIP_ABOVE_BOTTOM;
            for (executive, role) in &item.roles {
                let found = self.index.executive_in(self.design, executive);
                let colour = found.map_or_else(|| WEAK.to_owned(), |e| hex(e.colour));
                let title = found.map_or(executive.as_str(), |e| e.short_title.as_str());
                let label = format!("{} {title}", role.letter());
                let w = estimated_measure(&label, look::CHIP_TEXT) + 2.0 * look::CHIP_PAD;
                if x + w > r.right() - look::CHIP_END_INSET {
                    text(out, x, y + 12.0, look::CHIP_TEXT, WEAK, "", "…");
                    break;
                }
                let chip = Rect {
                    x,
                    y,
                    w,
                    h: look::CHIP_HEIGHT,
                };
                rect(
                    out,
                    chip,
                    7.0,
                    &format!(r#"fill="none" stroke="{colour}" stroke-width="1.2""#),
                );
                text(
                    out,
                    x + look::CHIP_PAD,
                    y + 11.5,
                    look::CHIP_TEXT,
                    TEXT,
                    r#" class="chip""#,
                    &label,
                );
                x += w + look::CHIP_GAP;
            }
        }
        if !item.notes.is_empty() {
            let (cx, cy) = (r.right(), r.y);
            let _ = writeln!(
                out,
                r#"<polygon class="notes" points="{},{} {},{} {},{}" fill="{WEAK}"/>"#,
                num(cx),
                num(cy),
                num(cx),
                num(cy + look::FOLD),
                num(cx - look::FOLD),
                num(cy)
            );
        }
        out.push_str("</g>\n");
    }
}
