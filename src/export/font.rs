//! The one font every export draws with: Ubuntu Light, the proportional
//! font the window itself uses (shipped by egui; licence in
//! `assets/fonts/UFL.txt`). It is compiled into the binary and is the only
//! font the SVG renderer knows, so PNG and PDF output never depend on the
//! fonts a machine has installed.

use std::sync::{Arc, OnceLock};

use resvg::usvg;

/// The font file.
pub const FONT: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");

/// The family name the SVG asks for; the renderer maps it (and the generic
/// `sans-serif`) to the shipped font.
pub const FAMILY: &str = "Ubuntu";

/// A font database holding only the shipped font, built once.
fn database() -> Arc<usvg::fontdb::Database> {
    static DATABASE: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(FONT.to_vec());
            // Whatever family name the file gives itself, every family the
            // SVG can name resolves to it.
            let family = db
                .faces()
                .next()
                .and_then(|face| face.families.first())
                .map_or_else(|| FAMILY.to_owned(), |(name, _)| name.clone());
            db.set_sans_serif_family(family.clone());
            db.set_serif_family(family.clone());
            db.set_monospace_family(family.clone());
            db.set_cursive_family(family.clone());
            db.set_fantasy_family(family);
            Arc::new(db)
        })
        .clone()
}

/// Options for parsing Remit's SVG: the shipped font, nothing from disk.
pub fn options() -> usvg::Options<'static> {
    let db = database();
    let family = db
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map_or_else(|| FAMILY.to_owned(), |(name, _)| name.clone());
    let mut options = usvg::Options {
        font_family: family,
        fontdb: db,
        ..usvg::Options::default()
    };
    // No file or web resource is ever loaded.
    options.resources_dir = None;
    options
}

/// Parses an SVG that Remit drew.
pub fn parse(svg: &str) -> Result<usvg::Tree, super::ExportError> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| super::ExportError::Render(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_font_is_the_only_one_and_is_found() {
        let options = options();
        assert_eq!(options.fontdb.len(), 1);
        let family = &options.font_family;
        assert!(family.starts_with("Ubuntu"), "{family}");
    }
}
