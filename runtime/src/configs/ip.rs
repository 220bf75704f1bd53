//! IPLedger's intellectual-property pallets.

use crate::{AccountId, Runtime, Timestamp};
use frame_support::traits::ConstU32;
use frame_system::EnsureRoot;

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
