//! The invariants of the parties' storage, checked by `try-runtime` and after every unit test.

use crate::{
	AppealRoutes, AppealsHeard, Attestations, BalanceOf, Config, Examiners, HoldReason,
	NextPartyId, Offices, Pallet, Parties, PartyOf, Roles,
};
use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use ipledger_primitives::AuthorityRole;
use sp_runtime::{traits::Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every party has between one and `MaxAccounts` accounts, each indexed to it, and `PartyOf`
	///   has no other entries;
	/// - ids are below `NextPartyId`;
	/// - the role, attestation and examiner counters match their maps, and every role belongs to an
	///   existing party (authorities, except examiners);
	/// - each office seat names a party holding the `IpOffice` role there, and examiners hold the
	///   `Examiner` role;
	/// - every route of appeal joins two authorities, is indexed both ways, and no forum has more
	///   than `MaxAppealRoutes`;
	/// - every depositor holds at least the deposits it carries.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextPartyId::<T>::get();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, party) in Parties::<T>::iter() {
			ensure!(id < next, "a party id is not below NextPartyId");
			ensure!(!party.accounts.is_empty(), "a party has no account");
			for linked in &party.accounts {
				ensure!(
					PartyOf::<T>::get(&linked.account) == Some(id),
					"a linked account is not indexed to its party"
				);
			}
			ensure!(
				Roles::<T>::iter_prefix(id).count() as u32 == party.roles,
				"a party's role count does not match its roles"
			);
			ensure!(party.roles <= T::MaxRoles::get(), "a party holds too many roles");
			ensure!(
				Attestations::<T>::iter_prefix(id).count() as u32 == party.attestations,
				"a party's attestation count does not match its attestations"
			);
			ensure!(
				crate::Agents::<T>::iter_prefix(id).count() as u32 == party.agents,
				"a party's agent count does not match its agents"
			);
			let carried = deposits.entry(party.depositor.clone()).or_default();
			*carried = carried.saturating_add(party.deposit);
		}
		for (account, id) in PartyOf::<T>::iter() {
			let linked = Parties::<T>::get(id).is_some_and(|party| party.is_linked(&account));
			ensure!(linked, "an indexed account is not linked to its party");
		}
		for (party, (role, jurisdiction), _) in Roles::<T>::iter() {
			ensure!(jurisdiction.validate().is_ok(), "a role's jurisdiction is not ST.3");
			let record = Parties::<T>::get(party).ok_or("a role belongs to no party")?;
			match role {
				AuthorityRole::Examiner => ensure!(
					Examiners::<T>::contains_key(jurisdiction, party),
					"an examiner role is not in its office's list"
				),
				AuthorityRole::IpOffice => ensure!(
					Offices::<T>::get(jurisdiction).map(|seat| seat.party) == Some(party),
					"an office role has no seat"
				),
				_ => {},
			}
			if role != AuthorityRole::Examiner {
				ensure!(
					record.kind == ipledger_primitives::PartyKind::Authority,
					"a role is held by a party that is not an authority"
				);
			}
		}
		for (office, seat) in Offices::<T>::iter() {
			ensure!(
				Roles::<T>::contains_key(seat.party, (AuthorityRole::IpOffice, office)),
				"an office seat's party lacks the IpOffice role"
			);
			let examiners = Examiners::<T>::iter_prefix(office).count() as u32;
			ensure!(examiners == seat.examiners, "an office's examiner count is wrong");
			ensure!(examiners <= T::MaxExaminers::get(), "an office has too many examiners");
		}
		for (office, examiner, ()) in Examiners::<T>::iter() {
			ensure!(
				Roles::<T>::contains_key(examiner, (AuthorityRole::Examiner, office)),
				"a listed examiner lacks the Examiner role"
			);
		}
		for (forum, appellate, _) in AppealRoutes::<T>::iter() {
			for end in [forum, appellate] {
				let record = Parties::<T>::get(end).ok_or("a route of appeal names no party")?;
				ensure!(
					record.kind == ipledger_primitives::PartyKind::Authority,
					"a route of appeal names a party that is not an authority"
				);
			}
			ensure!(
				AppealsHeard::<T>::contains_key(appellate, forum),
				"a route of appeal is not indexed the other way"
			);
			ensure!(
				AppealRoutes::<T>::iter_key_prefix(forum).count() as u32
					<= T::MaxAppealRoutes::get(),
				"a forum has too many routes of appeal"
			);
		}
		for (appellate, forum, ()) in AppealsHeard::<T>::iter() {
			ensure!(
				AppealRoutes::<T>::contains_key(forum, appellate),
				"an indexed appeal has no route"
			);
		}
		for (_, office, _) in Attestations::<T>::iter() {
			ensure!(office.validate().is_ok(), "an attestation's office is not ST.3");
		}
		let reason = HoldReason::PartyRecord.into();
		for (depositor, carried) in deposits {
			let held = T::Currency::balance_on_hold(&reason, &depositor);
			ensure!(held == carried, "a depositor's hold differs from its parties' deposits");
		}
		Ok(())
	}
}
