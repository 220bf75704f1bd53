//! What terms may say, and how licences' scopes meet: validation against the right, the
//! parent licence and the other licences of the right.

use crate::{
	BalanceOf, Config, Error, Exclusivity, Field, FieldOfUse, Licence, LicenceId, Licences,
	LicencesOfRight, Pallet, Period, TermsOf, Territory,
};
use ipledger_primitives::{
	licensing::{self, canonical_field_code},
	territory::Jurisdictions,
	traits::{PartiesInspect, RightsInspect},
	LegalState, Moment, RightKind,
};
use sp_runtime::traits::{CheckedAdd, CheckedMul};

/// The longest reporting period, in months.
pub const MAX_PERIOD_MONTHS: u32 = 120;

/// The longest grace period, in days.
pub const MAX_GRACE_DAYS: u32 = 366;

/// How exclusive, as a rank: a sublicence ranks no higher than its parent.
fn rank(exclusivity: Exclusivity) -> u8 {
	match exclusivity {
		Exclusivity::NonExclusive => 0,
		Exclusivity::Sole => 1,
		Exclusivity::Exclusive => 2,
	}
}

/// Whether licences on terms `a` and `b` over periods `a_period` and `b_period` conflict: they
/// overlap in territory, field and period, and one of them is exclusive or sole.
pub(crate) fn scopes_conflict<B, C: AsRef<[crate::CountryCode]>, F: AsRef<[Field]>>(
	a: &crate::Terms<B, C, F>,
	a_period: Period,
	b: &crate::Terms<B, C, F>,
	b_period: Period,
) -> bool {
	let both_non_exclusive =
		a.exclusivity == Exclusivity::NonExclusive && b.exclusivity == Exclusivity::NonExclusive;
	!both_non_exclusive
		&& a_period.overlaps(&b_period)
		&& licensing::territories_overlap(&a.territory, &b.territory)
		&& licensing::fields_overlap(&a.fields, &b.fields)
}

impl<T: Config> Pallet<T> {
	/// Checks `terms` against their right now and puts their fields in canonical form (a Nice
	/// class without a leading zero). For a new licence of the right (no parent), the
	/// territory must be one the right covers.
	pub(crate) fn check_terms(terms: &mut TermsOf<T>, now: Moment) -> Result<RightKind, Error<T>> {
		let (kind, office) =
			T::Rights::kind_and_office(terms.right).ok_or(Error::<T>::UnknownRight)?;
		match T::Rights::legal_state(terms.right) {
			Some(LegalState::Pending | LegalState::InForce) => {},
			_ => return Err(Error::<T>::RightNotLicensable),
		}
		match &terms.territory {
			// A registered right covers its office's jurisdiction; an unregistered one (no
			// office) is licensed anywhere.
			Territory::Worldwide => {
				if office.is_some() {
					return Err(Error::<T>::OutsideJurisdiction);
				}
			},
			Territory::Countries(countries) => {
				if countries.is_empty()
					|| countries.windows(2).any(|pair| pair[0] >= pair[1])
					|| countries.iter().any(|country| country.validate().is_err())
				{
					return Err(Error::<T>::InvalidTerritory);
				}
				if let Some(office) = office {
					let covered = T::Jurisdictions::countries_of(office);
					if countries.iter().any(|country| !covered.contains(country)) {
						return Err(Error::<T>::OutsideJurisdiction);
					}
				}
			},
		}
		if let FieldOfUse::Fields(fields) = &mut terms.fields {
			if fields.is_empty() {
				return Err(Error::<T>::InvalidField);
			}
			for field in fields.iter_mut() {
				if let Field::Class(code) = field {
					let canonical =
						canonical_field_code(kind, code).ok_or(Error::<T>::InvalidField)?;
					*code = canonical.try_into().map_err(|_| Error::<T>::InvalidField)?;
				}
			}
			let ordered = fields.windows(2).all(|pair| pair[0] < pair[1]);
			let nested = fields.iter().enumerate().any(|(i, a)| {
				fields.iter().enumerate().any(|(j, b)| i != j && licensing::field_covers(a, b))
			});
			if !ordered || nested {
				return Err(Error::<T>::InvalidField);
			}
		}
		if terms.end.is_some_and(|end| end <= terms.start || end <= now) {
			return Err(Error::<T>::InvalidPeriod);
		}
		if let Some(limit) = T::Rights::term_limit(terms.right) {
			if terms.end.is_none_or(|end| end > limit) {
				return Err(Error::<T>::OutlivesRight);
			}
		}
		let payment = &terms.payment;
		let period_ok = if payment.runs() {
			(1..=MAX_PERIOD_MONTHS).contains(&payment.period_months)
		} else {
			payment.period_months == 0 && payment.grace_days == 0
		};
		if !period_ok || payment.grace_days > MAX_GRACE_DAYS {
			return Err(Error::<T>::InvalidPayment);
		}
		if let Some(licensee) = terms.licensee {
			if !T::Parties::exists(licensee) || super::is_owner::<T>(terms.right, licensee) {
				return Err(Error::<T>::InvalidLicensee);
			}
		}
		Ok(kind)
	}

