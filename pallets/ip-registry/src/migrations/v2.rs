//! Version 1 to 2:
//! - every history entry's details gain an effective date. Version 1 dated a lapse recorded by
//!   `record_term_end` at the end of the paid period, which may lie before events recorded in
//!   the grace period after it; such an entry keeps that date as its effective date and is
//!   dated at the latest event before it, so that each history is in event-date order again;
//! - the offices' rules gain a filing fee and a time zone (none, and UTC);
//! - pending filings gain the fee they hold (none).

use crate::{
	types::{
		ClassificationCode, Document, EventDetails, KeyEvent, OwnersOf, PendingFiling, Reference,
		Stage, StatusRecord,
	},
	BalanceOf, Config, History, KindRules, Pallet, PendingFilings, Rights, Rules, TermStart,
};
use codec::{Decode, Encode};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	storage::unhashed,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
use ipledger_primitives::{Balance, Moment, OfficeCode, PartyId, RightKind};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, sp_runtime::TryRuntimeError};

/// An event's details as version 1 stored them: no effective date.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct OldEventDetails {
	/// The event date.
	pub event_date: Moment,
	/// The office's event code.
	pub office_event_code: Reference,
	/// The gazette reference.
	pub gazette_reference: Reference,
}

/// A history entry as version 1 stored it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct OldStatusRecord<AccountId> {
	/// The key event.
	pub event: KeyEvent,
	/// The stage reached.
	pub stage: Stage,
	/// Its details.
	pub details: OldEventDetails,
	/// When it was written.
	pub recorded_at: Moment,
	/// Who wrote it.
	pub recorded_by: AccountId,
}

/// An office's rules as version 1 stored them: no filing fee, no time zone.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct OldKindRules {
	/// See [`KindRules`] for the fields.
	pub term_months: u32,
	#[allow(missing_docs)]
	pub term_start: TermStart,
	#[allow(missing_docs)]
	pub renewal_months: u32,
	#[allow(missing_docs)]
	pub max_term_months: u32,
	#[allow(missing_docs)]
	pub renewal_window_months: u32,
	#[allow(missing_docs)]
	pub grace_months: u32,
	#[allow(missing_docs)]
	pub restoration_months: u32,
	#[allow(missing_docs)]
	pub max_extension_months: u32,
	#[allow(missing_docs)]
	pub priority_months: u32,
	#[allow(missing_docs)]
	pub publication: bool,
	#[allow(missing_docs)]
	pub examination: bool,
	#[allow(missing_docs)]
	pub opposition: bool,
	#[allow(missing_docs)]
	pub renewal_fee: Balance,
}

/// A pending filing as version 1 stored it: no fee.
#[derive(Encode, Decode)]
pub struct OldPendingFiling<T: Config> {
	/// See [`PendingFiling`] for the fields.
	pub office: OfficeCode,
	#[allow(missing_docs)]
	pub kind: RightKind,
	#[allow(missing_docs)]
	pub title: BoundedVec<u8, T::MaxTitleLen>,
	#[allow(missing_docs)]
	pub owners: OwnersOf<T>,
	#[allow(missing_docs)]
	pub classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	#[allow(missing_docs)]
	pub document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
	#[allow(missing_docs)]
	pub filed_by: T::AccountId,
	#[allow(missing_docs)]
	pub accepted: BoundedVec<PartyId, T::MaxOwners>,
	#[allow(missing_docs)]
	pub proposed_at: Moment,
	#[allow(missing_docs)]
	pub deposit: BalanceOf<T>,
}

/// A version 1 history entry in version 2, dated no earlier than `latest` (the latest event
/// date before it in its history).
pub fn migrate_record<T: Config>(
	old: OldStatusRecord<T::AccountId>,
	latest: Moment,
) -> StatusRecord<T> {
	let OldEventDetails { event_date, office_event_code, gazette_reference } = old.details;
	let (event_date, effective_date) =
		if event_date < latest { (latest, Some(event_date)) } else { (event_date, None) };
	StatusRecord {
		event: old.event,
		stage: old.stage,
		details: EventDetails { event_date, effective_date, office_event_code, gazette_reference },
		recorded_at: old.recorded_at,
		recorded_by: old.recorded_by,
	}
}

