//! The exports and the CSV import, checked by content: the SVG names every
//! card and executive with the balance panel's percentages and draws one
//! connector per line; the PNG has the requested size and the executives'
//! colours where their boxes are; the PDF's text holds the ownership table
//! and the findings; CSV and Markdown say exactly what the design says;
//! CSV import gives back what CSV export wrote, and names bad rows by
//! line; `remit export` and `remit import` as a script runs them.

mod cli;
mod csv_import;
mod handout_fit;
mod handout_pages;
mod long_names;
mod people;
mod pictures;
mod png_bands;
mod slide_pictures;
mod text;
mod writing;

use remit::model::{
    Ceo, Design, DottedLine, Executive, ExecutiveId, Position, ReportsTo, Rgb, Role,
};
use remit::templates::default_design;

/// The default design with a CEO box, a CISO under the CIO with a dotted
/// line to the CTO, a role on a card and a card in the tray.
pub fn sample() -> Design {
    let mut design = default_design();
    design.name = "Acme & Co <2027>".into();
    design.ceo = Some(Ceo {
        title: "CEO".into(),
        name: "Ada Lovelace".into(),
        position: Position { x: 300.0, y: 24.0 },
    });
    for e in &mut design.executives {
        e.reports_to = ReportsTo::Ceo;
    }
    design.executives.push(Executive {
        id: ExecutiveId("ciso".into()),
        short_title: "CISO".into(),
        full_title: "Chief Information Security Officer".into(),
        colour: Rgb(0x3a, 0x8f, 0x5c),
        position: Position {
            x: 1000.0,
            y: 144.0,
        },
        reports_to: ReportsTo::Executive(ExecutiveId("cio".into())),
        ..Executive::default()
    });
    design.dotted_lines.push(DottedLine {
        from: ExecutiveId("ciso".into()),
        to: ExecutiveId("cto".into()),
    });
    let security = design
        .responsibilities
        .iter_mut()
        .find(|r| r.id.0 == "security")
        .expect("security");
    security.owner = Some(ExecutiveId("ciso".into()));
    security.roles.clear();
    security
        .roles
        .insert(ExecutiveId("cto".into()), Role::Consulted);
    security.notes = "Moved to the CISO in 2027, \"with\" a comma, and a line\nbreak.".into();
    if let Some(last) = design.responsibilities.last_mut() {
        last.owner = None;
        last.roles.clear();
    }
    remit::model::rules::validate(&design).expect("the sample is valid");
    design
}

/// Text with all white space taken out: PDF text extraction puts spaces
/// between glyphs as it pleases.
pub fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
