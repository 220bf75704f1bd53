//! Version 2 to 3: anchored works and trade secrets become rights of their own.
//! - Every right's office becomes optional (`None`: an unregistered right), its document
//!   optional (an unregistered right has none), and it gains the anchored digest (`None` for a
//!   registered right).
//! - Every anchor becomes a right: the next `RightId`, kind and title of the anchor, no office,
//!   owned whole by the anchoring party, in force from the anchor's date (history entry
//!   `Anchoring`, one chain-of-title entry). The anchor keeps its deposit and gains the right's
//!   id and no reservation of text and data mining.

use crate::{
	types::{
		ApplicationNumber, ClassificationCode, Document, KeyEvent, OwnersOf, ParentLink,
		PriorityClaimOf, Right, Stage,
	},
	Anchor, Anchors, BalanceOf, Config, NextRightId, Pallet, Rights, Term,
};
use codec::{Decode, Encode};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use ipledger_primitives::{Hash, Moment, OfficeCode, PartyId, RightKind};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, sp_runtime::TryRuntimeError};

/// A right as version 2 stored it: always an office and a document, no anchor.
#[derive(Encode, Decode)]
pub struct OldRight<T: Config> {
	/// See [`Right`] for the fields.
	pub office: OfficeCode,
	#[allow(missing_docs)]
	pub kind: RightKind,
	#[allow(missing_docs)]
	pub application_number: ApplicationNumber,
	#[allow(missing_docs)]
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	#[allow(missing_docs)]
	pub owners: OwnersOf<T>,
	#[allow(missing_docs)]
	pub classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	#[allow(missing_docs)]
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
	#[allow(missing_docs)]
	pub stage: Stage,
	#[allow(missing_docs)]
	pub filing_date: Moment,
	#[allow(missing_docs)]
	pub filed_by: T::AccountId,
	#[allow(missing_docs)]
	pub history_len: u32,
	#[allow(missing_docs)]
	pub term: Option<Term>,
	#[allow(missing_docs)]
	pub priorities: BoundedVec<PriorityClaimOf, T::MaxPriorityClaims>,
	#[allow(missing_docs)]
	pub oppositions: u32,
	#[allow(missing_docs)]
	pub parent: Option<ParentLink>,
	#[allow(missing_docs)]
	pub ownership_len: u32,
}

/// An anchor as version 2 stored it: no right, no reservation.
#[derive(Encode, Decode)]
pub struct OldAnchor<T: Config> {
	/// See [`Anchor`] for the fields.
	pub party: PartyId,
	#[allow(missing_docs)]
	pub kind: RightKind,
	#[allow(missing_docs)]
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	#[allow(missing_docs)]
	pub anchored_at: Moment,
	#[allow(missing_docs)]
	pub block: BlockNumberFor<T>,
	#[allow(missing_docs)]
	pub depositor: T::AccountId,
	#[allow(missing_docs)]
	pub deposit: BalanceOf<T>,
	#[allow(missing_docs)]
	pub derived_from: Option<Hash>,
}

/// A version 2 right in version 3: a registered right, with its office and document.
pub fn migrate_right<T: Config>(old: OldRight<T>) -> Right<T> {
	Right {
		office: Some(old.office),
		kind: old.kind,
		application_number: old.application_number,
		title: old.title,
		owners: old.owners,
		classifications: old.classifications,
		document: Some(old.document),
		anchor: None,
		stage: old.stage,
		filing_date: old.filing_date,
		filed_by: old.filed_by,
		history_len: old.history_len,
		term: old.term,
		priorities: old.priorities,
		oppositions: old.oppositions,
		parent: old.parent,
		ownership_len: old.ownership_len,
	}
}

