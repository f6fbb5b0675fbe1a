//! Hostile files, one class of defect at a time, so that each class stays
//! fixed (issue 7): the size limit (one rule for write and read), symbolic
//! and hard links, terminal injection, special files, files from other
//! editors, refusals that name the line in any layout, and bounds on every
//! number and sum.
//!
//! Small hand-written files live in `tests/files/hostile/`; everything big
//! or special (huge designs, named pipes, sockets, devices, links, odd file
//! names) is made at run time in a temporary folder. Anything that could
//! hang (reading a pipe, a link loop, the binary) runs under a timeout and
//! fails the test instead of hanging it.

use crate::common;

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use remit::autosave::{Session, orphans, read_record};
use remit::document::Document;
use remit::file::{
    self, LoadError, LoadErrorKind, MAX_DESIGN_BYTES, MAX_READ_BYTES, describe_bytes, load, parse,
    parse_bytes, save, to_text, write_atomically,
};
use remit::model::rules::{self, MAX_COORDINATE, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_SIZE, MIN_SIZE};
use remit::model::{
    Design, DesignBalance, Edit, Executive, ExecutiveId, Position, Problem, Responsibility,
    ResponsibilityId, Rgb,
};
use remit::templates::default_design;

// ================================================================ helpers

/// How long anything that could hang may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(5);

fn hostile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/hostile")
        .join(name)
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// Runs `f` on another thread and fails the test if it does not return
/// within [`PATIENCE`] (it blocks) or panics.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(PATIENCE) {
        Ok(value) => value,
        Err(RecvTimeoutError::Timeout) => panic!("{what} did not return within {PATIENCE:?}"),
        Err(RecvTimeoutError::Disconnected) => panic!("{what} panicked"),
    }
}

/// What a run of the binary printed.
#[derive(Debug)]
struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

/// Runs the `remit` binary with `args`, killing it (and failing the test)
/// if it has not finished within [`PATIENCE`]. Its output must be UTF-8,
/// and must not be a panic.
fn remit<S: AsRef<OsStr>>(args: &[S]) -> Run {
    let shown: Vec<String> = args.iter().map(|a| format!("{:?}", a.as_ref())).collect();
    let data = tempdir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .env("REMIT_DATA_DIR", data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start remit");
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "remit {} did not finish within {PATIENCE:?}",
                shown.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let text = |bytes: Vec<u8>, which: &str| {
        String::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("remit {}: {which} is not UTF-8: {e}", shown.join(" ")))
    };
    let run = Run {
        status,
        stdout: text(out.join().expect("stdout"), "stdout"),
        stderr: text(err.join().expect("stderr"), "stderr"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "remit {} panicked: {}",
        shown.join(" "),
        run.stderr
    );
    run
}

/// Characters that act on a terminal or reorder what it shows: controls
/// (but the line feed that ends a line), direction overrides and isolates,
/// zero-width characters and line separators.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

#[track_caller]
fn assert_terminal_safe(what: &str, text: &str) {
    if let Some((at, c)) = text.char_indices().find(|&(_, c)| acts_on_terminal(c)) {
        panic!(
            "{what} prints the raw character U+{:04X} at byte {at}: {}",
            u32::from(c),
            text.escape_debug()
        );
    }
}

#[track_caller]
fn assert_run_safe(run: &Run) {
    assert_terminal_safe("stdout", &run.stdout);
    assert_terminal_safe("stderr", &run.stderr);
}

/// The `(line, column)` of an error.
fn place(e: &LoadError) -> (Option<usize>, Option<usize>) {
    (e.line, e.column)
}

fn rule_problem(e: &LoadError) -> Option<&Problem> {
    match &e.kind {
        LoadErrorKind::Rule(rule) => Some(&rule.problem),
        _ => None,
    }
}

/// `text` with the first `from` replaced by `to`; fails if `from` is not
/// there (the format changed, and the test must follow).
#[track_caller]
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the text");
    text.replacen(from, to, 1)
}

/// Every entry of a folder, by name.
fn entries(dir: &Path) -> Vec<OsString> {
    let mut names: Vec<OsString> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    names.sort();
    names
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The default design under another name.
fn small_design(name: &str) -> Design {
    let mut design = default_design();
    design.name = name.to_owned();
    design
}

fn card(id: &str, share: f64, size: f64, owner: Option<&str>) -> Responsibility {
    Responsibility {
        id: ResponsibilityId(id.into()),
        name: format!("Card {id}"),
        description: String::new(),
        external_share: share,
        size,
        owner: owner.map(|o| ExecutiveId(o.into())),
        notes: String::new(),
        ..Default::default()
    }
}

fn executive(id: &str) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: id.to_uppercase(),
        full_title: format!("Executive {id}"),
        colour: Rgb(0x2f, 0x6f, 0xb5),
        position: Position { x: 24.0, y: 24.0 },
        ..Default::default()
    }
}

// ======================================================= 1. the size limit

/// The bytes of a design's text that the size limit counts: everything but
/// white space and comments outside strings (counted here independently
/// of the library, for the text Remit writes).
fn content_len(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut n = 0u64;
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            n += 1;
            if b == b'\\' {
                n += 1;
                i += 1;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
            n += 1;
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if !b.is_ascii_whitespace() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// A design of exactly `bytes` of content: cards with the longest notes
/// (of four-byte characters, so that 16 MiB is few characters and the test
/// is quick), one more whose notes take the rest, and the name the last
/// few bytes.
fn design_of_exactly(bytes: u64) -> Design {
    const NOTE: char = '\u{1D11E}'; // 𝄞, four bytes, written as it is
    const NOTES: u64 = rules::MAX_TEXT_CHARS as u64;
    let notes = |chars: u64| {
        std::iter::repeat_n(NOTE, usize::try_from(chars).expect("small")).collect::<String>()
    };
    let content = |design: &Design| content_len(&file::v6::write_one(design));
    let mut design = Design::empty("Exactly at the limit");
    design.executives.push(executive("cio"));
    let filled = |i: u64, chars: u64| Responsibility {
        notes: notes(chars),
        ..card(&format!("c{i:05}"), 0.5, 1.0, Some("cio"))
    };
    let empty = content(&design);
    design.responsibilities.push(filled(0, 1).into());
    let bare = content(&design) - empty - 4;
    let per_card = bare + 4 * NOTES;
    let full_cards = (bytes - empty - bare - 4) / per_card;
    let rest = bytes - empty - full_cards * per_card - bare;
    assert!(rest / 4 <= NOTES, "the rest fits on one card");
    design.responsibilities = (0..full_cards)
        .map(|i| filled(i, NOTES))
        .map(Into::into)
        .collect();
    design
        .responsibilities
        .push(filled(full_cards, rest / 4).into());
    design
        .name
        .push_str(&"+".repeat(usize::try_from(rest % 4).expect("small")));
    design
}

/// A design of exactly [`MAX_DESIGN_BYTES`] of content, built once.
fn design_at_limit() -> &'static Design {
    static DESIGN: OnceLock<Design> = OnceLock::new();
    DESIGN.get_or_init(|| design_of_exactly(MAX_DESIGN_BYTES))
}

/// `design` with a name `more` characters longer (`more` bytes more
/// content).
fn grown(design: &Design, more: usize) -> Design {
    let mut design = design.clone();
    design.name.push_str(&"+".repeat(more));
    design
}

#[test]
fn the_limit_is_for_the_whole_file_however_many_options_hold_it() {
    // A design at the limit, with one more (empty) option: over it.
    let mut options = remit::model::Options::one(design_at_limit().clone());
    let made = options.apply(remit::model::OptionEdit::Add {
        name: "B".into(),
        design: Box::new(Design::empty("")),
    });
    assert_eq!(made, Ok(1));
    let refused = file::options_to_text(&options, "").expect_err("over the limit");
    assert!(refused.contains("nothing was written"), "{refused}");
    let mut text = to_text(design_at_limit()).expect("at the limit");
    let end = text.rfind(')').expect("end");
    text.insert_str(end, "options: [(name: \"B\")],");
    let err = file::parse_options(&text).expect_err("over the limit");
    assert!(
        matches!(err.kind, LoadErrorKind::DesignTooLarge { .. }),
        "{err}"
    );
}

#[test]
fn a_design_over_the_limit_is_refused_before_anything_is_written() {
    let dir = tempdir();
    let path = dir.path().join("client.ron");
    let old = to_text(&small_design("The old design")).expect("text");
    std::fs::write(&path, &old).expect("write");
    let before = entries(dir.path());

    let big = grown(design_at_limit(), 1);
    let err = save(&big, &path).expect_err("one byte over the limit is refused");
    assert_eq!(err.path, path);
    let message = err.to_string();
    assert!(message.contains("client.ron"), "{message}");
    assert!(
        message.contains(&describe_bytes(MAX_DESIGN_BYTES + 1)) && message.contains("16 MiB"),
        "the message gives the size and the limit: {message}"
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        old,
        "the old file is byte-identical"
    );
    assert_eq!(entries(dir.path()), before, "no temporary file is left");
}

#[test]
fn a_design_of_exactly_the_limit_saves_and_loads_back_equal() {
    let design = design_at_limit();
    let dir = tempdir();
    let path = dir.path().join("limit.ron");
    save(design, &path).expect("exactly the limit is accepted");
    let written = std::fs::read_to_string(&path).expect("read");
    assert_eq!(content_len(&written), MAX_DESIGN_BYTES);
    assert!(
        written.len() as u64 > MAX_DESIGN_BYTES,
        "the layout's white space is not counted"
    );
    assert_eq!(&load(&path).expect("what save wrote, load reads"), design);
}

#[test]
fn a_design_of_100_000_cards_saves_under_the_limit_and_loads_back_equal() {
    // The fixture's cards without their catalog descriptions (with them,
    // 100,000 cards hold more text than the limit).
    let mut design = common::large_design(100_000);
    for card in &mut design.responsibilities {
        card.description.clear();
    }
    let dir = tempdir();
    let path = dir.path().join("large.ron");
    save(&design, &path).expect("save");
    let written = std::fs::read_to_string(&path).expect("read");
    let content = content_len(&written);
    println!(
        "100,000 cards: a file of {}, {} of content, limit {}",
        describe_bytes(written.len() as u64),
        describe_bytes(content),
        describe_bytes(MAX_DESIGN_BYTES)
    );
    assert!(
        content <= MAX_DESIGN_BYTES && content > MAX_DESIGN_BYTES / 2,
        "{content}"
    );
    assert_eq!(load(&path).expect("load"), design);
}

#[test]
fn a_design_that_loads_can_be_saved_again_however_its_file_is_written() {
    // The same design near the limit, compact (a script's output) and with
    // its text written raw where Remit writes escapes (a direction mark is
    // three bytes raw, eight as `\u{2066}`; a line break one byte raw, two
    // as `\n`). Whatever loads must save again (and so autosave, which
    // writes the same text), or the user's edits cannot be kept; else it
    // must be refused when read.
    let design = grown(design_at_limit(), 100);
    let compact = file::v6::write_one(&design)
        .replace("        (", "(")
        .replace(": ", ":")
        .replace(", ", ",");
    let mut marks = Design::empty("Raw marks");
    marks.executives.push(executive("cio"));
    marks.responsibilities = (0..140)
        .map(|i| Responsibility {
            notes: "\u{2066}".repeat(15_000) + &"\n".repeat(5_000),
            ..card(&format!("m{i}"), 0.5, 1.0, None)
        })
        .map(Into::into)
        .collect();
    let raw = file::v6::write_one(&marks)
        .replace("\\u{2066}", "\u{2066}")
        .replace("\\n", "\n");
    let dir = tempdir();
    for (name, text, expected) in [("compact.ron", compact, &design), ("raw.ron", raw, &marks)] {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).expect("write");
        match load(&path) {
            Ok(loaded) => {
                assert_eq!(&loaded, expected);
                save(&loaded, &path)
                    .unwrap_or_else(|e| panic!("{name} loads but cannot be saved back: {e}"));
            }
            Err(e) => assert!(
                matches!(e.kind, LoadErrorKind::DesignTooLarge { .. }),
                "{name}: {e}"
            ),
        }
    }
}

