//! The fonts Remit draws with, all compiled into the binary: Ubuntu Light,
//! the proportional font the window itself uses (shipped by egui; licence
//! in `assets/fonts/UFL.txt`), and after it, for the scripts it lacks, the
//! [`FALLBACKS`]: Noto Sans CJK (Japanese, Chinese, Korean), Noto Sans
//! Arabic, Noto Sans Hebrew and Noto Emoji (licences in
//! `assets/fonts/OFL.txt`; `assets/fonts/subset.sh` makes the subsets).
//!
//! They are the only fonts the SVG renderer knows, so PNG and PDF output
//! never depend on the fonts a machine has installed; the window adds the
//! same fallbacks to egui's fonts (`app::fonts`).

use std::sync::{Arc, OnceLock};

use resvg::usvg;

/// The font file.
pub const FONT: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");

/// The emoji font: egui's own Noto Emoji (monochrome), one copy for the
/// window and the exports.
pub static EMOJI: &[u8] = epaint_default_fonts::NOTO_EMOJI_REGULAR;

/// A font shipped for the characters Ubuntu Light has no glyph for.
#[derive(Clone, Copy, Debug)]
pub struct Fallback {
    /// The name egui knows it by.
    pub name: &'static str,
    /// The font file.
    pub data: &'static [u8],
}

/// The fallback fonts, in the order they are tried after Ubuntu Light. The
/// CJK font is split in four files (none over 2 MiB): three of kana, kanji
/// and hanzi by code point, one of Hangul. A `static`, not a `const`: the
/// window and the exports share one copy of the 6 MiB (a `const` is copied
/// into each place that uses it, and the program grew by twice the fonts).
pub static FALLBACKS: [Fallback; 7] = [
    Fallback {
        name: "Noto Sans CJK JP 1",
        data: include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-1.otf"),
    },
    Fallback {
        name: "Noto Sans CJK JP 2",
        data: include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-2.otf"),
    },
    Fallback {
        name: "Noto Sans CJK JP 3",
        data: include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-3.otf"),
    },
    Fallback {
        name: "Noto Sans CJK JP Hangul",
        data: include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-Hangul.otf"),
    },
    Fallback {
        name: "Noto Sans Arabic",
        data: include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    },
    Fallback {
        name: "Noto Sans Hebrew",
        data: include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    },
    Fallback {
        name: "Noto Emoji",
        data: EMOJI,
    },
];

/// The font families the SVG asks for, in order: Ubuntu, then the
/// fallbacks' families (a viewer that opens the SVG itself finds them
/// among its own fonts). The renderer maps each to the shipped font.
pub const FAMILY: &str =
    "Ubuntu, 'Noto Sans CJK JP', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Emoji'";

/// A font database holding only the shipped fonts, Ubuntu Light first and
/// then the fallbacks in their order (the order the renderer tries them
/// in for a character Ubuntu Light lacks), built once.
fn database() -> Arc<usvg::fontdb::Database> {
    static DATABASE: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(FONT.to_vec());
            // Whatever family name the file gives itself, every generic
            // family the SVG can name resolves to it.
            let family = first_family(&db);
            for fallback in &FALLBACKS {
                db.load_font_data(fallback.data.to_vec());
            }
            db.set_sans_serif_family(family.clone());
            db.set_serif_family(family.clone());
            db.set_monospace_family(family.clone());
            db.set_cursive_family(family.clone());
            db.set_fantasy_family(family);
            Arc::new(db)
        })
        .clone()
}

/// The family name of the first font in `db` (Ubuntu Light's).
fn first_family(db: &usvg::fontdb::Database) -> String {
    db.faces()
        .next()
        .and_then(|face| face.families.first())
        .map_or_else(|| "Ubuntu".to_owned(), |(name, _)| name.clone())
}

/// Options for parsing Remit's SVG: the shipped fonts, nothing from disk.
pub fn options() -> usvg::Options<'static> {
    let db = database();
    let mut options = usvg::Options {
        font_family: first_family(&db),
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

/// `svg` (one Remit drew) with every letter turned into its outline in
/// the shipped fonts, by usvg: a drawing that looks the same in any viewer,
/// whatever fonts it has, whose text can no longer be searched or edited.
/// It keeps Remit's mark after its opening tag.
pub fn outlined(svg: &str) -> Result<String, super::ExportError> {
    let tree = parse(svg)?;
    let written = tree.to_string(&usvg::WriteOptions::default());
    let written = written
        .strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>"))
        .map_or(written.as_str(), |(_, rest)| rest)
        .trim_start();
    match written.split_once('>') {
        Some((open, rest)) => Ok(format!("{open}>\n{}{rest}", super::mark::COMMENT)),
        None => Err(super::ExportError::Render(
            "the outlined drawing has no opening tag".to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_fonts_are_the_only_ones_and_ubuntu_comes_first() {
        let options = options();
        assert_eq!(options.fontdb.len(), 1 + FALLBACKS.len());
        let family = &options.font_family;
        assert!(family.starts_with("Ubuntu"), "{family}");
        let faces: Vec<_> = options.fontdb.faces().collect();
        assert_eq!(faces[0].families[0].0, *family);
    }

    #[test]
    fn every_family_the_svg_names_is_a_shipped_font_and_ubuntu_is_found_first() {
        let db = database();
        let families: Vec<&str> = FAMILY
            .split(',')
            .map(|name| name.trim().trim_matches('\''))
            .collect();
        for name in &families {
            let query = usvg::fontdb::Query {
                families: &[usvg::fontdb::Family::Name(name)],
                ..Default::default()
            };
            assert!(db.query(&query).is_some(), "no shipped font is {name}");
        }
        // What the SVG asks for resolves to Ubuntu Light, not a fallback.
        let asked: Vec<_> = families
            .iter()
            .map(|name| usvg::fontdb::Family::Name(name))
            .collect();
        let query = usvg::fontdb::Query {
            families: &asked,
            weight: usvg::fontdb::Weight::NORMAL,
            ..Default::default()
        };
        let first = db.query(&query).and_then(|id| db.face(id));
        assert_eq!(
            first.map(|face| face.families[0].0.as_str()),
            Some(first_family(&db).as_str())
        );
    }
}
