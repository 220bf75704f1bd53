//! The chain of custody: steps recorded by the custodian or an authority, and handovers the
//! next custodian accepts.

use super::now;
use crate::{
	Config, Custody, CustodyAction, CustodyEntry, Error, Event, Evidence, EvidenceId, EvidenceOf,
	EvidenceRecord, Pallet,
};
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{origins::Actor, traits::PartiesInspect, Hash, PartyId};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Appends `action` by `by` to the custody log of `record`, if it has room.
	fn append_custody(
		id: EvidenceId,
		record: &mut EvidenceRecord<T>,
		action: CustodyAction,
		by: PartyId,
		note: Option<Hash>,
	) -> DispatchResult {
		ensure!(record.custody_len < T::MaxCustodyEntries::get(), Error::<T>::CustodyFull);
		let (at, block) = (now::<T>(), frame_system::Pallet::<T>::block_number());
		Custody::<T>::insert(id, record.custody_len, CustodyEntry { action, by, at, block, note });
		record.custody_len = record.custody_len.saturating_add(1);
		Self::deposit_event(Event::CustodyRecorded { evidence: id, action, by });
		Ok(())
	}

	pub(crate) fn do_record_custody(
		actor: Actor<T::AccountId>,
		id: EvidenceId,
		action: CustodyAction,
		note: Option<Hash>,
		as_authority: bool,
	) -> DispatchResult {
		let mut record = Self::evidence(id)?;
		ensure!(as_authority || record.custodian == actor.party, Error::<T>::NotCustodian);
		ensure!(
			matches!(
				action,
				CustodyAction::Analysed | CustodyAction::Sealed | CustodyAction::Presented
			),
			Error::<T>::InvalidCustodyAction
		);
		Self::append_custody(id, &mut record, action, actor.party, note)?;
		Evidence::<T>::insert(id, record);
		Ok(())
	}

	pub(crate) fn do_hand_over(
		actor: Actor<T::AccountId>,
		id: EvidenceId,
		to: PartyId,
	) -> DispatchResult {
		let mut record = Self::evidence(id)?;
		ensure!(record.custodian == actor.party, Error::<T>::NotCustodian);
		ensure!(T::Parties::exists(to), Error::<T>::UnknownParty);
		ensure!(to != record.custodian, Error::<T>::InvalidHandover);
		record.handover = Some(to);
		Evidence::<T>::insert(id, record);
		Self::deposit_event(Event::HandoverProposed { evidence: id, from: actor.party, to });
		Ok(())
	}

	pub(crate) fn do_accept_custody(actor: Actor<T::AccountId>, id: EvidenceId) -> DispatchResult {
		let mut record = Self::evidence(id)?;
		ensure!(record.handover == Some(actor.party), Error::<T>::NoHandover);
		let to = actor.party;
		Self::append_custody(id, &mut record, CustodyAction::Transferred { to }, to, None)?;
		let from = core::mem::replace(&mut record.custodian, to);
		record.handover = None;
		// The submitter stays referred to by what it anchored.
		if from != record.submitter {
			EvidenceOf::<T>::remove(from, id);
		}
		EvidenceOf::<T>::insert(to, id, ());
		Evidence::<T>::insert(id, record);
		Ok(())
	}
}
