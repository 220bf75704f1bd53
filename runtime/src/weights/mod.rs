//! Weights generated for this runtime by `./scripts/benchmark.sh`.

pub mod pallet_ip_consortium;
pub mod pallet_ip_parties;
pub mod pallet_ip_registry;
