//! Enforcement's logic, one file an area. Calls in `lib.rs` check the origin and hand over to
//! the `do_*` functions here, which verify everything first and write last.

mod access;
mod custody;
mod evidence;
pub mod inspect;
mod try_state;

use crate::{Config, Error, EvidenceRecord, Pallet};
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};
use frame_system::pallet_prelude::OriginFor;
use ipledger_primitives::{
	origins::{refused_as, Actor},
	AuthorityRole, Moment, OfficeCode,
};
use sp_runtime::DispatchError;

/// Now, in UNIX milliseconds.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	ipledger_primitives::date::moment_of(T::Time::now())
}

impl<T: Config> Pallet<T> {
	/// The party acting through `origin`; `NoParty` for a signer without one.
	pub(crate) fn party_origin(origin: OriginFor<T>) -> Result<Actor<T::AccountId>, DispatchError> {
		refused_as(T::PartyOrigin::try_origin(origin), Error::<T>::NoParty)
	}

	/// The authority of `role` in `jurisdiction` acting through `origin`; `NotAuthority` for a
	/// signer that does not act for one.
	pub(crate) fn authority_origin(
		origin: OriginFor<T>,
		authority: (AuthorityRole, OfficeCode),
	) -> Result<Actor<T::AccountId>, DispatchError> {
		refused_as(T::AuthorityOrigin::try_origin(origin, &authority), Error::<T>::NotAuthority)
	}

	/// The evidence `id`, or `UnknownEvidence`.
	pub(crate) fn evidence(id: crate::EvidenceId) -> Result<EvidenceRecord<T>, Error<T>> {
		crate::Evidence::<T>::get(id).ok_or(Error::<T>::UnknownEvidence)
	}
}
