//! The registry's logic, one file an area. Calls in `lib.rs` check the origin and hand over to
//! the `do_*` functions here, which verify everything first and write last.

mod anchors;
mod effects;
mod filing;
pub(crate) mod inspect;
mod inventors;
mod links;
mod numbers;
mod priority;
mod renewal;
mod rules;
mod status;
mod territory;
mod transfers;
mod try_state;

pub(crate) use filing::Filed;

use crate::{
	types::{EventDetails, KeyEvent, Reference, Right, Stage, StatusRecord},
	Config, Error, History, HoldReason, Pallet, Rights,
};
use alloc::vec::Vec;
use frame_support::traits::{fungible::MutateHold, tokens::Precision, Get};
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};
use frame_system::pallet_prelude::OriginFor;
use ipledger_primitives::origins::{refused_as, Actor};
pub(crate) use ipledger_primitives::text::is_text;
use ipledger_primitives::{Moment, PartyId, RightId, RightKind};

/// Now, in UNIX milliseconds.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	ipledger_primitives::date::moment_of(T::Time::now())
}

/// Whether `party` (the signer's) acts for one of `parties`: it is one of them, or an agent of
/// one. The signer's party is looked up once by the caller, not once per party.
pub(crate) fn acts_for_one_of<T: Config>(
	party: PartyId,
	mut parties: impl Iterator<Item = PartyId>,
) -> bool {
	parties.any(|other| acts_for::<T>(party, other))
}

/// Whether `party` (the signer's) acts for `other`: it is `other`, or its agent.
pub(crate) fn acts_for<T: Config>(party: PartyId, other: PartyId) -> bool {
	use ipledger_primitives::traits::PartiesInspect;
	other == party || T::Parties::is_agent(party, other)
}

/// Kinds whose applications may claim each other's priority, or descend from each other (a
/// utility model from a patent application, and the reverse).
pub(crate) fn same_family(a: RightKind, b: RightKind) -> bool {
	use RightKind::*;
	a == b || matches!((a, b), (Patent, UtilityModel) | (UtilityModel, Patent))
}

/// Checks that no item of `items` appears twice.
pub(crate) fn ensure_distinct<T: Config, I: PartialEq>(
	items: &[I],
	duplicate: Error<T>,
) -> Result<(), Error<T>> {
	for (i, item) in items.iter().enumerate() {
		if items[..i].contains(item) {
			return Err(duplicate);
		}
	}
	Ok(())
}

/// Releases a deposit this pallet held. Best effort: the hold is there unless a slash took
/// it, and then there is nothing more to give back.
pub(crate) fn release_deposit<T: Config>(
	reason: HoldReason,
	depositor: &T::AccountId,
	amount: crate::BalanceOf<T>,
) {
	let _ = T::Currency::release(&reason.into(), depositor, amount, Precision::BestEffort);
}

impl<T: Config> Pallet<T> {
	/// The party `origin` acts as, through `PartyOrigin`: `NoParty` for a signer it refuses,
	/// `BadOrigin` for an origin that is not signed.
	pub(crate) fn party_actor(
		origin: OriginFor<T>,
	) -> Result<Actor<T::AccountId>, sp_runtime::DispatchError> {
		refused_as(T::PartyOrigin::try_origin(origin), Error::<T>::NoParty)
	}

	/// The office of `right_id`'s jurisdiction as `origin` acts for it, through `OfficeOrigin`:
	/// `UnknownRight` if no right has the id, `NoOffice` for an unregistered right, `NotOffice`
	/// for a signer it refuses, `BadOrigin` for an origin that is not signed.
	pub(crate) fn office_actor(
		origin: OriginFor<T>,
		right_id: RightId,
	) -> Result<Actor<T::AccountId>, sp_runtime::DispatchError> {
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let office = right.registered_office()?;
		refused_as(T::OfficeOrigin::try_origin(origin, &office), Error::<T>::NotOffice)
	}

	/// The account that fees to the office of `jurisdiction` are paid to: `UnknownOffice` if
	/// no party is that office, `NoOfficeAccount` if it has no account.
	pub(crate) fn office_payee(
		jurisdiction: ipledger_primitives::OfficeCode,
	) -> Result<T::AccountId, Error<T>> {
		use ipledger_primitives::traits::PartiesInspect;
		let office = T::Parties::office(jurisdiction).ok_or(Error::<T>::UnknownOffice)?;
		T::Parties::account_of(office).ok_or(Error::<T>::NoOfficeAccount)
	}

