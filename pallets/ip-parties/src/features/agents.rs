//! Agents (representatives) who file and pay for a party.

use super::now;
use crate::{Agents, Config, Error, Event, Pallet, Parties};
use frame_support::{ensure, traits::Get};
use ipledger_primitives::PartyId;
use sp_runtime::{traits::Saturating, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Appoints `agent` for `who`'s party.
	pub(crate) fn do_appoint_agent(who: T::AccountId, agent: PartyId) -> DispatchResult {
		let (principal, mut party) = Self::party_of_signer(&who)?;
		ensure!(principal != agent, Error::<T>::SelfAgent);
		ensure!(Parties::<T>::contains_key(agent), Error::<T>::UnknownParty);
		ensure!(!Agents::<T>::contains_key(principal, agent), Error::<T>::AlreadyAgent);
		ensure!(party.agents < T::MaxAgents::get(), Error::<T>::TooManyAgents);
		party.agents += 1;

		Agents::<T>::insert(principal, agent, now::<T>());
		Parties::<T>::insert(principal, party);
		Self::deposit_event(Event::AgentAppointed { principal, agent });
		Ok(())
	}

	/// Dismisses `agent` of `who`'s party.
	pub(crate) fn do_dismiss_agent(who: T::AccountId, agent: PartyId) -> DispatchResult {
		let (principal, mut party) = Self::party_of_signer(&who)?;
		ensure!(Agents::<T>::contains_key(principal, agent), Error::<T>::NotAgent);
		party.agents.saturating_dec();

		Agents::<T>::remove(principal, agent);
		Parties::<T>::insert(principal, party);
		Self::deposit_event(Event::AgentDismissed { principal, agent });
		Ok(())
	}
}