#[test]
fn a_file_over_the_read_limit_is_refused_by_its_size_without_being_read() {
    let dir = tempdir();
    for (name, len) in [
        ("one-byte-over.ron", MAX_READ_BYTES + 1),
        ("huge-sparse.ron", 1024 * 1024 * 1024 * 1024),
    ] {
        let path = dir.path().join(name);
        // Sparse: no disk space, and reading it would take a long time.
        std::fs::File::create(&path)
            .expect("create")
            .set_len(len)
            .expect("set_len");
        let started = Instant::now();
        let err = within("load of an oversized file", {
            let path = path.clone();
            move || load(&path).expect_err("refused")
        });
        assert!(started.elapsed() < Duration::from_secs(1), "not read");
        assert_eq!(err.kind, LoadErrorKind::TooLarge { bytes: len });
        let message = err.to_string();
        assert!(
            message.contains(name) && message.contains(&describe_bytes(len)),
            "{message}"
        );
        let run = remit(&[OsStr::new("check"), path.as_os_str()]);
        assert!(!run.status.success());
        assert!(run.stdout.contains(&describe_bytes(len)), "{run:?}");
    }
}

#[test]
fn white_space_and_comments_do_not_count_but_content_does() {
    let dir = tempdir();
    // A small design padded with 20 MiB of blank lines and comments.
    let padded = edited(
        &to_text(&small_design("Padded")).expect("text"),
        "(\n",
        &format!("(\n{}", "        // padding\n\n".repeat(900 * 1024)),
    );
    assert!(padded.len() as u64 > MAX_DESIGN_BYTES);
    let path = dir.path().join("padded.ron");
    std::fs::write(&path, &padded).expect("write");
    assert_eq!(load(&path).expect("loads"), small_design("Padded"));

    // A file with more content than the limit names its size.
    let over = file::v6::write_one(&grown(design_at_limit(), 200));
    let path = dir.path().join("over.ron");
    std::fs::write(&path, &over).expect("write");
    let err = load(&path).expect_err("refused");
    assert_eq!(
        err.kind,
        LoadErrorKind::DesignTooLarge {
            bytes: MAX_DESIGN_BYTES + 200
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("over.ron") && message.contains("16 MiB"),
        "{message}"
    );
}

#[test]
fn text_full_of_escapes_reads_back_equal() {
    // Quotes, backslashes and line breaks take two bytes each once
    // written, and a direction mark eight; what is written reads back.
    let mut design = Design::empty("Escapes \"everywhere\" \\ \u{202e}");
    design.executives.push(executive("cio"));
    for (i, notes) in [
        "\"".repeat(20_000),
        "\\\n".repeat(10_000),
        "\u{2066}".repeat(20_000),
    ]
    .into_iter()
    .enumerate()
    {
        design.responsibilities.push(
            Responsibility {
                notes,
                ..card(&format!("c{i}"), 0.5, 1.0, Some("cio"))
            }
            .into(),
        );
    }
    let text = to_text(&design).expect("small enough");
    assert!(text.len() > 3 * 20_000 * 2, "escapes are counted");
    assert_eq!(parse(&text).expect("reads back"), design);
}

#[test]
fn numbers_off_the_grid_are_written_short_and_read_back_as_written() {
    let mut design = small_design("Off the grid");
    design.responsibilities[0].external_share = 0.35_f64 / 0.01 * 0.01; // 0.35000000000000003
    design.responsibilities[1].size = 2.000_000_000_1;
    design.executives[0].position.x = 23.6;
    let text = to_text(&design).expect("text");
    let unbounded: Vec<&str> = text
        .lines()
        .filter(|l| {
            ["0.35000000000000003", "2.0000000001", "x: 23.6"]
                .iter()
                .any(|n| l.contains(n))
        })
        .collect();
    assert!(
        unbounded.is_empty(),
        "numbers are written with bounded precision (on the grid a load brings them to): {unbounded:#?}"
    );
    let read = parse(&text).expect("reads back");
    let mut expected = design.clone();
    rules::normalize(&mut expected);
    assert_eq!(read, expected);
    assert_eq!(
        to_text(&read).expect("text"),
        text,
        "a second save is the same"
    );
}

#[test]
fn an_autosave_of_a_design_at_the_limit_reads_back_and_is_recovered_after_a_crash() {
    let design = design_at_limit();
    let dir = tempdir();
    let belongs_to = dir.path().join("client \u{202e}.ron");
    let autosaves = dir.path().join("autosave");
    let session = Session::start(&autosaves).expect("session");
    session
        .write(
            &remit::model::Options::one(design.clone()),
            Some(&belongs_to),
        )
        .expect("the header does not count against the limit");
    // A crash: the lock goes with the process, the autosave stays, and the
    // next start lists it as readable (not "cannot be read").
    drop(session);
    // Another test of this binary may be starting a process right now: a
    // child between fork and exec still holds the lock for a moment.
    let mut found = orphans(&autosaves);
    for _ in 0..500 {
        if !found.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        found = orphans(&autosaves);
    }
    assert_eq!(found.len(), 1);
    let recovered = found[0].record.as_ref().expect("readable");
    assert_eq!(recovered.options.first(), design);
    assert_eq!(recovered.file.as_deref(), Some(belongs_to.as_path()));
}

// ====================================================== 2. links on disk

#[cfg(unix)]
fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

#[cfg(unix)]
#[test]
fn saving_through_symbolic_links_writes_the_target_and_keeps_every_link() {
    let dir = tempdir();
    let root = dir.path();
    std::fs::create_dir_all(root.join("designs")).expect("mkdir");
    std::fs::create_dir_all(root.join("elsewhere")).expect("mkdir");
    let real = root.join("designs/real.ron");
    // Each case: the path saved to, the links it goes through (all must
    // stay links, with the same target text), and the file written.
    /// A link and the target text it holds.
    type Link = (PathBuf, PathBuf);
    let cases: Vec<(&str, PathBuf, Vec<Link>, PathBuf)> = vec![
        (
            "a relative link",
            root.join("link.ron"),
            vec![(root.join("link.ron"), "designs/real.ron".into())],
            real.clone(),
        ),
        (
            "a relative link up and down",
            root.join("elsewhere/up.ron"),
            vec![(root.join("elsewhere/up.ron"), "../designs/real.ron".into())],
            real.clone(),
        ),
        (
            "an absolute link",
            root.join("elsewhere/absolute.ron"),
            vec![(root.join("elsewhere/absolute.ron"), real.clone())],
            real.clone(),
        ),
        (
            "a link to a link",
            root.join("first.ron"),
            vec![
                (root.join("first.ron"), "elsewhere/second.ron".into()),
                (
                    root.join("elsewhere/second.ron"),
                    "../designs/real.ron".into(),
                ),
            ],
            real.clone(),
        ),
        (
            "a dangling link to a file not yet created",
            root.join("dangling.ron"),
            vec![(root.join("dangling.ron"), "designs/new.ron".into())],
            root.join("designs/new.ron"),
        ),
    ];
    for (n, (what, path, links, target)) in cases.into_iter().enumerate() {
        std::fs::write(&real, to_text(&small_design("Old")).expect("text")).expect("write");
        for (link, to) in &links {
            symlink(to, link);
        }
        let new = small_design(&format!("New {n}"));
        let saved = save(&new, &path).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            saved.file.canonicalize().expect("canonical"),
            target.canonicalize().expect("canonical"),
            "{what}: the target is written"
        );
        for (link, to) in &links {
            assert!(
                is_symlink(link),
                "{what}: {} is still a link",
                link.display()
            );
            assert_eq!(&std::fs::read_link(link).expect("read_link"), to, "{what}");
        }
        assert!(!is_symlink(&target), "{what}");
        assert_eq!(load(&target).expect("load target"), new, "{what}");
        assert_eq!(load(&path).expect("load link"), new, "{what}");
        for folder in [root, &root.join("designs"), &root.join("elsewhere")] {
            let temp = entries(folder)
                .into_iter()
                .find(|name| name.to_string_lossy().contains(".tmp"));
            assert_eq!(temp, None, "{what}: no temporary file is left");
        }
        for (link, _) in &links {
            std::fs::remove_file(link).expect("rm link");
        }
    }
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_keeps_the_targets_permissions_and_a_document_keeps_its_link() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempdir();
    let real = dir.path().join("real.ron");
    save(&small_design("Old"), &real).expect("save");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let link = dir.path().join("link.ron");
    symlink("real.ron", &link);

    let mut document = Document::open(&link).expect("open through the link");
    let id = document.design().responsibilities[0].id.clone();
    assert!(
        document
            .apply(Edit::SetName(id, "Renamed through a link".into()))
            .expect("edit")
    );
    document.save().expect("save");
    assert!(is_symlink(&link));
    assert_eq!(
        document.path(),
        Some(link.as_path()),
        "it still names the link"
    );
    assert!(!document.is_dirty());
    assert_eq!(
        document.disk_state(),
        Some(file::DiskState::Unchanged),
        "what was written is what is there"
    );
    assert_eq!(&load(&real).expect("load"), document.design());
    let mode = std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "the target keeps its mode");
}

