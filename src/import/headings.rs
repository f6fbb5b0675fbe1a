//! The words of a spreadsheet's headings: which use each suggests
//! ([`guess`]), and what size unit a size column's heading gives the
//! design ([`unit_of`]). A heading is compared by its key
//! ([`header_key`]): lower case, without a bracketed part such as `(EUR k)`
//! or `(DE)`, without spaces and punctuation; English and German words.
//! A heading the words do not know but that says `extern` somewhere
//! (`Anteil extern in %`) is taken for the facing, after every other word
//! for it.

use crate::model::Role;

/// The uses a column can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The card's id.
    Id,
    /// The card's name.
    Name,
    /// What the card covers.
    Description,
    /// The executive accountable.
    Owner,
    /// The person in the owner's role (`Owner name`).
    Person,
    /// Internal or external facing.
    Facing,
    /// How big.
    Size,
    /// Executives with a role on the card.
    Role(Role),
    /// Notes.
    Notes,
    /// Placed with its owner on purpose.
    Deliberate,
    /// The kind of work (security, data, infrastructure…).
    Kind,
}

impl Field {
    /// The uses the preview offers a choice of column for, in its order.
    pub const CHOSEN_IN_PREVIEW: [Field; 8] = [
        Field::Name,
        Field::Owner,
        Field::Person,
        Field::Facing,
        Field::Size,
        Field::Kind,
        Field::Description,
        Field::Notes,
    ];

    /// Every use.
    pub const ALL: [Field; 13] = [
        Field::Name,
        Field::Owner,
        Field::Person,
        Field::Facing,
        Field::Size,
        Field::Kind,
        Field::Description,
        Field::Notes,
        Field::Id,
        Field::Role(Role::Responsible),
        Field::Role(Role::Consulted),
        Field::Role(Role::Informed),
        Field::Deliberate,
    ];

    /// The word for it on the command line and in messages.
    pub fn word(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::Description => "description",
            Field::Owner => "owner",
            Field::Person => "person",
            Field::Facing => "facing",
            Field::Size => "size",
            Field::Role(Role::Responsible) => "responsible",
            Field::Role(Role::Consulted) => "consulted",
            Field::Role(Role::Informed) => "informed",
            Field::Notes => "notes",
            Field::Deliberate => "deliberate",
            Field::Kind => "kind",
        }
    }

    /// The use a word names (see [`Field::word`]).
    pub fn from_word(word: &str) -> Option<Field> {
        let word = word.trim().to_lowercase();
        Field::ALL.into_iter().find(|f| f.word() == word)
    }

    /// How the preview labels the choice of its column.
    pub fn label(self) -> &'static str {
        match self {
            Field::Id => "Id",
            Field::Name => "Name",
            Field::Description => "Description",
            Field::Owner => "Owner",
            Field::Person => "Person",
            Field::Facing => "Facing",
            Field::Size => "Size",
            Field::Role(Role::Responsible) => "Responsible",
            Field::Role(Role::Consulted) => "Consulted",
            Field::Role(Role::Informed) => "Informed",
            Field::Notes => "Notes",
            Field::Deliberate => "Deliberate",
            Field::Kind => "Kind of work",
        }
    }
}

