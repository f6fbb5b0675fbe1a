//! The domain model: a design, its executives and responsibilities, how each
//! executive's portfolio faces, the built-in catalog, the edits that change a
//! design, undo history and the file format.
//!
//! Nothing in here knows about egui: the UI reads these types and sends
//! [`Edit`]s; the command line and the tests use them directly.

pub mod balance;
pub mod catalog;
pub mod design;
pub mod edit;
pub mod file_format;
pub mod history;
pub mod templates;

pub use balance::{Balance, DesignBalance, Facing};
pub use design::{Design, Executive, ExecutiveId, Position, Responsibility, ResponsibilityId, Rgb};
pub use edit::{Edit, EditError};
pub use file_format::{LoadError, LoadErrorKind, SaveError};
pub use history::History;
