//! The registry as the provider of the glue traits of `ipledger-primitives`.

use crate::{Config, Pallet, Rights};
use alloc::vec::Vec;
use ipledger_primitives::{traits::RightsInspect, LegalState, OfficeCode, RightId, RightKind};
use sp_runtime::Perbill;

impl<T: Config> RightsInspect<T::AccountId> for Pallet<T> {
	fn kind_and_office(right: RightId) -> Option<(RightKind, OfficeCode)> {
		Rights::<T>::get(right).map(|r| (r.kind, r.office))
	}

	fn owners(right: RightId) -> Vec<(T::AccountId, Perbill)> {
		Rights::<T>::get(right).map(|r| r.owners.into_inner()).unwrap_or_default()
	}

	fn legal_state(right: RightId) -> Option<LegalState> {
		Rights::<T>::get(right).map(|r| r.legal_state())
	}
}
