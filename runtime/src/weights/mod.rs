//! Weights generated for this runtime by `./scripts/benchmark.sh`, all in one run on the
//! optimised node (`--profile production`) of one machine, so that they share its units: see
//! each file's header for the machine and the command.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_ip_consortium;
pub mod pallet_ip_enforcement;
pub mod pallet_ip_licensing;
pub mod pallet_ip_parties;
pub mod pallet_ip_registry;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
