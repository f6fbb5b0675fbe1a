//! What the window and the controller say to each other: the [`Action`]s
//! the window sends (with [`Answer`]s to the questions asked), what is
//! selected, the one [`Dialog`] that may be open and what waits for it, and
//! the [`Effect`]s only the window can carry out.

use std::path::PathBuf;

use crate::model::{Edit, ExecutiveId, ResponsibilityId};

use super::Command;
pub use super::company_form::CompanyForm;
pub use super::handouts::ExportChoice;
pub use super::importing::ImportDialog;

/// What is selected on the canvas; the inspector shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector shows the design's own fields.
    #[default]
    None,
    /// A responsibility card.
    Responsibility(ResponsibilityId),
    /// An executive box.
    Executive(ExecutiveId),
    /// The CEO box.
    Ceo,
}

impl Selection {
    /// Whether what is selected is in `design`.
    pub fn exists_in(&self, design: &crate::model::Design) -> bool {
        match self {
            Self::None => true,
            Self::Responsibility(id) => design.responsibility(id).is_some(),
            Self::Executive(id) => design.executive(id).is_some(),
            Self::Ceo => design.ceo.is_some(),
        }
    }
}

/// Where a file to open came from; it decides whether unsaved changes must
/// be asked about first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Dropped onto the window.
    Dropped,
    /// Chosen in Open Recent.
    Recent,
}

/// Something the window asks the controller to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Change the design.
    Edit(Edit),
    /// Run a command (menu item, button or shortcut).
    Command(Command),
    /// A card let go over a box (`to`) or the tray (`None`): it changes
    /// hands, and the reason for the move is asked for; let go over its
    /// own box, it goes to the place `before` says (before the card now
    /// at that place in the box, counting itself; past the last: last).
    DropCard {
        /// Which card.
        responsibility: ResponsibilityId,
        /// Where it was let go.
        to: Option<ExecutiveId>,
        /// The place in the box it was let go at, if in a box.
        before: Option<usize>,
    },
    /// Change the selection.
    Select(Selection),
    /// End a run of merged edits (slider released, text field left).
    SealHistory,
    /// Open this file, asking about unsaved changes first.
    Open {
        /// The file.
        path: PathBuf,
        /// Where it came from.
        source: Source,
    },
    /// Files dropped onto the window.
    Dropped(Vec<PathBuf>),
    /// The answer typed into the in-app path prompt, and what it was for.
    PathTyped {
        /// The path typed.
        path: PathBuf,
        /// Open or save, as the prompt said.
        purpose: PathPurpose,
    },
    /// The answer to the open question.
    Answer(Answer),
    /// Close the open dialog without doing anything.
    CloseDialog,
    /// Dismiss the error message.
    DismissError,
    /// Dismiss the status line.
    DismissStatus,
    /// Open the in-app path prompt (when the native dialog gave nothing).
    TypePath(PathPurpose),
    /// Recover the autosave with this index in the recovery list.
    Recover(usize),
    /// Delete the autosave with this index in the recovery list.
    DiscardAutosave(usize),
    /// The window's close button was pressed (or the window was told to close).
    CloseRequested,
    /// The window gained (`true`) or lost the keyboard focus.
    WindowFocused(bool),
    /// Export the design as chosen in the Export dialog (asks where).
    Export(ExportChoice),
    /// Stop the work running on its own thread (an export, a large
    /// import): nothing is written or imported.
    CancelJob,
    /// Start the blank design chosen in its dialog (asks to save unsaved
    /// changes first).
    CreateBlank,
    /// Add what the import preview shows to the design; with
    /// `create_executives`, unknown owners become new executives.
    AcceptImport {
        /// Create an executive for each owner not on the chart.
        create_executives: bool,
    },
    /// Read the previewed spreadsheet again, with these columns and sheet.
    RereadImport(crate::import::Settings),
    /// Something about the design's options (a tab clicked, a dialog
    /// answered, a template or an import added as an option).
    Option(super::OptionAction),
    /// OK in the "About the company" dialog: the design says what the
    /// form says (nothing changes while its number of people cannot be
    /// read).
    AcceptCompany,
    /// Something asked of the compare view (a pair, Swap, Close, a change
    /// chosen).
    Compare(super::comparing::CompareAction),
}