	/// Checks that sublicence `terms` lie within `parent` and are no more exclusive.
	pub(crate) fn check_within_parent(
		terms: &TermsOf<T>,
		parent: &Licence<T>,
	) -> Result<(), Error<T>> {
		let parent_terms = &parent.terms;
		let within = terms.right == parent_terms.right
			&& licensing::territory_within(&terms.territory, &parent_terms.territory)
			&& licensing::fields_within(&terms.fields, &parent_terms.fields)
			&& terms
				.period()
				.within(&Period { start: parent_terms.start, end: parent.own_end() })
			&& rank(terms.exclusivity) <= rank(parent_terms.exclusivity);
		if !within {
			return Err(Error::<T>::BeyondParent);
		}
		if terms.licensee == Some(parent.licensee) {
			return Err(Error::<T>::InvalidLicensee);
		}
		Ok(())
	}

	/// The moment a licence stops covering anything (exclusive): its own end, or its parent's
	/// if that comes first; `None`: with the right.
	pub(crate) fn effective_end(licence: &Licence<T>) -> Option<Moment> {
		let parent_end =
			licence.parent.and_then(Licences::<T>::get).and_then(|parent| parent.own_end());
		ipledger_primitives::date::earliest(licence.own_end(), parent_end)
	}

	/// The licence's period as it stands: from its start to its effective end.
	pub(crate) fn effective_period(licence: &Licence<T>) -> Period {
		Period { start: licence.terms.start, end: Self::effective_end(licence) }
	}

	/// The first licence of the right, not yet ended in their common period, that a licence on
	/// `terms` would conflict with: one overlapping it in territory, field and period, where
	/// either is exclusive or sole. A sublicence's parent is not counted.
	pub fn conflict(terms: &TermsOf<T>, parent: Option<LicenceId>) -> Option<LicenceId> {
		let period = terms.period();
		LicencesOfRight::<T>::get(terms.right).into_iter().find(|id| {
			Some(*id) != parent
				&& Licences::<T>::get(id).is_some_and(|other| {
					scopes_conflict(terms, period, &other.terms, Self::effective_period(&other))
				})
		})
	}

	/// The amount due for a period: the royalty rate of `net_revenue` plus the unit fee for
	/// `units`, and at least the minimum.
	pub fn amount_due(
		terms: &TermsOf<T>,
		net_revenue: BalanceOf<T>,
		units: u64,
	) -> Result<BalanceOf<T>, Error<T>> {
		let payment = &terms.payment;
		let units = BalanceOf::<T>::try_from(units).map_err(|_| Error::<T>::Overflow)?;
		let due = payment
			.per_unit
			.checked_mul(&units)
			.and_then(|fees| fees.checked_add(&payment.royalty_rate.mul_floor(net_revenue)))
			.ok_or(Error::<T>::Overflow)?;
		Ok(due.max(payment.minimum))
	}
}
