//! `remit diff OLD.ron NEW.ron [--option NAME]`: the change list between
//! two designs (see [`crate::model::compare`]), then the balance and
//! clarity of each executive and the organisation in both, with the
//! difference. As text (one line per change, escaped like `remit report`),
//! CSV (one quoted row per change: `kind,item,from,to,reason`) or one JSON
//! document, printed by [`super::compared`]. Of a file with several
//! options, the first is compared, or the one `--option` names (in both
//! files). Works as `git difftool -x 'remit diff'`: the exit status says
//! whether the designs differ, as `diff`'s does.

use std::path::Path;

use super::option;
use crate::model::Design;

pub use super::compared::{DiffFormat, Diffed};

/// Runs `remit diff OLD NEW`: the output, or the first load error's
/// message (it names the file, and the line and column when known; safe
/// for a terminal), or that a file has no option named `option`.
pub fn run_diff(
    old: &Path,
    new: &Path,
    option: Option<&str>,
    format: DiffFormat,
) -> Result<Diffed, String> {
    let load = |path: &Path| -> Result<Design, String> {
        let options = option::load_all(path)?;
        let i = option::index(&options, option, path)?;
        Ok(options.design(i).clone())
    };
    let (from, to) = (load(old)?, load(new)?);
    Ok(diff(&from, &to, format))
}

/// The diff of two designs already loaded.
pub fn diff(from: &Design, to: &Design, format: DiffFormat) -> Diffed {
    super::compared::render(from, to, format, None)
}
