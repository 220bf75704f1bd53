//! Who is who: parties (the stakeholders behind accounts) and the roles authorities hold.

use crate::Hash;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The stable identifier of a party, the same before every office (WIPO's "Global Identifier"
/// idea). Assigned by `pallet-ip-parties` in creation order, never reused, and resolvable as the
/// DID `did:ipledger:<id>`.
pub type PartyId = u64;

/// What a party is in law.
///
/// Variants are only ever appended: their SCALE index is part of every stored party.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum PartyKind {
	/// A human being: an inventor, a creator, a sole applicant.
	NaturalPerson,
	/// A company, university, association or other legal person.
	LegalEntity,
	/// A public body (office, court, customs) or a service it accredits. Only an authority can
	/// be given an [`AuthorityRole`].
	Authority,
}

/// A role that governance gives an authority for a jurisdiction.
///
/// Variants are only ever appended: their SCALE index is part of every stored role.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum AuthorityRole {
	/// The IP office of the jurisdiction: records applications, legal status, renewals and
	/// transactions. One per jurisdiction.
	IpOffice,
	/// A court that decides IP disputes.
	Court,
	/// A customs administration: records seizures, checks goods.
	Customs,
	/// A notary or evidence-preservation service that attests evidence.
	EvidenceService,
	/// An arbitration or mediation centre (such as the WIPO centre).
	ArbitrationCentre,
	/// An examiner acting for the IP office of the jurisdiction. The office appoints its own
	/// examiners; governance only gives the other roles.
	Examiner,
}

/// The signature scheme of an account's key, which its DID verification method names.
///
/// An IPLedger account of these schemes is its public key itself, so the key can be published.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum KeyKind {
	/// Schnorrkel/Ristretto (sr25519), the default of Substrate wallets.
	Sr25519,
	/// Ed25519.
	Ed25519,
}

impl KeyKind {
	/// The multicodec prefix of a public key of this scheme, as an unsigned varint.
	pub fn multicodec(self) -> [u8; 2] {
		match self {
			KeyKind::Sr25519 => [0xef, 0x01],
			KeyKind::Ed25519 => [0xed, 0x01],
		}
	}
}

/// A document kept off chain (a profile, an application, a piece of evidence): its digest on
/// chain, its content where the locator says (an IPFS CID, an office's URL).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Document<Locator> {
	/// BLAKE2-256 or SHA-256 digest of the document's bytes.
	pub digest: Hash,
	/// Where the document can be fetched.
	pub locator: Locator,
}

/// The key scheme of a [`sp_runtime::MultiSignature`]: sr25519 and ed25519 accounts are their
/// public keys; an ECDSA or Ethereum account is a hash, which a DID document cannot publish.
pub struct MultiSignatureKey;

impl sp_runtime::traits::Convert<sp_runtime::MultiSignature, Option<KeyKind>>
	for MultiSignatureKey
{
	fn convert(signature: sp_runtime::MultiSignature) -> Option<KeyKind> {
		match signature {
			sp_runtime::MultiSignature::Sr25519(_) => Some(KeyKind::Sr25519),
			sp_runtime::MultiSignature::Ed25519(_) => Some(KeyKind::Ed25519),
			sp_runtime::MultiSignature::Ecdsa(_) | sp_runtime::MultiSignature::Eth(_) => None,
		}
	}
}
