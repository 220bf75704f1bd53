//! Running royalties: reporting periods, what a report owes, how it is split, and default.

use super::{now, pay};
use crate::{BalanceOf, Config, Error, Event, Licence, LicenceId, Licences, Pallet};
use alloc::vec::Vec;
use frame_support::{ensure, BoundedVec};
use ipledger_primitives::{
	date::{add_months, earliest},
	origins::Actor,
	traits::RightsInspect,
	Moment, PartyId, MILLISECS_PER_DAY,
};
use sp_runtime::{traits::Zero, DispatchResult, Perbill};

/// Splits `amount` among `owners` by their shares, exactly: each owner gets its share of the
/// amount rounded down, and what rounding leaves (less than one unit per owner) goes to the
/// owner with the largest share, the first listed of those with equal shares. The parts sum to
/// `amount`.
pub fn split<Balance>(amount: Balance, owners: &[(PartyId, Perbill)]) -> Vec<(PartyId, Balance)>
where
	Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	let mut parts: Vec<(PartyId, Balance)> =
		owners.iter().map(|(owner, share)| (*owner, share.mul_floor(amount))).collect();
	let paid = parts.iter().fold(Balance::zero(), |sum, (_, part)| sum.saturating_add(*part));
	let largest =
		owners
			.iter()
			.enumerate()
			.fold(None, |best: Option<(usize, Perbill)>, (i, (_, share))| match best {
				Some((_, top)) if top >= *share => best,
				_ => Some((i, *share)),
			});
	if let Some((i, _)) = largest {
		parts[i].1 = parts[i].1.saturating_add(amount.saturating_sub(paid));
	}
	parts
}

impl<T: Config> Pallet<T> {
	/// Reporting period `period` of the licence: from its start (inclusive) to its end
	/// (exclusive), the last one cut where the licence stops covering anything (its
	/// effective end, or the end of its right's force: a lapse, a revocation); `None` if the
	/// licence pays no running royalty or the period starts after that end. A right restored
	/// after a lapse is in force again: its periods are owed again from the first unreported
	/// one, the gap's included.
	pub fn period_bounds(licence: &Licence<T>, period: u32) -> Option<(Moment, Moment)> {
		let months = licence.terms.payment.period_months;
		if months == 0 {
			return None;
		}
		let start = add_months(licence.terms.start, period.checked_mul(months)?);
		let end = add_months(licence.terms.start, period.checked_add(1)?.checked_mul(months)?);
		let cover_end =
			earliest(Self::effective_end(licence), T::Rights::end_of_force(licence.terms.right));
		match cover_end {
			Some(over) if start >= over => None,
			Some(over) => Some((start, end.min(over))),
			None => Some((start, end)),
		}
	}

	/// Who receives what of `due` for a period ending at `end`: a sublicence's parent
	/// licensee, or else the right's owners on the period's last moment by their shares (an
	/// assignment effective at its end pays the new owners from the next period on).
	pub(crate) fn royalty_payees(
		licence: &Licence<T>,
		due: BalanceOf<T>,
		end: Moment,
	) -> Vec<(PartyId, BalanceOf<T>)> {
		match licence.parent.and_then(Licences::<T>::get) {
			Some(parent) => alloc::vec![(parent.licensee, due)],
			None => split(due, &T::Rights::owners_on(licence.terms.right, end.saturating_sub(1))),
		}
	}

	/// Whether the licensee is in default: its next report was due more than the grace
	/// period ago.
	pub fn in_default(licence: &Licence<T>, now: Moment) -> bool {
		let grace =
			Moment::from(licence.terms.payment.grace_days).saturating_mul(MILLISECS_PER_DAY);
		Self::period_bounds(licence, licence.reported)
			.is_some_and(|(_, end)| end.saturating_add(grace) <= now)
	}

	/// Whether a period that started before the licence's end and before `now` is unreported.
	pub(crate) fn owes_reports(licence: &Licence<T>, now: Moment) -> bool {
		Self::period_bounds(licence, licence.reported).is_some_and(|(start, _)| start < now)
	}

	pub(crate) fn do_report(
		actor: Actor<T::AccountId>,
		id: LicenceId,
		period: u32,
		net_revenue: BalanceOf<T>,
		units: u64,
	) -> DispatchResult {
		let now = now::<T>();
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(licence.licensee == actor.party, Error::<T>::NotTheLicensee);
		ensure!(licence.terms.payment.runs(), Error::<T>::NoRoyalties);
		ensure!(period == licence.reported, Error::<T>::WrongPeriod);
		let (_, end) =
			Self::period_bounds(&licence, period).ok_or(Error::<T>::PeriodOutsideLicence)?;
		ensure!(end <= now, Error::<T>::PeriodNotOver);
		let due = Self::amount_due(&licence.terms, net_revenue, units)?;
		let parts = Self::royalty_payees(&licence, due, end);
		ensure!(!parts.is_empty() || due.is_zero(), Error::<T>::NoPayee);
		let payees: BoundedVec<_, T::MaxOwners> =
			parts.try_into().map_err(|_| Error::<T>::NoPayee)?;
		for (payee, amount) in &payees {
			pay::<T>(&actor.account, *payee, *amount)?;
		}
		licence.reported = licence.reported.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Licences::<T>::insert(id, licence);
		Self::deposit_event(Event::RoyaltiesPaid { licence: id, period, due, payees });
		Ok(())
	}
}
