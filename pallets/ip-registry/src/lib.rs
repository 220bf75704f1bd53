#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use rules::{KindRules, TermStart};

/// What the benchmarks need from the runtime: an office and parties to file for.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A new IP office, and an account that acts for it.
	fn office() -> (ipledger_primitives::OfficeCode, AccountId);
	/// The party of `account`, created if it has none.
	fn party(account: &AccountId) -> ipledger_primitives::PartyId;
}
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
pub mod rules;
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
		traits::{fungible, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use ipledger_primitives::{
		traits::PartiesInspect, Balance, Hash, Moment, OfficeCode, PartyId, RightId, RightKind,
	};
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for an anchored work.
		Anchor,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit for anchoring a work.
		#[pallet::constant]
		type AnchorDeposit: Get<AnchorBalanceOf<Self>>;

		/// Who is who: parties, and which accounts act for which office.
		type Parties: PartiesInspect<Self::AccountId>;

		/// Who sets the offices' rules for each kind of right (governance; root for now).
		type RulesOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Calendar time, for filing and event dates.
		type Time: UnixTime;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Longest title of a right, in bytes.
		#[pallet::constant]
		type MaxTitleLen: Get<u32>;

		/// Most applicants (co-owners) of one right.
		#[pallet::constant]
		type MaxOwners: Get<u32>;

		/// Most classification codes of one right.
		#[pallet::constant]
		type MaxClassifications: Get<u32>;

		/// Longest document locator (URI, CID), in bytes.
		#[pallet::constant]
		type MaxLocatorLen: Get<u32>;

		/// Most inventors or creators named on one right.
		#[pallet::constant]
		type MaxInventors: Get<u32>;

		/// Most priority claims of one right.
		#[pallet::constant]
		type MaxPriorityClaims: Get<u32>;

		/// Most entries in one right's legal-status history.
		#[pallet::constant]
		type MaxHistoryLen: Get<u32>;

		/// Sets up offices and parties for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// The rules each office set for a kind of right; where none are set,
	/// [`KindRules::default_for`] applies.
	#[pallet::storage]
	pub type Rules<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		OfficeCode,
		Blake2_128Concat,
		RightKind,
		KindRules<Balance>,
	>;

	/// The inventors or creators named on each right, apart from its owners.
	#[pallet::storage]
	pub type Inventors<T: Config> =
		StorageMap<_, Twox64Concat, RightId, BoundedVec<InventorOf, T::MaxInventors>>;

	/// Works anchored by their digest: who anchored each first, and when.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageMap<_, Identity, Hash, Anchor<T>>;

	/// The last application number each office gave (0 before its first application).
	#[pallet::storage]
	pub type LastApplicationNumber<T: Config> =
		StorageMap<_, Blake2_128Concat, OfficeCode, ApplicationNumber, ValueQuery>;

	/// The id the next filed application gets.
	#[pallet::storage]
	pub type NextRightId<T: Config> = StorageValue<_, RightId, ValueQuery>;

	/// Applications and rights, by id.
	#[pallet::storage]
	pub type Rights<T: Config> = StorageMap<_, Twox64Concat, RightId, Right<T>>;

	/// The rights each party owns a share of (or applied for).
	#[pallet::storage]
	pub type RightsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, RightId, ()>;

	/// The right behind each office's application number.
	#[pallet::storage]
	pub type ApplicationIndex<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, OfficeCode, Twox64Concat, ApplicationNumber, RightId>;

	/// Each right's legal-status history, in the order it was recorded (0 is the filing).
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RightId, Twox64Concat, u32, StatusRecord<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An application was filed and is pending.
		ApplicationFiled {
			/// The id of the new right.
			right: RightId,
			/// The office it was filed with.
			office: OfficeCode,
			/// Its kind.
			kind: RightKind,
			/// The number the office gave it.
			application_number: ApplicationNumber,
			/// Who filed it.
			filed_by: T::AccountId,
		},
		/// An applicant named the inventors or creators of a right.
		InventorsDesignated {
			/// The right.
			right: RightId,
			/// How many are named.
			count: u32,
		},
		/// An applicant claimed the priority of an earlier application.
		PriorityClaimed {
			/// The right.
			right: RightId,
			/// The earlier application's office.
			office: OfficeCode,
			/// Its filing date.
			filing_date: Moment,
		},
		/// A party anchored the digest of a work (copyright) or a secret (trade secret).
		WorkAnchored {
			/// The digest.
			digest: Hash,
			/// The party that anchored it.
			party: PartyId,
			/// Copyright or trade secret.
			kind: RightKind,
		},
		/// A party withdrew its anchor and got its deposit back.
		AnchorWithdrawn {
			/// The digest.
			digest: Hash,
		},
		/// Governance set an office's rules for a kind of right.
		RulesSet {
			/// The office.
			office: OfficeCode,
			/// The kind of right.
			kind: RightKind,
		},
		/// A right reached the end of its term and its expiry was recorded.
		RightExpired {
			/// The right.
			right: RightId,
			/// The day its term ended (UNIX milliseconds).
			on: Moment,
		},
		/// An office recorded a legal-status event on a right.
		StatusRecorded {
			/// The right.
			right: RightId,
			/// The standard key event.
			event: KeyEvent,
			/// The stage the right reached.
			stage: Stage,
			/// The account that recorded it for the office.
			recorded_by: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An office code is not two upper-case letters (WIPO ST.3).
		InvalidOfficeCode,
		/// No party is the IP office of this jurisdiction.
		UnknownOffice,
		/// Copyright and trade secrets are not registered by offices.
		NotRegistrable,
		/// A title is empty or not UTF-8.
		InvalidTitle,
		/// A title is longer than `MaxTitleLen`.
		TitleTooLong,
		/// An application needs at least one applicant.
		NoApplicants,
		/// More applicants than `MaxOwners`.
		TooManyApplicants,
		/// A party is listed twice as an applicant.
		DuplicateApplicant,
		/// An applicant is not a known party.
		UnknownParty,
		/// The signer is not linked to any party.
		NoParty,
		/// An applicant's share is zero.
		ZeroShare,
		/// The applicants' shares do not add up to exactly 100%.
		SharesNotWhole,
		/// The signer's party must be one of the applicants.
		NotAnApplicant,
		/// More classification codes than `MaxClassifications`.
		TooManyClassifications,
		/// A classification code is not well formed in a scheme of the right's kind: IPC/CPC
		/// for patents and utility models (`H04L 9/32`), Nice (`42`) or Vienna (`26.04.05`) for
		/// trademarks, Locarno (`14-02`) for designs, Nice for geographical indications; plant
		/// varieties and layout designs take none.
		InvalidClassification,
		/// A document locator is empty or not printable ASCII.
		InvalidLocator,
		/// A document locator is longer than `MaxLocatorLen`.
		LocatorTooLong,
		/// No right has this id.
		UnknownRight,
		/// The signer does not act for the office of the right's jurisdiction (its own
		/// accounts or its examiners').
		NotOffice,
		/// A filing is recorded by `file_application`, never as a later event.
		AlreadyFiled,
		/// The application was already published.
		AlreadyPublished,
		/// The right was already granted; a granted right cannot be granted, refused,
		/// withdrawn or published as an application again.
		AlreadyGranted,
		/// The application was refused; no event can follow.
		ApplicationRefused,
		/// The application was withdrawn; no event can follow.
		ApplicationWithdrawn,
		/// An event date lies before the right's filing date.
		EventBeforeFiling,
		/// An event date lies in the future.
		EventInFuture,
		/// An office event code or gazette reference is longer than 64 bytes.
		ReferenceTooLong,
		/// The right's history already has `MaxHistoryLen` entries.
		HistoryFull,
		/// Ids or application numbers are exhausted.
		Overflow,
		/// An inventor's name is empty, not UTF-8 or longer than 128 bytes.
		InvalidInventor,
		/// More inventors than `MaxInventors`, or one named twice.
		TooManyInventors,
		/// Inventors are designated while the application is pending.
		NotPending,
		/// Priority can only be claimed while the application is filed and not yet published.
		PriorityTooLate,
		/// The office's rules give no priority period for this kind of right.
		NoPriority,
		/// The earlier application is not earlier than the right's filing date.
		PriorityNotEarlier,
		/// The earlier filing lies outside the priority period of the right's kind.
		PriorityExpired,
		/// The earlier application is on this chain, but its filing date or kind family differs
		/// from the claim.
		PriorityMismatch,
		/// The application number is empty, not printable ASCII, or longer than 32 bytes.
		InvalidApplicationNumber,
		/// The right already claims this priority, or `MaxPriorityClaims` of them.
		PriorityNotAdded,
		/// This digest was anchored before; `IpRegistryApi::anchor` tells by whom and when.
		AlreadyAnchored,
		/// Only copyright and trade secrets are anchored; registered rights are filed.
		NotAnchorable,
		/// A trade secret is anchored by its digest alone: no title.
		SecretWithTitle,
		/// No work is anchored under this digest.
		UnknownAnchor,
		/// Only an account of the anchoring party may withdraw the anchor.
		NotAnchorParty,
		/// The signer cannot afford the anchor's deposit.
		CannotAffordDeposit,
		/// Rules whose periods do not fit together or exceed 100 years.
		InvalidRules,
		/// The office does not publish applications of this kind (see its rules).
		NoPublication,
		/// Expiry is recorded by `record_expiry`, once the term has ended, not by an office.
		NotAnOfficeEvent,
		/// The right has expired; no event can follow.
		RightExpired,
		/// The right is not granted, has no fixed term, or its term has not ended yet.
		NotExpired,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOwners::get() > 0, "a right needs room for an owner");
			assert!(T::MaxHistoryLen::get() > 1, "a history needs room beyond the filing");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		// Call index 0 was `register_office`: offices are parties now (`pallet-ip-parties`).

		/// Files an application for an IP right with an office. The right gets the next id,
		/// the office's next application number, the current time as filing date, and the
		/// stage `Filed` (legal state pending).
		///
		/// - Origin: signed, by an account of one of the applicant parties.
		/// - `applicants`: parties with their ownership shares, which must add up to exactly 100%.
		/// - `classifications`: codes of the kind's classification (IPC/CPC, Nice, Locarno).
		/// - `document`: digest and locator of the application document.
		///
		/// Errors: `InvalidOfficeCode`, `UnknownOffice`, `NotRegistrable`, `InvalidTitle`,
		/// `TitleTooLong`, `NoParty`, `NoApplicants`, `TooManyApplicants`, `DuplicateApplicant`,
		/// `UnknownParty`, `ZeroShare`, `SharesNotWhole`, `NotAnApplicant`,
		/// `TooManyClassifications`,
		/// `InvalidClassification`, `InvalidLocator`, `LocatorTooLong`, `Overflow`.
		/// Emits `ApplicationFiled`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::file_application(
			applicants.len() as u32,
			classifications.len() as u32,
		))]
		pub fn file_application(
			origin: OriginFor<T>,
			office: OfficeCode,
			kind: RightKind,
			title: Vec<u8>,
			applicants: Vec<(PartyId, Perbill)>,
			classifications: Vec<Vec<u8>>,
			document: Document<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_file_application(
				who,
				office,
				kind,
				title,
				applicants,
				classifications,
				document,
			)
			.map(|_| ())
		}

		/// Sets an office's rules for a kind of right: term, renewals, grace and priority
		/// periods, procedures, renewal fee. Rights granted later follow them.
		///
		/// - Origin: `RulesOrigin` (governance).
		///
		/// Errors: `InvalidOfficeCode`, `NotRegistrable`, `InvalidRules`. Emits `RulesSet`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_rules())]
		pub fn set_rules(
			origin: OriginFor<T>,
			office: OfficeCode,
			kind: RightKind,
			rules: KindRules<Balance>,
		) -> DispatchResult {
			T::RulesOrigin::ensure_origin(origin)?;
			Self::do_set_rules(office, kind, rules)
		}

		/// Records that a granted right's term has ended. Every query already reports it no
		/// longer in force from that moment; this writes the expiry into its history.
		///
		/// - Origin: signed, by anyone.
		///
		/// Errors: `UnknownRight`, `NotExpired`, `HistoryFull`. Emits `RightExpired`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::record_expiry())]
		pub fn record_expiry(origin: OriginFor<T>, right: RightId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_expiry(who, right)
		}

		/// Anchors the digest of a work as evidence of its creation (copyright) or of the
		/// possession of a secret (trade secret). The first anchor of a digest wins; the anchor
		/// holds `AnchorDeposit` until it is withdrawn.
		///
		/// - Origin: signed, by an account of a party, which becomes the anchoring party.
		/// - `title`: the work's title (UTF-8); must be empty for a trade secret.
		///
		/// Errors: `NotAnchorable`, `SecretWithTitle`, `InvalidTitle`, `TitleTooLong`,
		/// `NoParty`, `AlreadyAnchored`, `CannotAffordDeposit`. Emits `WorkAnchored`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			kind: RightKind,
			digest: Hash,
			title: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_anchor(who, kind, digest, title)
		}

		/// Claims the priority of an earlier application (Paris Convention): it must have been
		/// filed within the priority period of the kind (the office's rules), before this one.
		/// If it is on this chain (same office code, its number in decimal), its filing date
		/// and kind family must match.
		///
		/// - Origin: signed, by an account of one of the right's owner parties.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnApplicant`, `PriorityTooLate`, `NoPriority`,
		/// `InvalidOfficeCode`, `InvalidApplicationNumber`, `PriorityNotEarlier`,
		/// `PriorityExpired`, `PriorityMismatch`, `PriorityNotAdded`. Emits `PriorityClaimed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::claim_priority())]
		pub fn claim_priority(
			origin: OriginFor<T>,
			right: RightId,
			claim: PriorityClaim<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_priority(who, right, claim)
		}

		/// Names the inventors (breeders, creators) of a right, replacing any named before. They
		/// are listed apart from the owners; an inventor may be a party or just a name.
		///
		/// - Origin: signed, by an account of one of the right's owner parties.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnApplicant`, `NotPending`,
		/// `TooManyInventors`, `InvalidInventor`, `UnknownParty`. Emits `InventorsDesignated`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::designate_inventors(inventors.len() as u32))]
		pub fn designate_inventors(
			origin: OriginFor<T>,
			right: RightId,
			inventors: Vec<Inventor<Vec<u8>>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_designate_inventors(who, right, inventors)
		}

		/// Withdraws an anchor and releases its deposit.
		///
		/// - Origin: signed, by an account of the anchoring party.
		///
		/// Errors: `UnknownAnchor`, `NotAnchorParty`. Emits `AnchorWithdrawn`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_anchor())]
		pub fn withdraw_anchor(origin: OriginFor<T>, digest: Hash) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_anchor(who, digest)
		}

		/// Records a legal-status event (publication, grant, refusal, withdrawal) on a right.
		///
		/// - Origin: signed, by an account acting for the office of the right's jurisdiction (the
		///   office's own, or an examiner's).
		/// - `details`: the event date (not before filing, not in the future), the office's own
		///   event code and the gazette reference.
		///
		/// Errors: `UnknownRight`, `NotOffice`, `NotAnOfficeEvent`, `AlreadyFiled`,
		/// `AlreadyPublished`, `AlreadyGranted`, `ApplicationRefused`, `ApplicationWithdrawn`,
		/// `RightExpired`, `NoPublication`, `EventBeforeFiling`, `EventInFuture`,
		/// `ReferenceTooLong`, `HistoryFull`. Emits `StatusRecorded`. A grant fixes the end of
		/// the right's term from the office's rules.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::record_event())]
		pub fn record_event(
			origin: OriginFor<T>,
			right: RightId,
			event: KeyEvent,
			details: EventDetails<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_event(who, right, event, details)
		}
	}
}
