#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

/// What benchmarks need from the runtime: an account that can sign.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// A new account, and its signature of `message`.
	fn sign(message: &[u8]) -> (AccountId, Signature);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, BuildGenesisConfig, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use ipledger_primitives::{
		traits::PartyReferences, AuthorityRole, Document, KeyKind, Moment, OfficeCode, PartyId,
		PartyKind,
	};
	use sp_runtime::traits::{Convert, IdentifyAccount, Verify};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a party's record.
		#[codec(index = 0)]
		PartyRecord,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who gives and takes authority roles (governance: in the runtime, the offices' council).
		type AuthorityOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who acts for the IP office of a jurisdiction when it attests parties: in the
		/// runtime, an account of the office's party or of one of its examiners
		/// ([`ipledger_primitives::origins::EnsureOffice`] over this pallet).
		type OfficeOrigin: frame_support::traits::EnsureOriginWithArg<
			Self::RuntimeOrigin,
			OfficeCode,
			Success = ipledger_primitives::origins::Actor<Self::AccountId>,
		>;

		/// A signature by which a new account proves control of its key.
		type Signature: Verify<Signer = Self::Signer> + Parameter;

		/// The key behind a signature, which identifies an account.
		type Signer: IdentifyAccount<AccountId = Self::AccountId>;

		/// The key scheme of a signature; `None` for a scheme whose account is not its public
		/// key (ECDSA), which a DID document could not publish.
		type KeyKindOf: Convert<Self::Signature, Option<KeyKind>>;

		/// Whether other pallets still refer to a party (then it cannot be closed).
		type References: PartyReferences;

		/// Calendar time.
		type Time: UnixTime;

		/// Deposit for a party's record, whatever its size.
		#[pallet::constant]
		type BaseDeposit: Get<BalanceOf<Self>>;

		/// Deposit per byte of a party's record.
		#[pallet::constant]
		type ByteDeposit: Get<BalanceOf<Self>>;

		/// Longest name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Longest locator or service URL, in bytes.
		#[pallet::constant]
		type MaxLocatorLen: Get<u32>;

		/// Most accounts linked to one party.
		#[pallet::constant]
		type MaxAccounts: Get<u32>;

		/// Most service endpoints of one party.
		#[pallet::constant]
		type MaxServices: Get<u32>;

		/// Most authority roles one party holds.
		#[pallet::constant]
		type MaxRoles: Get<u32>;

		/// Most examiners of one office.
		#[pallet::constant]
		type MaxExaminers: Get<u32>;

		/// Most agents one party appoints.
		#[pallet::constant]
		type MaxAgents: Get<u32>;

		/// Most offices' attestations of one party.
		#[pallet::constant]
		type MaxAttestations: Get<u32>;

		/// Most forums that hear appeals from one forum.
		#[pallet::constant]
		type MaxAppealRoutes: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Signs for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Signature>;
	}

	/// The id the next party gets.
	#[pallet::storage]
	pub type NextPartyId<T: Config> = StorageValue<_, PartyId, ValueQuery>;

	/// The parties, by id.
	#[pallet::storage]
	pub type Parties<T: Config> = StorageMap<_, Twox64Concat, PartyId, Party<T>>;

	/// The party each linked account acts for.
	#[pallet::storage]
	pub type PartyOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, PartyId>;

	/// The authority roles of each party, with when they were given (UNIX milliseconds).
	#[pallet::storage]
	pub type Roles<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PartyId,
		Blake2_128Concat,
		(AuthorityRole, OfficeCode),
		Moment,
	>;

	/// The IP office of each jurisdiction.
	#[pallet::storage]
	pub type Offices<T: Config> = StorageMap<_, Blake2_128Concat, OfficeCode, OfficeSeat>;

	/// The examiners each office appointed.
	#[pallet::storage]
	pub type Examiners<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, OfficeCode, Twox64Concat, PartyId, ()>;

	/// The agents (representatives) each party appointed, with when (UNIX milliseconds).
	/// An agent files and pays for its principal; see `PartiesInspect::acts_for_party`.
	#[pallet::storage]
	pub type Agents<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, PartyId, Moment>;

	/// The offices' attestations of each party.
	#[pallet::storage]
	pub type Attestations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Blake2_128Concat, OfficeCode, Attestation<T>>;

	/// The routes of appeal: which forums (second key) hear appeals from each forum (first
	/// key), since when (UNIX milliseconds). Governance sets them.
	#[pallet::storage]
	pub type AppealRoutes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, PartyId, Moment>;

	/// The same routes the other way round: the forums whose appeals each forum hears.
	#[pallet::storage]
	pub type AppealsHeard<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartyId, Twox64Concat, PartyId, ()>;

	/// Parties to create at genesis, in this order (the first gets id 0).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The parties.
		pub parties: Vec<GenesisParty<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for party in &self.parties {
				if let Err(e) = Pallet::<T>::create_genesis_party(party) {
					panic!("genesis party {:?} is invalid: {e:?}", party.name);
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A party was created.
		PartyCreated {
			/// Its id.
			party: PartyId,
			/// What it is.
			kind: PartyKind,
			/// Its first account.
			account: T::AccountId,
		},
		/// A party's name, country or profile changed.
		ProfileUpdated {
			/// The party.
			party: PartyId,
		},
		/// A party's service endpoints were replaced.
		ServicesUpdated {
			/// The party.
			party: PartyId,
		},
		/// An account was linked to a party.
		AccountLinked {
			/// The party.
			party: PartyId,
			/// The account.
			account: T::AccountId,
			/// Its key scheme.
			key: KeyKind,
		},
		/// An account was unlinked from a party.
		AccountUnlinked {
			/// The party.
			party: PartyId,
			/// The account.
			account: T::AccountId,
		},
		/// A party was closed and its deposit released.
		PartyClosed {
			/// The party.
			party: PartyId,
		},
		/// Governance made a party an authority, which may then be given roles.
		PartyMadeAuthority {
			/// The party.
			party: PartyId,
		},
		/// Governance gave an authority a role.
		RoleGranted {
			/// The authority.
			party: PartyId,
			/// The role.
			role: AuthorityRole,
			/// Where it holds it.
			jurisdiction: OfficeCode,
		},
		/// Governance took a role from an authority.
		RoleRevoked {
			/// The authority.
			party: PartyId,
			/// The role.
			role: AuthorityRole,
			/// Where it held it.
			jurisdiction: OfficeCode,
		},
		/// An office appointed an examiner.
		ExaminerAppointed {
			/// The office's jurisdiction.
			office: OfficeCode,
			/// The examiner.
			examiner: PartyId,
		},
		/// An office dismissed an examiner (or lost its own role, and with it its examiners).
		ExaminerDismissed {
			/// The office's jurisdiction.
			office: OfficeCode,
			/// The examiner.
			examiner: PartyId,
		},
		/// A party appointed an agent.
		AgentAppointed {
			/// The party represented.
			principal: PartyId,
			/// Its agent.
			agent: PartyId,
		},
		/// A party dismissed its agent.
		AgentDismissed {
			/// The party represented.
			principal: PartyId,
			/// Its former agent.
			agent: PartyId,
		},
		/// An office attested a party's identity.
		IdentityAttested {
			/// The party.
			party: PartyId,
			/// The office.
			office: OfficeCode,
		},
		/// An office withdrew its attestation of a party's identity.
		AttestationRevoked {
			/// The party.
			party: PartyId,
			/// The office.
			office: OfficeCode,
		},
		/// Governance let a forum hear appeals from another's decisions.
		AppealRouteAdded {
			/// The forum whose decisions are appealed.
			forum: PartyId,
			/// The forum that hears the appeals.
			appellate: PartyId,
		},
		/// Governance ended a route of appeal.
		AppealRouteRemoved {
			/// The forum whose decisions were appealed.
			forum: PartyId,
			/// The forum that heard the appeals.
			appellate: PartyId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A name is empty or not UTF-8.
		InvalidName,
		/// A name is longer than `MaxNameLen`.
		NameTooLong,
		/// A country or jurisdiction is not a WIPO ST.3 code (two upper-case letters).
		InvalidCountry,
		/// A locator is empty or not printable ASCII.
		InvalidLocator,
		/// A locator is longer than `MaxLocatorLen`.
		LocatorTooLong,
		/// A document's media type is not `type/subtype` (RFC 6838), or too long.
		InvalidMediaType,
		/// A document's size is zero.
		EmptyDocument,
		/// Only governance creates authorities (with a role).
		AuthorityByGovernance,
		/// The account is already linked to a party.
		AccountInUse,
		/// The signer is not linked to any party.
		NoParty,
		/// No party has this id.
		UnknownParty,
		/// The new account's signature of the link payload is wrong.
		BadProof,
		/// The key scheme cannot be published in a DID document (ECDSA accounts are hashes).
		UnsupportedKey,
		/// The party already has `MaxAccounts` accounts.
		TooManyAccounts,
		/// The account is not linked to this party.
		AccountNotLinked,
		/// An account cannot unlink itself; another account of the party must do it.
		CannotUnlinkSigner,
		/// A service id is not a URI fragment (RFC 3986), its type neither one the IPLedger
		/// JSON-LD context defines (`LinkedDomains`, `DIDCommMessaging`, `IpPortfolio`) nor an
		/// absolute URI, or its endpoint not an absolute URI.
		InvalidService,
		/// A service id or type is longer than 32 bytes, or its URL longer than `MaxLocatorLen`.
		ServiceTooLong,
		/// More services than `MaxServices`.
		TooManyServices,
		/// Two services have the same id.
		DuplicateService,
		/// The signer cannot afford the deposit for the record.
		CannotAffordDeposit,
		/// Only a party of kind `Authority` can hold an authority role.
		NotAnAuthority,
		/// The party is an authority already.
		AlreadyAuthority,
		/// Examiners are appointed by their office, not by governance.
		ExaminersAreAppointed,
		/// The party already holds this role for this jurisdiction.
		RoleExists,
		/// The party does not hold this role for this jurisdiction.
		RoleNotHeld,
		/// The jurisdiction already has an IP office.
		OfficeTaken,
		/// The party already holds `MaxRoles` roles.
		TooManyRoles,
		/// No IP office is registered for this jurisdiction.
		UnknownOffice,
		/// The signer does not act for the office (its own accounts, or for attestations its
		/// examiners).
		NotOffice,
		/// The office already has `MaxExaminers` examiners.
		TooManyExaminers,
		/// The party already has `MaxAttestations` attestations.
		TooManyAttestations,
		/// The office has not attested this party, or already withdrew it.
		NotAttested,
		/// A party that holds authority roles cannot be closed; governance revokes them first.
		HoldsRoles,
		/// Other records (rights, licences, cases) still refer to the party.
		StillReferenced,
		/// Party ids or counters are exhausted.
		Overflow,
		/// A party cannot be its own agent.
		SelfAgent,
		/// This party is already an agent of the principal.
		AlreadyAgent,
		/// This party is not an agent of the principal.
		NotAgent,
		/// The principal already has `MaxAgents` agents.
		TooManyAgents,
		/// A party that has agents cannot be closed; it dismisses them first.
		HasAgents,
		/// A forum does not hear appeals from itself.
		SelfAppeal,
		/// This forum already hears appeals from that one.
		AppealRouteExists,
		/// This forum does not hear appeals from that one.
		NoAppealRoute,
		/// The forum's decisions are already appealed to `MaxAppealRoutes` forums.
		TooManyAppealRoutes,
		/// A forum at either end of a route of appeal cannot be closed; governance removes
		/// the route first.
		HasAppealRoutes,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAccounts::get() > 0, "a party needs room for an account");
			assert!(T::MaxNameLen::get() > 0, "a party needs room for a name");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a party with the signer as its first account, holding the record's deposit.
		///
		/// - Origin: signed, by an account not linked to any party.
		/// - `kind`: `NaturalPerson` or `LegalEntity`; authorities come from governance.
		/// - `key`: the scheme of the signer's key, which its DID document publishes.
		/// - `details`: digest and locator of an off-chain profile.
		///
		/// Errors: `AuthorityByGovernance`, `AccountInUse`, `InvalidName`, `NameTooLong`,
		/// `InvalidCountry`, `EmptyDocument`, `InvalidMediaType`, `InvalidLocator`,
		/// `LocatorTooLong`, `CannotAffordDeposit`,
		/// `Overflow`. Emits `PartyCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_party())]
		pub fn create_party(
			origin: OriginFor<T>,
			kind: PartyKind,
			name: Vec<u8>,
			country: OfficeCode,
			key: KeyKind,
			details: Option<Document<Vec<u8>>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(kind != PartyKind::Authority, Error::<T>::AuthorityByGovernance);
			Self::do_create_party(who, kind, name, country, key, details).map(|_| ())
		}

		/// Replaces a party's name, country and off-chain profile.
		///
		/// - Origin: signed, by an account of the party; it then carries the deposit.
		///
		/// Errors: `NoParty`, `InvalidName`, `NameTooLong`, `InvalidCountry`, `InvalidLocator`,
		/// `LocatorTooLong`, `CannotAffordDeposit`. Emits `ProfileUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_profile())]
		pub fn update_profile(
			origin: OriginFor<T>,
			name: Vec<u8>,
			country: OfficeCode,
			details: Option<Document<Vec<u8>>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_profile(who, name, country, details)
		}

		/// Replaces a party's service endpoints.
		///
		/// - Origin: signed, by an account of the party; it then carries the deposit.
		///
		/// Errors: `NoParty`, `TooManyServices`, `InvalidService`, `ServiceTooLong`,
		/// `DuplicateService`, `CannotAffordDeposit`. Emits `ServicesUpdated`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_services(services.len() as u32))]
		pub fn set_services(
			origin: OriginFor<T>,
			services: Vec<Service<Vec<u8>, Vec<u8>>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_services(who, services)
		}

		/// Links a new account to the signer's party. The new account proves control of its key
		/// by signing the party's link payload (see the runtime API's `link_payload`).
		///
		/// - Origin: signed, by an account of the party; it then carries the deposit.
		///
		/// Errors: `NoParty`, `AccountInUse`, `UnsupportedKey`, `BadProof`, `TooManyAccounts`,
		/// `CannotAffordDeposit`, `Overflow`. Emits `AccountLinked`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_account())]
		pub fn add_account(
			origin: OriginFor<T>,
			account: T::AccountId,
			proof: T::Signature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_account(who, account, proof)
		}

		/// Unlinks an account from the signer's party (for example an old or lost key). The
		/// party, its rights and its roles stay as they are.
		///
		/// - Origin: signed, by another account of the party; it then carries the deposit.
		///
		/// Errors: `NoParty`, `CannotUnlinkSigner`, `AccountNotLinked`, `CannotAffordDeposit`.
		/// Emits `AccountUnlinked`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_account())]
		pub fn remove_account(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_account(who, account)
		}

		/// Closes the signer's party: unlinks its accounts, drops the offices' attestations and
		/// releases the deposit.
		///
		/// - Origin: signed, by an account of the party.
		///
		/// Errors: `NoParty`, `HoldsRoles`, `StillReferenced`. Emits `PartyClosed`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_party(
			T::MaxAccounts::get(),
			T::MaxAttestations::get()
		))]
		pub fn close_party(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (accounts, attestations) = Self::do_close_party(who)?;
			Ok(Some(T::WeightInfo::close_party(accounts, attestations)).into())
		}

		/// Makes a party an authority: a new IP office, a court, a customs administration or a
		/// notary joins after genesis by creating its party with its own account (which keeps
		/// carrying the party's deposit), and governance then makes it an authority and gives it
		/// its roles (`grant_role`).
		///
		/// - Origin: `AuthorityOrigin` (governance).
		///
		/// Errors: `UnknownParty`, `AlreadyAuthority`. Emits `PartyMadeAuthority`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::make_authority())]
		pub fn make_authority(origin: OriginFor<T>, party: PartyId) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_make_authority(party)
		}

		/// Gives an authority a role for a jurisdiction. An `IpOffice` role makes the party the
		/// office of that jurisdiction, of which there is one.
		///
		/// - Origin: `AuthorityOrigin` (governance).
		///
		/// Errors: `ExaminersAreAppointed`, `InvalidCountry`, `UnknownParty`, `NotAnAuthority`,
		/// `RoleExists`, `OfficeTaken`, `TooManyRoles`. Emits `RoleGranted`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(
			origin: OriginFor<T>,
			party: PartyId,
			role: AuthorityRole,
			jurisdiction: OfficeCode,
		) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			ensure!(role != AuthorityRole::Examiner, Error::<T>::ExaminersAreAppointed);
			Self::do_grant_role(party, role, jurisdiction)
		}

		/// Takes a role from an authority. Taking an office's `IpOffice` role dismisses its
		/// examiners too.
		///
		/// - Origin: `AuthorityOrigin` (governance).
		///
		/// Errors: `RoleNotHeld`. Emits `RoleRevoked` (and `ExaminerDismissed` for each
		/// examiner of a former office).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::revoke_role(T::MaxExaminers::get()))]
		pub fn revoke_role(
			origin: OriginFor<T>,
			party: PartyId,
			role: AuthorityRole,
			jurisdiction: OfficeCode,
		) -> DispatchResultWithPostInfo {
			T::AuthorityOrigin::ensure_origin(origin)?;
			let examiners = Self::do_revoke_role(party, role, jurisdiction)?;
			Ok(Some(T::WeightInfo::revoke_role(examiners)).into())
		}

		/// Appoints a party as an examiner who acts for the office.
		///
		/// - Origin: signed, by an account of the office's own party.
		///
		/// Errors: `UnknownOffice`, `NotOffice`, `UnknownParty`, `RoleExists`,
		/// `TooManyExaminers`, `TooManyRoles`. Emits `ExaminerAppointed`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::appoint_examiner())]
		pub fn appoint_examiner(
			origin: OriginFor<T>,
			office: OfficeCode,
			examiner: PartyId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appoint_examiner(who, office, examiner)
		}

		/// Dismisses an examiner of the office.
		///
		/// - Origin: signed, by an account of the office's own party.
		///
		/// Errors: `UnknownOffice`, `NotOffice`, `RoleNotHeld`. Emits `ExaminerDismissed`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::dismiss_examiner())]
		pub fn dismiss_examiner(
			origin: OriginFor<T>,
			office: OfficeCode,
			examiner: PartyId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dismiss_examiner(who, office, examiner)
		}

		/// Attests, for an office, that a party is who it says (again, if it was withdrawn).
		///
		/// - Origin: signed, by an account of the office or of one of its examiners.
		/// - `evidence`: digest and locator of what the office relied on.
		///
		/// Errors: `UnknownOffice`, `NotOffice`, `UnknownParty`, `InvalidLocator`,
		/// `LocatorTooLong`, `TooManyAttestations`. Emits `IdentityAttested`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			party: PartyId,
			office: OfficeCode,
			evidence: Option<Document<Vec<u8>>>,
		) -> DispatchResult {
			let actor = Self::office_actor(origin, office)?;
			Self::do_attest(actor.account, party, office, evidence)
		}

		/// Appoints a party as the signer's party's agent (representative), which may then file
		/// and act for it in the registry.
		///
		/// - Origin: signed, by an account of the principal.
		///
		/// Errors: `NoParty`, `SelfAgent`, `UnknownParty`, `AlreadyAgent`, `TooManyAgents`.
		/// Emits `AgentAppointed`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::appoint_agent())]
		pub fn appoint_agent(origin: OriginFor<T>, agent: PartyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appoint_agent(who, agent)
		}

		/// Dismisses an agent of the signer's party.
		///
		/// - Origin: signed, by an account of the principal.
		///
		/// Errors: `NoParty`, `NotAgent`. Emits `AgentDismissed`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::dismiss_agent())]
		pub fn dismiss_agent(origin: OriginFor<T>, agent: PartyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dismiss_agent(who, agent)
		}

		/// Withdraws an office's attestation. It stays visible with the date of withdrawal.
		///
		/// - Origin: signed, by an account of the office or of one of its examiners.
		///
		/// Errors: `UnknownOffice`, `NotOffice`, `NotAttested`. Emits `AttestationRevoked`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::revoke_attestation())]
		pub fn revoke_attestation(
			origin: OriginFor<T>,
			party: PartyId,
			office: OfficeCode,
		) -> DispatchResult {
			Self::office_actor(origin, office)?;
			Self::do_revoke_attestation(party, office)
		}

		/// Lets `appellate` (a court of appeal, an office's board of appeal) hear appeals from
		/// the decisions of `forum`; both are authorities. Enforcement allows an appeal only
		/// along such a route.
		///
		/// - Origin: `AuthorityOrigin` (governance).
		///
		/// Errors: `SelfAppeal`, `UnknownParty`, `NotAnAuthority`, `AppealRouteExists`,
		/// `TooManyAppealRoutes`. Emits `AppealRouteAdded`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::add_appeal_route())]
		pub fn add_appeal_route(
			origin: OriginFor<T>,
			forum: PartyId,
			appellate: PartyId,
		) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_add_appeal_route(forum, appellate)
		}

		/// Ends the route of appeals from `forum` to `appellate`.
		///
		/// - Origin: `AuthorityOrigin` (governance).
		///
		/// Errors: `NoAppealRoute`. Emits `AppealRouteRemoved`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::remove_appeal_route())]
		pub fn remove_appeal_route(
			origin: OriginFor<T>,
			forum: PartyId,
			appellate: PartyId,
		) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_remove_appeal_route(forum, appellate)
		}
	}
}
