//! Tests that run real processes of the designer: one killed mid-work and
//! recovered, one killed right after saving, two windows on one file,
//! several files on the command line, one designer each. The binary has its own `main`
//! (`harness = false`): the same executable runs as the test, or, when a
//! test starts it with a role in its environment, as the child process
//! that plays that role.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../common/mod.rs"]
mod common;
mod crash_recovery;
mod lid;
mod several_files;
mod two_windows;

fn main() {
    crash_recovery::as_child();
    lid::as_child();
    two_windows::as_child();
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let tests: Vec<(&str, fn())> = crash_recovery::TESTS
        .iter()
        .chain(lid::TESTS)
        .chain(several_files::TESTS)
        .chain(two_windows::TESTS)
        .copied()
        .filter(|(name, _)| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str())))
        .collect();
    println!("\nrunning {} tests", tests.len());
    let mut failed = Vec::new();
    for (name, test) in &tests {
        // One at a time: each starts windows of its own and waits on them.
        if std::panic::catch_unwind(test).is_ok() {
            println!("test {name} ... ok");
        } else {
            println!("test {name} ... FAILED");
            failed.push(*name);
        }
    }
    if failed.is_empty() {
        println!(
            "\ntest result: ok. {} passed; 0 failed; 0 ignored\n",
            tests.len()
        );
    } else {
        println!(
            "\ntest result: FAILED. {} passed; {} failed; 0 ignored\n",
            tests.len() - failed.len(),
            failed.len()
        );
        std::process::exit(101);
    }
}
