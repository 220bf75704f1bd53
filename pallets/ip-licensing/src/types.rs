//! Licensing's records: the terms of a licence, an offer of them, a licence granted on them.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
pub use ipledger_primitives::{
	licensing::{Exclusivity, Field, FieldOfUse, LicenceId, NotLicensed, Period},
	territory::{CountryCode, Territory},
};
use ipledger_primitives::{Moment, PartyId, RightId};
use scale_info::TypeInfo;
use sp_runtime::Permill;

/// The longest reference of a decision that terminates a licence, in bytes (as a recordal's
/// reference in the registry).
pub const MAX_REFERENCE_LEN: u32 = 64;

/// Identifier of an offer, assigned in order and never reused.
pub type OfferId = u64;

/// The balance type of the currency that holds deposits and pays fees and royalties.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// What a licensee pays.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Payment<Balance> {
	/// Paid on acceptance, to the licensors.
	pub upfront: Balance,
	/// The running royalty: this share of the net revenue reported for each period.
	pub royalty_rate: Permill,
	/// A fee for each unit reported for a period.
	pub per_unit: Balance,
	/// The least a period's report pays, whatever it reports.
	pub minimum: Balance,
	/// The length of a reporting period in calendar months (3: quarterly), counted from the
	/// licence's start; 0 when nothing runs (no rate, no unit fee, no minimum).
	pub period_months: u32,
	/// Days after a period's end by which its report is due; later, the licence is in default.
	pub grace_days: u32,
}

impl<Balance: Default + PartialEq> Payment<Balance> {
	/// Whether the licensee owes reports: a rate, a unit fee or a minimum.
	pub fn runs(&self) -> bool {
		!self.royalty_rate.is_zero()
			|| self.per_unit != Balance::default()
			|| self.minimum != Balance::default()
	}
}

/// The terms of a licence.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Terms<Balance, Countries, Fields> {
	/// The licensed right.
	pub right: RightId,
	/// The licensee; `None` in an open offer, which any party may take.
	pub licensee: Option<PartyId>,
	/// Where the licensee may use the right: countries the right covers (sorted, each once),
	/// or worldwide for a right that is not territorial (copyright, a trade secret).
	pub territory: Territory<Countries>,
	/// For what (sorted, each once, none covering another).
	pub fields: FieldOfUse<Fields>,
	/// How exclusive it is.
	pub exclusivity: Exclusivity,
	/// When it starts (UNIX milliseconds).
	pub start: Moment,
	/// When it ends (exclusive; UNIX milliseconds); `None`: with the right. Never after the
	/// right's term.
	pub end: Option<Moment>,
	/// Whether the licensee may grant sublicences within this scope.
	pub sublicensable: bool,
	/// Whether the licensee may pass the licence to another party.
	pub transferable: bool,
	/// What the licensee pays.
	pub payment: Payment<Balance>,
}

impl<Balance, Countries, Fields> Terms<Balance, Countries, Fields> {
	/// The licence's period.
	pub fn period(&self) -> Period {
		Period { start: self.start, end: self.end }
	}
}

/// The countries of a licence as stored.
pub type CountriesOf<T> = BoundedVec<CountryCode, <T as Config>::MaxCountries>;

/// The fields of a licence as stored.
pub type FieldsOf<T> = BoundedVec<Field, <T as Config>::MaxFields>;

/// The terms as a call takes and a licence stores them.
pub type TermsOf<T> = Terms<BalanceOf<T>, CountriesOf<T>, FieldsOf<T>>;

/// The owners who consented to an offer.
pub type ConsentsOf<T> = BoundedVec<PartyId, <T as Config>::MaxOwners>;

/// Terms offered, waiting for consents and licensees.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Offer<T: Config> {
	/// The terms offered.
	pub terms: TermsOf<T>,
	/// For a sublicence: the licence it is carved from; its licensee offers it.
	pub parent: Option<LicenceId>,
	/// The party that offered it: an owner of the right, or the parent's licensee.
	pub offered_by: PartyId,
	/// The account whose deposit the offer holds.
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// The owners who consented, sorted: the offerer first consents by offering.
	pub consents: ConsentsOf<T>,
	/// How many licensees may take it; `None`: any number.
	pub max_licensees: Option<u32>,
	/// How many took it.
	pub taken: u32,
	/// When it can no longer be accepted (exclusive; UNIX milliseconds).
	pub expires: Option<Moment>,
	/// Bumped by every amendment: the hash an acceptance names changes with the terms.
	pub version: u32,
}

/// Why a licence ended before its term.
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
pub enum EndReason {
	/// The licensee gave it up.
	Surrendered,
	/// The licensor terminated it after the licensee defaulted on a report.
	Default,
	/// A court or an office decided so.
	Decision,
}

/// A licence granted: the terms, who holds it, and where its reports stand.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Licence<T: Config> {
	/// The terms, the licensee named.
	pub terms: TermsOf<T>,
	/// Who holds it.
	pub licensee: PartyId,
	/// For a sublicence, the licence it was carved from.
	pub parent: Option<LicenceId>,
	/// The offer it was accepted from.
	pub offer: OfferId,
	/// When it was accepted (UNIX milliseconds).
	pub granted: Moment,
	/// The account whose deposit it holds (the account that accepted it).
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// How many reporting periods were reported and paid: the next report is for this one
	/// (0 is the first).
	pub reported: u32,
	/// When and why it ended before its term, if it did.
	pub ended: Option<(Moment, EndReason)>,
}

impl<T: Config> Licence<T> {
	/// The moment it stops covering anything (exclusive), its parent aside: the end of its
	/// terms or the moment it was ended, whichever is first; `None`: with the right.
	pub fn own_end(&self) -> Option<Moment> {
		ipledger_primitives::date::earliest(self.terms.end, self.ended.map(|(at, _)| at))
	}
}

/// Whether a co-owner may grant a non-exclusive licence alone, by office (exclusive and sole
/// licences need every owner everywhere).
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
	Default,
)]
pub enum NonExclusiveConsent {
	/// Every owner consents (the UK, Patents Act 1977 s. 36(3)): the default.
	#[default]
	EveryOwner,
	/// Any one owner may grant it (the US, 35 U.S.C. 262; China, Patent Law art. 14).
	AnyOwner,
}
