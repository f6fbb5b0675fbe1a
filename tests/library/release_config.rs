//! The release set-up that only GitHub runs, checked here: the release and
//! CI workflows (.github/workflows/*.yml, read as YAML) have the jobs, the
//! runners and the triggers they should, the packager metadata in
//! Cargo.toml (`[package.metadata.packager]`) has the formats and the
//! `.ron` file association, and every file either of them names is in the
//! repository: a workflow that calls a missing script, or an icon list
//! that names a missing picture, fails here instead of on a tag.
use std::collections::BTreeSet;
use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Files that a build or the workflow itself writes (cargo's output, the
/// downloaded artefacts): named, but never in the repository.
const MADE_BY_THE_BUILD: [&str; 2] = ["target/", "dist/"];

fn workflow(name: &str) -> Yaml {
    let path = Path::new(ROOT).join(".github/workflows").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(docs.len(), 1, "{name}: one YAML document");
    docs.remove(0)
}

fn packager() -> toml::Table {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Cargo.toml")).expect("Cargo.toml");
    let manifest: toml::Table = text.parse().expect("Cargo.toml parses");
    manifest["package"]["metadata"]["packager"]
        .as_table()
        .expect("[package.metadata.packager]")
        .clone()
}

fn strings(value: &toml::Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

/// The `run:` commands of a job, in order.
fn runs(job: &Yaml) -> Vec<&str> {
    job["steps"]
        .as_vec()
        .expect("steps")
        .iter()
        .filter_map(|step| step["run"].as_str())
        .collect()
}

/// The `uses:` actions of a job, in order.
fn uses(job: &Yaml) -> Vec<&str> {
    job["steps"]
        .as_vec()
        .expect("steps")
        .iter()
        .filter_map(|step| step["uses"].as_str())
        .collect()
}

/// The words of the commands that name a file of the repository: a
/// relative path with a folder in it (`packaging/check-deb.sh`,
/// `./.ci/run`), leaving out build output, options, variables and globs.
fn paths_in_commands<'a>(commands: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    commands
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(|word| word.trim_matches(|c| c == '"' || c == '\''))
        .map(|word| word.strip_prefix("./").unwrap_or(word))
        .filter(|word| word.contains('/'))
        .filter(|word| {
            word.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._/-".contains(c))
                && !word.starts_with(['-', '/'])
        })
        .filter(|word| !MADE_BY_THE_BUILD.iter().any(|out| word.starts_with(out)))
        .map(str::to_owned)
        .collect()
}

fn assert_all_exist(what: &str, paths: &BTreeSet<String>) {
    let missing: Vec<&String> = paths
        .iter()
        .filter(|path| !Path::new(ROOT).join(path).is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "{what} names files the repository does not have: {missing:?}"
    );
}

#[test]
fn release_runs_on_version_tags_and_by_hand() {
    let release = workflow("release.yml");
    // YAML 1.2: the key `on` is the string "on", not the boolean true.
    let on = &release["on"];
    let tags = on["push"]["tags"].as_vec().expect("on.push.tags");
    assert_eq!(tags, &vec![Yaml::String("v*".into())]);
    assert!(
        on.as_hash()
            .expect("on")
            .contains_key(&Yaml::String("workflow_dispatch".into())),
        "the release can be run by hand"
    );
}

#[test]
fn release_has_a_job_per_system_and_one_that_attaches_their_packages() {
    let release = workflow("release.yml");
    let jobs = &release["jobs"];
    let runners = [
        ("linux", "ubuntu-latest"),
        ("windows", "windows-latest"),
        ("macos", "macos-latest"),
        ("release", "ubuntu-latest"),
    ];
    let names: BTreeSet<&str> = jobs
        .as_hash()
        .expect("jobs")
        .keys()
        .map(|k| k.as_str().expect("a job name"))
        .collect();
    assert_eq!(names, runners.iter().map(|(job, _)| *job).collect());
    for (job, runner) in runners {
        assert_eq!(jobs[job]["runs-on"].as_str(), Some(runner), "{job}");
        assert!(
            jobs[job]["timeout-minutes"].as_i64().is_some(),
            "{job} has a time limit"
        );
    }

    // Each system's job builds its packages and uploads them.
    for job in ["linux", "windows", "macos"] {
        assert!(
            uses(&jobs[job])
                .iter()
                .any(|u| u.starts_with("actions/upload-artifact@")),
            "{job} uploads its packages"
        );
    }
    let linux = runs(&jobs["linux"]);
    assert!(linux.contains(&"cargo install cargo-deb --locked"));
    assert!(linux.contains(&"bash packaging/check-deb.sh"));
    let windows = runs(&jobs["windows"]);
    assert!(windows.contains(&"cargo install cargo-packager --locked"));
    assert!(windows.contains(&"cargo packager --release --formats nsis,wix"));
    let macos = runs(&jobs["macos"]);
    assert!(macos.contains(&"cargo install cargo-packager --locked"));
    assert!(macos.contains(&"cargo packager --release --formats app,dmg"));
    // cargo-packager packages target/release/remit; it does not build it.
    for (job, commands) in [("windows", &windows), ("macos", &macos)] {
        let build = commands
            .iter()
            .position(|c| *c == "cargo build --release --locked");
        let package = commands
            .iter()
            .position(|c| c.starts_with("cargo packager"));
        assert!(
            build.is_some() && build < package,
            "{job} builds Remit before packaging it"
        );
    }

    // The last job waits for the others, runs only for a tag, and may
    // write the release.
    let attach = &jobs["release"];
    let needs: BTreeSet<&str> = attach["needs"]
        .as_vec()
        .expect("needs")
        .iter()
        .filter_map(Yaml::as_str)
        .collect();
    assert_eq!(needs, BTreeSet::from(["linux", "windows", "macos"]));
    assert!(
        attach["if"]
            .as_str()
            .is_some_and(|c| c.contains("refs/tags/v"))
    );
    assert_eq!(attach["permissions"]["contents"].as_str(), Some("write"));
    assert!(
        uses(attach)
            .iter()
            .any(|u| u.starts_with("actions/download-artifact@"))
    );
}

#[test]
fn release_formats_are_the_ones_the_metadata_declares() {
    let declared: BTreeSet<String> = strings(&packager()["formats"])
        .into_iter()
        .map(str::to_owned)
        .collect();
    let release = workflow("release.yml");
    let mut used = BTreeSet::new();
    for job in ["windows", "macos"] {
        for command in runs(&release["jobs"][job]) {
            if let Some(formats) = command.split("--formats ").nth(1) {
                let formats = formats.split_whitespace().next().unwrap_or_default();
                used.extend(formats.split(',').map(str::to_owned));
            }
        }
    }
    assert_eq!(used, declared);
}

#[test]
fn ci_workflow_runs_the_local_ci() {
    let ci = workflow("ci.yml");
    let jobs = ci["jobs"].as_hash().expect("jobs");
    assert_eq!(jobs.len(), 1);
    let job = jobs.values().next().expect("one job");
    assert_eq!(job["runs-on"].as_str(), Some("ubuntu-latest"));
    assert!(runs(job).contains(&"./.ci/run"));
    let on = ci["on"].as_hash().expect("on");
    assert!(on.contains_key(&Yaml::String("pull_request".into())));
}

#[test]
fn every_file_the_workflows_name_is_in_the_repository() {
    for name in ["release.yml", "ci.yml"] {
        let doc = workflow(name);
        let jobs = doc["jobs"].as_hash().expect("jobs");
        let paths = paths_in_commands(jobs.values().flat_map(runs));
        assert!(!paths.is_empty(), "{name} names some file");
        assert_all_exist(name, &paths);
    }
}

#[test]
fn packager_metadata_names_remit_and_its_formats() {
    let packager = packager();
    // cargo-packager refuses unknown keys: a typo here would only show on
    // the Windows or macOS runner. These are the keys of its Config
    // (0.11) that Remit uses.
    let known = [
        "product-name",
        "identifier",
        "publisher",
        "copyright",
        "category",
        "binaries",
        "formats",
        "icons",
        "file-associations",
        "macos",
    ];
    for key in packager.keys() {
        assert!(known.contains(&key.as_str()), "unexpected key {key:?}");
    }
    assert_eq!(packager["product-name"].as_str(), Some("Remit"));
    assert_eq!(packager["identifier"].as_str(), Some("org.remit.designer"));
    assert_eq!(
        strings(&packager["formats"]),
        ["nsis", "wix", "app", "dmg"],
        "Windows: NSIS and WiX; macOS: app and dmg"
    );
    let binaries = packager["binaries"].as_array().expect("binaries");
    assert_eq!(binaries.len(), 1);
    assert_eq!(binaries[0]["path"].as_str(), Some("remit"));
    assert_eq!(binaries[0]["main"].as_bool(), Some(true));
}

#[test]
fn ron_files_open_in_remit() {
    let packager = packager();
    let associations = packager["file-associations"]
        .as_array()
        .expect("file-associations");
    assert_eq!(associations.len(), 1);
    let ron = associations[0].as_table().expect("a table");
    let known = ["extensions", "name", "description", "role", "mime-type"];
    for key in ron.keys() {
        assert!(known.contains(&key.as_str()), "unexpected key {key:?}");
    }
    assert_eq!(strings(&ron["extensions"]), ["ron"]);
    assert_eq!(ron["name"].as_str(), Some("Remit design"));
    assert_eq!(ron["role"].as_str(), Some("editor"));
    // cargo-packager spells its roles in lower case (`Editor` is refused).
    assert_eq!(
        ron["mime-type"].as_str(),
        Some("application/x-remit-design")
    );
    let description = ron["description"].as_str().expect("a description");
    assert!(
        description.contains("only"),
        "the description says Remit opens only its own designs: {description:?}"
    );
}

/// The icons: every PNG the metadata lists is in the repository (they
/// come from assets/icon/), and the one .ico, which Windows needs, is the
/// file the release workflow makes from those PNGs.
#[test]
fn every_icon_the_metadata_names_is_in_the_repository_or_made_by_the_release() {
    let packager = packager();
    let icons = strings(&packager["icons"]);
    let (made, in_repository): (Vec<&str>, Vec<&str>) = icons
        .iter()
        .partition(|icon| MADE_BY_THE_BUILD.iter().any(|out| icon.starts_with(out)));
    assert!(
        in_repository.iter().all(|icon| icon.ends_with(".png")),
        "{in_repository:?}"
    );
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let icon = format!("assets/icon/remit-{size}.png");
        assert!(in_repository.contains(&icon.as_str()), "{icon} is listed");
    }
    assert_all_exist(
        "[package.metadata.packager] icons",
        &in_repository
            .iter()
            .map(|icon| (*icon).to_owned())
            .collect(),
    );

    assert_eq!(made, ["target/packaging/remit.ico"]);
    let release = workflow("release.yml");
    let make_ico = runs(&release["jobs"]["windows"])
        .into_iter()
        .find(|c| c.contains("packaging/make-ico.py"))
        .expect("the Windows job makes the .ico");
    let mut words = make_ico
        .split_whitespace()
        .skip_while(|w| !w.ends_with("make-ico.py"));
    words.next();
    assert_eq!(words.next(), Some(made[0]), "it writes the listed .ico");
    let inputs: Vec<&str> = words.collect();
    assert!(!inputs.is_empty());
    for png in &inputs {
        assert!(in_repository.contains(png), "{png} is a listed icon");
    }
}
