//! Divisional and continuation applications, linked to the application they descend from.

use crate::{
	types::{LinkKind, ParentLink, Stage},
	Config, Error, Event, Pallet, Rights,
};
use frame_support::ensure;
use ipledger_primitives::{LegalState, PartyId, RightId, RightKind};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Links `right_id` to `parent_id` as a `kind`, on the word of `party`, an owner of both
	/// (or its agent).
	pub(crate) fn do_link_application(
		party: PartyId,
		right_id: RightId,
		parent_id: RightId,
		kind: LinkKind,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnOwner);
		ensure!(right.parent.is_none() && right.stage == Stage::Filed, Error::<T>::AlreadyLinked);
		ensure!(
			matches!(right.kind, RightKind::Patent | RightKind::UtilityModel),
			Error::<T>::NotLinkable
		);
		let parent = Rights::<T>::get(parent_id).ok_or(Error::<T>::UnknownParent)?;
		ensure!(
			parent_id < right_id
				&& parent.office == right.office
				&& super::same_family(parent.kind, right.kind),
			Error::<T>::LinkMismatch
		);
		let parent_owners = parent.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, parent_owners), Error::<T>::NotAnOwner);
		// Filed before the child (checked above) and still pending: pending at the child's
		// filing too, without reading the parent's whole history.
		ensure!(parent.stage.legal_state() == LegalState::Pending, Error::<T>::ParentNotPending);

		right.parent = Some(ParentLink {
			kind,
			right: parent_id,
			deemed_filing_date: parent.deemed_filing_date(),
		});
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::ApplicationLinked { right: right_id, parent: parent_id, kind });
		Ok(())
	}
}
