//! Each pallet's configuration in the runtime: one file an area.

pub mod governance;
mod ip;
mod system;

pub use system::{BlockLength, BlockWeights};
