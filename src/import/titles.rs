//! Which executive a cell names, and how the CSV export names each
//! executive so that the import finds that one and no other.
//!
//! A cell names an executive by its short title, its full title or its id,
//! in any letter case and with outer spaces ignored; a cell that is exactly
//! an executive's id names that executive first. A cell that several
//! executives answer to is [`Found::Several`]: the import says so with the
//! line, it never picks one.
//!
//! Failing every title, a cell that is the name of the person in an
//! executive's role (`Naoki Morita`, in any letter case) names that
//! executive.
//!
//! An owner cell may share a card between several (`COO / CIO`, see
//! [`shared_owners`]). A role cell names several executives separated by `;`. The whole cell is
//! tried as one title first (a title may hold a `;`); otherwise it is split
//! at each single `;`, and `;;` stands for a `;` inside a title (the export
//! writes it so when a cell names several executives).

use std::collections::HashMap;

use crate::model::{Design, Executive, ExecutiveId};

use super::text::{clip, count};

/// How several executives share a cell.
pub const LIST_SEPARATOR: &str = "; ";

/// How a title is known whatever its letter case and outer spaces: the one
/// rule for matching titles, and for telling unknown owners apart.
pub fn key(title: &str) -> String {
    title.trim().to_lowercase()
}

/// How owners not on the chart are told apart: [`key`], and beyond it
/// punctuation and spelling out do not matter either (`C.I.O.`, `cio` and
/// `Chief Information Officer` are one; see [`super::acronyms`]).
pub fn unknown_key(title: &str) -> String {
    let loose = super::acronyms::canonical(title);
    if loose.is_empty() { key(title) } else { loose }
}

/// What a cell names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// No executive on the chart.
    None,
    /// This one.
    One(ExecutiveId),
    /// Every one of these (the design's order).
    Several(Vec<ExecutiveId>),
}

/// The executives of a design, by what a cell may call them.
#[derive(Clone, Debug, Default)]
pub struct Titles {
    ids: Vec<ExecutiveId>,
    labels: Vec<String>,
    by_id: HashMap<String, usize>,
    by_key: HashMap<String, Vec<usize>>,
    /// By [`unknown_key`], for a cell that names no executive exactly.
    by_loose: HashMap<String, Vec<usize>>,
    /// By the [`key`] of the person in the role, for a cell that names no
    /// executive by a title.
    by_person: HashMap<String, Vec<usize>>,
}

fn label(e: &Executive) -> String {
    let short = clip(e.short_title.trim(), 30);
    let full = clip(e.full_title.trim(), 40);
    let id = clip(e.id.as_str(), 30);
    match (short.is_empty(), full.is_empty() || full == short) {
        (true, true) => format!("the executive with id {id}"),
        (true, false) => format!("{full} (id {id})"),
        (false, true) => format!("{short} (id {id})"),
        (false, false) => format!("{short} ({full}, id {id})"),
    }
}

impl Titles {
    /// The executives of `design`.
    pub fn of(design: &Design) -> Self {
        let n = design.executives.len();
        let mut titles = Self {
            ids: Vec::with_capacity(n),
            labels: Vec::with_capacity(n),
            by_id: HashMap::with_capacity(n),
            by_key: HashMap::with_capacity(n * 2),
            by_loose: HashMap::with_capacity(n * 2),
            by_person: HashMap::new(),
        };
        for e in &design.executives {
            titles.add(e);
        }
        titles
    }

