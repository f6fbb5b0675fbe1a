//! The command list's shortcuts as egui's, named the platform's way
//! ("Ctrl+S" on Linux and Windows, "⌘S" on macOS).

use egui::{KeyboardShortcut, Modifiers};

use crate::controller::command::{Key, Mods, Shortcut};

/// The egui shortcut for a command's shortcut.
pub fn to_egui(shortcut: Shortcut) -> KeyboardShortcut {
    let Mods {
        command,
        shift,
        alt,
    } = shortcut.mods;
    let mut modifiers = Modifiers::NONE;
    if command {
        modifiers = modifiers.plus(Modifiers::COMMAND);
    }
    if shift {
        modifiers = modifiers.plus(Modifiers::SHIFT);
    }
    if alt {
        modifiers = modifiers.plus(Modifiers::ALT);
    }
    KeyboardShortcut::new(modifiers, key(shortcut.key))
}

fn key(key: Key) -> egui::Key {
    use egui::Key as K;
    match key {
        Key::Letter(c) => {
            egui::Key::from_name(&c.to_ascii_uppercase().to_string()).unwrap_or(K::Questionmark)
        }
        Key::Digit(d) => match d {
            0 => K::Num0,
            1 => K::Num1,
            2 => K::Num2,
            3 => K::Num3,
            4 => K::Num4,
            5 => K::Num5,
            6 => K::Num6,
            7 => K::Num7,
            8 => K::Num8,
            _ => K::Num9,
        },
        Key::Delete => K::Delete,
        Key::Escape => K::Escape,
        Key::F(n) => egui::Key::from_name(&format!("F{n}")).unwrap_or(K::F1),
        Key::Plus => K::Plus,
        Key::Equals => K::Equals,
        Key::Home => K::Home,
        Key::Minus => K::Minus,
        Key::ArrowUp => K::ArrowUp,
        Key::ArrowDown => K::ArrowDown,
        Key::PageUp => K::PageUp,
        Key::PageDown => K::PageDown,
    }
}

/// How a shortcut is written on this platform.
pub fn describe(ctx: &egui::Context, shortcut: Shortcut) -> String {
    ctx.format_shortcut(&to_egui(shortcut))
}

/// How a shortcut is written on Linux and Windows ("Ctrl+Shift+S"), as
/// the README writes it.
pub fn describe_plainly(shortcut: Shortcut) -> String {
    to_egui(shortcut).format(&egui::ModifierNames::NAMES, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::controller::Command;

    #[test]
    fn every_shortcut_becomes_the_key_it_names() {
        for (command, shortcut) in Command::with_shortcuts() {
            let egui = to_egui(shortcut);
            assert_ne!(egui.logical_key, egui::Key::Questionmark, "{command:?}");
        }
        let save_as = Command::SaveAs.shortcut().map(describe_plainly);
        assert_eq!(save_as.as_deref(), Some("Ctrl+Shift+S"));
        let move_to_tray = Command::MoveSelectedTo(0).shortcut().map(describe_plainly);
        assert_eq!(move_to_tray.as_deref(), Some("Alt+0"));
    }
}
