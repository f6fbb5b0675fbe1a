//! Keyboard shortcuts as plain data: a key and the modifiers held with it.
//! The command list gives each command its shortcut; the window turns them
//! into egui's and names the keys the platform's way (Ctrl on Linux and
//! Windows, ⌘ on macOS).

/// A key a shortcut uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// A letter key, `'A'`…`'Z'`.
    Letter(char),
    /// A digit key, 0…9 (on the main row).
    Digit(u8),
    /// Delete.
    Delete,
    /// Escape.
    Escape,
    /// A function key, F1…F12.
    F(u8),
    /// `+`.
    Plus,
    /// `=` (the unshifted `+` key).
    Equals,
    /// `-`.
    Minus,
    /// Home.
    Home,
    /// The up arrow.
    ArrowUp,
    /// The down arrow.
    ArrowDown,
    /// Page Up.
    PageUp,
    /// Page Down.
    PageDown,
}

/// Modifier keys: `command` is Ctrl, or ⌘ on macOS.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Mods {
    /// Ctrl (⌘ on macOS).
    pub command: bool,
    /// Shift.
    pub shift: bool,
    /// Alt (Option on macOS).
    pub alt: bool,
}

impl Mods {
    /// No modifier.
    pub const NONE: Self = Self {
        command: false,
        shift: false,
        alt: false,
    };
    /// Ctrl (⌘).
    pub const COMMAND: Self = Self {
        command: true,
        shift: false,
        alt: false,
    };
    /// Shift (⇧).
    pub const SHIFT: Self = Self {
        command: false,
        shift: true,
        alt: false,
    };
    /// Ctrl+Shift (⌘⇧).
    pub const COMMAND_SHIFT: Self = Self {
        command: true,
        shift: true,
        alt: false,
    };
    /// Ctrl+Alt (⌘⌥).
    pub const COMMAND_ALT: Self = Self {
        command: true,
        shift: false,
        alt: true,
    };
    /// Alt (⌥).
    pub const ALT: Self = Self {
        command: false,
        shift: false,
        alt: true,
    };

    /// How many modifiers are held (more specific shortcuts are tried first).
    pub fn count(self) -> u8 {
        u8::from(self.command) + u8::from(self.shift) + u8::from(self.alt)
    }
}

/// A keyboard shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shortcut {
    /// The modifiers held.
    pub mods: Mods,
    /// The key pressed.
    pub key: Key,
}

pub(crate) const fn keys(mods: Mods, key: Key) -> Shortcut {
    Shortcut { mods, key }
}
