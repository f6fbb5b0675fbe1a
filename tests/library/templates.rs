//! Every template loads, meets the model's rules, and yields exactly the
//! findings its explanation claims: no finding the gallery does not
//! explain, and no claim the design does not bear out.
use remit::model::rules::validate;
use remit::model::{Design, DesignBalance, Finding, Index, findings};
use remit::templates::TEMPLATES;

fn findings_of(design: &Design) -> Vec<Finding> {
    let index = Index::of(design);
    let balance = DesignBalance::of_indexed(design, &index);
    findings(design, &index, &balance)
}

/// The findings of `design` against what `template` claims, with the
/// differences named.
fn check_claims(title: &str, design: &Design, expected: &[remit::templates::Expected]) {
    let found = findings_of(design);
    let mut claimed: Vec<bool> = vec![false; expected.len()];
    for finding in &found {
        let matched = expected
            .iter()
            .enumerate()
            .find(|(i, e)| !claimed[*i] && e.matches(finding));
        match matched {
            Some((i, _)) => claimed[i] = true,
            None => panic!(
                "{title}: a finding its explanation does not claim: {:?} {:?} {:?} ({})",
                finding.severity, finding.kind, finding.about, finding.message
            ),
        }
    }
    for (e, seen) in expected.iter().zip(&claimed) {
        assert!(
            seen,
            "{title}: its explanation claims a finding the design does not yield: {e:?}"
        );
    }
}

#[test]
fn every_template_yields_exactly_the_findings_it_explains() {
    for template in TEMPLATES {
        let design = (template.build)();
        validate(&design).unwrap_or_else(|e| panic!("{}: {e}", template.title));
        check_claims(template.title, &design, template.explanation.expected);
    }
}

#[test]
fn every_shipped_example_loads_and_yields_what_its_template_explains() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    for template in TEMPLATES {
        let path = dir.join(format!("{}.ron", template.file_stem));
        let design = remit::file::load(&path)
            .unwrap_or_else(|e| panic!("{} does not load: {e}", path.display()));
        validate(&design).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check_claims(template.title, &design, template.explanation.expected);
    }
}

#[test]
fn every_explanation_is_complete() {
    for template in TEMPLATES {
        let e = template.explanation;
        for (what, text) in [
            ("summary", e.summary),
            ("size", e.size),
            ("industry", e.industry),
            ("goals", e.goals),
        ] {
            assert!(!text.trim().is_empty(), "{}: no {what}", template.title);
        }
        assert!(
            !e.watch_for.is_empty(),
            "{}: nothing to watch for",
            template.title
        );
        for claim in e.expected {
            assert!(
                !claim.meaning.trim().is_empty(),
                "{}: {claim:?}",
                template.title
            );
        }
    }
}
