//! The fonts of a PDF handout: each shipped font that a page uses is
//! embedded once for the whole document, cut down to the glyphs used
//! (subsetter, the subsetter svg2pdf and Typst use), as a CID font with a
//! `ToUnicode` map, so that the text can be searched and copied. Glyphs
//! are numbered in the subset in the order they are first drawn, and the
//! fonts are written in the order of the shipped fonts, so the same
//! handout is the same bytes on every run.
//!
//! How a font is written follows svg2pdf's `write_font` (MIT or Apache-2.0,
//! as Remit), which drew every page of the handout until each page
//! embedding its own copy of the fonts made a 2,000-card handout take
//! seconds.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::writers::WMode;
use pdf_writer::{Dict, Filter, Finish as _, Name, Pdf, Ref, Str};
use rustybuzz::ttf_parser::{self, GlyphId, Tag};
use subsetter::GlyphRemapper;

use super::ExportError;
use super::glyphs::{Glyph, faces, font_data};

/// The resource names of the fonts, by their number in [`faces`].
const NAMES: [&[u8]; 8] = [b"F0", b"F1", b"F2", b"F3", b"F4", b"F5", b"F6", b"F7"];

const IDENTITY_H: &str = "Identity-H";
const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// How hard streams are compressed: a fast setting. For a 10,000-card
/// handout, the fastest (1) made the file 1.7 times as large for a third
/// less time, the usual (6) a tenth smaller for a fifth more time.
pub const DEFLATE_LEVEL: u8 = 3;

/// `data` compressed for a `FlateDecode` stream.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, DEFLATE_LEVEL)
}

/// One font as used so far.
struct Used {
    reference: Ref,
    remapper: GlyphRemapper,
    unicode: BTreeMap<u16, String>,
}

/// The fonts a document uses, and the glyphs of each.
pub struct FontSet {
    fonts: Vec<Option<Used>>,
}

impl Default for FontSet {
    fn default() -> Self {
        Self::new()
    }
}

impl FontSet {
    /// No font used yet.
    pub fn new() -> Self {
        Self {
            fonts: (0..faces().len()).map(|_| None).collect(),
        }
    }

    /// The resource name of font `font` on every page.
    pub fn name(font: usize) -> Name<'static> {
        Name(NAMES.get(font).copied().unwrap_or(NAMES[0]))
    }

    /// The number (CID) that draws `glyph` of font `font` in the embedded
    /// subset; `text` is the text the glyph's range refers to.
    pub fn cid(&mut self, font: usize, glyph: &Glyph, text: &str, alloc: &mut Ref) -> u16 {
        let Some(slot) = self.fonts.get_mut(font) else {
            return 0;
        };
        let used = slot.get_or_insert_with(|| Used {
            reference: alloc.bump(),
            remapper: GlyphRemapper::new(),
            unicode: BTreeMap::new(),
        });
        let cid = used.remapper.remap(glyph.id);
        if !glyph.text.is_empty()
            && let Some(part) = text.get(glyph.text.clone())
        {
            used.unicode.entry(cid).or_insert_with(|| part.to_owned());
        }
        cid
    }

    /// Writes the fonts used into a page's (or a shared) `/Font`
    /// dictionary.
    pub fn resources(&self, mut fonts: Dict<'_>) {
        for (k, used) in self.fonts.iter().enumerate() {
            if let Some(used) = used {
                fonts.pair(Self::name(k), used.reference);
            }
        }
    }

    /// Embeds every font used, each cut down to its glyphs.
    pub fn write(self, pdf: &mut Pdf, alloc: &mut Ref) -> Result<(), ExportError> {
        for (k, used) in self.fonts.into_iter().enumerate() {
            if let Some(used) = used {
                write_font(pdf, alloc, font_data(k), &used)?;
            }
        }
        Ok(())
    }
}

fn font_error(what: &str) -> ExportError {
    ExportError::Render(format!("a shipped font could not be embedded: {what}"))
}

/// A name for the subset that is the same for the same glyphs: six capital
/// letters from a hash (FNV-1a) of the font's name and glyphs.
fn subset_tag(name: &str, remapper: &GlyphRemapper) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    };
    name.bytes().for_each(&mut eat);
    for gid in remapper.remapped_gids() {
        gid.to_be_bytes().into_iter().for_each(&mut eat);
    }
    (0..6)
        .map(|k| char::from(b'A' + ((hash >> (k * 8)) % 26) as u8))
        .collect()
}

