//! Inventors, breeders and creators, named apart from the owners.

use super::is_text;
use crate::{Config, Error, Event, Inventor, InventorOf, Inventors, Pallet, Rights};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use ipledger_primitives::{traits::PartiesInspect, LegalState, PartyId, RightId};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Replaces the inventors of `right_id`, on the word of `party`, an owner or its agent.
	pub(crate) fn do_designate_inventors(
		party: PartyId,
		right_id: RightId,
		inventors: Vec<Inventor<Vec<u8>>>,
	) -> DispatchResult {
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnOwner);
		ensure!(right.stage.legal_state() == LegalState::Pending, Error::<T>::NotPending);
		ensure!(inventors.len() <= T::MaxInventors::get() as usize, Error::<T>::TooManyInventors);
		let mut stored: Vec<InventorOf> = Vec::with_capacity(inventors.len());
		for Inventor { name, party } in inventors {
			let name: BoundedVec<_, _> =
				name.try_into().map_err(|_| Error::<T>::InvalidInventor)?;
			ensure!(is_text(&name), Error::<T>::InvalidInventor);
			if let Some(party) = party {
				ensure!(T::Parties::exists(party), Error::<T>::UnknownParty);
			}
			let inventor = Inventor { name, party };
			ensure!(!stored.contains(&inventor), Error::<T>::DuplicateInventor);
			stored.push(inventor);
		}

		let count = stored.len() as u32;
		Inventors::<T>::insert(right_id, BoundedVec::truncate_from(stored));
		Self::deposit_event(Event::InventorsDesignated { right: right_id, count });
		Ok(())
	}
}
