//! Ready-made designs: the default design the app opens on, and the worked
//! examples shipped under `assets/examples/` (each built from the catalog so
//! the files and the code cannot drift apart; a test checks that).

use super::catalog::{CATALOG, UsualOwner};
use super::design::{Design, Executive, ExecutiveId, Position, Rgb};

/// How far apart the templates place their boxes, left edge to left edge, in
/// points: room for a box of the canvas's width and a gap.
pub const COLUMN_SPACING: f32 = 324.0;
/// The margin before the first box.
const MARGIN: f32 = 24.0;

/// A template: a file name under `assets/examples/` and how to build it.
pub struct Template {
    /// File stem, e.g. `"traditional-split"`.
    pub file_stem: &'static str,
    /// Menu label.
    pub title: &'static str,
    /// Builds the design.
    pub build: fn() -> Design,
}

/// Every shipped template, the default first.
pub const TEMPLATES: &[Template] = &[
    Template {
        file_stem: "traditional-split",
        title: "Traditional split (CIO and CTO as peers)",
        build: default_design,
    },
    Template {
        file_stem: "product-company",
        title: "Product company (CTO senior, head of IT beside)",
        build: product_company,
    },
    Template {
        file_stem: "cto-over-infrastructure",
        title: "CTO over infrastructure and architecture",
        build: cto_over_infrastructure,
    },
    Template {
        file_stem: "single-executive",
        title: "Single technology executive",
        build: single_executive,
    },
];

fn column(n: usize) -> Position {
    Position {
        x: MARGIN + n as f32 * COLUMN_SPACING,
        y: MARGIN,
    }
}

fn executive(id: &str, short: &str, full: &str, colour: Rgb, col: usize) -> Executive {
    Executive {
        id: ExecutiveId(id.to_owned()),
        short_title: short.to_owned(),
        full_title: full.to_owned(),
        colour,
        position: column(col),
    }
}

const CIO_BLUE: Rgb = Rgb(0x2f, 0x6f, 0xb5);
const CTO_ORANGE: Rgb = Rgb(0xd9, 0x7a, 0x1f);
const CISO_GREEN: Rgb = Rgb(0x3a, 0x8f, 0x5c);

fn cio() -> Executive {
    executive("cio", "CIO", "Chief Information Officer", CIO_BLUE, 0)
}

fn cto() -> Executive {
    executive("cto", "CTO", "Chief Technology Officer", CTO_ORANGE, 1)
}

/// Builds a design from the catalog, asking `owner_of` where each entry goes.
fn from_catalog(
    name: &str,
    executives: Vec<Executive>,
    owner_of: impl Fn(&str, UsualOwner) -> Option<&'static str>,
) -> Design {
    Design {
        name: name.to_owned(),
        size_unit: "points".to_owned(),
        executives,
        responsibilities: CATALOG
            .iter()
            .map(|entry| {
                let owner =
                    owner_of(entry.id, entry.usual_owner).map(|o| ExecutiveId(o.to_owned()));
                entry.to_responsibility(owner)
            })
            .collect(),
    }
}

/// The design the app opens on: CIO and CTO as peers, internal items with the
/// CIO, external items with the CTO, the contested ones in the tray.
pub fn default_design() -> Design {
    from_catalog(
        "Traditional split",
        vec![cio(), cto()],
        |_, usual| match usual {
            UsualOwner::Cio => Some("cio"),
            UsualOwner::Cto => Some("cto"),
            UsualOwner::Contested => None,
        },
    )
}

/// A software company: the CTO owns almost everything, a head of IT keeps
/// the employee-facing services.
fn product_company() -> Design {
    let head_of_it = executive(
        "head-of-it",
        "Head of IT",
        "Head of Internal IT",
        CIO_BLUE,
        1,
    );
    let cto = executive("cto", "CTO", "Chief Technology Officer", CTO_ORANGE, 0);
    from_catalog("Product company", vec![cto, head_of_it], |id, _| match id {
        "service-delivery" | "enterprise-apps" | "change-management" | "it-budget" | "pmo" => {
            Some("head-of-it")
        }
        _ => Some("cto"),
    })
}

/// A large enterprise: the CIO leads application work for the business, the
/// CTO owns architecture, infrastructure and operations; a CISO owns security.
fn cto_over_infrastructure() -> Design {
    let ciso = executive(
        "ciso",
        "CISO",
        "Chief Information Security Officer",
        CISO_GREEN,
        2,
    );
    from_catalog(
        "CTO over infrastructure",
        vec![cio(), cto(), ciso],
        |id, usual| match id {
            "infrastructure" | "it-operations" | "architecture" | "continuity" => Some("cto"),
            "security" | "compliance" => Some("ciso"),
            "vendor-management" => Some("cio"),
            _ => match usual {
                UsualOwner::Cto => Some("cto"),
                _ => Some("cio"),
            },
        },
    )
}

/// A small company with one technology executive; the tray holds what a
/// strong manager on the other side should take on.
fn single_executive() -> Design {
    let cto = executive("cto", "CTO", "Chief Technology Officer", CTO_ORANGE, 0);
    from_catalog(
        "Single technology executive",
        vec![cto],
        |_, usual| match usual {
            UsualOwner::Cio => None,
            _ => Some("cto"),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_design_follows_the_traditional_split() {
        let design = default_design();
        let owner = |id: &str| {
            design
                .responsibilities
                .iter()
                .find(|r| r.id.0 == id)
                .and_then(|r| r.owner.clone())
                .map(|o| o.0)
        };
        assert_eq!(owner("infrastructure").as_deref(), Some("cio"));
        assert_eq!(owner("security").as_deref(), Some("cio"));
        assert_eq!(owner("pmo").as_deref(), Some("cio"));
        assert_eq!(owner("rnd").as_deref(), Some("cto"));
        assert_eq!(owner("vendor-management"), None);
        assert_eq!(owner("architecture"), None);
    }
}
