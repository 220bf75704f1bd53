//! Version 0 to 1: every anchor is indexed under its party in `AnchorsOf`, so that a party with
//! anchors counts as referred to and cannot be closed while its anchors' deposits are held.

use crate::{Anchors, AnchorsOf, Config, Pallet};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, codec::Encode, sp_runtime::TryRuntimeError};

/// Indexes the anchors; one read and one write per anchor, in one block. The index is small
/// on every chain this runs on (anchors are deposit-backed and few so far); a chain with
/// millions of anchors would need this as a multi-block migration.
pub struct IndexAnchors<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for IndexAnchors<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut anchors = 0u64;
		for (digest, anchor) in Anchors::<T>::iter() {
			AnchorsOf::<T>::insert(anchor.party, digest, ());
			anchors += 1;
		}
		T::DbWeight::get().reads_writes(anchors, anchors)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		Ok((Anchors::<T>::iter_keys().count() as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		use codec::Decode;
		let before = u64::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
		let indexed = AnchorsOf::<T>::iter_keys().count() as u64;
		frame_support::ensure!(indexed == before, "every anchor is indexed once");
		Pallet::<T>::do_try_state()
	}
}

/// [`IndexAnchors`], run only on a chain whose registry storage is at version 0; it then sets
/// version 1.
pub type MigrateV0ToV1<T> =
	VersionedMigration<0, 1, IndexAnchors<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{mock::*, Anchor};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	use ipledger_primitives::{traits::PartyReferences, RightKind};

	/// An anchor as version 0 stored it: in `Anchors` only.
	fn anchor_v0(digest: u8, party: u64) {
		Anchors::<Test>::insert(
			sp_core::H256::repeat_byte(digest),
			Anchor::<Test> {
				party,
				kind: RightKind::Copyright,
				title: Default::default(),
				anchored_at: START,
				block: 1,
				depositor: party,
				deposit: 0,
				derived_from: None,
			},
		);
	}

	#[test]
	fn indexes_every_anchor_under_its_party_once() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Pallet<Test>>();
			anchor_v0(1, 1);
			anchor_v0(2, 1);
			anchor_v0(3, 2);
			assert!(!Registry::is_referenced(1), "version 0 does not see the anchors");

			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
			assert_eq!(AnchorsOf::<Test>::iter_key_prefix(1).count(), 2);
			assert_eq!(AnchorsOf::<Test>::iter_key_prefix(2).count(), 1);
			assert!(Registry::is_referenced(1) && Registry::is_referenced(2));
			Registry::do_try_state().expect("the migrated storage is consistent");

			// At version 1 it does nothing: an anchor indexed by hand stays unindexed.
			anchor_v0(4, 3);
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert!(AnchorsOf::<Test>::iter_key_prefix(3).next().is_none());
		});
	}
}
