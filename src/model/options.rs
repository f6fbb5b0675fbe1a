//! The options of a design: one or more whole organisations side by side,
//! the first being the organisation as it is today ("As is" until renamed).
//! A workshop argues options; each one has its own executives, lines,
//! cards, owners and decision log, and cards and executives keep their ids
//! across options so that "the same card" is known (see [`super::compare`]).
//!
//! What the design says of itself (its name, what sizes count, its company)
//! is one for all its options: [`Options::set_everywhere`] keeps it so.
//!
//! Options share what they have in common in memory: a new option made
//! from another holds the same cards until one of them changes (see
//! [`super::shared`]), and options read from a file are made to share the
//! cards they have alike ([`Options::share_alike`]).
//!
//! Which option is shown is not part of the design (switching is not an
//! edit); the document keeps that.

use std::collections::HashMap;
use std::sync::Arc;

use super::design::Design;
use super::rules;

/// The name of the first option of a design that has not named it.
pub const FIRST_OPTION_NAME: &str = "As is";

/// The most options one design holds: far more than a workshop argues, and
/// few enough that every list of them stays short.
pub const MAX_OPTIONS: usize = 100;

/// The longest name of an option, in characters.
pub const MAX_OPTION_NAME_CHARS: usize = 60;

/// One option: a whole organisation and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct DesignOption {
    /// Its name, unique in the design ("As is", "Option A"…).
    pub name: String,
    /// The organisation. Shared with the copies undo and the saved state
    /// keep, until it changes.
    pub design: Arc<Design>,
}

/// The options of a design, in the order their tabs show: never empty, no
/// two with one name.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    list: Vec<DesignOption>,
}

/// Why a change to the options, or a file's options, was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsError {
    /// A name that is empty once trimmed.
    EmptyName,
    /// A name longer than [`MAX_OPTION_NAME_CHARS`].
    NameTooLong(String),
    /// A name with a line break or another control character.
    ControlCharacter(String),
    /// A name another option has (ignoring case).
    DuplicateName(String),
    /// More than [`MAX_OPTIONS`] options.
    TooMany(usize),
    /// Deleting the only option.
    LastOption,
    /// No option at this place.
    NoSuchOption(usize),
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::EmptyName => f.write_str("an option needs a name"),
            Self::NameTooLong(name) => write!(
                f,
                "the option name “{}…” is longer than {MAX_OPTION_NAME_CHARS} characters",
                name.chars().take(20).collect::<String>()
            ),
            Self::ControlCharacter(name) => write!(
                f,
                "the option name {name:?} holds a line break or another control character"
            ),
            Self::DuplicateName(name) => write!(
                f,
                "two options are called “{name}”; each option needs a name of its own"
            ),
            Self::TooMany(n) => write!(
                f,
                "the design holds {n} options; Remit works with up to {MAX_OPTIONS}"
            ),
            Self::LastOption => f.write_str("a design keeps at least one option"),
            Self::NoSuchOption(i) => write!(f, "there is no option number {}", i + 1),
        }
    }
}

impl std::error::Error for OptionsError {}

/// A change to the options themselves (not to what is in one).
#[derive(Clone, Debug, PartialEq)]
pub enum OptionEdit {
    /// A copy of option `from`, called `name`, placed just after it.
    Copy {
        /// The option copied.
        from: usize,
        /// The copy's name.
        name: String,
    },
    /// `design` as a new last option called `name` (from a template, an
    /// import). Its name, size unit and company become the design's.
    Add {
        /// The new option's name.
        name: String,
        /// Its organisation.
        design: Box<Design>,
    },
    /// Option `index` called `name`.
    Rename {
        /// The option renamed.
        index: usize,
        /// Its new name.
        name: String,
    },
    /// Option `index` taken out of the design.
    Delete {
        /// The option deleted.
        index: usize,
    },
    /// Option `from` moved to place `to` (both from 0, `to` counted after
    /// taking it out).
    Move {
        /// Where it was.
        from: usize,
        /// Where it goes.
        to: usize,
    },
}