/// A header as it is compared: lower case, letters and digits only, a
/// bracketed part left out (unless that is all there is).
pub fn header_key(header: &str) -> String {
    let keep = |text: &str| -> String {
        text.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let mut outside = String::with_capacity(header.len());
    let mut depth = 0usize;
    for c in header.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let key = keep(&outside);
    if key.is_empty() { keep(header) } else { key }
}

/// The use a header's words suggest, with its rank (0 is the plainest
/// word for it; see the module's notes).
pub fn guess(header: &str) -> Option<(Field, u8)> {
    use Field::{Deliberate, Description, Facing, Id, Kind, Name, Notes, Owner, Person, Size};
    let key = header_key(header);
    Some(match key.as_str() {
        "id" | "cardid" => (Id, 0),
        "name" | "responsibility" | "responsibilities" => (Name, 0),
        "item"
        | "area"
        | "systemname"
        | "bezeichnung"
        | "zuständigkeit"
        | "verantwortung"
        | "verantwortungsbereich"
        | "aufgabenbereich" => (Name, 1),
        "function" | "capability" | "service" | "aufgabe" | "bereich" | "funktion" => (Name, 2),
        "system" | "application" | "topic" | "thema" | "anwendung" | "leistung" => (Name, 3),
        "owner"
        | "accountable"
        | "owneraccountable"
        | "ownera"
        | "ownedby"
        | "accountableexecutive"
        | "responsibleexecutive"
        | "verantwortlich"
        | "verantwortlicher"
        | "verantwortliche"
        | "rechenschaftspflichtig" => (Owner, 0),
        "executive" | "lead" | "leader" | "zuständig" | "leitung" | "eigentümer" => (Owner, 1),
        "person"
        | "ownername"
        | "nameofowner"
        | "personinrole"
        | "roleholder"
        | "verantwortlicheperson"
        | "ansprechpartner"
        | "ansprechperson"
        | "stelleninhaber" => (Person, 0),
        "leadname"
        | "leadername"
        | "executivename"
        | "personname"
        | "ownerperson"
        | "holder"
        | "inhaber"
        | "leitername"
        | "nameverantwortlicher" => (Person, 1),
        "facing" | "external" | "externalshare" | "externalfacing" | "externeranteil"
        | "externanteil" => (Facing, 0),
        "extshare"
        | "externalpercent"
        | "customerfacingshare"
        | "extern"
        | "kundenanteil"
        | "anteilextern" => (Facing, 1),
        "ext" | "customerfacing" | "customershare" | "kundennah" | "außenwirkung"
        | "kundenbezug" => (Facing, 2),
        "size" | "größe" | "groesse" => (Size, 0),
        "headcount"
        | "fte"
        | "ftes"
        | "kopfzahl"
        | "vzä"
        | "vollzeitäquivalente"
        | "vollzeitstellen"
        | "stellen" => (Size, 1),
        "hc" | "people" | "teamsize" | "staff" | "mitarbeiter" | "mitarbeitende" | "teamgröße"
        | "personal" | "köpfe" => (Size, 2),
        "team" | "heads" => (Size, 3),
        "budget" => (Size, 4),
        "cost" | "costs" | "spend" | "kosten" => (Size, 5),
        "description" | "beschreibung" => (Description, 0),
        "details" | "scope" | "whatitcovers" | "umfang" | "inhalt" => (Description, 1),
        "summary" | "zusammenfassung" => (Description, 2),
        "type" | "typ" => (Description, 5),
        "kind" | "kindofwork" | "workkind" | "typeofwork" | "worktype" | "arbeitsart"
        | "artderarbeit" | "artderaufgabe" => (Kind, 0),
        "category" | "kategorie" | "art" | "workcategory" => (Kind, 1),
        "notes" | "note" | "comments" | "comment" | "remarks" | "remark" | "kommentar"
        | "kommentare" | "bemerkung" | "bemerkungen" | "anmerkung" | "anmerkungen" | "notizen" => {
            (Notes, 0)
        }
        "hinweis" | "hinweise" => (Notes, 1),
        "responsible" => (Field::Role(Role::Responsible), 0),
        "consulted" => (Field::Role(Role::Consulted), 0),
        "informed" => (Field::Role(Role::Informed), 0),
        "deliberate" | "placedhereonpurpose" | "onpurpose" => (Deliberate, 0),
        _ if key.contains("extern") => (Facing, 6),
        _ => return None,
    })
}

/// What the size unit of a design becomes when sizes come from a column
/// with this header: `None` for a plain `Size`.
pub fn unit_of(header: &str) -> Option<String> {
    let key = header_key(header);
    let unit = match key.as_str() {
        "size" | "größe" | "groesse" | "" => return None,
        "headcount" | "hc" | "kopfzahl" | "köpfe" | "heads" => "headcount".to_owned(),
        "fte" | "ftes" | "vzä" | "vollzeitäquivalente" | "vollzeitstellen" => "FTE".to_owned(),
        "people" | "teamsize" | "team" | "staff" | "mitarbeiter" | "mitarbeitende"
        | "teamgröße" | "personal" | "stellen" => "people".to_owned(),
        _ => {
            // The header as the client wrote it ("Budget (EUR k)" is
            // "budget (EUR k)"), a capital kept where the word is an
            // acronym.
            let header = header.trim();
            let mut chars = header.chars();
            let first = chars.next()?;
            let second_lower = chars.next().is_none_or(char::is_lowercase);
            if first.is_uppercase() && second_lower {
                first.to_lowercase().chain(header.chars().skip(1)).collect()
            } else {
                header.to_owned()
            }
        }
    };
    Some(super::text::clip(&unit, 40).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn headers_are_compared_without_case_spaces_punctuation_or_brackets() {
        assert_eq!(header_key(" Budget (EUR k) "), "budget");
        assert_eq!(header_key("Customer facing?"), "customerfacing");
        assert_eq!(header_key("Ext. share"), "extshare");
        assert_eq!(header_key("(DE)"), "de");
        assert_eq!(header_key("Teamgröße"), "teamgröße");
        assert_eq!(guess("Verantwortlich"), Some((Field::Owner, 0)));
        assert_eq!(guess("FTE"), Some((Field::Size, 1)));
        assert_eq!(guess("Team size"), Some((Field::Size, 2)));
        assert_eq!(guess("Regulation"), None);
    }

    #[test]
    fn the_person_in_the_role_has_a_column_of_its_own() {
        for header in [
            "Person",
            "Owner name",
            "OwnerName",
            "Lead name",
            "Name of owner",
            "Holder",
            "Role holder",
            "Person in role",
            "Verantwortliche Person",
            "Ansprechpartner",
            "Ansprechperson",
            "Inhaber",
            "Stelleninhaber",
            "Leiter Name",
        ] {
            assert!(
                matches!(guess(header), Some((Field::Person, _))),
                "{header}: {:?}",
                guess(header)
            );
        }
        // A name alone is still the card's, people are still a size.
        assert_eq!(guess("Name"), Some((Field::Name, 0)));
        assert_eq!(guess("Owner"), Some((Field::Owner, 0)));
        assert_eq!(guess("People"), Some((Field::Size, 2)));
        assert_eq!(Field::from_word("Person"), Some(Field::Person));
    }

    #[test]
    fn the_kind_of_work_has_a_column_of_its_own() {
        for header in [
            "Kind",
            "Type of work",
            "Work type",
            "Kind of work",
            "Category",
            "Kategorie",
            "Art",
            "Arbeitsart",
        ] {
            assert!(
                matches!(guess(header), Some((Field::Kind, _))),
                "{header}: {:?}",
                guess(header)
            );
        }
        assert_eq!(Field::from_word("kind"), Some(Field::Kind));
    }

    #[test]
    fn any_heading_that_says_extern_is_the_facing_last_of_all() {
        for (header, rank) in [
            ("Extern-Anteil", 0),
            ("Anteil extern", 1),
            ("External %", 0),
            ("Ext. share", 1),
            ("Anteil Externe Kunden", 6),
            ("Externally visible?", 6),
        ] {
            assert_eq!(guess(header), Some((Field::Facing, rank)), "{header}");
        }
    }

    #[test]
    fn size_units_come_from_the_header() {
        assert_eq!(unit_of("Headcount").as_deref(), Some("headcount"));
        assert_eq!(unit_of("FTE").as_deref(), Some("FTE"));
        assert_eq!(unit_of("Team size").as_deref(), Some("people"));
        assert_eq!(unit_of("Budget (EUR k)").as_deref(), Some("budget (EUR k)"));
        assert_eq!(unit_of("Cost").as_deref(), Some("cost"));
        assert_eq!(unit_of("Size"), None);
        assert_eq!(unit_of(" "), None);
    }

    proptest! {
        #[test]
        fn a_header_is_guessed_the_same_whatever_its_case_and_punctuation(
            word in prop::sample::select(vec![
                "Headcount", "FTE", "Owner", "Accountable", "Customer facing",
                "Notes", "Comments", "Verantwortlich", "Bezeichnung", "Team size",
            ]),
            upper in any::<bool>(),
            pad in "[ .:?*_-]{0,3}",
        ) {
            let written = if upper { word.to_uppercase() } else { word.to_lowercase() };
            let written = format!("{pad}{written}{pad}");
            prop_assert_eq!(guess(&written), guess(word));
            prop_assert!(guess(word).is_some());
        }

    }
}
