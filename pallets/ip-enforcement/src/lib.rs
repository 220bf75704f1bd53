#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use ipledger_primitives::Hash;

/// What the benchmarks need from the runtime: parties, an evidence-preservation authority and
/// a right.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// The party of `account`, created if it has none.
	fn party(account: &AccountId) -> ipledger_primitives::PartyId;
	/// An account that acts for an authority holding `role` for `jurisdiction`, set up if
	/// needed.
	fn authority(
		role: ipledger_primitives::AuthorityRole,
		jurisdiction: ipledger_primitives::OfficeCode,
	) -> AccountId;
	/// A right that exists.
	fn right() -> ipledger_primitives::RightId;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
pub mod merkle;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, EnsureOriginWithArg, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use ipledger_primitives::{
		origins::Actor,
		traits::{PartiesInspect, RightsInspect},
		AuthorityRole, HashAlgorithm, OfficeCode, PartyId, RightId,
	};

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a piece of evidence, its custody log, grants and attestations.
		Evidence,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency that holds deposits.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The rights evidence may concern (in the runtime, the registry).
		type Rights: RightsInspect;

		/// Who is who.
		type Parties: PartiesInspect<Self::AccountId>;

		/// Who acts as a party: submitters and custodians. In the runtime, a signed account
		/// linked to a party ([`ipledger_primitives::origins::EnsureParty`]); an origin it
		/// refuses is told `NoParty` if it is signed.
		type PartyOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Actor<Self::AccountId>>;

		/// Who acts for an authority holding a role in a jurisdiction: a notary that attests, a
		/// court or customs that records a custody step. In the runtime,
		/// [`ipledger_primitives::origins::EnsureAuthority`]; an origin it refuses is told
		/// `NotAuthority` if it is signed.
		type AuthorityOrigin: EnsureOriginWithArg<
			Self::RuntimeOrigin,
			(AuthorityRole, OfficeCode),
			Success = Actor<Self::AccountId>,
		>;

		/// Calendar time.
		type Time: UnixTime;

		/// The deposit a piece of evidence holds from the account that anchored it, for it and
		/// everything recorded on it, until it is withdrawn.
		#[pallet::constant]
		type EvidenceDeposit: Get<BalanceOf<Self>>;

		/// Most bytes of a public locator.
		#[pallet::constant]
		type MaxLocatorLen: Get<u32>;

		/// Most bytes of a locator sealed for a grantee.
		#[pallet::constant]
		type MaxSealedLocatorLen: Get<u32>;

		/// Most entries of a chain of custody.
		#[pallet::constant]
		type MaxCustodyEntries: Get<u32>;

		/// Most parties granted access to one piece of sealed evidence.
		#[pallet::constant]
		type MaxGrants: Get<u32>;

		/// Most authorities attesting one piece of evidence.
		#[pallet::constant]
		type MaxAttestations: Get<u32>;

		/// Most partners in a batch file's proof: a batch holds at most 2 to this power files.
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up parties and authorities for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Evidence, by id.
	#[pallet::storage]
	pub type Evidence<T: Config> = StorageMap<_, Twox64Concat, EvidenceId, EvidenceRecord<T>>;

	/// The id the next piece of evidence gets.
	#[pallet::storage]
	pub type NextEvidenceId<T: Config> = StorageValue<_, EvidenceId, ValueQuery>;

	/// Evidence by its algorithm and digest (a file's, or a batch's root): the first anchor of
	/// a digest is the only one.
	#[pallet::storage]
	pub type EvidenceByDigest<T: Config> =
		StorageMap<_, Blake2_128Concat, (HashAlgorithm, Hash), EvidenceId>;

	/// Each piece of evidence's chain of custody, in order (0: collected).
	#[pallet::storage]
	pub type Custody<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EvidenceId, Twox64Concat, u32, CustodyEntryOf<T>>;

	/// The access granted to sealed evidence, by grantee.
	#[pallet::storage]
	pub type Grants<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EvidenceId, Twox64Concat, PartyId, Grant<T>>;

	/// The attestations of evidence, by attesting authority.
	#[pallet::storage]
	pub type Attestations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EvidenceId, Twox64Concat, PartyId, Attestation>;

	/// The evidence each party submitted or holds in custody: such a party is referred to,
	/// and cannot be closed.
	#[pallet::storage]
	pub type EvidenceOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, EvidenceId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A party anchored a piece of evidence (a file, or a batch of `items` files).
		EvidenceAnchored {
			/// The evidence.
			evidence: EvidenceId,
			/// Its hash algorithm.
			algorithm: HashAlgorithm,
			/// The file's digest, or the batch's root.
			digest: Hash,
			/// How many files it covers.
			items: u32,
			/// The submitter, its first custodian.
			submitter: PartyId,
			/// Whether it is sealed.
			sealed: bool,
		},
		/// A custody step was recorded.
		CustodyRecorded {
			/// The evidence.
			evidence: EvidenceId,
			/// The step.
			action: CustodyAction,
			/// Who recorded it.
			by: PartyId,
		},
		/// The custodian offered the evidence to another party.
		HandoverProposed {
			/// The evidence.
			evidence: EvidenceId,
			/// The custodian.
			from: PartyId,
			/// The party named.
			to: PartyId,
		},
		/// A party granted access to sealed evidence.
		AccessGranted {
			/// The evidence.
			evidence: EvidenceId,
			/// The grantee.
			to: PartyId,
			/// The custodian that granted it.
			by: PartyId,
		},
		/// An authority attested a piece of evidence.
		Attested {
			/// The evidence.
			evidence: EvidenceId,
			/// The authority.
			by: PartyId,
			/// The digest of its statement, if any.
			statement: Option<Hash>,
		},
		/// An authority revoked its attestation.
		AttestationRevoked {
			/// The evidence.
			evidence: EvidenceId,
			/// The authority.
			by: PartyId,
		},
		/// The submitter withdrew a piece of evidence nobody had relied on; its deposit was
		/// released and its digest may be anchored again.
		EvidenceWithdrawn {
			/// The evidence.
			evidence: EvidenceId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The signer's account is linked to no party.
		NoParty,
		/// The signer does not act for an authority of that role and jurisdiction.
		NotAuthority,
		/// No right has that id.
		UnknownRight,
		/// This digest was anchored already with this algorithm (the runtime API's `verify`
		/// names the first anchor).
		AlreadyAnchored,
		/// The digest is all zeros: no file hashes to it.
		InvalidDigest,
		/// A batch of no files.
		NoItems,
		/// A batch's tree needs an algorithm the chain computes (BLAKE2b-256, SHA-256), and at
		/// most 2 to the power `MaxProofLen` files.
		UnsupportedBatch,
		/// The capture tool is empty, longer than 64 bytes or not printable ASCII, or its
		/// version is empty, longer than 32 bytes or not printable ASCII without spaces.
		InvalidCapture,
		/// A public locator is longer than `MaxLocatorLen` or not an absolute URI.
		InvalidLocator,
		/// No evidence has that id.
		UnknownEvidence,
		/// Only the evidence's custodian does this.
		NotCustodian,
		/// Collected is recorded by the anchoring and Transferred by an accepted handover.
		InvalidCustodyAction,
		/// The chain of custody has as many entries as it may hold.
		CustodyFull,
		/// No party has that id.
		UnknownParty,
		/// The evidence is handed over to its custodian.
		InvalidHandover,
		/// No handover of the evidence names the signer's party.
		NoHandover,
		/// The evidence is public: it needs no access granted.
		NotSealed,
		/// A sealed locator is empty or longer than `MaxSealedLocatorLen`.
		InvalidSealedLocator,
		/// The party was granted access already, or is the custodian.
		AlreadyGranted,
		/// The evidence has as many grants as it may hold.
		TooManyGrants,
		/// The authority attested this evidence already.
		AlreadyAttested,
		/// The evidence has as many attestations as it may hold.
		TooManyAttestations,
		/// The signer's party has not attested this evidence.
		NotAttested,
		/// The attestation was revoked already.
		AlreadyRevoked,
		/// Only the submitter withdraws evidence.
		NotSubmitter,
		/// The evidence was relied on (handed over, analysed, sealed, presented, attested, or
		/// access granted to it): it stays.
		NotWithdrawable,
		/// No evidence id is left.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxCustodyEntries::get() > 1, "a chain of custody takes steps");
			assert!(T::MaxProofLen::get() <= 32, "a batch's size fits in a u32");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchors a piece of evidence: a file's `digest`, or the root of the tree over a batch
		/// of `items` files' digests ([`crate::merkle`]), computed with `algorithm`; with what
		/// it is, how it was captured, the right it concerns, and either its public locator or
		/// sealed. The signer's party is its submitter and first custodian (custody entry
		/// Collected); the signer's account holds `EvidenceDeposit`.
		///
		/// Origin: `PartyOrigin`. Errors: `NoParty`, `InvalidDigest`, `NoItems`,
		/// `UnsupportedBatch`, `InvalidCapture`, `InvalidLocator`, `UnknownRight`,
		/// `AlreadyAnchored`, or the hold's. Event: `EvidenceAnchored`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor_evidence())]
		pub fn anchor_evidence(
			origin: OriginFor<T>,
			algorithm: HashAlgorithm,
			digest: Hash,
			items: u32,
			kind: EvidenceKind,
			capture: CaptureInput,
			right: Option<RightId>,
			disclosure: Disclosure<Vec<u8>>,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_anchor(actor, algorithm, digest, items, kind, capture, right, disclosure)
		}

		/// Records a custody step (Analysed, Sealed, Presented) with the digest of a note on
		/// it: by the custodian, or, with `authority` naming its role and jurisdiction, by an
		/// authority (a court the evidence is presented to, customs, a notary).
		///
		/// Origin: `PartyOrigin`, or `AuthorityOrigin` for `authority`. Errors: `NoParty`,
		/// `NotAuthority`, `UnknownEvidence`, `NotCustodian`, `InvalidCustodyAction`,
		/// `CustodyFull`. Event: `CustodyRecorded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::record_custody())]
		pub fn record_custody(
			origin: OriginFor<T>,
			evidence: EvidenceId,
			action: CustodyAction,
			note: Option<Hash>,
			authority: Option<(AuthorityRole, OfficeCode)>,
		) -> DispatchResult {
			let (actor, as_authority) = match authority {
				Some(authority) => (Self::authority_origin(origin, authority)?, true),
				None => (Self::party_origin(origin)?, false),
			};
			Self::do_record_custody(actor, evidence, action, note, as_authority)
		}

		/// The custodian hands the evidence over to party `to`, who takes custody when it
		/// accepts; a later handover replaces one not yet accepted.
		///
		/// Origin: `PartyOrigin`. Errors: `NoParty`, `UnknownEvidence`, `NotCustodian`,
		/// `UnknownParty`, `InvalidHandover`. Event: `HandoverProposed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::hand_over())]
		pub fn hand_over(
			origin: OriginFor<T>,
			evidence: EvidenceId,
			to: PartyId,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_hand_over(actor, evidence, to)
		}

		/// The party a handover names takes custody: custody entry Transferred.
		///
		/// Origin: `PartyOrigin`. Errors: `NoParty`, `UnknownEvidence`, `NoHandover`,
		/// `CustodyFull`. Event: `CustodyRecorded`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::accept_custody())]
		pub fn accept_custody(origin: OriginFor<T>, evidence: EvidenceId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_accept_custody(actor, evidence)
		}

		/// The custodian of sealed evidence grants party `to` access: `sealed_locator` is the
		/// evidence's locator encrypted (by the custodian's client) for `to`, opaque to
		/// everyone else. The grant is recorded for ever.
		///
		/// Origin: `PartyOrigin`. Errors: `NoParty`, `UnknownEvidence`, `NotCustodian`,
		/// `NotSealed`, `InvalidSealedLocator`, `UnknownParty`, `AlreadyGranted`,
		/// `TooManyGrants`. Event: `AccessGranted`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::grant_access())]
		pub fn grant_access(
			origin: OriginFor<T>,
			evidence: EvidenceId,
			to: PartyId,
			sealed_locator: Vec<u8>,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_grant_access(actor, evidence, to, sealed_locator)
		}

		/// A notary or evidence-preservation service of `jurisdiction` attests the evidence,
		/// with the digest of its statement.
		///
		/// Origin: `AuthorityOrigin` for (`EvidenceService`, `jurisdiction`). Errors:
		/// `NotAuthority`, `UnknownEvidence`, `AlreadyAttested`, `TooManyAttestations`. Event:
		/// `Attested`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			evidence: EvidenceId,
			jurisdiction: OfficeCode,
			statement: Option<Hash>,
		) -> DispatchResult {
			let role = AuthorityRole::EvidenceService;
			let actor = Self::authority_origin(origin, (role, jurisdiction))?;
			Self::do_attest(actor, evidence, role, jurisdiction, statement)
		}

		/// The authority that attested the evidence revokes its attestation, which stays on
		/// record with the date of its revocation.
		///
		/// Origin: `PartyOrigin` (the attesting authority's account). Errors: `NoParty`,
		/// `UnknownEvidence`, `NotAttested`, `AlreadyRevoked`. Event: `AttestationRevoked`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::revoke_attestation())]
		pub fn revoke_attestation(origin: OriginFor<T>, evidence: EvidenceId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_revoke_attestation(actor, evidence)
		}

		/// The submitter withdraws evidence nobody relied on yet (still in its custody, no
		/// step but its collection, no grant, no attestation); the deposit goes back and the
		/// digest may be anchored again.
		///
		/// Origin: `PartyOrigin`. Errors: `NoParty`, `UnknownEvidence`, `NotSubmitter`,
		/// `NotWithdrawable`. Event: `EvidenceWithdrawn`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw_evidence())]
		pub fn withdraw_evidence(origin: OriginFor<T>, evidence: EvidenceId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_withdraw(actor, evidence)
		}
	}
}

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;
