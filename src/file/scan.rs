//! A small tokenizer for RON text, enough to find things in a file without
//! parsing it into values: the format version before the real parse, the
//! line of an item a rule is about, and whether a file stops half-way.
//!
//! It works on bytes (every structural character of RON is ASCII) and counts
//! lines and columns the way the parser does: 1-based, columns in characters.

/// A place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Byte offset.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `#` (starts an attribute such as `#![enable(implicit_some)]`).
    Hash,
    /// `!`
    Bang,
    /// A name: a field, a struct name, `Some`, `None`, `true`…
    Ident(&'a str),
    /// A number, as written.
    Number(&'a str),
    /// A quoted string, raw string, byte string or character.
    Text,
    /// Anything else (one character).
    Other,
}

/// Why scanning stopped early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unclosed {
    /// A string, character or raw string with no end.
    Text,
    /// A `/* … */` comment with no end.
    Comment,
}

/// Reads tokens one after another.
pub struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    line: usize,
    column: usize,
    /// How many comments have been skipped.
    comments: usize,
}

impl<'a> Scanner<'a> {
    /// A scanner at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            column: 1,
            comments: 0,
        }
    }

    /// Where the scanner is.
    pub fn place(&self) -> Place {
        Place {
            offset: self.at,
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        if b == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if b & 0xC0 != 0x80 {
            // Count characters, not the continuation bytes of one.
            self.column += 1;
        }
        Some(b)
    }

    /// Skips white space and comments.
    fn skip_trivia(&mut self) -> Result<(), Unclosed> {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C), _) => {
                    self.bump();
                }
                (Some(b'/'), Some(b'/')) => {
                    self.comments += 1;
                    while let Some(b) = self.peek() {
                        if b == b'\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.comments += 1;
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.bump(), self.peek()) {
                            (Some(b'*'), Some(b'/')) => {
                                self.bump();
                                depth -= 1;
                            }
                            (Some(b'/'), Some(b'*')) => {
                                self.bump();
                                depth += 1;
                            }
                            (Some(_), _) => {}
                            (None, _) => return Err(Unclosed::Comment),
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn quoted(&mut self, quote: u8) -> Result<(), Unclosed> {
        self.bump();
        loop {
            match self.bump() {
                Some(b'\\') => {
                    self.bump();
                }
                Some(b) if b == quote => return Ok(()),
                Some(_) => {}
                None => return Err(Unclosed::Text),
            }
        }
    }

    /// A raw string: `r` then `#`s, then `"` … `"` and as many `#`s.
    fn raw(&mut self) -> Result<(), Unclosed> {
        self.bump(); // r
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            self.bump();
            hashes += 1;
        }
        self.bump(); // "
        loop {
            match self.bump() {
                Some(b'"') => {
                    let mut n = 0;
                    while n < hashes && self.peek() == Some(b'#') {
                        self.bump();
                        n += 1;
                    }
                    if n == hashes {
                        return Ok(());
                    }
                }
                Some(_) => {}
                None => return Err(Unclosed::Text),
            }
        }
    }

    fn word(&mut self) -> &'a str {
        let start = self.at;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
                self.bump();
            } else {
                break;
            }
        }
        &self.text[start..self.at]
    }

    fn number(&mut self) -> &'a str {
        let start = self.at;
        // The first character (a digit, a sign or a point) always belongs.
        self.bump();
        while let Some(b) = self.peek() {
            let sign_after_exponent =
                matches!(b, b'+' | b'-') && matches!(self.bytes[self.at - 1], b'e' | b'E');
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_') || sign_after_exponent {
                self.bump();
            } else {
                break;
            }
        }
        &self.text[start..self.at]
    }

    /// The next token and where it starts, or `None` at the end of the text.
    pub fn next_token(&mut self) -> Result<Option<(Token<'a>, Place)>, Unclosed> {
        self.skip_trivia()?;
        let place = self.place();
        let Some(b) = self.peek() else {
            return Ok(None);
        };
        let token = match b {
            b'(' | b'[' | b'{' => {
                self.bump();
                Token::Open(b)
            }
            b')' | b']' | b'}' => {
                self.bump();
                Token::Close(b)
            }
            b',' => {
                self.bump();
                Token::Comma
            }
            b':' => {
                self.bump();
                Token::Colon
            }
            b'#' => {
                self.bump();
                Token::Hash
            }
            b'!' => {
                self.bump();
                Token::Bang
            }
            b'"' | b'\'' => {
                self.quoted(b)?;
                Token::Text
            }
            b'r' if matches!(self.peek_at(1), Some(b'"' | b'#')) => {
                // `r#ident` is a raw identifier, `r#"…"#` a raw string.
                if self.peek_at(1) == Some(b'#') && !matches!(self.peek_at(2), Some(b'"' | b'#')) {
                    self.bump();
                    self.bump();
                    Token::Ident(self.word())
                } else {
                    self.raw()?;
                    Token::Text
                }
            }
            b'b' if self.peek_at(1) == Some(b'"') || self.peek_at(1) == Some(b'\'') => {
                self.bump();
                let quote = self.peek().unwrap_or(b'"');
                self.quoted(quote)?;
                Token::Text
            }
            b'b' if self.peek_at(1) == Some(b'r')
                && matches!(self.peek_at(2), Some(b'"' | b'#')) =>
            {
                self.bump();
                self.raw()?;
                Token::Text
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' => Token::Number(self.number()),
            b if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => Token::Ident(self.word()),
            _ => {
                // One character (all of it, if it is not ASCII).
                self.bump();
                while self.peek().is_some_and(|b| b & 0xC0 == 0x80) {
                    self.bump();
                }
                Token::Other
            }
        };
        Ok(Some((token, place)))
    }
}

