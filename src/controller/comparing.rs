//! The compare view's state (View → Compare options): whether it is open,
//! which two options it compares, and the [`Comparison`] between them,
//! worked out again only when the document changes (its revision) or
//! another pair is chosen, never per frame.
//!
//! The pair is kept by name, so that options moved or renamed elsewhere
//! keep the comparison on the same two; a name no longer there falls back
//! to the usual pair: the first option ("As is") against the one shown
//! (or, while the first is shown, against the second).
//!
//! The comparison is worked out on the window's thread, once per change
//! while the view is open, and costs little: the option shown is weighed
//! (balance, clarity, findings) by the window anyway, and its figures are
//! taken from there ([`crate::controller::derived`]); an option not shown
//! is weighed once and kept until it changes. On 40 executives × 2,000
//! cards a change costs about a tenth of a frame (`cargo bench --bench
//! chart_frame`, "compare per change").
//!
//! It also works out the marks the chart shows on the second option's
//! cards while the view is open ("from CIO", "new"). Plain Rust: no egui.

use std::collections::HashMap;
use std::sync::Arc;

use super::Selection;
use super::derived::Derived;
use crate::document::Document;
use crate::model::compare::{ChangeKind, Comparison, Weighed, Weights};
use crate::model::{Design, ExecutiveId, ResponsibilityId};

/// What the window asks of the compare view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareAction {
    /// Compare option `first` with option `second` (places in the list).
    Pick {
        /// The option compared from (e.g. "As is").
        first: usize,
        /// The option compared with it.
        second: usize,
    },
    /// The second option first, and the first second.
    Swap,
    /// Close the compare view.
    Close,
    /// Show the second option on the chart and select what change
    /// `index` of the list is about.
    Choose(usize),
}

/// A mark the chart draws on a card of the second option that differs
/// from the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardMark {
    /// The words on the card: "from CIO", "new", "changed".
    pub tag: String,
    /// What a screen reader hears after the card's name: "moved from CIO".
    pub spoken: String,
}

/// The marks for the second option's cards, by card.
pub type CardMarks = HashMap<ResponsibilityId, CardMark>;

/// What was worked out, and for which document, revision and pair.
#[derive(Debug)]
struct Cached {
    key: (u64, u64, usize, usize),
    comparison: Arc<Comparison>,
    marks: Arc<CardMarks>,
}

/// The compare view's state.
#[derive(Debug, Default)]
pub struct Comparing {
    open: bool,
    /// The pair chosen in the pickers, by name; `None` for the usual pair.
    chosen: Option<(String, String)>,
    cached: Option<Cached>,
    /// Options not shown, weighed, with the design each was weighed for
    /// (kept while the option holds that very design).
    weighed: Vec<(Arc<Design>, Weighed)>,
    /// How many times the comparison was worked out (for tests).
    computed: u64,
    /// How many times an option not shown was weighed (for tests).
    weighings: u64,
}

impl Comparing {
    /// Whether the compare view is open.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Opens the view (with the pair chosen before, or the usual one), or
    /// closes it.
    pub fn toggle(&mut self, document: &Document) {
        self.open = !self.open;
        self.forget_unless_open(document);
    }

    /// Closes the view (the comparison is let go).
    pub fn close(&mut self) {
        self.open = false;
        self.cached = None;
    }

    /// Compares option `first` with option `second`.
    pub fn pick(&mut self, document: &Document, first: usize, second: usize) {
        let options = document.options();
        if first < options.len() && second < options.len() {
            self.chosen = Some((
                options.name(first).to_owned(),
                options.name(second).to_owned(),
            ));
        }
        self.forget_unless_open(document);
    }

    /// Swaps the two options.
    pub fn swap(&mut self, document: &Document) {
        let (first, second) = self.pair(document);
        self.pick(document, second, first);
    }

    /// The two options compared now, as places in the document's list:
    /// those chosen by name while both are there, the usual pair otherwise.
    pub fn pair(&self, document: &Document) -> (usize, usize) {
        let options = document.options();
        if let Some((first, second)) = &self.chosen
            && let (Some(a), Some(b)) = (options.find(first), options.find(second))
        {
            return (a, b);
        }
        let current = document.current_option();
        match current {
            0 if options.len() > 1 => (0, 1),
            _ => (0, current),
        }
    }

    /// Lets the comparison go when the view is closed; while it is open,
    /// the controller works it out after the action ([`Self::follow_with`]).
    fn forget_unless_open(&mut self, _document: &Document) {
        if !self.open {
            self.cached = None;
            self.weighed.clear();
        }
    }

