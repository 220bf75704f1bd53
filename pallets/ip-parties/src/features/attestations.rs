//! Offices attesting who parties are.

use super::{checked_document, now};
use crate::{Attestation, Attestations, Config, Error, Event, Offices, Pallet, Parties};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{EnsureOriginWithArg, Get},
};
use frame_system::pallet_prelude::OriginFor;
use ipledger_primitives::{
	origins::{refused_as, Actor},
	Document, OfficeCode, PartyId,
};
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Records `office`'s attestation of `party`, on the word of `who`, who acts for it (the
	/// caller checked it).
	pub(crate) fn do_attest(
		who: T::AccountId,
		party: PartyId,
		office: OfficeCode,
		evidence: Option<Document<Vec<u8>>>,
	) -> DispatchResult {
		let mut record = Parties::<T>::get(party).ok_or(Error::<T>::UnknownParty)?;
		let evidence = checked_document::<T>(evidence)?;
		let known = Attestations::<T>::contains_key(party, office);
		if !known {
			ensure!(
				record.attestations < T::MaxAttestations::get(),
				Error::<T>::TooManyAttestations
			);
			record.attestations += 1;
		}

		let attestation =
			Attestation { attested_at: now::<T>(), attested_by: who, evidence, revoked_at: None };
		Attestations::<T>::insert(party, office, attestation);
		if !known {
			Parties::<T>::insert(party, record);
		}
		Self::deposit_event(Event::IdentityAttested { party, office });
		Ok(())
	}

	/// Marks `office`'s attestation of `party` withdrawn (the caller checked that it acts for
	/// the office).
	pub(crate) fn do_revoke_attestation(party: PartyId, office: OfficeCode) -> DispatchResult {
		Attestations::<T>::try_mutate(party, office, |attestation| {
			let attestation = attestation
				.as_mut()
				.filter(|attestation| attestation.revoked_at.is_none())
				.ok_or(Error::<T>::NotAttested)?;
			attestation.revoked_at = Some(now::<T>());
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AttestationRevoked { party, office });
		Ok(())
	}

	/// The office of `jurisdiction` as `origin` acts for it, through `OfficeOrigin`:
	/// `UnknownOffice` if no party is that office, `NotOffice` for a signer it refuses,
	/// `BadOrigin` for an origin that is not signed.
	pub(crate) fn office_actor(
		origin: OriginFor<T>,
		jurisdiction: OfficeCode,
	) -> Result<Actor<T::AccountId>, DispatchError> {
		ensure!(Offices::<T>::contains_key(jurisdiction), Error::<T>::UnknownOffice);
		refused_as(T::OfficeOrigin::try_origin(origin, &jurisdiction), Error::<T>::NotOffice)
	}
}
