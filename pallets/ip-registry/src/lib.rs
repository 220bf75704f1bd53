#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use rules::{KindRules, Term, TermStart};

/// What the benchmarks need from the runtime: an office and parties to file for.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A new IP office, with an account for `OfficeOrigin::try_successful_origin` to sign
	/// with.
	fn office() -> ipledger_primitives::OfficeCode;
	/// The party of `account`, created if it has none.
	fn party(account: &AccountId) -> ipledger_primitives::PartyId;
}
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub(crate) mod features;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod rules;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

/// The size of a proposed transfer for its weight: an assignment's owners, else 1.
fn transfer_size<O>(kind: &TransferKind<alloc::vec::Vec<O>>) -> u32 {
	match kind {
		TransferKind::Assignment { to } => to.len() as u32,
		_ => 1,
	}
}

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
		origins::Actor, territory::CountryCode, traits::PartiesInspect, Balance, Hash, Moment,
		OfficeCode, OfficeNumberKind, PartyId, RightId, RightKind,
	};
	use sp_runtime::Perbill;

	/// The in-code storage version: 1 added `AnchorsOf`; 2 gave history entries an effective
	/// date, the offices' rules a filing fee and a time zone, and pending filings their fee
	/// (see [`crate::migrations`]); 3 made anchored works and secrets rights of their own,
	/// with no office; 4 added `StageChanges`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for an anchored work.
		Anchor,
		/// The deposit for a proposed transfer.
		Transfer,
		/// The deposit for a filing waiting for its co-applicants.
		Filing,
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
		type AnchorDeposit: Get<BalanceOf<Self>>;

		/// The deposit for proposing a transfer, held until it is recorded or cancelled.
		#[pallet::constant]
		type TransferDeposit: Get<BalanceOf<Self>>;

		/// The deposit for a filing that names other applicants, held from the filer until
		/// every applicant accepted it or it is withdrawn.
		#[pallet::constant]
		type FilingDeposit: Get<BalanceOf<Self>>;

		/// The least filing fee an office charges, whatever its rules say: what a filing's
		/// 2-3 KB of storage cost, paid to the office (which keeps it).
		#[pallet::constant]
		type MinFilingFee: Get<BalanceOf<Self>>;

		/// Who is who: parties, their agents, the offices and their accounts.
		type Parties: PartiesInspect<Self::AccountId>;

		/// Who acts as a party: owners, applicants, agents and anchoring parties sign through
		/// it. In the runtime, a signed account linked to a party
		/// ([`ipledger_primitives::origins::EnsureParty`]); an origin it refuses is told
		/// `NoParty` if it is signed.
		type PartyOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Actor<Self::AccountId>>;

		/// Who acts for the IP office of a jurisdiction: it records legal-status events and
		/// transfers and extends terms. In the runtime, an account of the office's party or of
		/// one of its examiners ([`ipledger_primitives::origins::EnsureOffice`]); an origin it
		/// refuses is told `NotOffice` if it is signed.
		type OfficeOrigin: EnsureOriginWithArg<
			Self::RuntimeOrigin,
			OfficeCode,
			Success = Actor<Self::AccountId>,
		>;

		/// Who sets the offices' rules for each kind of right (governance: in the runtime, the
		/// offices' council).
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

		/// Most entries in one right's legal-status history. Every change of ownership is also
		/// an entry, so this bounds the chain of title too.
		#[pallet::constant]
		type MaxHistoryLen: Get<u32>;

		/// Most security interests recorded over one right at a time.
		#[pallet::constant]
		type MaxSecurityInterests: Get<u32>;

		/// Most member states governance may give one regional office (the EPC has 39).
		#[pallet::constant]
		type MaxMemberStates: Get<u32>;

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

	/// The member states of the regional offices whose lists governance set, in order; for the
	/// others, the treaty defaults of [`MemberStates`](ipledger_primitives::territory::MemberStates)
	/// apply. What a regional right covers ([`ipledger_primitives::territory::Jurisdictions`]).
	#[pallet::storage]
	pub type MemberStatesOf<T: Config> =
		StorageMap<_, Blake2_128Concat, OfficeCode, BoundedVec<CountryCode, T::MaxMemberStates>>;

	/// The inventors or creators named on each right, apart from its owners.
	#[pallet::storage]
	pub type Inventors<T: Config> =
		StorageMap<_, Twox64Concat, RightId, BoundedVec<InventorOf, T::MaxInventors>>;

	/// Works anchored by their digest: who anchored each first, and when.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageMap<_, Identity, Hash, Anchor<T>>;

	/// Sealed claims to digests, waiting to be revealed by `anchor`.
	#[pallet::storage]
	pub type AnchorCommitments<T: Config> = StorageMap<_, Identity, Hash, AnchorCommitment<T>>;

	/// The commitments each party made and has not revealed: referred to, as anchors are.
	#[pallet::storage]
	pub type CommitmentsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Identity, Hash, ()>;

	/// The digests each party anchored: a party with anchors is referred to, so it cannot be
	/// closed while their deposits are held.
	#[pallet::storage]
	pub type AnchorsOf<T: Config> = StorageDoubleMap<_, Twox64Concat, PartyId, Identity, Hash, ()>;

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

	/// The office's own numbers of each right (WIPO ST.13), by kind.
	#[pallet::storage]
	pub type OfficeNumbers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RightId, Twox64Concat, OfficeNumberKind, OfficeNumber>;

	/// The right behind each of an office's numbers, per office and kind of number.
	#[pallet::storage]
	pub type RightByOfficeNumber<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(OfficeCode, OfficeNumberKind),
		Blake2_128Concat,
		OfficeNumber,
		RightId,
	>;

	/// Each right's legal-status history, in the order it was recorded (0 is the filing).
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RightId, Twox64Concat, u32, StatusRecord<T>>;

	/// Each right's changes of stage, in the order they were recorded, each with the date it
	/// took effect: the history's entries that changed the stage (the filing first). What
	/// `legal_state_on` reads instead of the whole history; at most one change per entry.
	#[pallet::storage]
	pub type StageChanges<T: Config> =
		StorageMap<_, Twox64Concat, RightId, BoundedVec<StageChange, T::MaxHistoryLen>, ValueQuery>;

	/// Each right's chain of title: its owners over time, in order (0: the applicants).
	#[pallet::storage]
	pub type Ownership<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RightId, Twox64Concat, u32, OwnershipRecord<T>>;

	/// Filings waiting for their co-applicants' acceptance.
	#[pallet::storage]
	pub type PendingFilings<T: Config> = StorageMap<_, Twox64Concat, FilingId, PendingFiling<T>>;

	/// The id the next pending filing gets.
	#[pallet::storage]
	pub type NextFilingId<T: Config> = StorageValue<_, FilingId, ValueQuery>;

	/// The transfer proposed for each right, gathering approvals; one at a time.
	#[pallet::storage]
	pub type PendingTransfers<T: Config> = StorageMap<_, Twox64Concat, RightId, Transfer<T>>;

	/// The security interests recorded over each right, oldest first.
	#[pallet::storage]
	pub type SecurityInterests<T: Config> = StorageMap<
		_,
		Twox64Concat,
		RightId,
		BoundedVec<SecurityInterestRecord<T>, T::MaxSecurityInterests>,
		ValueQuery,
	>;

	/// The rights over which each party holds a security interest.
	#[pallet::storage]
	pub type SecuredBy<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, RightId, ()>;

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
		/// An application naming other applicants was filed; it is filed with the office once
		/// each of them accepted it.
		FilingAwaitingApplicants {
			/// The pending filing.
			filing: FilingId,
			/// The office it is for.
			office: OfficeCode,
			/// Who filed it.
			filed_by: T::AccountId,
			/// How many applicants have yet to accept it.
			awaiting: u32,
		},
		/// An applicant accepted a pending filing.
		FilingAccepted {
			/// The pending filing.
			filing: FilingId,
			/// The applicant.
			party: PartyId,
		},
		/// A pending filing was withdrawn (by its filer) or declined (by an applicant), and its
		/// deposit released.
		FilingWithdrawn {
			/// The pending filing.
			filing: FilingId,
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
		/// A party anchored the digest of a work (copyright) or a secret (trade secret), which
		/// became a right it owns whole.
		WorkAnchored {
			/// The digest.
			digest: Hash,
			/// The party that anchored it.
			party: PartyId,
			/// Copyright or trade secret.
			kind: RightKind,
			/// The new right.
			right: RightId,
		},
		/// A party withdrew its anchor and got its deposit back; the right it made ended.
		AnchorWithdrawn {
			/// The digest.
			digest: Hash,
			/// The right, no longer in force.
			right: RightId,
		},
		/// An owner reserved text and data mining of a work (or replaced its reservation).
		TdmReserved {
			/// The work.
			right: RightId,
			/// The owner (or agent) that reserved it.
			by: PartyId,
		},
		/// An owner lifted the reservation of text and data mining of a work.
		TdmReservationLifted {
			/// The work.
			right: RightId,
		},
		/// A party committed to a digest it will anchor: a sealed claim.
		AnchorCommitted {
			/// The commitment (not the digest).
			commitment: Hash,
			/// The party.
			party: PartyId,
		},
		/// The office gave a right one of its own numbers (WIPO ST.13).
		OfficeNumberSet {
			/// The right.
			right: RightId,
			/// Which number.
			kind: OfficeNumberKind,
			/// The number.
			number: OfficeNumber,
		},
		/// A party withdrew a commitment it had not revealed and got its deposit back.
		CommitmentWithdrawn {
			/// The commitment.
			commitment: Hash,
		},
		/// Governance set an office's rules for a kind of right.
		RulesSet {
			/// The office.
			office: OfficeCode,
			/// The kind of right.
			kind: RightKind,
		},
		/// Governance set a regional office's member states, or restored the treaty defaults.
		MemberStatesSet {
			/// The regional office.
			office: OfficeCode,
			/// How many states its rights now cover.
			members: u32,
			/// Whether these are the defaults (`set_member_states` with no list).
			defaults: bool,
		},
		/// A right reached the end of its term and its expiry was recorded.
		RightExpired {
			/// The right.
			right: RightId,
			/// The day its term ended (UNIX milliseconds).
			on: Moment,
		},
		/// The office's rules left a right's grace period without a renewal: it lapsed.
		RightLapsed {
			/// The right.
			right: RightId,
			/// The end of its paid period, as of which it lapsed (UNIX milliseconds).
			on: Moment,
		},
		/// An owner (or its agent) paid a renewal fee or annuity to the office.
		Renewed {
			/// The right.
			right: RightId,
			/// The account that paid.
			paid_by: T::AccountId,
			/// The fee paid to the office's account.
			fee: BalanceOf<T>,
			/// The new end of the paid period (UNIX milliseconds).
			term_ends: Moment,
		},
		/// The office extended a right's maximum term (a supplementary protection certificate,
		/// a term extension).
		TermExtended {
			/// The right.
			right: RightId,
			/// By how many months.
			months: u32,
			/// The new end of protection (UNIX milliseconds).
			limit: Moment,
		},
		/// An application was linked to the earlier application it divides from or continues.
		ApplicationLinked {
			/// The new application.
			right: RightId,
			/// The earlier one.
			parent: RightId,
			/// Divisional or continuation.
			kind: LinkKind,
		},
		/// A transfer of a right was proposed.
		TransferProposed {
			/// The right.
			right: RightId,
			/// What it does.
			kind: TransferKindOf<T>,
		},
		/// A party consented to (as an owner) or accepted (as an assignee or secured party) the
		/// proposed transfer of a right.
		TransferApproved {
			/// The right.
			right: RightId,
			/// The party.
			party: PartyId,
			/// Whether every approval is now in, so that the office can record it.
			complete: bool,
		},
		/// The office recorded a transfer, and it took effect.
		TransferRecorded {
			/// The right.
			right: RightId,
			/// The key event: ownership change, security interest, or its release.
			event: KeyEvent,
		},
		/// A proposed transfer was cancelled and its deposit released.
		TransferCancelled {
			/// The right.
			right: RightId,
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
		/// A document's media type is not `type/subtype` (RFC 6838), or too long.
		InvalidMediaType,
		/// A document's size is zero.
		EmptyDocument,
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
		/// An event date lies before the date of the right's latest event: events are recorded
		/// in the order of their dates.
		EventOutOfOrder,
		/// An office event code or gazette reference is longer than 64 bytes.
		ReferenceTooLong,
		/// The right's history already has `MaxHistoryLen` entries.
		HistoryFull,
		/// Ids or application numbers are exhausted.
		Overflow,
		/// An inventor's name is empty, not UTF-8 or longer than 128 bytes.
		InvalidInventor,
		/// More inventors than `MaxInventors`.
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
		/// Expiry and renewals are recorded by their own calls (`record_term_end`, `renew`, ...),
		/// not by an office's `record_event`.
		NotAnOfficeEvent,
		/// The right has expired; no event can follow.
		Expired,
		/// The right is not granted, has no fixed term, or its term (with its grace period)
		/// has not ended yet.
		TermNotEnded,
		/// Only a granted right expires, lapses, is renewed, extended or revoked.
		NotGranted,
		/// The right lapsed: only its restoration (or revocation) can follow.
		Lapsed,
		/// The right was revoked; no event can follow.
		RightRevoked,
		/// Only a lapsed right is restored.
		NotLapsed,
		/// An application is opposed once it is published.
		NotPublished,
		/// The right cannot be renewed: it has no fixed term, the office's rules have no
		/// renewals for its kind, or it is paid to its maximum term.
		NotRenewable,
		/// The renewal window (the office's rules) has not opened yet.
		RenewalTooEarly,
		/// The grace period ended: the right has lapsed and can only be restored.
		RenewalTooLate,
		/// The signer cannot pay the fee and keep its account alive.
		CannotAffordFee,
		/// The office has no account to pay fees to.
		NoOfficeAccount,
		/// The office's rules have no restoration for this kind of right.
		NoRestoration,
		/// The restoration period after the lapse has ended.
		RestorationTooLate,
		/// The office's rules have no opposition for this kind of right.
		NoOpposition,
		/// No opposition is open against the right.
		NoOpenOpposition,
		/// An opposition is open: the application cannot be granted until it is closed.
		OppositionPending,
		/// The right's term cannot be extended: its kind has no extensions at this office, or
		/// it has no maximum term.
		NotExtendable,
		/// The extension is zero or would exceed the office's maximum extension.
		ExtensionTooLong,
		/// Only patent and utility-model applications are divisionals or continuations.
		NotLinkable,
		/// No right has the parent's id.
		UnknownParent,
		/// The parent is the application itself, at another office, of another kind family,
		/// or not filed before it.
		LinkMismatch,
		/// The parent is no longer pending.
		ParentNotPending,
		/// The application is already linked to a parent, or is no longer merely filed.
		AlreadyLinked,
		/// A transfer of this right is already proposed.
		TransferPending,
		/// No transfer of this right is proposed.
		NoTransfer,
		/// The signer acts for none of the parties the transfer concerns.
		NotInvolved,
		/// Every party the signer acts for has already approved the transfer.
		NothingToApprove,
		/// The transfer still lacks an owner's consent or an incoming party's acceptance.
		NotApproved,
		/// The assignment leaves the owners as they are.
		NoChange,
		/// The secured party already holds a security interest over this right.
		AlreadySecured,
		/// The secured party holds no security interest over this right.
		NotSecured,
		/// The right has `MaxSecurityInterests` security interests already.
		TooManySecurityInterests,
		/// The work this one derives from is not anchored.
		UnknownOriginal,
		/// Only copyright works derive from anchored works, and only from works, not secrets.
		NotAWork,
		/// The earlier application is on this chain, and none of this right's owners applied
		/// for it or owns it now (as the earlier applicant's successor in title).
		NotPriorityApplicant,
		/// No filing with this id waits for acceptance.
		UnknownFiling,
		/// Every applicant the signer acts for has already accepted the filing.
		NothingToAccept,
		/// The signer's party is not an owner of the right. An owner itself proposes an
		/// assignment of its right or a security interest over it; an owner or its agent
		/// renews it, claims priority, names its inventors and links its applications.
		NotAnOwner,
		/// Only the secured party itself proposes the release of its security interest.
		NotTheHolder,
		/// Disposing of a right (proposing, consenting to or accepting a transfer) is a party's
		/// own act: an agent files, claims priority, names inventors and renews for its
		/// principal, but cannot dispose of its rights.
		AgentCannotDispose,
		/// The same inventor (name and party) is named twice.
		DuplicateInventor,
		/// The signer's party made no commitment to this digest with this salt (see
		/// `commit_anchor`).
		UnknownCommitment,
		/// A commitment is revealed in a later block than it was made.
		CommitmentTooRecent,
		/// This commitment was made already.
		AlreadyCommitted,
		/// An office number is empty, not printable ASCII without spaces, or longer than 32
		/// bytes.
		InvalidOfficeNumber,
		/// The office gave this number of this kind to another right.
		OfficeNumberTaken,
		/// An effective date lies before the right's filing date or after the event date (an
		/// event takes effect on its date or retroactively, never later).
		InvalidEffectiveDate,
		/// A change of ownership takes effect before the latest one: the chain of title is in
		/// the order of its effective dates.
		TitleOutOfOrder,
		/// Member states are set for a regional office only (EP, EM, OA, AP, EA, BX, GC, QZ):
		/// a national office covers its own country, WIPO's International Bureau none.
		NotRegionalOffice,
		/// A regional office needs at least one member state (no list restores the defaults).
		NoMemberStates,
		/// A member state's code is not two upper-case letters, or names an organisation.
		InvalidCountryCode,
		/// A member state is listed twice.
		DuplicateMemberState,
		/// The right is unregistered (copyright, a trade secret): no office acts on it, and
		/// what only an office's rules give (renewals, priority, office numbers) it lacks. A
		/// transfer of it takes effect once every party concerned approved it.
		NoOffice,
		/// An anchor is withdrawn by its anchoring party while that party owns the right whole
		/// and no security interest burdens it or transfer of it is proposed.
		NotSoleOwner,
		/// The work carries no reservation of text and data mining to lift.
		NoReservation,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOwners::get() > 0, "a right needs room for an owner");
			use ipledger_primitives::territory::{MemberStates, ORGANISATIONS};
			assert!(
				ORGANISATIONS
					.into_iter()
					.filter_map(|office| MemberStates::of(OfficeCode(office)))
					.all(|defaults| defaults.len() <= T::MaxMemberStates::get() as usize),
				"MaxMemberStates holds every regional office's default member states"
			);
			assert!(
				T::MaxHistoryLen::get() > Self::history_reserve().saturating_add(1),
				"a history needs room beyond the filing and the entries reserved to end a right"
			);
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
		/// stage `Filed` (legal state pending). Every applicant consents to an application, as
		/// each signs it in law: if the signer acts for every applicant (its own party, or its
		/// principals as their agent), the right is filed at once; otherwise the filing waits,
		/// holding `FilingDeposit` from the signer, until each other applicant accepts it
		/// (`accept_filing`), and is filed then.
		///
		/// - Origin: signed, by an account of one of the applicant parties (or of its agent).
		/// - `applicants`: parties with their ownership shares, which must add up to exactly 100%.
		/// - `classifications`: codes of the kind's classification (IPC/CPC, Nice, Locarno).
		/// - `document`: digest and locator of the application document.
		///
		/// Errors: `InvalidOfficeCode`, `UnknownOffice`, `NotRegistrable`, `InvalidTitle`,
		/// `TitleTooLong`, `NoParty`, `NoApplicants`, `TooManyApplicants`, `DuplicateApplicant`,
		/// `UnknownParty`, `ZeroShare`, `SharesNotWhole`, `NotAnApplicant`,
		/// `TooManyClassifications`,
		/// `InvalidClassification`, `EmptyDocument`, `InvalidMediaType`, `InvalidLocator`,
		/// `LocatorTooLong`, `CannotAffordDeposit`, `Overflow`.
		/// Emits `ApplicationFiled`, or `FilingAwaitingApplicants`.
		///
		/// Weight: a waiting filing's, plus the filing of the right as the last acceptance
		/// does it (refunded when the filing waits).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::file_application(
			applicants.len() as u32,
			classifications.len() as u32,
		).saturating_add(T::WeightInfo::accept_filing(applicants.len() as u32)))]
		pub fn file_application(
			origin: OriginFor<T>,
			office: OfficeCode,
			kind: RightKind,
			title: Vec<u8>,
			applicants: Vec<(PartyId, Perbill)>,
			classifications: Vec<Vec<u8>>,
			document: Document<Vec<u8>>,
		) -> DispatchResultWithPostInfo {
			let actor = Self::party_actor(origin)?;
			let (owners, codes) = (applicants.len() as u32, classifications.len() as u32);
			let filed = Self::do_file_application(
				actor,
				office,
				kind,
				title,
				applicants,
				classifications,
				document,
			)?;
			Ok(match filed {
				features::Filed::Right(_) => None,
				features::Filed::Pending(_) => Some(T::WeightInfo::file_application(owners, codes)),
			}
			.into())
		}

		/// Accepts a pending filing for every applicant the signer acts for (its own party, or
		/// its principals as their agent: filing is an agent's power). The last acceptance files
		/// the right, dated now, with the original filer as `filed_by`, and releases the
		/// filer's deposit.
		///
		/// - Origin: signed, by an account of one of the filing's applicants (or of its agent).
		///
		/// Errors: `UnknownFiling`, `NoParty`, `NotAnApplicant`, `NothingToAccept`,
		/// `UnknownOffice`, `UnknownParty`, `Overflow`. Emits `FilingAccepted`, and
		/// `ApplicationFiled` with the last acceptance.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::accept_filing(T::MaxOwners::get()))]
		pub fn accept_filing(origin: OriginFor<T>, filing: FilingId) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_accept_filing(actor.party, filing).map(|_| ())
		}

		/// Withdraws a pending filing (its filer) or declines it (one of its applicants, or its
		/// agent); releases the filer's deposit.
		///
		/// - Origin: signed, by the filer, or an account of one of the applicants (or of its
		///   agent).
		///
		/// Errors: `UnknownFiling`, `NotAnApplicant`. Emits `FilingWithdrawn`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::withdraw_filing())]
		pub fn withdraw_filing(origin: OriginFor<T>, filing: FilingId) -> DispatchResult {
			let who = ensure_signed(origin.clone())?;
			let party = T::PartyOrigin::try_origin(origin).ok().map(|actor| actor.party);
			Self::do_withdraw_filing(who, party, filing)
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

		/// Sets the member states of a regional office, whose rights cover them (as states join
		/// or leave its treaty); with no list, restores the defaults (the treaties as they stood
		/// in 2025). What the office's rights cover ([`Jurisdictions`], which licensing checks a
		/// licence's territory against) is read from the list of the day.
		///
		/// [`Jurisdictions`]: ipledger_primitives::territory::Jurisdictions
		///
		/// - Origin: `RulesOrigin` (governance).
		///
		/// Errors: `InvalidOfficeCode`, `NotRegionalOffice`, `NoMemberStates`,
		/// `InvalidCountryCode`, `DuplicateMemberState`. Emits `MemberStatesSet`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::set_member_states(
			members.as_ref().map_or(0, |members| members.len() as u32)
		))]
		pub fn set_member_states(
			origin: OriginFor<T>,
			office: OfficeCode,
			members: Option<BoundedVec<CountryCode, T::MaxMemberStates>>,
		) -> DispatchResult {
			T::RulesOrigin::ensure_origin(origin)?;
			Self::do_set_member_states(office, members)
		}

		/// Records that a granted right's protection has ended: its expiry, once it was paid to
		/// its maximum term and that term ended, or its lapse, once a period ended and the
		/// grace period ran out without a renewal. Every query already reports it no longer in
		/// force from that moment; this writes the event into its history.
		///
		/// - Origin: signed, by anyone.
		///
		/// Errors: `UnknownRight`, `TermNotEnded`, `HistoryFull`. Emits `RightExpired` or
		/// `RightLapsed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::record_term_end())]
		pub fn record_term_end(origin: OriginFor<T>, right: RightId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_term_end(who, right)
		}

		/// Pays the renewal fee (a trademark's renewal, a patent's annuity) of the office's
		/// rules to the office's account, and extends the paid period by one renewal, up to
		/// the maximum term. Allowed from the renewal window before the period ends until the
		/// grace period after it runs out.
		///
		/// - Origin: signed, by an account of an owner party or of its agent, which pays.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `NotGranted`, `Lapsed`,
		/// `Expired`, `RightRevoked`, `NotRenewable`, `RenewalTooEarly`, `RenewalTooLate`,
		/// `HistoryFull`, `UnknownOffice`, `NoOfficeAccount`, `CannotAffordFee`. Emits
		/// `Renewed`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::renew())]
		pub fn renew(origin: OriginFor<T>, right: RightId) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_renew(actor, right)
		}

		/// Extends a granted right's maximum term by `months`: a supplementary protection
		/// certificate or a patent term extension. The owners then pay its periods as
		/// renewals.
		///
		/// - Origin: signed, by an account acting for the right's office.
		///
		/// Errors: `UnknownRight`, `NotOffice`, `NotGranted` (and the other stage errors),
		/// `NotExtendable`, `ExtensionTooLong`, `EventBeforeFiling`, `EventInFuture`,
		/// `ReferenceTooLong`, `HistoryFull`. Emits `TermExtended`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::extend_term())]
		pub fn extend_term(
			origin: OriginFor<T>,
			right: RightId,
			months: u32,
			details: EventDetails<Vec<u8>>,
		) -> DispatchResult {
			let office = Self::office_actor(origin, right)?;
			Self::do_extend_term(office.account, right, months, details)
		}

		/// Links a patent or utility-model application, while it is only filed, to the earlier
		/// application of the same office it divides from or continues. That application must
		/// still be pending (so it was when this one was filed): link a divisional as soon as it
		/// is filed. This one's term then runs from the parent's (deemed) filing date.
		///
		/// - Origin: signed, by an account of an owner of both (or of an owner's agent).
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `AlreadyLinked`, `NotLinkable`,
		/// `UnknownParent`, `LinkMismatch`, `ParentNotPending`. Emits `ApplicationLinked`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::link_application())]
		pub fn link_application(
			origin: OriginFor<T>,
			right: RightId,
			parent: RightId,
			kind: LinkKind,
		) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_link_application(actor.party, right, parent, kind)
		}

		/// Proposes a transfer of a right: its assignment to new owners, a security interest
		/// over it, or a security interest's release. It needs the consent of every current
		/// owner (not for a release) and the acceptance of every party it brings in; the
		/// signer's approvals count at once. Once complete, the office records it; a transfer of
		/// an unregistered right (no office) takes effect, dated now, with the approval that
		/// completes it. Holds `TransferDeposit` until then. A right whose term ended (recorded
		/// or not) is no longer assigned or pledged; a security interest is released at every
		/// stage.
		///
		/// - Origin: signed, by an account of an owner party itself (or, for a release, of the
		///   secured party); an agent does not dispose of its principal's rights.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `NotTheHolder`, `AgentCannotDispose`,
		/// `TransferPending`, the stage errors (`Expired`, `Lapsed` for a term that
		/// ended),
		/// `NoApplicants`, `TooManyApplicants`, `DuplicateApplicant`, `UnknownParty`,
		/// `ZeroShare`, `SharesNotWhole`, `NoChange`, `AlreadySecured`, `NotSecured`,
		/// `TooManySecurityInterests`, `EmptyDocument`, `InvalidMediaType`, `InvalidLocator`,
		/// `LocatorTooLong`,
		/// `CannotAffordDeposit`, and for a transfer it completes of an unregistered right
		/// `record_transfer`'s. Emits `TransferProposed` and `TransferApproved` (and
		/// `TransferRecorded` when it takes effect).
		///
		/// Weight: the proposal's, plus the recordal's when it takes effect at once (refunded
		/// otherwise).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::propose_transfer(transfer_size(kind))
			.saturating_add(T::WeightInfo::record_transfer(T::MaxOwners::get())))]
		pub fn propose_transfer(
			origin: OriginFor<T>,
			right: RightId,
			kind: TransferKind<Vec<(PartyId, Perbill)>>,
			document: Document<Vec<u8>>,
		) -> DispatchResultWithPostInfo {
			let actor = Self::party_actor(origin)?;
			let size = transfer_size(&kind);
			let took_effect = Self::do_propose_transfer(actor, right, kind, document)?;
			Ok((!took_effect).then(|| T::WeightInfo::propose_transfer(size)).into())
		}

		/// Approves the proposed transfer of a right for the signer's party: an owner's
		/// consent, an assignee's or secured party's acceptance.
		///
		/// - Origin: signed, by an account of a party concerned itself (an agent's approval is
		///   not its principal's).
		///
		/// The approval that completes a transfer of an unregistered right (no office) makes
		/// it take effect, dated now.
		///
		/// Errors: `NoTransfer`, `NoParty`, `NotInvolved`, `AgentCannotDispose`,
		/// `NothingToApprove`, and for a transfer it completes of an unregistered right
		/// `record_transfer`'s. Emits `TransferApproved` (and `TransferRecorded` when it takes
		/// effect).
		///
		/// Weight: the approval's, plus the recordal's when it takes effect (refunded
		/// otherwise).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::approve_transfer()
			.saturating_add(T::WeightInfo::record_transfer(T::MaxOwners::get())))]
		pub fn approve_transfer(
			origin: OriginFor<T>,
			right: RightId,
		) -> DispatchResultWithPostInfo {
			let actor = Self::party_actor(origin)?;
			let took_effect = Self::do_approve_transfer(actor, right)?;
			Ok((!took_effect).then(T::WeightInfo::approve_transfer).into())
		}

		/// Records a fully approved transfer: it takes effect on `details.event_date`. An
		/// assignment replaces the owners and extends the chain of title; a security interest
		/// is added or released. Releases the deposit.
		///
		/// - Origin: signed, by an account acting for the right's office.
		///
		/// Errors: `UnknownRight`, `NoTransfer`, `NotOffice`, `NotApproved`, the stage errors
		/// (`Expired`, `Lapsed` when the term ended by now or by the event date),
		/// `UnknownParty`, `EventBeforeFiling`, `EventInFuture`, `ReferenceTooLong`,
		/// `HistoryFull`, `AlreadySecured`, `NotSecured`, `TooManySecurityInterests`. Emits
		/// `TransferRecorded`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::record_transfer(T::MaxOwners::get()))]
		pub fn record_transfer(
			origin: OriginFor<T>,
			right: RightId,
			details: EventDetails<Vec<u8>>,
		) -> DispatchResult {
			let office = Self::office_actor(origin, right)?;
			Self::do_record_transfer(office.account, right, details)
		}

		/// Cancels the proposed transfer of a right and releases its deposit: an owner or an
		/// incoming party withdraws, or the office refuses to record it.
		///
		/// - Origin: signed, by the proposer, or an account acting for a party concerned or for the
		///   right's office.
		///
		/// Errors: `UnknownRight`, `NoTransfer`, `NotInvolved`. Emits `TransferCancelled`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::cancel_transfer())]
		pub fn cancel_transfer(origin: OriginFor<T>, right: RightId) -> DispatchResult {
			Self::do_cancel_transfer(origin, right)
		}

		/// Commits to a digest the signer's party will anchor: the first of anchoring's two
		/// steps. `commitment` is blake2-256 of the SCALE encoding of `(party, digest, salt)`
		/// (`PartyId`, 32-byte digest, 32 secret bytes: [`crate::anchor_commitment`]), so the
		/// transaction pool learns nothing of the digest. Holds `AnchorDeposit`, which the
		/// anchor keeps.
		///
		/// - Origin: signed, by an account of a party.
		///
		/// Errors: `NoParty`, `AlreadyCommitted`, `CannotAffordDeposit`. Emits
		/// `AnchorCommitted`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::commit_anchor())]
		pub fn commit_anchor(origin: OriginFor<T>, commitment: Hash) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_commit_anchor(actor, commitment)
		}

		/// Anchors the digest of a work as evidence of its creation (copyright) or of the
		/// possession of a secret (trade secret), revealing the party's commitment to it
		/// (`commit_anchor`, in an earlier block). The first anchor of a digest wins, dated at
		/// its commitment: someone who sees this reveal in the pool can neither reuse the
		/// commitment (it names the party) nor commit in time. The anchor keeps the
		/// commitment's deposit until it is withdrawn.
		///
		/// - Origin: signed, by an account of the committed party, which becomes the anchoring
		///   party.
		/// - `title`: the work's title (UTF-8); must be empty for a trade secret.
		/// - `derived_from`: the anchored work this one derives from (a translation, an
		///   arrangement), for copyright.
		/// - `salt`: the commitment's secret.
		///
		/// The anchor makes the work or secret a right (the next `RightId`): kind `Copyright`
		/// or `TradeSecret`, no office, owned whole by the anchoring party, in force from the
		/// anchor's date (legal state `InForce`, stage `Granted`, history entry `Anchoring`),
		/// with no term. It is assigned, pledged and licensed as other rights are: a transfer
		/// takes effect when every party concerned approved it, as no office records it.
		/// A trade secret's right shows only its digest.
		///
		/// Errors: `NotAnchorable`, `SecretWithTitle`, `InvalidTitle`, `TitleTooLong`,
		/// `NoParty`, `UnknownCommitment`, `CommitmentTooRecent`, `AlreadyAnchored`,
		/// `NotAWork`, `UnknownOriginal`, `Overflow`. Emits `WorkAnchored`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			kind: RightKind,
			digest: Hash,
			title: Vec<u8>,
			derived_from: Option<Hash>,
			salt: [u8; 32],
		) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_anchor(actor, kind, digest, title, derived_from, salt)
		}

		/// Records one of the office's own numbers of a right (WIPO ST.13): its application,
		/// publication or registration number as the office writes it, beside the chain's
		/// sequence numbers; it replaces the right's number of that kind. `by_office_number`
		/// finds the right again.
		///
		/// - Origin: signed, by an account acting for the right's office.
		///
		/// Errors: `UnknownRight`, `NotOffice`, `InvalidOfficeNumber`, `OfficeNumberTaken`.
		/// Emits `OfficeNumberSet` (nothing if the right has the number already).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_office_number())]
		pub fn set_office_number(
			origin: OriginFor<T>,
			right: RightId,
			kind: OfficeNumberKind,
			number: Vec<u8>,
		) -> DispatchResult {
			Self::office_actor(origin, right)?;
			Self::do_set_office_number(right, kind, number)
		}

		/// Withdraws a commitment its party has not revealed, and releases its deposit.
		///
		/// - Origin: signed, by an account of the committed party.
		///
		/// Errors: `NoParty`, `UnknownCommitment`, `NotAnchorParty`. Emits
		/// `CommitmentWithdrawn`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::withdraw_commitment())]
		pub fn withdraw_commitment(origin: OriginFor<T>, commitment: Hash) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_withdraw_commitment(actor.party, commitment)
		}

		/// Claims the priority of an earlier application (Paris Convention): it must have been
		/// filed before this one, and this one on or before the last calendar day of the kind's
		/// priority period (the office's rules) counted from it. The earlier filing date is a
		/// date (midnight UTC of its office's day); this filing's day is counted in the time
		/// zone of this office's rules. If it is on this chain
		/// (same office code; its number in decimal, with or without leading zeros, the office
		/// code and a hyphen: `42`, `000042`, `EP000042`, `EP-42`), its filing date and kind
		/// family must match, and one of this right's owners must have applied for it or own it
		/// now (its successor in title).
		///
		/// - Origin: signed, by an account of one of the right's owner parties (or its agent).
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `PriorityTooLate`, `NoPriority`,
		/// `InvalidOfficeCode`, `InvalidApplicationNumber`, `PriorityNotEarlier`,
		/// `PriorityExpired`, `PriorityMismatch`, `NotPriorityApplicant`, `PriorityNotAdded`.
		/// Emits `PriorityClaimed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::claim_priority())]
		pub fn claim_priority(
			origin: OriginFor<T>,
			right: RightId,
			claim: PriorityClaim<Vec<u8>>,
		) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_claim_priority(actor.party, right, claim)
		}

		/// Names the inventors (breeders, creators) of a right, replacing any named before. They
		/// are listed apart from the owners; an inventor may be a party or just a name.
		///
		/// - Origin: signed, by an account of one of the right's owner parties.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `NotPending`,
		/// `TooManyInventors`, `DuplicateInventor`, `InvalidInventor`, `UnknownParty`. Emits `InventorsDesignated`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::designate_inventors(inventors.len() as u32))]
		pub fn designate_inventors(
			origin: OriginFor<T>,
			right: RightId,
			inventors: Vec<Inventor<Vec<u8>>>,
		) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_designate_inventors(actor.party, right, inventors)
		}

		/// Withdraws an anchor and releases its deposit. The right the anchor made ends
		/// (`Withdrawn`, no longer in force, its licences with it, as a surrender ends them);
		/// its history stays, and the digest may be anchored again.
		///
		/// - Origin: signed, by an account of the anchoring party, which must still own the
		///   right whole, with no security interest over it and no transfer of it proposed.
		///
		/// Errors: `UnknownAnchor`, `NotAnchorParty`, `NotSoleOwner`, `HistoryFull`. Emits
		/// `AnchorWithdrawn`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_anchor())]
		pub fn withdraw_anchor(origin: OriginFor<T>, digest: Hash) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_withdraw_anchor(actor, digest)
		}

		/// Records a legal-status event on a right: publication, grant, refusal, withdrawal,
		/// lapse, restoration, opposition filed or closed, revocation.
		///
		/// - Origin: signed, by an account acting for the office of the right's jurisdiction (the
		///   office's own, or an examiner's).
		/// - `details`: the event date (not before filing, not in the future), the office's own
		///   event code and the gazette reference.
		///
		/// Errors: `UnknownRight`, `NotOffice`, `NotAnOfficeEvent`, the stage errors
		/// (`AlreadyFiled`, `AlreadyPublished`, `AlreadyGranted`, `ApplicationRefused`,
		/// `ApplicationWithdrawn`, `Expired`, `RightRevoked`, `Lapsed`, `NotLapsed`,
		/// `NotGranted`, `NotPublished`), `NoPublication`, `NoOpposition`, `NoOpenOpposition`,
		/// `OppositionPending`, `NoRestoration`, `RestorationTooLate`, `EventBeforeFiling`,
		/// `EventInFuture`, `ReferenceTooLong`, `HistoryFull`. Emits `StatusRecorded`.
		///
		/// A grant fixes the right's term from the office's rules. An application cannot be
		/// granted while an opposition is open. A restoration must come within the rules'
		/// restoration period after the lapse, and gives the owners the grace period again to
		/// pay a renewal that fell due.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::record_event())]
		pub fn record_event(
			origin: OriginFor<T>,
			right: RightId,
			event: KeyEvent,
			details: EventDetails<Vec<u8>>,
		) -> DispatchResult {
			let office = Self::office_actor(origin, right)?;
			Self::do_record_event(office.account, right, event, details)
		}

		/// Reserves text and data mining of an anchored copyright work for its owners (EU
		/// Directive 2019/790, art. 4(3)), or lifts the reservation: `IpRegistryApi::anchor`
		/// reports it with the work, so that a crawler holding the file's digest can ask before
		/// it mines or trains on it. Mining the work then needs a licence whose fields include
		/// text and data mining (or AI training).
		///
		/// - Origin: signed, by an account of one of the work's owners (or its agent).
		/// - `policy`: `Some(locator)` reserves (replacing an earlier reservation), with where
		///   the owners' machine-readable policy is (a TDMRep `tdm-policy` URL; may be empty);
		///   `None` lifts the reservation. A locator is printable ASCII without spaces.
		///
		/// Errors: `UnknownRight`, `NoParty`, `NotAnOwner`, `NotAWork`, `UnknownAnchor`,
		/// `LocatorTooLong`, `InvalidLocator`, `NoReservation`. Emits `TdmReserved` or
		/// `TdmReservationLifted`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::set_tdm_reservation())]
		pub fn set_tdm_reservation(
			origin: OriginFor<T>,
			right: RightId,
			policy: Option<Vec<u8>>,
		) -> DispatchResult {
			let actor = Self::party_actor(origin)?;
			Self::do_set_tdm_reservation(actor.party, right, policy)
		}
	}
}
