//! Types shared by every IPLedger crate and the glue traits through which its pallets talk to
//! each other.
//!
//! Pallets never read each other's storage. A pallet that needs facts about rights (licensing,
//! enforcement) names a trait from [`traits`] in its `Config`, and the runtime wires it to the
//! pallet that provides those facts (today `pallet-ip-registry`).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod classification;
pub mod date;
pub mod did;
pub mod licensing;
mod office;
pub mod origins;
mod party;
mod right;
pub mod territory;
#[cfg(any(feature = "mock", test))]
pub mod testing;
pub mod text;
pub mod traits;

pub use office::{InvalidOfficeCode, OfficeCode};
pub use party::{
	AuthorityRole, Document, DocumentError, HashAlgorithm, KeyKind, MultiSignatureKey, PartyId,
	PartyKind,
};
pub use right::{LegalState, OfficeNumberKind, RightKind, MAX_OFFICE_NUMBER_LEN};

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// Identifier of an IP right (an application or the right it becomes), assigned by the registry
/// in filing order and never reused.
pub type RightId = u64;

/// A point in calendar time: milliseconds since the UNIX epoch, as `pallet_timestamp` keeps it.
/// Law counts in dates (filing date, expiry, priority period), so the registry stores these,
/// never block numbers, wherever a legal date is meant.
pub type Moment = u64;

/// Milliseconds in one day.
pub const MILLISECS_PER_DAY: Moment = 24 * 60 * 60 * 1000;

/// Signature of a transaction on IPLedger.
pub type Signature = MultiSignature;

/// The account that signs: the public key behind a [`Signature`].
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account, in the smallest unit of the native currency.
pub type Balance = u128;

/// Index of a transaction of an account.
pub type Nonce = u32;

/// Number of a block.
pub type BlockNumber = u32;

/// Hash of a block or of a document.
pub type Hash = sp_core::H256;

/// The commitment a party makes to anchoring `digest` with the secret `salt`: blake2-256 of the
/// SCALE encoding of `(party, digest, salt)`, that is of the party id's 8 little-endian bytes,
/// the digest's 32 bytes and the salt's 32 bytes. The registry's `commit_anchor` takes it and
/// `anchor` recomputes it; a client computes it off chain and keeps `salt` secret until then.
pub fn anchor_commitment(party: PartyId, digest: &Hash, salt: &[u8; 32]) -> Hash {
	use sp_runtime::traits::{BlakeTwo256, Hash as _};
	BlakeTwo256::hash_of(&(party, digest, salt))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_commitment_hashes_the_party_the_digest_and_the_salt_as_documented() {
		let (digest, salt) = (Hash::repeat_byte(0xaa), [0x55; 32]);
		let mut bytes = 42u64.to_le_bytes().to_vec();
		bytes.extend_from_slice(digest.as_bytes());
		bytes.extend_from_slice(&salt);
		use sp_runtime::traits::{BlakeTwo256, Hash as _};
		assert_eq!(anchor_commitment(42, &digest, &salt), BlakeTwo256::hash(&bytes));
		assert_ne!(anchor_commitment(43, &digest, &salt), anchor_commitment(42, &digest, &salt));
	}
}
