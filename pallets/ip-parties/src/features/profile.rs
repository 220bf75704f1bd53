//! Creating, describing and closing parties.

use super::{checked_country, checked_document, checked_name, now};
use crate::{
	Attestations, Config, Error, Event, GenesisParty, LinkedAccount, NextPartyId, Pallet, Parties,
	Party, PartyOf, Service, ServiceOf,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use ipledger_primitives::{
	did::is_service_type,
	text::{is_absolute_uri, is_uri_fragment},
	traits::PartyReferences,
	AuthorityRole, Document, KeyKind, Moment, OfficeCode, PartyId, PartyKind,
};
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Creates a party whose first account is `who`, which holds the deposit.
	pub(crate) fn do_create_party(
		who: T::AccountId,
		kind: PartyKind,
		name: Vec<u8>,
		country: OfficeCode,
		key: KeyKind,
		details: Option<Document<Vec<u8>>>,
	) -> Result<PartyId, DispatchError> {
		let (id, mut party) = Self::new_party(&who, kind, name, country, key, details, now::<T>())?;
		Self::settle_deposit(&mut party, &who)?;
		Self::insert_new_party(id, party);
		Ok(id)
	}

	/// A new party's id and record, checked but not yet stored.
	fn new_party(
		who: &T::AccountId,
		kind: PartyKind,
		name: Vec<u8>,
		country: OfficeCode,
		key: KeyKind,
		details: Option<Document<Vec<u8>>>,
		created_at: Moment,
	) -> Result<(PartyId, Party<T>), Error<T>> {
		ensure!(!PartyOf::<T>::contains_key(who), Error::<T>::AccountInUse);
		let name = checked_name::<T>(name)?;
		let country = checked_country::<T>(country)?;
		let details = checked_document::<T>(details)?;
		let id = NextPartyId::<T>::get();
		id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let first = LinkedAccount { account: who.clone(), key, linked_at: created_at };
		let party = Party {
			kind,
			name,
			country,
			details,
			accounts: BoundedVec::truncate_from(alloc::vec![first]),
			services: Default::default(),
			roles: 0,
			agents: 0,
			attestations: 0,
			link_nonce: 1,
			created_at,
			depositor: who.clone(),
			deposit: Default::default(),
		};
		Ok((id, party))
	}

	/// Stores a party made by [`Self::new_party`] under its id and indexes its accounts.
	fn insert_new_party(id: PartyId, party: Party<T>) {
		for linked in &party.accounts {
			PartyOf::<T>::insert(&linked.account, id);
		}
		let (kind, account) = (party.kind, party.accounts[0].account.clone());
		Parties::<T>::insert(id, party);
		NextPartyId::<T>::put(id.saturating_add(1));
		Self::deposit_event(Event::PartyCreated { party: id, kind, account });
	}

	/// Replaces the name, country and profile of `who`'s party.
	pub(crate) fn do_update_profile(
		who: T::AccountId,
		name: Vec<u8>,
		country: OfficeCode,
		details: Option<Document<Vec<u8>>>,
	) -> DispatchResult {
		let (id, mut party) = Self::party_of_signer(&who)?;
		party.name = checked_name::<T>(name)?;
		party.country = checked_country::<T>(country)?;
		party.details = checked_document::<T>(details)?;
		Self::settle_deposit(&mut party, &who)?;
		Parties::<T>::insert(id, party);
		Self::deposit_event(Event::ProfileUpdated { party: id });
		Ok(())
	}

	/// Replaces the service endpoints of `who`'s party.
	pub(crate) fn do_set_services(
		who: T::AccountId,
		services: Vec<Service<Vec<u8>, Vec<u8>>>,
	) -> DispatchResult {
		let (id, mut party) = Self::party_of_signer(&who)?;
		ensure!(services.len() <= T::MaxServices::get() as usize, Error::<T>::TooManyServices);
		let mut stored: Vec<ServiceOf<T>> = Vec::with_capacity(services.len());
		for Service { id: service_id, kind, endpoint } in services {
			let service: ServiceOf<T> = Service {
				id: service_id.try_into().map_err(|_| Error::<T>::ServiceTooLong)?,
				kind: kind.try_into().map_err(|_| Error::<T>::ServiceTooLong)?,
				endpoint: endpoint.try_into().map_err(|_| Error::<T>::ServiceTooLong)?,
			};
			// The document names it `did:ipledger:<id>#<id>`, of a type the IPLedger context
			// defines (or an absolute URI), at a URI: what DID tooling accepts.
			ensure!(
				is_uri_fragment(&service.id)
					&& is_service_type(&service.kind)
					&& is_absolute_uri(&service.endpoint),
				Error::<T>::InvalidService
			);
			ensure!(!stored.iter().any(|s| s.id == service.id), Error::<T>::DuplicateService);
			stored.push(service);
		}
		party.services = BoundedVec::truncate_from(stored);
		Self::settle_deposit(&mut party, &who)?;
		Parties::<T>::insert(id, party);
		Self::deposit_event(Event::ServicesUpdated { party: id });
		Ok(())
	}

	/// Closes `who`'s party; returns how many accounts and attestations it had.
	pub(crate) fn do_close_party(who: T::AccountId) -> Result<(u32, u32), DispatchError> {
		let (id, party) = Self::party_of_signer(&who)?;
		ensure!(party.roles == 0, Error::<T>::HoldsRoles);
		ensure!(party.agents == 0, Error::<T>::HasAgents);
		ensure!(!Self::has_appeal_routes(id), Error::<T>::HasAppealRoutes);
		ensure!(!T::References::is_referenced(id), Error::<T>::StillReferenced);

		for linked in &party.accounts {
			PartyOf::<T>::remove(&linked.account);
		}
		let _ = Attestations::<T>::clear_prefix(id, party.attestations, None);
		Self::release(&party.depositor, party.deposit);
		Parties::<T>::remove(id);
		Self::deposit_event(Event::PartyClosed { party: id });
		Ok((party.accounts.len() as u32, party.attestations))
	}

	/// Creates a party as the genesis does: no origin, no deposit, no proofs, roles given
	/// directly. For the genesis and for benchmarks that need authorities; returns its id.
	pub fn create_genesis_party(
		genesis: &GenesisParty<T::AccountId>,
	) -> Result<PartyId, DispatchError> {
		let mut accounts = genesis.accounts.iter();
		let (first, key) = accounts.next().ok_or("a genesis party needs an account")?;
		let name = genesis.name.as_bytes().to_vec();
		let (id, mut party) =
			Self::new_party(first, genesis.kind, name, genesis.country, *key, None, 0)?;
		for (account, key) in accounts {
			ensure!(
				!PartyOf::<T>::contains_key(account) && !party.is_linked(account),
				Error::<T>::AccountInUse
			);
			let linked = LinkedAccount { account: account.clone(), key: *key, linked_at: 0 };
			party.accounts.try_push(linked).map_err(|_| Error::<T>::TooManyAccounts)?;
			party.link_nonce = party.link_nonce.saturating_add(1);
		}
		Self::insert_new_party(id, party);
		for (role, jurisdiction) in &genesis.roles {
			ensure!(*role != AuthorityRole::Examiner, Error::<T>::ExaminersAreAppointed);
			Self::do_grant_role(id, *role, *jurisdiction)?;
		}
		Ok(id)
	}

	/// The party `who` is linked to, with its record.
	pub(crate) fn party_of_signer(who: &T::AccountId) -> Result<(PartyId, Party<T>), Error<T>> {
		let id = PartyOf::<T>::get(who).ok_or(Error::<T>::NoParty)?;
		let party = Parties::<T>::get(id).ok_or(Error::<T>::UnknownParty)?;
		Ok((id, party))
	}
}
