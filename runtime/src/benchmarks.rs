//! The pallets whose benchmarks the node's `benchmark pallet` runs.

pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

use crate::Runtime;

impl frame_system_benchmarking::Config for Runtime {}

impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_transaction_payment, crate::TransactionPayment]
	[pallet_balances, crate::Balances]
	[pallet_timestamp, crate::Timestamp]
	[pallet_sudo, crate::Sudo]
	[pallet_utility, crate::Utility]
	[pallet_collective, crate::Council]
	[pallet_membership, crate::CouncilMembership]
	[pallet_ip_consortium, crate::IpConsortium]
	[pallet_ip_parties, crate::IpParties]
	[pallet_ip_registry, crate::IpRegistry]
	[pallet_ip_licensing, crate::IpLicensing]
	[pallet_ip_enforcement, crate::IpEnforcement]
);
