//! Anchoring unregistered works: the digest of a work (copyright) or of a secret (trade
//! secret), first come, first recorded.

use super::{is_text, now};
use crate::{Anchor, Anchors, AnchorsOf, Config, Error, Event, HoldReason, Pallet};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use ipledger_primitives::{origins::Actor, Hash, PartyId, RightKind};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Anchors `digest` for `actor`'s party, holding the deposit from its account.
	pub(crate) fn do_anchor(
		Actor { account: who, party }: Actor<T::AccountId>,
		kind: RightKind,
		digest: Hash,
		title: Vec<u8>,
		derived_from: Option<Hash>,
	) -> DispatchResult {
		ensure!(!kind.is_registered(), Error::<T>::NotAnchorable);
		let title: BoundedVec<u8, T::MaxTitleLen> =
			title.try_into().map_err(|_| Error::<T>::TitleTooLong)?;
		if kind == RightKind::TradeSecret {
			ensure!(title.is_empty(), Error::<T>::SecretWithTitle);
		} else {
			ensure!(is_text(&title), Error::<T>::InvalidTitle);
		}
		ensure!(!Anchors::<T>::contains_key(digest), Error::<T>::AlreadyAnchored);
		if let Some(original) = derived_from {
			ensure!(kind == RightKind::Copyright, Error::<T>::NotAWork);
			let original = Anchors::<T>::get(original).ok_or(Error::<T>::UnknownOriginal)?;
			ensure!(original.kind == RightKind::Copyright, Error::<T>::NotAWork);
		}
		let deposit = T::AnchorDeposit::get();
		T::Currency::hold(&HoldReason::Anchor.into(), &who, deposit)
			.map_err(|_| Error::<T>::CannotAffordDeposit)?;

		let anchor = Anchor {
			party,
			kind,
			title,
			anchored_at: now::<T>(),
			block: frame_system::Pallet::<T>::block_number(),
			depositor: who,
			deposit,
			derived_from,
		};
		Anchors::<T>::insert(digest, anchor);
		AnchorsOf::<T>::insert(party, digest, ());
		Self::deposit_event(Event::WorkAnchored { digest, party, kind });
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
