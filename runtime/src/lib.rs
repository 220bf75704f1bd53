//! The IPLedger runtime: a FRAME runtime with Aura block authoring, GRANDPA finality, balances
//! and fees, and IPLedger's intellectual-property pallets. Compiled to Wasm and embedded in
//! `ipledger-node`.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to a very deep type.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

/// The same runtime with `spec_version` one higher, built with the feature `next-spec-version`:
/// what the end-to-end tests upgrade the chain to through a council motion. Built only with
/// `IPLEDGER_BUILD_NEXT_RUNTIME` set (the scripts' dev builds set it); `None` otherwise.
#[cfg(feature = "std")]
pub mod next {
	include!(concat!(env!("OUT_DIR"), "/ipledger_runtime_next"));
}

extern crate alloc;

// Before `apis`: it defines the `list_benchmarks!` and `add_benchmarks!` that `apis` calls.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
mod weights;

use alloc::vec::Vec;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::{runtime_version, RuntimeVersion};

pub use ipledger_primitives::{AccountId, Balance, BlockNumber, Hash, Nonce, Signature};

/// Opaque types: what the node needs to know of the runtime's block without its calls.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Header of a block.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// A block, its extrinsics opaque.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Id of a block.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The keys a validator signs with.
		pub struct SessionKeys {
			/// Block authoring.
			pub aura: super::Aura,
			/// Finality voting.
			pub grandpa: super::Grandpa,
		}
	}
}

/// The runtime's version. `spec_version` goes up with every change of the runtime's logic.
#[cfg(not(feature = "next-spec-version"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("ipledger"),
	impl_name: alloc::borrow::Cow::Borrowed("ipledger"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The runtime's version as the next release will have it (`spec_version` one higher): only
/// for the Wasm the runtime-upgrade tests apply. `#[runtime_version]` wants literals, hence
/// the copy.
#[cfg(feature = "next-spec-version")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("ipledger"),
	impl_name: alloc::borrow::Cow::Borrowed("ipledger"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Target time between blocks.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura's slot: one block each.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks in a minute, an hour, a day.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks in an hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks in a day.
pub const DAYS: BlockNumber = HOURS * 24;

/// One unit of the native currency.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a unit.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a unit.
pub const MICRO_UNIT: Balance = 1_000_000;
/// The smallest balance an account may keep.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Header of a block.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// A block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// How an account is named in a call: its id or an index.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;

/// The transaction extensions: checks and payment applied to every signed transaction.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	// A signer may include the digest of the runtime's metadata (RFC 78), as hardware wallets
	// do; the transaction is then valid only on a runtime with that metadata.
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it comes over the wire.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run at the next runtime upgrade.
type Migrations = (
	pallet_ip_registry::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_ip_registry::migrations::v4::MigrateV3ToV4<Runtime>,
);

/// Dispatches extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	// The consortium's governance. The council before its membership, and the validator set
	// before the session pallet: their genesis builds in this order and each needs the former.
	#[runtime::pallet_index(8)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(9)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(10)]
	pub type IpConsortium = pallet_ip_consortium;
	#[runtime::pallet_index(11)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(12)]
	pub type NodeAuthorization = pallet_node_authorization;

	// IPLedger's own pallets start at 50. Parties come first: the others refer to them, also
	// in the genesis, which is built in this order.
	#[runtime::pallet_index(51)]
	pub type IpParties = pallet_ip_parties;
	#[runtime::pallet_index(50)]
	pub type IpRegistry = pallet_ip_registry;
	#[runtime::pallet_index(52)]
	pub type IpLicensing = pallet_ip_licensing;
	#[runtime::pallet_index(53)]
	pub type IpEnforcement = pallet_ip_enforcement;
}
