//! The chart's pages, drawn as SVG by [`super::svg`] and
//! [`super::pdf`], put on PDF pages by [`Painter`]. Remit's SVG uses a
//! small, fixed set of elements (`svg`, `g`, `rect`, `text`, `line`,
//! `polyline`, `polygon`, `title`) and attributes, all written with
//! explicit values, so this reads exactly those and refuses anything else
//! (a drawing that grew an element this does not know is a bug to catch,
//! not something to leave out quietly). It replaced svg2pdf, which parsed
//! every page with usvg and embedded the fonts again on every page.

use resvg::usvg::roxmltree::{Document, Node};

use super::ExportError;
use super::pdf_draw::{Anchor, Paint, Painter};
use crate::chart::Rect;
use crate::model::Rgb;

fn unknown(what: impl std::fmt::Display) -> ExportError {
    ExportError::Render(format!("the PDF writer does not know {what}"))
}

/// A number attribute (0 when absent).
fn number(node: Node<'_, '_>, name: &str) -> Result<f32, ExportError> {
    match node.attribute(name) {
        None => Ok(0.0),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| unknown(format!("the {name} {v:?}"))),
    }
}

/// A colour attribute: `None` for absent or `none`.
fn colour(node: Node<'_, '_>, name: &str) -> Result<Option<Rgb>, ExportError> {
    match node.attribute(name) {
        None | Some("none") => Ok(None),
        Some(v) => Rgb::from_hex(v)
            .map(Some)
            .ok_or_else(|| unknown(format!("the colour {v:?}"))),
    }
}

/// Numbers separated by spaces or commas.
fn numbers(text: &str) -> Result<Vec<f32>, ExportError> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| unknown(format!("the number {s:?}"))))
        .collect()
}

/// How a shape's attributes paint it (SVG's default fill is black).
fn paint(node: Node<'_, '_>) -> Result<Paint, ExportError> {
    let fill = match node.attribute("fill") {
        None => Some(Rgb(0, 0, 0)),
        Some(_) => colour(node, "fill")?,
    };
    let stroke = match colour(node, "stroke")? {
        Some(c) => Some((
            c,
            node.attribute("stroke-width")
                .map_or(Ok(1.0), |_| number(node, "stroke-width"))?,
        )),
        None => None,
    };
    let dash = match node.attribute("stroke-dasharray") {
        Some(d) => match numbers(d)?.as_slice() {
            [on, off] => Some((*on, *off)),
            _ => return Err(unknown(format!("the dashes {d:?}"))),
        },
        None => None,
    };
    Ok(Paint { fill, stroke, dash })
}

/// The points of a `polyline` or `polygon`.
fn points(node: Node<'_, '_>) -> Result<Vec<[f32; 2]>, ExportError> {
    let values = numbers(node.attribute("points").unwrap_or(""))?;
    Ok(values.chunks_exact(2).map(|p| [p[0], p[1]]).collect())
}

/// Draws the SVG document `svg` (one of Remit's) on `painter`.
pub fn draw(svg: &str, painter: &mut Painter<'_>) -> Result<(), ExportError> {
    let document = Document::parse(svg).map_err(|e| ExportError::Render(e.to_string()))?;
    children(document.root_element(), painter)
}

fn children(node: Node<'_, '_>, painter: &mut Painter<'_>) -> Result<(), ExportError> {
    for child in node.children().filter(Node::is_element) {
        element(child, painter)?;
    }
    Ok(())
}

fn element(node: Node<'_, '_>, painter: &mut Painter<'_>) -> Result<(), ExportError> {
    match node.tag_name().name() {
        "g" => children(node, painter)?,
        "title" | "desc" => {}
        "svg" => nested(node, painter)?,
        "rect" => {
            let r = Rect {
                x: number(node, "x")?,
                y: number(node, "y")?,
                w: number(node, "width")?,
                h: number(node, "height")?,
            };
            painter.rect(r, number(node, "rx")?, &paint(node)?);
        }
        "line" => {
            let ends = [
                [number(node, "x1")?, number(node, "y1")?],
                [number(node, "x2")?, number(node, "y2")?],
            ];
            let paint = Paint {
                fill: None,
                ..paint(node)?
            };
            painter.path(&ends, false, &paint);
        }
        "polyline" => painter.path(&points(node)?, false, &paint(node)?),
        "polygon" => painter.path(&points(node)?, true, &paint(node)?),
        "text" => text(node, painter)?,
        other => return Err(unknown(format!("the element <{other}>"))),
    }
    Ok(())
}

