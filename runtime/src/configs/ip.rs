//! IPLedger's intellectual-property pallets.

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeHoldReason, Signature, Timestamp, MICRO_UNIT,
	MILLI_UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use ipledger_primitives::MultiSignatureKey;
use sp_runtime::traits::Verify;

impl pallet_ip_registry::Config for Runtime {
	// Governance is root (sudo) until the offices' council takes over.
	type OfficeOrigin = EnsureRoot<AccountId>;
	type Time = Timestamp;
	type WeightInfo = crate::weights::pallet_ip_registry::WeightInfo<Runtime>;
	type MaxNameLen = ConstU32<128>;
	type MaxAdmins = ConstU32<16>;
	type MaxTitleLen = ConstU32<512>;
	type MaxOwners = ConstU32<16>;
	type MaxClassifications = ConstU32<32>;
	type MaxLocatorLen = ConstU32<256>;
	type MaxHistoryLen = ConstU32<256>;
}

parameter_types! {
	/// A party's record holds 0.1 UNIT, plus 0.1 MILLI_UNIT a byte.
	pub const PartyBaseDeposit: Balance = 100 * MILLI_UNIT;
	pub const PartyByteDeposit: Balance = 100 * MICRO_UNIT;
}

impl pallet_ip_parties::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Governance is root (sudo) until the offices' council takes over.
	type AuthorityOrigin = EnsureRoot<AccountId>;
	type Signature = Signature;
	type Signer = <Signature as Verify>::Signer;
	type KeyKindOf = MultiSignatureKey;
	// The registry will refer to parties as owners; until then nothing does.
	type References = ();
	type Time = Timestamp;
	type BaseDeposit = PartyBaseDeposit;
	type ByteDeposit = PartyByteDeposit;
	type MaxNameLen = ConstU32<128>;
	type MaxLocatorLen = ConstU32<256>;
	type MaxAccounts = ConstU32<8>;
	type MaxServices = ConstU32<8>;
	type MaxRoles = ConstU32<16>;
	type MaxExaminers = ConstU32<64>;
	type MaxAttestations = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_ip_parties::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Sr25519Signer;
}

/// Signs for the benchmarks with a new sr25519 key of the benchmark's keystore.
#[cfg(feature = "runtime-benchmarks")]
pub struct Sr25519Signer;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_parties::BenchmarkHelper<AccountId, Signature> for Sr25519Signer {
	fn sign(message: &[u8]) -> (AccountId, Signature) {
		const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"ipbn");
		let public = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
		let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, message)
			.expect("the key was just generated in this keystore; qed");
		(public.into(), signature.into())
	}
}
