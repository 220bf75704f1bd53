//! The records of enforcement: evidence, its custody, the access granted to sealed evidence,
//! and attestations.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use ipledger_primitives::{
	AuthorityRole, Hash, HashAlgorithm, Moment, OfficeCode, PartyId, RightId,
};
use scale_info::TypeInfo;

/// Identifier of a piece of evidence (a file, or a batch of files), in anchoring order.
pub type EvidenceId = u64;

/// The most bytes of a capture tool's name.
pub const MAX_TOOL_LEN: u32 = 64;

/// The most bytes of a capture tool's version.
pub const MAX_VERSION_LEN: u32 = 32;

/// What a piece of evidence is.
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
pub enum EvidenceKind {
	/// A capture of a web page or an online shop (screenshots, archives).
	WebCapture,
	/// A test purchase: the receipt, the goods' photographs.
	TestPurchase,
	/// An expert's report.
	ExpertReport,
	/// Customs' record of a seizure of goods.
	CustomsSeizure,
	/// A sample of goods.
	Sample,
	/// Any other document.
	Document,
	/// Anything else.
	Other,
}

/// How the evidence was captured: what a court asks of the capture process (China SPC Online
/// Litigation Rules 2021, art. 16-17).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Capture<Text, Version> {
	/// The capture tool or service (printable ASCII, at most [`MAX_TOOL_LEN`] bytes).
	pub tool: Text,
	/// Its version (printable ASCII without spaces, at most [`MAX_VERSION_LEN`] bytes).
	pub version: Version,
	/// The digest (with the evidence's algorithm) of the tool's capture log, if it keeps one.
	pub log_digest: Option<Hash>,
}

/// A capture method as a call gives it.
pub type CaptureInput = Capture<alloc::vec::Vec<u8>, alloc::vec::Vec<u8>>;

/// A capture method as it is stored.
pub type CaptureOf =
	Capture<BoundedVec<u8, ConstU32<MAX_TOOL_LEN>>, BoundedVec<u8, ConstU32<MAX_VERSION_LEN>>>;

/// Who may learn where the evidence is.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Disclosure<Locator> {
	/// Anyone: the evidence is at this locator (an absolute URI).
	Public(Locator),
	/// Only the parties its custodian grants access to: the chain keeps no locator in clear,
	/// only the digest and each grant's locator encrypted for its grantee.
	Sealed,
}

/// A piece of evidence: one file's digest, or the root of a tree over a batch of files'
/// digests (see [`crate::merkle`]).
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct EvidenceRecord<T: Config> {
	/// The hash algorithm of the digest (and of the batch's tree).
	pub algorithm: HashAlgorithm,
	/// The file's digest, or the batch's root.
	pub digest: Hash,
	/// How many files it covers: 1 for a file, more for a batch.
	pub items: u32,
	/// What it is.
	pub kind: EvidenceKind,
	/// How it was captured.
	pub capture: CaptureOf,
	/// The right it concerns, if any.
	pub right: Option<RightId>,
	/// Where it is, or sealed.
	pub disclosure: Disclosure<BoundedVec<u8, T::MaxLocatorLen>>,
	/// The party that anchored it.
	pub submitter: PartyId,
	/// When (UNIX milliseconds) and in which block.
	pub anchored_at: Moment,
	/// The block it was anchored in.
	pub block: BlockNumberFor<T>,
	/// The account that holds its deposit.
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// Who holds it now (its custodian): the submitter first.
	pub custodian: PartyId,
	/// The party it is being handed over to, until that party accepts.
	pub handover: Option<PartyId>,
	/// How many entries its custody log has.
	pub custody_len: u32,
	/// How many parties were granted access to it (sealed evidence).
	pub grants: u32,
	/// How many authorities attested it (revoked attestations included).
	pub attestations: u32,
}

/// A step of the chain of custody.
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
pub enum CustodyAction {
	/// Collected by its submitter (the first entry, recorded by the anchoring).
	Collected,
	/// Handed over to `to`, who accepted it (recorded by the acceptance).
	Transferred {
		/// The new custodian.
		to: PartyId,
	},
	/// Analysed (examined, tested).
	Analysed,
	/// Sealed (put under seal, access restricted).
	Sealed,
	/// Presented (to a court, an office, an arbitrator).
	Presented,
}

/// One entry of a chain of custody.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CustodyEntry<BlockNumber> {
	/// What happened.
	pub action: CustodyAction,
	/// The party that recorded it: the custodian, or an authority.
	pub by: PartyId,
	/// When (UNIX milliseconds).
	pub at: Moment,
	/// In which block.
	pub block: BlockNumber,
	/// The digest of a note or report on the step (off chain), if any.
	pub note: Option<Hash>,
}

/// A custody entry of this runtime.
pub type CustodyEntryOf<T> = CustodyEntry<BlockNumberFor<T>>;

/// Access granted to sealed evidence.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Grant<T: Config> {
	/// The custodian that granted it.
	pub by: PartyId,
	/// When (UNIX milliseconds).
	pub at: Moment,
	/// The evidence's locator, encrypted by the custodian's client for the grantee: opaque to
	/// the chain and to everyone else.
	pub sealed_locator: BoundedVec<u8, T::MaxSealedLocatorLen>,
}

/// An authority's attestation of a piece of evidence.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Attestation {
	/// The role it attested in (a notary or evidence-preservation service).
	pub role: AuthorityRole,
	/// The jurisdiction of that role.
	pub jurisdiction: OfficeCode,
	/// When (UNIX milliseconds).
	pub at: Moment,
	/// The digest of its statement (a notarial certificate, off chain), if any.
	pub statement: Option<Hash>,
	/// When it revoked the attestation, if it did.
	pub revoked: Option<Moment>,
}

/// All the chain knows of a piece of evidence: what the runtime API's `verify` returns.
#[derive(Encode, Decode, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct EvidenceView<T: Config> {
	/// Its id.
	pub id: EvidenceId,
	/// The record.
	pub record: EvidenceRecord<T>,
	/// Its chain of custody, in order.
	pub custody: alloc::vec::Vec<CustodyEntryOf<T>>,
	/// The access granted to it, by grantee.
	pub grants: alloc::vec::Vec<(PartyId, Grant<T>)>,
	/// Its attestations, by attesting authority.
	pub attestations: alloc::vec::Vec<(PartyId, Attestation)>,
}
