//! The one sentence that says how a clarity score was reached, with the
//! figures and the sum, so that it can be checked by hand against the
//! cards: for an executive, what it was judged against (and whether that
//! was assumed from its title), the shares that count and the sum; for the
//! design, the weighted mean.

use super::super::format::size;
use super::super::intent::Side;
use super::{Against, DesignClarity, Grade, Judged, Sum};

/// The most executives whose sizes and scores the design's sentence writes
/// out as a sum; past that it says how the mean is taken.
const MAX_TERMS: usize = 6;

/// What an executive is judged against, as the sentence starts.
fn judged_against(against: Against, assumed: bool) -> String {
    match (against, assumed) {
        (Against::Side(side), false) => format!("Meant to be {}", side.words()),
        (Against::Side(side), true) => {
            format!(
                "Taken to be {} from its title (no orientation is set)",
                side.words()
            )
        }
        (Against::Across, false) => "Marked mixed, so judged as a role across both sides".into(),
        (Against::Across, true) => {
            "Taken to work across both sides from its title (no orientation is set)".into()
        }
        (Against::Leaning(Side::Across), _) => "With no orientation set and a title that \
            does not say which side, judged against the side most of its work faces, and it \
            leans to neither"
            .into(),
        (Against::Leaning(side), _) => format!(
            "With no orientation set and a title that does not say which side, judged against \
             the side most of its work faces ({})",
            side.words()
        ),
    }
}

/// The way away from `side`: "outward" from the internal side.
fn away_from(side: Side) -> &'static str {
    match side {
        Side::Internal => "outward",
        Side::External => "inward",
        Side::Across => "each way",
    }
}

/// The sentence for an executive's figure.
pub(super) fn executive(judged: &Judged) -> String {
    match (judged.grade(), judged.sum()) {
        (Grade::NotGraded, _) => "Not graded: as the only executive holding work, it covers \
                                  both sides by design (one technology executive is usual in a \
                                  smaller company), so there is no division of work to judge."
            .to_owned(),
        (Grade::Score(_), Some(sum)) => {
            let assumed = judged.intent.is_some_and(|i| i.assumed);
            format!("{}{}.", judged_against(sum.against, assumed), figures(&sum))
        }
        _ => "Nothing assigned, so no clarity score.".to_owned(),
    }
}

/// The part of the sentence after what it is judged against: the shares
/// and the sum.
fn figures(sum: &Sum) -> String {
    let Sum {
        against,
        away,
        both,
        across,
        score,
        held_at_zero,
    } = *sum;
    let held = if held_at_zero { " (at least 0)" } else { "" };
    let side = match against {
        Against::Across => {
            return format!(
                ", which is for security, data, compliance and architecture work: {away}% of \
                 its size is other work, so 100 − 2 × {away} = {score}{held}"
            );
        }
        Against::Side(side) | Against::Leaning(side) => side,
    };
    let both_ways = if both > 0 {
        format!(" and {both}% both ways")
    } else {
        String::new()
    };
    let neither = if across > 0 {
        format!(
            ", and {across}% is security, data, compliance or architecture work, which counts \
             against neither side"
        )
    } else {
        String::new()
    };
    let formula = if both > 0 {
        format!("100 − 2 × ({away} + {both} ÷ 2)")
    } else {
        format!("100 − 2 × {away}")
    };
    format!(
        ": {away}% of its size faces {}{both_ways}{neither}, so {formula} = {score}{held}",
        away_from(side)
    )
}

/// The sentence for the design's figure.
pub(super) fn design(clarity: &DesignClarity) -> String {
    match clarity.overall_grade() {
        Grade::Nothing => "Nobody holds any work yet, so no clarity score.".to_owned(),
        Grade::NotGraded => "Not graded: one executive holds all the work and covers both sides \
                             by design, so there is no division of work between executives to \
                             judge."
            .to_owned(),
        Grade::Score(score) => {
            let terms: Vec<(f64, u32)> = clarity
                .executives
                .iter()
                .filter_map(|j| j.score().map(|s| (j.portfolio.size, s)))
                .collect();
            if terms.len() > MAX_TERMS {
                return "The executives' scores averaged, each weighted by the size of its \
                        portfolio (executives holding nothing do not count)."
                    .to_owned();
            }
            let total: f64 = terms.iter().map(|(w, _)| w).sum();
            let products: Vec<String> = terms
                .iter()
                .map(|(w, s)| format!("{} × {s}", size(*w)))
                .collect();
            format!(
                "The executives' scores weighted by the size of each portfolio: ({}) ÷ {} = \
                 {score}.",
                products.join(" + "),
                size(total)
            )
        }
    }
}
