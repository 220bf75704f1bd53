//! The law an office applies to one kind of right: its term, renewals, grace and priority
//! periods, and which procedures (publication, examination, opposition) it has.
//!
//! Governance sets them per (office, kind) with `set_rules`; where it has not, the defaults
//! below, taken from the international treaties (TRIPS, Paris Convention, UPOV), apply.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use ipledger_primitives::{date::add_months, Moment, RightKind};
use scale_info::TypeInfo;

/// From which date a right's term is counted.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum TermStart {
	/// The filing date (patents: TRIPS art. 33).
	Filing,
	/// The date of grant or registration.
	Grant,
}

/// An office's rules for one kind of right. Periods are calendar months.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct KindRules<Balance> {
	/// The term before any renewal, in months; 0 for a right without a fixed term (a
	/// geographical indication lasts while its conditions hold).
	pub term_months: u32,
	/// From which date the term runs.
	pub term_start: TermStart,
	/// How far one renewal (of a trademark, of a design) extends the term, in months; 0 if the
	/// term cannot be extended.
	pub renewal_months: u32,
	/// The longest protection with every renewal, in months from the term's start; 0 for no
	/// limit (trademarks renew indefinitely).
	pub max_term_months: u32,
	/// How long after the term ends a late renewal is still accepted, in months.
	pub grace_months: u32,
	/// The Paris Convention priority period, in months; 0 if priority cannot be claimed.
	pub priority_months: u32,
	/// Whether the office publishes applications of this kind.
	pub publication: bool,
	/// Whether the office examines them before grant.
	pub examination: bool,
	/// Whether third parties may oppose them.
	pub opposition: bool,
	/// The fee for one renewal, paid to the office.
	pub renewal_fee: Balance,
}

/// Why a set of rules makes no sense.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RulesError {
	/// Renewals or a maximum term without a term to renew, or a maximum shorter than the term.
	InconsistentTerm,
	/// A period longer than 100 years.
	PeriodTooLong,
}

/// The longest period any rule may name: 100 years.
pub const MAX_PERIOD_MONTHS: u32 = 1_200;

impl<Balance: Default> KindRules<Balance> {
	/// The rules that apply where governance has set none, from the treaties' minimums.
	pub fn default_for(kind: RightKind) -> Self {
		use RightKind::*;
		use TermStart::*;
		// (term, start, renewal, max, grace, priority, publication, examination, opposition)
		let (term, start, renewal, max, grace, priority, publication, examination, opposition) =
			match kind {
				// 20 years from filing (TRIPS art. 33); annuities keep it alive within the term.
				Patent => (240, Filing, 0, 240, 6, 12, true, true, true),
				UtilityModel => (120, Filing, 0, 120, 6, 12, true, false, false),
				// 10 years, renewable indefinitely (TRIPS art. 18).
				Trademark => (120, Filing, 120, 0, 6, 6, true, true, true),
				// Renewable 5-year terms up to 25 years (TRIPS art. 26: at least 10).
				IndustrialDesign => (60, Filing, 60, 300, 6, 6, true, false, false),
				// Indefinite while its conditions hold.
				GeographicalIndication => (0, Grant, 0, 0, 0, 0, true, true, true),
				// At least 20 years from grant (UPOV 1991 art. 19).
				PlantVariety => (240, Grant, 0, 240, 6, 12, true, true, true),
				// 10 years (TRIPS art. 38).
				IntegratedCircuitLayout => (120, Filing, 0, 120, 0, 0, false, false, false),
				// Not registered: the chain keeps evidence only.
				Copyright | TradeSecret => (0, Filing, 0, 0, 0, 0, false, false, false),
			};
		KindRules {
			term_months: term,
			term_start: start,
			renewal_months: renewal,
			max_term_months: max,
			grace_months: grace,
			priority_months: priority,
			publication,
			examination,
			opposition,
			renewal_fee: Balance::default(),
		}
	}

	/// Checks that the periods fit together.
	pub fn validate(&self) -> Result<(), RulesError> {
		let periods = [
			self.term_months,
			self.renewal_months,
			self.max_term_months,
			self.grace_months,
			self.priority_months,
		];
		if periods.iter().any(|months| *months > MAX_PERIOD_MONTHS) {
			return Err(RulesError::PeriodTooLong);
		}
		let renewable_without_term = self.term_months == 0 && self.renewal_months > 0;
		let max_without_term = self.term_months == 0 && self.max_term_months > 0;
		let max_below_term = self.max_term_months > 0 && self.max_term_months < self.term_months;
		if renewable_without_term || max_without_term || max_below_term {
			return Err(RulesError::InconsistentTerm);
		}
		Ok(())
	}

	/// When the first term of a right ends, given its filing and grant dates; `None` for a
	/// right without a fixed term.
	pub fn first_term_end(&self, filing_date: Moment, grant_date: Moment) -> Option<Moment> {
		if self.term_months == 0 {
			return None;
		}
		let start = match self.term_start {
			TermStart::Filing => filing_date,
			TermStart::Grant => grant_date,
		};
		Some(add_months(start, self.term_months))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_default_is_consistent() {
		use RightKind::*;
		for kind in [
			Patent,
			UtilityModel,
			Trademark,
			IndustrialDesign,
			GeographicalIndication,
			PlantVariety,
			IntegratedCircuitLayout,
			Copyright,
			TradeSecret,
		] {
			assert_eq!(KindRules::<u64>::default_for(kind).validate(), Ok(()), "{kind:?}");
		}
	}

	#[test]
	fn terms_count_from_filing_or_grant() {
		let day = ipledger_primitives::MILLISECS_PER_DAY;
		let filed = 1_767_225_600_000; // 2026-01-01
		let granted = filed + 100 * day;
		let patent = KindRules::<u64>::default_for(RightKind::Patent);
		assert_eq!(patent.first_term_end(filed, granted), Some(add_months(filed, 240)));
		let variety = KindRules::<u64>::default_for(RightKind::PlantVariety);
		assert_eq!(variety.first_term_end(filed, granted), Some(add_months(granted, 240)));
		let gi = KindRules::<u64>::default_for(RightKind::GeographicalIndication);
		assert_eq!(gi.first_term_end(filed, granted), None);
	}

	#[test]
	fn refuses_senseless_periods() {
		let mut rules = KindRules::<u64>::default_for(RightKind::Trademark);
		rules.grace_months = MAX_PERIOD_MONTHS + 1;
		assert_eq!(rules.validate(), Err(RulesError::PeriodTooLong));
		let mut rules = KindRules::<u64>::default_for(RightKind::Patent);
		rules.max_term_months = 6;
		assert_eq!(rules.validate(), Err(RulesError::InconsistentTerm));
		let mut rules = KindRules::<u64>::default_for(RightKind::Trademark);
		rules.term_months = 0;
		assert_eq!(rules.validate(), Err(RulesError::InconsistentTerm), "renewals need a term");
	}
}