/// A `<svg>` inside the page: its part of the chart (`viewBox`) scaled
/// into its place (`x`, `y`, `width`, `height`), cut at its edges.
fn nested(node: Node<'_, '_>, painter: &mut Painter<'_>) -> Result<(), ExportError> {
    let place = Rect {
        x: number(node, "x")?,
        y: number(node, "y")?,
        w: number(node, "width")?,
        h: number(node, "height")?,
    };
    let view = match node.attribute("viewBox").map(numbers).transpose()? {
        Some(v) if v.len() == 4 && v[2] > 0.0 && v[3] > 0.0 => Rect {
            x: v[0],
            y: v[1],
            w: v[2],
            h: v[3],
        },
        _ => return Err(unknown("a nested drawing without its viewBox")),
    };
    let (sx, sy) = (place.w / view.w, place.h / view.h);
    painter.save();
    painter.clip(place);
    painter.transform([
        sx,
        0.0,
        0.0,
        sy,
        place.x - view.x * sx,
        place.y - view.y * sy,
    ]);
    children(node, painter)?;
    painter.restore();
    Ok(())
}

fn text(node: Node<'_, '_>, painter: &mut Painter<'_>) -> Result<(), ExportError> {
    let content: String = node.children().filter_map(|c| c.text()).collect();
    let (mut x, mut y) = (number(node, "x")?, number(node, "y")?);
    let size = number(node, "font-size")?;
    let fill = colour(node, "fill")?.unwrap_or(Rgb(0, 0, 0));
    let anchor = match node.attribute("text-anchor") {
        None | Some("start") => Anchor::Start,
        Some("middle") => Anchor::Middle,
        Some("end") => Anchor::End,
        Some(other) => return Err(unknown(format!("the text-anchor {other:?}"))),
    };
    let mut degrees = 0.0;
    if let Some(transform) = node.attribute("transform") {
        let inner = transform
            .trim()
            .strip_prefix("rotate(")
            .and_then(|t| t.strip_suffix(')'))
            .ok_or_else(|| unknown(format!("the transform {transform:?}")))?;
        let values = numbers(inner)?;
        let (angle, cx, cy) = match values.as_slice() {
            [a] => (*a, 0.0, 0.0),
            [a, cx, cy] => (*a, *cx, *cy),
            _ => return Err(unknown(format!("the transform {transform:?}"))),
        };
        let (sin, cos) = angle.to_radians().sin_cos();
        let (dx, dy) = (x - cx, y - cy);
        (x, y) = (cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
        degrees = angle;
    }
    painter.text(x, y, size, fill, anchor, degrees, &content);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf_fonts::FontSet;

    fn drawn(svg: &str) -> Result<Vec<u8>, ExportError> {
        let mut fonts = FontSet::new();
        let mut alloc = pdf_writer::Ref::new(1);
        let mut painter = Painter::new(100.0, &mut fonts, &mut alloc);
        draw(svg, &mut painter)?;
        Ok(painter.finish())
    }

    #[test]
    fn what_remit_draws_is_drawn_and_anything_else_refused() {
        let ok = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
<g class="card"><title>t</title><rect x="1" y="2" width="30" height="10" rx="4" fill="#ffffff" stroke="#000000" stroke-width="1.5"/>
<text x="5" y="9" font-size="8" fill="#1f2328" text-anchor="end" textLength="20" lengthAdjust="spacingAndGlyphs">R&amp;D</text>
<polyline points="0,0 5,5 9,0" fill="none" stroke="#6b7280" stroke-width="2" stroke-dasharray="6 5"/>
<polygon points="0,0 5,5 9,0" fill="#5f6670"/>
<line x1="0" y1="1" x2="9" y2="1" stroke="#9aa1ab" stroke-width="1"/>
<text x="3" y="4" font-size="9" fill="#5f6670" transform="rotate(90 3 4)">down</text>
<svg x="10" y="10" width="50" height="50" viewBox="0 0 100 100"><rect x="0" y="0" width="100" height="100" fill="#ffffff"/></svg>
</g></svg>"##;
        let content = drawn(ok).expect("drawn");
        let text = String::from_utf8_lossy(&content);
        assert!(text.contains("Tj"), "text is text: {text}");
        assert!(text.contains(" re\nW\nn"), "the part is clipped: {text}");
        for bad in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="red"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><text transform="scale(2)">x</text></svg>"#,
        ] {
            assert!(drawn(bad).is_err(), "{bad}");
        }
    }
}