/// Rewrites every right and makes every anchor a right, in one block: one read and one write
/// per right, one read and five writes per anchor (its right, history, chain of title, owner
/// index and the anchor itself). The chains this runs on hold few rights and anchors so far; a
/// chain with millions would need this as a multi-block migration.
pub struct MakeAnchorsRights<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for MakeAnchorsRights<T> {
	fn on_runtime_upgrade() -> Weight {
		let (mut reads, mut writes) = (1u64, 1u64);
		Rights::<T>::translate::<OldRight<T>, _>(|_, old| {
			reads += 1;
			writes += 1;
			Some(migrate_right::<T>(old))
		});
		let mut next = NextRightId::<T>::get();
		Anchors::<T>::translate::<OldAnchor<T>, _>(|digest, old| {
			reads += 1;
			writes += 5;
			let id = next;
			next = next.saturating_add(1);
			let right = Pallet::<T>::work_right(
				old.kind,
				digest,
				old.party,
				old.anchored_at,
				old.depositor.clone(),
				old.title.clone(),
			);
			Pallet::<T>::store_new_right(id, right, KeyEvent::Anchoring);
			Some(Anchor {
				party: old.party,
				kind: old.kind,
				title: old.title,
				anchored_at: old.anchored_at,
				block: old.block,
				depositor: old.depositor,
				deposit: old.deposit,
				derived_from: old.derived_from,
				right: id,
				tdm_reservation: None,
			})
		});
		NextRightId::<T>::put(next);
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		let rights = Rights::<T>::iter_keys().count() as u64;
		let anchors = Anchors::<T>::iter_keys().count() as u64;
		Ok((rights, anchors, NextRightId::<T>::get()).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		let (rights, anchors, next) = <(u64, u64, u64)>::decode(&mut &state[..])
			.map_err(|_| "the pre-upgrade state decodes")?;
		frame_support::ensure!(
			Rights::<T>::iter_values().count() as u64 == rights + anchors,
			"every right decodes as version 3, and every anchor made one"
		);
		frame_support::ensure!(
			Anchors::<T>::iter_values().count() as u64 == anchors,
			"every anchor decodes as version 3"
		);
		frame_support::ensure!(
			NextRightId::<T>::get() == next + anchors,
			"the anchors' rights took the next ids"
		);
		Pallet::<T>::do_try_state()
	}
}

/// [`MakeAnchorsRights`], run only on a chain whose registry storage is at version 2; it then
/// sets version 3.
pub type MigrateV2ToV3<T> = VersionedMigration<
	2,
	3,
	MakeAnchorsRights<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Rewrites a version 3 registry as version 2 stored it, for tests of the upgrade: every
/// anchor's right is removed (with its history, chain of title and owner index) and the
/// anchor and every other right are written in version 2's layout, `NextRightId` is the id
/// after the highest right left (version 2 gave ids to filings alone); the storage version is
/// set to 2, and version 4's `StageChanges` are removed. Rights without an office cannot be
/// written as version 2: they have none only when an anchor made them, so none is left.
/// Never call it on a live chain.
pub fn store_as_version_2<T: Config>() {
	use frame_support::{storage::unhashed, traits::StorageVersion};
	let anchors: alloc::vec::Vec<_> = Anchors::<T>::iter().collect();
	for (digest, anchor) in anchors {
		if let Some(right) = Rights::<T>::take(anchor.right) {
			for (owner, _) in &right.owners {
				crate::RightsOf::<T>::remove(owner, anchor.right);
			}
		}
		let _ = crate::History::<T>::clear_prefix(anchor.right, u32::MAX, None);
		let _ = crate::Ownership::<T>::clear_prefix(anchor.right, u32::MAX, None);
		let old = OldAnchor::<T> {
			party: anchor.party,
			kind: anchor.kind,
			title: anchor.title,
			anchored_at: anchor.anchored_at,
			block: anchor.block,
			depositor: anchor.depositor,
			deposit: anchor.deposit,
			derived_from: anchor.derived_from,
		};
		unhashed::put(&Anchors::<T>::hashed_key_for(digest), &old);
	}
	let rights: alloc::vec::Vec<_> = Rights::<T>::iter().collect();
	for (id, right) in rights {
		let (Some(office), Some(document)) = (right.office, right.document) else {
			continue;
		};
		let old = OldRight::<T> {
			office,
			kind: right.kind,
			application_number: right.application_number,
			title: right.title,
			owners: right.owners,
			classifications: right.classifications,
			document,
			stage: right.stage,
			filing_date: right.filing_date,
			filed_by: right.filed_by,
			history_len: right.history_len,
			term: right.term,
			priorities: right.priorities,
			oppositions: right.oppositions,
			parent: right.parent,
			ownership_len: right.ownership_len,
		};
		unhashed::put(&Rights::<T>::hashed_key_for(id), &old);
	}
	let next = Rights::<T>::iter_keys().max().map_or(0, |id| id.saturating_add(1));
	NextRightId::<T>::put(next);
	let _ = crate::StageChanges::<T>::clear(u32::MAX, None);
	StorageVersion::new(2).put::<Pallet<T>>();
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{mock::*, tests::anchor_work, RightsOf};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};
	use ipledger_primitives::{traits::RightsInspect, LegalState};

	#[test]
	fn every_anchor_becomes_a_right_its_party_owns_and_rights_keep_their_office() {
		new_test_ext().execute_with(|| {
			let filed = crate::tests::filed();
			let digest = Hash::repeat_byte(9);
			anchor_work(1, RightKind::Copyright, digest, b"Score");
			store_as_version_2::<Test>();
			assert!(Rights::<Test>::get(1).is_none(), "version 2 has no right for the anchor");
			let next = NextRightId::<Test>::get();

			MigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 3);
			let registered = Rights::<Test>::get(filed).expect("the right decodes as version 3");
			assert_eq!(registered.office, Some(EP));
			assert!(registered.document.is_some() && registered.anchor.is_none());
			let anchor = Anchors::<Test>::get(digest).expect("the anchor decodes as version 3");
			assert_eq!(anchor.right, next, "the anchor's right takes the next id");
			assert_eq!(NextRightId::<Test>::get(), next + 1);
			let work = Rights::<Test>::get(anchor.right).unwrap();
			assert_eq!(
				(work.office, work.kind, work.anchor),
				(None, RightKind::Copyright, Some(digest))
			);
			assert_eq!(work.title.to_vec(), b"Score".to_vec());
			assert_eq!(work.filing_date, anchor.anchored_at);
			assert_eq!(Registry::owners(anchor.right), vec![(1, sp_runtime::Perbill::one())]);
			assert!(RightsOf::<Test>::contains_key(1, anchor.right));
			assert_eq!(Registry::legal_state(anchor.right), Some(LegalState::InForce));
			assert_eq!(Registry::history(anchor.right)[0].event, KeyEvent::Anchoring);
			Registry::do_try_state().expect("the migrated storage is consistent");
		});
	}

	#[test]
	fn at_version_3_it_does_nothing() {
		new_test_ext().execute_with(|| {
			anchor_work(1, RightKind::TradeSecret, Hash::repeat_byte(4), b"");
			frame_support::traits::StorageVersion::new(3).put::<Pallet<Test>>();
			let next = NextRightId::<Test>::get();
			MigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_eq!(NextRightId::<Test>::get(), next, "no anchor made a second right");
			Registry::do_try_state().expect("the storage is as it was");
		});
	}
}
