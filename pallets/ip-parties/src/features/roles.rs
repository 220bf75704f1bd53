//! Authority roles, offices and their examiners.

use super::{checked_country, now};
use crate::{Config, Error, Event, Examiners, OfficeSeat, Offices, Pallet, Parties, Roles};
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{AuthorityRole, OfficeCode, PartyId, PartyKind};
use sp_runtime::{traits::Saturating, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Makes `party` an authority.
	pub(crate) fn do_make_authority(party: PartyId) -> DispatchResult {
		let mut record = Parties::<T>::get(party).ok_or(Error::<T>::UnknownParty)?;
		ensure!(record.kind != PartyKind::Authority, Error::<T>::AlreadyAuthority);
		record.kind = PartyKind::Authority;
		Parties::<T>::insert(party, record);
		Self::deposit_event(Event::PartyMadeAuthority { party });
		Ok(())
	}

	/// Gives `party` (an authority) `role` for `jurisdiction`.
	pub(crate) fn do_grant_role(
		party: PartyId,
		role: AuthorityRole,
		jurisdiction: OfficeCode,
	) -> DispatchResult {
		let jurisdiction = checked_country::<T>(jurisdiction)?;
		let mut record = Parties::<T>::get(party).ok_or(Error::<T>::UnknownParty)?;
		ensure!(record.kind == PartyKind::Authority, Error::<T>::NotAnAuthority);
		ensure!(!Roles::<T>::contains_key(party, (role, jurisdiction)), Error::<T>::RoleExists);
		if role == AuthorityRole::IpOffice {
			ensure!(!Offices::<T>::contains_key(jurisdiction), Error::<T>::OfficeTaken);
		}
		Self::count_role(&mut record.roles)?;

		if role == AuthorityRole::IpOffice {
			Offices::<T>::insert(jurisdiction, OfficeSeat { party, examiners: 0 });
		}
		Roles::<T>::insert(party, (role, jurisdiction), now::<T>());
		Parties::<T>::insert(party, record);
		Self::deposit_event(Event::RoleGranted { party, role, jurisdiction });
		Ok(())
	}

	/// Takes `role` for `jurisdiction` from `party`; returns how many examiners were dismissed
	/// with it.
	pub(crate) fn do_revoke_role(
		party: PartyId,
		role: AuthorityRole,
		jurisdiction: OfficeCode,
	) -> Result<u32, DispatchError> {
		ensure!(Roles::<T>::contains_key(party, (role, jurisdiction)), Error::<T>::RoleNotHeld);
		let mut dismissed = 0;
		match role {
			AuthorityRole::IpOffice => {
				for (examiner, ()) in Examiners::<T>::drain_prefix(jurisdiction) {
					Self::drop_role(examiner, AuthorityRole::Examiner, jurisdiction);
					Self::deposit_event(Event::ExaminerDismissed {
						office: jurisdiction,
						examiner,
					});
					dismissed += 1;
				}
				Offices::<T>::remove(jurisdiction);
			},
			AuthorityRole::Examiner => {
				Examiners::<T>::remove(jurisdiction, party);
				Offices::<T>::mutate(jurisdiction, |seat| {
					if let Some(seat) = seat {
						seat.examiners.saturating_dec();
					}
				});
			},
			_ => {},
		}
		Self::drop_role(party, role, jurisdiction);
		Self::deposit_event(Event::RoleRevoked { party, role, jurisdiction });
		Ok(dismissed)
	}

	/// Appoints `examiner` for `office`, on the word of `who`, an account of the office.
	pub(crate) fn do_appoint_examiner(
		who: T::AccountId,
		office: OfficeCode,
		examiner: PartyId,
	) -> DispatchResult {
		let mut seat = Self::seat_of_signer(&who, office)?;
		let mut record = Parties::<T>::get(examiner).ok_or(Error::<T>::UnknownParty)?;
		let role = (AuthorityRole::Examiner, office);
		ensure!(!Roles::<T>::contains_key(examiner, role), Error::<T>::RoleExists);
		ensure!(seat.examiners < T::MaxExaminers::get(), Error::<T>::TooManyExaminers);
		seat.examiners += 1;
		Self::count_role(&mut record.roles)?;

		Examiners::<T>::insert(office, examiner, ());
		Offices::<T>::insert(office, seat);
		Roles::<T>::insert(examiner, role, now::<T>());
		Parties::<T>::insert(examiner, record);
		Self::deposit_event(Event::ExaminerAppointed { office, examiner });
		Ok(())
	}

	/// Dismisses `examiner` of `office`, on the word of `who`, an account of the office.
	pub(crate) fn do_dismiss_examiner(
		who: T::AccountId,
		office: OfficeCode,
		examiner: PartyId,
	) -> DispatchResult {
		let mut seat = Self::seat_of_signer(&who, office)?;
		ensure!(Examiners::<T>::contains_key(office, examiner), Error::<T>::RoleNotHeld);
		seat.examiners.saturating_dec();

		Examiners::<T>::remove(office, examiner);
		Offices::<T>::insert(office, seat);
		Self::drop_role(examiner, AuthorityRole::Examiner, office);
		Self::deposit_event(Event::ExaminerDismissed { office, examiner });
		Ok(())
	}

	/// The seat of `office`, if `who` is an account of the office's own party.
	fn seat_of_signer(who: &T::AccountId, office: OfficeCode) -> Result<OfficeSeat, Error<T>> {
		let seat = Offices::<T>::get(office).ok_or(Error::<T>::UnknownOffice)?;
		let linked = Parties::<T>::get(seat.party).is_some_and(|party| party.is_linked(who));
		ensure!(linked, Error::<T>::NotOffice);
		Ok(seat)
	}

	/// Counts one more role of a party, within `MaxRoles`.
	fn count_role(roles: &mut u32) -> Result<(), Error<T>> {
		ensure!(*roles < T::MaxRoles::get(), Error::<T>::TooManyRoles);
		*roles += 1;
		Ok(())
	}

	/// Removes a role entry and uncounts it.
	fn drop_role(party: PartyId, role: AuthorityRole, jurisdiction: OfficeCode) {
		Roles::<T>::remove(party, (role, jurisdiction));
		Parties::<T>::mutate(party, |record| {
			if let Some(record) = record {
				record.roles.saturating_dec();
			}
		});
	}
}
