//! Which characters a spreadsheet's bytes stand for. Spreadsheet programs
//! save text in several encodings: UTF-8 with or without a byte-order mark
//! ("CSV UTF-8"), UTF-16 with a byte-order mark ("Unicode Text", which is
//! also tab-separated), and, in Western Europe, Windows-1252 (plain "CSV"
//! from Excel on Windows). The decoding is `encoding_rs`'s; this module
//! only decides which one applies:
//!
//! 1. a byte-order mark says it (UTF-8, UTF-16 LE or BE);
//! 2. UTF-16 without a mark is recognised by its zero bytes beside ASCII;
//! 3. text that is valid UTF-8 is UTF-8;
//! 4. anything else is Windows-1252, and the preview says so (a word such
//!    as `Geldwäsche` reads right; a file in another code page would show
//!    wrong letters, which the note asks the user to check).
//!
//! Bytes that are no text at all (zero bytes in a file that is not UTF-16)
//! are refused rather than decoded into nonsense.

use std::borrow::Cow;

/// The encodings the import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16, little-endian (Excel's "Unicode Text" on Windows).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 (Western European), taken when the file is not UTF-8.
    Windows1252,
}

impl TextEncoding {
    /// What the encoding is called in a message.
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 with a byte-order mark",
            Self::Utf16Le => "UTF-16 (little-endian)",
            Self::Utf16Be => "UTF-16 (big-endian)",
            Self::Windows1252 => "Windows-1252",
        }
    }

    /// What the preview says about it, when there is something to say: a
    /// file read as Windows-1252 was a guess from its bytes.
    pub fn note(self) -> Option<String> {
        match self {
            Self::Windows1252 => Some(
                "The file is not UTF-8, so it was read as Windows-1252 (Western European, \
                 Excel's plain \"CSV\"): check that accented letters such as ä, é and € \
                 look right. If they do not, save the file as \"CSV UTF-8\" and import it \
                 again."
                    .to_owned(),
            ),
            _ => None,
        }
    }
}

/// A file's text and the encoding it was read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// How it was read.
    pub encoding: TextEncoding,
}

/// Why bytes cannot be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotText {
    /// What is wrong, in plain words.
    pub why: String,
}

/// UTF-16 without a byte-order mark: ASCII text with a zero byte beside
/// every character. `Some(true)` for little-endian.
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 4 {
        return None;
    }
    let zeros = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b == 0);
    let text = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b != 0);
    if zeros(1) && text(0) {
        Some(true)
    } else if zeros(0) && text(1) {
        Some(false)
    } else {
        None
    }
}

