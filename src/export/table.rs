//! The ownership table as plain rows of text: for each responsibility, its
//! owner, who is Responsible, Consulted and Informed, its facing and size.
//! The CSV, the Markdown summary and the PDF handout all show these rows,
//! so they cannot disagree. Executives are named by short title (their id
//! when the title is blank).

use crate::model::rules;
use crate::model::{Design, Executive, ExecutiveId, Facing, Index, Responsibility, Role};

/// What the tray is called where an owner would be named.
pub const UNASSIGNED: &str = "Unassigned";

/// One responsibility, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// The owner's short title, or empty for the tray.
    pub owner: String,
    /// Short titles of those Responsible, in the order of their ids.
    pub responsible: Vec<String>,
    /// … Consulted.
    pub consulted: Vec<String>,
    /// … Informed.
    pub informed: Vec<String>,
    /// The external share as a number from 0 to 1, to at most 4 places
    /// (`0.15`, `1`): exact, so an import gives the same share back.
    pub facing: String,
    /// The external share as a whole percentage (`15%`), for people.
    pub facing_percent: String,
    /// "internal", "mixed" or "external".
    pub facing_word: &'static str,
    /// The size, as written in the file (`40`, `2.5`, `0.0001`).
    pub size: String,
    /// The notes.
    pub notes: String,
}

/// How an executive is named in a table: its short title, or its id when
/// the title is blank.
pub fn title(executive: &Executive) -> &str {
    if executive.short_title.trim().is_empty() {
        executive.id.as_str()
    } else {
        &executive.short_title
    }
}

/// An executive as a table's row names it: "CIO (Chief Information
/// Officer, Karsten Möller)", the person left out when not said, and the
/// full title when it is blank or says no more than the short title
/// ("Chief Digital Officer", not "Chief Digital Officer (Chief Digital
/// Officer)").
pub fn described(executive: &Executive) -> String {
    let short = title(executive);
    let full = executive.full_title.trim();
    let same = full.is_empty() || full.to_lowercase() == short.trim().to_lowercase();
    let more: Vec<&str> = [(!same).then_some(full), Some(executive.person.trim())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    if more.is_empty() {
        short.to_owned()
    } else {
        format!("{short} ({})", more.join(", "))
    }
}

/// The executive with `id` as named in a table.
pub fn title_of<'a>(design: &'a Design, index: &Index, id: &'a ExecutiveId) -> &'a str {
    index.executive_in(design, id).map_or(id.as_str(), title)
}

/// A number with at most `decimals` places and no trailing zeros, exactly
/// Decimal places of a share and a size in the tables: as many as the
/// model keeps ([`rules::SHARE_DECIMALS`], [`rules::SIZE_DECIMALS`]), so
/// what is exported imports back to the same value.
#[allow(clippy::cast_sign_loss, reason = "small positive constants")]
const SHARE_PLACES: usize = rules::SHARE_DECIMALS as usize;
#[allow(clippy::cast_sign_loss, reason = "small positive constants")]
const SIZE_PLACES: usize = rules::SIZE_DECIMALS as usize;

/// as the file format keeps it (`0.15`, `40`, `0.0001`).
pub fn exact(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if !text.contains('.') {
        return text;
    }
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// The row of one responsibility.
pub fn row(design: &Design, index: &Index, item: &Responsibility) -> Row {
    let named = |role: Role| -> Vec<String> {
        item.roles
            .iter()
            .filter(|(_, r)| **r == role)
            .map(|(id, _)| title_of(design, index, id).to_owned())
            .collect()
    };
    Row {
        id: item.id.0.clone(),
        name: item.name.clone(),
        description: item.description.clone(),
        owner: item
            .owner
            .as_ref()
            .map(|o| title_of(design, index, o).to_owned())
            .unwrap_or_default(),
        responsible: named(Role::Responsible),
        consulted: named(Role::Consulted),
        informed: named(Role::Informed),
        facing: exact(item.external_share, SHARE_PLACES),
        facing_percent: format!("{:.0}%", item.external_share * 100.0),
        facing_word: Facing::of_share(item.external_share).word(),
        size: exact(item.size, SIZE_PLACES),
        notes: item.notes.clone(),
    }
}

/// Every responsibility's row, in the design's order.
pub fn rows(design: &Design) -> Vec<Row> {
    let index = Index::of(design);
    design
        .responsibilities
        .iter()
        .map(|item| row(design, &index, item))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_exactly_and_briefly() {
        assert_eq!(exact(0.15, 4), "0.15");
        assert_eq!(exact(1.0, 4), "1");
        assert_eq!(exact(0.0, 4), "0");
        assert_eq!(exact(0.0001, 4), "0.0001");
        assert_eq!(exact(1e9, 4), "1000000000");
        assert_eq!(exact(12.3456, 4), "12.3456");
    }

    #[test]
    fn rows_name_owners_and_roles_by_title() {
        let design = crate::templates::default_design();
        let rows = rows(&design);
        assert_eq!(rows.len(), design.responsibilities.len());
        let with_roles = design
            .responsibilities
            .iter()
            .position(|r| !r.roles.is_empty());
        if let Some(i) = with_roles {
            let named =
                rows[i].responsible.len() + rows[i].consulted.len() + rows[i].informed.len();
            assert_eq!(named, design.responsibilities[i].roles.len());
        }
        for (row, item) in rows.iter().zip(&design.responsibilities) {
            assert_eq!(row.name, item.name);
            assert_eq!(row.facing.parse::<f64>().ok(), Some(item.external_share));
        }
    }

    #[test]
    fn an_executive_is_named_once_when_its_titles_say_the_same() {
        let mut e = Executive {
            short_title: "CIO".into(),
            full_title: "Chief Information Officer".into(),
            ..Executive::default()
        };
        assert_eq!(described(&e), "CIO (Chief Information Officer)");
        e.person = "Karsten Möller".into();
        assert_eq!(
            described(&e),
            "CIO (Chief Information Officer, Karsten Möller)"
        );
        e.short_title = "Chief Digital Officer".into();
        e.full_title = "Chief Digital Officer".into();
        assert_eq!(described(&e), "Chief Digital Officer (Karsten Möller)");
        e.person.clear();
        assert_eq!(described(&e), "Chief Digital Officer");
        e.full_title = " chief digital officer ".into();
        assert_eq!(described(&e), "Chief Digital Officer");
        e.full_title.clear();
        assert_eq!(described(&e), "Chief Digital Officer");
    }
}
