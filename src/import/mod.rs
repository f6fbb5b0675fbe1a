//! Responsibilities from a spreadsheet (CSV), in two steps so that nothing
//! changes until the user accepts: [`preview`] reads the text against a
//! design and says what would be created, and names each bad row with its
//! line and why; [`apply`] then gives the design with the rows added.
//!
//! The header row needs a `name` column; the others are optional and may
//! come in any order (letter case and spaces do not matter; columns it does
//! not know are listed and left out):
//!
//! | column | meaning | when empty |
//! |---|---|---|
//! | `name` (or `responsibility`) | the card's name | the row is refused |
//! | `facing` (or `external`) | 0–1, or a percentage `0–100%` (a bare number above 1 is a percentage) | 0.5 |
//! | `size` | a number from 0.0001 to 1,000,000,000 | 1 |
//! | `owner` | an executive's short or full title (or id), any letter case | the tray |
//! | `notes`, `description` | text | none |
//! | `id` | the card's id (kept when free, else one is made from the name) | made from the name |
//! | `responsible`, `consulted`, `informed` | executives' titles, separated by `;` | none |
//!
//! An owner (or role holder) that is not on the chart is listed in
//! [`ImportPreview::unknown_owners`]; [`apply`] creates it as a new
//! executive only when asked ([`ImportOptions::create_executives`]), and
//! otherwise puts the card in the tray (and drops the role). The CSV that
//! [`crate::export::csv::ownership`] writes imports back to the same
//! responsibilities.

mod values;

use std::collections::{BTreeMap, HashMap};

use crate::chart::tidy::place_new;
use crate::chart::{ChartGeometry, estimated_measure};
use crate::model::palette::next_colour;
use crate::model::rules::{self, RuleError, Subject};
use crate::model::{
    Design, Executive, ExecutiveId, Index, ReportsTo, Responsibility, ResponsibilityId, Role,
};

pub use values::{parse_facing, parse_size};

/// Who a row names as owner, or as holder of a role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    /// An executive on the chart.
    Existing(ExecutiveId),
    /// A title no executive on the chart has (as written in the file).
    Unknown(String),
}

/// One good row: the responsibility it would create.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    /// The line of the file the row starts on (1 is the header).
    pub line: u64,
    /// The id the file gives, if any.
    pub id: Option<String>,
    /// The name.
    pub name: String,
    /// The description.
    pub description: String,
    /// The external share, 0 to 1, on the model's grid.
    pub external_share: f64,
    /// The size, on the model's grid.
    pub size: f64,
    /// The owner; `None` for the tray.
    pub owner: Option<Holder>,
    /// The roles others hold, in the order the file gives them.
    pub roles: Vec<(Holder, Role)>,
    /// The notes.
    pub notes: String,
}

/// A row that cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The line of the file it starts on (1 is the header).
    pub line: u64,
    /// What is wrong, in plain words.
    pub why: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.why)
    }
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// The rows that can be imported, in the file's order.
    pub rows: Vec<ImportRow>,
    /// The rows that cannot, each with its line and why (a missing `name`
    /// column is an error on line 1, and then there are no rows).
    pub errors: Vec<RowError>,
    /// Titles of owners and role holders not on the chart, in the order
    /// they first appear.
    pub unknown_owners: Vec<String>,
    /// Header columns the import does not know (left out).
    pub ignored_columns: Vec<String>,
}

/// Choices for [`apply`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Create an executive for each unknown owner or role holder (titled as
    /// the file writes it) instead of putting its cards in the tray.
    pub create_executives: bool,
}

/// The columns the import knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Id,
    Name,
    Description,
    Owner,
    Facing,
    Size,
    Role(Role),
    Notes,
}

fn field(header: &str) -> Option<Field> {
    let key: String = header
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    Some(match key.as_str() {
        "id" => Field::Id,
        "name" | "responsibility" | "item" => Field::Name,
        "description" => Field::Description,
        "owner" | "accountable" | "owneraccountable" | "ownera" => Field::Owner,
        "facing" | "external" | "externalshare" | "externalfacing" => Field::Facing,
        "size" => Field::Size,
        "responsible" => Field::Role(Role::Responsible),
        "consulted" => Field::Role(Role::Consulted),
        "informed" => Field::Role(Role::Informed),
        "notes" | "note" => Field::Notes,
        _ => return None,
    })
}

