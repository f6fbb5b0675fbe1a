//! The "About the company" dialog's form, with no egui: the number of
//! people as typed, the size band, sector and goal as chosen, and how OK
//! reads them into the design's [`Company`] in one edit (one undo step).
//! A number of people that cannot be read changes nothing: the dialog
//! stays open and says why.

use super::{Controller, Dialog};
use crate::model::company::thousands;
use crate::model::company::{Goal, Sector, SizeBand};
use crate::model::rules::MAX_PEOPLE;
use crate::model::{Company, Edit};

/// What the dialog holds while it is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyForm {
    /// The number of people as typed; empty when not said.
    pub people: String,
    /// Roughly how large, used only when no number is typed.
    pub band: SizeBand,
    /// The sector.
    pub sector: Sector,
    /// The main goal for technology.
    pub goal: Goal,
}

impl CompanyForm {
    /// The form showing what `company` says.
    pub fn of(company: &Company) -> Self {
        Self {
            people: company.people.map(thousands).unwrap_or_default(),
            band: company.band,
            sector: company.sector,
            goal: company.goal,
        }
    }

    /// The number of people typed: `None` when the field is empty, or why
    /// it cannot be read.
    pub fn people(&self) -> Result<Option<u32>, String> {
        parse_people(&self.people)
    }

    /// The company the form describes, or why it cannot: the size band is
    /// kept only when no number of people is given (the number says it).
    pub fn company(&self) -> Result<Company, String> {
        let people = self.people()?;
        Ok(Company {
            people,
            band: if people.is_some() {
                SizeBand::NotSaid
            } else {
                self.band
            },
            sector: self.sector,
            goal: self.goal,
        })
    }
}

/// A number of people as typed: a whole number from 1 to [`MAX_PEOPLE`],
/// with or without separators between thousands (`12,500`, `12.500`,
/// `12 500`); empty is not said.
pub fn parse_people(text: &str) -> Result<Option<u32>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let bad = || {
        format!(
            "“{}” is not a number of people: type a whole number from 1 to {}, or leave it empty",
            crate::import::text::clip(trimmed, 40),
            thousands(MAX_PEOPLE)
        )
    };
    let compact: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\'')
        .collect();
    // Separators between thousands: after one to three digits, groups of
    // exactly three, all with the same mark.
    let digits = match compact.chars().find(|c| matches!(c, ',' | '.')) {
        None => compact,
        Some(mark) => {
            let mut groups = compact.split(mark);
            let first = groups.next().unwrap_or_default();
            let grouped = (1..=3).contains(&first.len())
                && groups.clone().all(|g| g.len() == 3)
                && !compact.contains(if mark == ',' { '.' } else { ',' });
            if !grouped {
                return Err(bad());
            }
            compact.replace(mark, "")
        }
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    match digits.parse::<u64>() {
        Ok(n) if (1..=u64::from(MAX_PEOPLE)).contains(&n) => {
            u32::try_from(n).map(Some).map_err(|_| bad())
        }
        _ => Err(bad()),
    }
}

impl Controller {
    /// Opens the "About the company" dialog on what the design says.
    pub(super) fn describe_company(&mut self) {
        let company = &self.document.design().company;
        self.dialog = Some(Dialog::Company(CompanyForm::of(company)));
    }

    /// OK in the "About the company" dialog: the company as the form says,
    /// in one undo step, and the dialog closed; when the number of people
    /// cannot be read, nothing changes and the dialog stays (it says why).
    pub(super) fn accept_company(&mut self) {
        let Some(Dialog::Company(form)) = &self.dialog else {
            return;
        };
        let Ok(company) = form.company() else {
            return;
        };
        self.dialog = None;
        self.seal();
        self.edit(Edit::SetCompany(company));
        self.seal();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_a_whole_number_with_or_without_thousands() {
        for (text, n) in [
            ("150", 150),
            (" 150 ", 150),
            ("12,500", 12_500),
            ("12.500", 12_500),
            ("12 500", 12_500),
            ("1,000,000", 1_000_000),
            ("10000000", 10_000_000),
        ] {
            assert_eq!(parse_people(text), Ok(Some(n)), "{text}");
        }
        assert_eq!(parse_people(""), Ok(None));
        assert_eq!(parse_people("  "), Ok(None));
        for bad in [
            "abc",
            "0",
            "-5",
            "1.5",
            "12,50",
            "1,000.000",
            "10000001",
            "about 150",
            "1e3",
            "99999999999999999999",
        ] {
            assert!(
                parse_people(bad).is_err_and(|why| why.contains("10,000,000")),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_number_of_people_leaves_the_band_out() {
        let form = CompanyForm {
            people: "150".into(),
            band: SizeBand::Large,
            sector: Sector::Software,
            goal: Goal::Product,
        };
        assert_eq!(
            form.company(),
            Ok(Company {
                people: Some(150),
                band: SizeBand::NotSaid,
                sector: Sector::Software,
                goal: Goal::Product,
            })
        );
        let form = CompanyForm {
            people: String::new(),
            ..form
        };
        assert_eq!(form.company().map(|c| c.band), Ok(SizeBand::Large));
        let company = Company {
            people: Some(12_500),
            ..Company::default()
        };
        assert_eq!(CompanyForm::of(&company).people, "12,500");
        assert_eq!(CompanyForm::of(&company).company(), Ok(company));
    }

    #[test]
    fn ok_is_one_edit_and_people_that_cannot_be_read_change_nothing() {
        use crate::controller::{Action, Command, StartOptions};
        let mut c = Controller::new(StartOptions::default(), None);
        c.apply(vec![Action::Command(Command::DescribeCompany)]);
        let fill = |c: &mut Controller, people: &str| {
            if let Some(Dialog::Company(form)) = c.dialog_parts().dialog {
                form.people = people.into();
                form.sector = Sector::Retail;
            }
        };
        fill(&mut c, "lots");
        c.apply(vec![Action::AcceptCompany]);
        assert!(matches!(c.dialog(), Some(Dialog::Company(_))));
        assert!(c.document().design().company.is_unsaid());
        assert!(!c.document().is_dirty());
        fill(&mut c, "800");
        c.apply(vec![Action::AcceptCompany]);
        assert_eq!(c.dialog(), None);
        let said = Company {
            people: Some(800),
            sector: Sector::Retail,
            ..Company::default()
        };
        assert_eq!(c.document().design().company, said);
        // Opened again, it shows what the design says.
        c.apply(vec![Action::Command(Command::DescribeCompany)]);
        assert_eq!(c.dialog(), Some(&Dialog::Company(CompanyForm::of(&said))));
        c.apply(vec![Action::CloseDialog, Action::Command(Command::Undo)]);
        assert!(c.document().design().company.is_unsaid());
        assert!(!c.document().can_undo(), "one step");
    }
}
