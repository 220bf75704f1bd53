//! The parties pallet's logic, one file an area. Calls in `lib.rs` check the origin and hand
//! over to the `do_*` functions here, which verify everything first and write last.

mod accounts;
mod agents;
mod appeals;
mod attestations;
mod deposit;
mod inspect;
mod profile;
mod roles;
mod try_state;

use crate::{Config, Error, LocatorOf, NameOf};
use alloc::vec::Vec;
use ipledger_primitives::{text::is_text, Document, DocumentError, Moment, OfficeCode};

/// Now, in UNIX milliseconds; 0 while the genesis is built, before the chain has a time.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	use sp_runtime::traits::Zero;
	if frame_system::Pallet::<T>::block_number().is_zero() {
		return 0;
	}
	ipledger_primitives::date::moment_of(T::Time::now())
}

/// `name` as a stored name, if it is UTF-8 and fits.
pub(crate) fn checked_name<T: Config>(name: Vec<u8>) -> Result<NameOf<T>, Error<T>> {
	let name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
	if !is_text(&name) {
		return Err(Error::<T>::InvalidName);
	}
	Ok(name)
}

/// `code`, if it is a valid ST.3 code.
pub(crate) fn checked_country<T: Config>(code: OfficeCode) -> Result<OfficeCode, Error<T>> {
	code.validate().map_err(|_| Error::<T>::InvalidCountry)?;
	Ok(code)
}

/// `document` as stored, if it describes a document (size, media type, printable ASCII
/// locator) and fits.
pub(crate) fn checked_document<T: Config>(
	document: Option<Document<Vec<u8>>>,
) -> Result<Option<Document<LocatorOf<T>>>, Error<T>> {
	let Some(document) = document else { return Ok(None) };
	document.bounded().map(Some).map_err(|e| match e {
		DocumentError::Empty => Error::<T>::EmptyDocument,
		DocumentError::InvalidMediaType => Error::<T>::InvalidMediaType,
		DocumentError::InvalidLocator => Error::<T>::InvalidLocator,
		DocumentError::LocatorTooLong => Error::<T>::LocatorTooLong,
	})
}
