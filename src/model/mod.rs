//! The domain model: a design, its executives and responsibilities, the one
//! set of rules they meet, how each executive's portfolio faces, what looks
//! wrong in the split (findings), what one design changes from another
//! (compare), the built-in catalog, the edits that
//! change a design, and undo history. (The reference models, which are
//! laid out with the chart's tidy layout, live above it in `templates`.)
//!
//! Plain Rust: nothing in here knows about egui or about files. The UI reads
//! these types and sends [`Edit`]s; the `file` module converts each format
//! version to and from [`Design`]; the command line and the tests use them
//! directly.

pub mod apply;
pub mod balance;
pub mod catalog;
pub mod clarity;
pub mod company;
pub mod compare;
pub mod cross_cutting;
pub mod decision;
pub mod design;
pub mod edit;
pub mod findings;
pub mod format;
pub mod history;
pub mod index;
pub mod intent;
pub mod involvement;
pub mod options;
pub mod palette;
pub mod reporting;
pub mod rule_error;
pub mod rules;
pub mod shared;
pub mod work_kind;

pub use balance::{Balance, DesignBalance, Facing};
pub use clarity::DesignClarity;
pub use company::Company;
pub use design::{
    Ceo, Decision, Design, DottedLine, Executive, ExecutiveId, Orientation, Position, ReportsTo,
    Responsibility, ResponsibilityId, Rgb, Role, When,
};
pub use edit::{CardsChange, Edit, EditError};
pub use findings::{
    About, CardFacts, Finding, FindingKind, Fix, Severity, findings, findings_with,
};
pub use history::History;
pub use index::Index;
pub use involvement::{DesignInvolvement, Involvement};
pub use options::{DesignOption, OptionEdit, Options, OptionsError};
pub use rules::{Problem, RuleError, Subject};
pub use shared::Shared;
pub use work_kind::WorkKind;
