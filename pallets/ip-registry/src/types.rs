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

/// The balance type of the currency that holds deposits.
pub type AnchorBalanceOf<T> =
	<<T as Config>::Currency as frame_support::traits::fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

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
	/// When it was anchored (UNIX milliseconds).
	pub anchored_at: Moment,
	/// In which block.
	pub block: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// The account whose deposit it holds.
	pub depositor: T::AccountId,
	/// The deposit.
	pub deposit: AnchorBalanceOf<T>,
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
}

impl Stage {
	/// The ST.27/ST.61/ST.87 legal state of this stage.
	pub fn legal_state(self) -> LegalState {
		match self {
			Stage::Filed | Stage::Published => LegalState::Pending,
			Stage::Granted => LegalState::InForce,
			Stage::Refused | Stage::Withdrawn | Stage::Expired => LegalState::NoLongerInForce,
		}
	}

	/// The stage after `event`, or why `event` cannot happen at this stage.
	pub fn after(self, event: KeyEvent) -> Result<Stage, TransitionError> {
		use KeyEvent::*;
		match (self, event) {
			(_, Filing) => Err(TransitionError::AlreadyFiled),
			(Stage::Refused, _) => Err(TransitionError::Refused),
			(Stage::Withdrawn, _) => Err(TransitionError::Withdrawn),
			(Stage::Expired, _) => Err(TransitionError::Expired),
			(Stage::Granted, Expiry) => Ok(Stage::Expired),
			(Stage::Granted, _) => Err(TransitionError::AlreadyGranted),
			(Stage::Published, Publication) => Err(TransitionError::AlreadyPublished),
			(Stage::Filed, Publication) => Ok(Stage::Published),
			(Stage::Filed | Stage::Published, Grant) => Ok(Stage::Granted),
			(Stage::Filed | Stage::Published, Refusal) => Ok(Stage::Refused),
			(Stage::Filed | Stage::Published, Withdrawal) => Ok(Stage::Withdrawn),
			(Stage::Filed | Stage::Published, Expiry) => Err(TransitionError::NotGranted),
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
	/// Only a granted right can expire.
	NotGranted,
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
	/// The right's term ended (recorded by `record_expiry`).
	Expiry,
}

/// What an office says about a legal-status event besides its key event.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct EventDetails<Text> {
	/// The date of the event in law (UNIX milliseconds).
	pub event_date: Moment,
	/// The office's own code for the event, as in its national data.
	pub office_event_code: Text,
	/// Where the office's gazette published the event; empty if it was not published.
	pub gazette_reference: Text,
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
	/// The office of the right's jurisdiction.
	pub office: OfficeCode,
	/// The kind of right.
	pub kind: RightKind,
	/// The office's application number, unique within the office.
	pub application_number: ApplicationNumber,
	/// The title of the invention, the mark's wording, the design's product.
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	/// The applicant parties, who own the right once granted, with their shares (summing to
	/// 100%).
	pub owners: OwnersOf<T>,
	/// Classification codes (IPC/CPC, Nice, Locarno, Vienna).
	pub classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	/// The application document.
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
	/// Where the right stands now.
	pub stage: Stage,
	/// The filing date (UNIX milliseconds): when the application reached the chain.
	pub filing_date: Moment,
	/// The account that filed.
	pub filed_by: T::AccountId,
	/// How many entries its legal-status history has.
	pub history_len: u32,
	/// When its term ends (UNIX milliseconds), fixed at grant from the office's rules; `None`
	/// before grant and for rights without a fixed term.
	pub term_ends: Option<Moment>,
	/// The priorities it claims, earliest first.
	pub priorities: BoundedVec<PriorityClaimOf, T::MaxPriorityClaims>,
}

impl<T: Config> Right<T> {
	/// The right's legal state at `now`: a granted right past its term is no longer in force,
	/// whether or not its expiry was recorded yet.
	pub fn legal_state_at(&self, now: Moment) -> LegalState {
		if self.stage == Stage::Granted && self.term_ends.is_some_and(|end| now >= end) {
			return LegalState::NoLongerInForce;
		}
		self.stage.legal_state()
	}
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
	fn stages_map_to_the_three_legal_states() {
		assert_eq!(Filed.legal_state(), LegalState::Pending);
		assert_eq!(Published.legal_state(), LegalState::Pending);
		assert_eq!(Granted.legal_state(), LegalState::InForce);
		assert_eq!(Refused.legal_state(), LegalState::NoLongerInForce);
		assert_eq!(Withdrawn.legal_state(), LegalState::NoLongerInForce);
	}
}
