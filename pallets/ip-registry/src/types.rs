//! The registry's records and the rules by which a right's legal status moves.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
pub use ipledger_primitives::Document;
use ipledger_primitives::{LegalState, Moment, OfficeCode, PartyId, RightKind};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Longest classification code in bytes (IPC/CPC `H04L 9/32`, Nice `45`, Locarno `14-02`).
pub const MAX_CLASSIFICATION_LEN: u32 = 32;

/// Longest office event code or gazette reference, in bytes.
pub const MAX_REFERENCE_LEN: u32 = 64;

/// One classification code, such as `H04L 9/32`.
pub type ClassificationCode = BoundedVec<u8, ConstU32<MAX_CLASSIFICATION_LEN>>;

/// An office's own event code or a gazette reference.
pub type Reference = BoundedVec<u8, ConstU32<MAX_REFERENCE_LEN>>;

/// An office's own number of a right (WIPO ST.13): printable ASCII, at most
/// [`ipledger_primitives::MAX_OFFICE_NUMBER_LEN`] bytes.
pub type OfficeNumber = BoundedVec<u8, ConstU32<{ ipledger_primitives::MAX_OFFICE_NUMBER_LEN }>>;

/// The owners (parties) of a right with their shares (summing to 100%).
pub type OwnersOf<T> = BoundedVec<(PartyId, Perbill), <T as Config>::MaxOwners>;

/// Longest name of an inventor or creator, in bytes.
pub const MAX_INVENTOR_NAME_LEN: u32 = 128;

/// An inventor (patents), breeder (plant varieties) or creator (designs, works): named on the
/// right, but not an owner unless also listed among the owners.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Inventor<Name> {
	/// The name as the application gives it (UTF-8).
	pub name: Name,
	/// The inventor's party, if it has one on chain.
	pub party: Option<PartyId>,
}

/// An inventor as stored.
pub type InventorOf = Inventor<BoundedVec<u8, ConstU32<MAX_INVENTOR_NAME_LEN>>>;

/// Longest application number of an earlier application named in a priority claim.
pub const MAX_FOREIGN_NUMBER_LEN: u32 = 32;

/// A Paris Convention priority claim: the earlier application whose filing date the right
/// takes for judging novelty.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PriorityClaim<Number> {
	/// The office of the earlier application (ST.3).
	pub office: OfficeCode,
	/// Its application number as that office writes it; for an application on this chain, its
	/// number in decimal (`42`).
	pub application_number: Number,
	/// Its filing date (UNIX milliseconds).
	pub filing_date: Moment,
}

/// A priority claim as stored.
pub type PriorityClaimOf = PriorityClaim<BoundedVec<u8, ConstU32<MAX_FOREIGN_NUMBER_LEN>>>;

/// An office's serial number of an application, unique within the office. Rendered for people
/// as the office code followed by the serial, e.g. `EP000042`.
pub type ApplicationNumber = u32;

/// The balance type of the currency that holds deposits and pays fees.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// A party's sealed claim to a digest, the first step of anchoring: the hash of the party, the
/// digest and a secret salt ([`anchor_commitment`]). The pool sees only this hash, so nobody
/// can take the digest before the party reveals it, in a later block, with `anchor`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct AnchorCommitment<T: Config> {
	/// The party that committed.
	pub party: PartyId,
	/// When (UNIX milliseconds).
	pub committed_at: Moment,
	/// In which block.
	pub block: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// The account whose deposit it holds (the anchor's deposit, once revealed).
	pub depositor: T::AccountId,
	/// The deposit.
	pub deposit: BalanceOf<T>,
}

pub use ipledger_primitives::anchor_commitment;

/// A work anchored by its digest: evidence that the party had it at that time.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Anchor<T: Config> {
	/// The party that anchored it.
	pub party: PartyId,
	/// Copyright or trade secret.
	pub kind: RightKind,
	/// The work's title; empty for a trade secret.
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	/// When it was anchored (UNIX milliseconds): when its party committed to it, which the
	/// reveal proves.
	pub anchored_at: Moment,
	/// In which block it was committed.
	pub block: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// The account whose deposit it holds.
	pub depositor: T::AccountId,
	/// The deposit.
	pub deposit: BalanceOf<T>,
	/// The anchored work this one derives from (a translation, an adaptation), if any.
	pub derived_from: Option<ipledger_primitives::Hash>,
	/// The right the anchor made of the work or secret: owned in shares, assigned and
	/// licensed as other rights are.
	pub right: ipledger_primitives::RightId,
	/// The owners' reservation of text and data mining of the work, if they made one.
	pub tdm_reservation: Option<TdmReservation<BoundedVec<u8, T::MaxLocatorLen>>>,
}

