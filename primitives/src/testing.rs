//! A parties pallet for mock runtimes: [`MockParties`] answers [`PartiesInspect`] from a
//! thread-local directory that each test sets up, so that every IP pallet's unit tests (the
//! registry's, licensing's, enforcement's) describe their parties the same way instead of
//! hand-rolling a fake.
//!
//! Accounts are `u64`, as in FRAME's test runtimes. By default every account is its own party
//! (account 7 acts as party 7) and every such party exists, which keeps tests short; a test
//! links accounts to other parties, removes parties, and gives roles, offices, agents and
//! payees explicitly. [`MockParties::reset`] starts again from that default.
//!
//! [`MockRights`] does the same for [`RightsInspect`]: a test adds the rights it needs with their
//! owners and legal states over time, as the registry would record them. As [`RightsEffects`]
//! it keeps, per right, the recordals other pallets made ([`MockRights::recordals`]).

use crate::{
	traits::{PartiesInspect, Recordal, RightsEffects, RightsInspect},
	AuthorityRole, LegalState, Moment, OfficeCode, PartyId, RightId, RightKind,
};
use sp_runtime::Perbill;
use std::{
	cell::RefCell,
	collections::{BTreeMap, BTreeSet},
};

#[derive(Default)]
struct Directory {
	/// Accounts linked to another party than their own number, or (`None`) to none.
	links: BTreeMap<u64, Option<PartyId>>,
	/// Parties that do not exist, although an account may be numbered like them.
	missing: BTreeSet<PartyId>,
	roles: BTreeSet<(PartyId, AuthorityRole, OfficeCode)>,
	offices: BTreeMap<OfficeCode, PartyId>,
	agents: BTreeSet<(PartyId, PartyId)>,
	/// Where payments to a party go, if not to the account numbered like it; `None`: nowhere.
	payees: BTreeMap<PartyId, Option<u64>>,
}

std::thread_local! {
	static DIRECTORY: RefCell<Directory> = RefCell::new(Directory::default());
}

fn with<R>(f: impl FnOnce(&mut Directory) -> R) -> R {
	DIRECTORY.with(|directory| f(&mut directory.borrow_mut()))
}

/// The mock parties pallet. See the module's documentation.
pub struct MockParties;

impl MockParties {
	/// Forgets every set-up: each account is its own party again.
	pub fn reset() {
		with(|d| *d = Directory::default());
	}

	/// Links `account` to `party` (an office's second account, an examiner's account).
	pub fn link(account: u64, party: PartyId) {
		with(|d| d.links.insert(account, Some(party)));
	}

	/// Leaves `account` without a party.
	pub fn unlink(account: u64) {
		with(|d| d.links.insert(account, None));
	}

	/// Makes `party` one that does not exist (an unknown id).
	pub fn remove(party: PartyId) {
		with(|d| d.missing.insert(party));
	}

	/// Gives `party` `role` for `jurisdiction`; an `IpOffice` role makes it the office there.
	pub fn grant(party: PartyId, role: AuthorityRole, jurisdiction: OfficeCode) {
		with(|d| {
			d.roles.insert((party, role, jurisdiction));
			if role == AuthorityRole::IpOffice {
				d.offices.insert(jurisdiction, party);
			}
		});
	}

	/// Makes `agent` the representative of `principal`.
	pub fn appoint(agent: PartyId, principal: PartyId) {
		with(|d| d.agents.insert((agent, principal)));
	}

	/// Sends payments to `party` to `account`, or (`None`) nowhere.
	pub fn pay_at(party: PartyId, account: Option<u64>) {
		with(|d| d.payees.insert(party, account));
	}
}

impl PartiesInspect<u64> for MockParties {
	fn party_of(account: &u64) -> Option<PartyId> {
		with(|d| match d.links.get(account) {
			Some(linked) => *linked,
			None => (!d.missing.contains(account)).then_some(*account),
		})
	}

	fn exists(party: PartyId) -> bool {
		with(|d| !d.missing.contains(&party))
	}

	fn has_role(party: PartyId, role: AuthorityRole, jurisdiction: OfficeCode) -> bool {
		with(|d| d.roles.contains(&(party, role, jurisdiction)))
	}

	fn office(jurisdiction: OfficeCode) -> Option<PartyId> {
		with(|d| d.offices.get(&jurisdiction).copied())
	}

	fn is_agent(agent: PartyId, principal: PartyId) -> bool {
		with(|d| d.agents.contains(&(agent, principal)))
	}

	fn account_of(party: PartyId) -> Option<u64> {
		with(|d| match d.payees.get(&party) {
			Some(payee) => *payee,
			None => (!d.missing.contains(&party)).then_some(party),
		})
	}
}

