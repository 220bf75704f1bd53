//! The runtime API through which dApps read parties: who an account is, a party's DID
//! document (structured, or as W3C JSON), and what a new key must sign to be linked.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use ipledger_primitives::{
	did::{DidDocument, DidResolutionError},
	OfficeCode, PartyId,
};

sp_api::decl_runtime_apis! {
	/// Parties and their DID documents.
	pub trait IpPartiesApi<AccountId> where AccountId: Codec {
		/// The party an account is linked to.
		fn party_of(account: AccountId) -> Option<PartyId>;

		/// The party that is the IP office of a jurisdiction (ST.3).
		fn office(jurisdiction: OfficeCode) -> Option<PartyId>;

		/// What the chain knows of a party, in the shape of a DID document.
		fn did_document(party: PartyId) -> Option<DidDocument<AccountId>>;

		/// Resolves a DID (`did:ipledger:<id>`, UTF-8) to its W3C DID document (JSON, UTF-8);
		/// a closed party's DID is `Deactivated`.
		fn resolve_did(did: Vec<u8>) -> Result<Vec<u8>, DidResolutionError>;

		/// The W3C DID Resolution result for a DID (JSON, UTF-8): `didDocument`,
		/// `didResolutionMetadata` (its `contentType`, or an `error`: `invalidDid`,
		/// `notFound`) and `didDocumentMetadata` (`deactivated: true` for a closed party).
		fn resolve(did: Vec<u8>) -> Vec<u8>;

		/// The message a new account signs (with its own key) to be linked to `party` by
		/// `add_account`; `None` if the party does not exist. It names the chain, the party
		/// and the party's link counter, so a proof is good for one link only.
		fn link_payload(party: PartyId) -> Option<Vec<u8>>;
	}
}
