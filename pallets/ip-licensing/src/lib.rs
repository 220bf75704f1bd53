#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// What the benchmarks need from the runtime: a right in force with owners, and parties.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// The party of `account`, created if it has none.
	fn party(account: &AccountId) -> ipledger_primitives::PartyId;
	/// A new patent granted now, in force, owned by `owners` in equal shares (the rest of the
	/// division to the first); returns it and the countries it covers, sorted (the most a
	/// right of the runtime covers: a regional office's).
	fn right_in_force(
		owners: &[ipledger_primitives::PartyId],
	) -> (ipledger_primitives::RightId, alloc::vec::Vec<CountryCode>);
	/// Moves calendar time on to `moment` (UNIX milliseconds).
	fn set_time(moment: ipledger_primitives::Moment);
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use features::{royalties_split as split, terms_hash};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, EnsureOriginWithArg, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use ipledger_primitives::{
		origins::Actor,
		territory::Jurisdictions,
		traits::{PartiesInspect, RightsEffects, RightsInspect},
		Hash, Moment, OfficeCode, PartyId, RightId,
	};

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for an open offer.
		Offer,
		/// The deposit for a licence, until it is released.
		Licence,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency that holds deposits and pays fees and royalties.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The rights: their kind, office, owners over time, legal state and term.
		type Rights: RightsInspect;

		/// What licensing records on a right: a licence an office recorded, and its end, in the
		/// right's history (in the runtime, the registry).
		type Effects: RightsEffects<Self::AccountId>;

		/// Who acts for the IP office of a jurisdiction, which records licences of its rights.
		/// In the runtime, an account of the office's party or of one of its examiners
		/// ([`ipledger_primitives::origins::EnsureOffice`]); an origin it refuses is told
		/// `NotOffice` if it is signed.
		type OfficeOrigin: EnsureOriginWithArg<
			Self::RuntimeOrigin,
			OfficeCode,
			Success = Actor<Self::AccountId>,
		>;

		/// The countries each office's rights cover (a regional office's member states).
		type Jurisdictions: Jurisdictions;

		/// Who is who, and the accounts fees and royalties are paid to.
		type Parties: PartiesInspect<Self::AccountId>;

		/// Who acts as a party: owners, licensees. In the runtime, a signed account linked to a
		/// party ([`ipledger_primitives::origins::EnsureParty`]); an agent does not license
		/// its principal's right. An origin it refuses is told `NoParty` if it is signed.
		type PartyOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Actor<Self::AccountId>>;

		/// Who sets, per office, whether one co-owner may grant a non-exclusive licence alone
		/// (governance).
		type RulesOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Calendar time: licence periods, royalty periods.
		type Time: UnixTime;

		/// The deposit an offer holds from its offerer until it is withdrawn or fully taken.
		#[pallet::constant]
		type OfferDeposit: Get<BalanceOf<Self>>;

		/// The deposit a licence holds from the account that accepted it, until it is released.
		#[pallet::constant]
		type LicenceDeposit: Get<BalanceOf<Self>>;

		/// Most countries a licence names.
		#[pallet::constant]
		type MaxCountries: Get<u32>;

		/// Most fields of use a licence names.
		#[pallet::constant]
		type MaxFields: Get<u32>;

		/// Most owners of a right (the registry's bound): the consents an offer gathers.
		#[pallet::constant]
		type MaxOwners: Get<u32>;

		/// Most licences (sublicences included) of one right not yet released.
		#[pallet::constant]
		type MaxLicencesPerRight: Get<u32>;

		/// Most sublicences of one licence not yet released.
		#[pallet::constant]
		type MaxSublicences: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up rights and parties for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Open offers, by id.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageMap<_, Twox64Concat, OfferId, Offer<T>>;

	/// The id the next offer gets.
	#[pallet::storage]
	pub type NextOfferId<T: Config> = StorageValue<_, OfferId, ValueQuery>;

	/// Licences (sublicences included) not yet released, by id.
	#[pallet::storage]
	pub type Licences<T: Config> = StorageMap<_, Twox64Concat, LicenceId, Licence<T>>;

	/// The id the next licence gets.
	#[pallet::storage]
	pub type NextLicenceId<T: Config> = StorageValue<_, LicenceId, ValueQuery>;

	/// The licences of each right not yet released, in grant order: what a new licence is
	/// checked against.
	#[pallet::storage]
	pub type LicencesOfRight<T: Config> = StorageMap<
		_,
		Twox64Concat,
		RightId,
		BoundedVec<LicenceId, T::MaxLicencesPerRight>,
		ValueQuery,
	>;

	/// The licences each party holds: a licensee is referred to, so it cannot be closed.
	#[pallet::storage]
	pub type LicencesOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, LicenceId, ()>;

	/// The sublicences of each licence not yet released.
	#[pallet::storage]
	pub type SublicencesOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		LicenceId,
		BoundedVec<LicenceId, T::MaxSublicences>,
		ValueQuery,
	>;

	/// The licences an office recorded whose end is not recorded yet, with when they were
	/// recorded: their end (early, or at their release) goes into the right's history too.
	#[pallet::storage]
	pub type RecordedLicences<T: Config> = StorageMap<_, Twox64Concat, LicenceId, Moment>;

	/// The reference of the decision that terminated each licence so ended
	/// (`LicensingEffects::terminate`), until the licence is released.
	#[pallet::storage]
	pub type DecisionOf<T: Config> =
		StorageMap<_, Twox64Concat, LicenceId, BoundedVec<u8, ConstU32<MAX_REFERENCE_LEN>>>;

	/// Per office, whether one co-owner may grant a non-exclusive licence alone; unset: every
	/// owner consents.
	#[pallet::storage]
	pub type NonExclusiveConsentOf<T: Config> =
		StorageMap<_, Blake2_128Concat, OfficeCode, NonExclusiveConsent, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An owner (or, for a sublicence, a licensee) offered terms.
		Offered {
			/// The offer.
			offer: OfferId,
			/// The right.
			right: RightId,
			/// The offerer.
			by: PartyId,
			/// The hash an acceptance names: blake2-256 of the SCALE-encoded terms.
			terms_hash: Hash,
		},
		/// The offerer changed an offer no one had taken; earlier consents were dropped.
		OfferAmended {
			/// The offer.
			offer: OfferId,
			/// Its new version.
			version: u32,
			/// The hash of the new terms.
			terms_hash: Hash,
		},
		/// A co-owner consented to an offer.
		Consented {
			/// The offer.
			offer: OfferId,
			/// The owner.
			owner: PartyId,
		},
		/// An offer was withdrawn, or taken as often as it allowed; its deposit was released.
		OfferClosed {
			/// The offer.
			offer: OfferId,
		},
		/// A party accepted an offer and holds a licence.
		Licensed {
			/// The new licence.
			licence: LicenceId,
			/// The offer it came from.
			offer: OfferId,
			/// The right.
			right: RightId,
			/// The licensee.
			licensee: PartyId,
			/// The upfront fee paid.
			upfront: BalanceOf<T>,
		},
		/// A licensee reported a period and paid what it owed, split among the payees.
		RoyaltiesPaid {
			/// The licence.
			licence: LicenceId,
			/// The period (0 is the first).
			period: u32,
			/// The amount due and paid.
			due: BalanceOf<T>,
			/// Who received what: the right's owners on the period's last day by their
			/// shares, or a sublicence's parent licensee.
			payees: BoundedVec<(PartyId, BalanceOf<T>), T::MaxOwners>,
		},
		/// A licence ended before its term.
		LicenceEnded {
			/// The licence.
			licence: LicenceId,
			/// Why.
			reason: EndReason,
		},
		/// A licensee passed its licence to another party.
		LicenceTransferred {
			/// The licence.
			licence: LicenceId,
			/// The new licensee.
			to: PartyId,
		},
		/// A licence that ended was removed and its deposit released.
		LicenceReleased {
			/// The licence.
			licence: LicenceId,
		},
		/// Governance set an office's rule for non-exclusive licences of co-owned rights.
		NonExclusiveConsentSet {
			/// The office.
			office: OfficeCode,
			/// The rule.
			rule: NonExclusiveConsent,
		},
		/// The right's office recorded a licence: its history shows it (key event
		/// `LicenceRecorded`).
		LicenceRecorded {
			/// The licence.
			licence: LicenceId,
			/// Its right.
			right: RightId,
			/// The office's party.
			office: PartyId,
		},
		/// A court's or an office's decision terminated a licence.
		TerminatedByDecision {
			/// The licence.
			licence: LicenceId,
			/// The decision's reference (a docket or decision number).
			reference: BoundedVec<u8, ConstU32<MAX_REFERENCE_LEN>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The signer's account is linked to no party.
		NoParty,
		/// No right has that id.
		UnknownRight,
		/// The right has ended (refused, withdrawn, lapsed, expired, revoked): it cannot be
		/// licensed.
		RightNotLicensable,
		/// Only an owner of the right does this.
		NotAnOwner,
		/// The named licensee is no party, or is an owner of the right.
		InvalidLicensee,
		/// A territory of no country, a country listed twice or out of order, or a code that is
		/// not a country's.
		InvalidTerritory,
		/// A country the right does not cover, or worldwide for a territorial right.
		OutsideJurisdiction,
		/// No field, a field listed twice, out of order or covered by another, or a code that
		/// is not one of the right's classification scheme.
		InvalidField,
		/// The licence ends before it starts, or already ended.
		InvalidPeriod,
		/// The licence would outlive the right's term.
		OutlivesRight,
		/// Running royalties without a reporting period, or a period with nothing to pay.
		InvalidPayment,
		/// The offer expires before it can be taken, or caps its licensees at none.
		InvalidOfferLimits,
		/// No offer has that id.
		UnknownOffer,
		/// Only the offerer (or the account that holds its deposit) does this.
		NotTheOfferer,
		/// The offer was taken: its terms can no longer change.
		OfferTaken,
		/// The owner already consented.
		AlreadyConsented,
		/// The offer expired.
		OfferExpired,
		/// The offer names another licensee.
		NotTheOfferee,
		/// The terms changed since the licensee read them: the hash named is not theirs.
		TermsChanged,
		/// Not every owner whose consent the right's office requires consented.
		AwaitingConsent,
		/// A licence of the right not yet ended overlaps these terms in territory, field and
		/// period, and one of them is exclusive or sole (the runtime API's `conflict` names
		/// it).
		ConflictingLicence,
		/// The right has as many licences as it may hold: release ended ones first.
		TooManyLicences,
		/// The parent licence has as many sublicences as it may hold.
		TooManySublicences,
		/// No licence has that id.
		UnknownLicence,
		/// Only the licensee does this.
		NotTheLicensee,
		/// The licence does not allow it (sublicences, transfers).
		NotPermitted,
		/// A sublicence reaches beyond its parent, or is more exclusive than it.
		BeyondParent,
		/// The licence ended, or its right is no longer in force.
		LicenceNotInForce,
		/// The licence pays no running royalty.
		NoRoyalties,
		/// Periods are reported in order: this is not the next one.
		WrongPeriod,
		/// The period has not ended yet.
		PeriodNotOver,
		/// The period starts after the licence ended.
		PeriodOutsideLicence,
		/// The licensee is not in default: its next report is not overdue.
		NotInDefault,
		/// The licence still covers something, or owes reports: it cannot be released yet.
		LicenceStillRunning,
		/// Sublicences of the licence are not released yet.
		HasSublicences,
		/// A payee (an owner, a parent licensee) has no account to be paid at.
		NoPayee,
		/// An office code that is not two upper-case letters.
		InvalidOfficeCode,
		/// An amount due overflows.
		Overflow,
		/// The licence is transferred to the party that holds it, or to no party.
		InvalidTransfer,
		/// The signer does not act for the office of the licensed right's jurisdiction.
		NotOffice,
		/// The right is unregistered (copyright, a trade secret): no office records its
		/// licences.
		NotRegistered,
		/// The office recorded this licence already.
		AlreadyRecorded,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOwners::get() > 0, "a right has an owner");
			assert!(T::MaxLicencesPerRight::get() > 0, "a right can be licensed");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Offers `terms` for the right they name, to their licensee or (none named) to any
		/// party, holding `OfferDeposit` from the signer.
		///
		/// Origin: `PartyOrigin`, an owner of the right, who consents by offering. The terms
		/// are checked: a territory the right covers, fields of its classification scheme, a
		/// period within its term, a payment that can be reported. At most `max_licensees`
		/// may take it (none: any number), until `expires`. Emits `Offered` with the hash an
		/// acceptance names.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::offer(T::MaxCountries::get(), T::MaxFields::get(),))]
		pub fn offer(
			origin: OriginFor<T>,
			terms: TermsOf<T>,
			max_licensees: Option<u32>,
			expires: Option<Moment>,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_offer(actor, None, terms, max_licensees, expires)
		}

		/// Offers a sublicence of `parent` on `terms`, holding `OfferDeposit` from the signer.
		///
		/// Origin: `PartyOrigin`, the parent's licensee; the parent is sublicensable and in
		/// force, and the terms lie within its scope and are no more exclusive. The owners'
		/// consent is not asked again. Emits `Offered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::offer_sublicence(
			T::MaxCountries::get(),
			T::MaxFields::get(),
		))]
		pub fn offer_sublicence(
			origin: OriginFor<T>,
			parent: LicenceId,
			terms: TermsOf<T>,
			max_licensees: Option<u32>,
			expires: Option<Moment>,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_offer(actor, Some(parent), terms, max_licensees, expires)
		}

		/// Replaces the terms of an offer no one has taken (the right stays the same); the
		/// co-owners' consents are dropped and the version bumped, so an acceptance of the old
		/// terms fails with `TermsChanged`.
		///
		/// Origin: `PartyOrigin`, the offerer. Emits `OfferAmended`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::amend_offer(T::MaxCountries::get(), T::MaxFields::get(),))]
		pub fn amend_offer(
			origin: OriginFor<T>,
			offer: OfferId,
			terms: TermsOf<T>,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_amend_offer(actor, offer, terms)
		}

		/// Consents, as a co-owner of the right, to an offer.
		///
		/// Origin: `PartyOrigin`, a current owner. Emits `Consented`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::consent())]
		pub fn consent(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_consent(actor, offer)
		}

		/// Withdraws an offer and releases its deposit (to the account that holds it). Licences
		/// already taken stay.
		///
		/// Origin: signed: the account that holds the deposit, or an account of the offerer
		/// or (for a licence of a right) of a current owner; once the offer expired, anyone,
		/// so that expired offers are swept and their deposits go back. Emits `OfferClosed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_offer())]
		pub fn withdraw_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_offer(who, offer)
		}

		/// Accepts an offer: the signer's party becomes the licensee of a new licence on the
		/// terms whose hash `terms_hash` is, pays the upfront fee to the licensors (the owners
		/// by their shares; for a sublicence, the parent's licensee) and holds
		/// `LicenceDeposit`.
		///
		/// Origin: `PartyOrigin`, the licensee the offer names, or any party that owns no
		/// share of the right for an open offer. Refused while consents are missing, after the
		/// offer expired, and when a licence not yet ended conflicts (`ConflictingLicence`).
		/// Emits `Licensed` (and `OfferClosed` when the offer is used up).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::accept(
			T::MaxOwners::get(),
			T::MaxLicencesPerRight::get()
		))]
		pub fn accept(origin: OriginFor<T>, offer: OfferId, terms_hash: Hash) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_accept(actor, offer, terms_hash)
		}

		/// Reports the next reporting period of a licence, once it is over, and pays what it
		/// owes: the royalty rate of `net_revenue` plus the unit fee for `units`, and at least
		/// the period's minimum, split among the right's owners on the period's last moment
		/// by their shares (a sublicence pays its parent's licensee).
		///
		/// Origin: `PartyOrigin`, the licensee; it pays from the signing account. Emits
		/// `RoyaltiesPaid`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::report_royalties(T::MaxOwners::get()))]
		pub fn report_royalties(
			origin: OriginFor<T>,
			licence: LicenceId,
			period: u32,
			net_revenue: BalanceOf<T>,
			units: u64,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_report(actor, licence, period, net_revenue, units)
		}

		/// Terminates a licence whose licensee is in default: a report is overdue past its
		/// grace period. Its sublicences end with it.
		///
		/// Origin: `PartyOrigin`, a current owner of the right (for a sublicence, the parent's
		/// licensee). Emits `LicenceEnded`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::terminate_for_default())]
		pub fn terminate_for_default(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_terminate_for_default(actor, licence)
		}

		/// Gives a licence up from now on; reports of past periods stay owed. Its sublicences
		/// end with it.
		///
		/// Origin: `PartyOrigin`, the licensee. Emits `LicenceEnded`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::surrender())]
		pub fn surrender(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_surrender(actor, licence)
		}

		/// Passes a transferable licence in force to party `to` (who must own no share of the
		/// right); the deposit stays held from the account that accepted it.
		///
		/// Origin: `PartyOrigin`, the licensee. Emits `LicenceTransferred`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::transfer_licence())]
		pub fn transfer_licence(
			origin: OriginFor<T>,
			licence: LicenceId,
			to: PartyId,
		) -> DispatchResult {
			let actor = Self::party_origin(origin)?;
			Self::do_transfer_licence(actor, licence, to)
		}

		/// Removes a licence that no longer covers anything (its term over, ended, its right
		/// no longer in force, or its parent over) and releases its deposit.
		///
		/// Origin: signed: anyone once every period that started before its end is reported;
		/// an account of a current owner (who waives the rest) at any time after it ended.
		/// Its sublicences are released first. Emits `LicenceReleased`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::release(T::MaxLicencesPerRight::get()))]
		pub fn release(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release(who, licence)
		}

		/// Sets whether one co-owner of a right of `office` may grant a non-exclusive licence
		/// alone.
		///
		/// Origin: `RulesOrigin`. Emits `NonExclusiveConsentSet`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_non_exclusive_consent())]
		pub fn set_non_exclusive_consent(
			origin: OriginFor<T>,
			office: OfficeCode,
			rule: NonExclusiveConsent,
		) -> DispatchResult {
			T::RulesOrigin::ensure_origin(origin)?;
			office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
			NonExclusiveConsentOf::<T>::insert(office, rule);
			Self::deposit_event(Event::NonExclusiveConsentSet { office, rule });
			Ok(())
		}

		/// Records a licence in the register of its right's office, as offices record licences
		/// (where their law provides for it: the office decides, no owner can make it): the
		/// right's history gets a `LicenceRecorded` entry, dated now, whose reference is the
		/// licence's id in decimal. When the licence later ends (surrendered, terminated, or at
		/// its release after its term), a `LicenceEnded` entry follows, where the history has
		/// room for it.
		///
		/// Origin: `OfficeOrigin` for the office of the right's jurisdiction. The licence is
		/// in force now, of a registered right that is pending or in force. Errors:
		/// `UnknownLicence`, `UnknownRight`, `NotRegistered`, `NotOffice`, `LicenceNotInForce`,
		/// `AlreadyRecorded`, and the registry's (`HistoryFull`, ...). Emits `LicenceRecorded`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::record_licence())]
		pub fn record_licence(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			Self::do_record_licence(origin, licence)
		}
	}
}