/// How many bytes of `text` are content: everything but white space and
/// comments outside strings. The one size limit on designs counts these,
/// so it does not depend on how a file is laid out.
pub fn content_bytes(text: &str) -> u64 {
    let b = text.as_bytes();
    let mut n: u64 = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                n += (i - start) as u64;
            }
            _ => {
                n += 1;
                i += 1;
            }
        }
    }
    n
}

/// The comments a file opens with, and whether it holds others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comments {
    /// The comment lines before the design (and any blank lines between
    /// them), as written, ending with a line break; empty when the file
    /// starts with the design.
    pub leading: String,
    /// Whether there are comments after the design starts (inside it or
    /// after it), which a file written again from the design would lose.
    pub later: bool,
}

/// The comments `text` opens with, and whether it holds others (outside
/// strings). One pass over the bytes.
pub fn comments(text: &str) -> Comments {
    let mut scanner = Scanner::new(text);
    if scanner.skip_trivia().is_err() {
        return Comments::default();
    }
    let start = scanner.place().offset;
    let head = text[..start].trim_end();
    let leading = if head.contains("//") || head.contains("/*") {
        // Whole lines only: the head ends where the design's line starts.
        let end = text[..start].rfind('\n').map_or(start, |i| i + 1);
        let mut leading = text[..end].trim_end().to_owned();
        leading.push('\n');
        leading
    } else {
        String::new()
    };
    let before = scanner.comments;
    // The rest, token by token (strings of every kind are skipped whole).
    while let Ok(Some(_)) = scanner.next_token() {}
    Comments {
        leading,
        later: scanner.comments > before,
    }
}

/// Whether the text stops with a bracket, string, character or block
/// comment still open: the mark of a file cut short.
pub fn ends_open(text: &str) -> bool {
    let mut scanner = Scanner::new(text);
    let mut depth: usize = 0;
    loop {
        match scanner.next_token() {
            Err(_) => return true,
            Ok(None) => return depth > 0,
            Ok(Some((Token::Open(_), _))) => depth += 1,
            Ok(Some((Token::Close(_), _))) => depth = depth.saturating_sub(1),
            Ok(Some(_)) => {}
        }
    }
}

/// The place of the first token at or after `offset` (or the end).
pub fn token_at(text: &str, offset: usize) -> Option<(Token<'_>, Place)> {
    tokens_from(text, offset, 1).into_iter().next()
}

/// Up to `n` tokens, the first at or after `offset`.
pub fn tokens_from(text: &str, offset: usize, n: usize) -> Vec<(Token<'_>, Place)> {
    let mut scanner = Scanner::new(text);
    let mut found = Vec::with_capacity(n);
    while found.len() < n {
        match scanner.next_token() {
            Ok(Some((token, place))) if place.offset >= offset => found.push((token, place)),
            Ok(Some(_)) => {}
            _ => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token<'_>> {
        let mut s = Scanner::new(text);
        let mut out = Vec::new();
        while let Ok(Some((t, _))) = s.next_token() {
            out.push(t);
        }
        out
    }

    #[test]
    fn reads_the_pieces_of_a_design() {
        let text = "// c\n#![enable(implicit_some)]\nDesign(a: \"x\\\"y\", b: r#\"q\"#, c: -1.5e-3, /* x /* y */ */ d: Some('z'))";
        assert_eq!(
            tokens(text),
            vec![
                Token::Hash,
                Token::Bang,
                Token::Open(b'['),
                Token::Ident("enable"),
                Token::Open(b'('),
                Token::Ident("implicit_some"),
                Token::Close(b')'),
                Token::Close(b']'),
                Token::Ident("Design"),
                Token::Open(b'('),
                Token::Ident("a"),
                Token::Colon,
                Token::Text,
                Token::Comma,
                Token::Ident("b"),
                Token::Colon,
                Token::Text,
                Token::Comma,
                Token::Ident("c"),
                Token::Colon,
                Token::Number("-1.5e-3"),
                Token::Comma,
                Token::Ident("d"),
                Token::Colon,
                Token::Ident("Some"),
                Token::Open(b'('),
                Token::Text,
                Token::Close(b')'),
                Token::Close(b')'),
            ]
        );
    }

    #[test]
    fn places_count_lines_and_characters() {
        let mut s = Scanner::new("(\n  é: 1)");
        let mut places = Vec::new();
        while let Ok(Some((_, p))) = s.next_token() {
            places.push((p.line, p.column));
        }
        assert_eq!(places, vec![(1, 1), (2, 3), (2, 4), (2, 6), (2, 7)]);
    }

    #[test]
    fn content_leaves_out_layout_but_not_text() {
        assert_eq!(content_bytes("( a : \"x y\" ,\n\t b: 1 ) // note"), 13);
        assert_eq!(content_bytes("/* a /* b */ c */(a:\"\\\" \")"), 9);
        assert_eq!(content_bytes("(a:1)"), content_bytes("(\n    a: 1,\n)") - 1);
    }

    #[test]
    fn a_cut_file_is_open() {
        assert!(ends_open("(a: [1, 2"));
        assert!(ends_open("(a: \"unfinished"));
        assert!(ends_open("(a: 1) /* comment"));
        assert!(!ends_open("(a: [1, 2])"));
        assert!(!ends_open("(a: \"(\")"));
    }
}