/// A rightholder's reservation of text and data mining of a work (EU Directive 2019/790,
/// art. 4(3)): mining it, AI training included, needs a licence (the field of use
/// `Field::TextAndDataMining` or `Field::AiTraining`). A crawler that has a file's digest asks
/// `IpRegistryApi::anchor` before it mines the file.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct TdmReservation<Locator> {
	/// Since when (UNIX milliseconds).
	pub since: Moment,
	/// The party that made it: an owner, or an owner's agent.
	pub by: PartyId,
	/// Where the owners' machine-readable policy is (a TDMRep `tdm-policy` URL); empty if
	/// there is none beyond the reservation itself.
	pub policy: Locator,
}

/// Where an application or right stands. Its [`LegalState`] follows from it.
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
pub enum Stage {
	/// Filed with the office.
	Filed,
	/// Published by the office, not yet decided.
	Published,
	/// Granted or registered.
	Granted,
	/// Refused by the office.
	Refused,
	/// Withdrawn by the applicant (as the office recorded it).
	Withdrawn,
	/// Its term ended.
	Expired,
	/// Granted, then lapsed: a renewal was missed, or the office recorded a lapse (surrender,
	/// missing validation). The office may restore it within the restoration period.
	Lapsed,
	/// Revoked or invalidated, in opposition or by a decision.
	Revoked,
}

impl Stage {
	/// The ST.27/ST.61/ST.87 legal state of this stage.
	pub fn legal_state(self) -> LegalState {
		match self {
			Stage::Filed | Stage::Published => LegalState::Pending,
			Stage::Granted => LegalState::InForce,
			Stage::Refused | Stage::Withdrawn | Stage::Expired | Stage::Lapsed | Stage::Revoked => {
				LegalState::NoLongerInForce
			},
		}
	}

	/// Whether nothing can follow this stage.
	pub fn is_final(self) -> bool {
		matches!(self, Stage::Refused | Stage::Withdrawn | Stage::Expired | Stage::Revoked)
	}

	/// The stage after `event`, or why `event` cannot happen at this stage.
	pub fn after(self, event: KeyEvent) -> Result<Stage, TransitionError> {
		use KeyEvent::*;
		use Stage::*;
		match (self, event) {
			(_, Filing | Anchoring) => Err(TransitionError::AlreadyFiled),
			// A secured party releases its interest whatever became of the right; a licence
			// ends with the right at the latest; a decision may concern a right that ended.
			(stage, SecurityInterestReleased | LicenceEnded | Decision) => Ok(stage),
			(Refused, _) => Err(TransitionError::Refused),
			(Withdrawn, _) => Err(TransitionError::Withdrawn),
			(Expired, _) => Err(TransitionError::Expired),
			(Revoked, _) => Err(TransitionError::Revoked),
			(Lapsed, Restoration) => Ok(Granted),
			(Lapsed, Revocation) => Ok(Revoked),
			(Lapsed, _) => Err(TransitionError::Lapsed),
			(_, Restoration) => Err(TransitionError::NotLapsed),
			(Granted, Expiry) => Ok(Expired),
			(Granted, Lapse) => Ok(Lapsed),
			(Granted, Revocation) => Ok(Revoked),
			(
				Granted,
				Renewal | TermExtension | OppositionFiled | OppositionClosed | OwnershipChange
				| SecurityInterest | LicenceRecorded,
			) => Ok(Granted),
			(Granted, Publication | Grant | Refusal | Withdrawal) => {
				Err(TransitionError::AlreadyGranted)
			},
			(Filed | Published, Expiry | Lapse | Renewal | TermExtension | Revocation) => {
				Err(TransitionError::NotGranted)
			},
			(Filed, OppositionFiled | OppositionClosed) => Err(TransitionError::NotPublished),
			(Published, OppositionFiled | OppositionClosed) => Ok(Published),
			(stage, OwnershipChange | SecurityInterest | LicenceRecorded) => Ok(stage),
			(Published, Publication) => Err(TransitionError::AlreadyPublished),
			(Filed, Publication) => Ok(Published),
			(Filed | Published, Grant) => Ok(Granted),
			(Filed | Published, Refusal) => Ok(Refused),
			(Filed | Published, Withdrawal) => Ok(Withdrawn),
		}
	}
}