/// Answers to the questions the dialogs ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save the changes, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Replace the file on disk.
    Overwrite,
    /// Save to another file instead.
    SaveAs,
    /// Load the file as it is on disk now, losing the changes on screen.
    Reload,
    /// Keep the design on screen.
    Keep,
    /// Do nothing.
    Cancel,
}

/// Something that would replace or close the design, waiting for an answer
/// about unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Start a new design from the template with this index in
    /// [`TEMPLATES`](crate::templates::TEMPLATES) (0 = the default).
    New(usize),
    /// Start a blank design with the executives ticked, in
    /// [`ROLES`](crate::templates::blank::ROLES) order.
    NewBlank(Vec<bool>),
    /// Open a file (ask which when `None`).
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
    /// Recover the autosave with this index in the recovery list.
    Recover(usize),
}

/// What an in-app path prompt is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open the file typed.
    Open,
    /// Save to the file typed, then carry on with `then`.
    SaveAs {
        /// What to do after saving.
        then: Option<Pending>,
    },
    /// Export the design to the file typed.
    Export(ExportChoice),
    /// Preview importing the spreadsheet typed.
    ImportCsv,
}

/// Why saving would replace a file the user may not expect to replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// The design's file was changed by another program since it was read.
    ChangedOnDisk,
    /// The design's file was moved or deleted since it was read.
    Deleted,
    /// Another file already has the name typed.
    Exists,
    /// The design's file holds comments inside the design (written by
    /// hand), which a file written by Remit cannot keep.
    LosesComments,
}

/// The one dialog that may be open.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes to …?" before `then`.
    Unsaved {
        /// What waits for the answer.
        then: Pending,
    },
    /// "Replace the file?" before saving over a file that changed, went
    /// away, or belongs to another design.
    Overwrite {
        /// The file.
        path: PathBuf,
        /// Why the question.
        conflict: Conflict,
        /// What waits for the save.
        then: Option<Pending>,
    },
    /// The open file changed on disk while the design has unsaved changes.
    ChangedOnDisk,
    /// Type a file path (when no native file dialog is available).
    PathPrompt {
        /// Open or save.
        purpose: PathPurpose,
        /// The path typed so far.
        text: String,
    },
    /// Pick a responsibility to add.
    AddResponsibility {
        /// Where the new card goes.
        owner: Option<ExecutiveId>,
    },
    /// The gallery of reference models to start a new design from.
    Gallery {
        /// The template shown, by its index in
        /// [`TEMPLATES`](crate::templates::TEMPLATES).
        selected: usize,
        /// The template closest to the design open when the gallery opened
        /// (it opens on that one), if any is.
        closest: Option<usize>,
    },
    /// Choose the executives of a blank design.
    NewBlank {
        /// Which of [`ROLES`](crate::templates::blank::ROLES) are ticked.
        picked: Vec<bool>,
    },
    /// The keyboard shortcuts.
    Shortcuts,
    /// The short guide to the ideas.
    Guide,
    /// Remit's version and licences.
    About,
    /// Autosaved designs to recover or discard.
    Recovery,
    /// Choose what to export (format, scale, table).
    Export,
    /// What importing a spreadsheet would add; nothing changes until the
    /// user accepts.
    ImportPreview(Box<ImportDialog>),
    /// What the design says about its company, being changed.
    Company(CompanyForm),
    /// A new name for option `index`, being typed.
    RenameOption {
        /// The option renamed.
        index: usize,
        /// The name typed so far.
        text: String,
        /// Why the last name typed was refused, if it was.
        error: Option<String>,
    },
    /// "Delete the option …?"
    DeleteOption {
        /// The option to delete.
        index: usize,
    },
}

/// What only the window can do, asked for by the controller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Close the window (a close that was already agreed to).
    CloseWindow,
    /// Stop the close that was requested this frame.
    CancelClose,
    /// A card was just dropped into another box: put the keyboard in the
    /// field that asks why it moved.
    AskReason,
}
