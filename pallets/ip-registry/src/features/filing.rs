//! Filing applications.

use super::{ensure_distinct, is_text, now};
use crate::{
	types::{
		ClassificationCode, Document, EventDetails, KeyEvent, OwnersOf, OwnershipRecord, Right,
		Stage, StatusRecord,
	},
	ApplicationIndex, Config, Error, Event, History, LastApplicationNumber, NextRightId, Ownership,
	Pallet, Rights, RightsOf,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use ipledger_primitives::{
	classification::is_valid_for, traits::PartiesInspect, DocumentError, OfficeCode, PartyId,
	RightId, RightKind,
};
use sp_runtime::{DispatchError, Perbill};

impl<T: Config> Pallet<T> {
	/// Files an application by `who`; returns the new right's id.
	pub(crate) fn do_file_application(
		who: T::AccountId,
		office: OfficeCode,
		kind: RightKind,
		title: Vec<u8>,
		applicants: Vec<(PartyId, Perbill)>,
		classifications: Vec<Vec<u8>>,
		document: Document<Vec<u8>>,
	) -> Result<RightId, DispatchError> {
		office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(T::Parties::office(office).is_some(), Error::<T>::UnknownOffice);
		ensure!(kind.is_registered(), Error::<T>::NotRegistrable);
		let title: BoundedVec<_, _> = title.try_into().map_err(|_| Error::<T>::TitleTooLong)?;
		ensure!(is_text(&title), Error::<T>::InvalidTitle);
		let filer = T::Parties::party_of(&who).ok_or(Error::<T>::NoParty)?;
		let owners = Self::checked_shares(applicants)?;
		let parties = owners.iter().map(|(party, _)| *party);
		ensure!(super::acts_for_one_of::<T>(filer, parties), Error::<T>::NotAnApplicant);
		let classifications = Self::checked_classifications(kind, classifications)?;
		let document = Self::checked_document(document)?;

		let right = NextRightId::<T>::get();
		let next_right = right.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let application_number = LastApplicationNumber::<T>::get(office)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		let filing_date = now::<T>();

		for (owner, _) in &owners {
			RightsOf::<T>::insert(owner, right, ());
		}
		Ownership::<T>::insert(
			right,
			0,
			OwnershipRecord { owners: owners.clone(), since: filing_date, history_index: 0 },
		);
		History::<T>::insert(
			right,
			0,
			StatusRecord {
				event: KeyEvent::Filing,
				stage: Stage::Filed,
				details: EventDetails {
					event_date: filing_date,
					office_event_code: Default::default(),
					gazette_reference: Default::default(),
				},
				recorded_at: filing_date,
				recorded_by: who.clone(),
			},
		);
		Rights::<T>::insert(
			right,
			Right {
				office,
				kind,
				application_number,
				title,
				owners,
				classifications,
				document,
				stage: Stage::Filed,
				filing_date,
				filed_by: who.clone(),
				history_len: 1,
				term: None,
				priorities: Default::default(),
				oppositions: 0,
				parent: None,
				ownership_len: 1,
			},
		);
		ApplicationIndex::<T>::insert(office, application_number, right);
		LastApplicationNumber::<T>::insert(office, application_number);
		NextRightId::<T>::put(next_right);

		Self::deposit_event(Event::ApplicationFiled {
			right,
			office,
			kind,
			application_number,
			filed_by: who,
		});
		Ok(right)
	}

	/// Known, distinct owner parties with non-zero shares summing to exactly 100%.
	pub(crate) fn checked_shares(
		applicants: Vec<(PartyId, Perbill)>,
	) -> Result<OwnersOf<T>, Error<T>> {
		ensure!(!applicants.is_empty(), Error::<T>::NoApplicants);
		let applicants: OwnersOf<T> =
			applicants.try_into().map_err(|_| Error::<T>::TooManyApplicants)?;
		let parties: Vec<_> = applicants.iter().map(|(party, _)| *party).collect();
		ensure_distinct(&parties, Error::<T>::DuplicateApplicant)?;
		ensure!(parties.iter().all(|party| T::Parties::exists(*party)), Error::<T>::UnknownParty);
		let mut total: u64 = 0;
		for (_, share) in &applicants {
			ensure!(!share.is_zero(), Error::<T>::ZeroShare);
			total = total.saturating_add(share.deconstruct().into());
		}
		ensure!(total == u64::from(Perbill::one().deconstruct()), Error::<T>::SharesNotWhole);
		Ok(applicants)
	}

	/// Classification codes, each well formed in a scheme of `kind` and at most 32 bytes.
	fn checked_classifications(
		kind: RightKind,
		codes: Vec<Vec<u8>>,
	) -> Result<BoundedVec<ClassificationCode, T::MaxClassifications>, Error<T>> {
		ensure!(
			codes.len() <= T::MaxClassifications::get() as usize,
			Error::<T>::TooManyClassifications
		);
		let codes = codes
			.into_iter()
			.map(|code| {
				let code = ClassificationCode::try_from(code)
					.map_err(|_| Error::<T>::InvalidClassification)?;
				ensure!(is_valid_for(kind, &code), Error::<T>::InvalidClassification);
				Ok::<_, Error<T>>(code)
			})
			.collect::<Result<Vec<_>, _>>()?;
		codes.try_into().map_err(|_| Error::<T>::TooManyClassifications)
	}

	/// A document's description bounded, then checked (size, media type, printable ASCII
	/// locator).
	pub(crate) fn checked_document(
		document: Document<Vec<u8>>,
	) -> Result<Document<BoundedVec<u8, T::MaxLocatorLen>>, Error<T>> {
		let document = document.try_map(
			BoundedVec::try_from,
			Error::<T>::InvalidMediaType,
			Error::<T>::LocatorTooLong,
		)?;
		document.check().map_err(|e| match e {
			DocumentError::Empty => Error::<T>::EmptyDocument,
			DocumentError::InvalidMediaType => Error::<T>::InvalidMediaType,
			DocumentError::InvalidLocator => Error::<T>::InvalidLocator,
		})?;
		Ok(document)
	}
}
