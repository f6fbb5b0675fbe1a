//! A value that copies of a design share until one of them changes it.
//!
//! A design's cards are held this way, so that copying a design (an undo
//! step, a new option made from another, a design handed to a background
//! job) copies a list of pointers, not every card; the copy that changes a
//! card gets its own copy of that card alone. Reading goes through
//! [`Deref`]; writing through [`DerefMut`] (which copies first if the card
//! is shared), so code that reads and writes fields needs no changes.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// A value shared between copies until one of them writes to it.
#[derive(Clone, Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// Holds `value`.
    pub fn new(value: T) -> Self {
        Self(Arc::new(value))
    }

    /// Whether the two are one value in memory (not merely equal).
    pub fn same(a: &Self, b: &Self) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }

    /// Whether no other copy holds this value.
    pub fn is_unique(this: &Self) -> bool {
        Arc::strong_count(&this.0) == 1
    }
}

impl<T: Clone> Shared<T> {
    /// The value itself (copied if another copy still holds it).
    pub fn into_inner(self) -> T {
        Arc::unwrap_or_clone(self.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        // One value in memory is equal to itself: the quick answer for the
        // cards two copies of a design still share.
        Self::same(self, other) || *self.0 == *other.0
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Self::new(value)
    }
}

/// Every value of `values`, each held to be shared, in a list of exactly
/// their number. (Collecting straight from `values` would reuse its
/// buffer, sized for the values themselves: a list of pointers holding
/// the memory of the whole cards.)
pub fn all<T>(values: Vec<T>) -> Vec<Shared<T>> {
    let mut out = Vec::with_capacity(values.len());
    out.extend(values.into_iter().map(Shared::new));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_until_written_and_then_only_the_writer_changes() {
        let a = Shared::new(String::from("card"));
        let mut b = a.clone();
        assert!(Shared::same(&a, &b));
        b.push('!');
        assert!(!Shared::same(&a, &b));
        assert_eq!(*a, "card");
        assert_eq!(*b, "card!");
        assert!(Shared::is_unique(&a) && Shared::is_unique(&b));
        assert_ne!(a, b);
        assert_eq!(a, Shared::new("card".to_owned()), "equal values are equal");
    }
}
