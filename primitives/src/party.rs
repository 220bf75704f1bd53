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

/// A document kept off chain (a profile, an application, a piece of evidence): its digest,
/// size and media type on chain, its content where the locator says (an IPFS CID, an office's
/// URL). Anyone who fetches it can check it against the digest.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Document<Text> {
	/// The hash function of `digest`.
	pub algorithm: HashAlgorithm,
	/// The digest of the document's bytes.
	pub digest: Hash,
	/// The document's size in bytes (at least one).
	pub size: u64,
	/// Its IANA media type, such as `application/pdf` (RFC 6838: `type/subtype`).
	pub media_type: Text,
	/// Where the document can be fetched (printable ASCII).
	pub locator: Text,
}

/// The hash function of a document's digest.
///
/// Variants are only ever appended: their SCALE index is part of stored documents.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum HashAlgorithm {
	/// BLAKE2b with a 256-bit output (Substrate's hash).
	Blake2b256,
	/// SHA-256 (FIPS 180-4).
	Sha2_256,
	/// SHA3-256 (FIPS 202).
	Sha3_256,
}

/// What is wrong with a document's description.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DocumentError {
	/// Its size is zero.
	Empty,
	/// Its media type is not `type/subtype` of RFC 6838's restricted names.
	InvalidMediaType,
	/// Its locator is empty or not printable ASCII.
	InvalidLocator,
	/// Its locator is longer than the pallet's bound.
	LocatorTooLong,
}

impl Document<alloc::vec::Vec<u8>> {
	/// The document as a pallet stores it: its texts bounded by `Bound` first (a media type
	/// over the bound is `InvalidMediaType`, a locator `LocatorTooLong`), then checked
	/// ([`Document::check`]). Every pallet that keeps documents stores them so.
	pub fn bounded<Bound: sp_core::Get<u32>>(
		self,
	) -> Result<Document<sp_runtime::BoundedVec<u8, Bound>>, DocumentError> {
		let document = self.try_map(
			sp_runtime::BoundedVec::try_from,
			DocumentError::InvalidMediaType,
			DocumentError::LocatorTooLong,
		)?;
		document.check()?;
		Ok(document)
	}
}

impl<Text: AsRef<[u8]>> Document<Text> {
	/// Checks the size, the media type and the locator.
	pub fn check(&self) -> Result<(), DocumentError> {
		if self.size == 0 {
			return Err(DocumentError::Empty);
		}
		if !crate::text::is_media_type(self.media_type.as_ref()) {
			return Err(DocumentError::InvalidMediaType);
		}
		if !crate::text::is_printable_ascii(self.locator.as_ref()) {
			return Err(DocumentError::InvalidLocator);
		}
		Ok(())
	}

	/// The same document with its texts converted by `convert`, which fails with
	/// `media_type_error` or `locator_error`.
	pub fn try_map<U, X, E>(
		self,
		convert: impl Fn(Text) -> Result<U, X>,
		media_type_error: E,
		locator_error: E,
	) -> Result<Document<U>, E> {
		Ok(Document {
			algorithm: self.algorithm,
			digest: self.digest,
			size: self.size,
			media_type: convert(self.media_type).map_err(|_| media_type_error)?,
			locator: convert(self.locator).map_err(|_| locator_error)?,
		})
	}
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