    /// Adds one executive.
    pub fn add(&mut self, e: &Executive) {
        let i = self.ids.len();
        self.ids.push(e.id.clone());
        self.labels.push(label(e));
        self.by_id.entry(e.id.0.clone()).or_insert(i);
        for name in [&e.short_title, &e.full_title, &e.id.0] {
            let k = key(name);
            if k.is_empty() {
                continue;
            }
            let list = self.by_key.entry(k).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
        // A title with a bracketed part ("Head of Store Systems (店舗システム
        // 本部長)") also answers to the rest of it.
        let bare = super::headings::header_key(&e.full_title);
        for name in [&e.short_title, &e.full_title, &bare] {
            let k = unknown_key(name);
            if k.is_empty() {
                continue;
            }
            let list = self.by_loose.entry(k).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
        let person = key(&e.person);
        if !person.is_empty() {
            self.by_person.entry(person).or_default().push(i);
        }
    }

    /// What `text` names.
    pub fn find(&self, text: &str) -> Found {
        let text = text.trim();
        if text.is_empty() {
            return Found::None;
        }
        if let Some(&i) = self.by_id.get(text) {
            return Found::One(self.ids[i].clone());
        }
        let found = match self.by_key.get(&key(text)) {
            Some(found) if !found.is_empty() => found,
            // Only when nothing is called so exactly: punctuation and
            // spelling out ("C.I.O.", "Chief Information Officer").
            _ => {
                // Then without a bracketed part ("CTO (Digital)").
                let bracketed = text.contains(['(', '[']);
                let found = self
                    .by_loose
                    .get(&unknown_key(text))
                    .or_else(|| {
                        let bare = unknown_key(&super::headings::header_key(text));
                        bracketed.then(|| self.by_loose.get(&bare)).flatten()
                    })
                    // Last, the person in the role ("Naoki Morita").
                    .or_else(|| self.by_person.get(&key(text)));
                match found {
                    Some(found) => found,
                    None => return Found::None,
                }
            }
        };
        match found.as_slice() {
            [] => Found::None,
            [i] => Found::One(self.ids[*i].clone()),
            many => Found::Several(many.iter().map(|&i| self.ids[i].clone()).collect()),
        }
    }

    /// The executives that `text` could be, named for a message (at most a
    /// few, then how many more).
    pub fn describe_several(&self, ids: &[ExecutiveId]) -> String {
        const SHOWN: usize = 4;
        let names: Vec<&str> = ids
            .iter()
            .filter_map(|id| self.by_id.get(id.as_str()))
            .take(SHOWN)
            .map(|&i| self.labels[i].as_str())
            .collect();
        let mut out = names.join(", ");
        if ids.len() > SHOWN {
            out.push_str(&format!(
                " and {}",
                count(ids.len() - SHOWN, "more", "more")
            ));
        }
        out
    }

    /// What the export writes for `e`: its short title when that names it
    /// and no other executive, else its full title likewise, else its id
    /// (an exact id always names its executive).
    pub fn reference<'a>(&self, e: &'a Executive) -> &'a str {
        let names_only = |text: &str| self.find(text) == Found::One(e.id.clone());
        if names_only(&e.short_title) {
            &e.short_title
        } else if names_only(&e.full_title) {
            &e.full_title
        } else {
            e.id.as_str()
        }
    }

    /// The names in a role cell (already read with
    /// [`from_cell`](super::text::from_cell)), in order, each trimmed; see
    /// the module's notes.
    pub fn split_holders(&self, cell: &str) -> Vec<String> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Vec::new();
        }
        if self.find(cell) != Found::None {
            return vec![cell.to_owned()];
        }
        split_list(cell)
    }

    /// A role cell naming `references` (see the module's notes).
    pub fn join_holders(references: &[&str]) -> String {
        match references {
            [one] => (*one).to_owned(),
            many => many
                .iter()
                .map(|r| r.replace(';', ";;"))
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
        }
    }
}

