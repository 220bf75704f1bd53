//! Anchoring unregistered works: the digest of a work (copyright) or of a secret (trade
//! secret), first come, first recorded, in two steps (commit, then reveal) so that nobody who
//! watches the transaction pool can take a digest before its party. The anchor makes the work
//! or secret a right with no office, owned, assigned and licensed as registered rights are;
//! its owners may reserve text and data mining of a work.

use super::{is_text, now};
use crate::{
	anchor_commitment,
	types::{EventDetails, KeyEvent, OwnersOf, Right, Stage, StatusRecord},
	Anchor, AnchorCommitment, AnchorCommitments, Anchors, AnchorsOf, CommitmentsOf, Config, Error,
	Event, HoldReason, Pallet, PendingTransfers, Rights, SecurityInterests, TdmReservation,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use ipledger_primitives::{origins::Actor, text::is_token, Hash, PartyId, RightId, RightKind};
use sp_runtime::{DispatchResult, Perbill};

impl<T: Config> Pallet<T> {
	/// Records `actor`'s commitment to a digest, holding the anchor's deposit.
	pub(crate) fn do_commit_anchor(
		Actor { account: who, party }: Actor<T::AccountId>,
		commitment: Hash,
	) -> DispatchResult {
		ensure!(!AnchorCommitments::<T>::contains_key(commitment), Error::<T>::AlreadyCommitted);
		let deposit = T::AnchorDeposit::get();
		T::Currency::hold(&HoldReason::Anchor.into(), &who, deposit)
			.map_err(|_| Error::<T>::CannotAffordDeposit)?;
		let record = AnchorCommitment {
			party,
			committed_at: now::<T>(),
			block: frame_system::Pallet::<T>::block_number(),
			depositor: who,
			deposit,
		};
		AnchorCommitments::<T>::insert(commitment, record);
		CommitmentsOf::<T>::insert(party, commitment, ());
		Self::deposit_event(Event::AnchorCommitted { commitment, party });
		Ok(())
	}

	/// Anchors `digest` for `party`, revealing its commitment made with `salt` in an earlier
	/// block; the anchor takes over the commitment's date and deposit.
	pub(crate) fn do_anchor(
		Actor { party, .. }: Actor<T::AccountId>,
		kind: RightKind,
		digest: Hash,
		title: Vec<u8>,
		derived_from: Option<Hash>,
		salt: [u8; 32],
	) -> DispatchResult {
		ensure!(!kind.is_registered(), Error::<T>::NotAnchorable);
		let title: BoundedVec<u8, T::MaxTitleLen> =
			title.try_into().map_err(|_| Error::<T>::TitleTooLong)?;
		if kind == RightKind::TradeSecret {
			ensure!(title.is_empty(), Error::<T>::SecretWithTitle);
		} else {
			ensure!(is_text(&title), Error::<T>::InvalidTitle);
		}
		let commitment = anchor_commitment(party, &digest, &salt);
		let committed =
			AnchorCommitments::<T>::get(commitment).ok_or(Error::<T>::UnknownCommitment)?;
		ensure!(
			committed.block < frame_system::Pallet::<T>::block_number(),
			Error::<T>::CommitmentTooRecent
		);
		ensure!(!Anchors::<T>::contains_key(digest), Error::<T>::AlreadyAnchored);
		if let Some(original) = derived_from {
			ensure!(kind == RightKind::Copyright, Error::<T>::NotAWork);
			let original = Anchors::<T>::get(original).ok_or(Error::<T>::UnknownOriginal)?;
			ensure!(original.kind == RightKind::Copyright, Error::<T>::NotAWork);
		}

		let right = Self::take_right_id()?;
		AnchorCommitments::<T>::remove(commitment);
		CommitmentsOf::<T>::remove(party, commitment);
		let record = Self::work_right(
			kind,
			digest,
			party,
			committed.committed_at,
			committed.depositor.clone(),
			title.clone(),
		);
		Self::store_new_right(right, record, KeyEvent::Anchoring);
		let anchor = Anchor {
			party,
			kind,
			title,
			anchored_at: committed.committed_at,
			block: committed.block,
			depositor: committed.depositor,
			deposit: committed.deposit,
			derived_from,
			right,
			tdm_reservation: None,
		};
		Anchors::<T>::insert(digest, anchor);
		AnchorsOf::<T>::insert(party, digest, ());
		Self::deposit_event(Event::WorkAnchored { digest, party, kind, right });
		Ok(())
	}

	/// The right an anchor of `digest` by `party`, dated `anchored_at` and paid for by
	/// `depositor`, makes: no office, no application, owned whole by `party`, in force (stage
	/// `Granted`) from the anchor's date, with no term; its document is the digest alone.
	pub(crate) fn work_right(
		kind: RightKind,
		digest: Hash,
		party: PartyId,
		anchored_at: ipledger_primitives::Moment,
		depositor: T::AccountId,
		title: BoundedVec<u8, T::MaxTitleLen>,
	) -> Right<T> {
		let owners: OwnersOf<T> = BoundedVec::truncate_from(alloc::vec![(party, Perbill::one())]);
		Right {
			office: None,
			kind,
			application_number: 0,
			title,
			owners,
			classifications: BoundedVec::new(),
			document: None,
			anchor: Some(digest),
			stage: Stage::Granted,
			filing_date: anchored_at,
			filed_by: depositor,
			history_len: 1,
			term: None,
			priorities: BoundedVec::new(),
			oppositions: 0,
			parent: None,
			ownership_len: 1,
		}
	}

	/// Withdraws `party`'s unrevealed `commitment`, releasing its deposit.
	pub(crate) fn do_withdraw_commitment(party: PartyId, commitment: Hash) -> DispatchResult {
		let committed =
			AnchorCommitments::<T>::get(commitment).ok_or(Error::<T>::UnknownCommitment)?;
		ensure!(committed.party == party, Error::<T>::NotAnchorParty);
		AnchorCommitments::<T>::remove(commitment);
		CommitmentsOf::<T>::remove(party, commitment);
		super::release_deposit::<T>(HoldReason::Anchor, &committed.depositor, committed.deposit);
		Self::deposit_event(Event::CommitmentWithdrawn { commitment });
		Ok(())
	}

	/// Withdraws the anchor of `digest`, on the word of `actor`, the anchoring party, which
	/// still owns the right whole and unburdened: the right ends (`Withdrawn`), dated now.
	pub(crate) fn do_withdraw_anchor(actor: Actor<T::AccountId>, digest: Hash) -> DispatchResult {
		let Actor { account: who, party } = actor;
		let anchor = Anchors::<T>::get(digest).ok_or(Error::<T>::UnknownAnchor)?;
		ensure!(party == anchor.party, Error::<T>::NotAnchorParty);
		let right_id = anchor.right;
		let mut right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let sole_owner = matches!(right.owners.as_slice(), [(owner, _)] if *owner == party);
		let burdened = PendingTransfers::<T>::contains_key(right_id)
			|| SecurityInterests::<T>::decode_len(right_id).unwrap_or_default() > 0;
		ensure!(sole_owner && !burdened, Error::<T>::NotSoleOwner);
		// A right a decision revoked ended already: its anchor goes, its history stays.
		let in_force = right.stage == Stage::Granted;
		if in_force {
			Self::next_history_index(&right, KeyEvent::Withdrawal)?;
		}

		super::release_deposit::<T>(HoldReason::Anchor, &anchor.depositor, anchor.deposit);
		Anchors::<T>::remove(digest);
		AnchorsOf::<T>::remove(anchor.party, digest);
		if in_force {
			let at = now::<T>();
			let record = StatusRecord {
				event: KeyEvent::Withdrawal,
				stage: Stage::Withdrawn,
				details: EventDetails::on(at),
				recorded_at: at,
				recorded_by: who,
			};
			Self::push_history(right_id, &mut right, record);
			Rights::<T>::insert(right_id, right);
		}
		Self::deposit_event(Event::AnchorWithdrawn { digest, right: right_id });
		Ok(())
	}

	/// Reserves text and data mining of the work `right_id` under `policy`, or lifts the
	/// reservation (`None`), on the word of `party`, an owner or its agent.
	pub(crate) fn do_set_tdm_reservation(
		party: PartyId,
		right_id: RightId,
		policy: Option<Vec<u8>>,
	) -> DispatchResult {
		let right = Rights::<T>::get(right_id).ok_or(Error::<T>::UnknownRight)?;
		let owners = right.owners.iter().map(|(owner, _)| *owner);
		ensure!(super::acts_for_one_of::<T>(party, owners), Error::<T>::NotAnOwner);
		ensure!(right.kind == RightKind::Copyright, Error::<T>::NotAWork);
		let digest = right.anchor.ok_or(Error::<T>::UnknownAnchor)?;
		let mut anchor = Anchors::<T>::get(digest)
			.filter(|anchor| anchor.right == right_id)
			.ok_or(Error::<T>::UnknownAnchor)?;
		match policy {
			Some(policy) => {
				let policy: BoundedVec<u8, T::MaxLocatorLen> =
					policy.try_into().map_err(|_| Error::<T>::LocatorTooLong)?;
				ensure!(policy.is_empty() || is_token(&policy), Error::<T>::InvalidLocator);
				anchor.tdm_reservation =
					Some(TdmReservation { since: now::<T>(), by: party, policy });
				Anchors::<T>::insert(digest, anchor);
				Self::deposit_event(Event::TdmReserved { right: right_id, by: party });
			},
			None => {
				ensure!(anchor.tdm_reservation.take().is_some(), Error::<T>::NoReservation);
				Anchors::<T>::insert(digest, anchor);
				Self::deposit_event(Event::TdmReservationLifted { right: right_id });
			},
		}
		Ok(())
	}
}
