//! Paris Convention priority claims.

use crate::{
	ApplicationIndex, Config, Error, Event, Pallet, PriorityClaim, PriorityClaimOf, Rights, Stage,
};
use alloc::vec::Vec;
use frame_support::ensure;
use ipledger_primitives::{date::add_months, text::is_token, traits::PartiesInspect, RightId};
use sp_runtime::DispatchResult;

/// `number` as one of this chain's application numbers, if it is plain decimal.
fn chain_number(number: &[u8]) -> Option<u32> {
	if number.is_empty() || !number.iter().all(u8::is_ascii_digit) {
		return None;
	}
	core::str::from_utf8(number).ok()?.parse().ok()
}

impl<T: Config> Pallet<T> {
	/// Adds `claim` to `right_id`, on the word of `who`, an account of an owner.
	pub(crate) fn do_claim_priority(
		who: T::AccountId,
		right_id: RightId,
		claim: PriorityClaim<Vec<u8>>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let party = T::Parties::party_of(&who).ok_or(Error::<T>::NoParty)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnApplicant);
		ensure!(right.stage == Stage::Filed, Error::<T>::PriorityTooLate);
		let rules = Self::rules_for(right.office, right.kind);
		ensure!(rules.priority_months > 0, Error::<T>::NoPriority);
		claim.office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(is_token(&claim.application_number), Error::<T>::InvalidApplicationNumber);
		ensure!(claim.filing_date < right.filing_date, Error::<T>::PriorityNotEarlier);
		let period_end = add_months(claim.filing_date, rules.priority_months);
		ensure!(right.filing_date <= period_end, Error::<T>::PriorityExpired);
		let on_chain = chain_number(&claim.application_number)
			.and_then(|number| ApplicationIndex::<T>::get(claim.office, number))
			.and_then(Rights::<T>::get);
		if let Some(earlier) = on_chain {
			ensure!(
				earlier.filing_date == claim.filing_date
					&& super::same_family(earlier.kind, right.kind),
				Error::<T>::PriorityMismatch
			);
		}
		let stored: PriorityClaimOf = PriorityClaim {
			office: claim.office,
			application_number: claim
				.application_number
				.try_into()
				.map_err(|_| Error::<T>::InvalidApplicationNumber)?,
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