/// How an owner is known whatever its letter case and spacing: the one
/// rule for matching titles, and for telling unknown owners apart.
fn owner_key(title: &str) -> String {
    title.trim().to_lowercase()
}

/// Finds executives by short title, full title or id, in any letter case.
struct Titles(HashMap<String, ExecutiveId>);

impl Titles {
    fn of(design: &Design) -> Self {
        let mut map = HashMap::new();
        // Ids first, then full titles, then short titles: a short title
        // wins where two executives share a word.
        for e in &design.executives {
            map.insert(owner_key(&e.id.0), e.id.clone());
        }
        for e in &design.executives {
            map.insert(owner_key(&e.full_title), e.id.clone());
        }
        for e in &design.executives {
            map.insert(owner_key(&e.short_title), e.id.clone());
        }
        map.remove("");
        Self(map)
    }

    fn find(&self, title: &str) -> Holder {
        match self.0.get(&owner_key(title)) {
            Some(id) => Holder::Existing(id.clone()),
            None => Holder::Unknown(title.trim().to_owned()),
        }
    }
}

/// Reads `text` (a CSV file's contents, with or without a byte-order mark)
/// against `design`: what would be created, and what is wrong where.
pub fn preview(text: &str, design: &Design) -> ImportPreview {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = ImportPreview::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => {
            out.errors.push(RowError {
                line: e.position().map_or(1, |p| p.line()),
                why: format!("the header row cannot be read: {}", values::csv_why(&e)),
            });
            return out;
        }
    };
    let mut columns: Vec<Option<Field>> = Vec::with_capacity(header.len());
    for name in &header {
        let known = field(name);
        if known.is_none() && !name.trim().is_empty() {
            out.ignored_columns.push(name.trim().to_owned());
        }
        // The first column of a kind counts; a repeat is ignored.
        if known.is_some() && columns.contains(&known) {
            out.ignored_columns.push(name.trim().to_owned());
            columns.push(None);
        } else {
            columns.push(known);
        }
    }
    if !columns.contains(&Some(Field::Name)) {
        out.errors.push(RowError {
            line: 1,
            why: "the header row has no `name` column; the first row must name the columns, \
                  e.g. name,owner,facing,size,notes"
                .to_owned(),
        });
        return out;
    }
    let titles = Titles::of(design);
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                match read_row(&record, &columns, &titles, line) {
                    Ok(row) => {
                        let holders = row.owner.iter().chain(row.roles.iter().map(|(h, _)| h));
                        for holder in holders {
                            if let Holder::Unknown(title) = holder
                                && !out
                                    .unknown_owners
                                    .iter()
                                    .any(|t| owner_key(t) == owner_key(title))
                            {
                                out.unknown_owners.push(title.clone());
                            }
                        }
                        out.rows.push(row);
                    }
                    Err(why) => out.errors.push(RowError { line, why }),
                }
            }
            Err(e) => {
                out.errors.push(RowError {
                    line: e.position().map_or(line, |p| p.line()),
                    why: values::csv_why(&e),
                });
                // A broken record (bad quoting) spoils what follows.
                break;
            }
        }
    }
    out
}