#[cfg(unix)]
#[test]
fn a_link_loop_is_an_error_not_a_hang() {
    let dir = tempdir();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    let me = dir.path().join("me.ron");
    symlink("b.ron", &a);
    symlink("a.ron", &b);
    symlink("me.ron", &me);
    let into_nowhere = dir.path().join("nowhere.ron");
    symlink("missing-folder/x.ron", &into_nowhere);
    for path in [&a, &me, &into_nowhere] {
        let err = within("save into a link loop", {
            let path = path.clone();
            move || save(&small_design("Loop"), &path).expect_err("refused")
        });
        assert!(err.to_string().contains(&*path.to_string_lossy()), "{err}");
        if path != &into_nowhere {
            assert!(err.reason.contains("loop"), "{err}");
        }
        let err = within("load of a link loop", {
            let path = path.clone();
            move || load(&path).expect_err("refused")
        });
        assert_eq!(err.path.as_deref(), Some(path.as_path()));
        let run = remit(&[OsStr::new("check"), path.as_os_str()]);
        assert!(!run.status.success());
        assert!(run.stdout.starts_with(&*path.to_string_lossy()), "{run:?}");
    }
    for link in [&a, &b, &me, &into_nowhere] {
        assert!(is_symlink(link), "{} is still a link", link.display());
    }
    assert_eq!(entries(dir.path()).len(), 4, "nothing was created");
}

#[cfg(unix)]
#[test]
fn hard_links_keep_sharing_the_file_after_a_save() {
    use std::os::unix::fs::MetadataExt as _;
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("other")).expect("mkdir");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("other/b.ron");
    let via = dir.path().join("via-link.ron");
    save(&small_design("Old"), &a).expect("save");
    std::fs::hard_link(&a, &b).expect("hard link");
    symlink("other/b.ron", &via);
    let inode = std::fs::metadata(&a).expect("meta").ino();
    for (n, path) in [&a, &b, &via].into_iter().enumerate() {
        // A larger design first, then smaller ones: written in place, the
        // file must be cut to the new length.
        let new = if n == 0 {
            common::large_design(40)
        } else {
            small_design(&format!("New {n}"))
        };
        save(&new, path).expect("save");
        for name in [&a, &b] {
            let meta = std::fs::metadata(name).expect("meta");
            assert_eq!(meta.ino(), inode, "{} keeps its inode", name.display());
            assert_eq!(meta.nlink(), 2);
            assert_eq!(&load(name).expect("load"), &new, "both names see the save");
        }
        assert!(is_symlink(&via));
    }
    assert_eq!(entries(dir.path()).len(), 3, "no temporary file is left");
    assert_eq!(entries(&dir.path().join("other")).len(), 1);
}

// ================================================== 3. terminal injection

