//! `remit import FILE [-o OUT.ron] [--into BASE.ron] [--create-executives]
//! [--column USE=HEADER]... [--sheet NAME] [--skip-bad-rows] [--dry-run]`:
//! the spreadsheet import run from a script. FILE is a CSV or text file
//! (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or a workbook
//! (.xlsx, .xls, .ods). The new design goes beside the spreadsheet
//! (`FILE.ron`) unless `-o` says where, and is written atomically; any bad
//! row stops it before anything is written, unless `--skip-bad-rows` asks
//! to leave bad rows out (each still listed with its line). `--into BASE.ron` starts from BASE's executives
//! and cards (rows about cards BASE has update them) but never changes
//! BASE unless `-o BASE.ron` names it. Nothing is written over the
//! spreadsheet itself, nor over an existing file that `-o` does not name.

use std::path::{Path, PathBuf};

use super::terminal::{clean, shown};
use crate::file;
use crate::import::text::{clip, count, design_name, quoted};
use crate::import::{
    self, Choice, Field, ImportOptions, ImportPreview, Mapping, Progress, Settings, table,
};
use crate::model::{Design, Options};

/// How many titles or cards a line of the summary names before it counts
/// the rest.
const TITLES_SHOWN: usize = 20;

/// One `--column USE=HEADER`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnArg {
    /// The use.
    pub field: Field,
    /// The column (or none).
    pub choice: Choice,
}

