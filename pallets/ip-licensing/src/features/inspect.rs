//! Licensing as the provider of the glue traits of `ipledger-primitives`, and the queries of
//! its runtime API.

use super::now;
use crate::{
	BalanceOf, Config, EndReason, Licence, LicenceId, Licences, LicencesOf, LicencesOfRight,
	NotLicensed, Pallet,
};
use alloc::vec::Vec;
use ipledger_primitives::{
	licensing::{self, Field},
	territory::CountryCode,
	traits::{LicenceFacts, LicensingEffects, LicensingInspect, PartyReferences, RightsInspect},
	Moment, PartyId, RightId,
};
use sp_runtime::{DispatchError, DispatchResult};

/// Who receives what from a payment.
pub type Payees<T> = Vec<(PartyId, BalanceOf<T>)>;

/// The most licence ids one page of [`Pallet::licences_of`] returns.
pub const MAX_PAGE: u32 = 1_000;

/// How far a licence comes towards covering a use, to report the closest miss.
fn miss_rank(reason: NotLicensed) -> u8 {
	match reason {
		NotLicensed::RightNotInForce | NotLicensed::NoLicence => 0,
		NotLicensed::OutsideTerritory => 1,
		NotLicensed::OutsideField => 2,
		NotLicensed::NotYet | NotLicensed::NoLonger => 3,
	}
}

impl<T: Config> Pallet<T> {
	/// Why `licence` does not cover using its right in `country` for `field` on `date`, if
	/// it does not; its right's state aside.
	fn miss(
		licence: &Licence<T>,
		country: CountryCode,
		field: &Field,
		date: Moment,
	) -> Option<NotLicensed> {
		let period = Self::effective_period(licence);
		if !licensing::territory_covers(&licence.terms.territory, country) {
			Some(NotLicensed::OutsideTerritory)
		} else if !licensing::field_of_use_covers(&licence.terms.fields, field) {
			Some(NotLicensed::OutsideField)
		} else if date < period.start {
			Some(NotLicensed::NotYet)
		} else if !period.contains(date) {
			Some(NotLicensed::NoLonger)
		} else {
			None
		}
	}

	/// The licences of `right` not yet released, in grant order (sublicences included).
	pub fn licences_of_right(right: RightId) -> Vec<(LicenceId, Licence<T>)> {
		LicencesOfRight::<T>::get(right)
			.into_iter()
			.filter_map(|id| Licences::<T>::get(id).map(|licence| (id, licence)))
			.collect()
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) ids of the licences `party` holds, in storage
	/// order, after `start_after`: pass the last id of a page to get the next.
	pub fn licences_of(
		party: PartyId,
		start_after: Option<LicenceId>,
		limit: u32,
	) -> Vec<LicenceId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match start_after {
			Some(last) => {
				let from = LicencesOf::<T>::hashed_key_for(party, last);
				LicencesOf::<T>::iter_key_prefix_from(party, from).take(limit).collect()
			},
			None => LicencesOf::<T>::iter_key_prefix(party).take(limit).collect(),
		}
	}

	/// What a report of `period` with `net_revenue` and `units` would owe, and who would
	/// receive what, as `report_royalties` computes it; `None` for an unknown licence, a
	/// licence without running royalties, or a period after it ended.
	pub fn royalty_due(
		id: LicenceId,
		period: u32,
		net_revenue: BalanceOf<T>,
		units: u64,
	) -> Option<(BalanceOf<T>, Payees<T>)> {
		let licence = Licences::<T>::get(id)?;
		if !licence.terms.payment.runs() {
			return None;
		}
		let (_, end) = Self::period_bounds(&licence, period)?;
		let due = Self::amount_due(&licence.terms, net_revenue, units).ok()?;
		Some((due, Self::royalty_payees(&licence, due, end)))
	}
}

impl<T: Config> LicensingInspect for Pallet<T> {
	/// The first licence of the party (in grant order) that covers the use; otherwise the
	/// reason of the licence that came closest (territory, then field, then time).
	fn is_licensed(
		right: RightId,
		party: PartyId,
		country: CountryCode,
		field: &Field,
		date: Moment,
	) -> Result<LicenceId, NotLicensed> {
		if !T::Rights::is_in_force_on(right, date) {
			return Err(NotLicensed::RightNotInForce);
		}
		let mut closest = NotLicensed::NoLicence;
		for (id, licence) in Self::licences_of_right(right) {
			if licence.licensee != party {
				continue;
			}
			match Self::miss(&licence, country, field, date) {
				None => return Ok(id),
				Some(reason) if miss_rank(reason) > miss_rank(closest) => closest = reason,
				Some(_) => {},
			}
		}
		Err(closest)
	}

	fn licence_on(licence: LicenceId, date: Moment) -> Option<LicenceFacts> {
		let record = Licences::<T>::get(licence)?;
		Some(LicenceFacts {
			right: record.terms.right,
			licensee: record.licensee,
			exclusivity: record.terms.exclusivity,
			in_force: Self::in_force_on(&record, date),
		})
	}

	fn is_exclusive_licensee(right: RightId, party: PartyId, date: Moment) -> bool {
		Self::licences_of_right(right).iter().any(|(_, licence)| {
			licence.licensee == party
				&& licence.terms.exclusivity == licensing::Exclusivity::Exclusive
				&& Self::in_force_on(licence, date)
		})
	}
}

/// A court's or an office's decision ends a licence (and so its sublicences) from now on.
impl<T: Config> LicensingEffects<T::AccountId> for Pallet<T> {
	fn terminate(licence: LicenceId, by: &T::AccountId, reference: &[u8]) -> DispatchResult {
		let bad_reference = DispatchError::Other("a decision's reference is 1 to 64 bytes");
		let reference: frame_support::BoundedVec<u8, _> =
			reference.to_vec().try_into().map_err(|_| bad_reference)?;
		frame_support::ensure!(!reference.is_empty(), bad_reference);
		let mut record = Licences::<T>::get(licence).ok_or(crate::Error::<T>::UnknownLicence)?;
		Self::end_licence(licence, &mut record, now::<T>(), EndReason::Decision, by)?;
		Licences::<T>::insert(licence, record);
		crate::DecisionOf::<T>::insert(licence, reference.clone());
		Self::deposit_event(crate::Event::TerminatedByDecision { licence, reference });
		Ok(())
	}
}

/// A party that holds a licence not yet released is referred to: it cannot be closed.
impl<T: Config> PartyReferences for Pallet<T> {
	fn is_referenced(party: PartyId) -> bool {
		LicencesOf::<T>::iter_key_prefix(party).next().is_some()
	}
}
