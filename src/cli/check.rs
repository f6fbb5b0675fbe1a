//! `remit check FILE...`: one line per file, `FILE: ok` or the problem as
//! `FILE:LINE:COLUMN: what is wrong`, for a script to read. With
//! `--findings`, each valid file's findings follow its line, indented:
//! `  warning: Only CIO works on “Information security”`; with `--explain`
//! as well, each finding's why and fix follow it, indented further and
//! wrapped. With `--format json`, one JSON document instead (see
//! [`super::check_json`]). Every option of a design is checked (the loader
//! refuses a broken one, naming it and its line); with several options,
//! each finding starts with its option's name: `  Option A: warning: …`.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::check_json;
use super::terminal::clean;
use crate::file;
use crate::model::{DesignBalance, Finding, Index, Severity, findings};

/// How `remit check` prints what it found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// One line per file, findings indented under it.
    #[default]
    Text,
    /// One JSON document: per file, its problem or its balance and findings.
    Json,
}

/// What `remit check` was asked to do besides checking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// List the findings, and fail on a warning.
    pub findings: bool,
    /// Under each finding, its why and fix (text only).
    pub explain: bool,
    /// Text or JSON.
    pub format: CheckFormat,
}

/// How wide an explanation may be, in characters, indent included.
const WIDTH: usize = 80;
/// The indent of an explanation's label (`why:`, `fix:`).
const LABEL_INDENT: &str = "    ";
/// The indent of its wrapped lines: under the text after the label.
const TEXT_INDENT: &str = "         ";

/// Checks every file; returns the text to print and whether all were
/// valid (and, with `options.findings`, none had a finding of the highest
/// severity). The status does not depend on the format.
pub fn run_check(files: &[PathBuf], options: &CheckOptions) -> (String, bool) {
    if options.format == CheckFormat::Json {
        return check_json::run(files, options.findings);
    }
    let mut out = String::new();
    let mut all_ok = true;
    for path in files {
        match file::load_options(path) {
            Ok(all) => {
                let _ = writeln!(out, "{}: ok", clean(&path.display().to_string()));
                if !options.findings {
                    continue;
                }
                for option in all.iter() {
                    // With several options, each finding says whose it is.
                    let label = if all.len() > 1 {
                        format!("{}: ", clean(&option.name))
                    } else {
                        String::new()
                    };
                    let design = &option.design;
                    let index = Index::of(design);
                    let balance = DesignBalance::of_indexed(design, &index);
                    for finding in findings(design, &index, &balance) {
                        all_ok &= finding.severity < Severity::HIGHEST;
                        let _ = writeln!(
                            out,
                            "  {label}{}: {}",
                            finding.severity.word(),
                            clean(&finding.message)
                        );
                        if options.explain {
                            explain(&mut out, &finding);
                        }
                    }
                }
            }
            Err(e) => {
                all_ok = false;
                let _ = writeln!(out, "{}", clean(&e.to_string()));
            }
        }
    }
    (out, all_ok)
}

/// A finding's why, then its fix when it has one, each labelled and
/// wrapped under the finding.
fn explain(out: &mut String, finding: &Finding) {
    labelled(out, "why:", &finding.why);
    if let Some(fix) = &finding.fix {
        labelled(out, "fix:", &fix.label);
    }
}

/// `    why: text…` wrapped at [`WIDTH`], the further lines under the text;
/// each paragraph of the text (a why that weighs several cards has one
/// per card) starts a line of its own, after an empty one.
fn labelled(out: &mut String, label: &str, text: &str) {
    let first = format!("{LABEL_INDENT}{label:<4} ");
    let mut lines = Vec::new();
    for paragraph in text.split('\n').filter(|p| !p.trim().is_empty()) {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(wrap(&clean(paragraph), WIDTH - TEXT_INDENT.len()));
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    for (i, line) in lines.iter().enumerate() {
        let indent = if i == 0 { first.as_str() } else { TEXT_INDENT };
        let _ = writeln!(out, "{}", format!("{indent}{line}").trim_end());
    }
}

/// `text` broken between words into lines of at most `width` characters;
/// a longer word has a line of its own. Never empty.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if count > 0 && count + 1 + length > width {
            lines.push(std::mem::take(&mut line));
            count = 0;
        }
        if count > 0 {
            line.push(' ');
            count += 1;
        }
        line.push_str(word);
        count += length;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_within_the_width() {
        let text = "one two three four five six seven eight nine ten";
        let lines = wrap(text, 14);
        assert_eq!(
            lines,
            ["one two three", "four five six", "seven eight", "nine ten"]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 14));
        assert_eq!(wrap("a-very-long-word b", 5), ["a-very-long-word", "b"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn each_paragraph_of_a_why_starts_a_line_of_its_own() {
        let mut out = String::new();
        labelled(&mut out, "why:", "First part.\n\nSecond part.");
        assert_eq!(out, "    why: First part.\n\n         Second part.\n");
        assert!(!out.contains("\\u{a}"), "{out}");
    }

    #[test]
    fn an_explanation_hangs_under_its_label() {
        let mut out = String::new();
        labelled(&mut out, "why:", &"word ".repeat(30));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("    why: word"), "{out}");
        assert!(lines[1].starts_with("         word"), "{out}");
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH), "{out}");
    }
}
