//! The offices' rules per kind of right, and the end of a right's term.

use super::now;
use crate::{
	rules::KindRules, Config, Error, Event, History, KeyEvent, Pallet, Rights, Rules, Stage,
	StatusRecord,
};
use frame_support::{ensure, traits::Get};
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

	/// Records the expiry of `right_id`, whose term has ended, on the word of `who`.
	pub(crate) fn do_record_expiry(who: T::AccountId, right_id: RightId) -> DispatchResult {
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let recorded_at = now::<T>();
		let ended = match (right.stage, right.term_ends) {
			(Stage::Granted, Some(end)) if end <= recorded_at => end,
			_ => return Err(Error::<T>::NotExpired.into()),
		};
		let index = right.history_len;
		ensure!(index < T::MaxHistoryLen::get(), Error::<T>::HistoryFull);

		History::<T>::insert(
			right_id,
			index,
			StatusRecord {
				event: KeyEvent::Expiry,
				stage: Stage::Expired,
				details: crate::EventDetails {
					event_date: ended,
					office_event_code: Default::default(),
					gazette_reference: Default::default(),
				},
				recorded_at,
				recorded_by: who,
			},
		);
		right.history_len = index.saturating_add(1);
		right.stage = Stage::Expired;
		Rights::<T>::insert(right_id, right);
		Self::deposit_event(Event::RightExpired { right: right_id, on: ended });
		Ok(())
	}
}