/// Why a legal-status event cannot be recorded at a right's current stage.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TransitionError {
	/// A right is filed once, by `file_application`.
	AlreadyFiled,
	/// The application was already published.
	AlreadyPublished,
	/// The right was already granted.
	AlreadyGranted,
	/// The application was refused; nothing more happens to it.
	Refused,
	/// The application was withdrawn; nothing more happens to it.
	Withdrawn,
	/// The right expired; nothing more happens to it.
	Expired,
	/// The right was revoked; nothing more happens to it.
	Revoked,
	/// The right lapsed: only its restoration or revocation can follow.
	Lapsed,
	/// Only a lapsed right is restored.
	NotLapsed,
	/// Only a granted right expires, lapses, is renewed, extended or revoked.
	NotGranted,
	/// An application is opposed once it is published.
	NotPublished,
}

/// A standard key event of the WIPO ST.27 / ST.61 / ST.87 family.
///
/// Variants are only ever appended: their SCALE index is part of every stored history.
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
pub enum KeyEvent {
	/// The application was filed (recorded by `file_application` itself).
	Filing,
	/// The office published the application.
	Publication,
	/// The office granted or registered the right.
	Grant,
	/// The office refused the application.
	Refusal,
	/// The applicant withdrew the application.
	Withdrawal,
	/// The right's term ended (recorded by `record_term_end`).
	Expiry,
	/// A renewal fee or annuity was paid (recorded by `renew`).
	Renewal,
	/// The right lapsed: recorded by `record_term_end` once the grace ran out without a
	/// renewal, or by the office (surrender, failure to validate).
	Lapse,
	/// The office restored a lapsed right.
	Restoration,
	/// A third party opposed the application or the granted right.
	OppositionFiled,
	/// An opposition ended without revoking the right (rejected, withdrawn, right maintained).
	OppositionClosed,
	/// The right was revoked or invalidated (in opposition, by the office or by a decision).
	Revocation,
	/// A supplementary protection certificate or term extension extended the maximum term
	/// (recorded by `extend_term`).
	TermExtension,
	/// The office recorded a change of ownership (by `record_transfer`, or by a decision).
	OwnershipChange,
	/// The office recorded a security interest over the right.
	SecurityInterest,
	/// The office recorded the release of a security interest.
	SecurityInterestReleased,
	/// A licence of the right was recorded (through `RightsEffects::record_licence`).
	LicenceRecorded,
	/// A recorded licence ended: it expired, or was terminated or cancelled.
	LicenceEnded,
	/// An authority's decision that leaves the right as it is (an infringement found, an
	/// injunction) was noted (through `RightsEffects::record_decision`).
	Decision,
	/// An unregistered right (a copyright work, a trade secret) came onto the chain by the
	/// anchoring of its digest: in force from then on, with no office. The first entry of such
	/// a right's history, as `Filing` is of an application's.
	Anchoring,
}

impl KeyEvent {
	/// Whether this event ends a right or an application (its stage after it is no longer in
	/// force).
	pub fn ends_right(self) -> bool {
		use KeyEvent::*;
		matches!(self, Refusal | Withdrawal | Expiry | Lapse | Revocation)
	}

	/// Whether offices record this event with `record_event`; the others have their own calls.
	pub fn is_office_event(self) -> bool {
		use KeyEvent::*;
		matches!(
			self,
			Publication
				| Grant | Refusal
				| Withdrawal | Lapse
				| Restoration
				| OppositionFiled
				| OppositionClosed
				| Revocation
		)
	}
}

/// What an office says about a legal-status event besides its key event.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct EventDetails<Text> {
	/// The date of the event (UNIX milliseconds): when the office decided or recorded it. A
	/// right's history is in the order of these dates.
	pub event_date: Moment,
	/// The date from which the event takes effect in law, where that is earlier than its
	/// event date: a lapse takes effect at the end of the paid period, a revocation may be
	/// retroactive. `None`: from the event date. Never before the right's filing date, never
	/// after the event date.
	pub effective_date: Option<Moment>,
	/// The office's own code for the event, as in its national data.
	pub office_event_code: Text,
	/// Where the office's gazette published the event; empty if it was not published.
	pub gazette_reference: Text,
}