	/// `details` of an event on `right_id` checked and bounded: dated not before the filing,
	/// not before the right's latest event, and not after `now`; effective (if that is given)
	/// not before the filing and not after the event date.
	pub(crate) fn checked_details(
		right_id: RightId,
		right: &Right<T>,
		details: EventDetails<Vec<u8>>,
		now: Moment,
	) -> Result<EventDetails<Reference>, Error<T>> {
		frame_support::ensure!(
			details.event_date >= right.filing_date,
			Error::<T>::EventBeforeFiling
		);
		frame_support::ensure!(details.event_date <= now, Error::<T>::EventInFuture);
		let latest = Self::last_record(right_id, right).map(|r| r.details.event_date);
		frame_support::ensure!(
			latest.is_none_or(|latest| details.event_date >= latest),
			Error::<T>::EventOutOfOrder
		);
		frame_support::ensure!(
			details.effective_date.is_none_or(|effective| {
				effective >= right.filing_date && effective <= details.event_date
			}),
			Error::<T>::InvalidEffectiveDate
		);
		Ok(EventDetails {
			event_date: details.event_date,
			effective_date: details.effective_date,
			office_event_code: Reference::try_from(details.office_event_code)
				.map_err(|_| Error::<T>::ReferenceTooLong)?,
			gazette_reference: Reference::try_from(details.gazette_reference)
				.map_err(|_| Error::<T>::ReferenceTooLong)?,
		})
	}

	/// The latest entry of the right's history.
	pub(crate) fn last_record(right_id: RightId, right: &Right<T>) -> Option<StatusRecord<T>> {
		History::<T>::get(right_id, right.history_len.checked_sub(1)?)
	}

	/// The entries of a history kept for the events that end a right and for the releases of
	/// its security interests, so that a full history never freezes a right: two ending
	/// events (a lapse, then a revocation) and a release for each security interest.
	pub(crate) fn history_reserve() -> u32 {
		T::MaxSecurityInterests::get().saturating_add(2)
	}

	/// The index the right's next history entry, recording `event`, gets, if its history has
	/// room for it: an event that ends the right or releases a security interest may use the
	/// reserved entries ([`Self::history_reserve`]), any other event may not.
	pub(crate) fn next_history_index(right: &Right<T>, event: KeyEvent) -> Result<u32, Error<T>> {
		let max = T::MaxHistoryLen::get();
		let limit = if event.ends_right() || event == KeyEvent::SecurityInterestReleased {
			max
		} else {
			max.saturating_sub(Self::history_reserve())
		};
		frame_support::ensure!(right.history_len < limit, Error::<T>::HistoryFull);
		Ok(right.history_len)
	}

	/// Checks that `right` is still protected now and on `date` (an event's date, not after
	/// now), as far as its term goes: a granted right past its term (or past the grace of a
	/// renewal it missed) is no longer in force even before its expiry or lapse is recorded,
	/// and nothing but the events that end it may follow.
	pub(crate) fn ensure_term_running(right: &Right<T>, date: Moment) -> Result<(), Error<T>> {
		let Some(term) = right.term.as_ref().filter(|_| right.stage == Stage::Granted) else {
			return Ok(());
		};
		let now = now::<T>();
		if term.covers(now, now) && term.covers(date, now) {
			return Ok(());
		}
		Err(if term.is_final() { Error::<T>::Expired } else { Error::<T>::Lapsed })
	}

	/// Stores the new right `id`, with the first entry of its history (`first`, dated at its
	/// filing date, by its filer, at its stage) and of its chain of title (its owners), and
	/// indexes its owners. `right` says its history and chain of title have one entry each.
	pub(crate) fn store_new_right(id: RightId, right: Right<T>, first: KeyEvent) {
		for (owner, _) in &right.owners {
			crate::RightsOf::<T>::insert(owner, id, ());
		}
		let since = right.filing_date;
		crate::Ownership::<T>::insert(
			id,
			0,
			crate::OwnershipRecord { owners: right.owners.clone(), since, history_index: 0 },
		);
		let change = crate::StageChange { effective: since, stage: right.stage };
		crate::StageChanges::<T>::insert(
			id,
			frame_support::BoundedVec::truncate_from(alloc::vec![change]),
		);
		History::<T>::insert(
			id,
			0,
			StatusRecord {
				event: first,
				stage: right.stage,
				details: EventDetails::on(since),
				recorded_at: since,
				recorded_by: right.filed_by.clone(),
			},
		);
		Rights::<T>::insert(id, right);
	}

	/// The id the next new right gets, taken: `NextRightId` moves on. `Overflow` (and nothing
	/// taken) when no id is left. The caller checked everything else first.
	pub(crate) fn take_right_id() -> Result<RightId, Error<T>> {
		let id = crate::NextRightId::<T>::get();
		crate::NextRightId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Ok(id)
	}

	/// Appends `record` to the right's history and moves the right to the record's stage; at
	/// a final stage, open oppositions end and a proposed transfer is dropped. The caller
	/// checked the room with [`Self::next_history_index`] and writes `right` back.
	pub(crate) fn push_history(right_id: RightId, right: &mut Right<T>, record: StatusRecord<T>) {
		if record.stage != right.stage {
			let change =
				crate::StageChange { effective: record.details.effective(), stage: record.stage };
			// It fits: a change per entry at most, and the caller checked the history's room.
			crate::StageChanges::<T>::mutate(right_id, |changes| {
				let _ = changes.try_push(change);
			});
		}
		right.stage = record.stage;
		if right.stage.is_final() {
			right.oppositions = 0;
			Self::drop_transfer(right_id);
		}
		History::<T>::insert(right_id, right.history_len, record);
		right.history_len = right.history_len.saturating_add(1);
	}
}
