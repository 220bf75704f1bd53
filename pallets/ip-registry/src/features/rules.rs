//! The offices' rules per kind of right, and the end of a right's term.

use super::now;
use crate::{
	rules::KindRules, Config, Error, Event, EventDetails, KeyEvent, Pallet, Rights, Rules, Stage,
	StatusRecord,
};
use frame_support::ensure;
use ipledger_primitives::{Balance, OfficeCode, RightId, RightKind};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// The rules `office` applies to `kind`: those governance set, else the defaults.
	pub fn rules_for(office: OfficeCode, kind: RightKind) -> KindRules<Balance> {
		Rules::<T>::get(office, kind).unwrap_or_else(|| KindRules::default_for(kind))
	}

	/// Sets `office`'s rules for `kind`.
	pub(crate) fn do_set_rules(
		office: OfficeCode,
		kind: RightKind,
		rules: KindRules<Balance>,
	) -> DispatchResult {
		office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(kind.is_registered(), Error::<T>::NotRegistrable);
		rules.validate().map_err(|_| Error::<T>::InvalidRules)?;
		Rules::<T>::insert(office, kind, rules);
		Self::deposit_event(Event::RulesSet { office, kind });
		Ok(())
	}

	/// Records the expiry or the lapse of `right_id`, whose protection has ended, on the word
	/// of `who`. The event is dated when it became certain (the term's end, or the end of the
	/// grace for a lapse; after the right's latest event, which may lie in the grace period)
	/// and takes effect at the end of the paid period.
	pub(crate) fn do_record_term_end(who: T::AccountId, right_id: RightId) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let recorded_at = now::<T>();
		let (event, stage, ended, certain) = match (right.stage, &right.term) {
			(Stage::Granted, Some(term)) if term.is_final() && term.ends <= recorded_at => {
				(KeyEvent::Expiry, Stage::Expired, term.ends, term.ends)
			},
			(Stage::Granted, Some(term)) if !term.is_final() && term.grace_ends <= recorded_at => {
				(KeyEvent::Lapse, Stage::Lapsed, term.ends, term.grace_ends)
			},
			_ => return Err(Error::<T>::TermNotEnded.into()),
		};
		Self::next_history_index(&right, event)?;

		let latest = Self::last_record(right_id, &right).map(|r| r.details.event_date);
		let event_date = latest.map_or(certain, |latest| latest.max(certain));
		let details = EventDetails {
			effective_date: (ended != event_date).then_some(ended),
			..EventDetails::on(event_date)
		};
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord { event, stage, details, recorded_at, recorded_by: who },
		);
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(match event {
			KeyEvent::Expiry => Event::RightExpired { right: right_id, on: ended },
			_ => Event::RightLapsed { right: right_id, on: ended },
		});
		Ok(())
	}
}