impl<Text: Default> EventDetails<Text> {
	/// An event on `date`, in effect from then, with no office event code or gazette
	/// reference: what the chain records by itself (a filing, an anchoring, a renewal, a
	/// transfer no office records).
	pub fn on(date: Moment) -> Self {
		EventDetails {
			event_date: date,
			effective_date: None,
			office_event_code: Text::default(),
			gazette_reference: Text::default(),
		}
	}
}

impl<Text> EventDetails<Text> {
	/// The date the event takes effect: its effective date, or else its event date.
	pub fn effective(&self) -> Moment {
		self.effective_date.unwrap_or(self.event_date)
	}
}

/// A change of a right's stage: an entry of its history whose stage differs from the
/// entry's before it (the first entry starts the right at its stage).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct StageChange {
	/// The date it took effect (the entry's effective date, or else its event date).
	pub effective: Moment,
	/// The stage from then on.
	pub stage: Stage,
}

/// One entry of a right's legal-status history.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct StatusRecord<T: Config> {
	/// The standard key event.
	pub event: KeyEvent,
	/// The stage the right reached through it.
	pub stage: Stage,
	/// The event date, office event code and gazette reference.
	pub details: EventDetails<Reference>,
	/// When it was written on chain (UNIX milliseconds).
	pub recorded_at: Moment,
	/// Who wrote it: the filer for the filing, else an account acting for the office.
	pub recorded_by: T::AccountId,
}

/// An application for an IP right, and the right it becomes.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Right<T: Config> {
	/// The office of the right's jurisdiction; `None` for an unregistered right (copyright, a
	/// trade secret), which exists without an office and is protected wherever the law
	/// protects it.
	pub office: Option<OfficeCode>,
	/// The kind of right.
	pub kind: RightKind,
	/// The office's application number, unique within the office; 0 for an unregistered
	/// right, which has no application.
	pub application_number: ApplicationNumber,
	/// The title of the invention, the mark's wording, the design's product.
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	/// The applicant parties, who own the right once granted, with their shares (summing to
	/// 100%).
	pub owners: OwnersOf<T>,
	/// Classification codes (IPC/CPC, Nice, Locarno, Vienna).
	pub classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	/// The application document; `None` for an unregistered right, whose evidence is its
	/// anchor.
	pub document: Option<Document<BoundedVec<u8, T::MaxLocatorLen>>>,
	/// The anchored digest of an unregistered right (`IpRegistryApi::anchor` tells who
	/// anchored it, and when); `None` for a registered right. The work or secret stays off
	/// chain.
	pub anchor: Option<ipledger_primitives::Hash>,
	/// Where the right stands now; an unregistered right is `Granted` (in force) from its
	/// anchoring until its anchor is withdrawn (`Withdrawn`).
	pub stage: Stage,
	/// The filing date (UNIX milliseconds): when the application reached the chain; for an
	/// unregistered right, when it was anchored (its commitment's date).
	pub filing_date: Moment,
	/// The account that filed (or anchored).
	pub filed_by: T::AccountId,
	/// How many entries its legal-status history has.
	pub history_len: u32,
	/// Its protection: fixed at grant from the office's rules, extended by renewals; `None`
	/// before grant and for rights without a fixed term.
	pub term: Option<crate::rules::Term>,
	/// The priorities it claims, earliest first.
	pub priorities: BoundedVec<PriorityClaimOf, T::MaxPriorityClaims>,
	/// How many oppositions are open against it.
	pub oppositions: u32,
	/// The earlier application it divides from or continues, if any.
	pub parent: Option<ParentLink>,
	/// How many entries its chain of title has (1 from the filing).
	pub ownership_len: u32,
}

impl<T: Config> Right<T> {
	/// The right's legal state at `now`: a granted right past its term is no longer in force,
	/// whether or not its expiry was recorded yet.
	pub fn legal_state_at(&self, now: Moment) -> LegalState {
		if self.stage == Stage::Granted && self.term.as_ref().is_some_and(|t| !t.covers(now, now)) {
			return LegalState::NoLongerInForce;
		}
		self.stage.legal_state()
	}

	/// The office of the right's jurisdiction, for what only a registered right has (an
	/// office's rules, events, numbers, fees): `NoOffice` for an unregistered right.
	pub fn registered_office(&self) -> Result<OfficeCode, crate::Error<T>> {
		self.office.ok_or(crate::Error::<T>::NoOffice)
	}

