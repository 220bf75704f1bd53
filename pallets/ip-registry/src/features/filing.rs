//! Filing applications.

use super::{ensure_distinct, is_text, now};
use crate::{
	types::{
		ClassificationCode, Document, FilingId, KeyEvent, OwnersOf, PendingFiling, Right, Stage,
	},
	ApplicationIndex, BalanceOf, Config, Error, Event, HoldReason, LastApplicationNumber,
	NextFilingId, Pallet, PendingFilings,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
	BoundedVec,
};
use ipledger_primitives::{
	classification::is_valid_for, origins::Actor, traits::PartiesInspect, OfficeCode, PartyId,
	RightId, RightKind,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult, Perbill, SaturatedConversion,
};

/// A filing's contents, checked and bounded: office, kind, title, owners, classifications and
/// document.
pub(crate) struct CheckedFiling<T: Config> {
	office: OfficeCode,
	kind: RightKind,
	title: BoundedVec<u8, T::MaxTitleLen>,
	owners: OwnersOf<T>,
	classifications: BoundedVec<ClassificationCode, T::MaxClassifications>,
	document: Document<BoundedVec<u8, T::MaxLocatorLen>>,
}

/// What a filing led to: a right, or a filing that waits for the other applicants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Filed {
	/// Every applicant had consented: the right with this id is filed.
	Right(RightId),
	/// The filing with this id waits for the other applicants' acceptance.
	Pending(FilingId),
}

/// The applicants among `owners` that `signer` (a party) acts for: itself, or its principals.
fn represented<T: Config>(owners: &OwnersOf<T>, signer: PartyId) -> Vec<PartyId> {
	owners
		.iter()
		.map(|(party, _)| *party)
		.filter(|party| super::acts_for::<T>(signer, *party))
		.collect()
}

impl<T: Config> Pallet<T> {
	/// Files an application by `who`. If `who` acts for every applicant (its own party, its
	/// principals), the right is filed at once; otherwise the filing waits for the others.
	pub(crate) fn do_file_application(
		actor: Actor<T::AccountId>,
		office: OfficeCode,
		kind: RightKind,
		title: Vec<u8>,
		applicants: Vec<(PartyId, Perbill)>,
		classifications: Vec<Vec<u8>>,
		document: Document<Vec<u8>>,
	) -> Result<Filed, DispatchError> {
		let Actor { account: who, party: filer } = actor;
		let filing = Self::checked_filing(
			filer,
			office,
			kind,
			title,
			applicants,
			classifications,
			document,
		)?;
		let fee = Self::filing_fee(filing.office, filing.kind);
		// An office without an account to pay to takes no fee.
		let payee = if fee.is_zero() { None } else { Some(Self::office_payee(filing.office)?) };
		// `checked_filing` made sure the filer acts for one of them at least.
		let accepted = represented::<T>(&filing.owners, filer);
		if accepted.len() == filing.owners.len() {
			if let Some(payee) = payee {
				T::Currency::transfer(&who, &payee, fee, Preservation::Preserve)
					.map_err(|_| Error::<T>::CannotAffordFee)?;
			}
			return Self::file_right(filing, who).map(Filed::Right);
		}

		let id = NextFilingId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::FilingDeposit::get();
		// The fee waits on hold with the deposit until the right is filed.
		T::Currency::hold(&HoldReason::Filing.into(), &who, deposit.saturating_add(fee))
			.map_err(|_| Error::<T>::CannotAffordDeposit)?;
		let awaiting = (filing.owners.len() - accepted.len()) as u32;
		let CheckedFiling { office, kind, title, owners, classifications, document } = filing;
		PendingFilings::<T>::insert(
			id,
			PendingFiling {
				office,
				kind,
				title,
				owners,
				classifications,
				document,
				filed_by: who.clone(),
				accepted: BoundedVec::truncate_from(accepted),
				proposed_at: now::<T>(),
				deposit,
				fee,
			},
		);
		NextFilingId::<T>::put(next);
		Self::deposit_event(Event::FilingAwaitingApplicants {
			filing: id,
			office,
			filed_by: who,
			awaiting,
		});
		Ok(Filed::Pending(id))
	}

