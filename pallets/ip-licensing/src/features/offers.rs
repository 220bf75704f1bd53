//! Offers: made by an owner (or a licensee, for a sublicence), consented to by the co-owners,
//! amended while no one took them, withdrawn.

use super::{hold, is_owner, now, release_deposit};
use crate::{
	Config, Error, Event, HoldReason, LicenceId, Licences, NextOfferId, Offer, OfferId, Offers,
	Pallet, TermsOf,
};
use codec::Encode;
use frame_support::{ensure, traits::Get, BoundedVec};
use ipledger_primitives::{origins::Actor, traits::PartiesInspect, Hash, Moment};
use sp_runtime::DispatchResult;

/// The hash an acceptance names: blake2-256 of the SCALE encoding of the terms.
pub fn terms_hash<T: Config>(terms: &TermsOf<T>) -> Hash {
	Hash::from(sp_io::hashing::blake2_256(&terms.encode()))
}

impl<T: Config> Pallet<T> {
	/// Checks the terms (and for a sublicence its parent), so an offer that could never be
	/// accepted is refused at once.
	fn check_offer(
		actor: &Actor<T::AccountId>,
		parent: Option<LicenceId>,
		terms: &mut TermsOf<T>,
		now: Moment,
	) -> DispatchResult {
		Self::check_terms(terms, now)?;
		match parent {
			None => ensure!(is_owner::<T>(terms.right, actor.party), Error::<T>::NotAnOwner),
			Some(id) => {
				let parent = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
				ensure!(parent.licensee == actor.party, Error::<T>::NotTheLicensee);
				ensure!(
					parent.terms.sublicensable && parent.parent.is_none(),
					Error::<T>::NotPermitted
				);
				ensure!(Self::in_force_on(&parent, now), Error::<T>::LicenceNotInForce);
				Self::check_within_parent(terms, &parent)?;
			},
		}
		ensure!(Self::conflict(terms, parent).is_none(), Error::<T>::ConflictingLicence);
		Ok(())
	}

	pub(crate) fn do_offer(
		actor: Actor<T::AccountId>,
		parent: Option<LicenceId>,
		mut terms: TermsOf<T>,
		max_licensees: Option<u32>,
		expires: Option<Moment>,
	) -> DispatchResult {
		let now = now::<T>();
		ensure!(
			max_licensees != Some(0) && expires.is_none_or(|at| at > now),
			Error::<T>::InvalidOfferLimits
		);
		Self::check_offer(&actor, parent, &mut terms, now)?;
		let id = NextOfferId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::OfferDeposit::get();
		hold::<T>(HoldReason::Offer, &actor.account, deposit)?;
		let consents = match parent {
			None => BoundedVec::truncate_from(alloc::vec![actor.party]),
			Some(_) => BoundedVec::new(),
		};
		let hash = terms_hash::<T>(&terms);
		let right = terms.right;
		Offers::<T>::insert(
			id,
			Offer {
				terms,
				parent,
				offered_by: actor.party,
				depositor: actor.account,
				deposit,
				consents,
				max_licensees,
				taken: 0,
				expires,
				version: 0,
			},
		);
		NextOfferId::<T>::put(next);
		Self::deposit_event(Event::Offered { offer: id, right, by: actor.party, terms_hash: hash });
		Ok(())
	}

	pub(crate) fn do_amend_offer(
		actor: Actor<T::AccountId>,
		id: OfferId,
		mut terms: TermsOf<T>,
	) -> DispatchResult {
		let mut offer = Offers::<T>::get(id).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(offer.offered_by == actor.party, Error::<T>::NotTheOfferer);
		ensure!(offer.taken == 0, Error::<T>::OfferTaken);
		ensure!(terms.right == offer.terms.right, Error::<T>::UnknownRight);
		Self::check_offer(&actor, offer.parent, &mut terms, now::<T>())?;
		let hash = terms_hash::<T>(&terms);
		offer.terms = terms;
		offer.version = offer.version.saturating_add(1);
		offer.consents.retain(|party| *party == actor.party);
		let version = offer.version;
		Offers::<T>::insert(id, offer);
		Self::deposit_event(Event::OfferAmended { offer: id, version, terms_hash: hash });
		Ok(())
	}

	pub(crate) fn do_consent(actor: Actor<T::AccountId>, id: OfferId) -> DispatchResult {
		let mut offer = Offers::<T>::get(id).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(offer.parent.is_none(), Error::<T>::NotPermitted);
		ensure!(is_owner::<T>(offer.terms.right, actor.party), Error::<T>::NotAnOwner);
		let at = offer
			.consents
			.binary_search(&actor.party)
			.err()
			.ok_or(Error::<T>::AlreadyConsented)?;
		offer.consents.try_insert(at, actor.party).map_err(|_| Error::<T>::NotAnOwner)?;
		Offers::<T>::insert(id, offer);
		Self::deposit_event(Event::Consented { offer: id, owner: actor.party });
		Ok(())
	}

	pub(crate) fn do_withdraw_offer(who: T::AccountId, id: OfferId) -> DispatchResult {
		let offer = Offers::<T>::get(id).ok_or(Error::<T>::UnknownOffer)?;
		let party = T::Parties::party_of(&who);
		let expired = offer.expires.is_some_and(|at| at <= super::now::<T>());
		let may = expired
			|| who == offer.depositor
			|| party.is_some_and(|party| {
				party == offer.offered_by
					|| (offer.parent.is_none() && is_owner::<T>(offer.terms.right, party))
			});
		ensure!(may, Error::<T>::NotTheOfferer);
		Self::close_offer(id, &offer);
		Ok(())
	}

	/// Removes an offer and releases its deposit.
	pub(crate) fn close_offer(id: OfferId, offer: &Offer<T>) {
		Offers::<T>::remove(id);
		release_deposit::<T>(HoldReason::Offer, &offer.depositor, offer.deposit);
		Self::deposit_event(Event::OfferClosed { offer: id });
	}
}
