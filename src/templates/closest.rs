//! Which reference model a design is closest to, so the gallery can open on
//! it: the one that groups the same work together.
//!
//! Only the catalog's cards count (a card users made has no counterpart in
//! the models). For every two such cards that the design and a model both
//! have, the two agree when both keep the cards together (the same owner,
//! or both in the tray) or both keep them apart; the closest model agrees
//! on the largest share of pairs. Who owns a group does not matter, nor what
//! the executives are called: a design whose CIO is called "Head of IT" is
//! as close to a model as one that calls it CIO. Ties go to the model
//! listed first.

use crate::model::design::{Design, ExecutiveId};

use super::designs;

/// The place in [`TEMPLATES`](super::TEMPLATES) of the model `design` is closest to; `None`
/// when it shares fewer than two catalog cards with every model (nothing to
/// compare).
pub fn closest(design: &Design) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, model) in designs().iter().enumerate() {
        let Some(score) = agreement(design, model) else {
            continue;
        };
        if best.is_none_or(|(_, top)| score > top) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The share of pairs of cards both designs have (by id) that both keep
/// together or both keep apart; `None` with fewer than two such cards.
pub fn agreement(design: &Design, model: &Design) -> Option<f64> {
    // The owners of each card both have: (in the design, in the model).
    let common: Vec<(Option<&ExecutiveId>, Option<&ExecutiveId>)> = design
        .responsibilities
        .iter()
        .filter(|r| crate::model::catalog::entry(r.id.as_str()).is_some())
        .filter_map(|r| {
            model
                .responsibility(&r.id)
                .map(|m| (r.owner.as_ref(), m.owner.as_ref()))
        })
        .collect();
    if common.len() < 2 {
        return None;
    }
    let (mut agree, mut pairs) = (0_u32, 0_u32);
    for (k, a) in common.iter().enumerate() {
        for b in &common[k + 1..] {
            pairs += 1;
            if (a.0 == b.0) == (a.1 == b.1) {
                agree += 1;
            }
        }
    }
    Some(f64::from(agree) / f64::from(pairs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edit;
    use crate::model::design::ResponsibilityId;
    use crate::templates::TEMPLATES;

    #[test]
    fn every_model_is_closest_to_itself() {
        for (i, template) in TEMPLATES.iter().enumerate() {
            let design = (template.build)();
            assert_eq!(closest(&design), Some(i), "{}", template.title);
            assert_eq!(agreement(&design, &design), Some(1.0));
        }
    }

    #[test]
    fn names_and_a_moved_card_do_not_change_the_closest_model() {
        let template = &TEMPLATES[1];
        let mut design = (template.build)();
        for e in &mut design.executives {
            e.short_title = format!("Renamed {}", e.short_title);
        }
        let first = design.executives[0].id.clone();
        let card = design
            .responsibilities
            .iter()
            .find(|r| r.owner.as_ref() != Some(&first))
            .map(|r| r.id.clone())
            .expect("a card of another executive");
        design
            .apply(Edit::Move {
                responsibility: card,
                to: Some(first),
            })
            .expect("moved");
        assert_eq!(closest(&design), Some(1));
    }

    #[test]
    fn a_design_of_its_own_cards_is_close_to_none() {
        let mut design = Design::empty("mine");
        design.responsibilities = (0..5)
            .map(|i| crate::model::design::Responsibility {
                id: ResponsibilityId(format!("mine-{i}")),
                name: format!("Mine {i}"),
                ..Default::default()
            })
            .map(Into::into)
            .collect();
        assert_eq!(closest(&design), None);
        // Nor is one that shares a single catalog card.
        design.responsibilities[0].id = ResponsibilityId("pmo".into());
        assert_eq!(closest(&design), None);
    }
}
