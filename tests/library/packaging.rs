//! Remit as a Unix tool and a Debian package, without building one: the
//! real binary's `--version`, manual page and shell completions; the
//! desktop entry and the MIME type in packaging/ (they must agree, and
//! the MIME magic must find what Remit writes); the package's file list in
//! Cargo.toml; and packaging/check-deb.sh's syntax. The full package is
//! built and installed by that script, by hand (it installs things, so CI
//! does not run it). The system tools (bash, desktop-file-validate,
//! xmllint) are used when installed; a test without its tool says why and
//! returns.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use clap::CommandFactory as _;
use remit::cli::Cli;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn remit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(manifest_dir())
        .output()
        .expect("run remit")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(manifest_dir().join(path)).expect(path)
}

/// The commands a user can type (not clap's own `help`).
fn subcommands() -> Vec<String> {
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .filter(|name| name != "help")
        .collect();
    assert!(names.len() >= 8, "{names:?}");
    names
}

/// Whether `tool` runs here; if not, says so for the test's output.
fn have(tool: &str, why: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok();
    if !found {
        println!("skipped: {tool} is not installed ({why})");
    }
    found
}

#[test]
fn version_names_the_program() {
    assert_eq!(
        stdout(&remit(&["--version"])),
        format!("remit {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(env!("CARGO_PKG_VERSION"), "0.1.0");
}

#[test]
fn the_manual_page_is_roff_naming_every_command() {
    let page = stdout(&remit(&["manual"]));
    assert!(page.contains(".TH remit 1"), "{page}");
    assert!(page.contains(".SH SYNOPSIS") && page.contains(".SH SUBCOMMANDS"));
    for name in subcommands() {
        assert!(page.contains(&format!("remit\\-{name}(1)")), "{name}");
    }

    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("man");
    let out_arg = out.to_str().expect("a UTF-8 path");
    stdout(&remit(&["manual", "-o", out_arg]));
    assert_eq!(
        std::fs::read_to_string(out.join("remit.1")).ok(),
        Some(page)
    );
    for name in subcommands() {
        let sub = std::fs::read_to_string(out.join(format!("remit-{name}.1")))
            .unwrap_or_else(|e| panic!("remit-{name}.1: {e}"));
        assert!(sub.contains(&format!(".TH remit-{name} 1")), "{sub}");
    }
}

#[test]
fn each_completion_script_names_the_commands() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout(&remit(&["completions", shell]));
        for name in subcommands() {
            assert!(script.contains(&name), "{shell} lacks {name}");
        }
        assert!(
            script.contains("explain"),
            "{shell} lacks check's --explain"
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("_remit");
    stdout(&remit(&[
        "completions",
        "zsh",
        "-o",
        file.to_str().expect("a UTF-8 path"),
    ]));
    let written = std::fs::read_to_string(&file).expect("the script written");
    assert!(written.starts_with("#compdef remit"), "{written}");
    let wrong = remit(&["completions", "tcsh"]);
    assert_eq!(wrong.status.code(), Some(2));
}

/// The `[Desktop Entry]` of packaging/remit.desktop, as key and value.
fn desktop_entry() -> Vec<(String, String)> {
    let text = read("packaging/remit.desktop");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, value) = l.split_once('=').unwrap_or_else(|| panic!("{l:?}"));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// The `<mime-type type="…">` elements of packaging/remit-mime.xml, in
/// order, with their text.
fn mime_types() -> Vec<(String, String)> {
    let xml = read("packaging/remit-mime.xml");
    xml.split("<mime-type type=\"")
        .skip(1)
        .map(|part| {
            let (name, rest) = part.split_once('"').expect("a closing quote");
            let body = rest.split("</mime-type>").next().expect("a body");
            (name.to_owned(), body.to_owned())
        })
        .collect()
}

#[test]
fn the_desktop_entry_and_the_mime_type_agree() {
    let entry = desktop_entry();
    let get = |key: &str| {
        entry
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {key}"))
    };
    assert_eq!(get("Type"), "Application");
    assert_eq!(get("Exec"), "remit %F", "every file, one window each");
    assert_eq!(get("Icon"), "remit");
    assert_eq!(get("Terminal"), "false");
    assert!(get("Categories").split(';').any(|c| c == "Office"));
    let types = mime_types();
    let names: Vec<&str> = types.iter().map(|(n, _)| n.as_str()).collect();
    // text/x-ron first: File::MimeInfo takes the first of two equal globs.
    assert_eq!(names, ["text/x-ron", "application/x-remit-design"]);
    assert_eq!(get("MimeType"), "application/x-remit-design;");
    let ours = &types[1].1;
    assert!(ours.contains("<comment>Remit org design</comment>"));
    assert!(ours.contains(r#"<sub-class-of type="text/x-ron"/>"#));
    assert!(ours.contains(r#"<magic priority="80">"#));
    assert!(
        ours.contains(r#"<match type="string" value="format_version" offset="0:1024"/>"#),
        "{ours}"
    );
    assert!(types[0].1.contains(r#"<glob pattern="*.ron"/>"#));
    assert!(ours.contains(r#"<glob pattern="*.ron"/>"#));
    assert!(!types[0].1.contains("<magic"), "a plain RON file has none");
}

/// The magic finds every design Remit writes, and the shipped examples.
#[test]
fn the_magic_finds_what_remit_writes() {
    let in_reach = |text: &str| {
        let head = &text.as_bytes()[..text.len().min(1024 + "format_version".len())];
        head.windows("format_version".len())
            .any(|w| w == b"format_version")
    };
    for template in remit::templates::TEMPLATES {
        let text = remit::file::to_text(&(template.build)()).expect("a template as text");
        assert!(in_reach(&text), "{}", template.file_stem);
    }
    let examples = std::fs::read_dir(manifest_dir().join("assets/examples")).expect("examples");
    for example in examples {
        let path = example.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("an example");
        assert!(in_reach(&text), "{}", path.display());
    }
    assert!(!in_reach("(a: 1)\n"));
}

/// Every file the Debian package takes from the repository exists; the
/// generated ones are what check-deb.sh writes.
#[test]
fn the_package_lists_files_that_exist() {
    let cargo = read("Cargo.toml");
    let deb = cargo
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("a [package.metadata.deb] section");
    let deb = deb.split("\n[").next().expect("the section");
    let depends = deb
        .lines()
        .find_map(|l| l.strip_prefix("depends = "))
        .expect("depends");
    for lib in [
        "$auto",
        "libgl1",
        "libegl1",
        "libwayland-client0",
        "libxkbcommon0",
    ] {
        assert!(depends.contains(lib), "{lib}");
    }
    let check = read("packaging/check-deb.sh");
    let sources: Vec<&str> = deb
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(sources.len() >= 18, "{sources:?}");
    for source in sources {
        if source == "target/release/remit" {
            continue;
        }
        if let Some(generated) = source.strip_prefix("target/packaging/") {
            let folder = generated.split('/').next().expect("a folder");
            assert!(check.contains(&format!("$out/{folder}")), "{source}");
        } else if let Some((folder, pattern)) = source.split_once("/*") {
            let found = std::fs::read_dir(manifest_dir().join(folder))
                .expect(folder)
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().ends_with(pattern));
            assert!(found, "{source}");
        } else {
            assert!(
                Path::new(&manifest_dir().join(source)).is_file(),
                "{source}"
            );
        }
    }
}

#[test]
fn the_check_script_parses() {
    if !have("bash", "cannot check packaging/check-deb.sh's syntax") {
        return;
    }
    let script = manifest_dir().join("packaging/check-deb.sh");
    let output = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_system_tools_accept_the_files() {
    if have(
        "desktop-file-validate",
        "apt-get install desktop-file-utils",
    ) {
        let output = Command::new("desktop-file-validate")
            .arg(manifest_dir().join("packaging/remit.desktop"))
            .output()
            .expect("desktop-file-validate");
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success() && said.trim().is_empty(), "{said}");
    }
    if have("xmllint", "apt-get install libxml2-utils") {
        let output = Command::new("xmllint")
            .arg("--noout")
            .arg(manifest_dir().join("packaging/remit-mime.xml"))
            .output()
            .expect("xmllint");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn the_window_has_remit_s_own_icon() {
    let icon = remit::window_icon().expect("the icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    assert!(icon.rgba.chunks(4).any(|p| p[3] == 255), "not blank");
}
