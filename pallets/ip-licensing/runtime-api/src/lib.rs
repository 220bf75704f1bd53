//! The runtime API through which customs, courts and dApps ask licensing: is this party
//! licensed to use this right in this country, for this field, on this date (and if not, why
//! not); the licences of a right; the licences of a party (a page at a time); what a royalty
//! report would owe and to whom; which licence an offer's terms would conflict with.
//!
//! `Licence`, `Offer` and `Terms` are licensing's own records (`pallet_ip_licensing::{Licence,
//! Offer, TermsOf}`), and `Balance` the runtime's; clients decode them from the metadata.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use ipledger_primitives::{
	licensing::{Field, LicenceId, NotLicensed},
	territory::CountryCode,
	Moment, PartyId, RightId,
};

sp_api::decl_runtime_apis! {
	/// Licences and what they cover.
	pub trait IpLicensingApi<Licence, Offer, Terms, Balance>
	where
		Licence: Codec,
		Offer: Codec,
		Terms: Codec,
		Balance: Codec,
	{
		/// The licence of `right` held by `party` that covers using it in `country` for
		/// `field` on `date` (UNIX milliseconds), or why none does: the right was not in
		/// force, the party holds no licence of it, or its licences fall outside the
		/// territory, the field or the period (the reason of the one that came closest).
		fn is_licensed(
			right: RightId,
			party: PartyId,
			country: CountryCode,
			field: Field,
			date: Moment,
		) -> Result<LicenceId, NotLicensed>;

		/// The licence `id`, if it is not released.
		fn licence(id: LicenceId) -> Option<Licence>;

		/// The offer `id`, if it is open, with the hash an acceptance names.
		fn offer(id: u64) -> Option<(Offer, ipledger_primitives::Hash)>;

		/// The licences of `right` not yet released, in grant order, sublicences included.
		fn licences_of_right(right: RightId) -> Vec<(LicenceId, Licence)>;

		/// The ids of the licences `party` holds, at most `limit` (up to 1,000) after
		/// `start_after` (exclusive), in storage order: pass the last id of a page to get the
		/// next.
		fn licences_of(party: PartyId, start_after: Option<LicenceId>, limit: u32)
			-> Vec<LicenceId>;

		/// What a report of `period` with `net_revenue` and `units` would owe, and who would
		/// receive how much; `None` for an unknown licence, one without running royalties, or
		/// a period after its end.
		fn royalty_due(licence: LicenceId, period: u32, net_revenue: Balance, units: u64)
			-> Option<(Balance, Vec<(PartyId, Balance)>)>;

		/// The licence not yet ended that a licence on `terms` (a sublicence of `parent`)
		/// would conflict with: what `accept` refuses with `ConflictingLicence`.
		fn conflict(terms: Terms, parent: Option<LicenceId>) -> Option<LicenceId>;
	}
}
