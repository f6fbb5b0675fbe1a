//! What kind of difference one change between two designs is: the list's
//! types, the codes scripts read, and whether a change is about a card.

/// What kind of difference a [`Change`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// An executive only the second design has.
    ExecutiveAdded,
    /// An executive only the first design has.
    ExecutiveRemoved,
    /// An executive's short or full title differs.
    ExecutiveRetitled,
    /// The person in an executive's role differs.
    PersonChanged,
    /// Which way an executive's portfolio is meant to face differs.
    OrientationChanged,
    /// A card only the second design has.
    CardAdded,
    /// A card only the first design has.
    CardRemoved,
    /// A card has another owner.
    CardMoved,
    /// A card has another name.
    CardRenamed,
    /// A card's external share differs.
    FacingChanged,
    /// A card's size differs.
    SizeChanged,
    /// A card's kind of work differs.
    KindChanged,
    /// One executive's role on a card differs.
    RoleChanged,
    /// An executive reports to someone else.
    ReportingLineChanged,
    /// A dotted line only the second design has.
    DottedLineAdded,
    /// A dotted line only the first design has.
    DottedLineRemoved,
}

impl ChangeKind {
    /// Whether the change is about a card (its id is a card's); otherwise
    /// it is about an executive (or a line from one).
    pub fn about_card(self) -> bool {
        matches!(
            self,
            Self::CardAdded
                | Self::CardRemoved
                | Self::CardMoved
                | Self::CardRenamed
                | Self::FacingChanged
                | Self::SizeChanged
                | Self::KindChanged
                | Self::RoleChanged
        )
    }

    /// The kind as a script reads it (CSV and JSON), e.g. `card-moved`.
    pub fn code(self) -> &'static str {
        match self {
            Self::ExecutiveAdded => "executive-added",
            Self::ExecutiveRemoved => "executive-removed",
            Self::ExecutiveRetitled => "executive-retitled",
            Self::PersonChanged => "person-changed",
            Self::OrientationChanged => "orientation-changed",
            Self::CardAdded => "card-added",
            Self::CardRemoved => "card-removed",
            Self::CardMoved => "card-moved",
            Self::CardRenamed => "card-renamed",
            Self::FacingChanged => "facing-changed",
            Self::SizeChanged => "size-changed",
            Self::KindChanged => "kind-changed",
            Self::RoleChanged => "role-changed",
            Self::ReportingLineChanged => "reporting-line-changed",
            Self::DottedLineAdded => "dotted-line-added",
            Self::DottedLineRemoved => "dotted-line-removed",
        }
    }
}
