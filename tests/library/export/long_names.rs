//! A client's long card names (German compound words, some with roles,
//! some in a box of two columns) are whole in every export: on as many
//! lines of their card as they need in the SVG (so in the PNG and the
//! PDF's chart, drawn from it), nowhere cut with "…", and whole in the PDF
//! chart page's text; an executive whose full title is its short title is
//! named once in the PDF's balance table.

use remit::export::{self, Format, Options, print};
use remit::model::{Design, Executive, ExecutiveId, Position, ReportsTo, Role};
use remit::templates::default_design;
use resvg::usvg::roxmltree;

use super::squeezed;

/// The names from the client's workshop.
const NAMES: [&str; 6] = [
    "Lagerverwaltungssystem (WMS) Betrieb",
    "Mitarbeiter-Arbeitsplätze (Notebooks, Drucker)",
    "Kundenportal Sendungsverfolgung",
    "Robotik & Fördertechnik-Steuerung",
    "KI-Pilot Dokumentenerkennung",
    "Lieferanten-Onboarding",
];

/// The default design with six cards named as the client named them, the
/// first three with a role on them (a chip under the name), the CIO's box
/// in two columns, and a Chief Digital Officer whose titles are the same.
fn workshop() -> Design {
    let mut design = default_design();
    design.executives[0].columns = 2;
    design.executives.push(Executive {
        id: ExecutiveId("cdo".into()),
        short_title: "Chief Digital Officer".into(),
        full_title: "Chief Digital Officer".into(),
        position: Position {
            x: 2400.0,
            y: 144.0,
        },
        reports_to: ReportsTo::Ceo,
        ..Executive::default()
    });
    let other = design.executives[1].id.clone();
    let owned: Vec<usize> = (0..design.responsibilities.len())
        .filter(|&i| design.responsibilities[i].owner.is_some())
        .collect();
    // Spread over the executives: every third owned card.
    for (k, name) in NAMES.iter().enumerate() {
        let item = &mut design.responsibilities[owned[k * 3]];
        item.name = (*name).to_owned();
        item.roles.clear();
        if k < 3 && item.owner.as_ref() != Some(&other) {
            item.roles.insert(other.clone(), Role::Consulted);
        }
    }
    remit::model::rules::validate(&design).expect("the workshop is valid");
    design
}

/// Whether `lines`, in order, are `name` with only white space left out
/// between them.
fn whole(lines: &[&str], name: &str) -> bool {
    let mut rest = name;
    for line in lines {
        rest = rest.trim_start();
        match rest.strip_prefix(line) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.trim().is_empty()
}

#[test]
fn long_names_are_whole_on_their_cards_in_the_svg() {
    let design = workshop();
    let svg = String::from_utf8(export::render(&design, Format::Svg, &Options::default()).unwrap())
        .unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let mut several = 0;
    for name in NAMES {
        let card = doc
            .descendants()
            .find(|n| {
                n.attribute("class") == Some("card")
                    && n.children()
                        .any(|t| t.has_tag_name("title") && t.text() == Some(name))
            })
            .unwrap_or_else(|| panic!("no card for {name}"));
        let lines: Vec<&str> = card
            .children()
            .filter(|n| n.attribute("class") == Some("name"))
            .filter_map(|n| n.text())
            .collect();
        assert!(whole(&lines, name), "{name} is drawn as {lines:?}");
        several += usize::from(lines.len() > 1);
        // Each line below the one before it, all above the card's bottom
        // (and above its chips, when it has a role).
        let number = |n: roxmltree::Node<'_, '_>, a: &str| -> f32 {
            n.attribute(a).unwrap().parse().unwrap()
        };
        let rect = card.children().find(|n| n.has_tag_name("rect")).unwrap();
        let bottom = number(rect, "y") + number(rect, "height");
        let chips = card
            .children()
            .filter(|n| n.attribute("class") == Some("chip"))
            .map(|n| number(n, "y") - 11.5)
            .fold(bottom, f32::min);
        let baselines: Vec<f32> = card
            .children()
            .filter(|n| n.attribute("class") == Some("name"))
            .map(|n| number(n, "y"))
            .collect();
        assert!(baselines.windows(2).all(|w| w[1] > w[0]), "{baselines:?}");
        let last = baselines.last().copied().unwrap();
        assert!(
            last + 3.0 < chips,
            "{name}: a line at {last}, room to {chips}"
        );
    }
    assert!(several >= 4, "the long names take more than one line");
    assert!(!svg.contains('…'), "nothing is cut short");
}

#[test]
fn long_names_are_whole_on_the_pdf_chart_page() {
    let design = workshop();
    let bytes = export::render(&design, Format::Pdf, &Options::default()).expect("a PDF");
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("the PDF's text");
    let chart_pages = print::printed(&design).plan.parts.len();
    let chart: String = pages[..chart_pages].iter().map(|p| squeezed(p)).collect();
    for name in NAMES {
        assert!(chart.contains(&squeezed(name)), "{name} on the chart page");
    }
    assert!(!chart.contains('…'), "nothing on the chart is cut short");
    // The tables name the Chief Digital Officer once.
    let tables: String = pages[chart_pages..].iter().map(|p| squeezed(p)).collect();
    assert!(tables.contains("ChiefDigitalOfficer"));
    assert!(
        !tables.contains("ChiefDigitalOfficer(ChiefDigitalOfficer)"),
        "the same title twice"
    );
}
