//! Renewals and annuities paid to the office, and extensions of the maximum term.

use super::now;
use crate::{
	rules::Term, BalanceOf, Config, Error, Event, EventDetails, KeyEvent, Pallet, Rights,
	StatusRecord,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation},
};
use ipledger_primitives::{date::add_months, origins::Actor, RightId};
use sp_runtime::{traits::Zero, DispatchResult, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// Renews `right_id` for one period, paid by `actor`, an owner or its agent.
	pub(crate) fn do_renew(actor: Actor<T::AccountId>, right_id: RightId) -> DispatchResult {
		let Actor { account: who, party } = actor;
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnOwner);
		let office = right.registered_office()?;
		let stage = right.stage.after(KeyEvent::Renewal).map_err(Error::<T>::from)?;
		let rules = Self::rules_for(office, right.kind);
		let term = right.term.clone().ok_or(Error::<T>::NotRenewable)?;
		ensure!(rules.renewal_months > 0 && !term.is_final(), Error::<T>::NotRenewable);
		let recorded_at = now::<T>();
		let window_opens_before = add_months(recorded_at, rules.renewal_window_months);
		ensure!(window_opens_before >= term.ends, Error::<T>::RenewalTooEarly);
		ensure!(recorded_at < term.grace_ends, Error::<T>::RenewalTooLate);
		Self::next_history_index(&right, KeyEvent::Renewal)?;
		let office_account = Self::office_payee(office)?;
		let fee: BalanceOf<T> = rules.renewal_fee.saturated_into();
		if !fee.is_zero() {
			T::Currency::transfer(&who, &office_account, fee, Preservation::Preserve)
				.map_err(|_| Error::<T>::CannotAffordFee)?;
		}

		let mut paid_months = term.paid_months.saturating_add(rules.renewal_months);
		if let Some(max) = term.max_months {
			paid_months = paid_months.min(max);
		}
		let mut renewed = Term::new(
			term.start,
			paid_months,
			term.max_months,
			term.renewals.saturating_add(1),
			rules.grace_months,
		);
		renewed.extension_months = term.extension_months;
		let term_ends = renewed.ends;
		right.term = Some(renewed);
		let details = EventDetails::on(recorded_at);
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord {
				event: KeyEvent::Renewal,
				stage,
				details,
				recorded_at,
				recorded_by: who.clone(),
			},
		);
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::Renewed { right: right_id, paid_by: who, fee, term_ends });
		Ok(())
	}

	/// Extends the maximum term of `right_id` by `months`, by `who`, who acts for its office
	/// (the caller checked it).
	pub(crate) fn do_extend_term(
		who: T::AccountId,
		right_id: RightId,
		months: u32,
		details: EventDetails<Vec<u8>>,
	) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let stage = right.stage.after(KeyEvent::TermExtension).map_err(Error::<T>::from)?;
		let rules = Self::rules_for(right.registered_office()?, right.kind);
		ensure!(rules.max_extension_months > 0, Error::<T>::NotExtendable);
		let term = right.term.clone().ok_or(Error::<T>::NotExtendable)?;
		let max_months = term.max_months.ok_or(Error::<T>::NotExtendable)?;
		let extension_months = term.extension_months.saturating_add(months);
		ensure!(
			months > 0 && extension_months <= rules.max_extension_months,
			Error::<T>::ExtensionTooLong
		);
		let recorded_at = now::<T>();
		let details = Self::checked_details(right_id, &right, details, recorded_at)?;
		Self::ensure_term_running(&right, recorded_at)?;
		Self::next_history_index(&right, KeyEvent::TermExtension)?;

		let mut extended = Term::new(
			term.start,
			term.paid_months,
			Some(max_months.saturating_add(months)),
			term.renewals,
			rules.grace_months,
		);
		extended.extension_months = extension_months;
		if !term.is_final() {
			// Keep a grace period a restoration opened.
			extended.grace_ends = extended.grace_ends.max(term.grace_ends);
		}
		let limit = extended.limit().unwrap_or(extended.ends);
		right.term = Some(extended);
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord {
				event: KeyEvent::TermExtension,
				stage,
				details,
				recorded_at,
				recorded_by: who,
			},
		);
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::TermExtended { right: right_id, months, limit });
		Ok(())
	}
}
