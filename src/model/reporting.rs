//! The reporting structure of a design: who manages whom, the loops that
//! must never exist, and the tree the chart is drawn from.
//!
//! Each executive has at most one manager on the chart (its `reports_to`
//! names another executive), so the structure is a forest once loops are
//! refused; every function here is linear in the number of executives.

use std::collections::HashMap;

use super::design::{Design, ExecutiveId, ReportsTo};

/// The manager on the chart of the executive at `index`, by position.
fn manager_index(
    design: &Design,
    ids: &HashMap<&ExecutiveId, usize>,
    index: usize,
) -> Option<usize> {
    match &design.executives[index].reports_to {
        ReportsTo::Executive(id) => ids.get(id).copied(),
        _ => None,
    }
}

fn positions(design: &Design) -> HashMap<&ExecutiveId, usize> {
    design
        .executives
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.id, i))
        .collect()
}

/// A reporting loop, if the design has one: the positions of the
/// executives on it, starting from the one listed first in the design, with
/// that one repeated at the end (`[a, b, a]` means a reports to b, which
/// reports to a). An executive reporting to itself is a loop of one.
pub fn find_loop(design: &Design) -> Option<Vec<usize>> {
    let ids = positions(design);
    // 0 = not seen, 1 = on the walk being made, 2 = known to end outside a loop.
    let mut state = vec![0u8; design.executives.len()];
    for start in 0..design.executives.len() {
        if state[start] != 0 {
            continue;
        }
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                2 => break,
                1 => {
                    let from = walk.iter().position(|&w| w == i).unwrap_or(0);
                    let mut cycle: Vec<usize> = walk[from..].to_vec();
                    // Start from the one listed first, so the message is stable.
                    let first = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, e)| **e)
                        .map_or(0, |(k, _)| k);
                    cycle.rotate_left(first);
                    cycle.push(cycle[0]);
                    return Some(cycle);
                }
                _ => {
                    state[i] = 1;
                    walk.push(i);
                    at = manager_index(design, &ids, i);
                }
            }
        }
        for i in walk {
            state[i] = 2;
        }
    }
    None
}

/// The loop that making `who` report to `manager` would close, as ids from
/// `who` round to `who` again; `None` if there would be none.
pub fn loop_if(
    design: &Design,
    who: &ExecutiveId,
    manager: &ExecutiveId,
) -> Option<Vec<ExecutiveId>> {
    let ids = positions(design);
    let mut chain = vec![who.clone(), manager.clone()];
    let mut at = ids.get(manager).copied();
    let mut steps = 0;
    while let Some(i) = at {
        if &design.executives[i].id == who {
            return Some(chain);
        }
        steps += 1;
        if steps > design.executives.len() {
            // The rest of the chart already has a loop of its own.
            return None;
        }
        at = manager_index(design, &ids, i);
        if let Some(next) = at {
            chain.push(design.executives[next].id.clone());
        }
    }
    None
}

/// The short titles along a loop of ids: "CISO → CTO → CISO".
pub fn describe_loop(design: &Design, ids: &[ExecutiveId]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            design
                .executive(id)
                .map_or_else(|| id.0.clone(), |e| e.short_title.clone())
        })
        .collect()
}

/// A loop in words: "CIO reports to CTO, which reports to CIO".
pub fn loop_sentence(titles: &[String]) -> String {
    let mut out = String::new();
    for (i, title) in titles.iter().enumerate() {
        match i {
            0 => out.push_str(title),
            1 => {
                out.push_str(" reports to ");
                out.push_str(title);
            }
            _ => {
                out.push_str(", which reports to ");
                out.push_str(title);
            }
        }
    }
    out
}

/// The chart as a forest: for each executive (by position), the positions
/// of those who report to it, in design order; and the roots (executives
/// with no manager on the chart), in design order. Executives on a loop
/// (which a valid design never has) are treated as roots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    /// Executives with no manager on the chart.
    pub roots: Vec<usize>,
    /// Direct reports of each executive.
    pub reports: Vec<Vec<usize>>,
    /// How far below a root each executive is (roots are 0).
    pub depth: Vec<usize>,
}