/// Reads `USE=HEADER` (an empty HEADER leaves the use out).
pub fn parse_column(text: &str) -> Result<ColumnArg, String> {
    let uses = || {
        Field::ALL
            .iter()
            .map(|f| f.word())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some((word, header)) = text.split_once('=') else {
        return Err(format!(
            "write USE=HEADER, e.g. size=Headcount (USE is one of {})",
            uses()
        ));
    };
    let field = Field::from_word(word)
        .ok_or_else(|| format!("{} is not a use; it is one of {}", quoted(word), uses()))?;
    let choice = if header.trim().is_empty() {
        Choice::NotUsed
    } else {
        Choice::Header(header.trim().to_owned())
    };
    Ok(ColumnArg { field, choice })
}

/// What `remit import` was asked.
#[derive(Clone, Debug, Default, PartialEq, Eq, clap::Args)]
pub struct ImportArgs {
    /// The spreadsheet: a CSV or text file (comma, semicolon or tab
    /// separated; UTF-8, UTF-16 or Windows-1252), or a workbook (.xlsx,
    /// .xls, .ods).
    pub file: PathBuf,
    /// The design to write (default: beside the spreadsheet, with .ron;
    /// an existing file there is not replaced, and the spreadsheet itself
    /// never is).
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Start from this design instead of an empty one: its executives are
    /// matched by title, and rows about cards it has (the same id, the
    /// same name in any case and punctuation, or another name for the same
    /// catalog responsibility) update them instead of adding them again.
    /// BASE itself is not changed: the result goes beside the spreadsheet,
    /// or to -o (-o BASE replaces it).
    #[arg(long, value_name = "BASE")]
    pub into: Option<PathBuf>,
    /// With --into, of a BASE with several options, the one the rows go
    /// into (by name, ignoring case); by default the first. The other
    /// options are written as they were.
    #[arg(long, value_name = "NAME", requires = "into")]
    pub option: Option<String>,
    /// Create an executive for each owner not on the chart (reporting to
    /// the CEO), instead of putting those cards in the tray.
    #[arg(long)]
    pub create_executives: bool,
    /// Which column is which, as USE=HEADER, e.g. --column size=Headcount
    /// --column owner=Verantwortlich (USE is name, owner, person, facing,
    /// size, kind, description, notes, id, responsible, consulted, informed
    /// or deliberate; an empty HEADER leaves the use out). Uses not given are
    /// guessed from the header's words.
    #[arg(long = "column", value_name = "USE=HEADER", value_parser = parse_column)]
    pub columns: Vec<ColumnArg>,
    /// The sheet of a workbook to read (default: the first that holds
    /// anything).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Leave out the rows that cannot be imported (each is listed with its
    /// line and why) and import the rest, as the window's preview does;
    /// without it, any bad row stops the import and nothing is written.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Say what the import would do, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// What `remit import` did, to tell the user.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    /// The design written (or that would be).
    pub file: PathBuf,
    /// Whether nothing was written (`--dry-run`).
    pub dry_run: bool,
    /// The design the rows were added to (a copy of it was written), if
    /// one was given.
    pub base: Option<PathBuf>,
    /// Responsibilities added.
    pub added: usize,
    /// Cards already in the base that rows update: the row's line, its
    /// name in the file and the card's name.
    pub updated: Vec<(u64, String, String)>,
    /// Executives created for unknown owners (their short titles).
    pub created: Vec<String>,
    /// Unknown owners whose cards went to the tray.
    pub unknown: Vec<String>,
    /// Executives the import gave a person: (short title, person).
    pub persons: Vec<(String, String)>,
    /// What happened to the cards and roles of those unknown owners, with
    /// lines.
    pub left_behind: Option<String>,
    /// Which column each use was read from: (use, header).
    pub columns: Vec<(&'static str, String)>,
    /// Columns the import left out.
    pub ignored_columns: Vec<String>,
    /// How the file was read: "semicolon-separated, Windows-1252", "sheet
    /// \"Data\"", or empty for plain comma-separated UTF-8.
    pub read_as: String,
    /// The design's size unit, when the import set it.
    pub size_unit: Option<String>,
    /// What the reading noted (rows left out, cells read loosely…).
    pub notes: Vec<String>,
    /// What the file's places are called: "line", or "row" for a sheet.
    pub place: &'static str,
    /// The bad rows left out (`--skip-bad-rows`), as `FILE:LINE: why`.
    pub left_out: Vec<String>,
}

/// Where the design goes: `-o`, or beside the spreadsheet; never over the
/// spreadsheet, and never over an existing file `-o` does not name.
fn target(path: &Path, output: Option<&Path>, dry_run: bool) -> Result<PathBuf, String> {
    let target = output.map_or_else(|| path.with_extension("ron"), Path::to_owned);
    if file::same_file(&target, path) {
        return Err(format!(
            "{} is the spreadsheet being imported; nothing was written (choose another file \
             with -o)",
            shown(&target)
        ));
    }
    if !dry_run && output.is_none() && std::fs::symlink_metadata(&target).is_ok() {
        return Err(format!(
            "{} already exists; nothing was written (choose the file with -o, the same name to \
             replace it)",
            shown(&target)
        ));
    }
    Ok(target)
}

/// How the preview's places are written: `FILE:LINE:` for a text file,
/// `FILE, sheet NAME, row N:` for a workbook.
fn at(path: &Path, preview: &ImportPreview, line: u64) -> String {
    match &preview.sheet {
        Some(sheet) => format!("{}, sheet {}, row {line}:", shown(path), quoted(sheet)),
        None => format!("{}:{line}:", shown(path)),
    }
}

/// How the file was read, for the first line of the summary.
fn read_as(preview: &ImportPreview) -> String {
    let mut parts = Vec::new();
    if let Some(sheet) = &preview.sheet {
        parts.push(format!("sheet {}", quoted(sheet)));
        if preview.sheets.len() > 1 {
            parts.push(format!(
                "of {}",
                count(preview.sheets.len(), "sheet", "sheets")
            ));
        }
    } else if preview.separator != b',' && preview.separator != 0 {
        parts.push(format!(
            "{}-separated",
            table::separator_name(preview.separator)
        ));
    }
    if let Some(encoding) = preview.encoding
        && encoding != import::TextEncoding::Utf8
        && encoding != import::TextEncoding::Utf8Bom
    {
        parts.push(encoding.name().to_owned());
    }
    parts.join(", ")
}

/// Runs `remit import`: reads the spreadsheet, adds its rows to the base
/// design (or an empty one named after the file), merging those about
/// cards the base has, and saves the result. Any bad row stops it before
/// anything is written, with every bad row listed as `FILE:LINE: why`.
pub fn run_import(args: &ImportArgs) -> Result<Imported, String> {
    let path = args.file.as_path();
    let target = target(path, args.output.as_deref(), args.dry_run)?;
    let bytes = file::read_regular(path, file::MAX_READ_BYTES)
        .map_err(|e| clean(&e.in_file(path).to_string()).into_owned())?;
    // The base's options and comments are written back as they were; the
    // rows go into one option.
    let (mut all, chosen, leading) = match &args.into {
        Some(base) => {
            let loaded = file::load_with_fingerprint(base)
                .map_err(|e| clean(&e.to_string()).into_owned())?;
            let chosen = super::option::index(&loaded.options, args.option.as_deref(), base)?;
            (loaded.options, chosen, loaded.comments.leading)
        }
        None => {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (
                Options::one(Design::empty(design_name(&name))),
                0,
                String::new(),
            )
        }
    };
    let base = all.design(chosen).clone();
    let mut mapping = Mapping::default();
    for column in &args.columns {
        mapping.set(column.field, column.choice.clone());
    }
    let settings = Settings {
        columns: mapping,
        sheet: args.sheet.clone(),
    };
    let preview =
        import::read(&bytes, &base, &settings, &mut Progress::none()).map_err(|e| e.to_string())?;
    let mut left_out = Vec::new();
    if preview.bad_rows() > 0 {
        let mut lines: Vec<String> = preview
            .errors
            .iter()
            .map(|e| format!("{} {}", at(path, &preview, e.line), clean(&e.why)))
            .collect();
        if preview.errors_not_listed > 0 {
            lines.push(format!(
                "{}: and {} not listed",
                shown(path),
                count(preview.errors_not_listed, "bad row", "bad rows")
            ));
        }
        if args.skip_bad_rows && !preview.rows.is_empty() {
            lines.push(format!(
                "{}: {} left out (--skip-bad-rows)",
                shown(path),
                count(preview.bad_rows(), "bad row", "bad rows")
            ));
            left_out = lines;
        } else {
            return Err(refused(lines, &preview));
        }
    }
    let options = ImportOptions {
        create_executives: args.create_executives,
        moved_at: Some(jiff::Timestamp::now()),
    };
    let design = import::apply(&base, &preview, &options).map_err(|e| match e.line {
        Some(line) => format!("{} {}", at(path, &preview, line), clean(&e.why)),
        None => format!("{}: {}", shown(path), clean(&e.why)),
    })?;
    if !args.dry_run {
        *all.design_mut(chosen) = design.clone();
        file::save_options(&all, &target, &leading)
            .map_err(|e| clean(&e.to_string()).into_owned())?;
    }
    let titles: Vec<String> = preview
        .unknown_owners
        .iter()
        .map(|u| u.title.clone())
        .collect();
    let first_new = base.executives.len();
    let (created, unknown, left_behind) = if args.create_executives {
        let made = design.executives[first_new.min(design.executives.len())..]
            .iter()
            .map(|e| e.short_title.clone())
            .collect();
        (made, Vec::new(), None)
    } else {
        (Vec::new(), titles, preview.without_executives())
    };
    let persons = persons_given(&base, &design);
    let columns = preview
        .columns
        .iter()
        .filter_map(|u| Some((u.field?.word(), u.header.clone())))
        .collect();
    Ok(Imported {
        file: target,
        dry_run: args.dry_run,
        base: args.into.clone(),
        added: preview.adds(),
        updated: preview
            .rows
            .iter()
            .filter_map(|r| Some((r.line, r.name.clone(), r.updates.as_ref()?.name.clone())))
            .collect(),
        created,
        unknown,
        persons,
        left_behind,
        columns,
        ignored_columns: preview.ignored_columns.clone(),
        read_as: read_as(&preview),
        size_unit: (design.size_unit != base.size_unit).then(|| design.size_unit.clone()),
        notes: preview.notes.clone(),
        place: if preview.sheet.is_some() {
            "row"
        } else {
            "line"
        },
        left_out,
    })
}

/// The message when bad rows stop the import: each with its line, then
/// that nothing was imported.
fn refused(lines: Vec<String>, preview: &ImportPreview) -> String {
    let what = if preview.rows.is_empty() && preview.bad_rows() == 1 {
        "1 problem".to_owned()
    } else {
        count(preview.bad_rows(), "bad row", "bad rows")
    };
    let hint = if preview.rows.is_empty() {
        ""
    } else {
        "; --skip-bad-rows imports the others"
    };
    format!("{}\nnothing was imported ({what}{hint})", lines.join("\n"))
}

/// The executives of `design` that have a person where `base` had none
/// (or that are new), each as (short title, person), in the design's
/// order.
fn persons_given(base: &Design, design: &Design) -> Vec<(String, String)> {
    let before: std::collections::HashMap<&str, &str> = base
        .executives
        .iter()
        .map(|e| (e.id.as_str(), e.person.trim()))
        .collect();
    design
        .executives
        .iter()
        .filter(|e| {
            !e.person.trim().is_empty() && before.get(e.id.as_str()).is_none_or(|p| p.is_empty())
        })
        .map(|e| (e.short_title.clone(), e.person.clone()))
        .collect()
}

/// Titles for a line of the summary: the first few, each clipped, then how
/// many more.
fn listed(titles: &[String]) -> String {
    // "Tobias, legal" is one title: quoted, so the list reads right.
    let clipped: Vec<String> = titles
        .iter()
        .map(|t| {
            let t = clip(t, 40);
            if t.contains(',') {
                quoted(&t)
            } else {
                t.into_owned()
            }
        })
        .collect();
    listed_whole(&clipped)
}

/// Entries for a line of the summary, as they are: the first few, then how
/// many more.
fn listed_whole(titles: &[String]) -> String {
    let mut shown: Vec<String> = titles
        .iter()
        .take(TITLES_SHOWN)
        .map(|t| clean(t).into_owned())
        .collect();
    if titles.len() > TITLES_SHOWN {
        shown.push(format!(
            "and {} more",
            count(titles.len() - TITLES_SHOWN, "", "").trim()
        ));
    }
    shown.join(", ")
}

/// The lines `remit import` prints when it succeeds.
pub fn describe_import(imported: &Imported) -> String {
    let verb = if imported.dry_run {
        "would import"
    } else {
        "imported"
    };
    let mut out = format!(
        "{verb} {} into {}",
        count(
            imported.added + imported.updated.len(),
            "responsibility",
            "responsibilities"
        ),
        shown(&imported.file)
    );
    if !imported.read_as.is_empty() {
        out.push_str(&format!(" (read as {})", clean(&imported.read_as)));
    }
    out.push('\n');
    if imported.dry_run {
        out.push_str("nothing was written (--dry-run)\n");
    }
    if let Some(base) = &imported.base
        && !file::same_file(base, &imported.file)
    {
        out.push_str(&format!(
            "started from {}, which is unchanged\n",
            shown(base)
        ));
    }
    if !imported.updated.is_empty() {
        out.push_str(&format!(
            "updates {}, adds {}\n",
            imported.updated.len(),
            imported.added
        ));
        let names: Vec<String> = imported
            .updated
            .iter()
            .map(|(line, row, card)| {
                let (row, card) = (clip(row, 40), clip(card, 40));
                let place = imported.place;
                if row == card {
                    format!("{card} ({place} {line})")
                } else {
                    format!("{card} ({place} {line}: {row})")
                }
            })
            .collect();
        out.push_str(&format!(
            "updated ({}): {}\n",
            names.len(),
            listed_whole(&names)
        ));
    }
    if !imported.columns.is_empty() {
        let read: Vec<String> = imported
            .columns
            .iter()
            .map(|(word, header)| format!("{word} = {}", quoted(&clean(header))))
            .collect();
        out.push_str(&format!("columns: {}\n", read.join(", ")));
    }
    if let Some(unit) = &imported.size_unit {
        out.push_str(&format!("sizes are counted in {}\n", clean(unit)));
    }
    if !imported.created.is_empty() {
        out.push_str(&format!(
            "new executives ({}, reporting to the CEO): {}\n",
            imported.created.len(),
            listed(&imported.created)
        ));
    }
    if !imported.persons.is_empty() {
        let named: Vec<String> = imported
            .persons
            .iter()
            .map(|(title, person)| format!("{}: {}", clip(title, 40), clip(person, 40)))
            .collect();
        out.push_str(&format!(
            "people in roles ({}): {}\n",
            named.len(),
            listed_whole(&named)
        ));
    }
    if !imported.unknown.is_empty() {
        out.push_str(&format!(
            "not on the chart ({}): {} (--create-executives creates them)\n",
            imported.unknown.len(),
            listed(&imported.unknown)
        ));
        if let Some(what) = &imported.left_behind {
            out.push_str(&format!("so {what}\n"));
        }
    }
    if !imported.ignored_columns.is_empty() {
        out.push_str(&format!(
            "columns left out: {} (--column USE=HEADER reads one)\n",
            listed(&imported.ignored_columns)
        ));
    }
    for note in &imported.notes {
        out.push_str(&format!("note: {}\n", clean(note)));
    }
    for line in &imported.left_out {
        out.push_str(&format!("left out: {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_choices_are_read_from_the_command_line() {
        assert_eq!(
            parse_column("size=Headcount"),
            Ok(ColumnArg {
                field: Field::Size,
                choice: Choice::Header("Headcount".into())
            })
        );
        assert_eq!(
            parse_column("Notes="),
            Ok(ColumnArg {
                field: Field::Notes,
                choice: Choice::NotUsed
            })
        );
        assert!(parse_column("size").is_err_and(|e| e.contains("USE=HEADER")));
        assert!(parse_column("height=x").is_err_and(|e| e.contains("\"height\"")));
    }
}
