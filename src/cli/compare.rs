//! `remit compare DESIGN.ron [--from NAME] [--to NAME] [--format
//! text|csv|json]`: two options of one design side by side (see
//! [`crate::model::compare::summary`]): the change list, each executive's
//! and the organisation's balance and clarity in both with the difference,
//! then the findings the second option settles and adds. Printed as
//! `remit diff` prints (see [`super::compared`]), with the same exit
//! status: 0 no differences, 1 differences, 2 trouble (a file that cannot
//! be read, an unknown option, a design with one option).

use std::path::Path;

use super::compared::{self, DiffFormat, Diffed, FindingsMoved};
use super::option;
use super::terminal::{clean, shown};
use crate::model::compare::Comparison;

/// Runs `remit compare`: the output, or why there is nothing to compare
/// (safe for a terminal; the caller exits with status 2).
///
/// `from` defaults to the first option; `to` to the second, or to the
/// first when `from` names the second.
pub fn run_compare(
    path: &Path,
    from: Option<&str>,
    to: Option<&str>,
    format: DiffFormat,
) -> Result<Diffed, String> {
    let options = option::load_all(path)?;
    let a = option::index(&options, from, path)?;
    let b = match to {
        Some(_) => option::index(&options, to, path)?,
        None if options.len() < 2 => {
            return Err(format!(
                "{} has one option, “{}”, and nothing to compare it with; add an option \
                 in the designer (or compare two files with `remit diff OLD NEW`)",
                shown(path),
                clean(options.name(0))
            ));
        }
        None if a == 1 => 0,
        None => 1,
    };
    let (before, after) = (options.design(a), options.design(b));
    if a == b && format == DiffFormat::Text {
        return Ok(Diffed {
            text: format!(
                "“{}” is compared with itself: nothing differs\n",
                clean(options.name(a))
            ),
            differ: false,
        });
    }
    let comparison = Comparison::of(before, after);
    let found = FindingsMoved {
        settled: &comparison.settled,
        added: &comparison.added,
    };
    Ok(compared::render(before, after, format, Some(found)))
}
