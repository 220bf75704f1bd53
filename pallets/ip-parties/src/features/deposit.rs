//! The deposit held for a party's record.
//!
//! It is `BaseDeposit + ByteDeposit * size`, where the size counts the record and one
//! account index entry per linked account. The account that last changed the record carries
//! the whole deposit: on every change it moves there, so an account that is unlinked gets its
//! funds back.

use crate::{BalanceOf, Config, Error, HoldReason, Pallet, Party};
use codec::{Encode, MaxEncodedLen};
use frame_support::traits::{fungible::MutateHold, tokens::Precision, Get};
use ipledger_primitives::PartyId;
use sp_runtime::{traits::Saturating, DispatchResult, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// The deposit a party's record needs.
	pub fn deposit_for(party: &Party<T>) -> BalanceOf<T> {
		let index_entry = T::AccountId::max_encoded_len() + PartyId::max_encoded_len();
		let bytes = party.encoded_size() + party.accounts.len() * index_entry;
		T::BaseDeposit::get()
			.saturating_add(T::ByteDeposit::get().saturating_mul(bytes.saturated_into()))
	}

	/// Holds the deposit `party` needs from `payer` and releases what its former depositor
	/// held. `party.depositor` and `party.deposit` are updated; nothing is written if `payer`
	/// cannot afford it.
	pub(crate) fn settle_deposit(party: &mut Party<T>, payer: &T::AccountId) -> DispatchResult {
		let reason = HoldReason::PartyRecord.into();
		let needed = Self::deposit_for(party);
		if &party.depositor == payer {
			if needed > party.deposit {
				T::Currency::hold(&reason, payer, needed.saturating_sub(party.deposit))
					.map_err(|_| Error::<T>::CannotAffordDeposit)?;
			} else if needed < party.deposit {
				Self::release(&party.depositor, party.deposit.saturating_sub(needed));
			}
		} else {
			T::Currency::hold(&reason, payer, needed)
				.map_err(|_| Error::<T>::CannotAffordDeposit)?;
			Self::release(&party.depositor, party.deposit);
			party.depositor = payer.clone();
		}
		party.deposit = needed;
		Ok(())
	}

	/// Releases up to `amount` of `who`'s party deposit.
	pub(crate) fn release(who: &T::AccountId, amount: BalanceOf<T>) {
		let reason = HoldReason::PartyRecord.into();
		// Best effort: the hold was placed by this pallet, so it is there unless a slash took
		// it, and then there is nothing more to give back.
		let _ = T::Currency::release(&reason, who, amount, Precision::BestEffort);
	}
}
