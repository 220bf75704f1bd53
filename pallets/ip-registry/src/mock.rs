//! A small runtime for the registry's unit tests.

use crate as pallet_ip_registry;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use ipledger_primitives::{Moment, OfficeCode};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Registry: pallet_ip_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = Moment;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

impl pallet_ip_registry::Config for Test {
	type OfficeOrigin = EnsureRoot<u64>;
	type Time = Timestamp;
	type WeightInfo = ();
	type MaxNameLen = ConstU32<32>;
	type MaxAdmins = ConstU32<3>;
	type MaxTitleLen = ConstU32<32>;
	type MaxOwners = ConstU32<3>;
	type MaxClassifications = ConstU32<2>;
	type MaxLocatorLen = ConstU32<24>;
	type MaxHistoryLen = ConstU32<4>;
}

/// The European Patent Office of the tests: admins 10 and 11.
pub const EP: OfficeCode = OfficeCode(*b"EP");
/// The US office of the tests: admin 20.
pub const US: OfficeCode = OfficeCode(*b"US");
/// An admin of EP.
pub const EP_ADMIN: u64 = 10;
/// The admin of US.
pub const US_ADMIN: u64 = 20;
/// When the tests start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;

/// Storage with the offices EP and US, at block 1 and time [`START`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_ip_registry::GenesisConfig::<Test> {
		offices: vec![
			(EP, "European Patent Office".into(), vec![EP_ADMIN, 11]),
			(US, "USPTO".into(), vec![US_ADMIN]),
		],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the registry's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Registry::do_try_state().expect("the registry's invariants hold");
	});
}