/// The executives an owner cell shares a card between (`COO / CIO`,
/// `Tobias + Mira`), each trimmed; `None` unless it names two or more.
pub fn shared_owners(cell: &str) -> Option<Vec<String>> {
    let parts: Vec<String> = cell
        .split(['/', '+'])
        .map(|p| p.trim().to_owned())
        .collect();
    (parts.len() >= 2 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// `text` split at each single `;`, a `;;` kept as one `;`, each part
/// trimmed, empty parts left out.
pub fn split_list(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ';' {
            if chars.peek() == Some(&';') {
                chars.next();
                current.push(';');
            } else {
                parts.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exec(id: &str, short: &str, full: &str) -> Executive {
        Executive {
            id: ExecutiveId(id.into()),
            short_title: short.into(),
            full_title: full.into(),
            ..Executive::default()
        }
    }

    fn design(executives: Vec<Executive>) -> Design {
        Design {
            executives,
            ..Design::empty("t")
        }
    }

    #[test]
    fn a_title_two_executives_share_is_ambiguous_and_the_export_avoids_it() {
        let d = design(vec![
            exec("cio", "CIO", "Chief Information Officer"),
            exec("cio-2", "CIO", "Chief Innovation Officer"),
            exec("x", "Ops", "Ops"),
            exec("y", "Ops", "Ops"),
        ]);
        let t = Titles::of(&d);
        assert!(
            matches!(t.find("cio "), Found::One(id) if id.0 == "cio"),
            "an exact id"
        );
        assert!(matches!(t.find("CIO"), Found::Several(ids) if ids.len() == 2));
        assert!(matches!(t.find("chief innovation officer"), Found::One(id) if id.0 == "cio-2"));
        assert_eq!(t.find("CTO"), Found::None);
        assert_eq!(t.reference(&d.executives[0]), "Chief Information Officer");
        assert_eq!(t.reference(&d.executives[3]), "y");
        let Found::Several(ids) = t.find("ops") else {
            panic!("two answer to ops");
        };
        assert_eq!(t.describe_several(&ids), "Ops (id x), Ops (id y)");
    }

    #[test]
    fn punctuation_and_spelling_out_find_an_executive_when_nothing_is_exact() {
        let d = design(vec![
            exec("cio", "CIO", "Chief Information Officer"),
            exec("cdo", "CDO", "Chief Digital Officer"),
            exec("lead", "IT lead", ""),
        ]);
        let t = Titles::of(&d);
        for cell in [
            "C.I.O.",
            "cio",
            "chief information officer",
            "Chief-Information-Officer",
        ] {
            assert_eq!(
                t.find(cell),
                Found::One(ExecutiveId("cio".into())),
                "{cell}"
            );
        }
        assert_eq!(t.find("c.d.o"), Found::One(ExecutiveId("cdo".into())));
        assert_eq!(t.find("IT-Lead"), Found::One(ExecutiveId("lead".into())));
        assert_eq!(t.find("Chief Data Officer"), Found::None);
        assert_eq!(t.find("CIO (Group)"), Found::One(ExecutiveId("cio".into())));
        assert_eq!(
            unknown_key("C.F.O."),
            unknown_key("Chief Financial Officer")
        );
        assert_ne!(unknown_key("CDO"), unknown_key("Chief Data Officer"));
    }

    #[test]
    fn the_person_in_a_role_names_its_executive_when_no_title_does() {
        let mut cio = exec("cio", "CIO", "Chief Information Officer");
        cio.person = "Naoki Morita".into();
        let mut cto = exec("cto", "CTO", "");
        cto.person = "CIO".into();
        let mut other = exec("x", "Ops", "");
        other.person = "Kim Lee".into();
        let mut same = exec("y", "Sales IT", "");
        same.person = "kim lee ".into();
        let t = Titles::of(&design(vec![cio, cto, other, same]));
        assert_eq!(
            t.find(" naoki MORITA"),
            Found::One(ExecutiveId("cio".into()))
        );
        // A title comes before a person called so.
        assert_eq!(t.find("CIO"), Found::One(ExecutiveId("cio".into())));
        assert!(matches!(t.find("Kim Lee"), Found::Several(ids) if ids.len() == 2));
        assert_eq!(t.find("Naoki"), Found::None);
    }

    #[test]
    fn role_cells_try_the_whole_cell_then_split() {
        let d = design(vec![exec("a", "R&D; Ops", ""), exec("b", "CIO", "")]);
        let t = Titles::of(&d);
        assert_eq!(t.split_holders(" R&D; Ops "), ["R&D; Ops"]);
        assert_eq!(t.split_holders("CIO; CTO;;"), ["CIO", "CTO;"]);
        let cell = Titles::join_holders(&["R&D; Ops", "CIO"]);
        assert_eq!(cell, "R&D;; Ops; CIO");
        assert_eq!(t.split_holders(&cell), ["R&D; Ops", "CIO"]);
        assert_eq!(split_list("a;;;b"), ["a;", "b"]);
        assert_eq!(split_list(";; x"), ["; x"]);
    }
}
