//! `--option NAME`, which the commands that read one organisation take to
//! pick one of a design's options (see [`crate::model::Options`]): found
//! by name, ignoring case; an unknown name is refused with the names there
//! are. Without it, the first option ("As is").

use std::path::Path;

use super::terminal::{clean, shown};
use crate::file;
use crate::model::{Design, Options};

/// Reads every option of the design in `path`; the error names the file
/// and the line (safe for a terminal).
pub fn load_all(path: &Path) -> Result<Options, String> {
    file::load_options(path).map_err(|e| clean(&e.to_string()).into_owned())
}

/// The options' names as a list for a sentence: “As is”, “Option A”.
pub fn names(options: &Options) -> String {
    options
        .iter()
        .map(|o| format!("“{}”", clean(&o.name)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which option `name` means (the first when none is given), or why not.
pub fn index(options: &Options, name: Option<&str>, path: &Path) -> Result<usize, String> {
    let Some(name) = name else {
        return Ok(0);
    };
    options.find(name).ok_or_else(|| {
        format!(
            "{}: there is no option named “{}”; its options are {}",
            shown(path),
            clean(name),
            names(options)
        )
    })
}

/// Reads the design in `path` and picks the option `name` (the first when
/// none is given): the design, titled with the option's name when the
/// file has more than one (“Acme 2027 — Option A”), so that what is
/// printed or drawn says which.
pub fn load_one(path: &Path, name: Option<&str>) -> Result<Design, String> {
    let options = load_all(path)?;
    let i = index(&options, name, path)?;
    Ok(crate::export::options_compared::titled(&options, i))
}
