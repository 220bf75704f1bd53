//! Invariants of enforcement's storage, checked under `try-runtime` and after every unit test.

use crate::{
	Attestations, Config, Custody, CustodyAction, Evidence, EvidenceByDigest, EvidenceOf, Grants,
	HoldReason, NextEvidenceId, Pallet,
};
use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks that every piece of evidence has an id below the next one, is found by its
	/// digest, and has a complete chain of custody in time order that starts with its
	/// collection by its submitter and whose transfers lead to its custodian; that its counts
	/// of grants and attestations are its records', within their bounds, and grants only of
	/// sealed evidence; that the party index names exactly the submitters and custodians; and
	/// that every deposit is held.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextEvidenceId::<T>::get();
		let mut held: BTreeMap<T::AccountId, crate::BalanceOf<T>> = BTreeMap::new();
		let mut references = 0usize;
		for (id, record) in Evidence::<T>::iter() {
			ensure!(id < next, "an evidence id is not below NextEvidenceId");
			ensure!(
				EvidenceByDigest::<T>::get((record.algorithm, record.digest)) == Some(id),
				"evidence is not found by its digest"
			);
			ensure!(record.items > 0, "evidence of no file");
			ensure!(
				record.custody_len >= 1 && record.custody_len <= T::MaxCustodyEntries::get(),
				"a chain of custody is empty or too long"
			);
			let first = Custody::<T>::get(id, 0).ok_or("a custody entry is missing")?;
			ensure!(
				first.action == CustodyAction::Collected && first.by == record.submitter,
				"a chain of custody does not start with its collection by the submitter"
			);
			let (mut custodian, mut last_at) = (record.submitter, first.at);
			for index in 1..record.custody_len {
				let entry = Custody::<T>::get(id, index).ok_or("a custody entry is missing")?;
				ensure!(entry.at >= last_at, "a chain of custody is not in time order");
				ensure!(entry.action != CustodyAction::Collected, "collected twice");
				if let CustodyAction::Transferred { to } = entry.action {
					custodian = to;
				}
				last_at = entry.at;
			}
			ensure!(custodian == record.custodian, "the transfers do not lead to the custodian");
			ensure!(
				Custody::<T>::iter_prefix(id).count() as u32 == record.custody_len,
				"a chain of custody has entries beyond its length"
			);
			let grants = Grants::<T>::iter_prefix(id).count() as u32;
			ensure!(grants == record.grants && grants <= T::MaxGrants::get(), "grants miscounted");
			ensure!(
				grants == 0 || record.disclosure == crate::Disclosure::Sealed,
				"access granted to public evidence"
			);
			let attestations = Attestations::<T>::iter_prefix(id).count() as u32;
			ensure!(
				attestations == record.attestations && attestations <= T::MaxAttestations::get(),
				"attestations miscounted"
			);
			ensure!(EvidenceOf::<T>::contains_key(record.submitter, id), "a submitter unindexed");
			ensure!(EvidenceOf::<T>::contains_key(record.custodian, id), "a custodian unindexed");
			references += if record.custodian == record.submitter { 1 } else { 2 };
			held.entry(record.depositor.clone())
				.or_default()
				.saturating_accrue(record.deposit);
		}
		ensure!(EvidenceOf::<T>::iter_keys().count() == references, "a stale party index entry");
		ensure!(
			EvidenceByDigest::<T>::iter_values().all(Evidence::<T>::contains_key),
			"a digest names no evidence"
		);
		for (who, amount) in held {
			let on_hold = T::Currency::balance_on_hold(&HoldReason::Evidence.into(), &who);
			ensure!(on_hold >= amount, "a deposit is not held");
		}
		Ok(())
	}
}
