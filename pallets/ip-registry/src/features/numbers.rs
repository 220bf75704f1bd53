//! The office's own numbers of a right (WIPO ST.13), beside the chain's sequence numbers.

use super::is_text;
use crate::{
	Config, Error, Event, OfficeNumber, OfficeNumbers, Pallet, RightByOfficeNumber, Rights,
};
use alloc::vec::Vec;
use frame_support::ensure;
use ipledger_primitives::{text::is_token, OfficeCode, OfficeNumberKind, RightId};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Gives `right_id` the office's `number` of `kind`, replacing the one it had; the office
	/// (whose origin the caller checked) gives each number of a kind to one right only.
	pub(crate) fn do_set_office_number(
		right_id: RightId,
		kind: OfficeNumberKind,
		number: Vec<u8>,
	) -> DispatchResult {
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let number: OfficeNumber =
			number.try_into().map_err(|_| Error::<T>::InvalidOfficeNumber)?;
		ensure!(is_token(&number) && is_text(&number), Error::<T>::InvalidOfficeNumber);
		let key = (right.registered_office()?, kind);
		if let Some(holder) = RightByOfficeNumber::<T>::get(key, &number) {
			ensure!(holder == right_id, Error::<T>::OfficeNumberTaken);
			return Ok(());
		}
		if let Some(old) = OfficeNumbers::<T>::get(right_id, kind) {
			RightByOfficeNumber::<T>::remove(key, old);
		}
		RightByOfficeNumber::<T>::insert(key, &number, right_id);
		OfficeNumbers::<T>::insert(right_id, kind, number.clone());
		Self::deposit_event(Event::OfficeNumberSet { right: right_id, kind, number });
		Ok(())
	}

	/// The right `office` gave its `number` of `kind` to.
	pub fn by_office_number(
		office: OfficeCode,
		kind: OfficeNumberKind,
		number: &[u8],
	) -> Option<RightId> {
		let number = OfficeNumber::try_from(number.to_vec()).ok()?;
		RightByOfficeNumber::<T>::get((office, kind), number)
	}

	/// The office's numbers of `right_id`, by kind.
	pub fn office_numbers(right_id: RightId) -> Vec<(OfficeNumberKind, Vec<u8>)> {
		OfficeNumbers::<T>::iter_prefix(right_id)
			.map(|(kind, number)| (kind, number.into_inner()))
			.collect()
	}
}
