//! What anyone holding a file can ask: the evidence of its digest, or of the batch it is in,
//! with its custody, grants and attestations; and the party references of evidence.

use crate::{
	merkle, Attestations, Config, Custody, Evidence, EvidenceByDigest, EvidenceId, EvidenceOf,
	EvidenceView, Grants, Pallet,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use ipledger_primitives::{traits::PartyReferences, Hash, HashAlgorithm, PartyId};

/// The most evidence ids one page of [`Pallet::evidence_of`] returns.
pub const MAX_PAGE: u32 = 1_000;

impl<T: Config> Pallet<T> {
	/// Everything the chain knows of evidence `id`.
	pub fn view(id: EvidenceId) -> Option<EvidenceView<T>> {
		let record = Evidence::<T>::get(id)?;
		let custody = (0..record.custody_len).filter_map(|i| Custody::<T>::get(id, i)).collect();
		Some(EvidenceView {
			id,
			record,
			custody,
			grants: Grants::<T>::iter_prefix(id).collect(),
			attestations: Attestations::<T>::iter_prefix(id).collect(),
		})
	}

	/// The evidence anchored with `digest` (a file's, or a batch's root) computed with
	/// `algorithm`.
	pub fn verify(algorithm: HashAlgorithm, digest: Hash) -> Option<EvidenceView<T>> {
		Self::view(EvidenceByDigest::<T>::get((algorithm, digest))?)
	}

	/// The evidence that a file of `digest` belongs to, found through the root its `proof`
	/// leads to ([`merkle::root_from`]); an empty proof finds a file anchored alone. `None`
	/// for a proof longer than `MaxProofLen`, an algorithm the chain does not compute, or a
	/// root nobody anchored.
	pub fn verify_item(
		algorithm: HashAlgorithm,
		digest: Hash,
		proof: &[Hash],
	) -> Option<EvidenceView<T>> {
		if proof.len() > T::MaxProofLen::get() as usize {
			return None;
		}
		let view = Self::verify(algorithm, merkle::root_from(algorithm, digest, proof)?)?;
		// A proof of a single file's evidence would claim a batch that is not one.
		(proof.is_empty() || view.record.items > 1).then_some(view)
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) ids of the evidence `party` submitted or holds,
	/// in storage order, after `start_after`: pass the last id of a page to get the next.
	pub fn evidence_of(
		party: PartyId,
		start_after: Option<EvidenceId>,
		limit: u32,
	) -> Vec<EvidenceId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match start_after {
			Some(last) => {
				let from = EvidenceOf::<T>::hashed_key_for(party, last);
				EvidenceOf::<T>::iter_key_prefix_from(party, from).take(limit).collect()
			},
			None => EvidenceOf::<T>::iter_key_prefix(party).take(limit).collect(),
		}
	}
}

/// A party that submitted evidence, or holds some in custody, is referred to: it cannot be
/// closed.
impl<T: Config> PartyReferences for Pallet<T> {
	fn is_referenced(party: PartyId) -> bool {
		EvidenceOf::<T>::iter_key_prefix(party).next().is_some()
	}
}
