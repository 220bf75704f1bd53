//! A small runtime for the registry's unit tests.

use crate as pallet_ip_registry;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use ipledger_primitives::{
	origins::{EnsureOffice, EnsureParty},
	testing::MockParties,
	AuthorityRole, Moment, OfficeCode, PartyId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Registry: pallet_ip_registry,
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
}

impl pallet_timestamp::Config for Test {
	type Moment = Moment;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

/// The parties of the tests, in `ipledger_primitives::testing::MockParties`: every account is
/// its own party (party [`AGENT`] represents party 1), except the offices' accounts, which act
/// for the office's party, and [`NO_PARTY`], which has none; [`EXAMINER`] examines for EP,
/// [`COURT`] is a court of DE. No party has the id [`NO_PARTY`] or [`UNKNOWN_PARTY`]. The EPO's
/// fees go to [`EP_ADMIN`]; the USPTO has no account to pay to.
pub fn set_up_parties() {
	MockParties::reset();
	for account in [EP_ADMIN, 11] {
		MockParties::link(account, EP_PARTY);
	}
	MockParties::link(US_ADMIN, US_PARTY);
	MockParties::remove(NO_PARTY);
	MockParties::remove(UNKNOWN_PARTY);
	MockParties::grant(EP_PARTY, AuthorityRole::IpOffice, EP);
	MockParties::grant(US_PARTY, AuthorityRole::IpOffice, US);
	MockParties::grant(EXAMINER, AuthorityRole::Examiner, EP);
	MockParties::grant(COURT, AuthorityRole::Court, DE);
	MockParties::appoint(AGENT, 1);
	MockParties::pay_at(EP_PARTY, Some(EP_ADMIN));
	MockParties::pay_at(US_PARTY, None);
}

/// The parties pallet of the tests.
pub type TestParties = MockParties;

/// Offices and parties for the benchmarks: the EP office of the tests.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestBenchmarkHelper {
	fn office() -> OfficeCode {
		EP
	}

	fn party(account: &u64) -> PartyId {
		*account
	}
}

impl pallet_ip_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AnchorDeposit = ConstU64<ANCHOR_DEPOSIT>;
	type TransferDeposit = ConstU64<TRANSFER_DEPOSIT>;
	type FilingDeposit = ConstU64<FILING_DEPOSIT>;
	type MinFilingFee = MinFilingFee;
	type Parties = TestParties;
	type PartyOrigin = EnsureParty<TestParties, u64>;
	type OfficeOrigin = EnsureOffice<TestParties, u64>;
	type RulesOrigin = frame_system::EnsureRoot<u64>;
	type Time = Timestamp;
	type WeightInfo = ();
	type MaxTitleLen = ConstU32<32>;
	type MaxOwners = ConstU32<3>;
	type MaxClassifications = ConstU32<2>;
	type MaxLocatorLen = ConstU32<24>;
	type MaxHistoryLen = ConstU32<12>;
	type MaxPriorityClaims = ConstU32<2>;
	type MaxInventors = ConstU32<2>;
	type MaxSecurityInterests = ConstU32<2>;
	type MaxMemberStates = ConstU32<40>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

frame_support::parameter_types! {
	/// The least filing fee: none, unless a test sets one.
	pub storage MinFilingFee: u64 = 0;
}

/// The European Patent Office of the tests: party [`EP_PARTY`], accounts 10 and 11.
pub const EP: OfficeCode = OfficeCode(*b"EP");
/// The US office of the tests: party [`US_PARTY`], account 20.
pub const US: OfficeCode = OfficeCode(*b"US");
/// An account of the EPO.
pub const EP_ADMIN: u64 = 10;
/// The USPTO's account.
pub const US_ADMIN: u64 = 20;
/// The EPO's party.
pub const EP_PARTY: PartyId = 1_000;
/// The USPTO's party.
pub const US_PARTY: PartyId = 2_000;
/// A party (and account) that examines for the EPO.
pub const EXAMINER: u64 = 12;
/// A party (and account) that is a court of [`DE`].
pub const COURT: u64 = 13;
/// Germany: a jurisdiction with a court ([`COURT`]) and no office.
pub const DE: OfficeCode = OfficeCode(*b"DE");
/// The deposit of an anchor.
pub const ANCHOR_DEPOSIT: u64 = 50;
/// The deposit of a proposed transfer.
pub const TRANSFER_DEPOSIT: u64 = 30;
/// The deposit of a filing waiting for its co-applicants.
pub const FILING_DEPOSIT: u64 = 20;
/// What accounts 1 to 9 start with.
pub const FUNDS: u64 = 1_000;

/// A party (and account) that is the agent of party 1 (`ALICE` in the tests).
pub const AGENT: u64 = 7;

/// An account with no party.
pub const NO_PARTY: u64 = 99;
/// A party id nobody has.
pub const UNKNOWN_PARTY: PartyId = 150;
/// When the tests start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;

/// Empty storage at block 1 and time [`START`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10).map(|account| (account, FUNDS)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	set_up_parties();
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
		// Born at the current storage version, as a chain's genesis is.
		crate::STORAGE_VERSION.put::<Registry>();
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
