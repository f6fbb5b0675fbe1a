//! The words of findings that depend on what a card is: how the contested
//! cards are placed either way, and which cards count as security or data
//! work. All wording is Remit's own.

use crate::model::catalog::{self, CatalogEntry, UsualOwner};

/// Catalog ids the sources name as disputed even where the catalog gives a
/// usual owner (infrastructure and security usually sit with the CIO, but
/// not always).
pub(super) const CONTESTED_IDS: [&str; 4] = [
    "infrastructure",
    "vendor-management",
    "security",
    "architecture",
];

/// Whether a catalog entry is a judgement call.
pub(super) fn is_contested(entry: &CatalogEntry) -> bool {
    entry.usual_owner == UsualOwner::Contested || CONTESTED_IDS.contains(&entry.id)
}

/// Both usual placements of a contested card, in our words.
pub(super) fn placements(entry: &CatalogEntry) -> String {
    let both = match entry.id {
        "infrastructure" => {
            "With the CIO it is the ground every internal system stands on; \
             with the CTO it is run as part of what customers use, most often \
             when the product is hosted on it. Some split it: product hosting \
             to the CTO, the rest to the CIO."
        }
        "vendor-management" => {
            "With the CIO it covers the IT, software and cloud suppliers the \
             company runs on; with the CTO it follows the suppliers and parts \
             that end up in the product."
        }
        "security" => {
            "With the CIO it guards the company's own systems and people, the \
             common choice in smaller firms; with the CTO it sits next to the \
             product it protects. A security chief may report to either, and \
             the two executives have to agree the security bar together."
        }
        "architecture" => {
            "With the CIO it shapes the company's own systems and their \
             standards; with the CTO it shapes the platforms the product is \
             built on."
        }
        _ => {
            "Some organisations give it to the internal-facing executive, \
             others to the external-facing one."
        }
    };
    if entry.caveat.is_empty() || CONTESTED_IDS.contains(&entry.id) {
        both.to_owned()
    } else {
        format!("{both} {}", entry.caveat)
    }
}

/// Catalog ids of the work that crosses the line between the two sides.
pub(super) const SHARED_IDS: [&str; 2] = ["security", "data-analytics"];

/// Whether a card is security or data work: a catalog id in
/// [`SHARED_IDS`]; or, for a card users made (an id not in the catalog), a
/// name with a word ending in "security" ("Security", "Cybersecurity") or
/// the word "data" ("Data platform"), in any letter case. Catalog cards go
/// by id alone, so "Compliance & data protection" is not counted.
pub(super) fn is_shared_work(id: &str, name: &str) -> bool {
    SHARED_IDS.contains(&id) || (names_shared_work(name) && catalog::entry(id).is_none())
}

/// Whether `name` has the word "data" or a word ending in "security", in
/// any letter case. (A word is a run of letters and digits; any byte of a
/// character outside ASCII counts as a letter, as such characters are in
/// every script that has them.)
///
/// It runs for every card the check considers, on every change, so it
/// looks only where such a word can be: every one starts with a "d"
/// ("data") or ends with a "y" ("…security"). Eight bytes at a time, it
/// finds the bytes that may be one of those two letters, and reads the
/// words around those alone.
pub(super) fn names_shared_work(name: &str) -> bool {
    const LOWER: u64 = u64::from_ne_bytes([0x20; 8]);
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    const D: u64 = u64::from_ne_bytes([b'd'; 8]);
    const Y: u64 = u64::from_ne_bytes([b'y'; 8]);
    // High bit set in each byte of `x` that may be zero (exact for the
    // lowest zero byte; a byte above it may be flagged too, which only
    // costs a look).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let bytes = name.as_bytes();
    // Whether a word starts or ends at one of the bytes flagged in
    // `maybe`, the first of which is at `at`.
    let look = |mut maybe: u64, at: usize| {
        while maybe != 0 {
            if shared_word_at(bytes, at + (maybe.trailing_zeros() / 8) as usize) {
                return true;
            }
            maybe &= maybe - 1;
        }
        false
    };
    // Letters to lower case (other bytes change too, but can only become
    // a "d" or "y" if they were a "D" or "Y"), then the bytes that may be
    // either.
    let candidates = |v: u64| zero((v | LOWER) ^ D) | zero((v | LOWER) ^ Y);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        if look(candidates(u64::from_le_bytes(word)), at) {
            return true;
        }
        at += 8;
    }
    // The last few bytes, padded with zeros (neither letter).
    let rest = chunks
        .remainder()
        .iter()
        .enumerate()
        .fold(0, |v, (k, &b)| v | (u64::from(b) << (8 * k)));
    look(candidates(rest), at)
}

/// Whether the word "data" starts at `i` of `bytes`, or a word ending in
/// "security" ends there.
fn shared_word_at(bytes: &[u8], i: usize) -> bool {
    const SECURITY: &[u8] = b"security";
    let in_word = |j: usize| {
        bytes
            .get(j)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || !b.is_ascii())
    };
    match bytes.get(i).map(u8::to_ascii_lowercase) {
        Some(b'd') => {
            (i == 0 || !in_word(i - 1))
                && bytes
                    .get(i..i + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"data"))
                && !in_word(i + 4)
        }
        Some(b'y') => {
            !in_word(i + 1)
                && i + 1 >= SECURITY.len()
                && bytes
                    .get(i + 1 - SECURITY.len()..=i)
                    .is_some_and(|w| w.eq_ignore_ascii_case(SECURITY))
        }
        _ => false,
    }
}

/// "1 card is" / "3 cards are".
pub(super) fn cards_are(n: usize) -> String {
    if n == 1 {
        "1 card is".to_owned()
    } else {
        format!("{n} cards are")
    }
}
