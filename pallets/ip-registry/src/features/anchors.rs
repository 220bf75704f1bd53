//! Anchoring unregistered works: the digest of a work (copyright) or of a secret (trade
//! secret), first come, first recorded, in two steps (commit, then reveal) so that nobody who
//! watches the transaction pool can take a digest before its party.

use super::{is_text, now};
use crate::{
	anchor_commitment, Anchor, AnchorCommitment, AnchorCommitments, Anchors, AnchorsOf,
	CommitmentsOf, Config, Error, Event, HoldReason, Pallet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use ipledger_primitives::{origins::Actor, Hash, PartyId, RightKind};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Records `actor`'s commitment to a digest, holding the anchor's deposit.
	pub(crate) fn do_commit_anchor(
		Actor { account: who, party }: Actor<T::AccountId>,
		commitment: Hash,
	) -> DispatchResult {
		ensure!(!AnchorCommitments::<T>::contains_key(commitment), Error::<T>::AlreadyCommitted);
		let deposit = T::AnchorDeposit::get();
		T::Currency::hold(&HoldReason::Anchor.into(), &who, deposit)
			.map_err(|_| Error::<T>::CannotAffordDeposit)?;
		let record = AnchorCommitment {
			party,
			committed_at: now::<T>(),
			block: frame_system::Pallet::<T>::block_number(),
			depositor: who,
			deposit,
		};
		AnchorCommitments::<T>::insert(commitment, record);
		CommitmentsOf::<T>::insert(party, commitment, ());
		Self::deposit_event(Event::AnchorCommitted { commitment, party });
		Ok(())
	}

	/// Anchors `digest` for `party`, revealing its commitment made with `salt` in an earlier
	/// block; the anchor takes over the commitment's date and deposit.
	pub(crate) fn do_anchor(
		Actor { party, .. }: Actor<T::AccountId>,
		kind: RightKind,
		digest: Hash,
		title: Vec<u8>,
		derived_from: Option<Hash>,
		salt: [u8; 32],
	) -> DispatchResult {
		ensure!(!kind.is_registered(), Error::<T>::NotAnchorable);
		let title: BoundedVec<u8, T::MaxTitleLen> =
			title.try_into().map_err(|_| Error::<T>::TitleTooLong)?;
		if kind == RightKind::TradeSecret {
			ensure!(title.is_empty(), Error::<T>::SecretWithTitle);
		} else {
			ensure!(is_text(&title), Error::<T>::InvalidTitle);
		}
		let commitment = anchor_commitment(party, &digest, &salt);
		let committed =
			AnchorCommitments::<T>::get(commitment).ok_or(Error::<T>::UnknownCommitment)?;
		ensure!(
			committed.block < frame_system::Pallet::<T>::block_number(),
			Error::<T>::CommitmentTooRecent
		);
		ensure!(!Anchors::<T>::contains_key(digest), Error::<T>::AlreadyAnchored);
		if let Some(original) = derived_from {
			ensure!(kind == RightKind::Copyright, Error::<T>::NotAWork);
			let original = Anchors::<T>::get(original).ok_or(Error::<T>::UnknownOriginal)?;
			ensure!(original.kind == RightKind::Copyright, Error::<T>::NotAWork);
		}

		AnchorCommitments::<T>::remove(commitment);
		CommitmentsOf::<T>::remove(party, commitment);
		let anchor = Anchor {
			party,
			kind,
			title,
			anchored_at: committed.committed_at,
			block: committed.block,
			depositor: committed.depositor,
			deposit: committed.deposit,
			derived_from,
		};
		Anchors::<T>::insert(digest, anchor);
		AnchorsOf::<T>::insert(party, digest, ());
		Self::deposit_event(Event::WorkAnchored { digest, party, kind });
		Ok(())
	}

	/// Withdraws `party`'s unrevealed `commitment`, releasing its deposit.
	pub(crate) fn do_withdraw_commitment(party: PartyId, commitment: Hash) -> DispatchResult {
		let committed =
			AnchorCommitments::<T>::get(commitment).ok_or(Error::<T>::UnknownCommitment)?;
		ensure!(committed.party == party, Error::<T>::NotAnchorParty);
		AnchorCommitments::<T>::remove(commitment);
		CommitmentsOf::<T>::remove(party, commitment);
		super::release_deposit::<T>(HoldReason::Anchor, &committed.depositor, committed.deposit);
		Self::deposit_event(Event::CommitmentWithdrawn { commitment });
		Ok(())
	}

	/// Withdraws the anchor of `digest`, on the word of `party`, the anchoring party.
	pub(crate) fn do_withdraw_anchor(party: PartyId, digest: Hash) -> DispatchResult {
		let anchor = Anchors::<T>::get(digest).ok_or(Error::<T>::UnknownAnchor)?;
		ensure!(party == anchor.party, Error::<T>::NotAnchorParty);
		super::release_deposit::<T>(HoldReason::Anchor, &anchor.depositor, anchor.deposit);
		Anchors::<T>::remove(digest);
		AnchorsOf::<T>::remove(anchor.party, digest);
		Self::deposit_event(Event::AnchorWithdrawn { digest });
		Ok(())
	}
}
