//! The decision log: each time a card changes hands, the design keeps what
//! moved, from whom to whom, when, and (once someone says) why. This is the
//! part of a workshop the client takes away besides the chart.
//!
//! The log is history, not structure: an entry may name a card that was
//! later deleted or an executive that was later removed, and still loads.
//! The model does not read a clock: whoever applies a move (the
//! [`Document`](crate::document::Document)) says when it happened.

use super::design::{Design, ExecutiveId, ResponsibilityId};

use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// A moment in UTC, to the second, over the whole range a file can write
/// (to `9999-12-31T23:59:59Z`, the last second of year 9999, which lies
/// beyond the range of an instant in `jiff`, so it is kept as a UTC date
/// and time). Written `2026-11-23T19:45:12Z`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When(DateTime);

impl When {
    /// `at`, to the whole second.
    pub fn of(at: jiff::Timestamp) -> Self {
        let at = jiff::Timestamp::from_second(at.as_second()).unwrap_or(at);
        Self(at.to_zoned(TimeZone::UTC).datetime())
    }

    /// A time as a file writes it: RFC 3339 (`…Z`, or with an offset from
    /// UTC); `None` if it is not one. Fractions of a second are dropped.
    pub fn parse(text: &str) -> Option<Self> {
        if let Ok(at) = text.parse::<jiff::Timestamp>() {
            return Some(Self::of(at));
        }
        // Beyond `jiff`'s instants (the last hours of year 9999): a UTC
        // date and time is still a time.
        let civil = text.strip_suffix('Z').or_else(|| text.strip_suffix('z'))?;
        let at: DateTime = civil.parse().ok()?;
        Some(Self(at.with().subsec_nanosecond(0).build().ok()?))
    }

    /// Formats it (in UTC) with `strftime`-style `format`.
    pub fn strftime<'f>(&self, format: &'f str) -> impl std::fmt::Display + 'f {
        self.0.strftime(format)
    }

    /// Formats it in the computer's time zone when that can be worked out
    /// (in UTC, marked so, when it cannot: at the very end of year 9999).
    pub fn local(&self, format: &str) -> String {
        match self.0.to_zoned(TimeZone::UTC) {
            Ok(at) => at
                .with_time_zone(TimeZone::system())
                .strftime(format)
                .to_string(),
            Err(_) => format!("{} UTC", self.0.strftime(format)),
        }
    }
}

impl std::str::FromStr for When {
    type Err = NotATime;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text).ok_or(NotATime)
    }
}

/// A text that is not a time as files write it (see [`When::parse`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotATime;

impl std::fmt::Display for NotATime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a time in UTC written like 2026-11-23T19:45:12Z")
    }
}

impl From<jiff::Timestamp> for When {
    fn from(at: jiff::Timestamp) -> Self {
        Self::of(at)
    }
}

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}Z", self.0)
    }
}

/// One move of a card, as the log keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The card that moved.
    pub responsibility: ResponsibilityId,
    /// Its name when it moved (the card may since be renamed or deleted).
    pub name: String,
    /// Its owner before (`None` = the unassigned tray).
    pub from: Option<ExecutiveId>,
    /// Its owner after (`None` = the unassigned tray).
    pub to: Option<ExecutiveId>,
    /// Why, in the words of whoever moved it; empty until someone says.
    pub reason: String,
    /// When it moved, to the second.
    pub when: When,
}

impl Design {
    /// Logs the move a [`super::Edit::Move`] just made of `responsibility`
    /// from `from`, at `when`. Does nothing if the card is not there.
    pub fn log_move(
        &mut self,
        responsibility: &ResponsibilityId,
        from: Option<ExecutiveId>,
        when: jiff::Timestamp,
    ) {
        let Some(card) = self.responsibility(responsibility) else {
            return;
        };
        let decision = Decision {
            responsibility: card.id.clone(),
            name: card.name.clone(),
            from,
            to: card.owner.clone(),
            reason: String::new(),
            when: When::of(when),
        };
        self.decisions.push(decision);
    }

    /// The newest entry about `responsibility`, with its place in the log.
    pub fn last_decision_about(&self, responsibility: &ResponsibilityId) -> Option<usize> {
        self.decisions
            .iter()
            .rposition(|d| &d.responsibility == responsibility)
    }

    /// The title to show for an owner in the log: the executive's short
    /// title if it is still on the chart, its id if it has gone, "the tray"
    /// for none.
    pub fn owner_label(&self, owner: Option<&ExecutiveId>) -> String {
        match owner {
            None => "the tray".to_owned(),
            Some(id) => self
                .executive(id)
                .map_or_else(|| id.0.clone(), |e| e.short_title.clone()),
        }
    }

    /// One line for an entry: "Information security: from CIO to CTO".
    pub fn decision_line(&self, decision: &Decision) -> String {
        format!(
            "{}: from {} to {}",
            decision.name,
            self.owner_label(decision.from.as_ref()),
            self.owner_label(decision.to.as_ref())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edit;
    use crate::templates::default_design;

    fn moment() -> jiff::Timestamp {
        "2026-11-23T19:45:12.75Z".parse().unwrap_or_default()
    }

    #[test]
    fn a_logged_move_names_both_ends_and_keeps_the_second() {
        let mut design = default_design();
        let id = ResponsibilityId("security".into());
        let from = design.responsibility(&id).and_then(|r| r.owner.clone());
        let moved = design.apply(Edit::Move {
            responsibility: id.clone(),
            to: Some(ExecutiveId("cto".into())),
        });
        assert_eq!(moved, Ok(true));
        design.log_move(&id, from, moment());
        let index = design.last_decision_about(&id).expect("logged");
        let decision = &design.decisions[index];
        assert_eq!(decision.when.to_string(), "2026-11-23T19:45:12Z");
        assert_eq!(
            design.decision_line(decision),
            "Information security: from CIO to CTO"
        );
        assert!(decision.reason.is_empty());
    }

    #[test]
    fn every_time_a_file_can_write_is_read_and_written_back() {
        for text in [
            "2026-11-23T19:45:12Z",
            "9999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
        ] {
            let when = When::parse(text).expect(text);
            assert_eq!(when.to_string(), text);
        }
        assert_eq!(
            When::parse("2026-11-23T20:45:12.9+01:00").map(|w| w.to_string()),
            Some("2026-11-23T19:45:12Z".to_owned())
        );
        assert!(When::parse("2026-11-23 19:45").is_none());
        assert!(When::parse("yesterday").is_none());
        let last = When::parse("9999-12-31T23:59:59Z").expect("the last second");
        assert!(!last.local("%Y-%m-%d %H:%M").is_empty());
        assert!(last > When::parse("2026-11-23T19:45:12Z").expect("a time"));
    }

    #[test]
    fn owners_that_have_gone_show_by_id_and_none_is_the_tray() {
        let design = default_design();
        assert_eq!(design.owner_label(None), "the tray");
        assert_eq!(design.owner_label(Some(&ExecutiveId("cio".into()))), "CIO");
        assert_eq!(
            design.owner_label(Some(&ExecutiveId("gone".into()))),
            "gone"
        );
    }

    #[test]
    fn logging_a_card_that_is_not_there_does_nothing() {
        let mut design = default_design();
        design.log_move(&ResponsibilityId("nope".into()), None, moment());
        assert!(design.decisions.is_empty());
    }
}
