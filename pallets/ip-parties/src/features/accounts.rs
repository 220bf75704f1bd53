//! Linking and unlinking the accounts that act for a party.

use super::now;
use crate::{Config, Error, Event, LinkedAccount, Pallet, Parties, PartyOf};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::ensure;
use frame_system::pallet_prelude::BlockNumberFor;
use ipledger_primitives::PartyId;
use sp_runtime::{
	traits::{Convert, Verify, Zero},
	DispatchResult,
};

/// What a link payload starts with, so that no other signed message can pass for one.
pub const LINK_CONTEXT: &[u8] = b"ipledger:link-account";

impl<T: Config> Pallet<T> {
	/// The message a new account signs to be linked to `party`: the context, the chain's
	/// genesis hash, the party and its link counter. `None` if the party does not exist.
	pub fn link_payload(party: PartyId) -> Option<Vec<u8>> {
		let nonce = Parties::<T>::get(party)?.link_nonce;
		Some(Self::payload(party, nonce))
	}

	fn payload(party: PartyId, nonce: u32) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		(LINK_CONTEXT, genesis, party, nonce).encode()
	}

	/// Links `account` to `who`'s party, if `proof` is `account`'s signature of the payload.
	pub(crate) fn do_add_account(
		who: T::AccountId,
		account: T::AccountId,
		proof: T::Signature,
	) -> DispatchResult {
		let (id, mut party) = Self::party_of_signer(&who)?;
		ensure!(!PartyOf::<T>::contains_key(&account), Error::<T>::AccountInUse);
		let key = T::KeyKindOf::convert(proof.clone()).ok_or(Error::<T>::UnsupportedKey)?;
		ensure!(
			proof.verify(&Self::payload(id, party.link_nonce)[..], &account),
			Error::<T>::BadProof
		);
		let linked = LinkedAccount { account: account.clone(), key, linked_at: now::<T>() };
		party.accounts.try_push(linked).map_err(|_| Error::<T>::TooManyAccounts)?;
		party.link_nonce = party.link_nonce.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Self::settle_deposit(&mut party, &who)?;

		PartyOf::<T>::insert(&account, id);
		Parties::<T>::insert(id, party);
		Self::deposit_event(Event::AccountLinked { party: id, account, key });
		Ok(())
	}

	/// Unlinks `account` from `who`'s party.
	pub(crate) fn do_remove_account(who: T::AccountId, account: T::AccountId) -> DispatchResult {
		let (id, mut party) = Self::party_of_signer(&who)?;
		ensure!(who != account, Error::<T>::CannotUnlinkSigner);
		let position = party
			.accounts
			.iter()
			.position(|linked| linked.account == account)
			.ok_or(Error::<T>::AccountNotLinked)?;
		party.accounts.remove(position);
		Self::settle_deposit(&mut party, &who)?;

		PartyOf::<T>::remove(&account);
		Parties::<T>::insert(id, party);
		Self::deposit_event(Event::AccountUnlinked { party: id, account });
		Ok(())
	}
}