fn read_row(
    record: &csv::StringRecord,
    columns: &[Option<Field>],
    titles: &Titles,
    line: u64,
) -> Result<ImportRow, String> {
    let cell = |wanted: Field| -> &str {
        columns
            .iter()
            .position(|c| *c == Some(wanted))
            .and_then(|i| record.get(i))
            .unwrap_or("")
    };
    let name = cell(Field::Name).trim().to_owned();
    if name.is_empty() {
        return Err("the name is empty; every responsibility needs one".to_owned());
    }
    let external_share = values::parse_facing(cell(Field::Facing))?;
    let size = values::parse_size(cell(Field::Size))?;
    let owner_text = cell(Field::Owner).trim();
    let owner = (!owner_text.is_empty() && !owner_text.eq_ignore_ascii_case("unassigned"))
        .then(|| titles.find(owner_text));
    let mut roles: Vec<(Holder, Role)> = Vec::new();
    for role in Role::ALL {
        for title in cell(Field::Role(role)).split(';') {
            if title.trim().is_empty() {
                continue;
            }
            let holder = titles.find(title);
            if owner.as_ref() == Some(&holder) {
                return Err(format!(
                    "{} is the owner and also {}; the owner is the one accountable and holds no other role",
                    title.trim(),
                    role.word()
                ));
            }
            if let Some((_, other)) = roles.iter().find(|(h, _)| *h == holder) {
                return Err(format!(
                    "{} is both {} and {}; an executive has one role on a card",
                    title.trim(),
                    other.word(),
                    role.word()
                ));
            }
            roles.push((holder, role));
        }
    }
    let id = Some(cell(Field::Id).trim().to_owned()).filter(|id| !id.is_empty());
    let row = ImportRow {
        line,
        id,
        name,
        description: rules::text_block(cell(Field::Description).to_owned()),
        external_share,
        size,
        owner,
        roles,
        notes: rules::text_block(cell(Field::Notes).to_owned()),
    };
    // The model's own rules, on what the row would become.
    let probe = Responsibility {
        id: ResponsibilityId(row.id.clone().unwrap_or_else(|| "probe".to_owned())),
        name: row.name.clone(),
        description: row.description.clone(),
        external_share,
        size,
        ..Responsibility::default()
    };
    let probe = Responsibility {
        notes: row.notes.clone(),
        ..probe
    };
    rules::check_responsibility(&probe).map_err(|(field, problem)| {
        RuleError {
            subject: Subject::Responsibility {
                index: 0,
                id: row.name.clone(),
            },
            field,
            problem,
        }
        .to_string()
    })?;
    Ok(row)
}

/// Why an import could not be applied.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError(pub String);

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

/// `design` with the preview's rows added (after its own
/// responsibilities), and, when asked, an executive for each unknown
/// owner. Bad rows are left out (the preview lists them). The result meets
/// every rule of the model.
pub fn apply(
    design: &Design,
    preview: &ImportPreview,
    options: &ImportOptions,
) -> Result<Design, ImportError> {
    let mut out = design.clone();
    let mut created: HashMap<String, ExecutiveId> = HashMap::new();
    if options.create_executives && !preview.unknown_owners.is_empty() {
        // The chart as it is, measured once; each new box is added to it.
        let mut geometry = ChartGeometry::of(&out, &Index::of(&out), &estimated_measure);
        for title in &preview.unknown_owners {
            let position = place_new(&out, &geometry, &ReportsTo::NotSet);
            let executive = Executive {
                id: out.fresh_executive_id(title),
                short_title: title.clone(),
                full_title: title.clone(),
                colour: next_colour(&out),
                position,
                ..Executive::default()
            };
            created.insert(owner_key(title), executive.id.clone());
            geometry.add_empty_box(&executive);
            out.executives.push(executive);
        }
    }
    let resolve = |holder: &Holder| -> Option<ExecutiveId> {
        match holder {
            Holder::Existing(id) => Some(id.clone()),
            Holder::Unknown(title) => created.get(&owner_key(title)).cloned(),
        }
    };
    let mut taken: std::collections::HashSet<String> = out
        .responsibilities
        .iter()
        .map(|r| r.id.0.clone())
        .collect();
    for row in &preview.rows {
        let id = match &row.id {
            Some(id) if !taken.contains(id) => ResponsibilityId(id.clone()),
            _ => out.fresh_responsibility_id(&row.name),
        };
        taken.insert(id.0.clone());
        let owner = row.owner.as_ref().and_then(resolve);
        let roles: BTreeMap<ExecutiveId, Role> = row
            .roles
            .iter()
            .filter_map(|(holder, role)| Some((resolve(holder)?, *role)))
            .filter(|(holder, _)| Some(holder) != owner.as_ref())
            .collect();
        out.responsibilities.push(Responsibility {
            id,
            name: row.name.clone(),
            description: row.description.clone(),
            external_share: row.external_share,
            size: row.size,
            owner,
            roles,
            notes: row.notes.clone(),
            deliberate: false,
        });
    }
    rules::normalize(&mut out);
    rules::validate(&out)
        .map_err(|e| ImportError(format!("the imported design is not valid: {e}")))?;
    Ok(out)
}
