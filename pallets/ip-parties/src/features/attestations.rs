//! Offices attesting who parties are.

use super::{checked_document, now};
use crate::{Attestation, Attestations, Config, Error, Event, Offices, Pallet, Parties};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{traits::PartiesInspect, Document, OfficeCode, PartyId};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Records `office`'s attestation of `party`, on the word of `who`.
	pub(crate) fn do_attest(
		who: T::AccountId,
		party: PartyId,
		office: OfficeCode,
		evidence: Option<Document<Vec<u8>>>,
	) -> DispatchResult {
		Self::ensure_acts_for_office(&who, office)?;
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

	/// Marks `office`'s attestation of `party` withdrawn, on the word of `who`.
	pub(crate) fn do_revoke_attestation(
		who: T::AccountId,
		party: PartyId,
		office: OfficeCode,
	) -> DispatchResult {
		Self::ensure_acts_for_office(&who, office)?;
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

	fn ensure_acts_for_office(who: &T::AccountId, office: OfficeCode) -> Result<(), Error<T>> {
		ensure!(Offices::<T>::contains_key(office), Error::<T>::UnknownOffice);
		ensure!(Self::acts_for_office(who, office), Error::<T>::NotOffice);
		Ok(())
	}
}
