//! Every user action that has a menu item, a button or a keyboard shortcut,
//! defined once: its label, its help text, its shortcut and when it is
//! enabled. The menus, the toolbar, the shortcut handler, the keyboard-help
//! window and the README's shortcut table (checked by a test) all read this.
//!
//! Shortcuts are plain data ([`super::shortcut`]); the window turns them
//! into egui's and names the keys the platform's way.

pub use super::help_rows::{HelpKeys, help_rows};
pub use super::option_commands::OptionCommand;
use super::shortcut::keys;
pub use super::shortcut::{Key, Mods, Shortcut};

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new design (the default one).
    New,
    /// Start a design with no responsibilities, choosing its executives.
    NewBlank,
    /// Show the gallery of reference models to start a new design from.
    TemplateGallery,
    /// Start a new design from the template with this index.
    NewFromTemplate(usize),
    /// Open a design file.
    Open,
    /// Open the design with this index in the recent list.
    OpenRecent(usize),
    /// Empty the recent list.
    ClearRecent,
    /// List the autosaves of designers that stopped unexpectedly.
    RecoverAutosaves,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the design (SVG, PNG, PDF, CSV, Markdown).
    Export,
    /// Import responsibilities from a CSV spreadsheet.
    ImportCsv,
    /// Turn reopening the last design on start on or off.
    ToggleReopenLast,
    /// Close the window.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Open the "add responsibility" window.
    AddResponsibility,
    /// Add an executive box.
    AddExecutive,
    /// Delete the selected responsibility.
    DeleteSelected,
    /// Move the selected card to the n-th executive (1…9), or to the tray (0).
    MoveSelectedTo(u8),
    /// Move the selected card one place up among its owner's cards.
    MoveSelectedUp,
    /// Move the selected card one place down among its owner's cards.
    MoveSelectedDown,
    /// Clear the selection.
    ClearSelection,
    /// Say what the company is: its size, sector and goal for technology.
    DescribeCompany,
    /// Make text, panels, menus and windows larger (not the chart).
    ZoomIn,
    /// Make text, panels, menus and windows smaller (not the chart).
    ZoomOut,
    /// Text, panels, menus and windows back to their normal size.
    ZoomReset,
    /// Zoom the chart in.
    ChartZoomIn,
    /// Zoom the chart out.
    ChartZoomOut,
    /// Show the whole chart.
    FitChart,
    /// Lay the chart out as a tree.
    TidyChart,
    /// Show the responsibility matrix instead of the chart, or go back.
    ToggleMatrix,
    /// Show the chart full screen for a room, or go back.
    Present,
    /// Open the window comparing two options of the design, or close it.
    CompareOptions,
    /// Switch between the dark and the light theme.
    ToggleLightTheme,
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Show the short guide to the ideas (facing, clarity, roles, findings,
    /// the balance).
    ShowGuide,
    /// Show what this Remit is: its version and licences.
    ShowAbout,
    /// Something about the design's options (switch, new, rename…).
    Options(OptionCommand),
}

/// What decides whether a command can be used now.
#[derive(Clone, Debug, Default)]
pub struct CommandState {
    /// There is something to undo.
    pub can_undo: bool,
    /// There is something to redo.
    pub can_redo: bool,
    /// A card is selected.
    pub card_selected: bool,
    /// Something is selected.
    pub anything_selected: bool,
    /// How many executives the design has.
    pub executives: usize,
    /// How many designs the recent list holds.
    pub recent: usize,
    /// Autosave (and so recovery) is on.
    pub autosave_on: bool,
    /// How many options the design has.
    pub options: usize,
    /// Which option is shown (from 0).
    pub current_option: usize,
}

impl Command {
    /// The commands with a fixed meaning, in menu order (the numbered
    /// ones, templates and recent files, are listed where they are shown).
    pub const ALL: [Self; 52] = [
        Self::New,
        Self::NewBlank,
        Self::TemplateGallery,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Export,
        Self::ImportCsv,
        Self::RecoverAutosaves,
        Self::ToggleReopenLast,
        Self::ClearRecent,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddResponsibility,
        Self::AddExecutive,
        Self::DeleteSelected,
        Self::MoveSelectedTo(1),
        Self::MoveSelectedTo(2),
        Self::MoveSelectedTo(3),
        Self::MoveSelectedTo(4),
        Self::MoveSelectedTo(5),
        Self::MoveSelectedTo(6),
        Self::MoveSelectedTo(7),
        Self::MoveSelectedTo(8),
        Self::MoveSelectedTo(9),
        Self::MoveSelectedTo(0),
        Self::MoveSelectedUp,
        Self::MoveSelectedDown,
        Self::ClearSelection,
        Self::DescribeCompany,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ChartZoomIn,
        Self::ChartZoomOut,
        Self::FitChart,
        Self::TidyChart,
        Self::ToggleMatrix,
        Self::Present,
        Self::ToggleLightTheme,
        Self::ShowShortcuts,
        Self::ShowGuide,
        Self::ShowAbout,
        Self::Options(OptionCommand::Next),
        Self::Options(OptionCommand::Previous),
        Self::Options(OptionCommand::New),
        Self::Options(OptionCommand::Rename),
        Self::Options(OptionCommand::Delete),
        Self::Options(OptionCommand::MoveLeft),
        Self::Options(OptionCommand::MoveRight),
        Self::CompareOptions,
    ];

