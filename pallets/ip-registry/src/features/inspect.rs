//! The registry as the provider of the glue traits of `ipledger-primitives`.

use crate::{
	AnchorsOf, Config, History, Ownership, OwnershipRecord, Pallet, Rights, RightsOf, SecuredBy,
	StageChange, StageChanges, StatusRecord,
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

	/// The stage of the latest recorded change of stage that took effect on or before `date`
	/// (see [`StageChanges`]): a change takes effect from its date on, over what was recorded
	/// before it, so a revocation with effect from the filing (ab initio) leaves the right
	/// never in force; an entry that changes no stage (a renewal, a recorded licence or
	/// transfer, a decision) dates no state, whatever its date. A granted right is no longer
	/// in force from the end of its term on, or from the end of a paid period whose grace ran
	/// out without a renewal.
	fn legal_state_on(right: RightId, date: Moment) -> Option<LegalState> {
		let record = Rights::<T>::get(right)?;
		if date < record.filing_date {
			return None;
		}
		let stage = StageChanges::<T>::get(right)
			.into_iter()
			.rev()
			.find(|change| change.effective <= date)
			.map(|change| change.stage)?;
		let now = super::now::<T>();
		let past_term = record.term.as_ref().is_some_and(|term| !term.covers(date, now));
		Some(match stage.legal_state() {
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

	/// Where the last stretch of dates on which `legal_state_on` answers "no longer in
	/// force" begins: at a change of stage that took effect before every later-recorded one
	/// (the only changes `legal_state_on` ever answers with, for some date), or at the end of
	/// a paid term whose grace ran out, whichever is first.
	fn end_of_force(right: RightId) -> Option<Moment> {
		let record = Rights::<T>::get(right)?;
		let now = super::now::<T>();
		if record.legal_state_at(now) != LegalState::NoLongerInForce {
			return None;
		}
		let mut ended_by_event = None;
		let mut earliest_later = Moment::MAX;
		for StageChange { effective: at, stage } in StageChanges::<T>::get(right).into_iter().rev()
		{
			if at >= earliest_later {
				continue;
			}
			if stage.legal_state() != LegalState::NoLongerInForce {
				break;
			}
			ended_by_event = Some(at);
			earliest_later = at;
		}
		let term_ran_out = record.term.filter(|term| !term.covers(now, now)).map(|term| term.ends);
		ipledger_primitives::date::earliest(ended_by_event, term_ran_out)
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

/// The changes of stage in the right's history of `len` entries, in record order, as
/// [`StageChanges`] keeps them: every entry whose stage differs from the entry's before it,
/// the filing (or anchoring) first, each with the date it took effect. The version 4
/// migration and `try_state` read the history this way.
pub(crate) fn changes_in_history<T: Config>(right: RightId, len: u32) -> Vec<StageChange> {
	let mut changes: Vec<StageChange> = Vec::new();
	for index in 0..len {
		let Some(entry) = History::<T>::get(right, index) else { continue };
		if changes.last().is_none_or(|last| last.stage != entry.stage) {
			changes.push(StageChange { effective: entry.details.effective(), stage: entry.stage });
		}
	}
	changes
}
