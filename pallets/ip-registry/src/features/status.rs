//! Legal-status events recorded by offices.

use super::now;
use crate::{
	types::{EventDetails, KeyEvent, Reference, StatusRecord, TransitionError},
	Config, Error, Event, History, Pallet, Rights,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{traits::PartiesInspect, RightId};
use sp_runtime::DispatchResult;

impl<T: Config> From<TransitionError> for Error<T> {
	fn from(e: TransitionError) -> Self {
		match e {
			TransitionError::AlreadyFiled => Error::AlreadyFiled,
			TransitionError::AlreadyPublished => Error::AlreadyPublished,
			TransitionError::AlreadyGranted => Error::AlreadyGranted,
			TransitionError::Refused => Error::ApplicationRefused,
			TransitionError::Withdrawn => Error::ApplicationWithdrawn,
			TransitionError::Expired => Error::RightExpired,
			TransitionError::NotGranted => Error::NotExpired,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Records `event` on `right_id`, by `who`, acting for the right's office.
	pub(crate) fn do_record_event(
		who: T::AccountId,
		right_id: RightId,
		event: KeyEvent,
		details: EventDetails<Vec<u8>>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		ensure!(T::Parties::acts_for_office(&who, right.office), Error::<T>::NotOffice);
		ensure!(event != KeyEvent::Expiry, Error::<T>::NotAnOfficeEvent);
		let stage = right.stage.after(event).map_err(Error::<T>::from)?;
		let rules = Self::rules_for(right.office, right.kind);
		ensure!(event != KeyEvent::Publication || rules.publication, Error::<T>::NoPublication);
		let recorded_at = now::<T>();
		ensure!(details.event_date >= right.filing_date, Error::<T>::EventBeforeFiling);
		ensure!(details.event_date <= recorded_at, Error::<T>::EventInFuture);
		let details = EventDetails {
			event_date: details.event_date,
			office_event_code: Reference::try_from(details.office_event_code)
				.map_err(|_| Error::<T>::ReferenceTooLong)?,
			gazette_reference: Reference::try_from(details.gazette_reference)
				.map_err(|_| Error::<T>::ReferenceTooLong)?,
		};
		let index = right.history_len;
		ensure!(index < T::MaxHistoryLen::get(), Error::<T>::HistoryFull);
		if stage == crate::Stage::Granted {
			right.term_ends = rules.first_term_end(right.filing_date, details.event_date);
		}

		History::<T>::insert(
			right_id,
			index,
			StatusRecord { event, stage, details, recorded_at, recorded_by: who.clone() },
		);

		right.history_len = index.saturating_add(1);
		right.stage = stage;
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
