//! Storage migrations, one module per storage version. The runtime lists each in its
//! `Migrations` until every chain it serves has run it; each checks the on-chain storage
//! version, so running it twice (or on a chain that was born at the new version) does nothing.

pub mod v1;
pub mod v2;
