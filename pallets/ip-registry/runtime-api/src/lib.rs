//! The runtime API through which dApps read the registry without an indexer: a right, the
//! rights of a party (a page at a time), the right behind an office's application number or
//! its own (ST.13) numbers, a
//! right's legal state on a date, its complete legal-status history, its chain of title, its
//! owners on a date, a proposed transfer and its security interests.
//!
//! `Right`, `StatusRecord`, `Anchor`, `OwnershipRecord`, `Transfer` and `SecurityInterest` are
//! the registry's own records (`pallet_ip_registry::{Right, StatusRecord, Anchor,
//! OwnershipRecord, Transfer, SecurityInterestRecord}`); clients decode them from the metadata.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use ipledger_primitives::{
	Hash, LegalState, Moment, OfficeCode, OfficeNumberKind, PartyId, RightId,
};
use sp_runtime::Perbill;

sp_api::decl_runtime_apis! {
	/// Rights and their legal status.
	pub trait IpRegistryApi<Right, StatusRecord, Anchor, OwnershipRecord, Transfer, SecurityInterest>
	where
		Right: Codec,
		StatusRecord: Codec,
		Anchor: Codec,
		OwnershipRecord: Codec,
		Transfer: Codec,
		SecurityInterest: Codec,
	{
		/// The right `id`.
		fn right(id: RightId) -> Option<Right>;

		/// The ids of the rights `party` owns or applied for, at most `limit` (up to 1,000) of
		/// them after `start_after` (exclusive), in storage order (a hash of the id, not the id
		/// itself): pass the last id of a page to get the next; sort a whole list by id.
		fn rights_of(party: PartyId, start_after: Option<RightId>, limit: u32) -> Vec<RightId>;

		/// The right behind an office's application number on this chain (its sequence).
		fn by_application_number(office: OfficeCode, number: u32) -> Option<RightId>;

		/// The right behind one of an office's own numbers (WIPO ST.13) of `kind`, written as
		/// the office recorded it.
		fn by_office_number(office: OfficeCode, kind: OfficeNumberKind, number: Vec<u8>)
			-> Option<RightId>;

		/// The office's own numbers of the right (application, publication, registration).
		fn office_numbers(id: RightId) -> Vec<(OfficeNumberKind, Vec<u8>)>;

		/// The right's legal state now, past its term included.
		fn legal_state(id: RightId) -> Option<LegalState>;

		/// The right's legal state on `date` (UNIX milliseconds).
		fn legal_state_on(id: RightId, date: Moment) -> Option<LegalState>;

		/// The right's legal-status history, in the order it was recorded (the filing first).
		fn history(id: RightId) -> Vec<StatusRecord>;

		/// Who anchored a work's digest first, and when.
		fn anchor(digest: Hash) -> Option<Anchor>;

		/// The right's chain of title: its owners over time, the applicants first.
		fn chain_of_title(id: RightId) -> Vec<OwnershipRecord>;

		/// The right's owners and their shares on `date` (UNIX milliseconds).
		fn owners_on(id: RightId, date: Moment) -> Vec<(PartyId, Perbill)>;

		/// The transfer proposed for the right, with the approvals it has gathered.
		fn pending_transfer(id: RightId) -> Option<Transfer>;

		/// The security interests recorded over the right, oldest first.
		fn security_interests(id: RightId) -> Vec<SecurityInterest>;
	}
}
