//! Assignments and security interests: proposed, approved by every party concerned, then
//! recorded by the office, when they take effect. An unregistered right has no office: its
//! transfer takes effect with the approval that completes it.

use super::{acts_for, now, release_deposit};
use crate::{
	types::{
		Document, EventDetails, KeyEvent, OwnersOf, OwnershipRecord, Right, SecurityInterestRecord,
		StatusRecord, Transfer, TransferKind, TransferKindOf,
	},
	Config, Error, Event, HoldReason, Ownership, Pallet, PendingTransfers, Rights, RightsOf,
	SecuredBy, SecurityInterests,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, EnsureOrigin, EnsureOriginWithArg, Get},
	BoundedVec,
};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use ipledger_primitives::{origins::Actor, traits::PartiesInspect, Moment, PartyId, RightId};
use sp_runtime::{DispatchResult, Perbill};

/// The key event that records a transfer of this kind.
pub(crate) fn event_of<O>(kind: &TransferKind<O>) -> KeyEvent {
	match kind {
		TransferKind::Assignment { .. } => KeyEvent::OwnershipChange,
		TransferKind::SecurityInterest { .. } => KeyEvent::SecurityInterest,
		TransferKind::Release { .. } => KeyEvent::SecurityInterestReleased,
	}
}

/// Who must approve a transfer of `right`: the owners who must consent, and the incoming
/// parties who must accept.
fn required<T: Config>(right: &Right<T>, kind: &TransferKindOf<T>) -> (Vec<PartyId>, Vec<PartyId>) {
	let owners: Vec<PartyId> = right.owners.iter().map(|(owner, _)| *owner).collect();
	match kind {
		TransferKind::Assignment { to } => {
			let incoming = to
				.iter()
				.map(|(party, _)| *party)
				.filter(|party| !owners.contains(party))
				.collect();
			(owners, incoming)
		},
		TransferKind::SecurityInterest { holder } => (owners, alloc::vec![*holder]),
		TransferKind::Release { holder } => (Vec::new(), alloc::vec![*holder]),
	}
}

/// Whether every party concerned approved.
fn is_complete<T: Config>(right: &Right<T>, transfer: &Transfer<T>) -> bool {
	let (consents, acceptances) = required(right, &transfer.kind);
	consents.iter().all(|party| transfer.consents.contains(party))
		&& acceptances.iter().all(|party| transfer.acceptances.contains(party))
}

/// Adds to `transfer` the approvals of `signer` (a party) that are still missing: its consent
/// as a current owner, its acceptance as an incoming party. Disposing of a right is the party's
/// own act: an agent's approval does not count for its principal.
fn approve<T: Config>(
	right: &Right<T>,
	transfer: &mut Transfer<T>,
	signer: PartyId,
) -> Result<Vec<PartyId>, Error<T>> {
	let (consents, acceptances) = required(right, &transfer.kind);
	if !consents.contains(&signer) && !acceptances.contains(&signer) {
		let as_agent = consents.iter().chain(&acceptances).any(|p| acts_for::<T>(signer, *p));
		return Err(if as_agent {
			Error::<T>::AgentCannotDispose
		} else {
			Error::<T>::NotInvolved
		});
	}
	let mut approved = Vec::new();
	for (needed, given) in
		[(consents, &mut transfer.consents), (acceptances, &mut transfer.acceptances)]
	{
		if needed.contains(&signer) && !given.contains(&signer) {
			// Each list holds distinct owners or distinct assignees: at most `MaxOwners`.
			given.try_push(signer).map_err(|_| Error::<T>::TooManyApplicants)?;
			approved.push(signer);
		}
	}
	ensure!(!approved.is_empty(), Error::<T>::NothingToApprove);
	Ok(approved)
}

