// Provisional: replaced by the output of ./scripts/benchmark.sh pallet_ip_consortium.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ip_consortium::WeightInfo for WeightInfo<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(100_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(100_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(1, 2))
	}
	fn enact() -> Weight {
		Weight::from_parts(50_000_000, 0)
	}
}
