//! Version 3 to 4: every right's changes of stage are kept apart from its history
//! (`StageChanges`), so that its legal state on a date is read from one item instead of its
//! whole history (up to `MaxHistoryLen` entries). Nothing else changes.

use crate::{features::inspect::changes_in_history, Config, Pallet, Rights, StageChanges};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, codec::Encode, sp_runtime::TryRuntimeError};

/// Builds every right's `StageChanges` from its history, in one block: one read per right and
/// per history entry, one write per right. The chains this runs on hold few rights so far; a
/// chain with millions would need it as a multi-block migration.
pub struct KeepStageChanges<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for KeepStageChanges<T> {
	fn on_runtime_upgrade() -> Weight {
		let (mut reads, mut writes) = (0u64, 0u64);
		for (id, right) in Rights::<T>::iter() {
			reads = reads.saturating_add(1).saturating_add(u64::from(right.history_len));
			writes = writes.saturating_add(1);
			let changes = changes_in_history::<T>(id, right.history_len);
			// At most one change per entry, and a history holds at most `MaxHistoryLen`.
			StageChanges::<T>::insert(id, BoundedVec::truncate_from(changes));
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		Ok((Rights::<T>::iter_keys().count() as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		use codec::Decode;
		let rights = u64::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
		frame_support::ensure!(
			StageChanges::<T>::iter_keys().count() as u64 == rights,
			"every right has its changes of stage"
		);
		Pallet::<T>::do_try_state()
	}
}

/// [`KeepStageChanges`], run only on a chain whose registry storage is at version 3; it then
/// sets version 4.
pub type MigrateV3ToV4<T> =
	VersionedMigration<3, 4, KeepStageChanges<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{mock::*, tests::filed, EventDetails, KeyEvent, Stage, StageChange};
	use frame_support::{
		assert_ok,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};
	use ipledger_primitives::{traits::RightsInspect, LegalState, MILLISECS_PER_DAY as DAY};

	fn details(event_date: u64, effective_date: Option<u64>) -> EventDetails<alloc::vec::Vec<u8>> {
		EventDetails {
			event_date,
			effective_date,
			office_event_code: b"B1".to_vec(),
			gazette_reference: b"2026/02".to_vec(),
		}
	}

	#[test]
	fn every_right_gets_the_changes_of_stage_of_its_history() {
		new_test_ext().execute_with(|| {
			let right = filed();
			Timestamp::set_timestamp(START + 10 * DAY);
			let office = RuntimeOrigin::signed(EP_ADMIN);
			assert_ok!(Registry::record_event(
				office.clone(),
				right,
				KeyEvent::Grant,
				details(START + DAY, None)
			));
			assert_ok!(Registry::record_event(
				office,
				right,
				KeyEvent::Revocation,
				details(START + 10 * DAY, Some(START))
			));
			let kept = StageChanges::<Test>::get(right);
			// Version 3 kept no changes of stage.
			let _ = StageChanges::<Test>::clear(u32::MAX, None);
			StorageVersion::new(3).put::<Pallet<Test>>();
			assert_eq!(Registry::legal_state_on(right, START + 5 * DAY), None, "not readable");

			MigrateV3ToV4::<Test>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 4);
			assert_eq!(StageChanges::<Test>::get(right), kept);
			assert_eq!(
				StageChanges::<Test>::get(right).into_inner(),
				vec![
					StageChange { effective: START, stage: Stage::Filed },
					StageChange { effective: START + DAY, stage: Stage::Granted },
					StageChange { effective: START, stage: Stage::Revoked },
				]
			);
			assert_eq!(
				Registry::legal_state_on(right, START + 5 * DAY),
				Some(LegalState::NoLongerInForce)
			);
			Registry::do_try_state().expect("the migrated storage is consistent");
		});
	}

	#[test]
	fn at_version_4_it_does_nothing() {
		new_test_ext().execute_with(|| {
			let right = filed();
			let _ = StageChanges::<Test>::clear(u32::MAX, None);
			MigrateV3ToV4::<Test>::on_runtime_upgrade();
			assert!(StageChanges::<Test>::get(right).is_empty(), "nothing was built");
			assert!(Registry::do_try_state().is_err(), "the check sees what is missing");
		});
	}
}