/// Checks that `signer` (a party) may propose `kind`: an owner itself proposes an assignment or
/// a security interest, the secured party itself its release. Neither an agent nor an incoming
/// party can take the right's one pending-transfer slot.
fn ensure_proposer<T: Config, O>(
	right: &Right<T>,
	kind: &TransferKind<O>,
	signer: PartyId,
) -> Result<(), Error<T>> {
	let (allowed, refusal) = match kind {
		TransferKind::Assignment { .. } | TransferKind::SecurityInterest { .. } => {
			(right.owners.iter().any(|(owner, _)| *owner == signer), Error::<T>::NotAnOwner)
		},
		TransferKind::Release { holder } => (*holder == signer, Error::<T>::NotTheHolder),
	};
	if allowed {
		return Ok(());
	}
	let owners = right.owners.iter().map(|(owner, _)| *owner);
	let as_agent = match kind {
		TransferKind::Release { holder } => acts_for::<T>(signer, *holder),
		_ => super::acts_for_one_of::<T>(signer, owners),
	};
	Err(if as_agent { Error::<T>::AgentCannotDispose } else { refusal })
}

/// The same owners and shares, in any order.
fn same_owners(a: &[(PartyId, Perbill)], b: &[(PartyId, Perbill)]) -> bool {
	a.len() == b.len() && a.iter().all(|owner| b.contains(owner))
}

impl<T: Config> Pallet<T> {
	/// Proposes the transfer `kind` of `right_id`, by `actor`, an owner (or for a release, the
	/// holder). Returns whether it took effect at once (an unregistered right's transfer that
	/// the proposer's approval completes).
	pub(crate) fn do_propose_transfer(
		actor: Actor<T::AccountId>,
		right_id: RightId,
		kind: TransferKind<Vec<(PartyId, Perbill)>>,
		document: Document<Vec<u8>>,
	) -> Result<bool, sp_runtime::DispatchError> {
		let Actor { account: who, party: signer } = actor;
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		ensure_proposer(&right, &kind, signer)?;
		ensure!(!PendingTransfers::<T>::contains_key(right_id), Error::<T>::TransferPending);
		right.stage.after(event_of(&kind)).map_err(Error::<T>::from)?;
		let proposed_at = now::<T>();
		if !matches!(kind, TransferKind::Release { .. }) {
			Self::ensure_term_running(&right, proposed_at)?;
		}
		let kind: TransferKindOf<T> = match kind {
			TransferKind::Assignment { to } => {
				let to = Self::checked_shares(to)?;
				ensure!(!same_owners(&to, &right.owners), Error::<T>::NoChange);
				TransferKind::Assignment { to }
			},
			TransferKind::SecurityInterest { holder } => {
				Self::check_new_interest(right_id, holder)?;
				TransferKind::SecurityInterest { holder }
			},
			TransferKind::Release { holder } => {
				ensure!(SecuredBy::<T>::contains_key(holder, right_id), Error::<T>::NotSecured);
				TransferKind::Release { holder }
			},
		};
		let document = Self::checked_document(document)?;
		let deposit = T::TransferDeposit::get();
		let mut transfer = Transfer {
			kind,
			document,
			consents: BoundedVec::new(),
			acceptances: BoundedVec::new(),
			proposed_at,
			depositor: who.clone(),
			deposit,
		};
		let approved = approve(&right, &mut transfer, signer)?;
		T::Currency::hold(&HoldReason::Transfer.into(), &who, deposit)
			.map_err(|_| Error::<T>::CannotAffordDeposit)?;

		let complete = is_complete(&right, &transfer);
		Self::deposit_event(Event::TransferProposed {
			right: right_id,
			kind: transfer.kind.clone(),
		});
		Self::store_approvals(who, right_id, right, transfer, approved, complete)
	}

	/// Approves the transfer of `right_id` for `actor`'s party, if it is a party concerned.
	/// Returns whether the transfer took effect (an unregistered right's, now complete).
	pub(crate) fn do_approve_transfer(
		actor: Actor<T::AccountId>,
		right_id: RightId,
	) -> Result<bool, sp_runtime::DispatchError> {
		let mut transfer = PendingTransfers::<T>::get(right_id).ok_or(Error::<T>::NoTransfer)?;
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let approved = approve(&right, &mut transfer, actor.party)?;
		let complete = is_complete(&right, &transfer);
		Self::store_approvals(actor.account, right_id, right, transfer, approved, complete)
	}

