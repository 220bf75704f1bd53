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
///
/// A right's protection runs in paid periods: the first term, then one renewal (a trademark's
/// ten years, a patent's annuity year) after another, up to the maximum term. An owner renews
/// within the renewal window before the period ends, or late within the grace period; a right
/// not renewed by then lapses, and the office may restore it within the restoration period.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct KindRules<Balance> {
	/// The first period of protection, in months; 0 for a right without a fixed term (a
	/// geographical indication lasts while its conditions hold).
	pub term_months: u32,
	/// From which date the term runs.
	pub term_start: TermStart,
	/// How far one renewal (of a trademark, of a design) or annuity (of a patent) extends the
	/// protection, in months; 0 if it cannot be extended.
	pub renewal_months: u32,
	/// The longest protection with every renewal, in months from the term's start; 0 for no
	/// limit (trademarks renew indefinitely).
	pub max_term_months: u32,
	/// How long before a period ends its renewal may be paid, in months.
	pub renewal_window_months: u32,
	/// How long after a period ends a late renewal is still accepted, in months. The right
	/// stays in force meanwhile; if the renewal never comes, it has lapsed.
	pub grace_months: u32,
	/// How long after a lapse the office may restore the right, in months; 0 if it cannot.
	pub restoration_months: u32,
	/// The longest extension of the maximum term by supplementary protection certificates or
	/// term extensions, in months; 0 if the kind has none.
	pub max_extension_months: u32,
	/// The Paris Convention priority period, in months; 0 if priority cannot be claimed.
	pub priority_months: u32,
	/// Whether the office publishes applications of this kind.
	pub publication: bool,
	/// Whether the office examines them before grant.
	pub examination: bool,
	/// Whether third parties may oppose them.
	pub opposition: bool,
	/// The fee for one renewal or annuity, paid to the office.
	pub renewal_fee: Balance,
	/// The office's filing fee, paid by the filer when the application is filed (at least
	/// the runtime's `MinFilingFee`); the office keeps it, whatever becomes of the application.
	pub filing_fee: Balance,
	/// The office's time zone, as minutes east of UTC (UTC+1: 60): the calendar days its
	/// periods count in (a priority period ends at the end of its last local day). From -720
	/// to 840.
	pub utc_offset_minutes: i16,
}

/// Why a set of rules makes no sense.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RulesError {
	/// Renewals or a maximum term without a term to renew, or a maximum shorter than the term.
	InconsistentTerm,
	/// A period longer than 100 years.
	PeriodTooLong,
	/// A time zone more than 12 hours west or 14 hours east of UTC.
	TimeZoneOutOfRange,
}

/// The time zones offices may have, in minutes east of UTC: from UTC-12 to UTC+14.
pub const UTC_OFFSETS: core::ops::RangeInclusive<i16> = -720..=840;

/// The longest period any rule may name: 100 years.
pub const MAX_PERIOD_MONTHS: u32 = 1_200;

impl<Balance: Default> KindRules<Balance> {
	/// The rules that apply where governance has set none, from the treaties' minimums.
	pub fn default_for(kind: RightKind) -> Self {
		use RightKind::*;
		use TermStart::*;
		// (term, start, renewal, max, window, grace, restoration, extension, priority)
		let (term, start, renewal, max, window, grace, restoration, extension, priority) =
			match kind {
				// 20 years from filing (TRIPS art. 33), kept alive by annuities; 6 months' grace
				// (Paris art. 5bis), restoration within a year of the lapse (PLT art. 12), and
				// up to 5.5 years of supplementary protection (EU SPC with paediatric extension).
				Patent => (12, Filing, 12, 240, 3, 6, 12, 66, 12),
				UtilityModel => (12, Filing, 12, 120, 3, 6, 12, 0, 12),
				// 10 years, renewable indefinitely (TRIPS art. 18), renewed in the last 6 months.
				Trademark => (120, Filing, 120, 0, 6, 6, 0, 0, 6),
				// Renewable 5-year terms up to 25 years (TRIPS art. 26: at least 10).
				IndustrialDesign => (60, Filing, 60, 300, 6, 6, 0, 0, 6),
				// Indefinite while its conditions hold.
				GeographicalIndication => (0, Grant, 0, 0, 0, 0, 0, 0, 0),
				// At least 20 years from grant (UPOV 1991 art. 19), with annual fees.
				PlantVariety => (12, Grant, 12, 240, 3, 6, 0, 0, 12),
				// 10 years (TRIPS art. 38).
				IntegratedCircuitLayout => (120, Filing, 0, 120, 0, 0, 0, 0, 0),
				// Not registered: the chain keeps evidence only.
				Copyright | TradeSecret => (0, Filing, 0, 0, 0, 0, 0, 0, 0),
			};
		let procedures = match kind {
			Patent | Trademark | GeographicalIndication | PlantVariety => (true, true, true),
			UtilityModel | IndustrialDesign => (true, false, false),
			IntegratedCircuitLayout | Copyright | TradeSecret => (false, false, false),
		};
		KindRules {
			term_months: term,
			term_start: start,
			renewal_months: renewal,
			max_term_months: max,
			renewal_window_months: window,
			grace_months: grace,
			restoration_months: restoration,
			max_extension_months: extension,
			priority_months: priority,
			publication: procedures.0,
			examination: procedures.1,
			opposition: procedures.2,
			renewal_fee: Balance::default(),
			filing_fee: Balance::default(),
			utc_offset_minutes: 0,
		}
	}