/// The font's PostScript name, or "Font".
fn postscript_name(face: &ttf_parser::Face<'_>) -> String {
    face.names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())
        .filter(|n| !n.is_empty() && n.is_ascii())
        .unwrap_or_else(|| "Font".to_owned())
}

fn write_font(pdf: &mut Pdf, alloc: &mut Ref, data: &[u8], used: &Used) -> Result<(), ExportError> {
    let face = ttf_parser::Face::parse(data, 0).map_err(|e| font_error(&e.to_string()))?;
    let per_em = f32::from(face.units_per_em().max(1));
    let convert = |v: f32| v / per_em * 1000.0;
    let cff = face.raw_face().table(Tag::from_bytes(b"CFF ")).is_some();
    let name: String = postscript_name(&face).chars().take(100).collect();
    let base = format!("{}+{name}", subset_tag(&name, &used.remapper));
    let type0_base = if cff {
        format!("{base}-{IDENTITY_H}")
    } else {
        base.clone()
    };
    let (cid_ref, descriptor_ref, cmap_ref, data_ref) =
        (alloc.bump(), alloc.bump(), alloc.bump(), alloc.bump());

    pdf.type0_font(used.reference)
        .base_font(Name(type0_base.as_bytes()))
        .encoding_predefined(Name(IDENTITY_H.as_bytes()))
        .descendant_font(cid_ref)
        .to_unicode(cmap_ref);

    let mut cid = pdf.cid_font(cid_ref);
    cid.subtype(if cff {
        CidFontType::Type0
    } else {
        CidFontType::Type2
    });
    cid.base_font(Name(base.as_bytes()));
    cid.system_info(SYSTEM_INFO);
    cid.font_descriptor(descriptor_ref);
    cid.default_width(0.0);
    if !cff {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let widths: Vec<f32> = used
        .remapper
        .remapped_gids()
        .map(|gid| convert(f32::from(face.glyph_hor_advance(GlyphId(gid)).unwrap_or(0))))
        .collect();
    cid.widths().consecutive(0, widths);
    cid.finish();

    let bbox = face.global_bounding_box();
    let ascent = f32::from(face.typographic_ascender().unwrap_or(face.ascender()));
    let descent = f32::from(face.typographic_descender().unwrap_or(face.descender()));
    let cap = face
        .capital_height()
        .filter(|&h| h > 0)
        .map_or(ascent, f32::from);
    let mut flags = FontFlags::empty();
    flags.insert(FontFlags::SYMBOLIC);
    let mut descriptor = pdf.font_descriptor(descriptor_ref);
    descriptor
        .name(Name(base.as_bytes()))
        .flags(flags)
        .bbox(pdf_writer::Rect::new(
            convert(f32::from(bbox.x_min)),
            convert(f32::from(bbox.y_min)),
            convert(f32::from(bbox.x_max)),
            convert(f32::from(bbox.y_max)),
        ))
        .italic_angle(face.italic_angle())
        .ascent(convert(ascent))
        .descent(convert(descent))
        .cap_height(convert(cap))
        .stem_v(10.0 + 0.244 * (f32::from(face.weight().to_number()) - 50.0));
    if cff {
        descriptor.font_file3(data_ref);
    } else {
        descriptor.font_file2(data_ref);
    }
    descriptor.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
    for (&cid, text) in &used.unicode {
        cmap.pair_with_multiple(cid, text.chars());
    }
    pdf.cmap(cmap_ref, &cmap.finish())
        .writing_mode(WMode::Horizontal);

    let subset =
        subsetter::subset(data, 0, &used.remapper).map_err(|e| font_error(&format!("{e:?}")))?;
    let program = if cff {
        let raw = ttf_parser::RawFace::parse(&subset, 0).map_err(|e| font_error(&e.to_string()))?;
        raw.table(Tag::from_bytes(b"CFF "))
            .ok_or_else(|| font_error("the subset has no CFF table"))?
            .to_vec()
    } else {
        subset
    };
    let compressed = deflate(&program);
    let mut stream = pdf.stream(data_ref, &compressed);
    stream.filter(Filter::FlateDecode);
    if cff {
        stream.pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
    }
    stream.finish();
    Ok(())
}
