//! Benchmarks of the consortium pallet's calls, each at its worst case: the set one short of
//! full for an addition, full for a removal (of its last member).

use super::*;
use alloc::{boxed::Box, vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};

/// Fills the validator set with benchmark accounts (keys registered) up to `size`.
fn fill<T: Config>(size: u32) {
	let mut validators = Validators::<T>::get();
	let mut index = 0;
	while (validators.len() as u32) < size {
		let validator: T::AccountId = account("validator", index, 0);
		index += 1;
		if validators.contains(&validator) {
			continue;
		}
		T::BenchmarkHelper::register_keys(&validator);
		validators.try_push(validator).expect("size is at most MaxValidators; qed");
	}
	Validators::<T>::put(validators);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get() - 1);
		let who: T::AccountId = account("joining", 0, 0);
		T::BenchmarkHelper::register_keys(&who);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Validators::<T>::get().last(), Some(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get());
		let who = Validators::<T>::get().last().cloned().expect("the set is full; qed");
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn enact() -> Result<(), BenchmarkError> {
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();
		let origin =
			T::EnactOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