    /// Every command that has a keyboard shortcut, most specific first (egui
    /// matches Ctrl+Shift+S as Ctrl+S too, so Ctrl+Shift+S must be tried
    /// first).
    pub fn with_shortcuts() -> Vec<(Self, Shortcut)> {
        let mut all: Vec<(Self, Shortcut)> = Self::ALL
            .iter()
            .flat_map(|&c| {
                c.shortcut()
                    .into_iter()
                    .chain(c.alternative_shortcuts().iter().copied())
                    .map(move |s| (c, s))
            })
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(s.mods.count()));
        all
    }

    /// The menu label.
    pub fn label(self) -> String {
        match self {
            Self::New => "New".into(),
            Self::NewBlank => "New blank design…".into(),
            Self::TemplateGallery => "New from template…".into(),
            Self::NewFromTemplate(i) => crate::templates::TEMPLATES
                .get(i)
                .map_or_else(|| "Template".to_owned(), |t| t.title.to_owned()),
            Self::Open => "Open…".into(),
            Self::OpenRecent(_) => "Open recent design".into(),
            Self::ClearRecent => "Clear Recent".into(),
            Self::RecoverAutosaves => "Recover Autosaved Designs…".into(),
            Self::Save => "Save".into(),
            Self::SaveAs => "Save As…".into(),
            Self::Export => "Export…".into(),
            Self::ImportCsv => "Import spreadsheet…".into(),
            Self::ToggleReopenLast => "Reopen last design on start".into(),
            Self::Quit => "Quit".into(),
            Self::Undo => "Undo".into(),
            Self::Redo => "Redo".into(),
            Self::AddResponsibility => "Add responsibility…".into(),
            Self::AddExecutive => "Add executive".into(),
            Self::DeleteSelected => "Delete responsibility".into(),
            Self::MoveSelectedTo(0) => "Move to the unassigned tray".into(),
            Self::MoveSelectedTo(n) => format!("Move to executive {n}"),
            Self::MoveSelectedUp => "Move up in its box".into(),
            Self::MoveSelectedDown => "Move down in its box".into(),
            Self::ClearSelection => "Clear selection".into(),
            Self::DescribeCompany => "Company…".into(),
            Self::ZoomIn => "Larger text and panels".into(),
            Self::ZoomOut => "Smaller text and panels".into(),
            Self::ZoomReset => "Normal text and panels".into(),
            Self::ChartZoomIn => "Zoom chart in".into(),
            Self::ChartZoomOut => "Zoom chart out".into(),
            Self::FitChart => "Fit chart".into(),
            Self::TidyChart => "Tidy chart".into(),
            Self::ToggleMatrix => "Matrix view".into(),
            Self::Present => "Present".into(),
            Self::CompareOptions => "Compare options…".into(),
            Self::ToggleLightTheme => "Light theme".into(),
            Self::ShowShortcuts => "Keyboard shortcuts".into(),
            Self::ShowGuide => "Guide to the ideas".into(),
            Self::ShowAbout => "About Remit".into(),
            Self::Options(c) => c.label().into(),
        }
    }

    /// What it does, for tooltips, the help window and the README.
    pub fn help(self) -> &'static str {
        match self {
            Self::New => "Start a new design (asks to save unsaved changes)",
            Self::NewBlank => {
                "Start a design with no responsibilities yet: choose its executives, then add or import the cards"
            }
            Self::TemplateGallery => {
                "Start a new design from a reference model (a gallery of five, each explained)"
            }
            Self::NewFromTemplate(_) => "Start a new design from this template",
            Self::Open => "Open a design (.ron file)",
            Self::OpenRecent(_) => "Open this design again",
            Self::ClearRecent => "Empty the Open Recent list",
            Self::RecoverAutosaves => "Designs whose unsaved changes were kept when Remit stopped",
            Self::Save => "Save (to the open file; asks for a file the first time)",
            Self::SaveAs => "Save to a new file",
            Self::Export => {
                "Export the chart (SVG, PNG), a PDF handout, or the tables (CSV, Markdown)"
            }
            Self::ImportCsv => {
                "Add responsibilities from a spreadsheet (CSV, Excel or OpenDocument), after a preview"
            }
            Self::ToggleReopenLast => "Open the last design again when Remit starts",
            Self::Quit => "Quit (asks to save unsaved changes)",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::AddResponsibility => "Add a responsibility from the catalog, or a blank one",
            Self::AddExecutive => "Add an executive (CISO, CPO…)",
            Self::DeleteSelected => "Delete the selected card (when not typing in a field)",
            Self::MoveSelectedTo(0) => "Move the selected card to the unassigned tray",
            Self::MoveSelectedTo(_) => "Move the selected card to the 1st … 9th executive",
            Self::MoveSelectedUp => "Move the selected card one place up among its owner's cards",
            Self::MoveSelectedDown => {
                "Move the selected card one place down among its owner's cards"
            }
            Self::ClearSelection => "Cancel a drag; otherwise clear the selection",
            Self::DescribeCompany => {
                "Say how many people the company has, its sector and its main goal for technology: the advice weighs the design against them"
            }
            Self::ZoomIn => {
                "Make text, panels, menus and windows larger (for a projector); with the pointer on the chart, zoom the chart in instead"
            }
            Self::ZoomOut => {
                "Make text, panels, menus and windows smaller; with the pointer on the chart, zoom the chart out instead"
            }
            Self::ZoomReset => {
                "Text, panels, menus and windows back to their normal size (the chart keeps its zoom)"
            }
            Self::ChartZoomIn => {
                "Zoom only the chart in (also Ctrl+Plus or Ctrl+wheel with the pointer on the chart, or a pinch)"
            }
            Self::ChartZoomOut => {
                "Zoom only the chart out (also Ctrl+Minus or Ctrl+wheel with the pointer on the chart)"
            }
            Self::FitChart => "Show the whole chart",
            Self::TidyChart => {
                "Lay the chart out as a tree: managers above their reports, nothing overlapping"
            }
            Self::ToggleMatrix => {
                "Switch between the chart and the matrix of who is A, R, C or I on each item"
            }
            Self::Present => {
                "Present the chart full screen, in large type, with the balance beside it (Escape leaves)"
            }
            Self::CompareOptions => {
                "Compare two options of the design: what moved and why, the balance and clarity in both, and the findings one settles or adds"
            }
            Self::ToggleLightTheme => {
                "Use the light theme (easier to read on a projector) or the dark one"
            }
            Self::ShowShortcuts => "List the keyboard shortcuts in the app",
            Self::ShowGuide => {
                "A short guide to the ideas: facing (INT, MIX, EXT), the balance, clarity, roles (R, A, C, I) and findings"
            }
            Self::ShowAbout => "Remit's version and licences, and the fonts' licences",
            Self::Options(c) => c.help(),
        }
    }

    /// The main keyboard shortcut, if any. Every command is named here (no
    /// catch-all arm), so a new command cannot compile before its shortcut
    /// is decided.
    pub fn shortcut(self) -> Option<Shortcut> {
        use Key::{ArrowDown, ArrowUp, Delete, Digit, Escape, F, Home, Letter, Minus, Plus};
        Some(match self {
            Self::New => keys(Mods::COMMAND, Letter('N')),
            Self::TemplateGallery => keys(Mods::COMMAND_SHIFT, Letter('N')),
            Self::NewBlank => keys(Mods::COMMAND_ALT, Letter('N')),
            Self::Open => keys(Mods::COMMAND, Letter('O')),
            Self::Save => keys(Mods::COMMAND, Letter('S')),
            Self::SaveAs => keys(Mods::COMMAND_SHIFT, Letter('S')),
            Self::Export => keys(Mods::COMMAND_SHIFT, Letter('E')),
            Self::ImportCsv => keys(Mods::COMMAND, Letter('I')),
            Self::Quit => keys(Mods::COMMAND, Letter('Q')),
            Self::Undo => keys(Mods::COMMAND, Letter('Z')),
            Self::Redo => keys(Mods::COMMAND_SHIFT, Letter('Z')),
            Self::AddResponsibility => keys(Mods::COMMAND, Letter('R')),
            Self::AddExecutive => keys(Mods::COMMAND, Letter('E')),
            Self::DeleteSelected => keys(Mods::NONE, Delete),
            Self::MoveSelectedTo(n) if n <= 9 => keys(Mods::ALT, Digit(n)),
            Self::MoveSelectedUp => keys(Mods::ALT, ArrowUp),
            Self::MoveSelectedDown => keys(Mods::ALT, ArrowDown),
            Self::ClearSelection => keys(Mods::NONE, Escape),
            Self::ZoomIn => keys(Mods::COMMAND, Plus),
            Self::ZoomOut => keys(Mods::COMMAND, Minus),
            Self::ZoomReset => keys(Mods::COMMAND, Digit(0)),
            Self::ShowShortcuts => keys(Mods::NONE, F(1)),
            Self::ShowGuide => keys(Mods::SHIFT, F(1)),
            Self::FitChart => keys(Mods::NONE, Home),
            Self::TidyChart => keys(Mods::COMMAND_SHIFT, Letter('L')),
            Self::ToggleMatrix => keys(Mods::COMMAND, Letter('M')),
            Self::Present => keys(Mods::NONE, F(5)),
            Self::Options(c) => return c.shortcut(),
            Self::CompareOptions => keys(Mods::NONE, F(6)),
            Self::MoveSelectedTo(_)
            | Self::NewFromTemplate(_)
            | Self::OpenRecent(_)
            | Self::ClearRecent
            | Self::RecoverAutosaves
            | Self::ToggleReopenLast
            | Self::DescribeCompany
            | Self::ChartZoomIn
            | Self::ChartZoomOut
            | Self::ToggleLightTheme
            | Self::ShowAbout => return None,
        })
    }

    /// Further shortcuts that do the same thing.
    pub fn alternative_shortcuts(self) -> &'static [Shortcut] {
        const REDO_Y: [Shortcut; 1] = [keys(Mods::COMMAND, Key::Letter('Y'))];
        const ZOOM_EQUALS: [Shortcut; 1] = [keys(Mods::COMMAND, Key::Equals)];
        match self {
            Self::Redo => &REDO_Y,
            Self::ZoomIn => &ZOOM_EQUALS,
            Self::New
            | Self::NewBlank
            | Self::TemplateGallery
            | Self::NewFromTemplate(_)
            | Self::Open
            | Self::OpenRecent(_)
            | Self::ClearRecent
            | Self::RecoverAutosaves
            | Self::Save
            | Self::SaveAs
            | Self::Export
            | Self::ImportCsv
            | Self::ToggleReopenLast
            | Self::Quit
            | Self::Undo
            | Self::AddResponsibility
            | Self::AddExecutive
            | Self::DeleteSelected
            | Self::MoveSelectedTo(_)
            | Self::MoveSelectedUp
            | Self::MoveSelectedDown
            | Self::ClearSelection
            | Self::DescribeCompany
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ChartZoomIn
            | Self::ChartZoomOut
            | Self::FitChart
            | Self::TidyChart
            | Self::ToggleMatrix
            | Self::Present
            | Self::CompareOptions
            | Self::ToggleLightTheme
            | Self::ShowShortcuts
            | Self::ShowGuide
            | Self::ShowAbout
            | Self::Options(_) => &[],
        }
    }

    /// Whether the shortcut should fire while a text field has the keyboard
    /// (Delete, Escape, Home and the arrows must stay text keys there).
    pub fn works_while_typing(self) -> bool {
        !matches!(
            self,
            Self::DeleteSelected
                | Self::ClearSelection
                | Self::FitChart
                | Self::MoveSelectedUp
                | Self::MoveSelectedDown
        )
    }

    /// Whether the command can be used now.
    pub fn enabled(self, state: &CommandState) -> bool {
        match self {
            Self::Undo => state.can_undo,
            Self::Redo => state.can_redo,
            Self::DeleteSelected | Self::MoveSelectedUp | Self::MoveSelectedDown => {
                state.card_selected
            }
            Self::MoveSelectedTo(0) => state.card_selected,
            Self::MoveSelectedTo(n) => state.card_selected && usize::from(n) <= state.executives,
            Self::ClearSelection => state.anything_selected,
            Self::OpenRecent(i) => i < state.recent,
            Self::ClearRecent => state.recent > 0,
            Self::RecoverAutosaves => state.autosave_on,
            Self::TidyChart => state.executives > 0,
            Self::Options(c) => c.enabled(state),
            Self::CompareOptions => state.options > 1,
            Self::New
            | Self::NewBlank
            | Self::TemplateGallery
            | Self::NewFromTemplate(_)
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::Export
            | Self::ImportCsv
            | Self::ToggleReopenLast
            | Self::Quit
            | Self::AddResponsibility
            | Self::AddExecutive
            | Self::DescribeCompany
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ChartZoomIn
            | Self::ChartZoomOut
            | Self::FitChart
            | Self::ToggleMatrix
            | Self::Present
            | Self::ToggleLightTheme
            | Self::ShowShortcuts
            | Self::ShowGuide
            | Self::ShowAbout => true,
        }
    }

    /// Why the command cannot be used now, for a greyed-out menu item or
    /// button to say on hover (`None` where greyed out says enough).
    pub fn why_disabled(self, state: &CommandState) -> Option<&'static str> {
        match self {
            Self::CompareOptions if !self.enabled(state) => Some(
                "Make an option first: the design has one option, and comparing needs two (copy “As is” into a new option and change that)",
            ),
            _ => None,
        }
    }

    /// Which of [`Self::ALL`]'s places this command's kind takes, or
    /// `None` for the numbered kinds listed where they are shown (a template
    /// in the gallery, a file in Open Recent). An exhaustive match: a new
    /// command does not compile until it is given a place, and a test
    /// checks that `ALL` holds it there.
    pub const fn place(self) -> Option<usize> {
        Some(match self {
            Self::New => 0,
            Self::NewBlank => 1,
            Self::TemplateGallery => 2,
            Self::Open => 3,
            Self::Save => 4,
            Self::SaveAs => 5,
            Self::Export => 6,
            Self::ImportCsv => 7,
            Self::RecoverAutosaves => 8,
            Self::ToggleReopenLast => 9,
            Self::ClearRecent => 10,
            Self::Quit => 11,
            Self::Undo => 12,
            Self::Redo => 13,
            Self::AddResponsibility => 14,
            Self::AddExecutive => 15,
            Self::DeleteSelected => 16,
            // Alt+1 … Alt+9, then Alt+0.
            Self::MoveSelectedTo(0) => 26,
            Self::MoveSelectedTo(n) => 16 + n as usize,
            Self::MoveSelectedUp => 27,
            Self::MoveSelectedDown => 28,
            Self::ClearSelection => 29,
            Self::DescribeCompany => 30,
            Self::ZoomIn => 31,
            Self::ZoomOut => 32,
            Self::ZoomReset => 33,
            Self::ChartZoomIn => 34,
            Self::ChartZoomOut => 35,
            Self::FitChart => 36,
            Self::TidyChart => 37,
            Self::ToggleMatrix => 38,
            Self::Present => 39,
            Self::ToggleLightTheme => 40,
            Self::ShowShortcuts => 41,
            Self::ShowGuide => 42,
            Self::ShowAbout => 43,
            Self::Options(c) => 44 + c.place(),
            Self::CompareOptions => 51,
            Self::NewFromTemplate(_) | Self::OpenRecent(_) => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all = Command::with_shortcuts();
        for (i, (a, sa)) in all.iter().enumerate() {
            for (b, sb) in &all[i + 1..] {
                assert!(sa != sb || a == b, "{a:?} and {b:?} share {sa:?}");
            }
        }
    }

    #[test]
    fn all_lists_every_command_at_its_place() {
        for (i, command) in Command::ALL.iter().enumerate() {
            assert_eq!(command.place(), Some(i), "{command:?}");
        }
        assert_eq!(Command::NewFromTemplate(2).place(), None);
        assert_eq!(Command::OpenRecent(0).place(), None);
    }

    #[test]
    fn more_specific_shortcuts_come_first() {
        let all = Command::with_shortcuts();
        let at = |c: Command, mods: Mods| {
            all.iter()
                .position(|(x, s)| *x == c && s.mods == mods)
                .expect("listed")
        };
        assert!(at(Command::SaveAs, Mods::COMMAND_SHIFT) < at(Command::Save, Mods::COMMAND));
        assert!(at(Command::Redo, Mods::COMMAND_SHIFT) < at(Command::Undo, Mods::COMMAND));
    }

    #[test]
    fn moves_need_a_card_and_an_executive_there() {
        let state = CommandState {
            card_selected: true,
            executives: 2,
            ..CommandState::default()
        };
        assert!(Command::MoveSelectedTo(2).enabled(&state));
        assert!(!Command::MoveSelectedTo(3).enabled(&state));
        assert!(Command::MoveSelectedTo(0).enabled(&state));
        assert!(!Command::MoveSelectedTo(1).enabled(&CommandState::default()));
    }
}
