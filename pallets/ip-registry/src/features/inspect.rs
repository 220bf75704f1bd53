//! The registry as the provider of the glue traits of `ipledger-primitives`.

use crate::{
	AnchorsOf, Config, History, Ownership, OwnershipRecord, Pallet, Rights, RightsOf, SecuredBy,
	StatusRecord,
};
use alloc::vec::Vec;
use ipledger_primitives::{
	traits::{PartyReferences, RightsInspect},
	LegalState, Moment, OfficeCode, PartyId, RightId, RightKind,
};
use sp_runtime::Perbill;

impl<T: Config> RightsInspect for Pallet<T> {
	fn kind_and_office(right: RightId) -> Option<(RightKind, Option<OfficeCode>)> {
		Rights::<T>::get(right).map(|r| (r.kind, r.office))
	}

	fn owners(right: RightId) -> Vec<(PartyId, Perbill)> {
		Rights::<T>::get(right).map(|r| r.owners.into_inner()).unwrap_or_default()
	}

	fn legal_state(right: RightId) -> Option<LegalState> {
		Rights::<T>::get(right).map(|r| r.legal_state_at(super::now::<T>()))
	}

	/// The stage of the event that took effect latest on or before `date` (the later recorded
	/// one if two share a date); events are checked when recorded to take effect between
	/// filing and recording.
	/// A granted right is no longer in force from the end of its term on, or from the end of
	/// a paid period whose grace ran out without a renewal.
	fn legal_state_on(right: RightId, date: Moment) -> Option<LegalState> {
		let record = Rights::<T>::get(right)?;
		if date < record.filing_date {
			return None;
		}
		let mut latest: Option<(Moment, crate::Stage)> = None;
		for index in 0..record.history_len {
			let Some(entry) = History::<T>::get(right, index) else { continue };
			let at = entry.details.effective();
			if at <= date && latest.is_none_or(|(seen, _)| at >= seen) {
				latest = Some((at, entry.stage));
			}
		}
		let now = super::now::<T>();
		let past_term = record.term.as_ref().is_some_and(|term| !term.covers(date, now));
		latest.map(|(_, stage)| match stage.legal_state() {
			LegalState::InForce if past_term => LegalState::NoLongerInForce,
			state => state,
		})
	}

	/// The limit of a granted right's term (its maximum, extensions included).
	fn term_limit(right: RightId) -> Option<Moment> {
		let record = Rights::<T>::get(right)?;
		if record.stage.legal_state() == LegalState::Pending {
			return None;
		}
		record.term?.limit()
	}

	/// The owners of the chain of title's latest entry dated on or before `date`.
	fn owners_on(right: RightId, date: Moment) -> Vec<(PartyId, Perbill)> {
		Self::chain_of_title(right)
			.into_iter()
			.take_while(|entry| entry.since <= date)
			.last()
			.map(|entry| entry.owners.into_inner())
			.unwrap_or_default()
	}
}

/// The most right ids one page of [`Pallet::rights_of`] returns.
pub const MAX_PAGE: u32 = 1_000;

impl<T: Config> Pallet<T> {
	/// Up to `limit` (at most [`MAX_PAGE`]) ids of the rights `party` owns or applied for,
	/// in storage order, after `start_after`: pass the last id of a page to get the next.
	pub fn rights_of(party: PartyId, start_after: Option<RightId>, limit: u32) -> Vec<RightId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match start_after {
			Some(last) => {
				let from = RightsOf::<T>::hashed_key_for(party, last);
				RightsOf::<T>::iter_key_prefix_from(party, from).take(limit).collect()
			},
			None => RightsOf::<T>::iter_key_prefix(party).take(limit).collect(),
		}
	}

	/// The right's legal-status history, in the order it was recorded.
	pub fn history(right: RightId) -> Vec<StatusRecord<T>> {
		let len = Rights::<T>::get(right).map(|r| r.history_len).unwrap_or_default();
		(0..len).filter_map(|index| History::<T>::get(right, index)).collect()
	}

	/// The right's chain of title: its owners over time, the applicants first.
	pub fn chain_of_title(right: RightId) -> Vec<OwnershipRecord<T>> {
		let len = Rights::<T>::get(right).map(|r| r.ownership_len).unwrap_or_default();
		(0..len).filter_map(|index| Ownership::<T>::get(right, index)).collect()
	}
}

/// A party that owns or applied for a right, holds a security interest over one, anchored a
/// work or committed to one is referred to: it cannot be closed.
impl<T: Config> PartyReferences for Pallet<T> {
	fn is_referenced(party: PartyId) -> bool {
		RightsOf::<T>::iter_key_prefix(party).next().is_some()
			|| SecuredBy::<T>::iter_key_prefix(party).next().is_some()
			|| AnchorsOf::<T>::iter_key_prefix(party).next().is_some()
			|| crate::CommitmentsOf::<T>::iter_key_prefix(party).next().is_some()
	}
}
