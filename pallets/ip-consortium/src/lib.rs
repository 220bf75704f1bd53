#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

/// What benchmarks need from the runtime: an account whose session keys are registered.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers session keys for `who`, funding it as the session pallet needs.
	fn register_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, collections::btree_set::BTreeSet, vec::Vec};
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{BuildGenesisConfig, UnfilteredDispatchable, ValidatorRegistration},
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// A call that a motion enacts.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>;

		/// Who adds and removes validators: the offices' council by its threshold, or root.
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who may enact a call with root authority (a runtime upgrade, say): the offices'
		/// council by its threshold, or root.
		type EnactOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Whether an account has registered its session keys (the session pallet).
		type SessionKeys: ValidatorRegistration<Self::AccountId>;

		/// Fewest validators: removing one below this is refused.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Most validators.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Session keys for benchmarked validators.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validators that the next planned session will have, in the order they were added.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The fewest validators this chain keeps, if its genesis set more than `MinValidators`
	/// (a consortium keeps 3f + 1 validators to tolerate f faults: 4 for one).
	#[pallet::storage]
	pub type MinimumValidators<T: Config> = StorageValue<_, u32, OptionQuery>;

	/// How many blocks a session of this chain lasts, if its genesis said so (else the
	/// runtime's default): read by [`SessionLength`] for the session pallet.
	#[pallet::storage]
	pub type SessionBlocks<T: Config> = StorageValue<_, u32, OptionQuery>;

	/// Whether `Validators` changed since the session pallet last planned a session.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// The validators of the chain's first sessions.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators, each with session keys in the session pallet's genesis. Empty (the
		/// default) only where no session pallet asks for validators.
		pub validators: Vec<T::AccountId>,
		/// The fewest validators the chain keeps (0, the default: `MinValidators`).
		pub min_validators: u32,
		/// How many blocks a session lasts (0, the default: the runtime's default). A
		/// validator-set change takes effect within two sessions, and the block that ends a
		/// session takes no transactions (the session pallet charges it the whole block), so
		/// a chain whose set changes seldom wants long sessions.
		pub session_length: u32,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let distinct: BTreeSet<_> = self.validators.iter().collect();
			assert_eq!(distinct.len(), self.validators.len(), "a genesis validator is repeated");
			if self.min_validators > T::MinValidators::get() {
				MinimumValidators::<T>::put(self.min_validators);
			}
			if self.session_length > 0 {
				SessionBlocks::<T>::put(self.session_length);
			}
			assert!(
				self.validators.is_empty()
					|| self.validators.len() as u32 >= Pallet::<T>::min_validators(),
				"fewer genesis validators than the chain's minimum"
			);
			let validators = BoundedVec::<_, T::MaxValidators>::try_from(self.validators.clone())
				.expect("more genesis validators than MaxValidators");
			Validators::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the validators from the next planned session on.
		ValidatorAdded {
			/// The new validator.
			who: T::AccountId,
		},
		/// `who` leaves the validators from the next planned session on.
		ValidatorRemoved {
			/// The former validator.
			who: T::AccountId,
		},
		/// The session pallet planned `session` with a changed validator set; it starts at
		/// the session change after next.
		ValidatorSetPlanned {
			/// The planned session.
			session: u32,
			/// Its validators.
			validators: Vec<T::AccountId>,
		},
		/// A motion's call was dispatched with root authority.
		Enacted {
			/// What the call returned.
			result: DispatchResult,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The account has not registered session keys (`session.set_keys`).
		NoSessionKeys,
		/// The set has `MaxValidators` validators.
		TooManyValidators,
		/// The set would fall below the chain's minimum (`MinValidators`, or its genesis').
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "a chain needs a validator");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators exceeds MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the validators. It authors and votes from the session after the
		/// next session change on. `who` must have registered its session keys.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			ensure!(!validators.contains(&who), Error::<T>::AlreadyValidator);
			ensure!(T::SessionKeys::is_registered(&who), Error::<T>::NoSessionKeys);
			validators.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
			Validators::<T>::put(validators);
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validators, from the session after the next session change
		/// on.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			let position =
				validators.iter().position(|v| *v == who).ok_or(Error::<T>::NotValidator)?;
			ensure!(validators.len() as u32 > Self::min_validators(), Error::<T>::TooFewValidators);
			validators.remove(position);
			Validators::<T>::put(validators);
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Dispatches `call` with root authority: how the council's motions upgrade the
		/// runtime (`system.authorize_upgrade`) or act where only root may. The outcome is in
		/// the `Enacted` event; this call itself succeeds once the origin is accepted.
		#[pallet::call_index(2)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::enact().saturating_add(info.call_weight), info.class)
		})]
		pub fn enact(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::EnactOrigin::ensure_origin(origin)?;
			let declared = call.get_dispatch_info().call_weight;
			let outcome = call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into());
			let post_info = match outcome {
				Ok(info) => info,
				Err(ref failure) => failure.post_info,
			};
			let used = post_info.actual_weight.unwrap_or(declared).min(declared);
			Self::deposit_event(Event::Enacted {
				result: outcome.map(|_| ()).map_err(|failure| failure.error),
			});
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::enact().saturating_add(used)),
				pays_fee: Pays::No,
			})
		}
	}

	impl<T: Config> Pallet<T> {
		/// The fewest validators the chain keeps: `MinValidators`, or more if its genesis said
		/// so.
		pub fn min_validators() -> u32 {
			MinimumValidators::<T>::get().unwrap_or_default().max(T::MinValidators::get())
		}

		/// The current validator set, as the next planned session will have it.
		pub fn validators() -> Vec<T::AccountId> {
			Validators::<T>::get().into_inner()
		}

		/// The pallet's invariants: the set has no repeats and, once there is one, is within
		/// its bounds.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let validators = Validators::<T>::get();
			let distinct: BTreeSet<_> = validators.iter().collect();
			ensure!(distinct.len() == validators.len(), "a validator is listed twice");
			ensure!(
				validators.is_empty() || validators.len() as u32 >= Self::min_validators(),
				"fewer validators than the chain's minimum"
			);
			Ok(())
		}
	}

	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
			if !SetChanged::<T>::take() {
				return None;
			}
			let validators = Self::validators();
			log::info!(
				target: "runtime::ip-consortium",
				"session {new_index} planned with {} validators",
				validators.len()
			);
			Self::deposit_event(Event::ValidatorSetPlanned {
				session: new_index,
				validators: validators.clone(),
			});
			Some(validators)
		}

		fn new_session_genesis(_: u32) -> Option<Vec<T::AccountId>> {
			// Without genesis validators the session pallet's genesis keys decide.
			let validators = Self::validators();
			(!validators.is_empty()).then_some(validators)
		}

		fn end_session(_: u32) {}

		fn start_session(_: u32) {}
	}
}

/// The length of this chain's sessions, for `pallet_session::PeriodicSessions`: its genesis'
/// `session_length`, else `Default`.
pub struct SessionLength<T, Default>(core::marker::PhantomData<(T, Default)>);

impl<T, Default> frame_support::traits::Get<frame_system::pallet_prelude::BlockNumberFor<T>>
	for SessionLength<T, Default>
where
	T: Config,
	Default: frame_support::traits::Get<u32>,
{
	fn get() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		SessionBlocks::<T>::get().unwrap_or_else(Default::get).into()
	}
}
