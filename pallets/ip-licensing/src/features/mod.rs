//! Licensing's logic, one file an area. Calls in `lib.rs` check the origin and hand over to the
//! `do_*` functions here, which verify everything first and write last.

pub mod inspect;
mod licences;
mod offers;
mod recordals;
mod royalties;
mod scope;
mod try_state;

pub use offers::terms_hash;
pub use royalties::split as royalties_split;

use crate::{BalanceOf, Config, Error, HoldReason, Pallet};
use frame_support::traits::{
	fungible::MutateHold,
	tokens::{Precision, Preservation},
	EnsureOrigin,
};
use frame_system::pallet_prelude::OriginFor;
use ipledger_primitives::{
	origins::{refused_as, Actor},
	traits::{PartiesInspect, RightsInspect},
	Moment, PartyId, RightId,
};
use sp_runtime::{DispatchError, DispatchResult};

/// Now, in UNIX milliseconds.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	ipledger_primitives::date::moment_of(T::Time::now())
}

/// Holds `amount` from `who` for `reason`.
fn hold<T: Config>(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
	T::Currency::hold(&reason.into(), who, amount)
}

/// Releases a deposit this pallet held. Best effort: the hold is there unless a slash took it.
fn release_deposit<T: Config>(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
	let _ = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort);
}

/// Pays `amount` from `payer` to `party`'s account, keeping the payer alive.
fn pay<T: Config>(payer: &T::AccountId, party: PartyId, amount: BalanceOf<T>) -> DispatchResult {
	use frame_support::traits::fungible::Mutate;
	if amount == BalanceOf::<T>::default() {
		return Ok(());
	}
	let payee = T::Parties::account_of(party).ok_or(Error::<T>::NoPayee)?;
	T::Currency::transfer(payer, &payee, amount, Preservation::Preserve).map(|_| ())
}

/// Whether `party` owns a share of `right` now.
fn is_owner<T: Config>(right: RightId, party: PartyId) -> bool {
	T::Rights::owners(right).iter().any(|(owner, _)| *owner == party)
}

impl<T: Config> Pallet<T> {
	/// The party the origin acts as, or `NoParty` (signed) / `BadOrigin`.
	pub(crate) fn party_origin(origin: OriginFor<T>) -> Result<Actor<T::AccountId>, DispatchError> {
		refused_as(T::PartyOrigin::try_origin(origin), Error::<T>::NoParty)
	}
}