impl Tree {
    /// The tree of `design`.
    pub fn of(design: &Design) -> Self {
        let n = design.executives.len();
        let ids = positions(design);
        let on_loop: Vec<bool> = {
            let mut marks = vec![false; n];
            if let Some(cycle) = find_loop(design) {
                for i in cycle {
                    marks[i] = true;
                }
            }
            marks
        };
        let mut roots = Vec::new();
        let mut reports = vec![Vec::new(); n];
        for (i, &looped) in on_loop.iter().enumerate() {
            match manager_index(design, &ids, i) {
                Some(m) if !looped && m != i => reports[m].push(i),
                _ => roots.push(i),
            }
        }
        let mut depth = vec![0; n];
        let mut stack: Vec<usize> = roots.clone();
        let mut seen = vec![false; n];
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            for &r in &reports[i] {
                depth[r] = depth[i] + 1;
                stack.push(r);
            }
        }
        Self {
            roots,
            reports,
            depth,
        }
    }
}

/// Whom the executive at `index` reports to, in words for people: "CIO",
/// "the CEO", "CFO (not on the chart)", or `None` when not set.
pub fn manager_words(design: &Design, index: usize) -> Option<String> {
    let ceo_title = design.ceo_title();
    match &design.executives.get(index)?.reports_to {
        ReportsTo::NotSet => None,
        ReportsTo::Ceo => Some(ceo_title.to_owned()),
        ReportsTo::Executive(id) => Some(
            design
                .executive(id)
                .map_or_else(|| id.0.clone(), |e| e.short_title.clone()),
        ),
        ReportsTo::Outside(role) => Some(role.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::design::Executive;

    fn exec(id: &str, reports_to: ReportsTo) -> Executive {
        Executive {
            id: ExecutiveId(id.into()),
            short_title: id.to_uppercase(),
            reports_to,
            ..Default::default()
        }
    }

    fn to(id: &str) -> ReportsTo {
        ReportsTo::Executive(ExecutiveId(id.into()))
    }

    #[test]
    fn loops_are_found_and_start_with_the_first_listed() {
        let mut d = Design::empty("t");
        d.executives = vec![
            exec("a", ReportsTo::Ceo),
            exec("b", to("c")),
            exec("c", to("d")),
            exec("d", to("b")),
        ];
        assert_eq!(find_loop(&d), Some(vec![1, 2, 3, 1]));
        d.executives[3].reports_to = to("a");
        assert_eq!(find_loop(&d), None);
        d.executives[0].reports_to = to("a");
        assert_eq!(find_loop(&d), Some(vec![0, 0]));
    }

    #[test]
    fn a_new_line_that_would_close_a_loop_is_named() {
        let mut d = Design::empty("t");
        d.executives = vec![exec("cio", ReportsTo::Ceo), exec("ciso", to("cio"))];
        let cio = ExecutiveId("cio".into());
        let ciso = ExecutiveId("ciso".into());
        let looped = loop_if(&d, &cio, &ciso).expect("a loop");
        assert_eq!(describe_loop(&d, &looped), ["CIO", "CISO", "CIO"]);
        assert_eq!(
            loop_sentence(&describe_loop(&d, &looped)),
            "CIO reports to CISO, which reports to CIO"
        );
        assert_eq!(loop_if(&d, &ciso, &cio), None);
        assert!(loop_if(&d, &cio, &cio).is_some(), "reporting to oneself");
    }

    #[test]
    fn the_tree_has_roots_reports_and_depths() {
        let mut d = Design::empty("t");
        d.executives = vec![
            exec("cto", ReportsTo::Ceo),
            exec("cio", to("cto")),
            exec("ciso", to("cio")),
            exec("cpo", ReportsTo::Outside("COO".into())),
            exec("ghost", to("nobody")),
        ];
        let tree = Tree::of(&d);
        assert_eq!(tree.roots, [0, 3, 4]);
        assert_eq!(tree.reports[0], [1]);
        assert_eq!(tree.reports[1], [2]);
        assert_eq!(tree.depth, [0, 1, 2, 0, 0]);
        assert_eq!(manager_words(&d, 2).as_deref(), Some("CIO"));
        assert_eq!(manager_words(&d, 0).as_deref(), Some("CEO"));
        assert_eq!(manager_words(&d, 3).as_deref(), Some("COO"));
    }
}
