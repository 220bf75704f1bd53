//! Recordal: an office records a licence of one of its rights in the right's history, and the
//! licence's end follows it there.

use super::now;
use crate::{Config, Error, Event, Licence, LicenceId, Licences, Pallet, RecordedLicences};
use alloc::vec::Vec;
use frame_support::{ensure, traits::EnsureOriginWithArg};
use frame_system::pallet_prelude::OriginFor;
use ipledger_primitives::{
	origins::refused_as,
	traits::{Recordal, RightsEffects, RightsInspect},
};
use sp_runtime::DispatchResult;

/// A licence's id as the registry's recordal names it: in decimal.
fn reference(id: LicenceId) -> Vec<u8> {
	alloc::format!("{id}").into_bytes()
}

impl<T: Config> Pallet<T> {
	/// Records licence `id` in its right's history, on the word of `origin`, which must act for
	/// the right's office.
	pub(crate) fn do_record_licence(origin: OriginFor<T>, id: LicenceId) -> DispatchResult {
		let licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		let right = licence.terms.right;
		let (_, office) = T::Rights::kind_and_office(right).ok_or(Error::<T>::UnknownRight)?;
		let office = office.ok_or(Error::<T>::NotRegistered)?;
		let actor =
			refused_as(T::OfficeOrigin::try_origin(origin, &office), Error::<T>::NotOffice)?;
		let now = now::<T>();
		ensure!(Self::in_force_on(&licence, now), Error::<T>::LicenceNotInForce);
		ensure!(!RecordedLicences::<T>::contains_key(id), Error::<T>::AlreadyRecorded);
		let reference = reference(id);
		T::Effects::record_licence(
			right,
			&actor.account,
			Recordal { date: now, reference: &reference },
		)?;
		RecordedLicences::<T>::insert(id, now);
		Self::deposit_event(Event::LicenceRecorded { licence: id, right, office: actor.party });
		Ok(())
	}

	/// Notes the end of licence `id`, if an office recorded it and its end is not noted yet, in
	/// its right's history, dated now, by `by`. Best effort: a history with no room left (or a
	/// right gone) does not keep a licence from ending or its deposit from being released; the
	/// licence's own record says it ended either way.
	pub(crate) fn note_recorded_end(id: LicenceId, licence: &Licence<T>, by: &T::AccountId) {
		if RecordedLicences::<T>::take(id).is_some() {
			let reference = reference(id);
			let recordal = Recordal { date: now::<T>(), reference: &reference };
			let _ = T::Effects::record_licence_end(licence.terms.right, by, recordal);
		}
	}
}
