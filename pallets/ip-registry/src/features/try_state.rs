//! Invariants of the registry's storage, checked under `try-runtime`, after every unit test and
//! on the runtime's genesis presets.

use crate::{
	ApplicationIndex, BalanceOf, Config, History, HoldReason, LastApplicationNumber, NextRightId,
	Ownership, Pallet, PendingTransfers, Rights, RightsOf, SecuredBy, SecurityInterests,
	StageChanges,
};
use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, GetStorageVersion},
};
use sp_runtime::{Perbill, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks that shares sum to 100%, that the indexes agree with the rights, that only
	/// rights that were granted have a term, that every history and chain of title is complete
	/// and ordered (a history by event date and recording time, with every effective date
	/// between the filing and its event date; a chain of title by effective date), that
	/// the changes of stage are the history's, that
	/// security interests and their index agree, that governance's member-state lists are
	/// of regional offices, sorted and valid, that every registered right has an office and
	/// every unregistered one none, with an anchor of its digest while it is in force (and
	/// every anchor a right of its kind, digest and anchoring party), and that every deposit
	/// and held fee is held.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_id = NextRightId::<T>::get();
		let mut registered = 0u64;
		// `StageChanges` exists from storage version 4 on (a chain upgrading from version 3
		// is checked after version 3's migration, before version 4's has built it).
		let at_version_4 = Self::on_chain_storage_version() >= 4;
		for (id, right) in Rights::<T>::iter() {
			ensure!(id < next_id, "a right's id is not below NextRightId");
			let total: u64 = right.owners.iter().map(|(_, s)| u64::from(s.deconstruct())).sum();
			ensure!(total == u64::from(Perbill::one().deconstruct()), "shares do not sum to 100%");
			for (owner, _) in &right.owners {
				ensure!(RightsOf::<T>::contains_key(owner, id), "an owner is not indexed");
			}
			match right.office {
				Some(office) => {
					ensure!(right.kind.is_registered(), "an unregistered right has an office");
					ensure!(
						right.document.is_some() && right.anchor.is_none(),
						"a registered right lacks its document or has an anchor"
					);
					registered += 1;
					ensure!(
						ApplicationIndex::<T>::get(office, right.application_number) == Some(id),
						"the application number does not lead to the right"
					);
					ensure!(
						right.application_number <= LastApplicationNumber::<T>::get(office),
						"an application number is above the office's last one"
					);
				},
				None => {
					ensure!(!right.kind.is_registered(), "a registered right has no office");
					ensure!(right.application_number == 0, "an unregistered right's number");
					ensure!(right.document.is_none(), "an unregistered right has a document");
					let digest = right.anchor.ok_or("an unregistered right has no digest")?;
					let anchor =
						crate::Anchors::<T>::get(digest).filter(|anchor| anchor.right == id);
					// In force from its anchor until it is withdrawn (the anchor goes) or a
					// decision revokes it (the anchor may stay, as evidence).
					match right.stage {
						crate::Stage::Granted => {
							ensure!(
								anchor.is_some(),
								"an unregistered right in force has no anchor"
							)
						},
						crate::Stage::Withdrawn => {
							ensure!(anchor.is_none(), "a withdrawn right keeps its anchor")
						},
						crate::Stage::Revoked => {},
						_ => return Err("an unregistered right at an application's stage".into()),
					}
				},
			}
			use crate::Stage::*;
			let term_fixed = matches!(right.stage, Granted | Expired | Lapsed | Revoked);
			ensure!(
				right.term.is_none() || term_fixed,
				"a right that was never granted has a term"
			);
			if let Some(term) = &right.term {
				ensure!(term.grace_ends >= term.ends, "a grace period ends before its term");
				ensure!(
					term.max_months.is_none_or(|max| term.paid_months <= max),
					"a term is paid beyond its limit"
				);
			}
			ensure!(
				right.oppositions == 0 || !right.stage.is_final(),
				"a right at a final stage has open oppositions"
			);
			ensure!(
				right.parent.as_ref().is_none_or(|parent| parent.right < id),
				"a right descends from a later one"
			);
			ensure!(right.ownership_len >= 1, "a chain of title is empty");
			let mut since = 0;
			for index in 0..right.ownership_len {
				let entry = Ownership::<T>::get(id, index).ok_or("a title entry is missing")?;
				ensure!(entry.since >= since, "a chain of title is not in date order");
				ensure!(entry.history_index < right.history_len, "a title names no history");
				since = entry.since;
				if index + 1 == right.ownership_len {
					ensure!(entry.owners == right.owners, "the last title is not the owners");
				}
			}
			ensure!(
				Ownership::<T>::iter_prefix(id).count() as u32 == right.ownership_len,
				"a chain of title has entries beyond its length"
			);
			let (mut last_recorded, mut last_event) = (0, right.filing_date);
			for index in 0..right.history_len {
				let record = History::<T>::get(id, index).ok_or("a history entry is missing")?;
				ensure!(record.recorded_at >= last_recorded, "a history is not in time order");
				let details = &record.details;
				ensure!(details.event_date >= last_event, "a history is not in event-date order");
				ensure!(
					details.effective() >= right.filing_date
						&& details.effective() <= details.event_date,
					"an event takes effect before the filing or after its event date"
				);
				(last_recorded, last_event) = (record.recorded_at, details.event_date);
				if index + 1 == right.history_len {
					ensure!(record.stage == right.stage, "the last entry is not the right's stage");
				}
			}
			ensure!(
				History::<T>::iter_prefix(id).count() as u32 == right.history_len,
				"a history has entries beyond its length"
			);
			if at_version_4 {
				ensure!(
					StageChanges::<T>::get(id).into_inner()
						== super::inspect::changes_in_history::<T>(id, right.history_len),
					"a right's changes of stage are not its history's"
				);
			}
		}
		for id in StageChanges::<T>::iter_keys() {
			ensure!(Rights::<T>::contains_key(id), "changes of stage of an unknown right");
		}
		for (owner, id) in RightsOf::<T>::iter_keys() {
			let right = Rights::<T>::get(id).ok_or("the owner index names an unknown right")?;
			ensure!(right.owners.iter().any(|(o, _)| *o == owner), "an index entry is stale");
		}
		ensure!(
			ApplicationIndex::<T>::iter().count() as u64 == registered,
			"application numbers and rights differ in number"
		);
		for (right, interests) in SecurityInterests::<T>::iter() {
			ensure!(Rights::<T>::contains_key(right), "a security interest over no right");
			for interest in &interests {
				ensure!(SecuredBy::<T>::contains_key(interest.holder, right), "unindexed interest");
			}
		}
		for (holder, right) in SecuredBy::<T>::iter_keys() {
			let recorded = SecurityInterests::<T>::get(right).iter().any(|i| i.holder == holder);
			ensure!(recorded, "a stale security-interest index entry");
		}

		type Deposits<T> = BTreeMap<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
		let mut anchors = Deposits::<T>::new();
		for (digest, anchor) in crate::Anchors::<T>::iter() {
			ensure!(!anchor.kind.is_registered(), "a registered kind is anchored");
			let right = Rights::<T>::get(anchor.right).ok_or("an anchor of no right")?;
			ensure!(
				right.office.is_none()
					&& right.kind == anchor.kind
					&& right.anchor == Some(digest)
					&& right.filing_date == anchor.anchored_at,
				"an anchor's right is of another kind, digest or date"
			);
			ensure!(
				anchor.tdm_reservation.is_none()
					|| anchor.kind == ipledger_primitives::RightKind::Copyright,
				"a trade secret carries a mining reservation"
			);
			ensure!(
				crate::AnchorsOf::<T>::contains_key(anchor.party, digest),
				"an anchor is not indexed under its party"
			);
			let held = anchors.entry(anchor.depositor).or_default();
			*held = held.saturating_add(anchor.deposit);
		}
		for (party, digest) in crate::AnchorsOf::<T>::iter_keys() {
			let anchor = crate::Anchors::<T>::get(digest).ok_or("a party's anchor is gone")?;
			ensure!(anchor.party == party, "an anchor is indexed under another party");
		}
		for (office, members) in crate::MemberStatesOf::<T>::iter() {
			ensure!(ipledger_primitives::territory::is_regional(office), "members of no region");
			Self::check_member_states(&members)
				.map_err(|_| "member states empty, out of order, twice or no country")?;
		}
		for (right, kind, number) in crate::OfficeNumbers::<T>::iter() {
			let office = Rights::<T>::get(right).ok_or("an office number of no right")?.office;
			let office = office.ok_or("an unregistered right has an office number")?;
			ensure!(
				crate::RightByOfficeNumber::<T>::get((office, kind), &number) == Some(right),
				"an office number does not lead back to its right"
			);
		}
		for ((office, kind), number, right) in crate::RightByOfficeNumber::<T>::iter() {
			let record = Rights::<T>::get(right).ok_or("an office number leads to no right")?;
			ensure!(
				record.office == Some(office),
				"an office number leads to another office's right"
			);
			ensure!(
				crate::OfficeNumbers::<T>::get(right, kind).as_ref() == Some(&number),
				"an office number's index entry is stale"
			);
		}
		for (commitment, committed) in crate::AnchorCommitments::<T>::iter() {
			ensure!(
				crate::CommitmentsOf::<T>::contains_key(committed.party, commitment),
				"a commitment is not indexed under its party"
			);
			let held = anchors.entry(committed.depositor).or_default();
			*held = held.saturating_add(committed.deposit);
		}
		for (party, commitment) in crate::CommitmentsOf::<T>::iter_keys() {
			let committed = crate::AnchorCommitments::<T>::get(commitment)
				.ok_or("a party's commitment is gone")?;
			ensure!(committed.party == party, "a commitment is indexed under another party");
		}
		let mut transfers = Deposits::<T>::new();
		for (right, transfer) in PendingTransfers::<T>::iter() {
			let stage = Rights::<T>::get(right).ok_or("a transfer of no right")?.stage;
			let release = matches!(transfer.kind, crate::TransferKind::Release { .. });
			ensure!(release || !stage.is_final(), "a transfer of a right at a final stage");
			let held = transfers.entry(transfer.depositor).or_default();
			*held = held.saturating_add(transfer.deposit);
		}
		let mut filings = Deposits::<T>::new();
		for (id, pending) in crate::PendingFilings::<T>::iter() {
			ensure!(
				id < crate::NextFilingId::<T>::get(),
				"a filing's id is not below NextFilingId"
			);
			let applicants: alloc::vec::Vec<_> = pending.owners.iter().map(|(p, _)| *p).collect();
			ensure!(
				pending.accepted.iter().all(|party| applicants.contains(party)),
				"a filing is accepted by a party it does not name"
			);
			ensure!(
				pending.accepted.len() < applicants.len(),
				"a filing every applicant accepted is still pending"
			);
			let held = filings.entry(pending.filed_by).or_default();
			*held = held.saturating_add(pending.deposit).saturating_add(pending.fee);
		}
		for (reason, deposits) in [
			(HoldReason::Anchor, anchors),
			(HoldReason::Transfer, transfers),
			(HoldReason::Filing, filings),
		] {
			for (depositor, carried) in deposits {
				let held = T::Currency::balance_on_hold(&reason.into(), &depositor);
				ensure!(held == carried, "a depositor's hold differs from its records' deposits");
			}
		}
		Ok(())
	}
}
