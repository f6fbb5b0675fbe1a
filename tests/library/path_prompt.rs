//! The in-app file prompt without a window: where it starts (the design's
//! folder, else the home folder, never the working folder), what it lists
//! of a folder, and how it completes a typed path, on real folders.

use std::path::{MAIN_SEPARATOR, Path, PathBuf};

use remit::controller::file_dialog::folder::{self, Entry};
use remit::controller::{Action, Command, Controller, Dialog, StartOptions};
use remit::file;
use remit::templates::default_design;

/// A folder with designs, other files, hidden ones and sub-folders.
fn workshop() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for name in ["acme.ron", "Acme-option-b.RON", "beta.ron", ".hidden.ron"] {
        file::save(&default_design(), &root.join(name)).unwrap();
    }
    std::fs::write(root.join("notes.txt"), "x").unwrap();
    std::fs::write(root.join("clients.csv"), "name\n").unwrap();
    std::fs::create_dir(root.join("archive")).unwrap();
    std::fs::create_dir(root.join("Acme handouts")).unwrap();
    file::save(&default_design(), &root.join("archive").join("2024.ron")).unwrap();
    dir
}

fn names(entries: &[Entry]) -> Vec<&str> {
    entries.iter().map(|e| e.name.as_str()).collect()
}

fn typed(folder: &Path) -> String {
    folder::as_typed(folder)
}

#[test]
fn a_folder_lists_its_folders_then_the_files_asked_for() {
    let dir = workshop();
    let listing = folder::list(dir.path(), &["ron"]);
    assert_eq!(listing.error, None);
    assert_eq!(
        names(&listing.entries),
        [
            "Acme handouts",
            "archive",
            ".hidden.ron",
            "Acme-option-b.RON",
            "acme.ron",
            "beta.ron"
        ]
    );
    assert!(listing.entries[..2].iter().all(|e| e.folder));
    // Hidden names only when what is typed starts with a dot.
    let shown: Vec<&str> = folder::matching(&listing.entries, "")
        .map(|e| e.name.as_str())
        .collect();
    assert!(!shown.contains(&".hidden.ron"));
    assert_eq!(folder::matching(&listing.entries, ".h").count(), 1);
    // Another kind of file for another purpose.
    let csv = folder::list(dir.path(), &["csv"]);
    assert_eq!(
        names(&csv.entries),
        ["Acme handouts", "archive", "clients.csv"]
    );
    // A folder that cannot be read says so, with its name.
    let gone = folder::list(&dir.path().join("no such folder"), &["ron"]);
    assert!(gone.entries.is_empty());
    let error = gone.error.expect("an error");
    assert!(error.contains("no such folder"), "{error}");
}

#[test]
fn tab_completes_the_last_part_as_far_as_it_is_sure() {
    let dir = workshop();
    let root = typed(dir.path());
    let listing = folder::list(dir.path(), &["ron"]);
    let complete = |text: &str| folder::complete(text, &listing.entries);
    // One match: the whole name, and a separator after a folder's.
    assert_eq!(
        complete(&format!("{root}ar")),
        Some(format!("{root}archive{MAIN_SEPARATOR}"))
    );
    assert_eq!(
        complete(&format!("{root}b")),
        Some(format!("{root}beta.ron"))
    );
    // Several: as far as they all go (letter case as the first one has it).
    assert_eq!(complete(&format!("{root}ac")), Some(format!("{root}Acme")));
    assert_eq!(complete(&format!("{root}a")), None, "Acme… and archive");
    assert_eq!(
        complete(&format!("{root}acme.")),
        Some(format!("{root}acme.ron"))
    );
    // Nothing more to add, or nothing that matches: nothing to complete.
    assert_eq!(complete(&format!("{root}Acme")), None);
    assert_eq!(complete(&format!("{root}zzz")), None);
    assert_eq!(complete(&format!("{root}beta.ron")), None);
    // Going into a folder, choosing a file, going up.
    let archive = &listing.entries[1];
    let inside = folder::choose(&format!("{root}ar"), archive);
    assert_eq!(inside, format!("{root}archive{MAIN_SEPARATOR}"));
    let base = PathBuf::from("/");
    assert_eq!(
        folder::folder_of(&inside, &base),
        dir.path().join("archive")
    );
    let archived = folder::list(&dir.path().join("archive"), &["ron"]);
    assert_eq!(
        folder::complete(&inside, &archived.entries),
        Some(format!("{inside}2024.ron"))
    );
    assert_eq!(folder::up(&inside, &base), Some(root.clone()));
    assert_eq!(
        folder::up(&format!("{inside}..{MAIN_SEPARATOR}x"), &base),
        dir.path().parent().map(typed)
    );
}

#[test]
fn a_relative_path_is_read_from_the_prompts_folder_and_tilde_is_home() {
    let dir = workshop();
    let base = dir.path();
    assert_eq!(folder::resolve("acme.ron", base), base.join("acme.ron"));
    assert_eq!(folder::folder_of("archive/20", base), base.join("archive"));
    assert_eq!(folder::folder_of("acme", base), base.to_owned());
    if let Some(home) = folder::home_folder() {
        assert_eq!(folder::resolve("~/x.ron", base), home.join("x.ron"));
        assert_eq!(folder::resolve("~", base), home);
    }
}

fn controller_on(path: Option<PathBuf>) -> Controller {
    Controller::new(
        StartOptions {
            path,
            ..StartOptions::default()
        },
        None,
    )
}

/// The text the in-app prompt starts with for `command`.
fn prompt_text(c: &mut Controller, command: Command) -> String {
    c.apply(vec![Action::Command(command)]);
    let Some(Dialog::PathPrompt { text, .. }) = c.dialog().cloned() else {
        panic!("no path prompt: {:?}", c.dialog());
    };
    c.apply(vec![Action::CloseDialog]);
    text
}

#[test]
fn the_prompt_starts_in_the_designs_folder_or_else_home_never_the_working_folder() {
    let dir = workshop();
    let path = dir.path().join("beta.ron");
    let mut c = controller_on(Some(path));
    assert_eq!(prompt_text(&mut c, Command::Open), typed(dir.path()));
    assert_eq!(prompt_text(&mut c, Command::ImportCsv), typed(dir.path()));
    assert_eq!(
        prompt_text(&mut c, Command::SaveAs),
        dir.path().join("beta.ron").display().to_string()
    );

    // A design with no file: the home folder, whatever the working folder.
    let mut c = controller_on(None);
    let text = prompt_text(&mut c, Command::Open);
    match folder::home_folder() {
        Some(home) => assert_eq!(text, typed(&home)),
        None => assert_eq!(text, ""),
    }
    let working = std::env::current_dir().unwrap();
    if folder::home_folder().as_deref() != Some(working.as_path()) {
        assert_ne!(text, typed(&working));
    }
}
