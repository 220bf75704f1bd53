//! Legal-status events recorded by offices.

use super::now;
use crate::{
	types::{EventDetails, KeyEvent, StatusRecord, TransitionError},
	Config, Error, Event, Pallet, Rights,
};
use alloc::vec::Vec;
use frame_support::ensure;
use ipledger_primitives::{date::add_months, RightId};
use sp_runtime::DispatchResult;

impl<T: Config> From<TransitionError> for Error<T> {
	fn from(e: TransitionError) -> Self {
		match e {
			TransitionError::AlreadyFiled => Error::AlreadyFiled,
			TransitionError::AlreadyPublished => Error::AlreadyPublished,
			TransitionError::AlreadyGranted => Error::AlreadyGranted,
			TransitionError::Refused => Error::ApplicationRefused,
			TransitionError::Withdrawn => Error::ApplicationWithdrawn,
			TransitionError::Expired => Error::Expired,
			TransitionError::Revoked => Error::RightRevoked,
			TransitionError::Lapsed => Error::Lapsed,
			TransitionError::NotLapsed => Error::NotLapsed,
			TransitionError::NotGranted => Error::NotGranted,
			TransitionError::NotPublished => Error::NotPublished,
		}
	}
}

impl<T: Config> From<ipledger_primitives::DocumentError> for Error<T> {
	fn from(e: ipledger_primitives::DocumentError) -> Self {
		use ipledger_primitives::DocumentError::*;
		match e {
			Empty => Error::EmptyDocument,
			InvalidMediaType => Error::InvalidMediaType,
			InvalidLocator => Error::InvalidLocator,
			LocatorTooLong => Error::LocatorTooLong,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Records `event` on `right_id`, by `who`, who acts for the right's office (the caller
	/// checked it).
	pub(crate) fn do_record_event(
		who: T::AccountId,
		right_id: RightId,
		event: KeyEvent,
		details: EventDetails<Vec<u8>>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let stage = right.stage.after(event).map_err(Error::<T>::from)?;
		ensure!(event.is_office_event(), Error::<T>::NotAnOfficeEvent);
		let rules = Self::rules_for(right.registered_office()?, right.kind);
		let recorded_at = now::<T>();
		match event {
			KeyEvent::Publication => ensure!(rules.publication, Error::<T>::NoPublication),
			KeyEvent::OppositionFiled => ensure!(rules.opposition, Error::<T>::NoOpposition),
			KeyEvent::OppositionClosed => {
				ensure!(right.oppositions > 0, Error::<T>::NoOpenOpposition)
			},
			KeyEvent::Grant => ensure!(right.oppositions == 0, Error::<T>::OppositionPending),
			KeyEvent::Restoration => {
				ensure!(rules.restoration_months > 0, Error::<T>::NoRestoration);
				// A lapsed right's latest entry is its lapse: nothing else follows a lapse.
				let lapsed_on = Self::last_record(right_id, &right)
					.map(|lapse| lapse.details.event_date)
					.unwrap_or(right.filing_date);
				let window_ends = add_months(lapsed_on, rules.restoration_months);
				ensure!(details.event_date <= window_ends, Error::<T>::RestorationTooLate);
			},
			_ => {},
		}
		let details = Self::checked_details(right_id, &right, details, recorded_at)?;
		if !event.ends_right() && event != KeyEvent::OppositionClosed {
			// Past its term a right only ends (or its proceedings close).
			Self::ensure_term_running(&right, details.event_date)?;
		}
		Self::next_history_index(&right, event)?;

		match event {
			KeyEvent::Grant => {
				right.term = rules.first_term(right.deemed_filing_date(), details.event_date);
			},
			KeyEvent::OppositionFiled => right.oppositions = right.oppositions.saturating_add(1),
			KeyEvent::OppositionClosed => right.oppositions = right.oppositions.saturating_sub(1),
			KeyEvent::Restoration => {
				// A renewal that fell due while the right was lapsed may be paid within a new
				// grace period from the restoration.
				if let Some(term) = right.term.as_mut() {
					if !term.is_final() && term.ends <= recorded_at {
						let grace_ends = add_months(recorded_at, rules.grace_months);
						term.grace_ends = term.grace_ends.max(grace_ends);
					}
				}
			},
			_ => {},
		}
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord { event, stage, details, recorded_at, recorded_by: who.clone() },
		);
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::StatusRecorded {
			right: right_id,
			event,
			stage,
			recorded_by: who,
		});
		Ok(())
	}
}
