//! Every user action that has a menu item or a keyboard shortcut, defined
//! once: its label, its shortcut and its help text. The menu bar, the
//! shortcut handler, the keyboard-help window and the tests all read this.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new design (the default one).
    New,
    /// Open a design file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
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
    /// Show the keyboard shortcuts.
    ShowShortcuts,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 11] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddResponsibility,
        Self::AddExecutive,
        Self::DeleteSelected,
        Self::ShowShortcuts,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save As…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::AddResponsibility => "Add responsibility…",
            Self::AddExecutive => "Add executive",
            Self::DeleteSelected => "Delete responsibility",
            Self::ShowShortcuts => "Keyboard shortcuts",
        }
    }

    /// What it does, for tooltips and the help window.
    pub fn help(self) -> &'static str {
        match self {
            Self::New => "Start again from the default CIO/CTO design",
            Self::Open => "Open a design (.ron file)",
            Self::Save => "Save the design to its file",
            Self::SaveAs => "Save the design to a new file",
            Self::Quit => "Close Remit (asks first if there are unsaved changes)",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::AddResponsibility => "Add a responsibility from the catalog, or a blank one",
            Self::AddExecutive => "Add another executive box (CISO, CPO…)",
            Self::DeleteSelected => "Delete the selected responsibility",
            Self::ShowShortcuts => "List every keyboard shortcut",
        }
    }

    /// The main keyboard shortcut, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        Some(match self {
            Self::New => KeyboardShortcut::new(cmd, Key::N),
            Self::Open => KeyboardShortcut::new(cmd, Key::O),
            Self::Save => KeyboardShortcut::new(cmd, Key::S),
            Self::SaveAs => KeyboardShortcut::new(cmd_shift, Key::S),
            Self::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Self::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Self::Redo => KeyboardShortcut::new(cmd_shift, Key::Z),
            Self::AddResponsibility => KeyboardShortcut::new(cmd, Key::R),
            Self::AddExecutive => KeyboardShortcut::new(cmd, Key::E),
            Self::DeleteSelected => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Self::ShowShortcuts => KeyboardShortcut::new(Modifiers::NONE, Key::F1),
        })
    }

    /// Further shortcuts that do the same thing.
    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO_Y: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)];
        match self {
            Self::Redo => &REDO_Y,
            _ => &[],
        }
    }

    /// Whether the shortcut should fire while a text field has the keyboard
    /// (Delete must stay a text key there).
    pub fn works_while_typing(self) -> bool {
        !matches!(self, Self::DeleteSelected)
    }
}

/// The keys that move the selected card, listed in the help window:
/// Alt+1…Alt+9 give it to the n-th executive, Alt+0 to the tray.
pub fn move_shortcut(slot: usize) -> Option<KeyboardShortcut> {
    let key = match slot {
        0 => Key::Num0,
        1 => Key::Num1,
        2 => Key::Num2,
        3 => Key::Num3,
        4 => Key::Num4,
        5 => Key::Num5,
        6 => Key::Num6,
        7 => Key::Num7,
        8 => Key::Num8,
        9 => Key::Num9,
        _ => return None,
    };
    Some(KeyboardShortcut::new(Modifiers::ALT, key))
}

/// Shortcuts with more modifiers must be tried first: egui matches
/// Ctrl+Shift+S as Ctrl+S too.
pub fn in_matching_order() -> Vec<(Command, KeyboardShortcut)> {
    let mut all: Vec<(Command, KeyboardShortcut)> = Command::ALL
        .iter()
        .flat_map(|&c| {
            c.shortcut()
                .into_iter()
                .chain(c.alternative_shortcuts().iter().copied())
                .map(move |s| (c, s))
        })
        .collect();
    all.sort_by_key(|(_, s)| {
        std::cmp::Reverse(
            u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt) + u8::from(s.modifiers.command),
        )
    });
    all
}
