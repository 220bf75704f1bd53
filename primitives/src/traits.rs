//! Glue traits: what one pallet may ask of, or do to, another.
//!
//! The registry and the parties pallet are their first implementations. Licensing will ask who
//! owns a right, in which shares, and whether it is in force; every pallet asks who may act for
//! an office or a court. Each trait has a `()` implementation for mocks: it knows
//! no right.

use crate::{
	licensing::{Exclusivity, Field, LicenceId, NotLicensed},
	territory::CountryCode,
	AuthorityRole, LegalState, Moment, OfficeCode, PartyId, RightId, RightKind,
};
use alloc::vec::Vec;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Read-only facts about a right.
pub trait RightsInspect {
	/// The right's kind and the office of its jurisdiction (`None` for an unregistered right,
	/// copyright or a trade secret, which no office grants), if the right exists.
	fn kind_and_office(right: RightId) -> Option<(RightKind, Option<OfficeCode>)>;

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

	/// The moment (UNIX milliseconds, exclusive) the right's protection ends at the latest:
	/// the end of a granted right's maximum term, extensions included. `None` while no such
	/// end is fixed: an application (its term is fixed at its grant), a right renewable for
	/// ever (a trademark), an unregistered right, or no right. A licence of the right ends by
	/// then.
	fn term_limit(right: RightId) -> Option<Moment>;

	/// The moment (UNIX milliseconds) from which the right is no longer in force, as
	/// `legal_state_on` dates it, if it is no longer in force now: the effective date of the
	/// refusal, withdrawal, lapse, expiry or revocation that ended it, or the end of a paid
	/// term that ran out with no renewal. `None` while it is pending or in force (a right
	/// restored after a lapse is in force again), or if it does not exist. A licence's
	/// royalty periods stop there.
	fn end_of_force(right: RightId) -> Option<Moment>;
}