/// `text` with every `\u{…}` escape replaced by the character itself, as
/// a hostile file would hold it.
fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after.find('}').expect("closing brace");
        let code = u32::from_str_radix(&after[..end], 16).expect("hex");
        out.push(char::from_u32(code).expect("a character"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Where `needle` starts in `text`, as the 1-based line and column (in
/// characters) an error message gives.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let before = &text[..at];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// The hostile files with a control character, where the load must stop,
/// and the character it names.
const CONTROL_FILES: &[(&str, &str, u32)] = &[
    ("inject-clear-screen-in-name.ron", "name:", 0x1B),
    ("inject-title-in-size-unit.ron", "size_unit:", 0x1B),
    ("inject-clipboard-in-card-name.ron", "name: \"PMO", 0x1B),
    ("inject-c1-csi-in-id.ron", "id: \"pmo", 0x9B),
    ("inject-bell-in-owner.ron", "owner: \"cio\\u{7}", 0x07),
];

#[test]
fn control_characters_in_names_and_ids_are_refused_at_load_with_their_line() {
    for &(name, at, code) in CONTROL_FILES {
        let escaped = std::fs::read_to_string(hostile(name)).expect("read");
        let expected = line_col(&escaped, at);
        // As RON escapes, and as the raw characters.
        for text in [escaped.clone(), unescaped(&escaped)] {
            let err = parse(&text).expect_err(name);
            assert_eq!(
                rule_problem(&err),
                Some(&Problem::ControlCharacter { code }),
                "{name}: {err}"
            );
            assert_eq!(place(&err), (Some(expected.0), Some(expected.1)), "{name}");
            let message = err.to_string();
            assert!(
                message.contains(&format!("control character U+{code:04X}")),
                "{message}"
            );
        }
    }
}

#[test]
fn check_and_report_print_no_control_character_from_a_hostile_file() {
    let dir = tempdir();
    let mut paths = Vec::new();
    for &(name, _, _) in CONTROL_FILES
        .iter()
        .chain(&[("inject-clear-screen-in-colour.ron", "", 0)])
        .chain(&[("inject-bidi-in-unknown-owner.ron", "", 0)])
    {
        let escaped = std::fs::read_to_string(hostile(name)).expect("read");
        let raw = dir.path().join(format!("raw-{name}"));
        std::fs::write(&raw, unescaped(&escaped)).expect("write");
        paths.push(hostile(name));
        paths.push(raw);
    }
    // Raw escape sequences outside any string, where the parser stops.
    let outside = dir.path().join("raw-outside-a-string.ron");
    let text = to_text(&small_design("x")).expect("text");
    std::fs::write(
        &outside,
        edited(
            &text,
            "    name:",
            "\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}[2J    name:",
        ),
    )
    .expect("write");
    paths.push(outside);

    let mut args = vec![OsString::from("check")];
    args.extend(paths.iter().map(|p| p.clone().into_os_string()));
    let run = remit(&args);
    assert_run_safe(&run);
    assert!(!run.status.success());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        paths.len(),
        "one line per file: {}",
        run.stdout
    );
    for (line, path) in lines.iter().zip(&paths) {
        let expected = load(path).expect_err("every one is refused");
        let prefix = format!(
            "{}:{}:{}: ",
            path.display(),
            expected.line.expect("a line"),
            expected.column.expect("a column")
        );
        assert!(
            line.starts_with(&prefix),
            "{line:?} should start {prefix:?}"
        );
    }
    // The colour and the unknown owner are quoted: escaped, not raw.
    assert!(run.stdout.contains("\"\\u{1b}[2J\""), "{}", run.stdout);
    assert!(
        run.stdout.contains("\"c\\u{202e}oi\\u{2066}\""),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\\u{1b}"), "{}", run.stdout);

    for path in &paths {
        let run = remit(&[OsStr::new("report"), path.as_os_str()]);
        assert_run_safe(&run);
        assert!(!run.status.success());
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr
                .starts_with(&format!("remit: {}:", path.display())),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn direction_marks_in_names_are_allowed_and_escaped_when_printed() {
    let escaped = std::fs::read_to_string(hostile("inject-bidi-allowed.ron")).expect("read");
    let dir = tempdir();
    let raw = dir.path().join("raw-bidi.ron");
    std::fs::write(&raw, unescaped(&escaped)).expect("write");
    let design = load(&hostile("inject-bidi-allowed.ron")).expect("direction marks are allowed");
    assert_eq!(load(&raw).expect("raw ones too"), design);
    assert!(design.name.contains('\u{202e}'));
    // Saved, they are escapes in the file, so an editor shows them too.
    let text = to_text(&design).expect("text");
    assert_terminal_safe("the saved file", &text);
    assert_eq!(parse(&text).expect("reads back"), design);

    let run = remit(&[OsStr::new("report"), raw.as_os_str()]);
    assert_run_safe(&run);
    assert!(run.status.success(), "{run:?}");
    for shown in [
        "Acme \\u{202e}7202 tegrat\\u{202c} plan",
        "head\\u{2066}count\\u{2069}",
        "C\\u{202e}OI",
        "\\u{2067}CTO\\u{2069}",
    ] {
        assert!(run.stdout.contains(shown), "{shown} in {}", run.stdout);
    }
    let run = remit(&[OsStr::new("check"), raw.as_os_str()]);
    assert_run_safe(&run);
    assert_eq!(run.stdout, format!("{}: ok\n", raw.display()));
}

#[test]
fn edits_and_saves_refuse_control_characters_too() {
    let mut document = Document::untitled(small_design("Clean"));
    let before = document.design().clone();
    let card = before.responsibilities[0].id.clone();
    let boss = before.executives[0].id.clone();
    for edit in [
        Edit::SetName(card.clone(), "PMO\u{1b}[2J".into()),
        Edit::SetName(card.clone(), "PMO\u{9b}31m".into()),
        Edit::SetShortTitle(boss.clone(), "\u{1b}]0;pwned\u{7}".into()),
        Edit::SetFullTitle(boss, "Chief\u{85}Officer".into()),
        Edit::SetDescription(card, "\u{1b}]52;c;cm0gLXJmIH4=\u{7}".into()),
    ] {
        let shown = format!("{edit:?}");
        assert!(document.apply(edit).is_err(), "{shown} is refused");
    }
    assert_eq!(document.design(), &before, "nothing changed");
    assert!(!document.is_dirty());

    let dir = tempdir();
    let path = dir.path().join("d.ron");
    for hostile_name in ["x\u{1b}[2J", "x\u{9b}2J", "x\u{7}"] {
        let err = save(&small_design(hostile_name), &path).expect_err("not written");
        assert!(err.reason.contains("control character"), "{err}");
        assert!(!path.exists());
    }
}

#[cfg(unix)]
#[test]
fn file_names_with_control_characters_are_escaped_when_printed() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = tempdir();
    let good = to_text(&small_design("Good")).expect("text");
    let bad = edited(&good, "size: 6", "size: 0");
    let name = |n: &[u8]| dir.path().join(OsStr::from_bytes(n));
    let files = [
        (name(b"ok\x1b]0;pwned\x07.ron"), Some(&good)),
        (name("\u{202e}nor.exe".as_bytes()), Some(&good)),
        (name(b"bad\x1b[2J\xc2\x9b31m.ron"), Some(&bad)),
        (name(b"latin1-\xe9\x1b[H.ron"), Some(&bad)),
        (name(b"new\nline\r.ron"), Some(&good)),
        (name(b"missing\x07.ron"), None),
    ];
    for (path, text) in &files {
        if let Some(text) = text {
            std::fs::write(path, text).expect("write");
        }
    }
    let folder = name(b"folder\x1b[2J.ron");
    std::fs::create_dir(&folder).expect("mkdir");

    let mut args: Vec<&OsStr> = vec![OsStr::new("check")];
    args.extend(files.iter().map(|(p, _)| p.as_os_str()));
    args.push(folder.as_os_str());
    let run = remit(&args);
    assert_run_safe(&run);
    assert!(!run.status.success());
    assert_eq!(
        run.stdout.lines().count(),
        files.len() + 1,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("ok\\u{1b}]0;pwned\\u{7}.ron: ok"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\\u{202e}nor.exe: ok"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("missing\\u{7}.ron: "), "{}", run.stdout);
    assert!(
        run.stdout.contains("new\\u{a}line\\u{d}.ron: ok"),
        "{}",
        run.stdout
    );
    for (path, _) in &files {
        let run = remit(&[OsStr::new("report"), path.as_os_str()]);
        assert_run_safe(&run);
    }
}

// ======================================================= 4. special files

/// Special files in a temporary folder, each with what Remit must call it.
/// The socket's listener is kept alive with them.
#[cfg(unix)]
struct Specials {
    dir: tempfile::TempDir,
    _listener: std::os::unix::net::UnixListener,
    /// Path, and the words that must name it.
    files: Vec<(PathBuf, &'static str)>,
}

#[cfg(unix)]
fn specials() -> Specials {
    let dir = tempdir();
    let at = |name: &str| dir.path().join(name);
    let status = Command::new("mkfifo")
        .arg(at("pipe.ron"))
        .status()
        .expect("mkfifo");
    assert!(status.success(), "mkfifo");
    let listener = std::os::unix::net::UnixListener::bind(at("socket.ron")).expect("socket");
    std::fs::create_dir(at("folder.ron")).expect("mkdir");
    symlink("pipe.ron", &at("link-to-pipe.ron"));
    symlink("/dev/zero", &at("link-to-zero.ron"));
    let files = vec![
        (at("pipe.ron"), "a named pipe"),
        (at("link-to-pipe.ron"), "a named pipe"),
        (at("socket.ron"), "a socket"),
        (at("folder.ron"), "a folder"),
        (PathBuf::from("/dev/zero"), "a device"),
        (PathBuf::from("/dev/null"), "a device"),
        (at("link-to-zero.ron"), "a device"),
    ];
    Specials {
        dir,
        _listener: listener,
        files,
    }
}

#[cfg(unix)]
#[test]
fn special_files_are_refused_quickly_as_not_regular_files() {
    let specials = specials();
    for (path, what) in &specials.files {
        let started = Instant::now();
        let err = within(&format!("load of {}", path.display()), {
            let path = path.clone();
            move || load(&path).expect_err("refused")
        });
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(err.kind, LoadErrorKind::NotRegularFile { what }, "{err}");
        let message = err.to_string();
        assert!(
            message.starts_with(&path.display().to_string())
                && message.contains("not a regular file")
                && message.contains(what),
            "{message}"
        );
        let err = within("Document::open", {
            let path = path.clone();
            move || Document::open(&path).map(|_| ()).expect_err("refused")
        });
        assert!(err.to_string().contains("not a regular file"), "{err}");
        let state = within("the check for changes on disk", {
            let path = path.clone();
            move || file::disk::compare(&path, file::Fingerprint::of(b""))
        });
        assert!(
            matches!(state, file::DiskState::Unreadable(ref why) if why.contains("not a regular file")),
            "{state:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn check_and_report_refuse_special_files_without_blocking() {
    let specials = specials();
    let mut args = vec![OsString::from("check")];
    args.extend(
        specials
            .files
            .iter()
            .map(|(p, _)| p.clone().into_os_string()),
    );
    let run = remit(&args);
    assert_run_safe(&run);
    assert!(!run.status.success());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), specials.files.len(), "{}", run.stdout);
    for (line, (path, what)) in lines.iter().zip(&specials.files) {
        assert!(
            line.starts_with(&format!("{}: not a regular file", path.display()))
                && line.contains(what),
            "{line}"
        );
    }
    for (path, what) in &specials.files {
        let run = remit(&[OsStr::new("report"), path.as_os_str()]);
        assert!(!run.status.success());
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.contains("not a regular file") && run.stderr.contains(what),
            "{}",
            run.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn autosaves_that_are_special_files_do_not_block_recovery() {
    let dir = tempdir();
    let autosave = dir.path().join("session-1-1.autosave.ron");
    let status = Command::new("mkfifo")
        .arg(&autosave)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let message = within("read_record of a pipe", {
        let autosave = autosave.clone();
        move || read_record(&autosave).expect_err("refused")
    });
    assert!(message.contains("not a regular file"), "{message}");
    let found = within("the recovery scan", {
        let dir = dir.path().to_owned();
        move || {
            orphans(&dir)
                .into_iter()
                .map(|o| o.record.map(|_| ()))
                .collect::<Vec<_>>()
        }
    });
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .as_ref()
            .is_err_and(|why| why.contains("not a regular file")),
        "{found:?}"
    );
}

/// A character device that is safe to try to replace: a copy of
/// `/dev/null` made in `dir` when running as root, else `/dev/null`
/// itself (which a user cannot replace anyway).
#[cfg(unix)]
fn a_device(dir: &Path) -> PathBuf {
    let node = dir.join("null-device.ron");
    let made = Command::new("mknod")
        .arg(&node)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made {
        node
    } else {
        PathBuf::from("/dev/null")
    }
}

#[cfg(unix)]
#[test]
fn saving_onto_a_pipe_a_socket_a_device_or_a_folder_is_refused_without_blocking() {
    use std::os::unix::fs::FileTypeExt as _;
    let specials = specials();
    let device = a_device(specials.dir.path());
    let before = entries(specials.dir.path());
    let kind = |path: &Path| {
        let t = std::fs::symlink_metadata(path).expect("meta").file_type();
        (
            t.is_fifo(),
            t.is_socket(),
            t.is_dir(),
            t.is_char_device(),
            t.is_symlink(),
        )
    };
    let targets = [
        specials.dir.path().join("pipe.ron"),
        specials.dir.path().join("link-to-pipe.ron"),
        specials.dir.path().join("socket.ron"),
        specials.dir.path().join("folder.ron"),
        device,
    ];
    for path in &targets {
        let was = kind(path);
        let err = within(&format!("save onto {}", path.display()), {
            let path = path.clone();
            move || save(&small_design("Onto"), &path).expect_err("refused")
        });
        assert!(err.to_string().contains(&*path.to_string_lossy()), "{err}");
        let err = within("write_atomically", {
            let path = path.clone();
            move || write_atomically(&path, b"x").expect_err("refused")
        });
        assert!(!err.to_string().is_empty());
        assert_eq!(kind(path), was, "{} is what it was", path.display());
    }
    assert_eq!(
        entries(specials.dir.path()),
        before,
        "nothing replaced, no temporary file left"
    );
    assert_eq!(
        entries(&specials.dir.path().join("folder.ron")).len(),
        0,
        "nothing written into the folder"
    );
}

// ==================================================== 5. other editors' files

fn editor_design() -> Design {
    load(&hostile("editor-lf.ron")).expect("the reference file loads")
}

#[test]
fn byte_order_marks_and_line_endings_from_other_editors_load() {
    let reference = editor_design();
    assert_eq!(
        reference.responsibilities[1].notes,
        "Two lines:\nthe CISO reports to the CTO."
    );
    assert_eq!(reference.name, "Acme 2027 – Sécurité");
    for (name, bom, ending) in [
        ("editor-bom.ron", true, "\n"),
        ("editor-crlf.ron", false, "\r\n"),
        ("editor-bom-crlf.ron", true, "\r\n"),
        ("editor-cr.ron", false, "\r"),
    ] {
        let bytes = std::fs::read(hostile(name)).expect("read");
        // The files are byte-exact (see .gitattributes): make sure.
        assert_eq!(bytes.starts_with(b"\xEF\xBB\xBF"), bom, "{name}");
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(
            text.matches(ending).count(),
            text.matches(['\r', '\n']).count() / ending.len(),
            "{name} has only {ending:?} line endings"
        );
        let design = load(&hostile(name)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(design, reference, "{name}");
        // Saved again, it is an ordinary Remit file.
        let text = to_text(&design).expect("text");
        assert!(!text.starts_with('\u{feff}') && !text.contains('\r'));
    }
}

#[test]
fn errors_in_files_from_other_editors_name_the_right_line_and_column() {
    let lf = std::fs::read_to_string(hostile("editor-lf.ron")).expect("read");
    let zero = line_col(&lf, "size: 12");
    let comma = line_col(
        &lf.replace("size: 25, owner", "size: 25 owner"),
        "owner: \"cto\"),\n    ],",
    );
    let compact =
        std::fs::read_to_string(hostile("editor-bom-compact-negative-size.ron")).expect("read");
    // The column does not count the byte-order mark.
    let negative = line_col(compact.trim_start_matches('\u{feff}'), "size:-1");
    assert_eq!(negative.0, 1);
    for (name, at) in [
        ("editor-crlf-size-zero.ron", zero),
        ("editor-cr-size-zero.ron", zero),
        ("editor-cr-missing-comma.ron", comma),
        ("editor-bom-crlf-missing-comma.ron", comma),
        ("editor-bom-compact-negative-size.ron", negative),
    ] {
        let err = load(&hostile(name)).expect_err(name);
        assert_eq!(place(&err), (Some(at.0), Some(at.1)), "{name}: {err}");
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("{}:{}:{}: ", hostile(name).display(), at.0, at.1)),
            "{message}"
        );
    }
}

#[test]
fn utf16_files_are_refused_with_a_message_saying_utf16() {
    for name in ["editor-utf16le.ron", "editor-utf16be.ron"] {
        let err = load(&hostile(name)).expect_err(name);
        assert_eq!(err.kind, LoadErrorKind::Utf16, "{name}");
        let message = err.to_string();
        assert!(
            message.contains(name) && message.contains("UTF-16") && message.contains("UTF-8"),
            "{message}"
        );
        let run = remit(&[OsStr::new("check"), hostile(name).as_os_str()]);
        assert_run_safe(&run);
        assert!(run.stdout.contains("UTF-16"), "{run:?}");
    }
    // Without a byte-order mark (little- or big-endian) it is recognised
    // by its zero bytes, and nothing raw reaches the terminal.
    let lf = std::fs::read_to_string(hostile("editor-lf.ron")).expect("read");
    let dir = tempdir();
    for (name, bytes) in [
        (
            "utf16le-without-bom.ron",
            lf.encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<u8>>(),
        ),
        (
            "utf16be-without-bom.ron",
            lf.encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect::<Vec<u8>>(),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let err = load(&path).expect_err("refused");
        assert!(err.to_string().contains("UTF-16"), "{err}");
        let run = remit(&[OsStr::new("check"), path.as_os_str()]);
        assert_run_safe(&run);
        assert!(!run.status.success());
        assert!(run.stdout.contains("UTF-16"), "{run:?}");
    }
}

#[test]
fn bytes_that_are_not_utf8_are_named_by_line_and_column() {
    let lf = std::fs::read_to_string(hostile("editor-lf.ron")).expect("read");
    for (name, at) in [
        ("editor-latin1.ron", line_col(&lf, "– Sécurité")),
        ("editor-bad-byte.ron", line_col(&lf, "CISO")),
    ] {
        let err = load(&hostile(name)).expect_err(name);
        assert_eq!(err.kind, LoadErrorKind::NotText, "{name}");
        assert_eq!(place(&err), (Some(at.0), Some(at.1)), "{name}: {err}");
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }
    // Cut in the middle of a character, at the very end.
    let text = to_text(&small_design("Sécurité")).expect("text");
    let cut = &text.as_bytes()[..text.find("curité").expect("there") - 1];
    let err = parse_bytes(cut).expect_err("cut");
    assert_eq!(err.kind, LoadErrorKind::NotText);
    assert_eq!(place(&err), {
        let (line, column) = line_col(&text, "écurité");
        (Some(line), Some(column))
    });
}

// ======================================= 6. every refusal names the line

/// A design as a tree of RON values, to write in several layouts and know
/// where each field is written.
#[derive(Clone, Debug)]
enum V {
    /// A value as written: `1`, `"text"`, `None`.
    Atom(String),
    /// A struct, with its name (written in the odd layout only).
    Fields(&'static str, Vec<(String, V)>),
    /// A list.
    List(Vec<V>),
}

fn text(s: &str) -> V {
    // Rust's escapes are RON's: `\"`, `\\`, `\u{1b}`.
    V::Atom(format!("{s:?}"))
}

fn atom(s: &str) -> V {
    V::Atom(s.to_owned())
}

fn fields(name: &'static str, list: Vec<(&str, V)>) -> V {
    V::Fields(
        name,
        list.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    )
}

fn exec_v(id: &str, title: &str, colour: &str, x: &str) -> V {
    fields(
        "Executive",
        vec![
            ("id", text(id)),
            ("short_title", text(title)),
            ("full_title", text(&format!("Chief {title}"))),
            ("colour", text(colour)),
            (
                "position",
                fields("Position", vec![("x", atom(x)), ("y", atom("24"))]),
            ),
        ],
    )
}

fn card_v(id: &str, name: &str, share: &str, size: &str, owner: Option<&str>) -> V {
    let mut list = vec![
        ("id", text(id)),
        ("name", text(name)),
        ("external_share", atom(share)),
        ("size", atom(size)),
    ];
    if let Some(owner) = owner {
        list.push(("owner", text(owner)));
    }
    fields("Responsibility", list)
}

/// The design every layout case starts from, with decoys: texts and
/// comments that look like the fields the errors are about.
fn layout_design() -> V {
    let mut first = card_v(
        "infrastructure",
        "Infrastructure",
        "0.15",
        "40",
        Some("cio"),
    );
    if let V::Fields(_, list) = &mut first {
        list.insert(
            2,
            (
                "description".to_owned(),
                text("Not (id: \"pmo\", size: 0, owner: \"ghost\") but text"),
            ),
        );
    }
    fields(
        "Design",
        vec![
            ("format_version", atom("1")),
            ("name", text("Acme 2027")),
            ("size_unit", text("headcount")),
            (
                "executives",
                V::List(vec![
                    exec_v("cio", "CIO", "#2f6fb5", "24"),
                    exec_v("cto", "CTO", "#d97a1f", "348"),
                    exec_v("ciso", "CISO", "#3a8f5c", "672"),
                ]),
            ),
            (
                "responsibilities",
                V::List(vec![
                    first,
                    card_v("pmo", "size: 0, owner: \"ghost\"", "0.1", "6", Some("cio")),
                    card_v("security", "Security", "0.4", "12", Some("ciso")),
                    card_v("rnd", "R&D", "0.85", "25", Some("cto")),
                    card_v("vendors", "Vendors", "0.5", "4", None),
                ]),
            ),
        ],
    )
}

impl V {
    fn at(&mut self, path: &str) -> &mut V {
        let mut v = self;
        for seg in path.split('.').filter(|s| !s.is_empty()) {
            v = match v {
                V::Fields(_, list) => list
                    .iter_mut()
                    .find(|(k, _)| k == seg)
                    .map(|(_, v)| v)
                    .unwrap_or_else(|| panic!("no field {seg} in {path}")),
                V::List(items) => &mut items[seg.parse::<usize>().expect("index")],
                V::Atom(_) => panic!("{path} goes through a value"),
            };
        }
        v
    }

    fn set(mut self, path: &str, value: V) -> Self {
        *self.at(path) = value;
        self
    }

    fn remove(mut self, path: &str) -> Self {
        let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
        if let V::Fields(_, list) = self.at(parent) {
            list.retain(|(k, _)| k != key);
        }
        self
    }

    fn add(mut self, path: &str, value: V) -> Self {
        let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
        if let V::Fields(_, list) = self.at(parent) {
            list.push((key.to_owned(), value));
        }
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Layout {
    /// As Remit writes it: one item per line.
    Pretty,
    /// The whole design on one line.
    Compact,
    /// Fields on lines of their own, tabs and spaces, leading commas,
    /// colons and values on the next line, struct names, comments.
    Odd,
}

const LAYOUTS: [Layout; 3] = [Layout::Pretty, Layout::Compact, Layout::Odd];

/// A place in the written text.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Spot {
    line: usize,
    column: usize,
    byte: usize,
}

/// A break in the written text.
#[derive(Clone, Debug, PartialEq)]
enum Break {
    None,
    /// The comma after this field or list item is missing.
    NoCommaAfter(String),
    /// This struct's closing `)` is missing.
    NoClose(String),
    /// The file stops this many bytes into this value.
    CutInto(&'static str, usize),
}

struct Writer {
    layout: Layout,
    broken: Break,
    text: String,
    line: usize,
    column: usize,
    keys: HashMap<String, Spot>,
    values: HashMap<String, Spot>,
    closes: HashMap<String, Spot>,
}

fn join(path: &str, seg: &str) -> String {
    if path.is_empty() {
        seg.to_owned()
    } else {
        format!("{path}.{seg}")
    }
}

impl Writer {
    fn spot(&self) -> Spot {
        Spot {
            line: self.line,
            column: self.column,
            byte: self.text.len(),
        }
    }

    fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.text.push_str(s);
    }

    fn indent(depth: usize, i: usize) -> String {
        if (depth + i).is_multiple_of(2) {
            "\t".repeat(depth + 1)
        } else {
            " ".repeat(3 * depth + 1)
        }
    }

    fn comma(&mut self, path: &str) {
        if !matches!(&self.broken, Break::NoCommaAfter(p) if p == path) {
            self.push(",");
        }
    }

    fn value(&mut self, v: &V, path: &str, depth: usize) {
        match v {
            V::Atom(t) => {
                self.values.insert(path.to_owned(), self.spot());
                self.push(t);
            }
            V::Fields(name, list) => {
                if self.layout == Layout::Odd {
                    self.push(name);
                }
                self.push("(");
                for (i, (key, v)) in list.iter().enumerate() {
                    let p = join(path, key);
                    let last = i + 1 == list.len();
                    match self.layout {
                        Layout::Pretty if depth == 0 => self.push("\n    "),
                        Layout::Pretty | Layout::Compact => {
                            if i > 0 {
                                self.push(" ");
                            }
                        }
                        Layout::Odd => {
                            let indent = Self::indent(depth, i);
                            if (depth + i).is_multiple_of(3) {
                                self.push(&format!(
                                    "\n{indent}// owner: \"ghost\", size: 0, id: \"pmo\""
                                ));
                            }
                            self.push(&format!("\n{indent}"));
                            if i > 0 {
                                self.comma(&join(path, &list[i - 1].0));
                                self.push(" ");
                            }
                        }
                    }
                    self.keys.insert(p.clone(), self.spot());
                    self.push(key);
                    match self.layout {
                        Layout::Odd if i % 2 == 1 => {
                            let indent = Self::indent(depth + 1, i);
                            self.push(&format!("\n{indent}:  "));
                        }
                        Layout::Odd => self.push(" :\t"),
                        Layout::Compact => self.push(":"),
                        Layout::Pretty => self.push(": "),
                    }
                    self.value(v, &p, depth + 1);
                    let trailing = self.layout == Layout::Pretty && depth == 0;
                    if self.layout != Layout::Odd && (!last || trailing) {
                        self.comma(&p);
                    }
                }
                match self.layout {
                    Layout::Pretty if depth == 0 => self.push("\n"),
                    Layout::Odd => self.push(&format!("\n{}", Self::indent(depth, 0))),
                    _ => {}
                }
                self.closes.insert(path.to_owned(), self.spot());
                if !matches!(&self.broken, Break::NoClose(p) if p == path) {
                    self.push(")");
                }
            }
            V::List(items) => {
                self.push("[");
                for (i, item) in items.iter().enumerate() {
                    let p = join(path, &i.to_string());
                    match self.layout {
                        Layout::Pretty => self.push("\n        "),
                        Layout::Compact => {
                            if i > 0 {
                                self.push(" ");
                            }
                        }
                        Layout::Odd => {
                            self.push(&format!("\n{}", Self::indent(depth, i)));
                            if i > 0 {
                                self.comma(&join(path, &(i - 1).to_string()));
                            }
                            self.push(" ");
                        }
                    }
                    self.keys.insert(p.clone(), self.spot());
                    self.value(item, &p, depth + 1);
                    let last = i + 1 == items.len();
                    if self.layout == Layout::Pretty || (self.layout == Layout::Compact && !last) {
                        self.comma(&p);
                    }
                }
                match self.layout {
                    Layout::Pretty => self.push("\n    "),
                    Layout::Odd => self.push(&format!("\n{}", Self::indent(depth, 1))),
                    Layout::Compact => {}
                }
                self.closes.insert(path.to_owned(), self.spot());
                self.push("]");
            }
        }
    }
}

fn write_layout(v: &V, layout: Layout, broken: Break) -> Writer {
    let mut w = Writer {
        layout,
        broken: broken.clone(),
        text: String::new(),
        line: 1,
        column: 1,
        keys: HashMap::new(),
        values: HashMap::new(),
        closes: HashMap::new(),
    };
    match layout {
        Layout::Pretty => w.push("// A design laid out the way Remit writes it.\n"),
        Layout::Compact => {}
        Layout::Odd => w.push(
            "#![enable(implicit_some)]\n/* Laid out by hand, oddly.\n   (id: \"pmo\", size: 0, owner: \"ghost\") is only a comment. */\n\n",
        ),
    }
    w.value(v, "", 0);
    if layout != Layout::Compact {
        w.push("\n");
    }
    if let Break::CutInto(path, bytes) = broken {
        let cut = w.values[path].byte + bytes;
        w.text.truncate(cut);
        // Where the text now ends.
        let end = line_col_of_end(&w.text);
        w.line = end.0;
        w.column = end.1;
    }
    w
}

fn line_col_of_end(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// Where an error must point.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// At this field's name.
    Key(&'static str),
    /// On this value's line, at the value or in the space before it.
    Value(&'static str),
    /// Anywhere from this field's name to the next one's (a path ending in
    /// `]` or `)` means that struct's or list's closing bracket).
    Between(&'static str, &'static str),
    /// On a line of this item (from its start to its closing bracket).
    InItem(&'static str),
    /// On the last line with anything on it, up to its end.
    End,
}

struct Case {
    what: &'static str,
    design: V,
    broken: Break,
    at: Expect,
    says: &'static [&'static str],
}

fn case(what: &'static str, design: V, at: Expect, says: &'static [&'static str]) -> Case {
    Case {
        what,
        design,
        broken: Break::None,
        at,
        says,
    }
}

fn broken(what: &'static str, broken: Break, at: Expect, says: &'static [&'static str]) -> Case {
    Case {
        what,
        design: layout_design(),
        broken,
        at,
        says,
    }
}

fn layout_cases() -> Vec<Case> {
    use Expect::{Between, End, InItem, Key, Value};
    let d = layout_design;
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    vec![
        case(
            "an over-long design name",
            d().set("name", text(&long)),
            Key("name"),
            &["the design's name is 201 characters long; at most 200"],
        ),
        case(
            "an over-long size unit",
            d().set("size_unit", text(&long)),
            Key("size_unit"),
            &["size unit is 201 characters long"],
        ),
        case(
            "an empty executive id",
            d().set("executives.1.id", text("")),
            Key("executives.1.id"),
            &["the 2nd executive's id is empty"],
        ),
        case(
            "an empty responsibility id",
            d().set("responsibilities.2.id", text("")),
            Key("responsibilities.2.id"),
            &["the 3rd responsibility's id is empty"],
        ),
        case(
            "a blank responsibility id",
            d().set("responsibilities.1.id", text(" \u{3000} ")),
            Key("responsibilities.1.id"),
            &["the 2nd responsibility's id is empty"],
        ),
        case(
            "a duplicate executive id",
            d().set("executives.2.id", text("cio")),
            Key("executives.2.id"),
            &["\"cio\" is already used by the 1st executive"],
        ),
        case(
            "a duplicate responsibility id",
            d().set("responsibilities.3.id", text("pmo")),
            Key("responsibilities.3.id"),
            &["\"pmo\" is already used by the 2nd responsibility"],
        ),
        case(
            "an unknown owner",
            d().set("responsibilities.2.owner", text("ghost")),
            Key("responsibilities.2.owner"),
            &["\"ghost\" is not one of the executives"],
        ),
        case(
            "an unknown owner in Some",
            d().set("responsibilities.3.owner", atom("Some(\"ghost\")")),
            Key("responsibilities.3.owner"),
            &["\"ghost\" is not one of the executives"],
        ),
        case(
            "a colour of five digits",
            d().set("executives.1.colour", text("#12345")),
            Key("executives.1.colour"),
            &["\"#12345\" is not of the form \"#rrggbb\""],
        ),
        case(
            "a colour by name",
            d().set("executives.0.colour", text("red")),
            Key("executives.0.colour"),
            &["\"red\" is not of the form"],
        ),
        case(
            "size 0",
            d().set("responsibilities.1.size", atom("0")),
            Key("responsibilities.1.size"),
            &["its size is 0; a size must be a number from 0.0001 to 1000000000"],
        ),
        case(
            "a negative size",
            d().set("responsibilities.1.size", atom("-3")),
            Key("responsibilities.1.size"),
            &["its size is -3;"],
        ),
        case(
            "a size of NaN",
            d().set("responsibilities.1.size", atom("NaN")),
            Key("responsibilities.1.size"),
            &["its size is not a finite number;"],
        ),
        case(
            "an infinite size",
            d().set("responsibilities.1.size", atom("inf")),
            Key("responsibilities.1.size"),
            &["its size is not a finite number;"],
        ),
        case(
            "a size above 1e9",
            d().set("responsibilities.1.size", atom("1e10")),
            Key("responsibilities.1.size"),
            &["its size is 10000000000;"],
        ),
        case(
            "a size below the smallest",
            d().set("responsibilities.1.size", atom("0.00001")),
            Key("responsibilities.1.size"),
            &["its size is 0.00001;"],
        ),
        case(
            "a share above 1",
            d().set("responsibilities.2.external_share", atom("1.5")),
            Key("responsibilities.2.external_share"),
            &["external share is 1.5; it must be a number from 0 (internal) to 1 (external)"],
        ),
        case(
            "a negative share",
            d().set("responsibilities.2.external_share", atom("-0.1")),
            Key("responsibilities.2.external_share"),
            &["external share is -0.1;"],
        ),
        case(
            "a share of NaN",
            d().set("responsibilities.2.external_share", atom("NaN")),
            Key("responsibilities.2.external_share"),
            &["external share is not a finite number;"],
        ),
        case(
            "a position too far",
            d().set("executives.1.position.x", atom("200000")),
            Key("executives.1.position"),
            &["executive \"cto\": its position is not a number between -100000 and 100000"],
        ),
        case(
            "an infinite position",
            d().set("executives.2.position.y", atom("-inf")),
            Key("executives.2.position"),
            &["its position is not a number"],
        ),
        case(
            "an id over 200 characters",
            d().set("responsibilities.4.id", text(&"v".repeat(201))),
            Key("responsibilities.4.id"),
            &["the 5th responsibility's id is 201 characters long; at most 200"],
        ),
        case(
            "an executive id over 200 characters",
            d().set("executives.0.id", text(&"é".repeat(201))),
            Key("executives.0.id"),
            &["the 1st executive's id is 201 characters long"],
        ),
        case(
            "a card name over 200 characters",
            d().set("responsibilities.0.name", text(&long)),
            Key("responsibilities.0.name"),
            &["responsibility \"infrastructure\": its name is 201 characters long"],
        ),
        case(
            "a control character in a title",
            d().set("executives.1.short_title", text("CTO\u{1b}[2J")),
            Key("executives.1.short_title"),
            &["executive \"cto\": its short title contains the control character U+001B"],
        ),
        case(
            "an escape sequence in notes",
            d().add("responsibilities.2.notes", text("ok\u{1b}]52;c;eA==\u{7}")),
            Key("responsibilities.2.notes"),
            &["responsibility \"security\": its notes contain the control character U+001B"],
        ),
        case(
            "a tab in a name",
            d().set("responsibilities.3.name", text("R\t&D")),
            Key("responsibilities.3.name"),
            &["its name contains the control character U+0009"],
        ),
        case(
            "a newer format",
            d().set("format_version", atom("7")),
            Value("format_version"),
            &["format version 7, made by a newer Remit"],
        ),
        case(
            "an unknown field",
            d().add("responsibilities.1.colour_hex", text("#ffffff")),
            Key("responsibilities.1.colour_hex"),
            &["unknown field `colour_hex` in Responsibility"],
        ),
        case(
            "an unknown top-level field",
            d().add("author", text("me")),
            Key("author"),
            &["unknown field `author`"],
        ),
        case(
            "a missing name",
            d().remove("responsibilities.2.name"),
            InItem("responsibilities.2"),
            &["is missing the field `name`"],
        ),
        case(
            "a missing format version",
            d().remove("format_version"),
            InItem(""),
            &["is missing the field `format_version`"],
        ),
        case(
            "text where a number belongs",
            d().set("responsibilities.1.size", text("big")),
            Value("responsibilities.1.size"),
            &["expected a number here, but found a text in quotes"],
        ),
        broken(
            "a missing comma between fields",
            Break::NoCommaAfter("responsibilities.1.size".into()),
            Between("responsibilities.1.size", "responsibilities.1.owner"),
            &["comma", "`owner`"],
        ),
        broken(
            "a missing comma between items",
            Break::NoCommaAfter("executives.0".into()),
            Between("executives.0.position", "executives.1"),
            &["`,`"],
        ),
        broken(
            "a missing `)` of an item",
            Break::NoClose("responsibilities.1".into()),
            Between("responsibilities.1.owner", "responsibilities.2.id"),
            &["`)`"],
        ),
        broken(
            "a missing `)` of the last item",
            Break::NoClose("responsibilities.4".into()),
            Between("responsibilities.4.size", "responsibilities]"),
            &["`)`"],
        ),
        broken(
            "a missing `)` of a position",
            Break::NoClose("executives.1.position".into()),
            Between("executives.1.position.y", "executives.2"),
            &["`)`"],
        ),
        broken(
            "a missing `)` at the end",
            Break::NoClose("".into()),
            End,
            &["the file ends before the design is complete"],
        ),
        broken(
            "a file cut in a number",
            Break::CutInto("responsibilities.3.size", 1),
            End,
            &["the file ends before the design is complete"],
        ),
        broken(
            "a file cut in a text",
            Break::CutInto("responsibilities.3.name", 2),
            End,
            &["the file ends before the design is complete"],
        ),
        broken(
            "a file cut after a field name",
            Break::CutInto("responsibilities.2.owner", 0),
            End,
            &["the file ends before the design is complete"],
        ),
    ]
}

/// Whether `err` points where `at` says, in the text `w` wrote.
fn points_right(err: &LoadError, at: Expect, w: &Writer) -> bool {
    let found = Spot {
        line: err.line.unwrap_or(0),
        column: err.column.unwrap_or(0),
        byte: 0,
    };
    let exactly = |spot: Option<&Spot>| {
        let spot = spot.expect("the path is written");
        (spot.line, spot.column) == (found.line, found.column)
    };
    let from_to = |from: &Spot, to: &Spot| {
        (from.line, from.column) <= (found.line, found.column)
            && (found.line, found.column) <= (to.line, to.column)
    };
    let key_or_close = |path: &str| match path.strip_suffix([']', ')']) {
        Some(bracket) => w.closes.get(bracket),
        None => w.keys.get(path),
    };
    match at {
        Expect::Key(path) => exactly(w.keys.get(path)),
        Expect::Value(path) => {
            let value = w.values[path];
            found.line == value.line && found.column <= value.column
        }
        Expect::Between(from, to) => from_to(
            key_or_close(from).expect("from"),
            key_or_close(to).expect("to"),
        ),
        Expect::InItem(path) => {
            let start = if path.is_empty() {
                Spot {
                    line: 1,
                    column: 1,
                    byte: 0,
                }
            } else {
                w.keys[path]
            };
            from_to(&start, &w.closes[path])
        }
        Expect::End => {
            let (line, text) = w
                .text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .last()
                .expect("some text");
            found.line == line + 1 && found.column <= text.chars().count() + 1
        }
    }
}

/// Runs every layout case, collecting what `judge` finds wrong.
fn each_layout_case(judge: impl Fn(&Case, Layout, &Writer, &LoadError) -> Vec<String>) {
    let mut failures = Vec::new();
    for case in layout_cases() {
        for layout in LAYOUTS {
            let w = write_layout(&case.design, layout, case.broken.clone());
            match parse(&w.text) {
                Ok(_) => failures.push(format!("{} ({layout:?}): loaded\n{}", case.what, w.text)),
                Err(err) => failures.extend(
                    judge(&case, layout, &w, &err)
                        .into_iter()
                        .map(|why| format!("{} ({layout:?}): {why}", case.what)),
                ),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_refusal_names_its_line_and_column_in_every_layout() {
    each_layout_case(|case, _, w, err| {
        let mut wrong = Vec::new();
        if err.line.is_none() || err.column.is_none() || !points_right(err, case.at, w) {
            wrong.push(format!("{err}, expected at {:?}", case.at));
        }
        wrong
    });
}

#[test]
fn every_refusal_says_what_is_wrong_in_plain_words_in_every_layout() {
    each_layout_case(|case, _, _, err| {
        let message = err.to_string();
        let mut wrong: Vec<String> = case
            .says
            .iter()
            .filter(|words| !message.contains(*words))
            .map(|words| format!("{message:?} does not say {words:?}"))
            .collect();
        for jargon in ["Expected", "identifier", "Eof", "Error"] {
            if message.contains(jargon) {
                wrong.push(format!("jargon in {message:?}"));
            }
        }
        wrong
    });
}

#[test]
fn the_layouts_themselves_load() {
    for layout in LAYOUTS {
        let w = write_layout(&layout_design(), layout, Break::None);
        let design = parse(&w.text).unwrap_or_else(|e| panic!("{layout:?}: {e}\n{}", w.text));
        assert_eq!(design.responsibilities.len(), 5);
        assert_eq!(design.responsibilities[1].name, "size: 0, owner: \"ghost\"");
        if layout == Layout::Compact {
            assert_eq!(w.text.lines().count(), 1);
        }
    }
}

#[test]
fn check_prints_the_same_line_and_column_for_every_layout() {
    let dir = tempdir();
    let mut paths = Vec::new();
    let chosen = [
        "a duplicate responsibility id",
        "a missing `)` of an item",
        "a share above 1",
    ];
    for case in layout_cases()
        .into_iter()
        .filter(|c| chosen.contains(&c.what))
    {
        for layout in LAYOUTS {
            let w = write_layout(&case.design, layout, case.broken.clone());
            let path = dir.path().join(format!("{}-{layout:?}.ron", paths.len()));
            std::fs::write(&path, &w.text).expect("write");
            paths.push(path);
        }
    }
    let mut args = vec![OsString::from("check")];
    args.extend(paths.iter().map(|p| p.clone().into_os_string()));
    let run = remit(&args);
    assert!(!run.status.success());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), paths.len());
    for (line, path) in lines.iter().zip(&paths) {
        assert_eq!(*line, load(path).expect_err("refused").to_string());
    }
}

// ===================================================== 7. bounds and sums

#[test]
fn two_cards_of_1_7e308_are_refused_by_their_size_not_summed_to_infinity() {
    let path = hostile("two-huge-sizes.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches("size: 1.7e308").count(), 2);
    let err = load(&path).expect_err("refused");
    let (line, column) = line_col(&text, "size: 1.7e308");
    assert_eq!(place(&err), (Some(line), Some(column)));
    assert_eq!(rule_problem(&err), Some(&Problem::Size(1.7e308)));
    let message = err.to_string();
    assert!(
        message.contains("1.7e308") && message.contains("1000000000"),
        "{message}"
    );
    assert!(!message.contains("inf"), "{message}");

    let run = remit(&[OsStr::new("report"), path.as_os_str()]);
    assert!(!run.status.success());
    assert!(!run.stdout.contains("inf") && run.stdout.is_empty());
    assert!(
        run.stderr.contains(&format!(":{line}:{column}: ")),
        "{}",
        run.stderr
    );

    // Built in memory, such a design is not written either.
    let mut design = small_design("Huge");
    for card in design.responsibilities.iter_mut().take(2) {
        card.size = 1.7e308;
    }
    assert!(to_text(&design).is_err());
}

#[test]
fn a_number_too_large_for_a_double_is_refused_with_its_line() {
    let text = to_text(&small_design("x")).expect("text");
    for huge in ["1e400", &format!("1{}", "0".repeat(400)), "-1e400"] {
        let bad = edited(&text, "size: 6,", &format!("size: {huge},"));
        let err = parse(&bad).expect_err(huge);
        let (line, column) = line_col(&bad, &format!("size: {huge}"));
        assert_eq!(place(&err), (Some(line), Some(column)), "{err}");
        assert!(
            err.to_string().contains("a size must be a number from"),
            "{err}"
        );
    }
}

#[test]
fn the_largest_sizes_keep_every_balance_finite() {
    let mut design = Design::empty("Everything at the maximum");
    design.executives = vec![executive("cio"), executive("cto")];
    design.responsibilities = (0..100_000)
        .map(|i| {
            let owner = [Some("cio"), Some("cto"), None][i % 3];
            card(&format!("c{i}"), (i % 2) as f64, MAX_SIZE, owner)
        })
        .map(Into::into)
        .collect();
    rules::validate(&design).expect("every card is within the rules");
    let balance = DesignBalance::of(&design);
    let all = [
        balance.organisation,
        balance.unassigned,
        balance.executive_at(0),
        balance.executive_at(1),
    ];
    for b in all {
        assert!(b.size.is_finite() && b.external_size.is_finite(), "{b:?}");
        let (Some(internal), Some(external)) = (b.internal_percent(), b.external_percent()) else {
            panic!("a portfolio of maximum sizes has percentages: {b:?}");
        };
        assert_eq!(internal + external, 100);
        assert_eq!(
            b.percent_of(&balance.organisation).map(|p| p <= 100),
            Some(true)
        );
    }
    assert_eq!(balance.organisation.external_percent(), Some(50));
    assert_eq!(balance.organisation.size, 1e14);

    // The smallest sizes still weigh something.
    let mut tiny = design.clone();
    for card in &mut tiny.responsibilities {
        card.size = MIN_SIZE;
    }
    let balance = DesignBalance::of(&tiny);
    assert_eq!(balance.organisation.external_percent(), Some(50));
}

#[test]
fn report_prints_finite_figures_for_the_largest_sizes() {
    let mut design = Design::empty("Maximum sizes");
    design.executives = vec![executive("cio")];
    design.responsibilities = (0..2_000)
        .map(|i| card(&format!("c{i}"), 1.0, MAX_SIZE, Some("cio")))
        .map(Into::into)
        .collect();
    let dir = tempdir();
    let path = dir.path().join("max.ron");
    save(&design, &path).expect("save");
    let run = remit(&[OsStr::new("report"), path.as_os_str()]);
    assert!(run.status.success(), "{run:?}");
    assert!(
        !run.stdout.contains("inf") && !run.stdout.contains("NaN"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2000000000000"), "{}", run.stdout);
    assert!(run.stdout.contains("external 100%"), "{}", run.stdout);
}

#[test]
fn values_on_the_bounds_are_accepted_and_round_trip() {
    let mut design = small_design(&"n".repeat(MAX_NAME_CHARS));
    design.size_unit = "é".repeat(MAX_NAME_CHARS);
    // Renamed as a user would, so its cards, reports and roles follow.
    design
        .apply(remit::model::Edit::RenameExecutiveId {
            from: ExecutiveId("cio".into()),
            to: ExecutiveId("i".repeat(MAX_ID_CHARS)),
        })
        .expect("an id of the longest length");
    design.executives[0].position = Position {
        x: -MAX_COORDINATE,
        y: MAX_COORDINATE,
    };
    design.executives[1].short_title = "\u{1F600}".repeat(MAX_NAME_CHARS);
    design.responsibilities[0].id = ResponsibilityId("r".repeat(MAX_ID_CHARS));
    design.responsibilities[0].size = MAX_SIZE;
    design.responsibilities[0].external_share = 1.0;
    design.responsibilities[1].size = MIN_SIZE;
    design.responsibilities[1].external_share = 0.0;
    design.responsibilities[2].notes = "\n".repeat(rules::MAX_TEXT_CHARS);
    let text = to_text(&design).expect("every value is on a bound, not past it");
    assert_eq!(parse(&text).expect("reads back"), design);
}

#[test]
fn a_one_mebibyte_id_is_refused_quickly_with_a_short_message() {
    let text = to_text(&small_design("x")).expect("text");
    let first_id = &small_design("x").responsibilities[0].id.0;
    let huge = "i".repeat(1024 * 1024);
    let bad = edited(
        &text,
        &format!("id: \"{first_id}\""),
        &format!("id: \"{huge}\""),
    );
    let started = Instant::now();
    let err = within("parse of a 1 MiB id", move || {
        parse(&bad).expect_err("refused")
    });
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        rule_problem(&err),
        Some(&Problem::TooLong {
            chars: 1024 * 1024,
            max: MAX_ID_CHARS
        })
    );
    let (line, column) = line_col(&text, &format!("id: \"{first_id}\""));
    assert_eq!(place(&err), (Some(line), Some(column)));
    let message = err.to_string();
    assert!(message.len() < 200, "{message}");
    assert!(
        message.contains("1048576 characters long; at most 200"),
        "{message}"
    );
}

#[test]
fn messages_about_huge_values_stay_short() {
    // A user reads these on a terminal or in a dialog: a 1 MiB value must
    // not be echoed back whole.
    let text = to_text(&small_design("x")).expect("text");
    let huge = "a".repeat(1024 * 1024);
    let cases = [
        (
            "a huge colour",
            edited(&text, "colour: \"#", &format!("colour: \"#{huge}")),
            "colour:",
        ),
        (
            "a huge unknown field",
            edited(&text, "    name:", &format!("    {huge}: 1,\n    name:")),
            &huge[..10],
        ),
        (
            "a huge word",
            edited(&text, "size: 6", &format!("size: x{huge}")),
            "size: x",
        ),
        (
            "a huge owner",
            edited(&text, "owner: \"cio\"", &format!("owner: \"{huge}\"")),
            "owner: \"a",
        ),
    ];
    let mut failures = Vec::new();
    for (what, bad, at) in cases {
        let err = parse(&bad).expect_err(what);
        let (line, column) = line_col(&bad, at);
        assert_eq!(err.line, Some(line), "{what}");
        assert!(err.column.is_some_and(|c| c >= column), "{what}");
        let message = err.to_string();
        if message.chars().count() > 500 {
            failures.push(format!(
                "{what}: a message of {} characters: {}…",
                message.chars().count(),
                message.chars().take(120).collect::<String>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
