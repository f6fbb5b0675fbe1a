//! `remit import` as a script runs it: never over the spreadsheet, never
//! over a file `-o` does not name, `--into` leaves the base as it was, a
//! design named validly after any file name, unknown owners' cards and
//! dropped roles said with their lines, a file that is not UTF-8 named
//! with what to do.

use std::path::Path;
use std::process::{Command, Output};

use remit::file;

fn remit(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_remit"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run remit")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const LIST: &str = "name,owner,consulted\nPayroll,CIO,Legal\nMobile app,Marketing,\n";

#[test]
fn the_spreadsheet_is_never_the_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    for out in ["list.csv", "./list.csv"] {
        let run = remit(dir.path(), &["import", "list.csv", "-o", out]);
        assert_eq!(run.status.code(), Some(1), "{out}");
        assert!(
            stderr(&run).contains("is the spreadsheet being imported"),
            "{}",
            stderr(&run)
        );
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("list.csv", dir.path().join("link.ron")).unwrap();
        let run = remit(dir.path(), &["import", "list.csv", "-o", "link.ron"]);
        assert_eq!(run.status.code(), Some(1));
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("list.csv")).unwrap(),
        LIST
    );
    // A spreadsheet that ends in .ron is not written over either.
    std::fs::write(dir.path().join("odd.ron"), LIST).unwrap();
    let run = remit(dir.path(), &["import", "odd.ron"]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("odd.ron")).unwrap(),
        LIST
    );
}

