//! Import: the ownership CSV export imports back to the same
//! responsibilities, for random designs whose executives share titles
//! (small alphabets, so clashes happen), whose titles hold `;`, and whose
//! names and notes hold `;`, quotes, a leading `=` or `'`, outer spaces and
//! other scripts; and no exported cell starts as a spreadsheet formula.

use std::collections::BTreeMap;

use proptest::prelude::*;
use remit::export::{self, Format, Options};
use remit::import::{self, ImportOptions};
use remit::model::rules;
use remit::model::{
    Design, Executive, ExecutiveId, Responsibility, ResponsibilityId, Role, WorkKind,
};

fn csv_of(design: &Design) -> String {
    String::from_utf8(export::render(design, Format::Csv, &Options::default()).unwrap()).unwrap()
}

fn title() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "CIO",
        "cio",
        "CTO",
        "A;B",
        "A",
        "B",
        "A; B",
        ";",
        "Unassigned",
        " CIO ",
        "=SUM(1)",
        "'A",
        "Ä",
        "ä",
        "店舗",
        "",
        "e1",
    ])
    .prop_map(str::to_owned)
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-zé;\"'=@+ 店-]{1,14}"
}

fn text_block() -> impl Strategy<Value = String> {
    "[a-z;\"'=@+ \n\t-]{0,20}"
}

prop_compose! {
    fn executives()(titles in prop::collection::vec((title(), title()), 1..6)) -> Vec<Executive> {
        titles
            .into_iter()
            .enumerate()
            .map(|(k, (short_title, full_title))| Executive {
                id: ExecutiveId(format!("e{k}")),
                short_title,
                full_title,
                ..Executive::default()
            })
            .collect()
    }
}

prop_compose! {
    fn design()(executives in executives())(
        cards in prop::collection::vec(
            (
                name(),
                text_block(),
                text_block(),
                0u32..=10_000,
                1u32..=10_000_000,
                0..=executives.len(),
                prop::collection::vec((0..executives.len(), 0usize..3), 0..4),
                any::<bool>(),
                prop::sample::select(vec!["card-", "=", " ", "'", "Ü", "a;b "]),
                prop::sample::select(WorkKind::ALL.to_vec()),
            ),
            0..20,
        ),
        executives in Just(executives),
    ) -> Design {
        let mut design = Design { executives, ..Design::empty("round trip") };
        for (k, (name, description, notes, share, size, owner, roles, deliberate, prefix, kind)) in
            cards.into_iter().enumerate()
        {
            let owner = design.executives.get(owner).map(|e| e.id.clone());
            let mut held = BTreeMap::new();
            for (holder, role) in roles {
                let id = design.executives[holder].id.clone();
                if Some(&id) != owner.as_ref() {
                    held.insert(id, Role::ALL[role]);
                }
            }
            design.responsibilities.push(Responsibility {
                id: ResponsibilityId(format!("{prefix}{k}")),
                name,
                description,
                external_share: f64::from(share) / 10_000.0,
                size: f64::from(size) / 10_000.0,
                owner,
                roles: held,
                notes,
                deliberate,
                kind,
            }.into());
        }
        rules::normalize(&mut design);
        design
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn the_ownership_csv_imports_back_to_the_same_responsibilities(design in design()) {
        prop_assert!(rules::validate(&design).is_ok(), "{:?}", rules::validate(&design));
        let text = csv_of(&design);
        let mut base = design.clone();
        base.responsibilities.clear();
        let preview = import::preview(&text, &base);
        prop_assert_eq!(&preview.errors, &[], "{}", text);
        prop_assert!(preview.unknown_owners.is_empty(), "{:?}\n{}", preview.unknown_owners, text);
        let back = import::apply(&base, &preview, &ImportOptions::default()).unwrap();
        prop_assert_eq!(&back.responsibilities, &design.responsibilities, "{}", text);

        // No cell of either table starts as a formula.
        for table in [text, String::from_utf8(export::render(&design, Format::Csv, &Options { csv_table: export::CsvTable::Matrix, ..Options::default() }).unwrap()).unwrap()] {
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(table.trim_start_matches('\u{feff}').as_bytes());
            for record in reader.records() {
                for cell in record.unwrap().iter() {
                    prop_assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{:?}", cell
                    );
                }
            }
        }
    }

    #[test]
    fn neutralising_a_cell_is_undone_for_every_string(text in any::<String>()) {
        use remit::import::text::{from_cell, to_cell};
        let cell = to_cell(&text);
        prop_assert_eq!(from_cell(&cell), text.as_str());
    }
}