	/// Checks that the periods fit together.
	pub fn validate(&self) -> Result<(), RulesError> {
		let periods = [
			self.term_months,
			self.renewal_months,
			self.max_term_months,
			self.renewal_window_months,
			self.grace_months,
			self.restoration_months,
			self.max_extension_months,
			self.priority_months,
		];
		if periods.iter().any(|months| *months > MAX_PERIOD_MONTHS) {
			return Err(RulesError::PeriodTooLong);
		}
		if !UTC_OFFSETS.contains(&self.utc_offset_minutes) {
			return Err(RulesError::TimeZoneOutOfRange);
		}
		let renewable_without_term = self.term_months == 0 && self.renewal_months > 0;
		let max_without_term = self.term_months == 0 && self.max_term_months > 0;
		let max_below_term = self.max_term_months > 0 && self.max_term_months < self.term_months;
		let extension_without_limit = self.max_extension_months > 0 && self.max_term_months == 0;
		if renewable_without_term || max_without_term || max_below_term || extension_without_limit {
			return Err(RulesError::InconsistentTerm);
		}
		Ok(())
	}

	/// `moment` as the office's clocks show it: shifted by its time zone, so that whole days
	/// of the result are the office's calendar days.
	pub fn local(&self, moment: Moment) -> Moment {
		moment.saturating_add_signed(i64::from(self.utc_offset_minutes) * 60_000)
	}

	/// The term of a right granted on `grant_date`, whose term runs from `filing_date` or the
	/// grant; `None` for a right without a fixed term. Periods that fell due before the grant
	/// count as paid with the application, so the first period runs past the grant date.
	pub fn first_term(&self, filing_date: Moment, grant_date: Moment) -> Option<Term> {
		if self.term_months == 0 {
			return None;
		}
		let start = match self.term_start {
			TermStart::Filing => filing_date,
			TermStart::Grant => grant_date,
		};
		let max_months = match (self.max_term_months, self.renewal_months) {
			(0, 0) => Some(self.term_months),
			(0, _) => None,
			(max, _) => Some(max),
		};
		let mut paid_months = self.term_months;
		if self.renewal_months > 0 {
			// At most MAX_PERIOD_MONTHS steps: the term is at most 100 years.
			while add_months(start, paid_months) <= grant_date
				&& max_months.is_none_or(|max| paid_months < max)
				&& paid_months <= 2 * MAX_PERIOD_MONTHS
			{
				paid_months = paid_months.saturating_add(self.renewal_months);
			}
		}
		if let Some(max) = max_months {
			paid_months = paid_months.min(max);
		}
		Some(Term::new(start, paid_months, max_months, 0, self.grace_months))
	}
}

/// The protection of a granted right: how far it is paid or renewed, and its limit.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Term {
	/// The date the term runs from (filing, or grant) (UNIX milliseconds).
	pub start: Moment,
	/// How many months from `start` are paid or renewed.
	pub paid_months: u32,
	/// The most months of protection, certificates' extensions included; `None` for no limit.
	pub max_months: Option<u32>,
	/// The end of the paid period: `start` plus `paid_months` (UNIX milliseconds).
	pub ends: Moment,
	/// The last moment (exclusive) a late renewal is accepted; `ends` when no renewal can
	/// follow.
	pub grace_ends: Moment,
	/// How many renewals or annuities were paid since the grant.
	pub renewals: u32,
	/// How many months of `max_months` certificates or term extensions added.
	pub extension_months: u32,
}