/// Checks a name as an option's name (trimmed), apart from clashes.
pub fn check_name(name: &str) -> Result<String, OptionsError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(OptionsError::EmptyName);
    }
    if name.chars().count() > MAX_OPTION_NAME_CHARS {
        return Err(OptionsError::NameTooLong(name.to_owned()));
    }
    if name.chars().any(char::is_control) {
        return Err(OptionsError::ControlCharacter(name.to_owned()));
    }
    Ok(name.to_owned())
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

impl Options {
    /// A design with one option, called "As is".
    pub fn one(design: Design) -> Self {
        Self {
            list: vec![DesignOption {
                name: FIRST_OPTION_NAME.to_owned(),
                design: Arc::new(design),
            }],
        }
    }

    /// The options named and in this order, checked: at least one, at most
    /// [`MAX_OPTIONS`], names valid and unique. The first option's name,
    /// size unit and company become every option's.
    pub fn from_list(list: Vec<(String, Design)>) -> Result<Self, (usize, OptionsError)> {
        if list.is_empty() {
            return Err((0, OptionsError::EmptyName));
        }
        if list.len() > MAX_OPTIONS {
            return Err((MAX_OPTIONS, OptionsError::TooMany(list.len())));
        }
        let mut seen = HashMap::new();
        let mut out = Vec::with_capacity(list.len());
        for (i, (name, design)) in list.into_iter().enumerate() {
            let name = check_name(&name).map_err(|e| (i, e))?;
            if seen.insert(key(&name), i).is_some() {
                return Err((i, OptionsError::DuplicateName(name)));
            }
            out.push(DesignOption {
                name,
                design: Arc::new(design),
            });
        }
        let mut options = Self { list: out };
        let first = options.list[0].design.clone();
        options.set_everywhere(|d| {
            d.name.clone_from(&first.name);
            d.size_unit.clone_from(&first.size_unit);
            d.company = first.company;
        });
        Ok(options)
    }

    /// How many options there are (at least one).
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Always false: a design has at least one option.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The option at `index`.
    pub fn get(&self, index: usize) -> Option<&DesignOption> {
        self.list.get(index)
    }

    /// The organisation of option `index` (the last one if there is no such
    /// option).
    pub fn design(&self, index: usize) -> &Design {
        &self.list[index.min(self.list.len() - 1)].design
    }

    /// The organisation of option `index`, to change (copied first if undo
    /// or the saved state still holds it; its cards stay shared).
    pub fn design_mut(&mut self, index: usize) -> &mut Design {
        let last = self.list.len() - 1;
        Arc::make_mut(&mut self.list[index.min(last)].design)
    }

    /// The first option: the organisation as it is.
    pub fn first(&self) -> &Design {
        &self.list[0].design
    }

