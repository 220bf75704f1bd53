//! The member states of the regional offices: treaty defaults, or governance's lists.

use crate::{Config, Error, Event, MemberStatesOf, Pallet};
use alloc::vec::Vec;
use frame_support::{ensure, BoundedVec};
use ipledger_primitives::{
	territory::{is_regional, CountryCode, Jurisdictions, MemberStates},
	OfficeCode,
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Sets `office`'s member states to `members` (sorted here), or with `None` restores the
	/// defaults.
	pub(crate) fn do_set_member_states(
		office: OfficeCode,
		members: Option<BoundedVec<CountryCode, T::MaxMemberStates>>,
	) -> DispatchResult {
		office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(is_regional(office), Error::<T>::NotRegionalOffice);
		let Some(mut members) = members else {
			MemberStatesOf::<T>::remove(office);
			let members = MemberStates::countries_of(office).len() as u32;
			Self::deposit_event(Event::MemberStatesSet { office, members, defaults: true });
			return Ok(());
		};
		members.sort();
		Self::check_member_states(&members)?;
		let count = members.len() as u32;
		MemberStatesOf::<T>::insert(office, members);
		Self::deposit_event(Event::MemberStatesSet { office, members: count, defaults: false });
		Ok(())
	}

	/// Checks a sorted list of member states: not empty, countries only, none twice.
	pub(crate) fn check_member_states(members: &[CountryCode]) -> Result<(), Error<T>> {
		ensure!(!members.is_empty(), Error::<T>::NoMemberStates);
		for member in members {
			member.validate().map_err(|_| Error::<T>::InvalidCountryCode)?;
		}
		ensure!(members.windows(2).all(|pair| pair[0] < pair[1]), Error::<T>::DuplicateMemberState);
		Ok(())
	}
}

/// What a right granted by an office covers: a national office's own country; a regional
/// office's member states as governance last set them, else its treaty's defaults.
impl<T: Config> Jurisdictions for Pallet<T> {
	fn countries_of(office: OfficeCode) -> Vec<CountryCode> {
		match MemberStatesOf::<T>::get(office) {
			Some(members) => members.into_inner(),
			None => MemberStates::countries_of(office),
		}
	}

	fn covers(office: OfficeCode, country: CountryCode) -> bool {
		match MemberStatesOf::<T>::get(office) {
			Some(members) => members.binary_search(&country).is_ok(),
			None => MemberStates::covers(office, country),
		}
	}
}
