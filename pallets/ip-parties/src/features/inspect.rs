//! What other pallets and clients read: the glue trait and the DID document.

use crate::{Agents, Attestations, Config, Offices, Pallet, Parties, PartyOf, Roles};
use alloc::vec::Vec;
use ipledger_primitives::{
	did::{parse_did, DidAttestation, DidDocument, DidResolutionError, DidService},
	traits::PartiesInspect,
	AuthorityRole, Document, OfficeCode, PartyId,
};

impl<T: Config> PartiesInspect<T::AccountId> for Pallet<T> {
	fn party_of(account: &T::AccountId) -> Option<PartyId> {
		PartyOf::<T>::get(account)
	}

	fn exists(party: PartyId) -> bool {
		Parties::<T>::contains_key(party)
	}

	fn has_role(party: PartyId, role: AuthorityRole, jurisdiction: OfficeCode) -> bool {
		Roles::<T>::contains_key(party, (role, jurisdiction))
	}

	fn office(jurisdiction: OfficeCode) -> Option<PartyId> {
		Offices::<T>::get(jurisdiction).map(|seat| seat.party)
	}

	/// A closed agent no longer acts (its id is never reused).
	fn is_agent(agent: PartyId, principal: PartyId) -> bool {
		Agents::<T>::contains_key(principal, agent) && Parties::<T>::contains_key(agent)
	}

	fn account_of(party: PartyId) -> Option<T::AccountId> {
		Parties::<T>::get(party)?.accounts.first().map(|linked| linked.account.clone())
	}
}

impl<T: Config> Pallet<T> {
	/// What the chain knows of `party`, in the shape of a DID document.
	pub fn did_document(party: PartyId) -> Option<DidDocument<T::AccountId>> {
		let record = Parties::<T>::get(party)?;
		let mut roles: Vec<_> = Roles::<T>::iter_key_prefix(party).collect();
		roles.sort();
		let mut attestations: Vec<_> = Attestations::<T>::iter_prefix(party)
			.map(|(office, attestation)| DidAttestation {
				office,
				attested_at: attestation.attested_at,
				revoked_at: attestation.revoked_at,
				evidence: attestation.evidence.map(unbound),
			})
			.collect();
		attestations.sort_by_key(|attestation| attestation.office);
		Some(DidDocument {
			party,
			kind: record.kind,
			name: record.name.into_inner(),
			country: record.country,
			details: record.details.map(unbound),
			keys: record.accounts.into_iter().map(|linked| (linked.account, linked.key)).collect(),
			roles,
			attestations,
			services: record
				.services
				.into_iter()
				.map(|service| DidService {
					id: service.id.into_inner(),
					kind: service.kind.into_inner(),
					endpoint: service.endpoint.into_inner(),
				})
				.collect(),
		})
	}

	/// The W3C DID document (JSON) of the party a `did:ipledger:<id>` names.
	pub fn resolve_did(did: &[u8]) -> Result<Vec<u8>, DidResolutionError>
	where
		T::AccountId: AsRef<[u8]>,
	{
		Ok(Self::resolve_document(did)?.to_json().into_bytes())
	}

	/// The party's DID document, or why there is none: a closed party's DID is deactivated
	/// (an id below `NextPartyId` with no party), one never given is not found.
	fn resolve_document(did: &[u8]) -> Result<DidDocument<T::AccountId>, DidResolutionError> {
		let party = parse_did(did).ok_or(DidResolutionError::InvalidDid)?;
		Self::did_document(party).ok_or(if party < crate::NextPartyId::<T>::get() {
			DidResolutionError::Deactivated
		} else {
			DidResolutionError::NotFound
		})
	}

	/// The W3C DID Resolution result for `did` as JSON: the document and its metadata, a
	/// closed party's deactivated DID (`didDocumentMetadata.deactivated`), or the error
	/// (`invalidDid`, `notFound`) in `didResolutionMetadata`.
	pub fn resolve(did: &[u8]) -> Vec<u8>
	where
		T::AccountId: AsRef<[u8]>,
	{
		let resolved = Self::resolve_document(did);
		ipledger_primitives::did::resolution_result(did, resolved.as_ref().map_err(|e| *e))
			.into_bytes()
	}
}

fn unbound<L: Into<Vec<u8>>>(document: Document<L>) -> Document<Vec<u8>> {
	Document {
		algorithm: document.algorithm,
		digest: document.digest,
		size: document.size,
		media_type: document.media_type.into(),
		locator: document.locator.into(),
	}
}
