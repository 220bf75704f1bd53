//! A small runtime for the parties pallet's unit tests.

use crate::{self as pallet_ip_parties, GenesisParty};
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use ipledger_primitives::{AuthorityRole, KeyKind, Moment, OfficeCode, PartyKind};
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	traits::Convert,
	BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		IpParties: pallet_ip_parties,
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

/// Test keys from `ECDSA_KEYS` on sign as if with ECDSA, whose accounts are hashes.
pub const ECDSA_KEYS: u64 = 1_000;

/// The key scheme of a test signature: below [`ECDSA_KEYS`] sr25519, else ECDSA.
pub struct TestKeyKind;
impl Convert<TestSignature, Option<KeyKind>> for TestKeyKind {
	fn convert(signature: TestSignature) -> Option<KeyKind> {
		(signature.0 < ECDSA_KEYS).then_some(KeyKind::Sr25519)
	}
}

frame_support::parameter_types! {
	/// Party ids the other pallets of the tests still refer to.
	pub static Referenced: Vec<u64> = vec![];
}

/// Parties in [`Referenced`] are referred to.
pub struct TestReferences;
impl ipledger_primitives::traits::PartyReferences for TestReferences {
	fn is_referenced(party: u64) -> bool {
		Referenced::get().contains(&party)
	}
}

/// Signs for the benchmarks with the test keys.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestSigner;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, TestSignature> for TestSigner {
	fn sign(message: &[u8]) -> (u64, TestSignature) {
		(500, TestSignature(500, message.to_vec()))
	}
}

impl pallet_ip_parties::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AuthorityOrigin = EnsureRoot<u64>;
	type OfficeOrigin = ipledger_primitives::origins::EnsureOffice<IpParties, u64>;
	type Signature = TestSignature;
	type Signer = UintAuthorityId;
	type KeyKindOf = TestKeyKind;
	type References = TestReferences;
	type Time = Timestamp;
	type BaseDeposit = ConstU64<100>;
	type ByteDeposit = ConstU64<1>;
	type MaxNameLen = ConstU32<32>;
	type MaxLocatorLen = ConstU32<32>;
	type MaxAccounts = ConstU32<3>;
	type MaxServices = ConstU32<2>;
	type MaxRoles = ConstU32<3>;
	type MaxExaminers = ConstU32<2>;
	type MaxAttestations = ConstU32<2>;
	type MaxAgents = ConstU32<1>;
	type MaxAppealRoutes = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestSigner;
}

/// Jurisdictions of the tests.
pub const EP: OfficeCode = OfficeCode(*b"EP");
/// The US.
pub const US: OfficeCode = OfficeCode(*b"US");
/// Germany.
pub const DE: OfficeCode = OfficeCode(*b"DE");

/// Party 0: the European Patent Office, accounts 10 and 11.
pub const EPO: u64 = 0;
/// An account of the EPO.
pub const EPO_ACCOUNT: u64 = 10;
/// Party 1: the USPTO, account 20.
pub const USPTO: u64 = 1;
/// The USPTO's account.
pub const USPTO_ACCOUNT: u64 = 20;
/// Party 2: a German court, account 30.
pub const COURT: u64 = 2;
/// The court's account.
pub const COURT_ACCOUNT: u64 = 30;
/// Accounts with funds but no party.
pub const ALICE: u64 = 1;
/// Another.
pub const BOB: u64 = 2;
/// An account with no funds and no party.
pub const PAUPER: u64 = 99;
/// What the funded accounts start with.
pub const FUNDS: u64 = 10_000;
/// When the tests start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;

fn authority(
	name: &str,
	accounts: &[u64],
	roles: Vec<(AuthorityRole, OfficeCode)>,
) -> GenesisParty<u64> {
	GenesisParty {
		kind: PartyKind::Authority,
		name: name.into(),
		country: roles[0].1,
		accounts: accounts.iter().map(|a| (*a, KeyKind::Ed25519)).collect(),
		roles,
	}
}

/// Storage with the EPO, the USPTO and a German court, and funds for accounts 1 to 9 and 500.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10).chain([500]).map(|a| (a, FUNDS)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_ip_parties::GenesisConfig::<Test> {
		parties: vec![
			authority(
				"European Patent Office",
				&[EPO_ACCOUNT, 11],
				vec![(AuthorityRole::IpOffice, EP)],
			),
			authority("USPTO", &[USPTO_ACCOUNT], vec![(AuthorityRole::IpOffice, US)]),
			authority("Landgericht München I", &[COURT_ACCOUNT], vec![(AuthorityRole::Court, DE)]),
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

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		IpParties::do_try_state().expect("the parties' invariants hold");
	});
}