    /// Every option, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &DesignOption> {
        self.list.iter()
    }

    /// The name of option `index` ("" if there is none).
    pub fn name(&self, index: usize) -> &str {
        self.list.get(index).map_or("", |o| o.name.as_str())
    }

    /// The option called `name` (ignoring case and surrounding spaces).
    pub fn find(&self, name: &str) -> Option<usize> {
        let wanted = key(name);
        self.list.iter().position(|o| key(&o.name) == wanted)
    }

    /// A name no option has: "Option A", "Option B"…, then "Option 27"….
    pub fn fresh_name(&self) -> String {
        let letters = ('A'..='Z').map(|c| format!("Option {c}"));
        let numbers = (27..).map(|n| format!("Option {n}"));
        letters
            .chain(numbers)
            .find(|name| self.find(name).is_none())
            .unwrap_or_default()
    }

    /// `base` if no option has it, else `base (2)`, `base (3)`….
    pub fn unique_name(&self, base: &str) -> String {
        let base: String = base
            .trim()
            .chars()
            .take(MAX_OPTION_NAME_CHARS - 5)
            .collect();
        if self.find(&base).is_none() && !base.is_empty() {
            return base;
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|name| self.find(name).is_none())
            .unwrap_or_default()
    }

    /// Applies `f` to every option (for what the design says of itself,
    /// which all options share).
    pub fn set_everywhere(&mut self, mut f: impl FnMut(&mut Design)) {
        for option in &mut self.list {
            let mut copy = (*option.design).clone();
            f(&mut copy);
            if copy != *option.design {
                option.design = Arc::new(copy);
            }
        }
    }

    /// Makes the options share, in memory, the cards they have alike with
    /// the first option (options read from a file each hold their own).
    pub fn share_alike(&mut self) {
        let Some((first, rest)) = self.list.split_first_mut() else {
            return;
        };
        let by_id: HashMap<&str, usize> = first
            .design
            .responsibilities
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for option in rest {
            let design = Arc::make_mut(&mut option.design);
            for card in &mut design.responsibilities {
                if let Some(&i) = by_id.get(card.id.as_str()) {
                    let same = &first.design.responsibilities[i];
                    if card == same {
                        *card = same.clone();
                    }
                }
            }
        }
    }

    /// Applies a change to the options. Returns the option to show after
    /// it (the new one, the renamed one, the one after the deleted one…).
    pub fn apply(&mut self, edit: OptionEdit) -> Result<usize, OptionsError> {
        let exists = |i: usize| {
            if i < self.list.len() {
                Ok(())
            } else {
                Err(OptionsError::NoSuchOption(i))
            }
        };
        let free = |name: &str, except: Option<usize>| {
            let name = check_name(name)?;
            match self.find(&name) {
                Some(i) if Some(i) != except => Err(OptionsError::DuplicateName(name)),
                _ => Ok(name),
            }
        };
        match edit {
            OptionEdit::Copy { from, name } => {
                exists(from)?;
                let name = free(&name, None)?;
                self.room()?;
                let design = self.list[from].design.clone();
                self.list.insert(from + 1, DesignOption { name, design });
                Ok(from + 1)
            }
            OptionEdit::Add { name, design } => {
                let name = free(&name, None)?;
                self.room()?;
                let mut design = *design;
                let first = self.first();
                design.name.clone_from(&first.name);
                design.size_unit.clone_from(&first.size_unit);
                design.company = first.company;
                rules::normalize(&mut design);
                self.list.push(DesignOption {
                    name,
                    design: Arc::new(design),
                });
                Ok(self.list.len() - 1)
            }
            OptionEdit::Rename { index, name } => {
                exists(index)?;
                let name = free(&name, Some(index))?;
                self.list[index].name = name;
                Ok(index)
            }
            OptionEdit::Delete { index } => {
                exists(index)?;
                if self.list.len() == 1 {
                    return Err(OptionsError::LastOption);
                }
                self.list.remove(index);
                Ok(index.min(self.list.len() - 1))
            }
            OptionEdit::Move { from, to } => {
                exists(from)?;
                let to = to.min(self.list.len() - 1);
                let option = self.list.remove(from);
                self.list.insert(to, option);
                Ok(to)
            }
        }
    }

    fn room(&self) -> Result<(), OptionsError> {
        if self.list.len() >= MAX_OPTIONS {
            Err(OptionsError::TooMany(self.list.len() + 1))
        } else {
            Ok(())
        }
    }

    /// What `edit` does, in words, for the undo menu.
    pub fn describe(&self, edit: &OptionEdit) -> String {
        match edit {
            OptionEdit::Copy { from, name } => {
                format!("new option “{}” from “{}”", name.trim(), self.name(*from))
            }
            OptionEdit::Add { name, .. } => format!("new option “{}”", name.trim()),
            OptionEdit::Rename { index, name } => {
                format!("rename option “{}” to “{}”", self.name(*index), name.trim())
            }
            OptionEdit::Delete { index } => format!("delete option “{}”", self.name(*index)),
            OptionEdit::Move { from, .. } => format!("move option “{}”", self.name(*from)),
        }
    }

    /// Roughly how many bytes the options hold that no other copy shares
    /// (to bound undo).
    pub fn approx_own_bytes(&self) -> usize {
        self.list
            .iter()
            .map(|o| {
                std::mem::size_of::<DesignOption>()
                    + o.name.len()
                    + if Arc::strong_count(&o.design) == 1 {
                        o.design.approx_own_bytes()
                    } else {
                        0
                    }
            })
            .sum()
    }
}

#[cfg(test)]
#[path = "options/tests.rs"]
mod tests;
