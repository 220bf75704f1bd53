//! A small runtime for the consortium pallet's unit tests: the session pallet rotates every
//! `PERIOD` blocks and asks this pallet for its validators.

use crate as pallet_ip_consortium;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::{
	testing::UintAuthorityId,
	traits::{ConvertInto, OpaqueKeys},
	BuildStorage, KeyTypeId,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		// Before the session pallet: its genesis asks this pallet for the first validators.
		IpConsortium: pallet_ip_consortium,
		Session: pallet_session,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// The validators of the current session, as the session pallet last told its handlers.
	pub static Active: Vec<u64> = vec![];
}

/// Records the active validators of each new session.
pub struct RecordingHandler;
impl pallet_session::SessionHandler<u64> for RecordingHandler {
	const KEY_TYPE_IDS: &'static [KeyTypeId] = &[sp_runtime::key_types::DUMMY];
	fn on_genesis_session<K: OpaqueKeys>(validators: &[(u64, K)]) {
		Active::set(validators.iter().map(|(v, _)| *v).collect());
	}
	fn on_new_session<K: OpaqueKeys>(_: bool, validators: &[(u64, K)], _: &[(u64, K)]) {
		Active::set(validators.iter().map(|(v, _)| *v).collect());
	}
	fn on_disabled(_: u32) {}
}

/// Blocks per session.
pub const PERIOD: u64 = 5;

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = u64;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU64<PERIOD>, ConstU64<0>>;
	type NextSessionRotation = pallet_session::PeriodicSessions<ConstU64<PERIOD>, ConstU64<0>>;
	type SessionManager = IpConsortium;
	type SessionHandler = RecordingHandler;
	type Keys = UintAuthorityId;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ConstU64<10>;
}

frame_support::ord_parameter_types! {
	/// The account that stands for the council in the tests.
	pub const Council: u64 = COUNCIL;
}

/// Registers session keys for benchmarked accounts.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockKeysHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockKeysHelper {
	fn register_keys(who: &u64) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, FUNDS);
		Session::set_keys(RuntimeOrigin::signed(*who), UintAuthorityId(*who), vec![])
			.expect("a funded account registers its keys");
	}
}

impl pallet_ip_consortium::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = EnsureRoot<u64>;
	type EnactOrigin = EnsureSignedBy<Council, u64>;
	type SessionKeys = Session;
	type MinValidators = ConstU32<2>;
	type MaxValidators = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeysHelper;
}

/// The account standing for a council motion that passed.
pub const COUNCIL: u64 = 100;
/// What the funded accounts 1 to 9 start with.
pub const FUNDS: u64 = 10_000;

/// Storage with validators 1, 2 and 3 (their keys registered) and funds for accounts 1 to 9.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_keeping(0)
}

/// [`new_test_ext`], whose genesis keeps at least `min_validators` validators.
pub fn new_test_ext_keeping(min_validators: u32) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10).map(|a| (a, FUNDS)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_ip_consortium::GenesisConfig::<Test> {
		validators: vec![1, 2, 3],
		min_validators,
		session_length: 0,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: (1..=3).map(|v| (v, v, UintAuthorityId(v))).collect(),
		non_authority_keys: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		IpConsortium::do_try_state().expect("the consortium's invariants hold");
	});
}

/// Runs blocks until `n`, the session pallet rotating on the way.
pub fn run_to_block(n: u64) {
	System::run_to_block::<AllPalletsWithSystem>(n);
}