/// A right of [`MockRights`].
struct MockRight {
	kind: RightKind,
	/// `None` for an unregistered kind.
	office: Option<OfficeCode>,
	/// Its owners over time, in date order.
	title: Vec<(Moment, Vec<(PartyId, Perbill)>)>,
	/// Its legal states over time, in date order.
	states: Vec<(Moment, LegalState)>,
	term_limit: Option<Moment>,
	/// What other pallets recorded on it, in order.
	recordals: Vec<MockRecordal>,
}

/// What a pallet recorded on a [`MockRights`] right through [`RightsEffects`].
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MockRecordal {
	/// Which effect.
	pub effect: MockEffect,
	/// The account that recorded it.
	pub by: u64,
	/// Its date.
	pub date: Moment,
	/// Its reference.
	pub reference: Vec<u8>,
}

/// The effects of [`RightsEffects`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MockEffect {
	/// `revoke`.
	Revocation,
	/// `transfer`.
	Transfer,
	/// `record_decision`.
	Decision,
	/// `record_licence`.
	LicenceRecorded,
	/// `record_licence_end`.
	LicenceEnded,
}

std::thread_local! {
	static RIGHTS: RefCell<BTreeMap<RightId, MockRight>> = const { RefCell::new(BTreeMap::new()) };
}

fn with_right<R>(right: RightId, f: impl FnOnce(&mut MockRight) -> R) -> R {
	RIGHTS.with(|rights| {
		let mut rights = rights.borrow_mut();
		f(rights.get_mut(&right).expect("the test added the right first"))
	})
}

/// The mock registry: rights a test adds, with their owners and legal states over time. Its
/// "now" is the latest change a test recorded.
pub struct MockRights;

impl MockRights {
	/// Forgets every right.
	pub fn reset() {
		RIGHTS.with(|rights| rights.borrow_mut().clear());
	}

	/// Adds `right`, filed with `office` on `filed` by `owners`: pending from then on. A right
	/// of an unregistered kind (copyright, a trade secret) has no office: `office` is ignored.
	pub fn add(
		right: RightId,
		kind: RightKind,
		office: OfficeCode,
		filed: Moment,
		owners: Vec<(PartyId, Perbill)>,
	) {
		let record = MockRight {
			kind,
			office: kind.is_registered().then_some(office),
			title: vec![(filed, owners)],
			states: vec![(filed, LegalState::Pending)],
			term_limit: None,
			recordals: Vec::new(),
		};
		RIGHTS.with(|rights| rights.borrow_mut().insert(right, record));
	}

	/// Records that `right` is in `state` from `since` on.
	pub fn set_state(right: RightId, since: Moment, state: LegalState) {
		with_right(right, |r| r.states.push((since, state)));
	}

	/// Records that `owners` own `right` from `since` on.
	pub fn assign(right: RightId, since: Moment, owners: Vec<(PartyId, Perbill)>) {
		with_right(right, |r| r.title.push((since, owners)));
	}

	/// Fixes the end of `right`'s term.
	pub fn set_term_limit(right: RightId, limit: Option<Moment>) {
		with_right(right, |r| r.term_limit = limit);
	}

	/// What other pallets recorded on `right`, in order.
	pub fn recordals(right: RightId) -> Vec<MockRecordal> {
		Self::read(right, |r| r.recordals.clone()).unwrap_or_default()
	}

	/// Records `effect` on `right`, if it exists; a licence is recorded only while the right is
	/// pending or in force, as the registry does.
	fn record(
		right: RightId,
		effect: MockEffect,
		by: u64,
		recordal: Recordal<'_>,
	) -> sp_runtime::DispatchResult {
		let state = Self::legal_state(right).ok_or(sp_runtime::DispatchError::Other("no right"))?;
		if effect == MockEffect::LicenceRecorded && state == LegalState::NoLongerInForce {
			return Err(sp_runtime::DispatchError::Other("the right is no longer in force"));
		}
		let entry = MockRecordal {
			effect,
			by,
			date: recordal.date,
			reference: recordal.reference.to_vec(),
		};
		with_right(right, |r| r.recordals.push(entry));
		Ok(())
	}

	fn read<R>(right: RightId, f: impl FnOnce(&MockRight) -> R) -> Option<R> {
		RIGHTS.with(|rights| rights.borrow().get(&right).map(f))
	}
}

impl RightsInspect for MockRights {
	fn kind_and_office(right: RightId) -> Option<(RightKind, Option<OfficeCode>)> {
		Self::read(right, |r| (r.kind, r.office))
	}

	fn owners(right: RightId) -> Vec<(PartyId, Perbill)> {
		Self::read(right, |r| r.title.last().map(|(_, owners)| owners.clone()))
			.flatten()
			.unwrap_or_default()
	}

	fn legal_state(right: RightId) -> Option<LegalState> {
		Self::read(right, |r| r.states.last().map(|(_, state)| *state)).flatten()
	}

	fn legal_state_on(right: RightId, date: Moment) -> Option<LegalState> {
		Self::read(right, |r| {
			r.states.iter().take_while(|(since, _)| *since <= date).last().map(|(_, s)| *s)
		})
		.flatten()
	}

