//! A small runtime for licensing's unit tests, on the mock registry and parties of
//! `ipledger_primitives::testing`.

use crate as pallet_ip_licensing;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use ipledger_primitives::{
	origins::{EnsureOffice, EnsureParty},
	territory::MemberStates,
	testing::{MockParties, MockRights},
	AuthorityRole, LegalState, Moment, OfficeCode, PartyId, RightId, RightKind, MILLISECS_PER_DAY,
};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Licensing: pallet_ip_licensing,
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

/// Rights and parties for the benchmarks, in the mocks.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestBenchmarkHelper {
	fn party(account: &u64) -> PartyId {
		*account
	}

	fn right_in_force(owners: &[PartyId]) -> (RightId, Vec<crate::CountryCode>) {
		let right = 500 + owners.len() as RightId;
		let share = Perbill::from_rational(1, owners.len() as u32);
		MockRights::add(
			right,
			RightKind::Patent,
			DE,
			0,
			owners.iter().map(|o| (*o, share)).collect(),
		);
		MockRights::set_state(right, 0, LegalState::InForce);
		(right, vec![crate::CountryCode(*b"DE")])
	}

	fn set_time(moment: Moment) {
		Timestamp::set_timestamp(moment);
	}
}

impl pallet_ip_licensing::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Rights = MockRights;
	type Effects = MockRights;
	type OfficeOrigin = EnsureOffice<MockParties, u64>;
	type Jurisdictions = MemberStates;
	type Parties = MockParties;
	type PartyOrigin = EnsureParty<MockParties, u64>;
	type RulesOrigin = frame_system::EnsureRoot<u64>;
	type Time = Timestamp;
	type OfferDeposit = ConstU64<OFFER_DEPOSIT>;
	type LicenceDeposit = ConstU64<LICENCE_DEPOSIT>;
	type MaxCountries = ConstU32<40>;
	type MaxFields = ConstU32<3>;
	type MaxOwners = ConstU32<3>;
	type MaxLicencesPerRight = ConstU32<4>;
	type MaxSublicences = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

/// The deposit of an offer.
pub const OFFER_DEPOSIT: u64 = 40;
/// The deposit of a licence.
pub const LICENCE_DEPOSIT: u64 = 25;
/// What accounts 1 to 9 start with.
pub const FUNDS: u64 = 10_000;

/// Germany.
pub const DE: OfficeCode = OfficeCode(*b"DE");
/// The European Patent Office.
pub const EP: OfficeCode = OfficeCode(*b"EP");

/// Co-owners of the tests' rights.
pub const ALICE: u64 = 1;
/// Co-owner with Alice of [`EP_PATENT`].
pub const BOB: u64 = 2;
/// A licensee.
pub const CAROL: u64 = 3;
/// Another licensee.
pub const DAVE: u64 = 4;
/// A third party.
pub const EVE: u64 = 5;
/// An account with no party.
pub const NO_PARTY: u64 = 99;
/// The German office's party and account.
pub const DE_OFFICE: u64 = 20;
/// A party id nobody has.
pub const UNKNOWN_PARTY: PartyId = 150;

/// A German patent in force, owned by Alice alone.
pub const DE_PATENT: RightId = 1;
/// A European patent in force, owned by Alice (2/3) and Bob (1/3).
pub const EP_PATENT: RightId = 2;
/// A German trademark in force, owned by Alice.
pub const DE_MARK: RightId = 3;
/// A copyright work of Alice's.
pub const WORK: RightId = 4;
/// A German patent that lapsed.
pub const LAPSED: RightId = 5;

/// One day.
pub const DAY: Moment = MILLISECS_PER_DAY;
/// When the tests start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;
/// When the tests' patents' terms end: 2040-01-01.
pub const TERM_END: Moment = 2_208_988_800_000;

/// Sets up the rights the tests use.
fn set_up_rights() {
	MockRights::reset();
	let alone = vec![(ALICE, Perbill::one())];
	let filed = START - 400 * DAY;
	MockRights::add(DE_PATENT, RightKind::Patent, DE, filed, alone.clone());
	MockRights::add(
		EP_PATENT,
		RightKind::Patent,
		EP,
		filed,
		vec![(ALICE, Perbill::from_rational(2u32, 3)), (BOB, Perbill::from_rational(1u32, 3))],
	);
	MockRights::add(DE_MARK, RightKind::Trademark, DE, filed, alone.clone());
	MockRights::add(WORK, RightKind::Copyright, EP, filed, alone.clone());
	MockRights::add(LAPSED, RightKind::Patent, DE, filed, alone);
	for right in [DE_PATENT, EP_PATENT, DE_MARK, WORK, LAPSED] {
		MockRights::set_state(right, filed + DAY, LegalState::InForce);
	}
	for right in [DE_PATENT, EP_PATENT, LAPSED] {
		MockRights::set_term_limit(right, Some(TERM_END));
	}
	MockRights::set_state(LAPSED, START - DAY, LegalState::NoLongerInForce);
}

/// Empty storage at block 1 and time [`START`]: every account is its own party, except
/// [`NO_PARTY`]; party [`UNKNOWN_PARTY`] does not exist.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10).map(|account| (account, FUNDS)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	MockParties::reset();
	MockParties::unlink(NO_PARTY);
	MockParties::remove(NO_PARTY);
	MockParties::remove(UNKNOWN_PARTY);
	MockParties::grant(DE_OFFICE, AuthorityRole::IpOffice, DE);
	set_up_rights();
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}

/// Runs `test` on [`new_test_ext`], then checks licensing's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Licensing::do_try_state().expect("licensing's invariants hold");
	});
}
