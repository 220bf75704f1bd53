//! A small runtime for enforcement's unit tests, on the mock registry and parties of
//! `ipledger_primitives::testing`.

use crate as pallet_ip_enforcement;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use ipledger_primitives::{
	origins::{EnsureAuthority, EnsureParty},
	testing::{MockParties, MockRights},
	AuthorityRole, Moment, OfficeCode, PartyId, RightId, RightKind,
};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Enforcement: pallet_ip_enforcement,
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

/// Parties, authorities and a right for the benchmarks, in the mocks.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestBenchmarkHelper {
	fn party(account: &u64) -> PartyId {
		*account
	}

	fn authority(role: AuthorityRole, jurisdiction: OfficeCode) -> u64 {
		MockParties::grant(NOTARY, role, jurisdiction);
		NOTARY
	}

	fn right() -> RightId {
		PATENT
	}
}

impl pallet_ip_enforcement::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Rights = MockRights;
	type Parties = MockParties;
	type PartyOrigin = EnsureParty<MockParties, u64>;
	type AuthorityOrigin = EnsureAuthority<MockParties, u64>;
	type Time = Timestamp;
	type EvidenceDeposit = ConstU64<EVIDENCE_DEPOSIT>;
	type MaxLocatorLen = ConstU32<64>;
	type MaxSealedLocatorLen = ConstU32<96>;
	type MaxCustodyEntries = ConstU32<4>;
	type MaxGrants = ConstU32<2>;
	type MaxAttestations = ConstU32<2>;
	type MaxProofLen = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

/// The deposit of a piece of evidence.
pub const EVIDENCE_DEPOSIT: u64 = 30;
/// What accounts 1 to 29 start with.
pub const FUNDS: u64 = 10_000;

/// Germany.
pub const DE: OfficeCode = OfficeCode(*b"DE");

/// A brand owner that anchors evidence.
pub const ALICE: u64 = 1;
/// Its lawyer, who takes custody.
pub const BOB: u64 = 2;
/// A third party.
pub const CAROL: u64 = 3;
/// An account with no party.
pub const NO_PARTY: u64 = 99;
/// A German notary (evidence-preservation service).
pub const NOTARY: u64 = 20;
/// A German court.
pub const COURT: u64 = 21;
/// A party id nobody has.
pub const UNKNOWN_PARTY: PartyId = 150;

/// A German patent of Alice's.
pub const PATENT: RightId = 1;

/// When the tests start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;

/// Empty storage at block 1 and time [`START`]: every account is its own party, except
/// [`NO_PARTY`]; party [`UNKNOWN_PARTY`] does not exist; [`NOTARY`] is Germany's evidence
/// service, [`COURT`] its court.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..30).map(|account| (account, FUNDS)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	MockParties::reset();
	MockParties::unlink(NO_PARTY);
	MockParties::remove(NO_PARTY);
	MockParties::remove(UNKNOWN_PARTY);
	MockParties::grant(NOTARY, AuthorityRole::EvidenceService, DE);
	MockParties::grant(COURT, AuthorityRole::Court, DE);
	MockRights::reset();
	MockRights::add(PATENT, RightKind::Patent, DE, START, vec![(ALICE, Perbill::one())]);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}

/// Runs `test` on [`new_test_ext`], then checks enforcement's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Enforcement::do_try_state().expect("enforcement's invariants hold");
	});
}