	/// Accepts the pending filing `id` for every applicant the party `signer` acts for; the
	/// last acceptance files the right. Returns the right once filed.
	pub(crate) fn do_accept_filing(
		signer: PartyId,
		id: FilingId,
	) -> Result<Option<RightId>, DispatchError> {
		let mut pending = PendingFilings::<T>::get(id).ok_or(Error::<T>::UnknownFiling)?;
		let mine = represented::<T>(&pending.owners, signer);
		ensure!(!mine.is_empty(), Error::<T>::NotAnApplicant);
		let new: Vec<PartyId> =
			mine.into_iter().filter(|party| !pending.accepted.contains(party)).collect();
		ensure!(!new.is_empty(), Error::<T>::NothingToAccept);
		for party in &new {
			// Distinct owners, at most `MaxOwners` of them.
			pending.accepted.try_push(*party).map_err(|_| Error::<T>::TooManyApplicants)?;
		}

		if pending.accepted.len() < pending.owners.len() {
			PendingFilings::<T>::insert(id, pending);
			for party in new {
				Self::deposit_event(Event::FilingAccepted { filing: id, party });
			}
			return Ok(None);
		}
		// Complete: what was checked at filing is checked again where it may have changed.
		ensure!(T::Parties::office(pending.office).is_some(), Error::<T>::UnknownOffice);
		let payee =
			if pending.fee.is_zero() { None } else { Some(Self::office_payee(pending.office)?) };
		let parties_exist = pending.owners.iter().all(|(party, _)| T::Parties::exists(*party));
		ensure!(parties_exist, Error::<T>::UnknownParty);
		let PendingFiling {
			office,
			kind,
			title,
			owners,
			classifications,
			document,
			filed_by,
			deposit,
			fee,
			..
		} = pending;
		let filing = CheckedFiling { office, kind, title, owners, classifications, document };
		for party in new {
			Self::deposit_event(Event::FilingAccepted { filing: id, party });
		}
		let right = Self::file_right(filing, filed_by.clone())?;
		PendingFilings::<T>::remove(id);
		if let Some(payee) = payee {
			T::Currency::transfer_on_hold(
				&HoldReason::Filing.into(),
				&filed_by,
				&payee,
				fee,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.map_err(|_| Error::<T>::CannotAffordFee)?;
		}
		super::release_deposit::<T>(HoldReason::Filing, &filed_by, deposit);
		Ok(Some(right))
	}

	/// Withdraws (as its filer) or declines (as an applicant, or its agent) the pending filing
	/// `id`, on the word of `who`, whose party is `signer` (if it has one).
	pub(crate) fn do_withdraw_filing(
		who: T::AccountId,
		signer: Option<PartyId>,
		id: FilingId,
	) -> DispatchResult {
		let pending = PendingFilings::<T>::get(id).ok_or(Error::<T>::UnknownFiling)?;
		let applicant = || {
			signer.is_some_and(|signer| {
				super::acts_for_one_of::<T>(signer, pending.owners.iter().map(|(p, _)| *p))
			})
		};
		ensure!(who == pending.filed_by || applicant(), Error::<T>::NotAnApplicant);
		PendingFilings::<T>::remove(id);
		let held = pending.deposit.saturating_add(pending.fee);
		super::release_deposit::<T>(HoldReason::Filing, &pending.filed_by, held);
		Self::deposit_event(Event::FilingWithdrawn { filing: id });
		Ok(())
	}

	/// The filing fee `office` charges for `kind`: its rules' fee, at least `MinFilingFee`.
	pub(crate) fn filing_fee(office: OfficeCode, kind: RightKind) -> BalanceOf<T> {
		let fee: BalanceOf<T> = Self::rules_for(office, kind).filing_fee.saturated_into();
		fee.max(T::MinFilingFee::get())
	}

	/// Files an application whose every applicant consented, for the benchmarks' set-up: as
	/// `file_application` followed by every other applicant's acceptance.
	#[cfg(feature = "runtime-benchmarks")]
	pub(crate) fn file_consented(
		actor: Actor<T::AccountId>,
		office: OfficeCode,
		kind: RightKind,
		title: Vec<u8>,
		applicants: Vec<(PartyId, Perbill)>,
		classifications: Vec<Vec<u8>>,
		document: Document<Vec<u8>>,
	) -> Result<RightId, DispatchError> {
		let filing = Self::checked_filing(
			actor.party,
			office,
			kind,
			title,
			applicants,
			classifications,
			document,
		)?;
		Self::file_right(filing, actor.account)
	}

	/// A filing by the party `filer` checked and bounded; `filer` must act for one of the
	/// applicants.
	fn checked_filing(
		filer: PartyId,
		office: OfficeCode,
		kind: RightKind,
		title: Vec<u8>,
		applicants: Vec<(PartyId, Perbill)>,
		classifications: Vec<Vec<u8>>,
		document: Document<Vec<u8>>,
	) -> Result<CheckedFiling<T>, DispatchError> {
		office.validate().map_err(|_| Error::<T>::InvalidOfficeCode)?;
		ensure!(T::Parties::office(office).is_some(), Error::<T>::UnknownOffice);
		ensure!(kind.is_registered(), Error::<T>::NotRegistrable);
		let title: BoundedVec<_, _> = title.try_into().map_err(|_| Error::<T>::TitleTooLong)?;
		ensure!(is_text(&title), Error::<T>::InvalidTitle);
		let owners = Self::checked_shares(applicants)?;
		let parties = owners.iter().map(|(party, _)| *party);
		ensure!(super::acts_for_one_of::<T>(filer, parties), Error::<T>::NotAnApplicant);
		let classifications = Self::checked_classifications(kind, classifications)?;
		let document = Self::checked_document(document)?;
		Ok(CheckedFiling { office, kind, title, owners, classifications, document })
	}

	/// Files `filing`, filed by `who`, with its office now: the right gets the next id, the
	/// office's next application number, the current time as filing date and the stage
	/// `Filed`. Returns the new right's id.
	fn file_right(filing: CheckedFiling<T>, who: T::AccountId) -> Result<RightId, DispatchError> {
		let CheckedFiling { office, kind, title, owners, classifications, document } = filing;
		let application_number = LastApplicationNumber::<T>::get(office)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		let right = Self::take_right_id()?;
		let filing_date = now::<T>();

		Self::store_new_right(
			right,
			Right {
				office: Some(office),
				kind,
				application_number,
				title,
				owners,
				classifications,
				document: Some(document),
				anchor: None,
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
			KeyEvent::Filing,
		);
		ApplicationIndex::<T>::insert(office, application_number, right);
		LastApplicationNumber::<T>::insert(office, application_number);

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
		document.bounded().map_err(Into::into)
	}
}
