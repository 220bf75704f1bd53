//! IP offices.

use super::{ensure_distinct, is_text};
use crate::{Config, Error, Event, Office, Offices, Pallet};
use alloc::vec::Vec;
use frame_support::{ensure, BoundedVec};
use ipledger_primitives::OfficeCode;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Registers `office` with its `name` and `admins`.
	pub(crate) fn do_register_office(
		office: OfficeCode,
		name: Vec<u8>,
		admins: Vec<T::AccountId>,
	) -> DispatchResult {
		office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(!Offices::<T>::contains_key(office), Error::<T>::OfficeExists);
		ensure!(is_text(&name), Error::<T>::InvalidName);
		let name: BoundedVec<_, _> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(!admins.is_empty(), Error::<T>::NoAdmins);
		let admins: BoundedVec<_, _> = admins.try_into().map_err(|_| Error::<T>::TooManyAdmins)?;
		ensure_distinct(&admins, Error::<T>::DuplicateAdmin)?;

		Offices::<T>::insert(office, Office { name, admins, next_application_number: 1 });
		Self::deposit_event(Event::OfficeRegistered { office });
		Ok(())
	}

	/// Whether `who` is an admin of `office`.
	pub fn is_office_admin(office: &OfficeCode, who: &T::AccountId) -> bool {
		Offices::<T>::get(office).is_some_and(|o| o.admins.contains(who))
	}
}
