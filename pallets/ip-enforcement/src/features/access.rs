//! Access granted to sealed evidence, and authorities' attestations.

use super::now;
use crate::{
	Attestation, Attestations, Config, Disclosure, Error, Event, Evidence, EvidenceId, Grant,
	Grants, Pallet,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use ipledger_primitives::{
	origins::Actor, traits::PartiesInspect, AuthorityRole, Hash, OfficeCode, PartyId,
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_grant_access(
		actor: Actor<T::AccountId>,
		id: EvidenceId,
		to: PartyId,
		sealed_locator: Vec<u8>,
	) -> DispatchResult {
		let mut record = Self::evidence(id)?;
		ensure!(record.custodian == actor.party, Error::<T>::NotCustodian);
		ensure!(record.disclosure == Disclosure::Sealed, Error::<T>::NotSealed);
		let sealed_locator: BoundedVec<u8, T::MaxSealedLocatorLen> =
			sealed_locator.try_into().map_err(|_| Error::<T>::InvalidSealedLocator)?;
		ensure!(!sealed_locator.is_empty(), Error::<T>::InvalidSealedLocator);
		ensure!(T::Parties::exists(to), Error::<T>::UnknownParty);
		ensure!(
			to != record.custodian && !Grants::<T>::contains_key(id, to),
			Error::<T>::AlreadyGranted
		);
		ensure!(record.grants < T::MaxGrants::get(), Error::<T>::TooManyGrants);
		Grants::<T>::insert(id, to, Grant { by: actor.party, at: now::<T>(), sealed_locator });
		record.grants = record.grants.saturating_add(1);
		Evidence::<T>::insert(id, record);
		Self::deposit_event(Event::AccessGranted { evidence: id, to, by: actor.party });
		Ok(())
	}

	pub(crate) fn do_attest(
		actor: Actor<T::AccountId>,
		id: EvidenceId,
		role: AuthorityRole,
		jurisdiction: OfficeCode,
		statement: Option<Hash>,
	) -> DispatchResult {
		let mut record = Self::evidence(id)?;
		ensure!(!Attestations::<T>::contains_key(id, actor.party), Error::<T>::AlreadyAttested);
		ensure!(record.attestations < T::MaxAttestations::get(), Error::<T>::TooManyAttestations);
		let attestation =
			Attestation { role, jurisdiction, at: now::<T>(), statement, revoked: None };
		Attestations::<T>::insert(id, actor.party, attestation);
		record.attestations = record.attestations.saturating_add(1);
		Evidence::<T>::insert(id, record);
		Self::deposit_event(Event::Attested { evidence: id, by: actor.party, statement });
		Ok(())
	}

	pub(crate) fn do_revoke_attestation(
		actor: Actor<T::AccountId>,
		id: EvidenceId,
	) -> DispatchResult {
		ensure!(Evidence::<T>::contains_key(id), Error::<T>::UnknownEvidence);
		Attestations::<T>::try_mutate(id, actor.party, |attestation| {
			let attestation = attestation.as_mut().ok_or(Error::<T>::NotAttested)?;
			ensure!(attestation.revoked.is_none(), Error::<T>::AlreadyRevoked);
			attestation.revoked = Some(now::<T>());
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AttestationRevoked { evidence: id, by: actor.party });
		Ok(())
	}
}