    /// Works the comparison out again if the document or the pair changed
    /// since it last was (while the view is open; nothing otherwise),
    /// taking the figures of the option shown from what the window has
    /// worked out for it (`derived`, of the document's current revision).
    pub fn follow_with(&mut self, document: &Document, derived: &Derived) {
        if !self.open {
            self.cached = None;
            self.weighed.clear();
            return;
        }
        let (first, second) = self.pair(document);
        let key = (document.id(), document.revision(), first, second);
        if self.cached.as_ref().is_some_and(|c| c.key == key) {
            return;
        }
        let options = document.options();
        let current = document.current_option();
        let shown = Weights {
            balance: &derived.balance,
            clarity: &derived.clarity,
            findings: &derived.findings,
        };
        // Weigh each option of the pair that is not shown, unless it was
        // weighed as it is now.
        let mut kept = Vec::new();
        for index in [first, second] {
            let Some(option) = options.get(index) else {
                continue;
            };
            if index == current || kept.iter().any(|(d, _)| Arc::ptr_eq(d, &option.design)) {
                continue;
            }
            let found = self
                .weighed
                .iter()
                .position(|(d, _)| Arc::ptr_eq(d, &option.design));
            let weighed = match found {
                Some(at) => self.weighed.swap_remove(at),
                None => {
                    self.weighings += 1;
                    (Arc::clone(&option.design), Weighed::of(&option.design))
                }
            };
            kept.push(weighed);
        }
        self.weighed = kept;
        let weights_of = |index: usize| -> Weights<'_> {
            if index == current {
                return shown;
            }
            let design = options.get(index).map(|o| &o.design);
            self.weighed
                .iter()
                .find(|(d, _)| design.is_some_and(|design| Arc::ptr_eq(d, design)))
                .map_or(shown, |(_, w)| w.weights())
        };
        let (from, to) = (options.design(first), options.design(second));
        let comparison = Comparison::between(from, &weights_of(first), to, &weights_of(second));
        let marks = marks(&comparison, from, options.name(first));
        self.computed += 1;
        self.cached = Some(Cached {
            key,
            comparison: Arc::new(comparison),
            marks: Arc::new(marks),
        });
    }

    /// The comparison of the pair, while the view is open.
    pub fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.cached.as_ref().map(|c| &c.comparison)
    }

    /// The marks for the chart: while the view is open and the chart shows
    /// the second option of two different ones.
    pub fn marks(&self, document: &Document) -> Option<Arc<CardMarks>> {
        let (first, second) = self.pair(document);
        let cached = self.cached.as_ref()?;
        (first != second && document.current_option() == second).then(|| Arc::clone(&cached.marks))
    }

    /// How many times the comparison has been worked out.
    pub fn times_computed(&self) -> u64 {
        self.computed
    }

    /// How many times an option not shown has been weighed.
    pub fn times_weighed(&self) -> u64 {
        self.weighings
    }
}

/// The marks for the cards of the second option that differ from the
/// first (`from`, called `first_name`): added, moved, or otherwise changed.
fn marks(comparison: &Comparison, from: &Design, first_name: &str) -> CardMarks {
    let title = |owner: Option<&ExecutiveId>| {
        owner
            .and_then(|id| from.executive(id))
            .map_or_else(|| "tray".to_owned(), |e| e.short_title.clone())
    };
    let mut marks = CardMarks::new();
    for change in &comparison.changes {
        let id = ResponsibilityId(change.id.clone());
        let mark = match change.kind {
            ChangeKind::CardAdded => CardMark {
                tag: "new".to_owned(),
                spoken: format!("new, not in {first_name}"),
            },
            ChangeKind::CardMoved => {
                let owner = from.responsibility(&id).and_then(|r| r.owner.as_ref());
                let was = title(owner);
                CardMark {
                    tag: format!("from {was}"),
                    spoken: format!("moved from {was}"),
                }
            }
            ChangeKind::CardRenamed
            | ChangeKind::FacingChanged
            | ChangeKind::SizeChanged
            | ChangeKind::KindChanged
            | ChangeKind::RoleChanged => CardMark {
                tag: "changed".to_owned(),
                spoken: format!("changed from {first_name}"),
            },
            ChangeKind::CardRemoved
            | ChangeKind::ExecutiveAdded
            | ChangeKind::ExecutiveRemoved
            | ChangeKind::ExecutiveRetitled
            | ChangeKind::PersonChanged
            | ChangeKind::OrientationChanged
            | ChangeKind::ReportingLineChanged
            | ChangeKind::DottedLineAdded
            | ChangeKind::DottedLineRemoved => continue,
        };
        // Added or moved says more than "changed".
        let weaker = marks.get(&id).is_some_and(|m| m.tag == "changed");
        if weaker || !marks.contains_key(&id) {
            marks.insert(id, mark);
        }
    }
    marks
}

impl super::Controller {
    /// The compare view's state.
    pub fn comparing(&self) -> &Comparing {
        &self.comparing
    }

    /// Carries out what the compare window asked.
    pub(super) fn compare(&mut self, action: CompareAction) {
        match action {
            CompareAction::Pick { first, second } => {
                self.comparing.pick(&self.document, first, second);
            }
            CompareAction::Swap => self.comparing.swap(&self.document),
            CompareAction::Close => self.comparing.close(),
            CompareAction::Choose(index) => self.choose_change(index),
        }
    }

    /// Shows the second option and selects what change `index` is about
    /// (a card, or an executive); a card or executive the second option
    /// does not have is said on the status line.
    fn choose_change(&mut self, index: usize) {
        let Some(change) = self
            .comparing
            .comparison()
            .and_then(|c| c.changes.get(index))
            .cloned()
        else {
            return;
        };
        let (_, second) = self.comparing.pair(&self.document);
        self.document.switch_option(second);
        self.refresh();
        let selection = if change.kind.about_card() {
            Selection::Responsibility(ResponsibilityId(change.id))
        } else {
            Selection::Executive(ExecutiveId(change.id))
        };
        if selection.exists_in(self.document.design()) {
            self.select(selection);
        } else {
            self.select(Selection::None);
            let name = self.document.current_option_name().to_owned();
            self.note(format!("“{}” is not in {name}.", change.item));
        }
    }
}

#[cfg(test)]
#[path = "comparing_tests.rs"]
mod tests;
