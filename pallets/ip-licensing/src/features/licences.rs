//! Licences: accepted from an offer, ended early (surrender, default, decision), transferred,
//! and released once they cover nothing.

use super::{hold, is_owner, now, pay, release_deposit, royalties::split};
use crate::{
	Config, EndReason, Error, Event, Exclusivity, HoldReason, Licence, LicenceId, Licences,
	LicencesOf, LicencesOfRight, NextLicenceId, NonExclusiveConsent, NonExclusiveConsentOf,
	OfferId, Offers, Pallet, SublicencesOf,
};
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{
	origins::Actor,
	traits::{PartiesInspect, RightsInspect},
	Hash, LegalState, Moment, PartyId,
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Whether the licence covers anything on `date`: it started and has not ended (nor its
	/// parent), and its right is in force then.
	pub fn in_force_on(licence: &Licence<T>, date: Moment) -> bool {
		Self::effective_period(licence).contains(date)
			&& T::Rights::is_in_force_on(licence.terms.right, date)
	}

	/// Whether the licence can cover nothing from `now` on: its period is over, or its right
	/// ended.
	pub(crate) fn is_over(licence: &Licence<T>, now: Moment) -> bool {
		Self::effective_end(licence).is_some_and(|end| end <= now)
			|| !matches!(
				T::Rights::legal_state(licence.terms.right),
				Some(LegalState::Pending | LegalState::InForce)
			)
	}

	/// Whether the consents the right's office requires were given: every current owner's for
	/// an exclusive or sole licence, and for a non-exclusive one unless the office lets any
	/// owner grant it alone. An unregistered right has no office: every owner consents.
	fn consents_given(offer: &crate::Offer<T>) -> bool {
		let owners = T::Rights::owners(offer.terms.right);
		let consented = |owner: &PartyId| offer.consents.binary_search(owner).is_ok();
		let any_owner = offer.terms.exclusivity == Exclusivity::NonExclusive
			&& T::Rights::kind_and_office(offer.terms.right).is_some_and(|(_, office)| {
				office.is_some_and(|office| {
					NonExclusiveConsentOf::<T>::get(office) == NonExclusiveConsent::AnyOwner
				})
			});
		if any_owner {
			owners.iter().any(|(owner, _)| consented(owner))
		} else {
			!owners.is_empty() && owners.iter().all(|(owner, _)| consented(owner))
		}
	}

	pub(crate) fn do_accept(actor: Actor<T::AccountId>, id: OfferId, hash: Hash) -> DispatchResult {
		let now = now::<T>();
		let mut offer = Offers::<T>::get(id).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(offer.expires.is_none_or(|at| now < at), Error::<T>::OfferExpired);
		ensure!(super::offers::terms_hash::<T>(&offer.terms) == hash, Error::<T>::TermsChanged);
		ensure!(
			offer.terms.licensee.is_none_or(|licensee| licensee == actor.party),
			Error::<T>::NotTheOfferee
		);
		let mut terms = offer.terms.clone();
		terms.licensee = Some(actor.party);
		Self::check_terms(&mut terms, now)?;
		let (payees, payer_parent) = match offer.parent {
			None => {
				ensure!(Self::consents_given(&offer), Error::<T>::AwaitingConsent);
				(split(terms.payment.upfront, &T::Rights::owners(terms.right)), None)
			},
			Some(parent_id) => {
				let parent = Licences::<T>::get(parent_id).ok_or(Error::<T>::LicenceNotInForce)?;
				ensure!(Self::in_force_on(&parent, now), Error::<T>::LicenceNotInForce);
				Self::check_within_parent(&terms, &parent)?;
				(alloc::vec![(parent.licensee, terms.payment.upfront)], Some(parent_id))
			},
		};
		ensure!(Self::conflict(&terms, offer.parent).is_none(), Error::<T>::ConflictingLicence);
		let licence = NextLicenceId::<T>::get();
		let next = licence.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let mut of_right = LicencesOfRight::<T>::get(terms.right);
		of_right.try_push(licence).map_err(|_| Error::<T>::TooManyLicences)?;
		if let Some(parent) = payer_parent {
			let mut siblings = SublicencesOf::<T>::get(parent);
			siblings.try_push(licence).map_err(|_| Error::<T>::TooManySublicences)?;
			SublicencesOf::<T>::insert(parent, siblings);
		}
		for (payee, amount) in &payees {
			pay::<T>(&actor.account, *payee, *amount)?;
		}
		let deposit = T::LicenceDeposit::get();
		hold::<T>(HoldReason::Licence, &actor.account, deposit)?;
		let right = terms.right;
		let upfront = terms.payment.upfront;
		LicencesOfRight::<T>::insert(right, of_right);
		LicencesOf::<T>::insert(actor.party, licence, ());
		Licences::<T>::insert(
			licence,
			Licence {
				terms,
				licensee: actor.party,
				parent: offer.parent,
				offer: id,
				granted: now,
				depositor: actor.account,
				deposit,
				reported: 0,
				ended: None,
			},
		);
		NextLicenceId::<T>::put(next);
		offer.taken = offer.taken.saturating_add(1);
		Self::deposit_event(Event::Licensed {
			licence,
			offer: id,
			right,
			licensee: actor.party,
			upfront,
		});
		if offer.max_licensees.is_some_and(|cap| offer.taken >= cap) {
			Self::close_offer(id, &offer);
		} else {
			Offers::<T>::insert(id, offer);
		}
		Ok(())
	}

	/// Whether `party` licenses `licence`: a current owner of its right, or the licensee of
	/// its parent for a sublicence.
	fn is_licensor(licence: &Licence<T>, party: PartyId) -> bool {
		match licence.parent.and_then(Licences::<T>::get) {
			Some(parent) => parent.licensee == party,
			None => licence.parent.is_none() && is_owner::<T>(licence.terms.right, party),
		}
	}

	/// Ends `licence` from `now` on for `reason`, on the word of `by`, unless it ended already
	/// or its term is over; an office's record of it gets its end.
	pub(crate) fn end_licence(
		id: LicenceId,
		licence: &mut Licence<T>,
		now: Moment,
		reason: EndReason,
		by: &T::AccountId,
	) -> DispatchResult {
		ensure!(
			licence.ended.is_none() && licence.own_end().is_none_or(|end| now < end),
			Error::<T>::LicenceNotInForce
		);
		licence.ended = Some((now, reason));
		Self::note_recorded_end(id, licence, by);
		Self::deposit_event(Event::LicenceEnded { licence: id, reason });
		Ok(())
	}

	pub(crate) fn do_terminate_for_default(
		actor: Actor<T::AccountId>,
		id: LicenceId,
	) -> DispatchResult {
		let now = now::<T>();
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(Self::is_licensor(&licence, actor.party), Error::<T>::NotAnOwner);
		ensure!(Self::in_default(&licence, now), Error::<T>::NotInDefault);
		Self::end_licence(id, &mut licence, now, EndReason::Default, &actor.account)?;
		Licences::<T>::insert(id, licence);
		Ok(())
	}

	pub(crate) fn do_surrender(actor: Actor<T::AccountId>, id: LicenceId) -> DispatchResult {
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(licence.licensee == actor.party, Error::<T>::NotTheLicensee);
		Self::end_licence(id, &mut licence, now::<T>(), EndReason::Surrendered, &actor.account)?;
		Licences::<T>::insert(id, licence);
		Ok(())
	}

	pub(crate) fn do_transfer_licence(
		actor: Actor<T::AccountId>,
		id: LicenceId,
		to: PartyId,
	) -> DispatchResult {
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(licence.licensee == actor.party, Error::<T>::NotTheLicensee);
		ensure!(licence.terms.transferable, Error::<T>::NotPermitted);
		ensure!(Self::in_force_on(&licence, now::<T>()), Error::<T>::LicenceNotInForce);
		let parent_licensee =
			licence.parent.and_then(Licences::<T>::get).map(|parent| parent.licensee);
		ensure!(
			to != actor.party
				&& T::Parties::exists(to)
				&& !is_owner::<T>(licence.terms.right, to)
				&& parent_licensee != Some(to),
			Error::<T>::InvalidTransfer
		);
		LicencesOf::<T>::remove(actor.party, id);
		LicencesOf::<T>::insert(to, id, ());
		licence.licensee = to;
		licence.terms.licensee = Some(to);
		Licences::<T>::insert(id, licence);
		Self::deposit_event(Event::LicenceTransferred { licence: id, to });
		Ok(())
	}

	pub(crate) fn do_release(who: T::AccountId, id: LicenceId) -> DispatchResult {
		let now = now::<T>();
		let licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(Self::is_over(&licence, now), Error::<T>::LicenceStillRunning);
		ensure!(SublicencesOf::<T>::get(id).is_empty(), Error::<T>::HasSublicences);
		if Self::owes_reports(&licence, now) {
			let licensor =
				T::Parties::party_of(&who).is_some_and(|party| Self::is_licensor(&licence, party));
			ensure!(licensor, Error::<T>::LicenceStillRunning);
		}
		LicencesOfRight::<T>::mutate_exists(licence.terms.right, |ids| {
			let mut rest = ids.take().unwrap_or_default();
			rest.retain(|other| *other != id);
			*ids = (!rest.is_empty()).then_some(rest);
		});
		if let Some(parent) = licence.parent {
			SublicencesOf::<T>::mutate_exists(parent, |ids| {
				let mut rest = ids.take().unwrap_or_default();
				rest.retain(|other| *other != id);
				*ids = (!rest.is_empty()).then_some(rest);
			});
		}
		Self::note_recorded_end(id, &licence, &who);
		crate::DecisionOf::<T>::remove(id);
		LicencesOf::<T>::remove(licence.licensee, id);
		Licences::<T>::remove(id);
		release_deposit::<T>(HoldReason::Licence, &licence.depositor, licence.deposit);
		Self::deposit_event(Event::LicenceReleased { licence: id });
		Ok(())
	}
}
