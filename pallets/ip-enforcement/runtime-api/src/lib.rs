//! The runtime API through which anyone holding a file checks it against the chain: the
//! evidence anchored with its digest, or the batch its proof leads to, with the evidence's
//! chain of custody, the access granted to it and its attestations.
//!
//! `EvidenceView` is enforcement's own record (`pallet_ip_enforcement::EvidenceView`); clients
//! decode it from the metadata.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use ipledger_primitives::{Hash, HashAlgorithm, PartyId};

sp_api::decl_runtime_apis! {
	/// Evidence and what was recorded on it.
	pub trait IpEnforcementApi<EvidenceView>
	where
		EvidenceView: Codec,
	{
		/// The evidence anchored with `digest` computed with `algorithm` (a file anchored
		/// alone, or a batch's root).
		fn verify(algorithm: HashAlgorithm, digest: Hash) -> Option<EvidenceView>;

		/// The evidence of the batch a file of `digest` belongs to, found through the root
		/// its `proof` (its partners from the leaf up) leads to; an empty proof finds a file
		/// anchored alone.
		fn verify_item(algorithm: HashAlgorithm, digest: Hash, proof: Vec<Hash>)
			-> Option<EvidenceView>;

		/// The evidence `id`.
		fn evidence(id: u64) -> Option<EvidenceView>;

		/// The ids of the evidence `party` submitted or holds in custody, at most `limit` (up to
		/// 1,000) after `start_after` (exclusive), in storage order.
		fn evidence_of(party: PartyId, start_after: Option<u64>, limit: u32) -> Vec<u64>;
	}
}