/// Rewrites the histories, rules and pending filings; one read and one write for each entry,
/// in one block. Histories are bounded (`MaxHistoryLen`) and the chains this runs on hold few
/// rights so far; a chain with millions of history entries would need this as a multi-block
/// migration.
pub struct AddEffectiveDatesFeesAndTimeZones<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for AddEffectiveDatesFeesAndTimeZones<T> {
	fn on_runtime_upgrade() -> Weight {
		let (mut reads, mut writes) = (0u64, 0u64);
		for (right, record) in Rights::<T>::iter() {
			reads += 1;
			let mut latest = record.filing_date;
			for index in 0..record.history_len {
				let key = History::<T>::hashed_key_for(right, index);
				reads += 1;
				let Some(old) = unhashed::get::<OldStatusRecord<T::AccountId>>(&key) else {
					continue;
				};
				let new = migrate_record::<T>(old, latest);
				latest = new.details.event_date;
				History::<T>::insert(right, index, new);
				writes += 1;
			}
		}
		Rules::<T>::translate::<OldKindRules, _>(|_, _, old| {
			reads += 1;
			writes += 1;
			Some(KindRules {
				term_months: old.term_months,
				term_start: old.term_start,
				renewal_months: old.renewal_months,
				max_term_months: old.max_term_months,
				renewal_window_months: old.renewal_window_months,
				grace_months: old.grace_months,
				restoration_months: old.restoration_months,
				max_extension_months: old.max_extension_months,
				priority_months: old.priority_months,
				publication: old.publication,
				examination: old.examination,
				opposition: old.opposition,
				renewal_fee: old.renewal_fee,
				filing_fee: 0,
				utc_offset_minutes: 0,
			})
		});
		PendingFilings::<T>::translate::<OldPendingFiling<T>, _>(|_, old| {
			reads += 1;
			writes += 1;
			Some(PendingFiling {
				office: old.office,
				kind: old.kind,
				title: old.title,
				owners: old.owners,
				classifications: old.classifications,
				document: old.document,
				filed_by: old.filed_by,
				accepted: old.accepted,
				proposed_at: old.proposed_at,
				deposit: old.deposit,
				fee: Default::default(),
			})
		});
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		let entries = History::<T>::iter_keys().count() as u64;
		let rules = Rules::<T>::iter_keys().count() as u64;
		let filings = PendingFilings::<T>::iter_keys().count() as u64;
		Ok((entries, rules, filings).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		let (entries, rules, filings) = <(u64, u64, u64)>::decode(&mut &state[..])
			.map_err(|_| "the pre-upgrade state decodes")?;
		frame_support::ensure!(
			History::<T>::iter_values().count() as u64 == entries,
			"every history entry decodes as version 2"
		);
		frame_support::ensure!(
			Rules::<T>::iter_values().count() as u64 == rules,
			"every office's rules decode as version 2"
		);
		frame_support::ensure!(
			PendingFilings::<T>::iter_values().count() as u64 == filings,
			"every pending filing decodes as version 2"
		);
		Pallet::<T>::do_try_state()
	}
}

/// [`AddEffectiveDatesFeesAndTimeZones`], run only on a chain whose registry storage is at
/// version 1; it then sets version 2.
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	AddEffectiveDatesFeesAndTimeZones<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	use ipledger_primitives::{date::add_months, traits::RightsInspect};

	const DAY: u64 = ipledger_primitives::MILLISECS_PER_DAY;

	/// Account 1 files a patent application with the EPO for `applicants`.
	fn file(applicants: alloc::vec::Vec<(u64, sp_runtime::Perbill)>) {
		frame_support::assert_ok!(Registry::file_application(
			RuntimeOrigin::signed(1),
			EP,
			RightKind::Patent,
			b"Ledger".to_vec(),
			applicants,
			alloc::vec![],
			Document {
				algorithm: ipledger_primitives::HashAlgorithm::Blake2b256,
				digest: Default::default(),
				size: 1,
				media_type: b"application/pdf".to_vec(),
				locator: b"ipfs://x".to_vec(),
			},
		));
	}

	fn old_record(
		event: KeyEvent,
		stage: Stage,
		date: Moment,
		recorded_at: Moment,
	) -> OldStatusRecord<u64> {
		OldStatusRecord {
			event,
			stage,
			details: OldEventDetails {
				event_date: date,
				office_event_code: Default::default(),
				gazette_reference: Default::default(),
			},
			recorded_at,
			recorded_by: EP_ADMIN,
		}
	}

