//! Anchoring evidence, and withdrawing what nobody relied on.

use super::now;
use crate::{
	merkle, CaptureInput, CaptureOf, Config, Custody, CustodyAction, CustodyEntry, Disclosure,
	Error, Event, Evidence, EvidenceByDigest, EvidenceId, EvidenceKind, EvidenceOf, EvidenceRecord,
	HoldReason, NextEvidenceId, Pallet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use ipledger_primitives::{
	origins::Actor,
	text::{is_absolute_uri, is_printable_ascii, is_token},
	traits::RightsInspect,
	Hash, HashAlgorithm, RightId,
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// `capture` checked and bounded: each field's length first, then its characters.
	fn checked_capture(capture: CaptureInput) -> Result<CaptureOf, Error<T>> {
		let tool: BoundedVec<u8, _> =
			capture.tool.try_into().map_err(|_| Error::<T>::InvalidCapture)?;
		let version: BoundedVec<u8, _> =
			capture.version.try_into().map_err(|_| Error::<T>::InvalidCapture)?;
		ensure!(is_printable_ascii(&tool) && is_token(&version), Error::<T>::InvalidCapture);
		Ok(crate::Capture { tool, version, log_digest: capture.log_digest })
	}

	/// `disclosure` checked and bounded: a public locator is an absolute URI of at most
	/// `MaxLocatorLen` bytes.
	fn checked_disclosure(
		disclosure: Disclosure<Vec<u8>>,
	) -> Result<Disclosure<BoundedVec<u8, T::MaxLocatorLen>>, Error<T>> {
		Ok(match disclosure {
			Disclosure::Public(locator) => {
				let locator: BoundedVec<u8, T::MaxLocatorLen> =
					locator.try_into().map_err(|_| Error::<T>::InvalidLocator)?;
				ensure!(is_absolute_uri(&locator), Error::<T>::InvalidLocator);
				Disclosure::Public(locator)
			},
			Disclosure::Sealed => Disclosure::Sealed,
		})
	}

	pub(crate) fn do_anchor(
		actor: Actor<T::AccountId>,
		algorithm: HashAlgorithm,
		digest: Hash,
		items: u32,
		kind: EvidenceKind,
		capture: CaptureInput,
		right: Option<RightId>,
		disclosure: Disclosure<Vec<u8>>,
	) -> DispatchResult {
		ensure!(digest != Hash::zero(), Error::<T>::InvalidDigest);
		ensure!(items > 0, Error::<T>::NoItems);
		let most = 1u64 << T::MaxProofLen::get().min(32);
		ensure!(
			items == 1 || (merkle::computes(algorithm) && u64::from(items) <= most),
			Error::<T>::UnsupportedBatch
		);
		let capture = Self::checked_capture(capture)?;
		let disclosure = Self::checked_disclosure(disclosure)?;
		if let Some(right) = right {
			ensure!(T::Rights::kind_and_office(right).is_some(), Error::<T>::UnknownRight);
		}
		ensure!(
			!EvidenceByDigest::<T>::contains_key((algorithm, digest)),
			Error::<T>::AlreadyAnchored
		);
		let id = NextEvidenceId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::EvidenceDeposit::get();
		T::Currency::hold(&HoldReason::Evidence.into(), &actor.account, deposit)?;

		let (at, block) = (now::<T>(), frame_system::Pallet::<T>::block_number());
		let sealed = matches!(disclosure, Disclosure::Sealed);
		Custody::<T>::insert(
			id,
			0,
			CustodyEntry {
				action: CustodyAction::Collected,
				by: actor.party,
				at,
				block,
				note: None,
			},
		);
		Evidence::<T>::insert(
			id,
			EvidenceRecord {
				algorithm,
				digest,
				items,
				kind,
				capture,
				right,
				disclosure,
				submitter: actor.party,
				anchored_at: at,
				block,
				depositor: actor.account,
				deposit,
				custodian: actor.party,
				handover: None,
				custody_len: 1,
				grants: 0,
				attestations: 0,
			},
		);
		EvidenceByDigest::<T>::insert((algorithm, digest), id);
		EvidenceOf::<T>::insert(actor.party, id, ());
		NextEvidenceId::<T>::put(next);
		Self::deposit_event(Event::EvidenceAnchored {
			evidence: id,
			algorithm,
			digest,
			items,
			submitter: actor.party,
			sealed,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw(actor: Actor<T::AccountId>, id: EvidenceId) -> DispatchResult {
		let record = Self::evidence(id)?;
		ensure!(record.submitter == actor.party, Error::<T>::NotSubmitter);
		ensure!(
			record.custodian == record.submitter
				&& record.handover.is_none()
				&& record.custody_len == 1
				&& record.grants == 0
				&& record.attestations == 0,
			Error::<T>::NotWithdrawable
		);
		Custody::<T>::remove(id, 0);
		EvidenceByDigest::<T>::remove((record.algorithm, record.digest));
		EvidenceOf::<T>::remove(record.submitter, id);
		Evidence::<T>::remove(id);
		// Best effort: the hold is there unless a slash took it.
		let _ = T::Currency::release(
			&HoldReason::Evidence.into(),
			&record.depositor,
			record.deposit,
			Precision::BestEffort,
		);
		Self::deposit_event(Event::EvidenceWithdrawn { evidence: id });
		Ok(())
	}
}
