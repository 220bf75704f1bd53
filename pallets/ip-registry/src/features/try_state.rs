//! Invariants of the registry's storage, checked under `try-runtime`, after every unit test and
//! on the runtime's genesis presets.

use crate::{
	ApplicationIndex, Config, History, LastApplicationNumber, NextRightId, Pallet, Rights, RightsOf,
};
use frame_support::ensure;
use sp_runtime::{Perbill, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks that shares sum to 100%, that the indexes agree with the rights, that only
	/// granted (or expired) rights have a term end, and that every history is complete and
	/// ordered.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_id = NextRightId::<T>::get();
		let mut rights = 0u64;
		for (id, right) in Rights::<T>::iter() {
			rights += 1;
			ensure!(id < next_id, "a right's id is not below NextRightId");
			let total: u64 = right.owners.iter().map(|(_, s)| u64::from(s.deconstruct())).sum();
			ensure!(total == u64::from(Perbill::one().deconstruct()), "shares do not sum to 100%");
			for (owner, _) in &right.owners {
				ensure!(RightsOf::<T>::contains_key(owner, id), "an owner is not indexed");
			}
			ensure!(
				ApplicationIndex::<T>::get(right.office, right.application_number) == Some(id),
				"the application number does not lead to the right"
			);
			ensure!(
				right.application_number <= LastApplicationNumber::<T>::get(right.office),
				"an application number is above the office's last one"
			);
			let term_fixed = matches!(right.stage, crate::Stage::Granted | crate::Stage::Expired);
			ensure!(
				right.term_ends.is_none() || term_fixed,
				"a right that was never granted has a term end"
			);
			let mut last_date = 0;
			for index in 0..right.history_len {
				let record = History::<T>::get(id, index).ok_or("a history entry is missing")?;
				ensure!(record.recorded_at >= last_date, "a history is not in time order");
				last_date = record.recorded_at;
				if index + 1 == right.history_len {
					ensure!(record.stage == right.stage, "the last entry is not the right's stage");
				}
			}
			ensure!(
				History::<T>::iter_prefix(id).count() as u32 == right.history_len,
				"a history has entries beyond its length"
			);
		}
		for (owner, id) in RightsOf::<T>::iter_keys() {
			let right = Rights::<T>::get(id).ok_or("the owner index names an unknown right")?;
			ensure!(right.owners.iter().any(|(o, _)| *o == owner), "an index entry is stale");
		}
		ensure!(
			ApplicationIndex::<T>::iter().count() as u64 == rights,
			"application numbers and rights differ in number"
		);
		let mut deposits =
			alloc::collections::BTreeMap::<T::AccountId, crate::AnchorBalanceOf<T>>::new();
		for (_, anchor) in crate::Anchors::<T>::iter() {
			ensure!(!anchor.kind.is_registered(), "a registered kind is anchored");
			let held = deposits.entry(anchor.depositor).or_default();
			*held = sp_runtime::Saturating::saturating_add(*held, anchor.deposit);
		}
		for (depositor, carried) in deposits {
			use frame_support::traits::fungible::InspectHold;
			let held = T::Currency::balance_on_hold(&crate::HoldReason::Anchor.into(), &depositor);
			ensure!(held == carried, "a depositor's hold differs from its anchors' deposits");
		}
		Ok(())
	}
}