	fn owners_on(right: RightId, date: Moment) -> Vec<(PartyId, Perbill)> {
		Self::read(right, |r| {
			r.title
				.iter()
				.take_while(|(since, _)| *since <= date)
				.last()
				.map(|(_, o)| o.clone())
		})
		.flatten()
		.unwrap_or_default()
	}

	fn term_limit(right: RightId) -> Option<Moment> {
		Self::read(right, |r| r.term_limit).flatten()
	}

	/// The start of the last run of states that are neither pending nor in force.
	fn end_of_force(right: RightId) -> Option<Moment> {
		Self::read(right, |r| {
			r.states
				.iter()
				.rev()
				.take_while(|(_, state)| *state == LegalState::NoLongerInForce)
				.last()
				.map(|(since, _)| *since)
		})
		.flatten()
	}
}

/// The mock registry records what other pallets do to its rights; it changes no owner or state.
impl RightsEffects<u64> for MockRights {
	fn revoke(right: RightId, by: &u64, decision: Recordal<'_>) -> sp_runtime::DispatchResult {
		Self::record(right, MockEffect::Revocation, *by, decision)
	}

	fn transfer(
		right: RightId,
		_: Vec<(PartyId, Perbill)>,
		by: &u64,
		decision: Recordal<'_>,
	) -> sp_runtime::DispatchResult {
		Self::record(right, MockEffect::Transfer, *by, decision)
	}

	fn record_decision(
		right: RightId,
		by: &u64,
		decision: Recordal<'_>,
	) -> sp_runtime::DispatchResult {
		Self::record(right, MockEffect::Decision, *by, decision)
	}

	fn record_licence(
		right: RightId,
		by: &u64,
		licence: Recordal<'_>,
	) -> sp_runtime::DispatchResult {
		Self::record(right, MockEffect::LicenceRecorded, *by, licence)
	}

	fn record_licence_end(
		right: RightId,
		by: &u64,
		licence: Recordal<'_>,
	) -> sp_runtime::DispatchResult {
		Self::record(right, MockEffect::LicenceEnded, *by, licence)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const EP: OfficeCode = OfficeCode(*b"EP");

	#[test]
	fn every_account_is_its_own_party_until_a_test_says_otherwise() {
		MockParties::reset();
		assert_eq!(MockParties::party_of(&7), Some(7));
		assert!(MockParties::exists(7));
		assert_eq!(MockParties::account_of(7), Some(7));
		MockParties::link(10, 1_000);
		MockParties::unlink(99);
		MockParties::remove(150);
		assert_eq!(MockParties::party_of(&10), Some(1_000));
		assert_eq!(MockParties::party_of(&99), None);
		assert_eq!(MockParties::party_of(&150), None);
		assert!(!MockParties::exists(150));
		MockParties::reset();
		assert_eq!(MockParties::party_of(&10), Some(10));
	}

	#[test]
	fn offices_examiners_agents_and_payees() {
		MockParties::reset();
		MockParties::link(10, 1_000);
		MockParties::grant(1_000, AuthorityRole::IpOffice, EP);
		MockParties::grant(12, AuthorityRole::Examiner, EP);
		MockParties::appoint(7, 1);
		MockParties::pay_at(1_000, Some(10));
		assert_eq!(MockParties::office(EP), Some(1_000));
		assert!(MockParties::acts_for_office(&10, EP) && MockParties::acts_for_office(&12, EP));
		assert!(!MockParties::acts_for_office(&1, EP));
		assert!(MockParties::acts_for_party(&7, 1) && !MockParties::acts_for_party(&1, 7));
		assert_eq!(MockParties::account_of(1_000), Some(10));
	}

	#[test]
	fn a_mock_right_answers_by_date() {
		MockRights::reset();
		let half = Perbill::from_percent(50);
		MockRights::add(1, RightKind::Patent, EP, 100, vec![(1, Perbill::one())]);
		MockRights::set_state(1, 200, LegalState::InForce);
		MockRights::assign(1, 300, vec![(2, half), (3, half)]);
		assert_eq!(MockRights::legal_state_on(1, 99), None);
		assert_eq!(MockRights::legal_state_on(1, 150), Some(LegalState::Pending));
		assert!(MockRights::is_in_force_on(1, 250) && MockRights::is_in_force(1));
		assert_eq!(MockRights::owners_on(1, 299), vec![(1, Perbill::one())]);
		assert_eq!(MockRights::owners(1), vec![(2, half), (3, half)]);
		assert_eq!(MockRights::kind_and_office(1), Some((RightKind::Patent, Some(EP))));
		assert_eq!(MockRights::kind_and_office(2), None);
		MockRights::add(3, RightKind::Copyright, EP, 100, vec![(1, Perbill::one())]);
		assert_eq!(MockRights::kind_and_office(3), Some((RightKind::Copyright, None)));
	}
}
