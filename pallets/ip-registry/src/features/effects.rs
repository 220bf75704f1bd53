//! The effects an authority's decision has on a right, for enforcement (`RightsEffects`).

use super::now;
use crate::{
	types::{EventDetails, KeyEvent, StatusRecord},
	Config, Error, Event, Pallet, Rights,
};
use alloc::vec::Vec;
use frame_support::ensure;
use ipledger_primitives::{
	traits::{Recordal, RightsEffects},
	PartyId, RightId,
};
use sp_runtime::{DispatchResult, Perbill};

impl<T: Config> Pallet<T> {
	/// Records `event` on `right_id` by `by` for `decision` (a decision, a licence); for an
	/// ownership change, `owners` become the owners, and a proposed transfer lapses.
	fn apply_decision(
		right_id: RightId,
		event: KeyEvent,
		owners: Option<Vec<(PartyId, Perbill)>>,
		by: &T::AccountId,
		decision: Recordal<'_>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let stage = right.stage.after(event).map_err(Error::<T>::from)?;
		let owners = owners.map(Self::checked_shares).transpose()?;
		if let Some(owners) = &owners {
			let unchanged = owners.len() == right.owners.len()
				&& owners.iter().all(|owner| right.owners.contains(owner));
			ensure!(!unchanged, Error::<T>::NoChange);
		}
		let recorded_at = now::<T>();
		let details = EventDetails {
			event_date: decision.date,
			effective_date: None,
			office_event_code: Vec::new(),
			gazette_reference: decision.reference.to_vec(),
		};
		let details = Self::checked_details(right_id, &right, details, recorded_at)?;
		// Events that end the right, and those allowed at every stage, follow its term's end.
		if !event.ends_right() && !matches!(event, KeyEvent::Decision | KeyEvent::LicenceEnded) {
			Self::ensure_term_running(&right, details.event_date)?;
		}
		let index = Self::next_history_index(&right, event)?;

		if let Some(owners) = owners {
			Self::ensure_title_in_order(right_id, &right, decision.date)?;
			Self::change_owners(right_id, &mut right, owners, decision.date, index);
		}
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord { event, stage, details, recorded_at, recorded_by: by.clone() },
		);
		Rights::<T>::insert(right_id, right);
		if event == KeyEvent::OwnershipChange {
			// The owners who proposed it are no longer the owners.
			Self::drop_transfer(right_id);
		}
		Self::deposit_event(Event::StatusRecorded {
			right: right_id,
			event,
			stage,
			recorded_by: by.clone(),
		});
		Ok(())
	}
}

/// A decision's effects are recorded like an office's events: in the right's history, by the
/// account that acted for the authority, with the decision's date and (as the gazette
/// reference) its reference.
impl<T: Config> RightsEffects<T::AccountId> for Pallet<T> {
	fn revoke(right: RightId, by: &T::AccountId, decision: Recordal<'_>) -> DispatchResult {
		Self::apply_decision(right, KeyEvent::Revocation, None, by, decision)
	}

	fn record_decision(
		right: RightId,
		by: &T::AccountId,
		decision: Recordal<'_>,
	) -> DispatchResult {
		Self::apply_decision(right, KeyEvent::Decision, None, by, decision)
	}

	fn record_licence(right: RightId, by: &T::AccountId, licence: Recordal<'_>) -> DispatchResult {
		Self::apply_decision(right, KeyEvent::LicenceRecorded, None, by, licence)
	}

	fn record_licence_end(
		right: RightId,
		by: &T::AccountId,
		licence: Recordal<'_>,
	) -> DispatchResult {
		Self::apply_decision(right, KeyEvent::LicenceEnded, None, by, licence)
	}

	fn transfer(
		right: RightId,
		owners: Vec<(PartyId, Perbill)>,
		by: &T::AccountId,
		decision: Recordal<'_>,
	) -> DispatchResult {
		Self::apply_decision(right, KeyEvent::OwnershipChange, Some(owners), by, decision)
	}
}
