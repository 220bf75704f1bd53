//! Glue traits: what one pallet may ask of, or do to, another.
//!
//! The registry and the parties pallet are their first implementations. Licensing will ask who
//! owns a right, in which shares, and whether it is in force; every pallet asks who may act for
//! an office or a court. Each trait has a `()` implementation for mocks: it knows
//! no right.

use crate::{AuthorityRole, LegalState, Moment, OfficeCode, PartyId, RightId, RightKind};
use alloc::vec::Vec;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Read-only facts about a right.
pub trait RightsInspect {
	/// The right's kind and the office of its jurisdiction, if the right exists.
	fn kind_and_office(right: RightId) -> Option<(RightKind, OfficeCode)>;

	/// The right's current owners (parties) with their shares (summing to 100%); empty if it
	/// does not exist.
	fn owners(right: RightId) -> Vec<(PartyId, Perbill)>;

	/// The right's legal state now, if it exists.
	fn legal_state(right: RightId) -> Option<LegalState>;

	/// Whether the right is in force now.
	fn is_in_force(right: RightId) -> bool {
		Self::legal_state(right) == Some(LegalState::InForce)
	}

	/// The right's legal state on `date` (UNIX milliseconds) as its recorded legal-status
	/// events date it; `None` if it did not exist then (before its filing) or does not exist.
	fn legal_state_on(right: RightId, date: Moment) -> Option<LegalState>;

	/// Whether the right was in force on `date`.
	fn is_in_force_on(right: RightId, date: Moment) -> bool {
		Self::legal_state_on(right, date) == Some(LegalState::InForce)
	}

	/// The owners of the right on `date` (UNIX milliseconds), as its chain of title records
	/// them; empty before its filing or if it does not exist. Royalties that accrued on a
	/// date go to the owners of that date.
	fn owners_on(right: RightId, date: Moment) -> Vec<(PartyId, Perbill)>;
}

impl RightsInspect for () {
	fn kind_and_office(_: RightId) -> Option<(RightKind, OfficeCode)> {
		None
	}

	fn owners(_: RightId) -> Vec<(PartyId, Perbill)> {
		Vec::new()
	}

	fn legal_state(_: RightId) -> Option<LegalState> {
		None
	}

	fn legal_state_on(_: RightId, _: Moment) -> Option<LegalState> {
		None
	}

	fn owners_on(_: RightId, _: Moment) -> Vec<(PartyId, Perbill)> {
		Vec::new()
	}
}

/// What an authority's decision does to a right: a court or an office revokes it, or orders it
/// transferred. Enforcement calls these once it has checked that the decision's authority
/// acts for the right's jurisdiction; the implementation checks the right, the owners and the
/// date, records the effect in the right's history (by `by`, with `decision`'s date and
/// reference) and changes nothing if it fails.
pub trait RightsEffects<AccountId> {
	/// Revokes (invalidates) a granted or lapsed right from `decision.date` on.
	fn revoke(right: RightId, by: &AccountId, decision: Decision<'_>) -> DispatchResult;

	/// Makes `owners` (distinct known parties, shares summing to 100%) the right's owners from
	/// `decision.date` on, without the consent the owners give to an assignment.
	fn transfer(
		right: RightId,
		owners: Vec<(PartyId, Perbill)>,
		by: &AccountId,
		decision: Decision<'_>,
	) -> DispatchResult;
}

/// The decision behind an effect on a right.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Decision<'a> {
	/// When it takes effect (UNIX milliseconds); not before the right's filing, not in the
	/// future.
	pub date: Moment,
	/// The decision's own reference (a docket or decision number), at most 64 bytes.
	pub reference: &'a [u8],
}

/// No rights: every effect fails.
impl<AccountId> RightsEffects<AccountId> for () {
	fn revoke(_: RightId, _: &AccountId, _: Decision<'_>) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}

	fn transfer(
		_: RightId,
		_: Vec<(PartyId, Perbill)>,
		_: &AccountId,
		_: Decision<'_>,
	) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}
}

/// Read-only facts about parties and the authorities among them.
pub trait PartiesInspect<AccountId> {
	/// The party an account is linked to, if any.
	fn party_of(account: &AccountId) -> Option<PartyId>;

	/// Whether the party exists.
	fn exists(party: PartyId) -> bool;

	/// Whether the party holds `role` for `jurisdiction`.
	fn has_role(party: PartyId, role: AuthorityRole, jurisdiction: OfficeCode) -> bool;

	/// The party that is the IP office of `jurisdiction`, if one is.
	fn office(jurisdiction: OfficeCode) -> Option<PartyId>;

	/// Whether `principal` appointed `agent` as its representative, who files and pays for it.
	fn is_agent(agent: PartyId, principal: PartyId) -> bool;

	/// The account that payments to `party` (an office's fees) go to: its first linked
	/// account.
	fn account_of(party: PartyId) -> Option<AccountId>;

	/// Whether `account` may act for `party`: it is linked to it, or to its agent.
	fn acts_for_party(account: &AccountId, party: PartyId) -> bool {
		Self::party_of(account).is_some_and(|own| own == party || Self::is_agent(own, party))
	}

	/// Whether `account` may act for the IP office of `jurisdiction`: it is linked to the office
	/// itself or to one of the office's examiners.
	fn acts_for_office(account: &AccountId, jurisdiction: OfficeCode) -> bool
	where
		Self: Sized,
	{
		crate::origins::acting_office::<Self, AccountId>(account, jurisdiction).is_some()
	}

	/// Whether `account` may act for a party holding `role` for `jurisdiction` (a court,
	/// customs). For [`AuthorityRole::IpOffice`] examiners count, as in
	/// [`Self::acts_for_office`].
	fn acts_for_authority(
		account: &AccountId,
		role: AuthorityRole,
		jurisdiction: OfficeCode,
	) -> bool
	where
		Self: Sized,
	{
		crate::origins::acting_authority::<Self, AccountId>(account, role, jurisdiction).is_some()
	}
}

impl<AccountId> PartiesInspect<AccountId> for () {
	fn party_of(_: &AccountId) -> Option<PartyId> {
		None
	}

	fn exists(_: PartyId) -> bool {
		false
	}

	fn has_role(_: PartyId, _: AuthorityRole, _: OfficeCode) -> bool {
		false
	}

	fn office(_: OfficeCode) -> Option<PartyId> {
		None
	}

	fn is_agent(_: PartyId, _: PartyId) -> bool {
		false
	}

	fn account_of(_: PartyId) -> Option<AccountId> {
		None
	}
}

/// Whether other pallets still refer to a party (as an owner, an applicant, a licensee, a
/// litigant). A party that is referred to cannot be closed.
pub trait PartyReferences {
	/// Whether anything on chain still refers to `party`.
	fn is_referenced(party: PartyId) -> bool;
}

/// Nothing refers to any party.
impl PartyReferences for () {
	fn is_referenced(_: PartyId) -> bool {
		false
	}
}
