//! The registry as the provider of the glue traits of `ipledger-primitives`.

use crate::{Config, History, Pallet, Rights, RightsOf};
use alloc::vec::Vec;
use ipledger_primitives::{
	traits::{PartyReferences, RightsInspect},
	LegalState, Moment, OfficeCode, PartyId, RightId, RightKind,
};
use sp_runtime::Perbill;

impl<T: Config> RightsInspect for Pallet<T> {
	fn kind_and_office(right: RightId) -> Option<(RightKind, OfficeCode)> {
		Rights::<T>::get(right).map(|r| (r.kind, r.office))
	}

	fn owners(right: RightId) -> Vec<(PartyId, Perbill)> {
		Rights::<T>::get(right).map(|r| r.owners.into_inner()).unwrap_or_default()
	}

	fn legal_state(right: RightId) -> Option<LegalState> {
		Rights::<T>::get(right).map(|r| r.legal_state())
	}

	/// The stage of the latest-dated event on or before `date` (the later recorded one if two
	/// share a date); events are checked when recorded to lie between filing and recording.
	fn legal_state_on(right: RightId, date: Moment) -> Option<LegalState> {
		let record = Rights::<T>::get(right)?;
		if date < record.filing_date {
			return None;
		}
		let mut latest: Option<(Moment, crate::Stage)> = None;
		for index in 0..record.history_len {
			let Some(entry) = History::<T>::get(right, index) else { continue };
			let at = entry.details.event_date;
			if at <= date && latest.is_none_or(|(seen, _)| at >= seen) {
				latest = Some((at, entry.stage));
			}
		}
		latest.map(|(_, stage)| stage.legal_state())
	}
}

/// A party that owns or applied for a right is referred to: it cannot be closed.
impl<T: Config> PartyReferences for Pallet<T> {
	fn is_referenced(party: PartyId) -> bool {
		RightsOf::<T>::iter_key_prefix(party).next().is_some()
	}
}
