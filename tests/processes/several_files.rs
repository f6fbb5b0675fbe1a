//! `remit A B C`, as a file manager runs it for three designs opened at
//! once: the real binary opens A itself and starts a designer process of
//! its own for B and for C. Run with no display at all, so that no window
//! can open (here or on CI): each of the three processes says it could not
//! open its window, which shows that three designers were started, and the
//! first one's exit status says so too.

use std::process::Command;

use remit::file;
use remit::templates::default_design;

fn three_files_start_three_designers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = file::to_text(&default_design()).expect("the default design as text");
    let files: Vec<_> = ["a.ron", "b.ron", "report"]
        .iter()
        .map(|name| dir.path().join(name))
        .collect();
    for f in &files {
        std::fs::write(f, &text).expect("write a design");
    }
    // The output is complete when every process that holds standard error
    // (the first and the two it started) has finished.
    let output = Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(&files)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("REMIT_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run remit");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.matches("remit: could not open the window").count(),
        3,
        "one designer per file, the third (named like a command) too:\n{stderr}"
    );
    assert!(!stderr.contains("in a window of its own"), "{stderr}");
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for f in &files {
        assert_eq!(
            std::fs::read_to_string(f).ok().as_deref(),
            Some(text.as_str())
        );
    }
}

pub const TESTS: &[(&str, fn())] = &[(
    "three_files_start_three_designers",
    three_files_start_three_designers,
)];
