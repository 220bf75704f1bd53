//! Storage migrations, one module per storage version. The runtime lists each in its
//! `Migrations` until every chain it serves has run it; each checks the on-chain storage
//! version, so running it twice (or on a chain that was born at the new version) does nothing.
//!
//! Versions 1 and 2's migrations (anchors indexed by party; effective dates, filing fees and
//! time zones) were removed with version 3: they read rights and anchors in the layout of
//! their time, which version 3 changed, and every chain this runtime serves had run them. A
//! chain still older upgrades through an earlier runtime release first.

pub mod v3;
pub mod v4;
