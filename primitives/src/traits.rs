//! Glue traits: what one pallet may ask of, or do to, another.
//!
//! The registry is their first implementation. Licensing will ask who owns a right, in which
//! shares, and whether it is in force. Each trait has a `()` implementation for mocks: it knows
//! no right.

use crate::{LegalState, OfficeCode, RightId, RightKind};
use alloc::vec::Vec;
use sp_runtime::Perbill;

/// Read-only facts about a right.
pub trait RightsInspect<AccountId> {
	/// The right's kind and the office of its jurisdiction, if the right exists.
	fn kind_and_office(right: RightId) -> Option<(RightKind, OfficeCode)>;

	/// The right's current owners with their shares (summing to 100%); empty if it does not exist.
	fn owners(right: RightId) -> Vec<(AccountId, Perbill)>;

	/// The right's legal state now, if it exists.
	fn legal_state(right: RightId) -> Option<LegalState>;

	/// Whether the right is in force now.
	fn is_in_force(right: RightId) -> bool {
		Self::legal_state(right) == Some(LegalState::InForce)
	}
}

impl<AccountId> RightsInspect<AccountId> for () {
	fn kind_and_office(_: RightId) -> Option<(RightKind, OfficeCode)> {
		None
	}

	fn owners(_: RightId) -> Vec<(AccountId, Perbill)> {
		Vec::new()
	}

	fn legal_state(_: RightId) -> Option<LegalState> {
		None
	}
}
