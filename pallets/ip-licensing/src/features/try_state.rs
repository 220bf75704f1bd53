//! Licensing's invariants, checked by `try-runtime` and after every unit test.

use crate::{
	Config, Licences, LicencesOf, LicencesOfRight, NextLicenceId, NextOfferId, Offers, Pallet,
	SublicencesOf,
};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks that every index agrees with the records, that every sublicence lies within its
	/// parent, and that no two licences of a right conflict: overlapping in territory, field
	/// and period where one is exclusive or sole (a sublicence and its parent aside); that
	/// every recorded licence exists and has not ended early (its end would have been noted),
	/// and every decision's reference belongs to a licence a decision ended.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_offer = NextOfferId::<T>::get();
		for (id, offer) in Offers::<T>::iter() {
			ensure!(id < next_offer, "an offer's id is not below NextOfferId");
			ensure!(
				offer.consents.windows(2).all(|pair| pair[0] < pair[1]),
				"an offer's consents are not sorted"
			);
			ensure!(
				offer.max_licensees.is_none_or(|cap| offer.taken < cap),
				"a used-up offer is still open"
			);
		}
		let next_licence = NextLicenceId::<T>::get();
		for (id, licence) in Licences::<T>::iter() {
			ensure!(id < next_licence, "a licence's id is not below NextLicenceId");
			ensure!(
				LicencesOfRight::<T>::get(licence.terms.right).contains(&id),
				"a licence is not indexed under its right"
			);
			ensure!(
				LicencesOf::<T>::contains_key(licence.licensee, id),
				"a licence is not indexed under its licensee"
			);
			ensure!(
				licence.terms.licensee == Some(licence.licensee),
				"a licence's terms name another"
			);
			if let Some(parent_id) = licence.parent {
				let parent =
					Licences::<T>::get(parent_id).ok_or("a sublicence's parent is gone")?;
				ensure!(
					SublicencesOf::<T>::get(parent_id).contains(&id),
					"a sublicence is not indexed under its parent"
				);
				ensure!(parent.parent.is_none(), "a sublicence of a sublicence");
				Self::check_within_parent(&licence.terms, &parent)
					.map_err(|_| "a sublicence reaches beyond its parent")?;
			}
		}
		for (right, ids) in LicencesOfRight::<T>::iter() {
			ensure!(!ids.is_empty(), "an empty licence index is stored");
			for (i, id) in ids.iter().enumerate() {
				ensure!(!ids[..i].contains(id), "a licence is indexed twice");
				let licence = Licences::<T>::get(id).ok_or("an indexed licence is gone")?;
				ensure!(licence.terms.right == right, "a licence is indexed under another right");
				for other_id in &ids[..i] {
					let other = Licences::<T>::get(other_id).ok_or("an indexed licence is gone")?;
					let related = licence.parent == Some(*other_id) || other.parent == Some(*id);
					let conflict = super::scope::scopes_conflict(
						&licence.terms,
						Self::effective_period(&licence),
						&other.terms,
						Self::effective_period(&other),
					);
					ensure!(related || !conflict, "two licences conflict");
				}
			}
		}
		for (party, id) in LicencesOf::<T>::iter_keys() {
			ensure!(
				Licences::<T>::get(id).is_some_and(|licence| licence.licensee == party),
				"a licensee index points at another's licence"
			);
		}
		for id in crate::RecordedLicences::<T>::iter_keys() {
			let licence = Licences::<T>::get(id).ok_or("a recorded licence is gone")?;
			ensure!(licence.ended.is_none(), "a recorded licence ended and its end is not noted");
		}
		for (id, reference) in crate::DecisionOf::<T>::iter() {
			let licence = Licences::<T>::get(id).ok_or("a decision's licence is gone")?;
			ensure!(
				matches!(licence.ended, Some((_, crate::EndReason::Decision))),
				"a decision's reference is kept for a licence no decision ended"
			);
			ensure!(!reference.is_empty(), "a decision's reference is empty");
		}
		for (parent, ids) in SublicencesOf::<T>::iter() {
			for id in ids {
				ensure!(
					Licences::<T>::get(id).is_some_and(|licence| licence.parent == Some(parent)),
					"a sublicence index points at another licence"
				);
			}
		}
		Ok(())
	}
}