	/// A granted patent whose version 1 history ends with a lapse dated before an assignment
	/// recorded in the grace period; returns its id and the lapse's date.
	fn right_with_an_old_lapse() -> (u64, Moment) {
		file(vec![(1, sp_runtime::Perbill::one())]);
		let mut right = Rights::<Test>::get(0).unwrap();
		let ends = add_months(START, 12);
		let grace_ends = add_months(ends, 6);
		let history = [
			old_record(KeyEvent::Filing, Stage::Filed, START, START),
			old_record(KeyEvent::Grant, Stage::Granted, START, START),
			old_record(KeyEvent::OwnershipChange, Stage::Granted, ends + 10 * DAY, ends + 10 * DAY),
			old_record(KeyEvent::Lapse, Stage::Lapsed, ends, grace_ends),
		];
		for (index, record) in history.iter().enumerate() {
			unhashed::put(&History::<Test>::hashed_key_for(0, index as u32), record);
		}
		right.history_len = history.len() as u32;
		right.stage = Stage::Lapsed;
		right.term = KindRules::<u128>::default_for(RightKind::Patent).first_term(START, START);
		Rights::<Test>::insert(0, right);
		(0, ends)
	}

	#[test]
	fn histories_gain_effective_dates_and_return_to_date_order() {
		new_test_ext().execute_with(|| {
			let (right, ends) = right_with_an_old_lapse();
			let old_rules = OldKindRules {
				term_months: 12,
				term_start: TermStart::Filing,
				renewal_months: 12,
				max_term_months: 240,
				renewal_window_months: 3,
				grace_months: 6,
				restoration_months: 12,
				max_extension_months: 66,
				priority_months: 12,
				publication: true,
				examination: true,
				opposition: true,
				renewal_fee: 7,
			};
			unhashed::put(&Rules::<Test>::hashed_key_for(EP, RightKind::Patent), &old_rules);
			StorageVersion::new(1).put::<Pallet<Test>>();

			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			let history = Registry::history(right);
			assert_eq!(history.len(), 4);
			assert!(history[..3].iter().all(|r| r.details.effective_date.is_none()));
			let lapse = &history[3].details;
			assert_eq!(lapse.event_date, ends + 10 * DAY, "dated after the assignment");
			assert_eq!(lapse.effective_date, Some(ends), "in effect from the term's end");
			assert!(!Registry::is_in_force_on(right, ends));
			let rules = Rules::<Test>::get(EP, RightKind::Patent).unwrap();
			assert_eq!((rules.renewal_fee, rules.filing_fee, rules.utc_offset_minutes), (7, 0, 0));
			Registry::do_try_state().expect("the migrated storage is consistent");
		});
	}

	#[test]
	fn pending_filings_gain_a_fee_of_nothing() {
		new_test_ext().execute_with(|| {
			let with_bob = vec![
				(1, sp_runtime::Perbill::from_percent(50)),
				(2, sp_runtime::Perbill::from_percent(50)),
			];
			file(with_bob);
			let pending = PendingFilings::<Test>::get(0).unwrap();
			let old = OldPendingFiling::<Test> {
				office: pending.office,
				kind: pending.kind,
				title: pending.title,
				owners: pending.owners,
				classifications: pending.classifications,
				document: pending.document,
				filed_by: pending.filed_by,
				accepted: pending.accepted,
				proposed_at: pending.proposed_at,
				deposit: pending.deposit,
			};
			unhashed::put(&PendingFilings::<Test>::hashed_key_for(0), &old);
			StorageVersion::new(1).put::<Pallet<Test>>();

			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			let migrated = PendingFilings::<Test>::get(0).expect("it decodes as version 2");
			assert_eq!((migrated.deposit, migrated.fee), (FILING_DEPOSIT, 0));
			Registry::do_try_state().expect("the migrated storage is consistent");
		});
	}

	#[test]
	fn at_version_2_it_does_nothing() {
		new_test_ext().execute_with(|| {
			let (right, ends) = right_with_an_old_lapse();
			StorageVersion::new(2).put::<Pallet<Test>>();
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			// Left as it was: still version 1's encoding, which version 2 cannot read.
			let key = History::<Test>::hashed_key_for(right, 3);
			let raw = unhashed::get::<OldStatusRecord<u64>>(&key).unwrap();
			assert_eq!(raw.details.event_date, ends);
		});
	}
}