	/// The date the right's term counts from when it runs from filing: a divisional or a
	/// continuation keeps its parent's (deemed) filing date.
	pub fn deemed_filing_date(&self) -> Moment {
		self.parent
			.as_ref()
			.map_or(self.filing_date, |parent| parent.deemed_filing_date)
	}
}

/// How a patent application descends from an earlier one.
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
pub enum LinkKind {
	/// A divisional application (EPC art. 76): part of the parent's subject matter, filed
	/// while the parent is pending.
	Divisional,
	/// A continuation (35 U.S.C. 120): the parent's disclosure, filed while it is pending.
	Continuation,
}

/// The earlier application a right descends from.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ParentLink {
	/// Divisional or continuation.
	pub kind: LinkKind,
	/// The parent right.
	pub right: ipledger_primitives::RightId,
	/// The filing date the child keeps for its term: the parent's own, or the one the parent
	/// kept from its own parent (UNIX milliseconds).
	pub deemed_filing_date: Moment,
}

/// One entry of a right's chain of title: who owned it from when.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct OwnershipRecord<T: Config> {
	/// The owners and their shares.
	pub owners: OwnersOf<T>,
	/// From when: the filing date, or the effective date of the change (UNIX milliseconds).
	pub since: Moment,
	/// The entry of the right's history that recorded the change (0: the filing).
	pub history_index: u32,
}

/// What a transfer does to a right.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TransferKind<Owners> {
	/// The right passes to new owners with their shares (summing to 100%).
	Assignment {
		/// The owners after the assignment.
		to: Owners,
	},
	/// A security interest (a pledge, a mortgage) over the right in favour of `holder`.
	SecurityInterest {
		/// The secured party.
		holder: PartyId,
	},
	/// `holder` releases its security interest.
	Release {
		/// The secured party.
		holder: PartyId,
	},
}

/// A transfer as stored.
pub type TransferKindOf<T> = TransferKind<OwnersOf<T>>;

/// A proposed assignment, security interest or release, gathering approvals: the consent of
/// every current owner (not for a release) and the acceptance of every party it brings in
/// (the assignees who are not owners yet, the secured party). Once it has them all, the
/// office records it and it takes effect.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Transfer<T: Config> {
	/// What it does.
	pub kind: TransferKindOf<T>,
	/// The deed: its digest and locator.
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
	/// The current owners who consented.
	pub consents: BoundedVec<PartyId, T::MaxOwners>,
	/// The incoming parties who accepted.
	pub acceptances: BoundedVec<PartyId, T::MaxOwners>,
	/// When it was proposed (UNIX milliseconds).
	pub proposed_at: Moment,
	/// The account that proposed it and whose deposit it holds.
	pub depositor: T::AccountId,
	/// The deposit.
	pub deposit: BalanceOf<T>,
}

/// The id of a filing that waits for its co-applicants' acceptance.
pub type FilingId = u64;

/// An application filed by one applicant that names others: it waits until every applicant
/// has accepted it (as each must sign an application in law) and is filed then. Until then no
/// right exists and nothing refers to the named parties.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct PendingFiling<T: Config> {
	/// The office it is filed with.
	pub office: OfficeCode,
	/// The kind of right applied for.
	pub kind: RightKind,
	/// Its title.
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	/// The applicants and their shares.
	pub owners: OwnersOf<T>,
	/// Its classification codes.
	pub classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	/// The application document.
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
	/// The account that filed it, which holds its deposit.
	pub filed_by: T::AccountId,
	/// The applicants who accepted it (the filer's own party, or its principals, at once).
	pub accepted: BoundedVec<PartyId, T::MaxOwners>,
	/// When it was filed (UNIX milliseconds).
	pub proposed_at: Moment,
	/// The deposit held from `filed_by`.
	pub deposit: BalanceOf<T>,
	/// The office's filing fee, held from `filed_by` with the deposit and paid to the office
	/// when the right is filed.
	pub fee: BalanceOf<T>,
}

/// A security interest recorded over a right.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct SecurityInterestRecord<T: Config> {
	/// The secured party.
	pub holder: PartyId,
	/// When the office recorded it, as its effective date (UNIX milliseconds).
	pub since: Moment,
	/// The security agreement: its digest and locator.
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
}

#[cfg(test)]
mod tests {
	use super::{KeyEvent::*, Stage::*, TransitionError as E, *};