	/// Stores `transfer` of `right_id` with its new `approvals`; if it is `complete` and the
	/// right has no office to record it, it takes effect now, recorded by `who`. Returns
	/// whether it took effect.
	fn store_approvals(
		who: T::AccountId,
		right_id: RightId,
		right: Right<T>,
		transfer: Transfer<T>,
		approvals: Vec<PartyId>,
		complete: bool,
	) -> Result<bool, sp_runtime::DispatchError> {
		let takes_effect = complete && right.office.is_none();
		let recorded = if takes_effect {
			let details = EventDetails::on(now::<T>());
			Some(Self::apply_transfer(who, right_id, right, &transfer, details)?)
		} else {
			PendingTransfers::<T>::insert(right_id, transfer);
			None
		};
		for party in approvals {
			Self::deposit_event(Event::TransferApproved { right: right_id, party, complete });
		}
		if let Some(event) = recorded {
			Self::deposit_event(Event::TransferRecorded { right: right_id, event });
		}
		Ok(takes_effect)
	}

	/// Records the approved transfer of `right_id`, by `who`, who acts for its office (the
	/// caller checked it).
	pub(crate) fn do_record_transfer(
		who: T::AccountId,
		right_id: RightId,
		details: EventDetails<Vec<u8>>,
	) -> DispatchResult {
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let transfer = PendingTransfers::<T>::get(right_id).ok_or(Error::<T>::NoTransfer)?;
		ensure!(is_complete(&right, &transfer), Error::<T>::NotApproved);
		let event = Self::apply_transfer(who, right_id, right, &transfer, details)?;
		Self::deposit_event(Event::TransferRecorded { right: right_id, event });
		Ok(())
	}

	/// Makes the complete `transfer` of `right_id` take effect on `details`' date, recorded by
	/// `who`: the owners change, or a security interest is added or released; the transfer's
	/// slot is freed and its deposit released. Checks everything before it writes; returns
	/// the key event it recorded.
	fn apply_transfer(
		who: T::AccountId,
		right_id: RightId,
		mut right: Right<T>,
		transfer: &Transfer<T>,
		details: EventDetails<Vec<u8>>,
	) -> Result<crate::types::KeyEvent, sp_runtime::DispatchError> {
		let event = event_of(&transfer.kind);
		let stage = right.stage.after(event).map_err(Error::<T>::from)?;
		let recorded_at = now::<T>();
		let details = Self::checked_details(right_id, &right, details, recorded_at)?;
		let since = details.effective();
		if event != KeyEvent::SecurityInterestReleased {
			// A right whose term ended, by now or by the transfer's date, no longer changes
			// hands; a security interest is released at every stage.
			Self::ensure_term_running(&right, since)?;
		}
		let index = Self::next_history_index(&right, event)?;
		match &transfer.kind {
			TransferKind::Assignment { to } => {
				let parties_exist = to.iter().all(|(party, _)| T::Parties::exists(*party));
				ensure!(parties_exist, Error::<T>::UnknownParty);
				Self::ensure_title_in_order(right_id, &right, since)?;
				Self::change_owners(right_id, &mut right, to.clone(), since, index);
			},
			TransferKind::SecurityInterest { holder } => {
				Self::check_new_interest(right_id, *holder)?;
				let interest = SecurityInterestRecord {
					holder: *holder,
					since,
					document: transfer.document.clone(),
				};
				let mut interests = SecurityInterests::<T>::get(right_id);
				interests.try_push(interest).map_err(|_| Error::<T>::TooManySecurityInterests)?;
				SecurityInterests::<T>::insert(right_id, interests);
				SecuredBy::<T>::insert(holder, right_id, ());
			},
			TransferKind::Release { holder } => {
				ensure!(SecuredBy::<T>::contains_key(holder, right_id), Error::<T>::NotSecured);
				SecurityInterests::<T>::mutate(right_id, |interests| {
					interests.retain(|interest| interest.holder != *holder)
				});
				SecuredBy::<T>::remove(holder, right_id);
			},
		}

		// Taken before the history grows: a final stage would otherwise cancel it as well.
		PendingTransfers::<T>::remove(right_id);
		release_deposit::<T>(HoldReason::Transfer, &transfer.depositor, transfer.deposit);
		Self::push_history(
			right_id,
			&mut right,
			StatusRecord { event, stage, details, recorded_at, recorded_by: who },
		);
		Rights::<T>::insert(right_id, right);
		Ok(event)
	}