impl Term {
	/// The term from `start` paid for `paid_months` of at most `max_months`, with
	/// `grace_months` of grace after it unless it has reached its limit.
	pub fn new(
		start: Moment,
		paid_months: u32,
		max_months: Option<u32>,
		renewals: u32,
		grace_months: u32,
	) -> Term {
		let ends = add_months(start, paid_months);
		let mut term = Term {
			start,
			paid_months,
			max_months,
			ends,
			grace_ends: ends,
			renewals,
			extension_months: 0,
		};
		if !term.is_final() {
			term.grace_ends = add_months(ends, grace_months);
		}
		term
	}

	/// Whether the paid period reaches the limit: nothing can be renewed, and the right
	/// expires when it ends.
	pub fn is_final(&self) -> bool {
		self.max_months.is_some_and(|max| self.paid_months >= max)
	}

	/// The end of protection whatever is paid, if it has one.
	pub fn limit(&self) -> Option<Moment> {
		self.max_months.map(|max| add_months(self.start, max))
	}

	/// Whether the right is protected on `date`, as it stands at `now`: within the paid
	/// period, or after it while a late renewal may still come (the grace period). Once the
	/// grace has run out, the right lapsed as of the end of the paid period.
	pub fn covers(&self, date: Moment, now: Moment) -> bool {
		date < self.ends || (now < self.grace_ends && date < self.grace_ends)
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
		let mark = KindRules::<u64>::default_for(RightKind::Trademark).first_term(filed, granted);
		let mark = mark.unwrap();
		assert_eq!((mark.ends, mark.grace_ends), (add_months(filed, 120), add_months(filed, 126)));
		assert_eq!(mark.limit(), None);
		let variety = KindRules::<u64>::default_for(RightKind::PlantVariety);
		let term = variety.first_term(filed, granted).unwrap();
		assert_eq!((term.start, term.ends), (granted, add_months(granted, 12)));
		assert_eq!(term.limit(), Some(add_months(granted, 240)));
		let gi = KindRules::<u64>::default_for(RightKind::GeographicalIndication);
		assert_eq!(gi.first_term(filed, granted), None);
	}

	#[test]
	fn annuities_due_before_grant_count_as_paid() {
		let filed = 1_767_225_600_000; // 2026-01-01
		let patent = KindRules::<u64>::default_for(RightKind::Patent);
		// Granted 3 years and a day after filing: paid through the 4th year.
		let granted = add_months(filed, 36) + 1;
		let term = patent.first_term(filed, granted).unwrap();
		assert_eq!((term.paid_months, term.ends), (48, add_months(filed, 48)));
		assert_eq!(term.grace_ends, add_months(filed, 54));
		assert!(!term.is_final());
		// Granted in the 20th year: paid to the limit, no grace, expires at the end.
		let late = patent.first_term(filed, add_months(filed, 235)).unwrap();
		assert!(late.is_final());
		assert_eq!((late.ends, late.grace_ends), (add_months(filed, 240), add_months(filed, 240)));
		// A layout design's single term cannot be renewed.
		let layout = KindRules::<u64>::default_for(RightKind::IntegratedCircuitLayout);
		assert!(layout.first_term(filed, filed).unwrap().is_final());
	}

	#[test]
	fn a_term_covers_its_paid_period_and_a_pending_grace() {
		let term = Term::new(0, 12, Some(240), 0, 6);
		let (ends, grace_ends) = (term.ends, term.grace_ends);
		assert!(term.covers(ends - 1, 0));
		// In the grace, while a late renewal can still come.
		assert!(term.covers(ends, ends));
		assert!(!term.covers(grace_ends, ends));
		// Once the grace ran out, it lapsed as of the end of the paid period.
		assert!(!term.covers(ends, grace_ends));
		assert!(term.covers(ends - 1, grace_ends));
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
		let mut rules = KindRules::<u64>::default_for(RightKind::Trademark);
		rules.max_extension_months = 6;
		assert_eq!(rules.validate(), Err(RulesError::InconsistentTerm), "extending no limit");
	}
}
