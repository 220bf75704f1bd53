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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{string::String, vec::Vec};
	use frame_support::{
		pallet_prelude::*,
		traits::{BuildGenesisConfig, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use ipledger_primitives::{OfficeCode, RightId, RightKind};
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may register IP offices (governance; root for now).
		type OfficeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Calendar time, for filing and event dates.
		type Time: UnixTime;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Longest office name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most admin accounts an office may have.
		#[pallet::constant]
		type MaxAdmins: Get<u32>;

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

		/// Most entries in one right's legal-status history.
		#[pallet::constant]
		type MaxHistoryLen: Get<u32>;
	}

	/// The IP offices, by their WIPO ST.3 code.
	#[pallet::storage]
	pub type Offices<T: Config> = StorageMap<_, Blake2_128Concat, OfficeCode, Office<T>>;

	/// The id the next filed application gets.
	#[pallet::storage]
	pub type NextRightId<T: Config> = StorageValue<_, RightId, ValueQuery>;

	/// Applications and rights, by id.
	#[pallet::storage]
	pub type Rights<T: Config> = StorageMap<_, Twox64Concat, RightId, Right<T>>;

	/// The rights each account owns a share of (or applied for).
	#[pallet::storage]
	pub type RightsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, RightId, ()>;

	/// The right behind each office's application number.
	#[pallet::storage]
	pub type ApplicationIndex<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, OfficeCode, Twox64Concat, ApplicationNumber, RightId>;

	/// Each right's legal-status history, in the order it was recorded (0 is the filing).
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RightId, Twox64Concat, u32, StatusRecord<T>>;

	/// Offices to register at genesis: (ST.3 code, name, admin accounts).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The offices.
		pub offices: Vec<(OfficeCode, String, Vec<T::AccountId>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (code, name, admins) in &self.offices {
				if let Err(e) =
					Pallet::<T>::do_register_office(*code, name.as_bytes().to_vec(), admins.clone())
				{
					panic!("genesis office {code:?} is invalid: {e:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An IP office was registered.
		OfficeRegistered {
			/// Its ST.3 code.
			office: OfficeCode,
		},
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
		/// An office recorded a legal-status event on a right.
		StatusRecorded {
			/// The right.
			right: RightId,
			/// The standard key event.
			event: KeyEvent,
			/// The stage the right reached.
			stage: Stage,
			/// The admin of the office who recorded it.
			recorded_by: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An office code is not two upper-case letters (WIPO ST.3).
		InvalidOfficeCode,
		/// An office with this code is already registered.
		OfficeExists,
		/// No office is registered under this code.
		UnknownOffice,
		/// An office name is empty or not UTF-8.
		InvalidName,
		/// An office name is longer than `MaxNameLen`.
		NameTooLong,
		/// An office needs at least one admin.
		NoAdmins,
		/// An office has more admins than `MaxAdmins`.
		TooManyAdmins,
		/// An account is listed twice as an admin.
		DuplicateAdmin,
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
		/// An account is listed twice as an applicant.
		DuplicateApplicant,
		/// An applicant's share is zero.
		ZeroShare,
		/// The applicants' shares do not add up to exactly 100%.
		SharesNotWhole,
		/// The signer of an application must be one of its applicants.
		NotAnApplicant,
		/// More classification codes than `MaxClassifications`.
		TooManyClassifications,
		/// A classification code is empty, too long, or not printable ASCII.
		InvalidClassification,
		/// A document locator is empty or not printable ASCII.
		InvalidLocator,
		/// A document locator is longer than `MaxLocatorLen`.
		LocatorTooLong,
		/// No right has this id.
		UnknownRight,
		/// The signer is not an admin of the office of the right's jurisdiction.
		NotOfficeAdmin,
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAdmins::get() > 0, "an office needs room for an admin");
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
		/// Registers an IP office under its WIPO ST.3 code.
		///
		/// - Origin: `OfficeOrigin` (governance).
		/// - `admins`: the accounts that record legal-status events for the office.
		///
		/// Errors: `InvalidOfficeCode`, `OfficeExists`, `InvalidName`, `NameTooLong`,
		/// `NoAdmins`, `TooManyAdmins`, `DuplicateAdmin`. Emits `OfficeRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_office(admins.len() as u32))]
		pub fn register_office(
			origin: OriginFor<T>,
			office: OfficeCode,
			name: Vec<u8>,
			admins: Vec<T::AccountId>,
		) -> DispatchResult {
			T::OfficeOrigin::ensure_origin(origin)?;
			Self::do_register_office(office, name, admins)
		}

		/// Files an application for an IP right with an office. The right gets the next id,
		/// the office's next application number, the current time as filing date, and the
		/// stage `Filed` (legal state pending).
		///
		/// - Origin: signed, by one of the applicants.
		/// - `applicants`: accounts with their ownership shares, which must add up to exactly 100%.
		/// - `classifications`: codes of the kind's classification (IPC/CPC, Nice, Locarno).
		/// - `document`: digest and locator of the application document.
		///
		/// Errors: `InvalidOfficeCode`, `UnknownOffice`, `NotRegistrable`, `InvalidTitle`,
		/// `TitleTooLong`, `NoApplicants`, `TooManyApplicants`, `DuplicateApplicant`, `ZeroShare`,
		/// `SharesNotWhole`, `NotAnApplicant`, `TooManyClassifications`,
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
			applicants: Vec<(T::AccountId, Perbill)>,
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

		/// Records a legal-status event (publication, grant, refusal, withdrawal) on a right.
		///
		/// - Origin: signed, by an admin of the office of the right's jurisdiction.
		/// - `details`: the event date (not before filing, not in the future), the office's own
		///   event code and the gazette reference.
		///
		/// Errors: `UnknownRight`, `NotOfficeAdmin`, `AlreadyFiled`, `AlreadyPublished`,
		/// `AlreadyGranted`, `ApplicationRefused`, `ApplicationWithdrawn`, `EventBeforeFiling`,
		/// `EventInFuture`, `ReferenceTooLong`, `HistoryFull`. Emits `StatusRecorded`.
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
