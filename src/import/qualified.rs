//! Owners not on the chart that a file writes once plainly and once with
//! a bracketed qualifier: "CTO" on most rows and "CTO (Digital)" on some
//! are the same role, as a client writes it. Without this, creating the
//! unknown owners as executives made two CTO boxes. A qualified title is
//! taken for the plain one only when the plain one is also in the file
//! ("IT (Europe)" and "IT (Asia)" with no bare "IT" stay two), and the
//! preview says so, with the lines, so the user can change the file if
//! they are two roles after all.

use std::collections::HashMap;

use super::headings::header_key;
use super::text::{lines, quoted};
use super::titles::unknown_key;
use super::{Holder, ImportPreview};

/// Takes each qualified unknown owner for the plain one the file also
/// names: the rows' holders, the list of unknown owners and its lines
/// become the plain one's, with a note each. `sheet`: lines are rows.
pub fn merge(out: &mut ImportPreview, sheet: bool) {
    let by_key: HashMap<String, usize> = out
        .unknown_owners
        .iter()
        .enumerate()
        .map(|(i, u)| (unknown_key(&u.title), i))
        .collect();
    // Each qualified title and the plain one it is taken for.
    let mut taken: HashMap<String, String> = HashMap::new();
    let mut into: Vec<(usize, usize)> = Vec::new();
    for (j, unknown) in out.unknown_owners.iter().enumerate() {
        if !unknown.title.contains(['(', '[']) {
            continue;
        }
        let bare = unknown_key(&header_key(&unknown.title));
        if bare.is_empty() {
            continue;
        }
        if let Some(&i) = by_key.get(&bare)
            && i != j
            && !out.unknown_owners[i].title.contains(['(', '['])
        {
            taken.insert(unknown.title.clone(), out.unknown_owners[i].title.clone());
            into.push((j, i));
        }
    }
    if into.is_empty() {
        return;
    }
    for row in &mut out.rows {
        let plain = |holder: &mut Holder| {
            if let Holder::Unknown(title) = holder
                && let Some(bare) = taken.get(title.as_str())
            {
                *title = bare.clone();
            }
        };
        if let Some(owner) = row.owner.as_mut() {
            plain(owner);
        }
        for (holder, _) in &mut row.roles {
            plain(holder);
        }
        // "CTO / CTO (Digital)": one holder, the owner.
        let owner = row.owner.clone();
        row.roles
            .retain(|(holder, _)| Some(holder) != owner.as_ref());
        let mut seen = Vec::new();
        row.roles.retain(|(holder, _)| {
            let new = !seen.contains(holder);
            seen.push(holder.clone());
            new
        });
    }
    let mut notes = Vec::new();
    for &(j, i) in &into {
        let (from, to) = (&out.unknown_owners[j], &out.unknown_owners[i]);
        let mut at: Vec<u64> = from
            .owner_lines
            .iter()
            .chain(&from.role_lines)
            .copied()
            .collect();
        at.sort_unstable();
        at.dedup();
        let shown = if sheet {
            lines(&at).replacen("line", "row", 1)
        } else {
            lines(&at)
        };
        notes.push(format!(
            "{} ({shown}) is taken for the {}, which other rows name without the \
             brackets: one executive, not two. Change the file if they are two roles.",
            quoted(&from.title),
            to.title
        ));
        let (owner_lines, role_lines, line) =
            (from.owner_lines.clone(), from.role_lines.clone(), from.line);
        let to = &mut out.unknown_owners[i];
        to.owner_lines.extend(owner_lines);
        to.owner_lines.sort_unstable();
        to.role_lines.extend(role_lines);
        to.role_lines.sort_unstable();
        to.line = to.line.min(line);
    }
    let gone: Vec<usize> = into.iter().map(|&(j, _)| j).collect();
    let mut k = 0;
    out.unknown_owners.retain(|_| {
        let keep = !gone.contains(&k);
        k += 1;
        keep
    });
    out.notes.extend(notes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Progress, Settings, read};
    use crate::model::Design;

    fn preview(text: &str) -> ImportPreview {
        read(
            text.as_bytes(),
            &Design::default(),
            &Settings::default(),
            &mut Progress::none(),
        )
        .expect("read")
    }

    fn titles(p: &ImportPreview) -> Vec<&str> {
        p.unknown_owners.iter().map(|u| u.title.as_str()).collect()
    }

    #[test]
    fn a_qualified_title_is_the_plain_one_the_file_also_names() {
        let p = preview("name,owner\nApps,CTO (Digital)\nCloud,CTO\nLab,CTO (Digital)\nERP,CIO\n");
        assert_eq!(titles(&p), ["CTO", "CIO"]);
        assert_eq!(p.unknown_owners[0].owner_lines, [2, 3, 4]);
        assert_eq!(p.unknown_owners[0].line, 2);
        assert!(
            p.rows
                .iter()
                .take(3)
                .all(|r| r.owner == Some(Holder::Unknown("CTO".into())))
        );
        let note = p
            .notes
            .iter()
            .find(|n| n.contains("(Digital)"))
            .expect("a note");
        assert!(
            note.contains("lines 2 and 4") && note.contains("the CTO"),
            "{note}"
        );
    }

    #[test]
    fn qualified_titles_without_a_plain_one_stay_apart() {
        let p = preview("name,owner\nA,IT (Europe)\nB,IT (Asia)\n");
        assert_eq!(titles(&p), ["IT (Europe)", "IT (Asia)"]);
        assert!(p.notes.iter().all(|n| !n.contains("is taken for")));
    }

    #[test]
    fn a_row_naming_both_has_one_holder() {
        let p = preview("name,owner\nA,CTO\nB,CTO / CTO (Digital)\n");
        assert_eq!(titles(&p), ["CTO"]);
        assert!(p.rows[1].roles.is_empty(), "{:?}", p.rows[1].roles);
    }
}
