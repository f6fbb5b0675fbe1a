//! Finding things in the text of a design without parsing it into values:
//! the value of a top-level field (the format version, read before the real
//! parse so that the file is parsed once), and where an item or one of its
//! fields is written (to give the line of a broken rule).

use super::scan::{Place, Scanner, Token};

/// One step of a path into a design: a struct's field or a list's element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    /// The field with this name.
    Field(&'a str),
    /// The element at this position, from 0.
    Index(usize),
}

struct Walker<'a> {
    scanner: Scanner<'a>,
    peeked: Option<(Token<'a>, Place)>,
}

impl<'a> Walker<'a> {
    fn new(text: &'a str) -> Self {
        let mut walker = Self {
            scanner: Scanner::new(text),
            peeked: None,
        };
        walker.skip_attributes();
        walker
    }

    fn peek(&mut self) -> Option<(Token<'a>, Place)> {
        if self.peeked.is_none() {
            self.peeked = self.scanner.next_token().ok().flatten();
        }
        self.peeked
    }

    fn next(&mut self) -> Option<(Token<'a>, Place)> {
        let token = self.peek();
        self.peeked = None;
        token
    }

    /// `#![enable(…)]` lines at the top.
    fn skip_attributes(&mut self) {
        while matches!(self.peek(), Some((Token::Hash, _))) {
            self.next();
            if matches!(self.peek(), Some((Token::Bang, _))) {
                self.next();
            }
            self.skip_value();
        }
    }

    /// Consumes a bracket group whose opening bracket was just read.
    fn skip_group(&mut self) {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next() {
                Some((Token::Open(_), _)) => depth += 1,
                Some((Token::Close(_), _)) => depth -= 1,
                Some(_) => {}
                None => return,
            }
        }
    }

    /// Consumes one value.
    fn skip_value(&mut self) {
        match self.next() {
            Some((Token::Open(_), _)) => self.skip_group(),
            Some((Token::Ident(_), _)) => {
                if matches!(self.peek(), Some((Token::Open(b'('), _))) {
                    self.next();
                    self.skip_group();
                }
            }
            _ => {}
        }
    }

    /// Enters a struct (`Name(` or `(`); false if the value is not one.
    fn enter_struct(&mut self) -> bool {
        if matches!(self.peek(), Some((Token::Ident(_), _))) {
            self.next();
        }
        matches!(self.next(), Some((Token::Open(b'('), _)))
    }

    /// The next field's name and place, with `name:` consumed; `None` at
    /// the closing bracket (or anything unexpected).
    fn next_field(&mut self) -> Option<(&'a str, Place)> {
        if matches!(self.peek(), Some((Token::Comma, _))) {
            self.next();
        }
        let (Token::Ident(name), place) = self.next()? else {
            return None;
        };
        matches!(self.next(), Some((Token::Colon, _))).then_some((name, place))
    }

    /// Enters a list; false if the value is not one.
    fn enter_list(&mut self) -> bool {
        matches!(self.next(), Some((Token::Open(b'['), _)))
    }

    /// The place of the next element of a list (not consumed); `None` at
    /// the closing bracket.
    fn next_element(&mut self) -> Option<Place> {
        if matches!(self.peek(), Some((Token::Comma, _))) {
            self.next();
        }
        match self.peek()? {
            (Token::Close(_), _) => None,
            (_, place) => Some(place),
        }
    }

    fn descend(&mut self, path: &[Seg<'_>], best: &mut Option<Place>) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        match *first {
            Seg::Field(wanted) => {
                if !self.enter_struct() {
                    return;
                }
                while let Some((name, place)) = self.next_field() {
                    if name == wanted {
                        *best = Some(place);
                        self.descend(rest, best);
                        return;
                    }
                    self.skip_value();
                }
            }
            Seg::Index(wanted) => {
                if !self.enter_list() {
                    return;
                }
                let mut index = 0;
                while let Some(place) = self.next_element() {
                    if index == wanted {
                        *best = Some(place);
                        self.descend(rest, best);
                        return;
                    }
                    self.skip_value();
                    index += 1;
                }
            }
        }
    }
}

/// Where `path` is written in `text`: the place of the deepest part of the
/// path that could be found (the item, when its field is not written out),
/// or `None` if not even the first step is there.
pub fn locate(text: &str, path: &[Seg<'_>]) -> Option<Place> {
    let mut best = None;
    Walker::new(text).descend(path, &mut best);
    best
}

/// The value of the top-level field `field`, if it is written as a whole
/// number, and where that number is. Stops as soon as the field is found,
/// so a field written first (as Remit writes the version) costs next to
/// nothing to read.
pub fn top_level_number(text: &str, field: &str) -> Option<(u64, Place)> {
    let (token, place) = top_level_value(text, field)?;
    match token {
        Token::Number(digits) => digits.parse().ok().map(|n| (n, place)),
        _ => None,
    }
}

/// Whether the top-level struct has a field named `field`.
pub fn has_top_level_field(text: &str, field: &str) -> bool {
    top_level_value(text, field).is_some()
}

fn top_level_value<'a>(text: &'a str, field: &str) -> Option<(Token<'a>, Place)> {
    let mut walker = Walker::new(text);
    if !walker.enter_struct() {
        return None;
    }
    while let Some((name, _)) = walker.next_field() {
        if name == field {
            return walker.next();
        }
        walker.skip_value();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// x\n(\n    format_version: 1,\n    name: \"a, b\",\n    executives: [\n        (id: \"cio\", position: (x: 1, y: 2)),\n        (id: \"cto\",\n         short_title: \"CTO\"),\n    ],\n)\n";

    #[test]
    fn finds_fields_and_elements() {
        let line = |path: &[Seg<'_>]| locate(TEXT, path).map(|p| p.line);
        assert_eq!(line(&[Seg::Field("name")]), Some(4));
        assert_eq!(line(&[Seg::Field("executives"), Seg::Index(1)]), Some(7));
        assert_eq!(
            line(&[
                Seg::Field("executives"),
                Seg::Index(1),
                Seg::Field("short_title")
            ]),
            Some(8)
        );
        assert_eq!(
            line(&[Seg::Field("executives"), Seg::Index(1), Seg::Field("notes")]),
            Some(7),
            "a field not written out points at its item"
        );
        assert_eq!(
            line(&[Seg::Field("executives"), Seg::Index(5)]),
            Some(5),
            "an item past the end points at its list"
        );
        assert_eq!(line(&[Seg::Field("nothing")]), None);
    }

    #[test]
    fn reads_the_version_wherever_it_is() {
        assert_eq!(
            top_level_number(TEXT, "format_version").map(|v| v.0),
            Some(1)
        );
        let last =
            "#![enable(implicit_some)]\nDesign(name: \"x\", list: [(a: 1)], format_version: 7)";
        assert_eq!(
            top_level_number(last, "format_version").map(|v| v.0),
            Some(7)
        );
        assert_eq!(
            top_level_number("(format_version: \"1\")", "format_version"),
            None
        );
        assert_eq!(top_level_number("not ron", "format_version"), None);
        assert!(has_top_level_field(
            "(remit_autosave: 1, design: ())",
            "remit_autosave"
        ));
    }
}