	/// Cancels the transfer of `right_id`, on the word of `origin`: its proposer, a party
	/// concerned (or its agent), or the office.
	pub(crate) fn do_cancel_transfer(origin: OriginFor<T>, right_id: RightId) -> DispatchResult {
		let who = ensure_signed(origin.clone())?;
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let transfer = PendingTransfers::<T>::get(right_id).ok_or(Error::<T>::NoTransfer)?;
		let office = || {
			right
				.office
				.is_some_and(|office| T::OfficeOrigin::try_origin(origin.clone(), &office).is_ok())
		};
		let concerned = || {
			let Ok(actor) = T::PartyOrigin::try_origin(origin.clone()) else { return false };
			let (consents, acceptances) = required(&right, &transfer.kind);
			consents
				.iter()
				.chain(&acceptances)
				.any(|party| acts_for::<T>(actor.party, *party))
		};
		ensure!(who == transfer.depositor || office() || concerned(), Error::<T>::NotInvolved);
		Self::drop_transfer(right_id);
		Ok(())
	}

	/// Removes the transfer proposed for `right_id`, if any, and releases its deposit.
	pub(crate) fn drop_transfer(right_id: RightId) {
		if let Some(transfer) = PendingTransfers::<T>::take(right_id) {
			release_deposit::<T>(HoldReason::Transfer, &transfer.depositor, transfer.deposit);
			Self::deposit_event(Event::TransferCancelled { right: right_id });
		}
	}

	/// Checks that `holder`, a known party, may take one more security interest over
	/// `right_id`.
	fn check_new_interest(right_id: RightId, holder: PartyId) -> Result<(), Error<T>> {
		ensure!(T::Parties::exists(holder), Error::<T>::UnknownParty);
		ensure!(!SecuredBy::<T>::contains_key(holder, right_id), Error::<T>::AlreadySecured);
		let count = SecurityInterests::<T>::decode_len(right_id).unwrap_or_default();
		ensure!(
			count < T::MaxSecurityInterests::get() as usize,
			Error::<T>::TooManySecurityInterests
		);
		Ok(())
	}

	/// Checks that a change of ownership taking effect on `since` comes after the latest one:
	/// the chain of title stays in date order, and `owners_on` answers right.
	pub(crate) fn ensure_title_in_order(
		right_id: RightId,
		right: &Right<T>,
		since: Moment,
	) -> Result<(), Error<T>> {
		let last = right
			.ownership_len
			.checked_sub(1)
			.and_then(|i| Ownership::<T>::get(right_id, i));
		ensure!(last.is_none_or(|last| since >= last.since), Error::<T>::TitleOutOfOrder);
		Ok(())
	}

	/// Makes `owners` the owners of `right_id` from `since`, as recorded by history entry
	/// `history_index`: updates the owner index and extends the chain of title. The caller
	/// writes `right` back.
	pub(crate) fn change_owners(
		right_id: RightId,
		right: &mut Right<T>,
		owners: OwnersOf<T>,
		since: Moment,
		history_index: u32,
	) {
		for (old, _) in &right.owners {
			if !owners.iter().any(|(new, _)| new == old) {
				RightsOf::<T>::remove(old, right_id);
			}
		}
		for (new, _) in &owners {
			RightsOf::<T>::insert(new, right_id, ());
		}
		Ownership::<T>::insert(
			right_id,
			right.ownership_len,
			OwnershipRecord { owners: owners.clone(), since, history_index },
		);
		right.ownership_len = right.ownership_len.saturating_add(1);
		right.owners = owners;
	}
}