#[test]
fn an_existing_file_is_replaced_only_when_o_names_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    std::fs::write(dir.path().join("list.ron"), "notes, not a design").unwrap();
    let run = remit(dir.path(), &["import", "list.csv"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("list.ron")).unwrap(),
        "notes, not a design"
    );
    let run = remit(dir.path(), &["import", "list.csv", "-o", "list.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(file::load(&dir.path().join("list.ron")).is_ok());
}

#[test]
fn into_starts_from_the_base_and_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    let base = remit::templates::default_design();
    file::save(&base, &dir.path().join("base.ron")).unwrap();
    let before = std::fs::read(dir.path().join("base.ron")).unwrap();
    let run = remit(dir.path(), &["import", "list.csv", "--into", "base.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("into list.ron"), "{}", stdout(&run));
    assert!(
        stdout(&run).contains("started from base.ron, which is unchanged"),
        "{}",
        stdout(&run)
    );
    assert_eq!(std::fs::read(dir.path().join("base.ron")).unwrap(), before);
    let made = file::load(&dir.path().join("list.ron")).unwrap();
    assert_eq!(made.responsibilities.len(), base.responsibilities.len() + 2);
    // Named with -o, the base itself is replaced.
    let run = remit(
        dir.path(),
        &["import", "list.csv", "--into", "base.ron", "-o", "base.ron"],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!stdout(&run).contains("unchanged"), "{}", stdout(&run));
    let replaced = file::load(&dir.path().join("base.ron")).unwrap();
    assert_eq!(
        replaced.responsibilities.len(),
        base.responsibilities.len() + 2
    );
}

#[test]
fn unknown_owners_cards_and_dropped_roles_are_said_with_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), LIST).unwrap();
    let run = remit(dir.path(), &["import", "list.csv"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(
        said.contains(
            "not on the chart (3): CIO, Legal, Marketing (--create-executives creates them)"
        ),
        "{said}"
    );
    assert!(
        said.contains("so 2 cards go to the tray (lines 2 and 3); 1 role is dropped (line 2)"),
        "{said}"
    );
}

#[test]
fn any_file_name_gives_a_valid_design_name() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("{}.csv", "é".repeat(120));
    std::fs::write(dir.path().join(&long), LIST).unwrap();
    let run = remit(dir.path(), &["import", &long, "-o", "long.ron"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let made = file::load(&dir.path().join("long.ron")).unwrap();
    assert_eq!(made.name.chars().count(), 120);
    #[cfg(unix)]
    {
        let odd = "two\nlines\t.csv";
        std::fs::write(dir.path().join(odd), LIST).unwrap();
        let run = remit(dir.path(), &["import", odd, "-o", "odd.ron"]);
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(
            file::load(&dir.path().join("odd.ron")).unwrap().name,
            "two lines"
        );
        let longer = format!("{}.csv", "n".repeat(250));
        std::fs::write(dir.path().join(&longer), LIST).unwrap();
        let run = remit(dir.path(), &["import", &longer, "-o", "longer.ron"]);
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(
            file::load(&dir.path().join("longer.ron"))
                .unwrap()
                .name
                .len(),
            200
        );
    }
}

#[test]
fn a_spreadsheet_in_windows_1252_or_utf16_is_read_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ansi.csv"),
        b"name;owner;size\r\nGeldw\xe4sche;CIO;2,5\r\n",
    )
    .unwrap();
    let run = remit(dir.path(), &["import", "ansi.csv"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(
        said.contains("(read as semicolon-separated, Windows-1252)"),
        "{said}"
    );
    assert!(said.contains("note: The file is not UTF-8"), "{said}");
    let made = file::load(&dir.path().join("ansi.ron")).unwrap();
    assert_eq!(made.responsibilities[0].name, "Geldwäsche");
    assert_eq!(made.responsibilities[0].size, 2.5);
    let wide: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "name\tsize\r\nPayroll\t3\r\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    std::fs::write(dir.path().join("wide.txt"), wide).unwrap();
    let run = remit(dir.path(), &["import", "wide.txt"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("UTF-16"), "{}", stdout(&run));
    let made = file::load(&dir.path().join("wide.ron")).unwrap();
    assert_eq!(made.responsibilities[0].size, 3.0);
    // Bytes that are no text at all are refused, naming the file.
    std::fs::write(dir.path().join("binary.csv"), b"name\nA\0B\n").unwrap();
    let run = remit(dir.path(), &["import", "binary.csv"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("binary.csv:1:") && stderr(&run).contains("not text"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn columns_sheets_and_updates_are_chosen_and_said_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bank.csv"),
        "Responsibility;Verantwortlich;Headcount;Budget (EUR k)\r\n\
         Information Security;CTO;12;1.900\r\n\
         Payroll;CIO;3;400\r\n",
    )
    .unwrap();
    let base = remit::templates::default_design();
    file::save(&base, &dir.path().join("base.ron")).unwrap();
    let run = remit(
        dir.path(),
        &[
            "import",
            "bank.csv",
            "--into",
            "base.ron",
            "--column",
            "size=budget (eur k)",
            "-o",
            "out.ron",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    for line in [
        "imported 2 responsibilities into out.ron (read as semicolon-separated)",
        "updates 1, adds 1",
        "updated (1): Information security (line 2: Information Security)",
        "columns: name = \"Responsibility\", owner = \"Verantwortlich\", size = \"Budget (EUR k)\"",
        "sizes are counted in budget (EUR k)",
        "columns left out: Headcount (could be the size)",
    ] {
        assert!(said.contains(line), "{line:?} in\n{said}");
    }
    let made = file::load(&dir.path().join("out.ron")).unwrap();
    assert_eq!(made.responsibilities.len(), base.responsibilities.len() + 1);
    // A column that is not there is named with those that are.
    let run = remit(
        dir.path(),
        &[
            "import",
            "bank.csv",
            "--column",
            "size=Kopfzahl",
            "--dry-run",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("bank.csv:1:") && stderr(&run).contains("\"Headcount\""),
        "{}",
        stderr(&run)
    );
    // A dry run writes nothing.
    let run = remit(dir.path(), &["import", "bank.csv", "--dry-run"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("would import 2"), "{}", stdout(&run));
    assert!(!dir.path().join("bank.ron").exists());
    // A workbook's sheet by name, and its rows named as rows.
    let book =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files/import/workbook.xlsx");
    let run = remit(
        dir.path(),
        &[
            "import",
            &book.display().to_string(),
            "--sheet",
            "Broken",
            "-o",
            "book.ron",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("workbook.xlsx, sheet \"Broken\", row 3: ")
            && stderr(&run).contains("(cell C3)"),
        "{}",
        stderr(&run)
    );
    let run = remit(
        dir.path(),
        &[
            "import",
            &book.display().to_string(),
            "--create-executives",
            "-o",
            "book.ron",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stdout(&run).contains("(read as sheet \"IT-Verantwortlichkeiten\", of 4 sheets)"),
        "{}",
        stdout(&run)
    );
    assert!(
        stdout(&run).contains("new executives (5, reporting to the CEO): CIO, CTO, COO, CISO, CFO"),
        "{}",
        stdout(&run)
    );
}

#[test]
fn the_person_in_each_role_is_read_and_said_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kaito.csv"),
        "Responsibility,Owner,Owner name,Team size\n\
         ERP,C.I.O.,森田 直樹,24\n\
         HR systems,cio,森田 直樹,4\n\
         Help desk,CIO,N. Morita,11\n\
         Payments,CTO,Katrin Vogelsang,8\n\
         Middle East stores,ME region,ليلى الحسيني,9\n",
    )
    .unwrap();
    let mut base = remit::templates::default_design();
    let cto = base
        .executives
        .iter_mut()
        .find(|e| e.id.as_str() == "cto")
        .unwrap();
    cto.person = "Katrin Vogelsang".into();
    file::save(&base, &dir.path().join("base.ron")).unwrap();
    let run = remit(
        dir.path(),
        &[
            "import",
            "kaito.csv",
            "--into",
            "base.ron",
            "--create-executives",
            "-o",
            "out.ron",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    for line in [
        "person = \"Owner name\"",
        "people in roles (2): CIO: 森田 直樹, ME region: ليلى الحسيني",
        "note: Rows name 2 people for the CIO: \"森田 直樹\" (2 rows) and \"N. Morita\" \
         (1 row); \"森田 直樹\" is taken.",
    ] {
        assert!(said.contains(line), "{line:?} in\n{said}");
    }
    let made = file::load(&dir.path().join("out.ron")).unwrap();
    let person = |id: &str| {
        made.executives
            .iter()
            .find(|e| e.id.as_str() == id)
            .map(|e| e.person.clone())
    };
    assert_eq!(person("cio").as_deref(), Some("森田 直樹"));
    assert_eq!(person("cto").as_deref(), Some("Katrin Vogelsang"));
    // Read back by the person's name in the owner column.
    std::fs::write(dir.path().join("more.csv"), "Name,Owner\nPOS,森田 直樹\n").unwrap();
    let run = remit(
        dir.path(),
        &["import", "more.csv", "--into", "out.ron", "--dry-run"],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        !stdout(&run).contains("not on the chart"),
        "{}",
        stdout(&run)
    );
}

/// Found with the Kaito client's sheet: one size written as a range
/// ("12-15") stopped all 40 rows, with no way on from the command line.
/// `--skip-bad-rows` leaves the bad rows out (each listed with its line)
/// and imports the rest; without it, the refusal says the flag exists.
#[test]
fn skip_bad_rows_imports_the_others_and_lists_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let list = "Responsibility,Owner,Team size\nStores,CIO,42\nPOS,CIO,12-15\nApp,CDO,9\n";
    std::fs::write(dir.path().join("kaito.csv"), list).unwrap();
    let strict = remit(dir.path(), &["import", "kaito.csv"]);
    assert_eq!(strict.status.code(), Some(1));
    let err = stderr(&strict);
    assert!(
        err.contains("kaito.csv:3:") && err.contains("range"),
        "{err}"
    );
    assert!(err.contains("--skip-bad-rows imports the others"), "{err}");
    assert!(!dir.path().join("kaito.ron").exists());

    let run = remit(dir.path(), &["import", "kaito.csv", "--skip-bad-rows"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = stdout(&run);
    assert!(out.contains("imported 2 responsibilities"), "{out}");
    assert!(out.contains("left out: kaito.csv:3:"), "{out}");
    assert!(out.contains("1 bad row left out"), "{out}");
    let design = file::load(&dir.path().join("kaito.ron")).unwrap();
    let names: Vec<&str> = design
        .responsibilities
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["Stores", "App"]);
}

/// Found with the Hanse client's sheet: "CTO" and "CTO (Digital)" are one
/// role, yet --create-executives made two CTO boxes; and Nordlicht's
/// "Tobias, legal" read as two owners in a list joined by commas.
#[test]
fn a_qualified_owner_is_the_plain_one_and_names_with_commas_are_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let list = "name;owner\r\nApps;CTO (Digital)\r\nCloud;CTO\r\nContracts;\"Tobias, legal\"\r\n";
    std::fs::write(dir.path().join("bank.csv"), list).unwrap();
    let run = remit(dir.path(), &["import", "bank.csv", "--dry-run"]);
    let out = stdout(&run);
    assert!(
        out.contains("not on the chart (2): CTO, \"Tobias, legal\""),
        "{out}"
    );
    assert!(
        out.contains("\"CTO (Digital)\" (line 2) is taken for the CTO"),
        "{out}"
    );
    let run = remit(dir.path(), &["import", "bank.csv", "--create-executives"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let design = file::load(&dir.path().join("bank.ron")).unwrap();
    let titles: Vec<&str> = design
        .executives
        .iter()
        .map(|e| e.short_title.as_str())
        .collect();
    assert_eq!(titles, ["CTO", "Tobias, legal"]);
    assert_eq!(
        design.responsibilities[0].owner,
        design.responsibilities[1].owner
    );
}