/// The text of `bytes` (see the module's notes).
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, NotText> {
    let (encoding, which, body) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, mark)) if enc == encoding_rs::UTF_8 => {
            (enc, TextEncoding::Utf8Bom, &bytes[mark..])
        }
        Some((enc, mark)) if enc == encoding_rs::UTF_16LE => {
            (enc, TextEncoding::Utf16Le, &bytes[mark..])
        }
        Some((enc, mark)) => (enc, TextEncoding::Utf16Be, &bytes[mark..]),
        None => match utf16_without_mark(bytes) {
            Some(true) => (encoding_rs::UTF_16LE, TextEncoding::Utf16Le, bytes),
            Some(false) => (encoding_rs::UTF_16BE, TextEncoding::Utf16Be, bytes),
            None if std::str::from_utf8(bytes).is_ok() => {
                (encoding_rs::UTF_8, TextEncoding::Utf8, bytes)
            }
            None => (encoding_rs::WINDOWS_1252, TextEncoding::Windows1252, bytes),
        },
    };
    let utf16 = matches!(which, TextEncoding::Utf16Le | TextEncoding::Utf16Be);
    if !utf16 && let Some(at) = body.iter().position(|&b| b == 0) {
        return Err(NotText {
            why: format!(
                "the file is not text (it holds a zero byte at byte {}), nor a workbook \
                 Remit reads (.xlsx, .xls, .ods); save it as CSV or as an Excel workbook",
                at + 1
            ),
        });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        // Only UTF-8 and UTF-16 can be malformed; Windows-1252 maps every
        // byte. UTF-8 was checked above, so this is broken UTF-16.
        let good = text.split('\u{FFFD}').next().unwrap_or_default();
        let line = 1 + good.matches('\n').count();
        return Err(NotText {
            why: format!(
                "the file is {} but line {line} holds bytes that are not; save it again \
                 as \"CSV UTF-8\"",
                which.name()
            ),
        });
    }
    Ok(Decoded {
        text,
        encoding: which,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(bytes: &[u8]) -> (String, TextEncoding) {
        let d = decode(bytes).expect("text");
        (d.text.into_owned(), d.encoding)
    }

    #[test]
    fn each_encoding_is_recognised() {
        assert_eq!(read(b"name\n"), ("name\n".into(), TextEncoding::Utf8));
        assert_eq!(
            read(b"\xEF\xBB\xBFname\n"),
            ("name\n".into(), TextEncoding::Utf8Bom)
        );
        assert_eq!(
            read(b"\xFF\xFEn\0\xE4\0\n\0"),
            ("nä\n".into(), TextEncoding::Utf16Le)
        );
        assert_eq!(
            read(b"\xFE\xFF\0n\0\xE4\0\n"),
            ("nä\n".into(), TextEncoding::Utf16Be)
        );
        assert_eq!(
            read(b"n\0a\0m\0e\0"),
            ("name".into(), TextEncoding::Utf16Le)
        );
        assert_eq!(
            read(b"Geldw\xe4sche;5 \x80\r\n"),
            ("Geldwäsche;5 €\r\n".into(), TextEncoding::Windows1252)
        );
        assert!(TextEncoding::Windows1252.note().is_some());
        assert!(TextEncoding::Utf8.note().is_none());
    }

    #[test]
    fn bytes_that_are_not_text_are_refused() {
        let err = decode(b"name\nA\0B\n").expect_err("a zero byte");
        assert!(err.why.contains("byte 7"), "{}", err.why);
        // A lone surrogate half in UTF-16.
        let err = decode(b"\xFF\xFEa\0\n\0\x00\xD8b\0").expect_err("broken UTF-16");
        assert!(err.why.contains("line 2"), "{}", err.why);
    }

    proptest! {
        #[test]
        fn text_comes_back_from_each_encoding(text in "[^\u{0}\u{feff}]{0,40}") {
            // UTF-8, with and without a mark.
            prop_assert_eq!(read(text.as_bytes()).0, text.clone());
            let mut marked = b"\xEF\xBB\xBF".to_vec();
            marked.extend_from_slice(text.as_bytes());
            prop_assert_eq!(read(&marked), (text.clone(), TextEncoding::Utf8Bom));
            // UTF-16 with a mark, both byte orders.
            let mut le = vec![0xFF, 0xFE];
            let mut be = vec![0xFE, 0xFF];
            for unit in text.encode_utf16() {
                le.extend_from_slice(&unit.to_le_bytes());
                be.extend_from_slice(&unit.to_be_bytes());
            }
            prop_assert_eq!(read(&le).0, text.clone());
            prop_assert_eq!(read(&be).0, text.clone());
        }

        #[test]
        // Letters whose Windows-1252 bytes cannot follow one another in
        // UTF-8 (no € or –, whose bytes are UTF-8 continuation bytes).
        fn windows_1252_text_reads_back(text in "[a-zA-Z0-9 ;,äöüÄÖÜßéèà]{0,40}") {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            prop_assert!(!unmappable);
            let (back, encoding) = read(&bytes);
            prop_assert_eq!(back, text.clone());
            let ascii = text.is_ascii();
            prop_assert_eq!(
                encoding,
                if ascii { TextEncoding::Utf8 } else { TextEncoding::Windows1252 }
            );
        }
    }
}
