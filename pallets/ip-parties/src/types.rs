//! The parties pallet's records.

use crate::Config;
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, traits::fungible::Inspect, BoundedVec, CloneNoBound, DebugNoBound,
	EqNoBound, PartialEqNoBound,
};
use ipledger_primitives::{
	AuthorityRole, Document, KeyKind, Moment, OfficeCode, PartyId, PartyKind,
};
use scale_info::TypeInfo;

/// Longest service id or service type, in bytes.
pub const MAX_SERVICE_ID_LEN: u32 = 32;

/// The balance type of the currency that holds deposits.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A party's name.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// A locator (URI, CID) of an off-chain document.
pub type LocatorOf<T> = BoundedVec<u8, <T as Config>::MaxLocatorLen>;

/// A service id or type.
pub type ServiceId = BoundedVec<u8, ConstU32<MAX_SERVICE_ID_LEN>>;

/// An account linked to a party, and the scheme of its key.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct LinkedAccount<T: Config> {
	/// The account.
	pub account: T::AccountId,
	/// Its key's signature scheme.
	pub key: KeyKind,
	/// When it was linked (UNIX milliseconds).
	pub linked_at: Moment,
}

/// A service endpoint of a party, published in its DID document.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Service<Id, Endpoint> {
	/// The fragment naming it in the DID document (`#portfolio`): printable ASCII, no spaces.
	pub id: Id,
	/// Its type, e.g. `LinkedDomains`: printable ASCII, no spaces.
	pub kind: Id,
	/// Its URL: printable ASCII, no spaces.
	pub endpoint: Endpoint,
}

/// A service endpoint as stored.
pub type ServiceOf<T> = Service<ServiceId, BoundedVec<u8, <T as Config>::MaxLocatorLen>>;

/// A stakeholder: a natural person, a legal entity or an authority, with one stable id and
/// any number (up to `MaxAccounts`) of accounts that act for it.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Party<T: Config> {
	/// What it is in law.
	pub kind: PartyKind,
	/// Its name (UTF-8).
	pub name: NameOf<T>,
	/// Its country (ST.3 code) of residence or seat.
	pub country: OfficeCode,
	/// Digest and locator of its off-chain profile (address, registration numbers), if any.
	pub details: Option<Document<LocatorOf<T>>>,
	/// The accounts that act for it, in the order they were linked; never empty.
	pub accounts: BoundedVec<LinkedAccount<T>, T::MaxAccounts>,
	/// Its service endpoints.
	pub services: BoundedVec<ServiceOf<T>, T::MaxServices>,
	/// How many authority roles it holds (entries of `Roles`).
	pub roles: u32,
	/// How many agents it appointed (entries of `Agents`).
	pub agents: u32,
	/// How many offices attested it (entries of `Attestations`, revoked ones included).
	pub attestations: u32,
	/// How many accounts were ever linked to it; part of every link proof, so that a proof
	/// cannot be replayed.
	pub link_nonce: u32,
	/// When it was created (UNIX milliseconds).
	pub created_at: Moment,
	/// The account whose funds are held for this record: the last one that changed it.
	pub depositor: T::AccountId,
	/// How much is held.
	pub deposit: BalanceOf<T>,
}

impl<T: Config> Party<T> {
	/// Whether `account` is linked to this party.
	pub fn is_linked(&self, account: &T::AccountId) -> bool {
		self.accounts.iter().any(|linked| &linked.account == account)
	}
}

/// The IP office of a jurisdiction and how many examiners act for it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct OfficeSeat {
	/// The party that is the office.
	pub party: PartyId,
	/// How many examiners it appointed (entries of `Examiners`).
	pub examiners: u32,
}

/// An office's attestation that a party is who it says.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Attestation<T: Config> {
	/// When the office attested (UNIX milliseconds).
	pub attested_at: Moment,
	/// The account that attested for the office.
	pub attested_by: T::AccountId,
	/// The evidence the office relied on, if it names any.
	pub evidence: Option<Document<LocatorOf<T>>>,
	/// When the office withdrew it, if it did. A withdrawn attestation stays visible.
	pub revoked_at: Option<Moment>,
}

/// A party created at genesis (offices, courts, the sample parties of a dev chain).
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisParty<AccountId> {
	/// What it is in law.
	pub kind: PartyKind,
	/// Its name.
	pub name: String,
	/// Its country (ST.3).
	pub country: OfficeCode,
	/// Its accounts and their key schemes; at least one.
	pub accounts: Vec<(AccountId, KeyKind)>,
	/// Authority roles other than `Examiner`, with their jurisdictions.
	#[serde(default)]
	pub roles: Vec<(AuthorityRole, OfficeCode)>,
}
