//! Import: owners and role holders. A title that several executives answer
//! to is a row error naming them (never a guess); a role cell is tried
//! whole as one title before it is split at `;`; "Unassigned" is the tray
//! only when no executive is called so; owners not on the chart are listed
//! with the lines that name them, and what happens to their cards and
//! roles is said; `--create-executives` makes each one once and refuses a
//! title that cannot be one on the line where it is written.

use remit::import::{self, Holder, ImportOptions};
use remit::model::{Design, Executive, ExecutiveId, Role};

fn exec(id: &str, short: &str, full: &str) -> Executive {
    Executive {
        id: ExecutiveId(id.into()),
        short_title: short.into(),
        full_title: full.into(),
        ..Executive::default()
    }
}

fn design(executives: Vec<Executive>) -> Design {
    Design {
        executives,
        ..Design::empty("t")
    }
}

fn existing(id: &str) -> Holder {
    Holder::Existing(ExecutiveId(id.into()))
}

#[test]
fn an_owner_two_executives_answer_to_is_a_row_error_naming_both() {
    let d = design(vec![
        exec("cio", "CIO", "Chief Information Officer"),
        exec("cino", "CIO", "Chief Innovation Officer"),
    ]);
    let text = "name,owner\nA,cio\nB,CIO\nC,Chief Innovation Officer\n";
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors.len(), 1, "{:?}", preview.errors);
    assert_eq!(preview.errors[0].line, 3);
    let why = &preview.errors[0].why;
    assert!(
        why.contains("Chief Information Officer") && why.contains("Chief Innovation Officer"),
        "{why}"
    );
    // An exact id names its executive; so does a full title only one has.
    let owners: Vec<Option<Holder>> = preview.rows.iter().map(|r| r.owner.clone()).collect();
    assert_eq!(owners, [Some(existing("cio")), Some(existing("cino"))]);
    // The same for a role holder.
    let preview = import::preview("name,consulted\nA,CIO\n", &d);
    assert_eq!(preview.errors.len(), 1);
    assert!(
        preview.errors[0].why.contains("could be any of"),
        "{}",
        preview.errors[0].why
    );
}

#[test]
fn a_role_cell_is_one_title_before_it_is_a_list() {
    let d = design(vec![
        exec("rd", "R&D; Ops", ""),
        exec("xy", "X; Y", ""),
        exec("cio", "CIO", ""),
        exec("cto", "CTO", ""),
    ]);
    let text = "name,owner,responsible,informed\nA,CTO,R&D; Ops,CIO; X;; Y\n";
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    assert_eq!(
        preview.rows[0].roles,
        [
            (existing("rd"), Role::Responsible),
            (existing("cio"), Role::Informed),
            (existing("xy"), Role::Informed),
        ]
    );
}

#[test]
fn unassigned_is_the_tray_unless_an_executive_is_called_so() {
    let text = "name,owner\nA,Unassigned\nB,unassigned\n";
    let preview = import::preview(text, &design(vec![exec("cio", "CIO", "")]));
    assert_eq!(preview.rows[0].owner, None);
    assert_eq!(preview.rows[1].owner, None);
    assert!(preview.unknown_owners.is_empty());
    let d = design(vec![exec("u", "Unassigned", "Unassigned desk")]);
    let preview = import::preview(text, &d);
    assert_eq!(preview.rows[0].owner, Some(existing("u")));
}

#[test]
fn unknown_owners_are_listed_with_their_lines_and_dropped_roles_are_said() {
    let d = design(vec![exec("cio", "CIO", "")]);
    let text = "name,owner,consulted,informed\n\
                A,Marketing,,\n\
                B,CIO,Legal,\n\
                C,CIO,marketing,Legal; Audit\n";
    let preview = import::preview(text, &d);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.unknown_titles(), ["Marketing", "Legal", "Audit"]);
    let legal = &preview.unknown_owners[1];
    assert_eq!(
        (
            legal.line,
            legal.owner_lines.clone(),
            legal.role_lines.clone()
        ),
        (3, vec![], vec![3, 4])
    );
    let said = preview.without_executives().unwrap();
    assert_eq!(
        said,
        "1 card goes to the tray (line 2); 4 roles are dropped (lines 3 and 4)"
    );
    // Without creating them, the roles are indeed gone and the card is in
    // the tray; with, each is one executive holding what the file says.
    let plain = import::apply(&d, &preview, &ImportOptions::default()).unwrap();
    assert_eq!(plain.responsibilities[0].owner, None);
    assert!(plain.responsibilities[2].roles.is_empty());
    let made = import::apply(
        &d,
        &preview,
        &ImportOptions {
            create_executives: true,
            ..ImportOptions::default()
        },
    )
    .unwrap();
    assert_eq!(made.executives.len(), 4);
    assert_eq!(made.responsibilities[2].roles.len(), 3);
}

#[test]
fn an_owner_that_cannot_be_a_title_is_refused_on_its_line_as_written() {
    let d = design(vec![]);
    let long = "Q".repeat(300);
    let text = format!("name,owner\nA,Fine\nB,\"Two\nlines\"\nC,{long}\n");
    let preview = import::preview(&text, &d);
    let lines: Vec<u64> = preview.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 5], "{:?}", preview.errors);
    assert!(
        preview.errors[0].why.contains("\"Two\\nlines\""),
        "{}",
        preview.errors[0].why
    );
    assert!(
        preview.errors[1].why.contains("300 characters"),
        "{}",
        preview.errors[1].why
    );
    assert!(
        preview.errors[1].why.len() < 300,
        "{}",
        preview.errors[1].why
    );
    // Nothing blames an id the user never wrote.
    assert!(
        preview
            .errors
            .iter()
            .all(|e| !e.why.contains("executive \""))
    );
}

#[test]
fn created_executives_get_distinct_ids_colours_and_places_that_do_not_overlap() {
    let d = remit::templates::default_design();
    let mut text = String::from("name,owner\n");
    for k in 0..30 {
        text.push_str(&format!("Card {k},Unit {}\n", k % 15));
    }
    text.push_str("Odd,店舗システム本部\nOdd two,店舗システム\n");
    let preview = import::preview(&text, &d);
    let made = import::apply(
        &d,
        &preview,
        &ImportOptions {
            create_executives: true,
            ..ImportOptions::default()
        },
    )
    .unwrap();
    let new = &made.executives[d.executives.len()..];
    assert_eq!(new.len(), 17);
    assert_eq!(new[15].id.as_str(), "executive");
    assert_eq!(new[16].id.as_str(), "executive-2");
    let geometry = remit::chart::ChartGeometry::of(
        &made,
        &remit::model::Index::of(&made),
        &remit::chart::estimated_measure,
    );
    assert_eq!(remit::chart::tidy::overlaps(&geometry), None);
}
