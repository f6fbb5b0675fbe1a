//! `remit FILE1 FILE2 …`, as a file manager runs it when several designs
//! are opened at once: the first opens in this process, each further one
//! in a designer of its own, started as the same executable with that one
//! file. Each window is an independent process, as a second double-click
//! makes one.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Splits `paths` into the one this process opens (the first, if any) and
/// starts a designer for each of the others with `start`; returns the
/// first and a message for each one that could not be started (the others
/// and the first still open).
pub fn open_each<F>(paths: Vec<PathBuf>, mut start: F) -> (Option<PathBuf>, Vec<String>)
where
    F: FnMut(&Path) -> std::io::Result<()>,
{
    let mut paths = paths.into_iter();
    let first = paths.next();
    let problems = paths
        .filter_map(|path| {
            start(&path).err().map(|e| {
                let shown = super::terminal::clean(&path.display().to_string()).into_owned();
                format!("cannot open {shown} in a window of its own: {e}")
            })
        })
        .collect();
    (first, problems)
}

/// Starts this executable again on `path` alone, without waiting for it:
/// its window lives as long as the user keeps it, whatever this one does.
pub fn start_designer(path: &Path) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    Command::new(exe)
        // After `--`, a file named like a command (`report`) is a file.
        .arg("--")
        .arg(path)
        .stdin(Stdio::null())
        .spawn()
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_opens_here_and_the_others_are_started() {
        let mut started = Vec::new();
        let (first, problems) =
            open_each(vec!["a.ron".into(), "b.ron".into(), "c.ron".into()], |p| {
                started.push(p.to_owned());
                Ok(())
            });
        assert_eq!(first, Some(PathBuf::from("a.ron")));
        assert_eq!(started, [PathBuf::from("b.ron"), PathBuf::from("c.ron")]);
        assert!(problems.is_empty());
    }

    #[test]
    fn one_that_cannot_start_is_reported_and_the_rest_still_open() {
        let mut started = Vec::new();
        let (first, problems) =
            open_each(vec!["a.ron".into(), "b.ron".into(), "c.ron".into()], |p| {
                if p == Path::new("b.ron") {
                    Err(std::io::Error::other("no more processes"))
                } else {
                    started.push(p.to_owned());
                    Ok(())
                }
            });
        assert_eq!(first, Some(PathBuf::from("a.ron")));
        assert_eq!(started, [PathBuf::from("c.ron")]);
        assert_eq!(
            problems,
            ["cannot open b.ron in a window of its own: no more processes"]
        );
    }

    #[test]
    fn none_or_one_starts_nothing() {
        let (first, problems) = open_each(Vec::new(), |_| panic!("nothing to start"));
        assert_eq!((first, problems.len()), (None, 0));
        let (first, _) = open_each(vec!["a.ron".into()], |_| panic!("nothing to start"));
        assert_eq!(first, Some(PathBuf::from("a.ron")));
    }
}