	#[test]
	fn pending_applications_move_on() {
		assert_eq!(Filed.after(Publication), Ok(Published));
		for stage in [Filed, Published] {
			assert_eq!(stage.after(Grant), Ok(Granted));
			assert_eq!(stage.after(Refusal), Ok(Refused));
			assert_eq!(stage.after(Withdrawal), Ok(Withdrawn));
		}
	}

	#[test]
	fn senseless_transitions_have_their_own_reason() {
		for stage in [Filed, Published, Granted, Refused, Withdrawn] {
			assert_eq!(stage.after(Filing), Err(E::AlreadyFiled));
		}
		assert_eq!(Published.after(Publication), Err(E::AlreadyPublished));
		for event in [Publication, Grant, Refusal, Withdrawal] {
			assert_eq!(Granted.after(event), Err(E::AlreadyGranted));
			assert_eq!(Refused.after(event), Err(E::Refused));
			assert_eq!(Withdrawn.after(event), Err(E::Withdrawn));
		}
	}

	#[test]
	fn only_a_granted_right_expires_and_nothing_follows() {
		assert_eq!(Granted.after(Expiry), Ok(Expired));
		assert_eq!(Filed.after(Expiry), Err(E::NotGranted));
		assert_eq!(Published.after(Expiry), Err(E::NotGranted));
		for event in [Publication, Grant, Refusal, Withdrawal, Expiry] {
			assert_eq!(Expired.after(event), Err(E::Expired));
		}
		assert_eq!(Expired.legal_state(), LegalState::NoLongerInForce);
	}

	#[test]
	fn a_granted_right_lapses_is_restored_and_can_be_revoked() {
		assert_eq!(Granted.after(Lapse), Ok(Lapsed));
		assert_eq!(Lapsed.after(Restoration), Ok(Granted));
		assert_eq!(Lapsed.after(Revocation), Ok(Revoked));
		assert_eq!(Granted.after(Revocation), Ok(Revoked));
		for event in [Renewal, Lapse, Grant, OppositionFiled, OwnershipChange, Expiry] {
			assert_eq!(Lapsed.after(event), Err(E::Lapsed), "{event:?}");
		}
		for stage in [Filed, Published, Granted] {
			assert_eq!(stage.after(Restoration), Err(E::NotLapsed));
		}
		for event in [Lapse, Renewal, TermExtension, Revocation] {
			assert_eq!(Filed.after(event), Err(E::NotGranted));
			assert_eq!(Published.after(event), Err(E::NotGranted));
		}
		for event in [Restoration, Publication, Renewal, OwnershipChange] {
			assert_eq!(Revoked.after(event), Err(E::Revoked));
		}
		assert!(Revoked.is_final() && !Lapsed.is_final());
	}

	#[test]
	fn a_security_interest_is_released_at_every_stage() {
		for stage in [Filed, Published, Granted, Refused, Withdrawn, Expired, Lapsed, Revoked] {
			assert_eq!(stage.after(SecurityInterestReleased), Ok(stage), "{stage:?}");
		}
	}

	#[test]
	fn oppositions_and_recordals_leave_the_stage() {
		assert_eq!(Filed.after(OppositionFiled), Err(E::NotPublished));
		assert_eq!(Published.after(OppositionFiled), Ok(Published));
		assert_eq!(Granted.after(OppositionClosed), Ok(Granted));
		for stage in [Filed, Published, Granted] {
			for event in [OwnershipChange, SecurityInterest, SecurityInterestReleased] {
				assert_eq!(stage.after(event), Ok(stage));
			}
		}
		assert_eq!(Granted.after(Renewal), Ok(Granted));
		assert_eq!(Granted.after(TermExtension), Ok(Granted));
	}

	#[test]
	fn stages_map_to_the_three_legal_states() {
		assert_eq!(Filed.legal_state(), LegalState::Pending);
		assert_eq!(Published.legal_state(), LegalState::Pending);
		assert_eq!(Granted.legal_state(), LegalState::InForce);
		assert_eq!(Refused.legal_state(), LegalState::NoLongerInForce);
		assert_eq!(Withdrawn.legal_state(), LegalState::NoLongerInForce);
		assert_eq!(Lapsed.legal_state(), LegalState::NoLongerInForce);
		assert_eq!(Revoked.legal_state(), LegalState::NoLongerInForce);
	}
}