impl RightsInspect for () {
	fn kind_and_office(_: RightId) -> Option<(RightKind, Option<OfficeCode>)> {
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

	fn term_limit(_: RightId) -> Option<Moment> {
		None
	}

	fn end_of_force(_: RightId) -> Option<Moment> {
		None
	}
}

/// What other pallets record on a right: an authority's decision revokes it, orders it
/// transferred or is noted in its history; a licence of it is recorded, and its end. The
/// calling pallet checks who acts (enforcement: that the decision's authority acts for the
/// right's jurisdiction; licensing: that the licence was agreed); the implementation checks
/// the right, the owners and the date, records the entry in the right's history (by `by`,
/// with the recordal's date and reference) and changes nothing if it fails.
pub trait RightsEffects<AccountId> {
	/// Revokes (invalidates) a granted or lapsed right from `decision.date` on.
	fn revoke(right: RightId, by: &AccountId, decision: Recordal<'_>) -> DispatchResult;

	/// Makes `owners` (distinct known parties, shares summing to 100%) the right's owners from
	/// `decision.date` on, without the consent the owners give to an assignment.
	fn transfer(
		right: RightId,
		owners: Vec<(PartyId, Perbill)>,
		by: &AccountId,
		decision: Recordal<'_>,
	) -> DispatchResult;

	/// Notes in the right's history a decision that leaves the right as it is (an
	/// infringement found, an injunction, a licence term set by a court), at any stage: a
	/// decision on past infringement may come after the right ended.
	fn record_decision(right: RightId, by: &AccountId, decision: Recordal<'_>) -> DispatchResult;

	/// Records a licence of the right (its reference: the licence's id in the licensing
	/// pallet) from `licence.date` on, as offices record licences: while the right is an
	/// application or in force.
	fn record_licence(right: RightId, by: &AccountId, licence: Recordal<'_>) -> DispatchResult;

	/// Records the end of a licence recorded before (expiry, termination, cancellation), at
	/// any stage: a licence ends with the right at the latest.
	fn record_licence_end(right: RightId, by: &AccountId, licence: Recordal<'_>) -> DispatchResult;
}

/// What is recorded on a right: a decision, a licence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Recordal<'a> {
	/// When it takes effect (UNIX milliseconds); not before the right's filing, not before
	/// its latest recorded event, not in the future.
	pub date: Moment,
	/// Its own reference (a docket or decision number, a licence id), at most 64 bytes.
	pub reference: &'a [u8],
}

/// No rights: every effect fails.
impl<AccountId> RightsEffects<AccountId> for () {
	fn revoke(_: RightId, _: &AccountId, _: Recordal<'_>) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}

	fn transfer(
		_: RightId,
		_: Vec<(PartyId, Perbill)>,
		_: &AccountId,
		_: Recordal<'_>,
	) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}

	fn record_decision(_: RightId, _: &AccountId, _: Recordal<'_>) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}

	fn record_licence(_: RightId, _: &AccountId, _: Recordal<'_>) -> DispatchResult {
		Err(DispatchError::Other("no registry"))
	}

	fn record_licence_end(_: RightId, _: &AccountId, _: Recordal<'_>) -> DispatchResult {
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
///
/// The runtime gives the parties pallet every pallet that refers to parties as one tuple,
/// `(IpRegistry, IpLicensing, ...)`: a party is referred to if any of them refers to it.
/// `()` (no pallet) refers to none.
pub trait PartyReferences {
	/// Whether anything on chain still refers to `party`.
	fn is_referenced(party: PartyId) -> bool;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl PartyReferences for Tuple {
	fn is_referenced(party: PartyId) -> bool {
		for_tuples!( #( if Tuple::is_referenced(party) { return true; } )* );
		false
	}
}

/// Read-only facts about licences, for enforcement (standing to sue, "is this importer
/// licensed?") and customs.
pub trait LicensingInspect {
	/// The licence of `right` held by `party` that covers using it in `country` for `field` on
	/// `date` (UNIX milliseconds), or why none does.
	fn is_licensed(
		right: RightId,
		party: PartyId,
		country: CountryCode,
		field: &Field,
		date: Moment,
	) -> Result<LicenceId, NotLicensed>;

	/// The right, the licensee and the exclusivity of a licence, and whether it is in force on
	/// `date` (started, not ended, its right in force, its parent in force).
	fn licence_on(licence: LicenceId, date: Moment) -> Option<LicenceFacts>;

	/// Whether `party` holds an exclusive licence of `right` in force on `date`: an exclusive
	/// licensee has standing to sue infringers in its scope.
	fn is_exclusive_licensee(right: RightId, party: PartyId, date: Moment) -> bool;
}

/// What [`LicensingInspect::licence_on`] tells of a licence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LicenceFacts {
	/// The licensed right.
	pub right: RightId,
	/// The licensee.
	pub licensee: PartyId,
	/// How exclusive it is.
	pub exclusivity: Exclusivity,
	/// Whether it is in force on the date asked about.
	pub in_force: bool,
}

/// No licences: nobody is licensed.
impl LicensingInspect for () {
	fn is_licensed(
		_: RightId,
		_: PartyId,
		_: CountryCode,
		_: &Field,
		_: Moment,
	) -> Result<LicenceId, NotLicensed> {
		Err(NotLicensed::NoLicence)
	}

	fn licence_on(_: LicenceId, _: Moment) -> Option<LicenceFacts> {
		None
	}

	fn is_exclusive_licensee(_: RightId, _: PartyId, _: Moment) -> bool {
		false
	}
}

/// What other pallets do to licences: a court's or an office's decision terminates one. The
/// calling pallet checks who decides; the implementation ends the licence (and so its
/// sublicences) from then on, keeps the decision's reference with it, and changes nothing if
/// it fails.
pub trait LicensingEffects<AccountId> {
	/// Terminates `licence` by decision `reference` (a docket or decision number, 1 to 64
	/// bytes), on the word of `by`, the account that acts for the deciding authority (it
	/// records the licence's end in the right's history where an office recorded the licence).
	fn terminate(licence: LicenceId, by: &AccountId, reference: &[u8]) -> DispatchResult;
}

/// No licences: every effect fails.
impl<AccountId> LicensingEffects<AccountId> for () {
	fn terminate(_: LicenceId, _: &AccountId, _: &[u8]) -> DispatchResult {
		Err(DispatchError::Other("no licensing"))
	}
}

/// Which forums hear appeals from which: enforcement lets a party appeal a decision only to a
/// forum that hears appeals from the one that decided.
pub trait Appeals {
	/// Whether `appellate` (a party: a court of appeal, an office's board of appeal) hears
	/// appeals from decisions of `forum`.
	fn hears_appeals_from(appellate: PartyId, forum: PartyId) -> bool;
}

/// No forum hears appeals from another: every decision is final.
impl Appeals for () {
	fn hears_appeals_from(_: PartyId, _: PartyId) -> bool {
		false
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// Refers to party 1.
	struct Owners;
	impl PartyReferences for Owners {
		fn is_referenced(party: PartyId) -> bool {
			party == 1
		}
	}

	/// Refers to party 2.
	struct Licensees;
	impl PartyReferences for Licensees {
		fn is_referenced(party: PartyId) -> bool {
			party == 2
		}
	}

	#[test]
	fn a_tuple_refers_to_a_party_if_any_member_does() {
		type Both = (Owners, Licensees);
		assert!(Both::is_referenced(1) && Both::is_referenced(2));
		assert!(!Both::is_referenced(3));
		assert!(!<() as PartyReferences>::is_referenced(1));
	}
}
