//! Paris Convention priority claims.

use crate::{
	types::MAX_FOREIGN_NUMBER_LEN, ApplicationIndex, Config, Error, Event, Ownership, Pallet,
	PriorityClaim, PriorityClaimOf, Rights, Stage,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::ConstU32, BoundedVec};
use ipledger_primitives::{
	date::add_months, text::is_token, Moment, OfficeCode, PartyId, RightId, MILLISECS_PER_DAY,
};
use sp_runtime::DispatchResult;

/// `number`, an application number of `office`, as one of this chain's application numbers:
/// decimal digits, with or without leading zeros, optionally after the office's code and a
/// hyphen (`42`, `000042`, `EP000042`, `EP-000042`).
fn chain_number(office: OfficeCode, number: &[u8]) -> Option<u32> {
	let mut digits = number.strip_prefix(&office.0[..]).unwrap_or(number);
	if digits.len() < number.len() {
		digits = digits.strip_prefix(b"-").unwrap_or(digits);
	}
	if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
		return None;
	}
	let significant = digits.iter().position(|d| *d != b'0').map_or(&[][..], |i| &digits[i..]);
	if significant.len() > 10 {
		return None;
	}
	significant
		.iter()
		.try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(u32::from(d - b'0')))
}

/// The calendar day (UTC) of a moment: days since 1970-01-01.
fn day_of(moment: Moment) -> Moment {
	moment / MILLISECS_PER_DAY
}

impl<T: Config> Pallet<T> {
	/// Adds `claim` to `right_id`, on the word of `party`, an owner or its agent.
	pub(crate) fn do_claim_priority(
		party: PartyId,
		right_id: RightId,
		claim: PriorityClaim<Vec<u8>>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnOwner);
		ensure!(right.stage == Stage::Filed, Error::<T>::PriorityTooLate);
		let rules = Self::rules_for(right.registered_office()?, right.kind);
		ensure!(rules.priority_months > 0, Error::<T>::NoPriority);
		claim.office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		let number: BoundedVec<u8, ConstU32<MAX_FOREIGN_NUMBER_LEN>> = claim
			.application_number
			.try_into()
			.map_err(|_| Error::<T>::InvalidApplicationNumber)?;
		ensure!(is_token(&number), Error::<T>::InvalidApplicationNumber);
		ensure!(claim.filing_date < right.filing_date, Error::<T>::PriorityNotEarlier);
		// The period runs in calendar days: the earlier filing date is a date (its office's day,
		// at midnight UTC), and this filing is in time at any hour of the period's last day in
		// this office's time zone.
		let period_end = add_months(claim.filing_date, rules.priority_months);
		let filed_on = day_of(rules.local(right.filing_date));
		ensure!(filed_on <= day_of(period_end), Error::<T>::PriorityExpired);
		let earlier_id = chain_number(claim.office, &number)
			.and_then(|number| ApplicationIndex::<T>::get(claim.office, number));
		if let Some((earlier_id, earlier)) =
			earlier_id.and_then(|id| Some((id, Rights::<T>::get(id)?)))
		{
			ensure!(
				earlier.filing_date == claim.filing_date
					&& super::same_family(earlier.kind, right.kind),
				Error::<T>::PriorityMismatch
			);
			// The right of priority belongs to the earlier applicant or its successor in title.
			let applicants = Ownership::<T>::get(earlier_id, 0).map(|first| first.owners);
			let entitled = |party: &PartyId| {
				earlier.owners.iter().any(|(owner, _)| owner == party)
					|| applicants.as_ref().is_some_and(|a| a.iter().any(|(p, _)| p == party))
			};
			ensure!(
				right.owners.iter().any(|(owner, _)| entitled(owner)),
				Error::<T>::NotPriorityApplicant
			);
		}
		let stored: PriorityClaimOf = PriorityClaim {
			office: claim.office,
			application_number: number,
			filing_date: claim.filing_date,
		};
		ensure!(!right.priorities.contains(&stored), Error::<T>::PriorityNotAdded);
		right.priorities.try_push(stored).map_err(|_| Error::<T>::PriorityNotAdded)?;
		right.priorities.sort_by_key(|claim| claim.filing_date);

		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::PriorityClaimed {
			right: right_id,
			office: claim.office,
			filing_date: claim.filing_date,
		});
		Ok(())
	}
}
